package quotes

import "strings"

// ownSubject gives a cue-less mixed sentence the subject of its own main
// clause when that subject can speak, and the clause's verb as the cue:
// the writer reports what the subject said or wrote in words that are no
// reporting verb of the lexicon.
//
//	Ward thanked the council for “standing firm when the board would not.”
//	She anticipated that the hardest task would be “mending what the flood left.”
//
// It returns the source tokens and the verb token, or ok false.
func (x *extraction) ownSubject(p *para, lo, hi int) (s, e, v int, ok bool) {
	start := x.afterFronted(p, lo, hi)
	s, e, ok = x.clauseSubject(p, start, hi, false)
	if !ok || e >= hi || !x.canSpeak(p, lo, s, e) {
		// "Last year, he played down …", "Instead, Ward called for …":
		// a fronted adverbial with no verb of its own
		if c := x.frontedAdverbial(p, start, hi); c > start {
			start, lo = c, c
			s, e, ok = x.clauseSubject(p, start, hi, false)
		}
	}
	if !ok || e >= hi || !x.canSpeak(p, lo, s, e) || !x.introducingVerb(p, e, hi) {
		return 0, 0, 0, false
	}
	v = e
	for v < hi-1 && !x.finiteVerbAt(p, start, v) {
		v++
	}
	if !x.finiteVerbAt(p, start, v) {
		return 0, 0, 0, false
	}
	// the verb group's last word: "is labeling", "has called"
	for v+1 < hi && auxiliaries[p.toks[v].lower] {
		next := v + 1
		for next < hi-1 && x.isAdverbTok(p.toks[next]) {
			next++
		}
		tag := x.posTag(p.toks[next].start)
		if tag != "VBN" && tag != "VBG" && tag != "VB" {
			break
		}
		// "Lee was asked …", "the results were allowed to stand": the
		// subject of a passive is acted on, not speaking
		if tag == "VBN" && copulas[p.toks[v].lower] && !haveForms[p.toks[v].lower] {
			return 0, 0, 0, false
		}
		v = next
	}
	if x.usedCue[p.toks[v].start] {
		return 0, 0, 0, false
	}
	return s, e, v, true
}

// haveForms are the auxiliaries of the perfect, which keep an active
// subject ("has called", "had warned").
var haveForms = set("has", "have", "had")

// frontedAdverbial returns the token after the comma that closes a
// fronted adverbial opening tokens [lo, hi) ("Last year,", "Instead,",
// "Thirteen years earlier,"): words before the first comma with no finite
// verb, opened by no name or pronoun (which would be the subject before
// an appositive: "Ward, a farmer,"); else lo.
func (x *extraction) frontedAdverbial(p *para, lo, hi int) int {
	if lo >= hi || p.toks[lo].kind != 'w' {
		return lo
	}
	switch x.posTag(p.toks[lo].start) {
	case "NNP", "NNPS", "PRP", "DT", "PRP$":
		return lo
	}
	for j := lo; j < hi && j < lo+8; j++ {
		t := p.toks[j]
		if t.text == "," {
			if j == lo {
				return lo
			}
			return j + 1
		}
		if t.kind != 'w' || x.finiteVerbAt(p, lo, j) {
			return lo
		}
	}
	return lo
}

// pluralReadVerb reports whether the word at k, which the tagger reads as
// a plural noun, is a verb in -s after a singular subject: "The campaign
// projects that …", "The photo quotes a psalm": a singular noun or a name
// right before it, and after it "that", a determiner, a name or a
// quotation, which a plural noun in a compound ("the county officials")
// does not take.
func (x *extraction) pluralReadVerb(p *para, lo, k int) bool {
	t := p.toks[k]
	if k <= lo || k+1 >= len(p.toks) || isCapitalized(t.text) || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") {
		return false
	}
	switch x.posTag(p.toks[k-1].start) {
	case "NN", "NNP":
	default:
		return false
	}
	next := p.toks[k+1]
	if next.kind == 'q' || next.lower == "that" {
		return true
	}
	switch x.posTag(next.start) {
	case "DT", "NNP", "PRP$":
		return true
	}
	return false
}
