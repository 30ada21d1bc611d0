package quotes

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
	if s, e, v, ok := x.ownMainSubject(p, lo, hi); ok {
		return s, e, v, true
	}
	if s, e, v, ok := x.subordinateSubject(p, lo, hi); ok {
		return s, e, v, true
	}
	return x.laterClauseSubject(p, lo, hi)
}

// laterClauseJoiners open a second clause with a subject of its own after
// a comma.
var laterClauseJoiners = set("while", "whereas", "but", "and", "when", "after", "because", "as", "though", "although")

// laterClauseSubject gives a sentence whose quotation lies in a clause
// joined after the main one the subject and verb of that clause:
//
//	The board met on Tuesday, while Ward called the levy “a fair price.”
func (x *extraction) laterClauseSubject(p *para, lo, hi int) (s, e, v int, ok bool) {
	for k := hi - 1; k > lo+1; k-- {
		t := p.toks[k]
		// "… progressed and Lee stood by …": a bare "and" or "but" before
		// a name or a pronoun opens a clause with a subject of its own
		bare := (t.lower == "and" || t.lower == "but") && k+1 < hi && (isNameTok(p.toks[k+1]) || personPronouns[p.toks[k+1].lower])
		if bare || t.text == ";" || t.text == "," && k+1 < hi && laterClauseJoiners[p.toks[k+1].lower] {
			from := k + 1
			if t.text == "," {
				from = k + 2
			}
			s, e, v, ok = x.ownMainSubject(p, from, hi)
			if !ok {
				return 0, 0, 0, false
			}
			if !quoteInVerbClause(p, v, hi) {
				return 0, 0, 0, false
			}
			return s, e, v, true
		}
	}
	return 0, 0, 0, false
}

// ownMainSubject is ownSubject for the sentence's main clause.
func (x *extraction) ownMainSubject(p *para, lo, hi int) (s, e, v int, ok bool) {
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

// quotingSubordinators open a fronted clause that may itself hold the
// quotation ("as" is read by asAside).
var quotingSubordinators = set("when", "while", "after", "before", "once", "whereas", "although", "though", "until", "as", "because", "since", "if")

// subordinateSubject gives a sentence whose quotation lies inside a fronted
// subordinate clause the subject and verb of that clause:
//
//	While Ward calls the levy a “fair price for safe streets,” the council …
//	When Lee finally wrapped up — “We will be back next year!” — the hall …
//
// The quotation must come before the comma that closes the clause.
func (x *extraction) subordinateSubject(p *para, lo, hi int) (s, e, v int, ok bool) {
	k := lo
	if k < hi && (p.toks[k].lower == "but" || p.toks[k].lower == "and" || p.toks[k].lower == "yet") {
		k++
	}
	if k+1 >= hi || !quotingSubordinators[p.toks[k].lower] {
		return 0, 0, 0, false
	}
	s, e, v, ok = x.ownMainSubject(p, k+1, hi)
	if !ok {
		return 0, 0, 0, false
	}
	if !quoteInVerbClause(p, v, hi) {
		return 0, 0, 0, false
	}
	return s, e, v, true
}

// quoteInVerbClause reports whether the quotation at token hi lies in the
// clause of the verb at token v: no comma or semicolon closes that clause
// before it, and no relative clause ("among voters who are “…”") takes
// the quotation into a clause of its own.
func quoteInVerbClause(p *para, v, hi int) bool {
	for j := v + 1; j < hi; j++ {
		switch p.toks[j].lower {
		case ",", ";", "who", "whom", "whose", "which":
			return false
		}
	}
	return true
}
