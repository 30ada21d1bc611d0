// Package segment splits the content zones of a document into sentences and
// tokens, with part-of-speech tags.
//
//	Doc.Zones (content only)
//	   │  Process (segment.go), one line at a time: a sentence never crosses a
//	   │  newline or a zone
//	   ▼
//	findTags        markup tags left in the text (<a href="...">, <br>, an
//	   │            embedded post's tags), found once per document over the
//	   │            whole text and kept as Doc.Markup, which claims and
//	   │            quotes read; the pieces of a line between them are
//	   │            tokenized, the tags are not, and a tag other than an
//	   │            inline one (<a>, <em>) ends a sentence (markup.go)
//	   ▼
//	tokenize        byte spans of Penn-Treebank-like tokens, original characters
//	   │            (“ ” ’ kept; clitics split only at word ends; U.S. Mr. 4,000 URLs whole;
//	   │            &mdash; &ldquo; tokens of their own, &nbsp; a space; tokenize.go)
//	   ▼
//	splitSentences  . ? ! … with their closing quotes, before a capital, digit or
//	   │            opening quote; abbreviations end a sentence only before The, He ...
//	   │            (sentences.go)
//	   ▼
//	tagger          prose's averaged-perceptron POS weights, compiled into
//	   │            model/pos.bin.zst (compiled.go, read once by New through
//	   │            internal/modelfile; rebuilt from prose's data by
//	   │            TestCompiledTagger -update), inferred on hashed features
//	   │            with reused buffers (tagger.go)
//	   ▼
//	Doc.Markup, Doc.Sentences, Doc.Tokens (byte offsets, original text, Penn tags)
package segment
