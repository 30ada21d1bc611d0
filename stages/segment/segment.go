package segment

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Name is the stage name used in the errors table.
const Name = "segment"

// Stage splits content zones into sentences and tagged tokens. It is safe
// for concurrent use.
type Stage struct {
	model     *prose.Model
	sentencer *sentences.DefaultSentenceTokenizer
}

// New loads the sentence and tagging models once.
func New() (*Stage, error) {
	sentencer, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, fmt.Errorf("segment: loading sentence model: %w", err)
	}
	// ModelFromData with no data is prose's default model; building it once
	// here is what keeps prose from reloading it for every document.
	return &Stage{model: prose.ModelFromData("newsclaims"), sentencer: sentencer}, nil
}

// Name returns "segment".
func (*Stage) Name() string { return Name }

// Process fills d.Sentences and d.Tokens.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	d.Sentences, d.Tokens = d.Sentences[:0], d.Tokens[:0]
	for _, zi := range d.ContentZones() {
		if err := ctx.Err(); err != nil {
			return err
		}
		z := d.Zones[zi]
		for lineStart := z.Start; lineStart < z.End; {
			lineEnd := strings.IndexByte(d.Text[lineStart:z.End], '\n')
			if lineEnd < 0 {
				lineEnd = z.End
			} else {
				lineEnd += lineStart
			}
			if err := s.segmentLine(d, zi, lineStart, lineEnd); err != nil {
				return err
			}
			lineStart = lineEnd + 1
		}
	}
	return nil
}

// segmentLine adds the sentences and tokens of d.Text[start:end].
func (s *Stage) segmentLine(d *pipeline.Doc, zone, start, end int) error {
	line := d.Text[start:end]
	if strings.TrimSpace(line) == "" {
		return nil
	}
	prev := 0
	for _, pos := range s.sentencer.SentencePositions(line) {
		if pos <= prev || pos > len(line) {
			continue
		}
		if err := s.addSentence(d, zone, start+prev, start+pos); err != nil {
			return err
		}
		prev = pos
	}
	return nil
}

// addSentence trims [start, end) and adds it as a sentence with its tokens.
func (s *Stage) addSentence(d *pipeline.Doc, zone, start, end int) error {
	start, end = trimSpace(d.Text, start, end)
	if start >= end {
		return nil
	}
	doc, err := prose.NewDocument(d.Text[start:end],
		prose.UsingModel(s.model),
		prose.WithSegmentation(false),
		prose.WithExtraction(false))
	if err != nil {
		return fmt.Errorf("tagging sentence at byte %d: %w", start, err)
	}
	sentence := len(d.Sentences)
	first := len(d.Tokens)
	at := start
	for _, tok := range doc.Tokens() {
		span, ok := align(d.Text, at, end, tok.Text)
		if !ok {
			// prose splits contractions anywhere in a word ('recapture →
			// 're capture); find the piece further on in the sentence.
			span, ok = resync(d.Text, at, end, tok.Text)
		}
		if !ok {
			// The tokenizer produced text that is not in the sentence; keep
			// going with the tokens that can be placed.
			d.Warn(Name, fmt.Sprintf("token %q not found after byte %d", tok.Text, at))
			continue
		}
		text := d.Text[span.Start:span.End]
		d.Tokens = append(d.Tokens, pipeline.Token{
			Span:     span,
			Sentence: sentence,
			Text:     text,
			POS:      quoteTag(d.Text, span, tok.Tag),
		})
		at = span.End
	}
	d.Sentences = append(d.Sentences, pipeline.Sentence{
		Span:       pipeline.Span{Start: start, End: end},
		Zone:       zone,
		FirstToken: first,
		EndToken:   len(d.Tokens),
	})
	return nil
}

func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// align finds token (as prose wrote it) in text at or after byte at, skipping
// white space, and returns its span in the original text. prose's tokenizer
// writes “ ” as " and ‘ ’ and &rsquo; as ', so those are matched as equal.
func align(text string, at, end int, token string) (pipeline.Span, bool) {
	for at < end {
		r, size := utf8.DecodeRuneInString(text[at:end])
		if !unicode.IsSpace(r) {
			break
		}
		at += size
	}
	i := at
	for _, want := range token {
		if i >= end {
			return pipeline.Span{}, false
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case r == want:
		case want == '"' && (r == '\u201c' || r == '\u201d'):
		case want == '\'' && (r == '\u2018' || r == '\u2019'):
		case want == '\'' && strings.HasPrefix(text[i:end], "&rsquo;"):
			size = len("&rsquo;")
		default:
			return pipeline.Span{}, false
		}
		i += size
	}
	return pipeline.Span{Start: at, End: i}, i > at
}

// resync finds token at the first position after at where it aligns.
func resync(text string, at, end int, token string) (pipeline.Span, bool) {
	for p := at; p < end; p++ {
		if !utf8.RuneStart(text[p]) {
			continue
		}
		if span, ok := align(text, p, end, token); ok {
			return span, true
		}
	}
	return pipeline.Span{}, false
}

// quoteTag gives quote marks their Penn tags (“ opening, ” closing). prose
// tags the ASCII " it substitutes by context, often as IN or NNP; a straight
// mark opens when white space or the line start is before it and a word after.
func quoteTag(text string, span pipeline.Span, tag string) string {
	switch text[span.Start:span.End] {
	case "\u201c", "\u2018", "\u00ab", "\u201e":
		return "``"
	case "\u201d", "\u00bb":
		return "''"
	case `"`:
		before, _ := utf8.DecodeLastRuneInString(text[:span.Start])
		after, _ := utf8.DecodeRuneInString(text[span.End:])
		opensAfterSpace := span.Start == 0 || unicode.IsSpace(before) || before == '('
		if opensAfterSpace && span.End < len(text) && !unicode.IsSpace(after) {
			return "``"
		}
		return "''"
	}
	return tag
}
