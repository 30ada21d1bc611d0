package ner

import (
	"fmt"
	"io"
	"sort"
)

func sortSlice(s []uint64) { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }

func sortSliceFunc[T any](s []T, less func(a, b T) bool) {
	sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
}

// Span is a labelled token range [Start, End) of a sentence.
type Span struct {
	Start, End int
	Type       int
}

// Spans decodes BIO labels into spans; a stray I- starts a span.
func Spans(labels []int, out []Span) []Span {
	cur := Span{Start: -1}
	for i, l := range labels {
		switch {
		case l == 0:
			if cur.Start >= 0 {
				cur.End = i
				out = append(out, cur)
				cur.Start = -1
			}
		case IsBegin(l) || cur.Start < 0 || TypeOf(l) != cur.Type:
			if cur.Start >= 0 {
				cur.End = i
				out = append(out, cur)
			}
			cur = Span{Start: i, Type: TypeOf(l)}
		}
	}
	if cur.Start >= 0 {
		cur.End = len(labels)
		out = append(out, cur)
	}
	return out
}

// Counts holds true positives, predicted and gold span counts per type.
type Counts struct {
	TP, Pred, Gold [8]int
	conll          *Counts // the same spans with GPE merged into LOC (Evaluate fills it)
}

// Add scores one sentence.
func (c *Counts) Add(gold, pred []int) {
	g := Spans(gold, nil)
	p := Spans(pred, nil)
	set := map[Span]bool{}
	for _, s := range g {
		set[s] = true
		c.Gold[s.Type]++
	}
	for _, s := range p {
		c.Pred[s.Type]++
		if set[s] {
			c.TP[s.Type]++
		}
	}
}

// PRF returns precision, recall and F1 over the given types.
func (c *Counts) PRF(types ...int) (p, r, f float64) {
	var tp, np, ng int
	for _, t := range types {
		tp += c.TP[t]
		np += c.Pred[t]
		ng += c.Gold[t]
	}
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Evaluate tags every example and counts exact span matches.
func Evaluate(m *Model, f *Featurizer, data []Example) *Counts {
	var c Counts
	var t Tagger
	for _, ex := range data {
		t.Sent.Toks = ex.Toks
		c.Score(ex.Labels, m.Tag(f, &t))
	}
	return &c
}

// Score counts one sentence both in the scheme of the labels and, for
// CoNLL(), with GPE and FAC merged into LOC.
func (c *Counts) Score(gold, pred []int) {
	c.Add(gold, pred)
	if c.conll == nil {
		c.conll = new(Counts)
	}
	c.conll.Add(mergeLocations(gold, nil), mergeLocations(pred, nil))
}

// mergeLocations copies labels with GPE and FAC folded into LOC, the
// CoNLL-2003 scheme (which has one location type).
func mergeLocations(labels, out []int) []int {
	out = append(out[:0], labels...)
	const gpe, loc, fac = 2, 3, 5
	for i, l := range out {
		if l > 0 && (TypeOf(l) == gpe || TypeOf(l) == fac) {
			out[i] = l + 2*(loc-TypeOf(l))
		}
	}
	return out
}

// CoNLL returns precision, recall and F1 over PERSON, ORG and LOC with GPE
// and FAC merged into LOC, as the CoNLL-2003 news benchmarks score.
func (c *Counts) CoNLL() (p, r, f float64) {
	if c.conll == nil {
		return 0, 0, 0
	}
	return c.conll.PRF(0, 1, 3)
}

// CoNLLLabels returns the counts in the CoNLL-2003 scheme (GPE and FAC in
// LOC): PRF(0), PRF(1) and PRF(3) score PER, ORG and LOC.
func (c *Counts) CoNLLLabels() *Counts {
	if c.conll == nil {
		return new(Counts)
	}
	return c.conll
}

// ReportCoNLL writes one line of per-label and micro P/R/F1 in the
// CoNLL-2003 scheme, prefixed with name.
func (c *Counts) ReportCoNLL(w io.Writer, name string) {
	cc := c.CoNLLLabels()
	fmt.Fprintf(w, "%-28s", name)
	for _, t := range []int{0, 1, 3} {
		p, r, f := cc.PRF(t)
		fmt.Fprintf(w, " | %s %.3f/%.3f/%.3f (%d)", []string{"PER", "ORG", "", "LOC"}[t], p, r, f, cc.Gold[t])
	}
	p, r, f := c.CoNLL()
	fmt.Fprintf(w, " | micro %.3f/%.3f/%.3f\n", p, r, f)
}

// Report writes per-type and PERSON/ORG/GPE/LOC micro scores.
func (c *Counts) Report(w io.Writer) {
	for t, name := range Types {
		p, r, f := c.PRF(t)
		fmt.Fprintf(w, "%-7s P %.4f R %.4f F1 %.4f (gold %d)\n", name, p, r, f, c.Gold[t])
	}
	p, r, f := c.PRF(0, 1, 2, 3)
	fmt.Fprintf(w, "PER/ORG/GPE/LOC micro P %.4f R %.4f F1 %.4f\n", p, r, f)
	p, r, f = c.PRF(0, 1, 2, 3, 4, 5, 6)
	fmt.Fprintf(w, "all but MISC micro P %.4f R %.4f F1 %.4f\n", p, r, f)
	if c.conll != nil {
		p, r, f = c.CoNLL()
		fmt.Fprintf(w, "CoNLL-style PER/ORG/LOC (GPE in LOC) P %.4f R %.4f F1 %.4f\n", p, r, f)
	}
}
