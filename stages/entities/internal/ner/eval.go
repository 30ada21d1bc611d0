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
type Counts struct{ TP, Pred, Gold [8]int }

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
		c.Add(ex.Labels, m.Tag(f, &t))
	}
	return &c
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
}
