package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Cues that are not a lone reporting verb: "according to X", nominal cues
// ("reports that", "assertions by X that"), a poll or study opening the
// sentence ("In a CNN poll, C"), "as X put it" and "X made it clear
// (that) C". Each has its own word order for source and content, so each
// gets its own parser rather than a branch of the verb's.

// accordingTo handles "according to X" before or after its content, and a
// "citing Y" chain after X.
func (x *extraction) accordingTo(p *para, pi, i, lo, hi int, quoted bool) bool {
	s, e := npRight(p, i+2, hi, set("citing", "that"))
	// right after "according to" a word that can open an adverbial is
	// an adjective of the source ("according to early results")
	valid := func(s, e int) bool {
		// "according to a Harbor College/Gazette Poll released
		// Sunday": the source's own participle phrase is part of it,
		// and the words before it are what must make a source
		if k := x.sourceParticiple(p, s, e); k > s {
			e = k
		}
		return x.validSource(p, s, e, quoted) || e-s >= 2 && adverbialStarts[p.toks[s].lower] && x.validSource(p, s+1, e, quoted)
	}
	if s >= e || !valid(s, e) {
		return false
	}
	var content pipeline.Span
	start := lo
	// "However, according to the council, C", "In addition, according to
	// X, C", "…, because, according to Lee, C", "(According to X, C.)": the
	// words before are a connective, an opening bracket, or the opener of
	// the clause that follows the source's comma, so the content follows too
	opener := i > start && i-1 >= lo && p.toks[i-1].text == "," && (connectiveOnly(p, start, i-1) || openerEnd(p, i-2)) || onlyPunctuation(p, start, i)
	if i == start || opener || (i == start+1 && p.toks[start].kind == 'w' && (p.toks[start].lower == "but" || p.toks[start].lower == "and")) {
		// "According to early counts from a survey taken for the Harbor
		// Gazette and two radio stations, C": a leading source
		// runs to its comma
		if e < hi && p.toks[e].text != "," {
			k := e
			for k < hi && k-s <= 24 && p.toks[k].text != "," && p.toks[k].lower != "citing" && p.toks[k].kind != 'q' && !isSentenceEnd(p.toks[k]) {
				k++
			}
			if k < hi && p.toks[k].text == "," && valid(s, k) {
				e = k
			}
		}
		if e >= hi || p.toks[e].text != "," {
			return false
		}
		var ok bool
		if content, ok = x.contentAfter(p, e+1, e+1, hi, false); !ok {
			return false
		}
	} else {
		if i-1 < lo || p.toks[i-1].text != "," || i-2 < start {
			return false
		}
		end := p.toks[i-2].end
		if p.toks[i-2].kind == 'q' {
			end = p.toks[i-2].end
		}
		content = pipeline.Span{Start: p.toks[start].start, End: end}
		content.Start, content.End = trimSpan(x.text, content.Start, content.End, ",;")
	}
	if content.IsEmpty() {
		return false
	}
	c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
	c.q.Type = pipeline.QuoteIndirect
	c.q.Content = content
	c.q.Source = x.span(p, s, e)
	c.q.Cue = x.span(p, i, i+2)
	x.markMixed(p, &c)
	first := x.add(c)
	if e < hi && p.toks[e].lower == "citing" {
		s2, e2 := npRight(p, e+1, hi, nil)
		if s2 < e2 && x.validSource(p, s2, e2, quoted) {
			c2 := c
			c2.q.Source = x.span(p, s2, e2)
			c2.q.Cue = x.span(p, e, e+1)
			c2.parent = first
			c2.local = pipeline.Span{}
			x.add(c2)
			x.usedCue[p.toks[e].start] = true
		}
	}
	return true
}

// sourceParticiple returns the index of the first past participle in
// or past tense in tokens (s, e) that follows a noun ("a survey released on Thursday",
// "audio provided by the station"), or s when there is none.
func (x *extraction) sourceParticiple(p *para, s, e int) int {
	for k := s + 1; k < e; k++ {
		// (the tagger often reads the participle after a name as a
		// past tense: "Poll released Sunday")
		if tag := x.posTag(p.toks[k].start); (tag == "VBN" || tag == "VBD") && strings.HasPrefix(x.posTag(p.toks[k-1].start), "NN") {
			return k
		}
	}
	return s
}

// onlyPunctuation reports whether tokens [s, e) are all punctuation (an
// opening bracket before "According to").
func onlyPunctuation(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if p.toks[k].kind == 'w' {
			return false
		}
	}
	return e > s
}

// particleGerund reports whether token i of p is the gerund of a verb that
// reports only with its particle, followed by that particle: "calling
// on", "calling for", "pointing out". After a main clause it reports as
// "urging" does: "she issued a statement calling on the county “to …”".
func particleGerund(p *para, i int) bool {
	f, ok := cueForms[p.toks[i].lower]
	return ok && f.gerund && i+1 < len(p.toks) && particleVerbs[f.lemma][p.toks[i+1].lower]
}

// nominal handles "early reports that ...", "assertions by X that ...".
func (x *extraction) nominal(p *para, pi, i, lo, hi int) (cand, bool) {
	var c cand
	if x.posTag(p.toks[i].start) != "" && !strings.HasPrefix(x.posTag(p.toks[i].start), "NN") {
		return c, false
	}
	// ", warning that C": a participle after a comma, not the noun
	if f, ok := cueForms[p.toks[i].lower]; ok && f.gerund && i > lo && p.toks[i-1].text == "," {
		return c, false
	}
	if _, isVerb := cueForms[p.toks[i].lower]; isVerb && i > lo {
		prev := p.toks[i-1]
		// "disputed claims that C": the object of a finite verb is a noun
		pf, prevVerb := cueForms[prev.lower]
		prevVerb = prevVerb && !pf.gerund && strings.HasSuffix(prev.lower, "ed")
		if prev.kind == 'w' && !nominalModifiers[prev.lower] && !(x.posTag(prev.start) == "JJ") && !prevVerb {
			return c, false
		}
	}
	// "X said in a statement that C": the noun names how X said it; the
	// verb before is the cue
	if k := i - 1; k > lo && i+1 < hi && p.toks[i+1].lower == "that" {
		// up to two modifiers: "in an emailed statement", "in a brief
		// written statement"
		for n := 0; n < 2 && k > lo && p.toks[k].kind == 'w' && !determiners[p.toks[k].lower] && p.toks[k].lower != "in" && !isCapitalized(p.toks[k].text); n++ {
			k--
		}
		switch w := p.toks[k].lower; {
		case determiners[w], w == "his", w == "her", w == "its", w == "their", w == "our":
			k--
		}
		if k > lo && (p.toks[k].lower == "in" || p.toks[k].lower == "during") {
			if f, ok := x.verbCue(p, k-1); ok && !f.gerund {
				return c, false
			}
		}
	}
	var srcS, srcE, thatAt int
	switch {
	case i+1 < hi && p.toks[i+1].lower == "that":
		// "uttered statements that turned out to be false": "that" with
		// a verb right after it is the subject of a relative clause,
		// which reports nothing
		if i+2 < hi && x.finiteTag(p.toks[i+2]) {
			return c, false
		}
		srcE, thatAt = i+1, i+1
		srcS = i
		for srcS-1 >= lo {
			t := p.toks[srcS-1]
			if t.kind != 'w' || determiners[t.lower] || clauseBoundaries[t.lower] || !nominalModifiers[t.lower] && x.posTag(t.start) != "JJ" && !isCapitalized(t.text) {
				break
			}
			switch t.lower {
			case "after", "amid", "despite", "following", "of", "by", "to", "with", "and", "on", "in", "from", "the", "a", "an":
			default:
				srcS--
				continue
			}
			break
		}
	case i+1 < hi && (p.toks[i+1].lower == "by" || p.toks[i+1].lower == "from"):
		thatAt = -1
		for k := i + 2; k < hi && k < i+14; k++ {
			if p.toks[k].lower == "that" {
				thatAt = k
				break
			}
			if p.toks[k].kind == 'p' {
				break
			}
		}
		if thatAt < 0 {
			return c, false
		}
		srcS, srcE = i+2, thatAt
	default:
		return c, false
	}
	content, ok := x.contentAfter(p, thatAt+1, lo, hi, true)
	if !ok || srcS >= srcE || srcE-srcS > 12 {
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, srcS, srcE), x.span(p, i, i+1), content)
	return c, true
}

// inEvidence parses a sentence that opens with the poll or the study it
// reports: "In a Harbor Gazette poll, Ms. Lee had a 10-point lead".
// Token i is the sentence's first, "In"; the source runs to the comma,
// names a poll, a study or records, and a clause follows.
func (x *extraction) inEvidence(p *para, pi, i int) (cand, bool) {
	var c cand
	if i != p.tokIndex(p.sentenceOf(p.toks[i].start)[0]) || x.usedCue[p.toks[i].start] {
		return c, false
	}
	rlo, rhi, quoted := p.region(p.toks[i].start)
	lo, hi := p.tokIndex(rlo), p.tokIndex(rhi)
	if i != lo {
		return c, false
	}
	k := i + 1
	for k < hi && k < i+16 && p.toks[k].text != "," && p.toks[k].kind != 'q' && !isSentenceEnd(p.toks[k]) {
		k++
	}
	if k >= hi || p.toks[k].text != "," || k == i+1 || !evidenceSource(p, i+1, k) || !x.validSource(p, i+1, k, quoted) {
		return c, false
	}
	if !x.clauseLike(p, k+1, hi) {
		return c, false
	}
	content, ok := x.contentAfter(p, k+1, lo, hi, false)
	if !ok {
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, i+1, k), x.span(p, i, i+1), content)
	x.markMixed(p, &c)
	return c, true
}

// asPutItReport parses "as X put it" set in a sentence that is no direct
// quote: "As Jane Holloway puts it, the mayor is trying to give the council
// “a choice …”" and "That’s why, as he puts it, “the only way …”" report
// what follows the comma; "C, as X put it." what comes before. Token i is
// "as".
func (x *extraction) asPutItReport(p *para, pi, i int) (cand, bool) {
	var c cand
	// "put it" first: "as" is frequent, the region less cheap
	k := i + 2
	for k+1 < len(p.toks) && k <= i+16 && p.toks[k].kind != 'q' && !isSentenceEnd(p.toks[k]) && p.toks[k].lower != "put" && p.toks[k].lower != "puts" {
		k++
	}
	if k+1 >= len(p.toks) || p.toks[k+1].lower != "it" || x.usedCue[p.toks[k].start] {
		return c, false
	}
	rlo, rhi, quoted := p.region(p.toks[i].start)
	lo, hi := p.tokIndex(rlo), p.tokIndex(rhi)
	if k+1 >= hi {
		return c, false
	}
	a, ok := x.asPutIt(p, i, k+2)
	if !ok {
		return c, false
	}
	var content pipeline.Span
	after := k + 2
	// "put it in a letter to the board, …": a setting before the
	// comma
	if after < hi && adverbialStarts[p.toks[after].lower] {
		for j := after; j < hi && j <= after+12 && p.toks[j].kind != 'q' && !isSentenceEnd(p.toks[j]); j++ {
			if p.toks[j].text == "," {
				after = j
				break
			}
		}
	}
	switch {
	case after+1 < hi && p.toks[after].text == ",":
		if content, ok = x.contentAfter(p, after+1, after+1, hi, false); !ok {
			return c, false
		}
	case i-2 >= lo && p.toks[i-1].text == "," && x.tailish(p, after, hi):
		content = pipeline.Span{Start: p.toks[lo].start, End: p.toks[i-2].end}
	default:
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, a.srcS, a.srcE), x.span(p, a.cueS, a.cueE), content)
	if !x.validSource(p, a.srcS, a.srcE, quoted) {
		return c, false
	}
	return c, true
}

// madeForms are the forms of "make" in "made it clear".
var madeForms = set("made", "makes", "make", "making")

// madeClear parses "X made it clear (that) C": the cue is "made it clear".
func (x *extraction) madeClear(p *para, pi, i int) (cand, bool) {
	var c cand
	rlo, rhi, quoted := p.region(p.toks[i].start)
	lo, hi := p.tokIndex(rlo), p.tokIndex(rhi)
	if i+3 >= hi || p.toks[i+1].lower != "it" || p.toks[i+2].lower != "clear" || i == lo || x.usedCue[p.toks[i].start] {
		return c, false
	}
	a := i + 3
	if p.toks[a].lower == "that" {
		a++
	} else if !x.clauseLike(p, a, hi) {
		return c, false
	}
	srcS, srcE, ok := x.sourceLeft(p, lo, i)
	if !ok || !x.validSource(p, srcS, srcE, quoted) {
		return c, false
	}
	content, ok := x.contentAfter(p, a, lo, hi, false)
	if !ok {
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, srcS, srcE), x.span(p, i, i+3), content)
	x.markMixed(p, &c)
	return c, true
}

// evidenceSource reports whether the source [s,e) names a poll, a study,
// records or results: a source whose findings are reported.
func evidenceSource(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if evidenceNouns[p.toks[k].lower] {
			return true
		}
	}
	return false
}
