package claims

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Token and mention look-ups inside a span, and the verb tests the other
// files share: whether a token is a verb (in a title-case headline too)
// and whether a span holds a tensed one.

// tokensIn returns the indexes of the tokens inside sp.
//
// The indexes are consecutive, so the result is a window of a shared,
// read-only slice of 0, 1, 2, ... rather than a new slice per call (this
// function was the pipeline's largest allocator). Callers must not write to
// it; its capacity ends at its length, so an append copies.
func tokensIn(d *pipeline.Doc, sp pipeline.Span) []int {
	lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
	hi := lo
	for hi < len(d.Tokens) && d.Tokens[hi].End <= sp.End {
		hi++
	}
	if hi <= len(tokenIndexes) {
		return tokenIndexes[lo:hi:hi]
	}
	out := make([]int, hi-lo)
	for i := range out {
		out[i] = lo + i
	}
	return out
}

// tokenIndexes is 0, 1, 2, ... for tokensIn; never written after init.
var tokenIndexes = func() []int {
	idx := make([]int, 1<<16)
	for i := range idx {
		idx[i] = i
	}
	return idx
}()

// mentionsIn returns the indexes of the mentions inside sp.
func mentionsIn(d *pipeline.Doc, sp pipeline.Span) []int {
	var out []int
	lo, hi := d.MentionsStartingIn(sp)
	for i := lo; i < hi; i++ {
		if sp.Contains(d.Mentions[i].Span) {
			out = append(out, i)
		}
	}
	return out
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isVerbToken says whether a token is a verb. Title-case headlines defeat
// the tagger ("Renews" as NNP), so there an inflected form of a known verb
// lemma counts too.
func isVerbToken(d *pipeline.Doc, ti int) bool {
	t := d.Tokens[ti]
	if strings.HasPrefix(t.POS, "VB") || t.POS == "MD" {
		return true
	}
	if t.Sentence < 0 || t.Sentence >= len(d.Sentences) {
		return false
	}
	switch t.POS {
	case "DT", "IN", "CC", "CD", "TO", "POS", "WDT", "WP":
		return false
	}
	s := d.Sentences[t.Sentence]
	if z := s.Zone; !(z >= 0 && z < len(d.Zones) && d.Zones[z].Kind == pipeline.ZoneHeadline) && !headlineStyle(d.Text[s.Start:s.End]) {
		return false
	}
	if ti == s.FirstToken {
		return false // a headline opens with its subject
	}
	w := strings.TrimPrefix(strings.ToLower(t.Text), "re-")
	l := lemma(w)
	if !verbLemmas[l] {
		return false
	}
	if w != l {
		return true // "Renews", "retakes", "driven"
	}
	// A base form right after a plural subject: "Airstrikes kill".
	prev := ti - 1
	if prev > s.FirstToken && isPunct(d.Tokens[prev].Text) {
		prev-- // "troops 'recapture"
	}
	if prev < s.FirstToken {
		return false
	}
	p := d.Tokens[prev]
	return p.POS == "NNS" || p.POS == "NNPS" || p.POS == "NNP" && strings.HasSuffix(p.Text, "s")
}

// headlineStyle says whether a sentence is written as a headline: no
// closing punctuation.
func headlineStyle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := lastRune(s)
	return !strings.ContainsRune(".!?\"”'’…:", r)
}

// hasFiniteVerb says whether a span holds a tensed verb (or, in a
// headline, a recognisable verb form, or a participle: "Isis driven out").
func hasFiniteVerb(d *pipeline.Doc, sp pipeline.Span) bool {
	toks := tokensIn(d, sp)
	for k, ti := range toks {
		t := d.Tokens[ti]
		switch t.POS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VBN":
			// a passive or perfect, a headline's "Isis driven out", or a
			// past tense the tagger took for a participle ("strikes
			// killed 39"), but not a reduced relative ("troops backed by")
			byAgent := k+1 < len(toks) && strings.EqualFold(d.Tokens[toks[k+1]].Text, "by")
			if auxBefore(d, toks, k) || !byAgent && headlineStyle(d.Text[d.Sentences[t.Sentence].Start:d.Sentences[t.Sentence].End]) {
				return true
			}
			if k > 0 && !byAgent {
				p := d.Tokens[toks[k-1]].POS
				if strings.HasPrefix(p, "NN") || p == "PRP" {
					return true
				}
			}
		case "VB", "VBG":
		default:
			byAgent := k+1 < len(toks) && strings.EqualFold(d.Tokens[toks[k+1]].Text, "by")
			if isVerbToken(d, ti) && !byAgent && !strings.HasSuffix(strings.ToLower(t.Text), "ing") {
				return true
			}
		}
	}
	return false
}
