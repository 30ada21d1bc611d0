// Package segment splits the content zones of a document into sentences and
// tokens, with part-of-speech tags.
//
//	Doc.Zones (content only)
//	   │  one line at a time: a sentence never crosses a newline or a zone
//	   ▼
//	Punkt sentence boundaries (gopkg.in/neurosnap/sentences, English data loaded once)
//	   │
//	   ▼
//	prose tokenizer + averaged-perceptron POS tagger (model loaded once)
//	   │  prose rewrites “ ” ‘ ’ to ASCII and gives no offsets, so every token
//	   │  is aligned back onto the original text here
//	   ▼
//	Doc.Sentences, Doc.Tokens (original characters, byte offsets, Penn tags)
package segment
