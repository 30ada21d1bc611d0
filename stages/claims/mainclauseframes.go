package claims

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Frames that hang from a main clause of the article's own: a reporting
// participle (", saying that ...") or a reporting verb coordinated with the
// main verb ("... and said ..."). The main clause stays the article's; what
// the reporting verb introduces is a claim of the clause's subject.

// subjectAndVerb returns the tokens of part after its connectives and a
// leading adverbial, and the index among them of the first tensed verb:
// the words before it are the subject. ok is false when no tensed verb
// follows a subject within maxApposedTokens (outside appositions).
func subjectAndVerb(d *pipeline.Doc, part pipeline.Span) (toks []int, verb int, ok bool) {
	toks = afterLeadingAdverbial(d, afterConnectives(d, tokensIn(d, part)))
	for k, ti := range toks {
		if p := d.Tokens[ti].POS; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
			return toks, k, k >= 1
		}
		if k > maxApposedTokens {
			break
		}
	}
	return toks, -1, false
}

// participleFrame finds a reporting participle after the main clause of
// the article's own voice: "Lee sought to play down her defeat,
// pointing to a large win in Kent" is the article's, but in "Mr. Stone
// hardly mentioned his two rivals, saying that his mind was already on
// the autumn" what follows "saying that" is a claim of the clause's
// subject, as in "Stone got himself into trouble by saying that ...".
// It returns the frame and where the main clause ends.
func participleFrame(d *pipeline.Doc, part pipeline.Span) (frame, int, bool) {
	toks, verb, ok := subjectAndVerb(d, part)
	if !ok {
		return frame{}, 0, false
	}
	for k := verb + 2; k+2 < len(toks); k++ {
		t := d.Tokens[toks[k]]
		// ", saying that ..." or "by saying that ...": the manner of the
		// main clause's act is what its subject said
		if prev := d.Tokens[toks[k-1]].Text; t.POS != "VBG" || prev != "," && !strings.EqualFold(prev, "by") {
			continue
		}
		l := lemma(lowerTok(d, toks[k]))
		if !frameVerbs[l] {
			continue
		}
		j := k + 1
		if l == "point" {
			if !strings.EqualFold(d.Tokens[toks[j]].Text, "out") {
				continue
			}
			j++
		}
		j, ok := reportedClause(d, toks, k, j, l)
		if !ok {
			continue // "saying nothing", "telling the story of"
		}
		f, ok := namedFrame(d, sourceHead(d, toks[:verb]), pipeline.Span{Start: d.Tokens[toks[j]].Start, End: part.End}, l)
		if !ok {
			return frame{}, 0, false
		}
		return f, d.Tokens[toks[k-1]].Start, true
	}
	return frame{}, 0, false
}

// coordinatedFrame finds a reporting verb coordinated with the main
// clause's verb: "Lee has backed raising the number of market permits
// but has since said she now thinks the scheme needs to be changed",
// "Other retired nurses bristled at such criticism and said ...".
// The main clause is the article's own; what follows the second verb is a
// claim of the subject. It returns the frame and where the main clause
// ends.
func coordinatedFrame(d *pipeline.Doc, part pipeline.Span) (frame, int, bool) {
	toks, verb, ok := subjectAndVerb(d, part)
	if !ok {
		return frame{}, 0, false
	}
	low := func(k int) string { return lowerTok(d, toks[k]) }
	// the first tensed verb must be the main clause's: not one of a
	// clause opening the sentence ("When Trump later referred to ...",
	// "Speaking on a local radio station on Monday, Mr. Stone called") or
	// of a relative clause in the subject
	if p := d.Tokens[toks[0]].POS; p == "IN" || p == "VBG" || p == "WRB" || isQuoteMark(d.Tokens[toks[0]].Text) {
		return frame{}, 0, false
	}
	for _, ti := range toks[:verb] {
		if p := d.Tokens[ti].POS; p == "WP" || p == "WDT" || p == "IN" && subordinators[lowerTok(d, ti)] {
			return frame{}, 0, false
		}
	}
	for k := verb + 2; k+2 < len(toks); k++ {
		if p := d.Tokens[toks[k]].POS; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" || p == "WP" || p == "WDT" {
			// another clause before the coordination: "..., in which
			// Trump called himself ... and admitted"
			return frame{}, 0, false
		}
		if low(k) != "and" && low(k) != "but" {
			continue
		}
		// the second verb, perhaps after a perfect auxiliary and adverbs
		// ("but has since said", "and then told")
		v := k + 1
		if perfectAuxiliaries[low(v)] {
			v++
		}
		for v < len(toks) && (strings.HasPrefix(d.Tokens[toks[v]].POS, "RB") || low(v) == "since") {
			v++ // "has since said", tagged as a preposition
		}
		if v+1 >= len(toks) {
			return frame{}, 0, false
		}
		t := d.Tokens[toks[v]]
		if p := t.POS; p != "VBD" && p != "VBZ" && p != "VBP" && p != "VBN" || !frameVerbs[lemma(low(v))] || t.POS == "VBN" && !perfectAuxiliaries[low(k+1)] {
			continue
		}
		l := lemma(low(v))
		j, ok := reportedClause(d, toks, v, v+1, l)
		if !ok {
			continue
		}
		f, ok := namedFrame(d, sourceHead(d, toks[:verb]), pipeline.Span{Start: d.Tokens[toks[j]].Start, End: part.End}, l)
		if !ok {
			return frame{}, 0, false
		}
		end := d.Tokens[toks[k]].Start
		if k > 0 && d.Tokens[toks[k-1]].Text == "," {
			end = d.Tokens[toks[k-1]].Start
		}
		return f, end, true
	}
	return frame{}, 0, false
}
