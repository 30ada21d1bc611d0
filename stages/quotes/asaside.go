package quotes

import "github.com/newsclaims/newsclaims/pipeline"

// asAside finds an attribution set in a cue-less mixed sentence as an
// "as" clause of its own: a subject and a reporting verb after "as", set
// off by commas or dashes, that tell who says the rest of the sentence.
//
//	As the Harbor Gazette reported, the new owner “paid far too much.”
//	The levy, as the mayor’s office noted this week — “will not pass.”
//	The vote “is a coin toss right now,” as Lee said on a radio show.
//
// Tokens [lo, hi) are the sentence's; frags its quoted fragments, whose
// words are the content, not the attribution. It returns the source tokens,
// the verb token and the token that closes the aside, or ok false.
func (x *extraction) asAside(p *para, lo, hi int, frags []pipeline.Span) (s, e, v, close int, ok bool) {
	inFragment := func(k int) bool {
		for _, f := range frags {
			if p.toks[k].start >= f.Start && p.toks[k].start < f.End {
				return true
			}
		}
		return false
	}
	for i := lo; i+2 < hi; i++ {
		if p.toks[i].lower != "as" || inFragment(i) || !asideOpens(p, lo, i) {
			continue
		}
		// the verb: a verb that reports a clause, a few words on, before
		// any comma or quote mark ("as Lee, the author of …, put it" is
		// asPutIt's; "As the crowd began to chant" tells of no words)
		v = -1
		for k := i + 2; k < hi && k <= i+10; k++ {
			t := p.toks[k]
			if t.kind != 'w' {
				break
			}
			if f, isCue := cueForms[t.lower]; isCue && !f.gerund && f.class&cueClause != 0 && x.finiteVerbAt(p, i+1, k) {
				v = k
				break
			}
		}
		if v < 0 || x.usedCue[p.toks[v].start] || x.inSource(p.toks[v].start) {
			continue
		}
		// the subject: the words between "as" and the verb group
		e = v
		for e-1 > i+1 && (auxiliaries[p.toks[e-1].lower] || x.isAdverbTok(p.toks[e-1])) {
			e--
		}
		if !x.validSource(p, i+1, e, false) || !x.canSpeak(p, i+1, i+1, e) {
			continue
		}
		// the aside closes before any clause of its own: "as she said she
		// would" reports nothing of the sentence
		close, closes := x.asideCloses(p, v+1, hi)
		if !closes {
			continue
		}
		return i + 1, e, v, close, true
	}
	return 0, 0, 0, 0, false
}

// asideOpens reports whether the "as" at token i opens a clause set off
// from the sentence: at its start (after a connective: "But as …"), or
// after a comma or a dash; not "such as", "as well as", "as soon as".
func asideOpens(p *para, lo, i int) bool {
	if i == lo {
		return true
	}
	prev := p.toks[i-1]
	if i-1 == lo && prev.kind == 'w' && (prev.lower == "but" || prev.lower == "and" || prev.lower == "yet") {
		return true
	}
	switch prev.text {
	case ",", "—", "–", "--", "-":
		return true
	}
	return prev.kind == 'q' && i-2 >= lo && p.toks[i-2].text == ","
}

// asideCloses returns the token that closes an aside whose words go on
// from token k: a comma, a dash, a quote mark or the sentence end within a
// dozen words, with no finite verb before it; ok false when there is none.
func (x *extraction) asideCloses(p *para, k, hi int) (int, bool) {
	for j := k; j < hi && j <= k+12; j++ {
		t := p.toks[j]
		switch {
		case t.text == "," || t.text == "—" || t.text == "–" || t.text == "--" || t.kind == 'q' || isSentenceEnd(t):
			return j, true
		case t.text == "that" || x.finiteVerbAt(p, k, j):
			return 0, false
		}
	}
	return hi, k >= hi
}
