package segment

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Name is the stage name used in the errors table.
const Name = "segment"

// Stage splits content zones into sentences and tagged tokens. It is safe
// for concurrent use.
//
// It used to call prose.NewDocument once per sentence (Punkt sentences from
// gopkg.in/neurosnap/sentences, then prose's tokenizer and tagger). That
// path ran at about 30,000 tokens/s per core on the bench corpus, allocated
// for every feature of every token, rewrote “ ” ‘ ’ to ASCII, gave no
// offsets (each token had to be searched for again in the text), and split
// clitics inside words ('recapture became 're + capture). The tokenizer,
// sentence splitter and tagger inference here work on byte offsets into the
// original text with reused buffers; the tagger keeps prose's model data and
// its tags (tagger_test.go checks them against prose).
type Stage struct {
	tagger  *tagger
	scratch sync.Pool // *scratch
}

// scratch is one Process call's reusable memory.
type scratch struct {
	toks []tokenSpan
	ends []int
	tags tagScratch
}

// New loads the tagging model once.
func New() (*Stage, error) {
	t, err := loadTagger()
	if err != nil {
		return nil, fmt.Errorf("segment: %w", err)
	}
	s := &Stage{tagger: t}
	s.scratch.New = func() any { return new(scratch) }
	return s, nil
}

// Name returns "segment".
func (*Stage) Name() string { return Name }

// Process fills d.Markup, d.Sentences and d.Tokens.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	d.Sentences, d.Tokens = d.Sentences[:0], d.Tokens[:0]
	if cap(d.Tokens) == 0 {
		// About one token per five bytes of English text (5.1 in the Brown
		// corpus, 5.6 in the seeds): one allocation instead of a dozen
		// doublings.
		d.Tokens = make([]pipeline.Token, 0, len(d.Text)/5+16)
		d.Sentences = make([]pipeline.Sentence, 0, len(d.Text)/128+4)
	}
	sc := s.scratch.Get().(*scratch)
	defer s.scratch.Put(sc)
	d.Markup = d.Markup[:0]
	if strings.IndexByte(d.Text, '<') >= 0 {
		d.Markup = findTags(d.Text, d.Markup)
	}
	for zi := range d.Zones {
		z := d.Zones[zi]
		if z.Kind == pipeline.ZoneBoilerplate {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		lineStart := z.Start
		for lines := 1; lineStart < z.End; lines++ {
			if lines%pipeline.CheckEvery == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			lineEnd := strings.IndexByte(d.Text[lineStart:z.End], '\n')
			if lineEnd < 0 {
				lineEnd = z.End
			} else {
				lineEnd += lineStart
			}
			s.segmentLine(d, zi, lineStart, lineEnd, sc)
			lineStart = lineEnd + 1
		}
	}
	return nil
}

// segmentLine adds the sentences and tokens of d.Text[start:end].
func (s *Stage) segmentLine(d *pipeline.Doc, zone, start, end int, sc *scratch) {
	sc.toks = sc.toks[:0]
	// The pieces of the line between markup tags: no token spans a tag,
	// and a tag that is no inline one (<p>, <br>, an embedded post's) ends
	// the sentence before it.
	t := sort.Search(len(d.Markup), func(i int) bool { return d.Markup[i].End > start })
	for ; t < len(d.Markup) && d.Markup[t].Start < end; t++ {
		tag := d.Markup[t]
		if tag.Start > start {
			sc.toks = tokenize(d.Text, start, tag.Start, sc.toks)
		}
		if !isInlineTag(d.Text[tag.Start:tag.End]) {
			s.addSentences(d, zone, sc)
			sc.toks = sc.toks[:0]
		}
		start = max(start, tag.End)
	}
	if start < end {
		sc.toks = tokenize(d.Text, start, end, sc.toks)
	}
	s.addSentences(d, zone, sc)
}

// addSentences splits sc.toks into sentences and adds them.
func (s *Stage) addSentences(d *pipeline.Doc, zone int, sc *scratch) {
	sc.ends = splitSentences(d.Text, sc.toks, sc.ends[:0])
	first := 0
	for _, last := range sc.ends {
		s.addSentence(d, zone, sc.toks[first:last], &sc.tags)
		first = last
	}
}

// addSentence tags toks and adds them as one sentence.
func (s *Stage) addSentence(d *pipeline.Doc, zone int, toks []tokenSpan, ts *tagScratch) {
	if len(toks) == 0 {
		return
	}
	ts.reset()
	for _, t := range toks {
		ts.addWord(wordText(d.Text[t.start:t.end]))
	}
	s.tagger.tag(ts)
	sentence := len(d.Sentences)
	first := len(d.Tokens)
	for i, t := range toks {
		span := pipeline.Span{Start: t.start, End: t.end}
		text := d.Text[t.start:t.end]
		tag := ts.tags[i]
		if tag == "" {
			tag = text
		}
		d.Tokens = append(d.Tokens, pipeline.Token{
			Span:     span,
			Sentence: sentence,
			Text:     text,
			POS:      quoteTag(d.Text, span, tag),
		})
	}
	d.Sentences = append(d.Sentences, pipeline.Sentence{
		Span:       pipeline.Span{Start: toks[0].start, End: toks[len(toks)-1].end},
		Zone:       zone,
		FirstToken: first,
		EndToken:   len(d.Tokens),
	})
}

// quoteTag gives quote marks, and the entities written for them, their Penn
// tags (“ opening, ” closing). The tagger sees every double quote as the
// ASCII " (as prose's tokenizer writes it) and tags it by context, often as
// IN or NNP; a straight mark opens when white space, a bracket or the line
// start is before it and a word after.
func quoteTag(text string, span pipeline.Span, tag string) string {
	switch wordText(text[span.Start:span.End]) {
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
