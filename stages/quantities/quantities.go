package quantities

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Stage finds the quantities of a document. It is safe for concurrent use:
// Process only reads the Stage.
type Stage struct {
	// mask matches text whose digits are not quantities: URLs, e-mail
	// addresses and phone numbers.
	mask *regexp.Regexp
}

// New returns a quantities stage with its patterns compiled.
func New() (*Stage, error) {
	patterns := []string{
		`(?i)\b(?:https?://|www\.)[^\s<>"]+`,
		`(?i)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b`,
		`(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|mil|info|io|co|uk|ru|sy|de|fr)(?:/[^\s<>"]*)?\b`,
		// Phone numbers: +44 20 7946 0958, (202) 555-0100. Dashed forms
		// such as 202-555-0100 and clock times ("10:30", "9pm", "5 p.m.")
		// never parse as numbers, so they need no pattern.
		`\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}\d`,
		`\(\d{2,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}\b`,
		// Markup left in the text: the numbers of a tag's attributes
		// (<tweet id="7568..." timestamp="1465401600">) are no prose.
		`</?[A-Za-z][\w-]*(?:\s[^<>]*)?>`,
	}
	// One alternation, so that a sentence is matched in a single pass.
	re, err := regexp.Compile("(?:" + strings.Join(patterns, ")|(?:") + ")")
	if err != nil {
		return nil, fmt.Errorf("quantities: compile masks: %w", err)
	}
	return &Stage{mask: re}, nil
}

// Name returns "quantities".
func (s *Stage) Name() string { return "quantities" }

// unitOfText is a stretch of text read as one sentence.
type unitOfText struct {
	pipeline.Span
	sentence int // index into Doc.Sentences, or -1
}

// Process fills d.Quantities from the sentences of the non-boilerplate
// zones. Without sentences (segment not run) it reads each non-blank line
// of the content zones, or of the whole text when there are no zones.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var published time.Time
	if d.Published != "" {
		if t, err := time.Parse("2006-01-02", d.Published); err == nil {
			published = t
		} else {
			d.Warn(s.Name(), fmt.Sprintf("published date %q is not YYYY-MM-DD; dates without a year stay unresolved", d.Published))
		}
	}
	d.Quantities = d.Quantities[:0]
	var toks []tok
	var finds []found
	for i, u := range textUnits(d) {
		if i%pipeline.CheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		toks = scan(d.Text, u.Start, u.End, toks[:0])
		if len(toks) == 0 {
			continue
		}
		s.maskTokens(d.Text, u.Span, toks)
		tag(d, u.sentence, toks)
		finds = extract(toks, d.Text[max(0, u.Start-24):u.Start], finds[:0])
		inDateline := false
		if z := d.ZoneAt(u.Start); z >= 0 {
			inDateline = d.Zones[z].Kind == pipeline.ZoneDateline
		}
		for _, f := range finds {
			if inDateline && f.date != nil {
				// A dateline's date ("PASADENA, Calif., Jan. 1 (UPI) —")
				// is when the story was filed: never after publication.
				f.date.tense = tensePast
			}
			d.Quantities = append(d.Quantities, toQuantity(d.Text, toks, f, u.sentence, published))
		}
	}
	// in text order, which later stages search by
	sort.SliceStable(d.Quantities, func(i, j int) bool { return d.Quantities[i].Start < d.Quantities[j].Start })
	return nil
}

// textUnits lists the sentences to read: Doc.Sentences outside boilerplate,
// else the non-blank lines of the content zones (or of the whole text).
func textUnits(d *pipeline.Doc) []unitOfText {
	var units []unitOfText
	if len(d.Sentences) > 0 {
		for i, sent := range d.Sentences {
			if sent.Zone >= 0 && sent.Zone < len(d.Zones) && d.Zones[sent.Zone].Kind == pipeline.ZoneBoilerplate {
				continue
			}
			if sent.Start < 0 || sent.End > len(d.Text) || sent.Start >= sent.End {
				continue
			}
			units = append(units, unitOfText{Span: sent.Span, sentence: i})
		}
		return units
	}
	spans := []pipeline.Span{{Start: 0, End: len(d.Text)}}
	if len(d.Zones) > 0 {
		spans = spans[:0]
		for _, zi := range d.ContentZones() {
			z := d.Zones[zi]
			if z.Start >= 0 && z.End <= len(d.Text) && z.Start < z.End {
				spans = append(spans, z.Span)
			}
		}
	}
	for _, sp := range spans {
		start := sp.Start
		for start < sp.End {
			end := strings.IndexByte(d.Text[start:sp.End], '\n')
			if end < 0 {
				end = sp.End
			} else {
				end += start
			}
			if strings.TrimSpace(d.Text[start:end]) != "" {
				units = append(units, unitOfText{Span: pipeline.Span{Start: start, End: end}, sentence: d.SentenceAt(start)})
			}
			start = end + 1
		}
	}
	return units
}

// maskTokens marks the tokens inside URLs, e-mail addresses, phone
// numbers and markup tags.
func (s *Stage) maskTokens(text string, sp pipeline.Span, toks []tok) {
	chunk := text[sp.Start:sp.End]
	// Every pattern needs one of these characters; most sentences have none.
	if !strings.ContainsAny(chunk, "/@+(<") && !strings.Contains(chunk, "www.") {
		return
	}
	if !strings.ContainsAny(chunk, "0123456789") {
		return
	}
	k := 0
	for _, m := range s.mask.FindAllStringIndex(chunk, -1) {
		ms, me := sp.Start+m[0], sp.Start+m[1]
		for k < len(toks) && toks[k].end <= ms {
			k++
		}
		for j := k; j < len(toks) && toks[j].start < me; j++ {
			toks[j].masked = true
		}
	}
}

// tag copies the segment stage's POS tags onto the tokens that start where
// one of its tokens starts; the others get a guess. A hyphenated token
// takes the tag of the last segment token inside it (its head).
func tag(d *pipeline.Doc, sentence int, toks []tok) {
	var seg []pipeline.Token
	if sentence >= 0 && sentence < len(d.Sentences) {
		s := d.Sentences[sentence]
		if s.FirstToken >= 0 && s.FirstToken <= s.EndToken && s.EndToken <= len(d.Tokens) {
			seg = d.Tokens[s.FirstToken:s.EndToken]
		}
	}
	k := 0
	for i := range toks {
		t := &toks[i]
		t.pos, t.guessed = "", false
		for k < len(seg) && seg[k].Start < t.start {
			k++
		}
		for m := k; m < len(seg) && seg[m].Start < t.end; m++ {
			if seg[m].Start == t.start || seg[m].End == t.end {
				if seg[m].POS != "" {
					t.pos = seg[m].POS
				}
			}
		}
		if t.pos == "" || !t.word || functionWords[t.lower] {
			t.pos, t.guessed = guessPOS(*t), true
		}
	}
}

// toQuantity converts a found quantity of the sentence to a pipeline.Quantity.
func toQuantity(text string, toks []tok, f found, sentence int, published time.Time) pipeline.Quantity {
	q := pipeline.Quantity{
		Span:      pipeline.Span{Start: toks[f.start].start, End: toks[f.end-1].end},
		Sentence:  sentence,
		Qualifier: f.qualifier,
		Unit:      f.unit,
		Kind:      f.kind,
		Per:       f.per,
	}
	if f.hasBytes {
		q.Span = pipeline.Span{Start: f.byteStart, End: f.byteEnd}
	}
	q.Text = text[q.Start:q.End]
	if f.shortYear {
		f.value = fullYear(int(f.value), published)
	}
	if f.date != nil {
		q.Normalized, q.Resolved = f.date.normalize(published)
		return q
	}
	v := decimalClean(f.value)
	q.Value = &v
	if f.hasMax {
		m := decimalClean(f.max)
		q.ValueMax = &m
	}
	return q
}

// decimalClean drops the binary noise that scaling a decimal leaves
// ("$16.6 billion" is 16.6e9 = 16600000000.000002 in floating point): the
// value is rounded to 15 significant digits, more than news ever writes.
func decimalClean(v float64) float64 {
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return c
}
