package ner

import (
	"strings"
	"testing"
)

func TestMarkRuns(t *testing.T) {
	tests := []struct {
		name, sent string
		want       string // per token: run as "a-b", or "." outside a run
	}{
		{"single name, first word too", "He met Sherman today", "0-1 . 2-3 ."},
		{"joined by of the", "the Army of the Potomac marched", ". 1-5 1-5 1-5 1-5 ."},
		{"joiner at the edge", "Army of soldiers", "0-1 . ."},
		{"all caps line has no runs", "ARMY OF THE POTOMAC MARCHES", ". . . . ."},
	}
	f := NewFeaturizer(nil, nil)
	f.Set |= FeatRuns
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s Sentence
			s.Toks = strings.Fields(tc.sent)
			f.Prepare(&s)
			var got []string
			for i := range s.Toks {
				if s.runStart[i] < 0 {
					got = append(got, ".")
					continue
				}
				got = append(got, itoa(int(s.runStart[i]))+"-"+itoa(int(s.runEnd[i])))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("runs of %q = %q, want %q", tc.sent, g, tc.want)
			}
		})
	}
}

func itoa(n int) string { return string(rune('0' + n)) }

func TestInsertInitials(t *testing.T) {
	b, i := LabelIndex("B-PERSON"), LabelIndex("I-PERSON")
	tests := []struct {
		name string
		ex   Example
		want int // tokens after insertion (0: no copy)
	}{
		{"two-word name", Example{Toks: []string{"William", "Sherman", "left"}, Labels: []int{b, i, 0}}, 4},
		{"three-word name untouched", Example{Toks: []string{"George", "W.", "Bush"}, Labels: []int{b, i, i}}, 0},
		{"no name", Example{Toks: []string{"it", "rained"}, Labels: []int{0, 0}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rng{1}
			got, ok := insertInitials(tc.ex, &r, 1)
			if n := len(got.Toks); n != tc.want || ok != (tc.want > 0) {
				t.Fatalf("got %v (%v), want %d tokens", got.Toks, ok, tc.want)
			}
			if ok && (got.Labels[1] != i || !strings.HasSuffix(got.Toks[1], ".")) {
				t.Errorf("inserted %q %s, want an initial labelled I-PERSON", got.Toks[1], LabelName(got.Labels[1]))
			}
		})
	}
}

func TestLongestWordBounds(t *testing.T) {
	g := NewGazetteer([]Entry{
		{Surface: "Ina", Label: "GPE", Kind: KindCity, Primary: true, Canonical: "Ina"},
		{Surface: "New York", Label: "GPE", Kind: KindCityBig, Primary: true, Canonical: "New York"},
		{Surface: "Al-Qaida", Label: "ORG", Kind: KindOrg, Primary: true, Canonical: "Al-Qaida"},
	})
	tests := []struct {
		name string
		toks string
		fold bool
		want int // end of the match from token 0 (0: none)
	}{
		{"one word", "Ina", false, 1},
		{"two words do not make one", "IN A", true, 0},
		{"name of two words", "New York", false, 2},
		{"glued words do not make two", "NEWYORK", true, 0},
		{"hyphenated token", "Al-Qaida", false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if end, _ := g.Longest(strings.Fields(tc.toks), 0, tc.fold); end != tc.want {
				t.Errorf("Longest(%q) = %d, want %d", tc.toks, end, tc.want)
			}
		})
	}
	if len(g.Lookup("IN A", true)) != 0 || len(g.Lookup("ina", true)) != 1 {
		t.Errorf("Lookup: want words to count")
	}
}
