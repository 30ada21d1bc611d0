package quotes

// The source of a reporting gerund: the subject of a progressive whose
// auxiliary is contracted, negated or past an adverb ("he’s saying",
// "Ward isn’t saying", "are privately saying"), or the attribution of a
// quotation before it in the sentence ("“…,” said Ward, adding that C").

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// progressiveBefore reports whether the gerund at token i is the verb of
// a progressive whose auxiliary the tokens keep whole or stands past a
// negation or an adverb: "isn’t saying", "he’s saying", "they’re
// telling", "is not saying", "are privately saying". Up to two such words
// may stand between the auxiliary and the gerund. It returns the index of
// the auxiliary, or -1 when there is none.
func (x *extraction) progressiveBefore(p *para, lo, i int) int {
	k := i - 1
	for n := 0; k >= lo && n <= 2; n++ {
		t := p.toks[k]
		if t.kind != 'w' {
			return -1
		}
		if negatedBe[t.lower] || n > 0 && progressiveAux[t.lower] && t.lower != "now" && t.lower != "still" {
			return k
		}
		if _, ok := contractedSubject(t.lower); ok {
			return k
		}
		if !progressiveAdverbs[t.lower] && !(x.posTag(t.start) == "RB" && strings.HasSuffix(t.lower, "ly")) {
			return -1
		}
		k--
	}
	return -1
}

// contractedSubject returns the subject pronoun of a word that ends in a
// contracted "is", "are" or "am" ("he’s" gives "he"), and whether it is
// one. A name's "’s" is left out: it is as often a possessive.
func contractedSubject(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'re", "’re", "'m", "’m"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && (nominativePronouns[stem] || stem == "you" || stem == "it" || stem == "who") {
			return stem, true
		}
	}
	return "", false
}

// negatedBe are the negated forms of "be" the tokens keep whole.
var negatedBe = set("isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t")

// progressiveAdverbs may stand between a progressive's auxiliary and its
// gerund: "is not saying", "are now telling".
var progressiveAdverbs = set("not", "never", "also", "just", "even", "already", "always", "now", "still", "really")

// insideDoubleMarks reports whether offset off lies between a pair of
// double quotation marks of the paragraph, a quoted fragment's too.
func insideDoubleMarks(p *para, off int) bool {
	for _, m := range p.marks {
		if m.double && m.open < off && off < m.close {
			return true
		}
	}
	return false
}

// tailBefore returns the direct quote of paragraph pi whose attribution
// (source and cue) ends in the sentence of token i, before it, with no
// quotation between them; -1 when there is none.
func (x *extraction) tailBefore(p *para, pi, i int) int {
	at := p.toks[i].start
	sent := p.sentenceOf(at)
	for k := len(x.cands) - 1; k >= 0; k-- {
		c := &x.cands[k]
		if c.para != pi || c.q.Type != pipeline.QuoteDirect || c.q.Source.IsEmpty() || c.q.Cue.IsEmpty() {
			continue
		}
		end := max(c.q.Source.End, c.q.Cue.End)
		if end > at || c.q.Cue.Start < sent[0] {
			continue
		}
		for j := p.tokIndex(end); j < i; j++ {
			if p.toks[j].kind == 'q' {
				return -1
			}
		}
		return k
	}
	return -1
}
