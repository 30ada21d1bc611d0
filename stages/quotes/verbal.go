package quotes

// A reporting verb's source and content: "X said (that) C", "C, X said",
// "X told Y C", "X denied NP", "X pledged to C", "X asked Y if C", and the
// gerunds that borrow the clause's source (", adding that C"). A gerund's
// own source is in gerundsource.go (one with no attribution before it in
// the sentence reports for the main clause's subject: participle.go),
// when a verb reports a noun phrase in nouncontent.go, a cue inside a
// relative clause in relativegap.go and a title-case headline's cue in
// titlecue.go.

import "github.com/newsclaims/newsclaims/pipeline"

// verbal handles a reporting verb: "X said (that) C", "C, X said", "X
// denied NP", and the gerunds that borrow the clause's source (", adding
// that C", "after asserting C").
func (x *extraction) verbal(p *para, pi, i, lo, hi int, quoted bool, lastInSentence int) (cand, bool) {
	var c cand
	f, ok := x.verbCue(p, i)
	// a verb of manner reports a clause it introduces with "that"
	// ("Reyes joked that …"); otherwise only after a quotation
	// ("the crowd chanted “Send him home!”": a vocal verb reports the
	// quotation right after it)
	tailOnly := f.class == cueTailOnly && !(i+1 < hi && p.toks[i+1].lower == "that") && !vocalQuotation(p, i, hi)
	if !ok || tailOnly || isCapitalized(p.toks[i].text) && i != lo && !x.titleCaseCue(p, i) {
		return c, false
	}
	// "retaking it would show that …": what a finding would show is a
	// consequence, not a report
	if findingVerbs[f.lemma] && i > lo && modalVerbs[p.toks[i-1].lower] {
		return c, false
	}
	// "Some reports say …": a reporting verb right after makes this word
	// its subject noun, not a second cue
	// ("Earnings reports for HSBC said …": also a few words later)
	if nominalCues[p.toks[i].lower] {
		for k := i + 1; k < hi && k <= i+5 && p.toks[k].kind == 'w'; k++ {
			if f2, ok := cueForms[p.toks[k].lower]; ok && !f2.gerund && f2.class != cueTailOnly && !isCapitalized(p.toks[k].text) {
				return c, false
			}
		}
	}
	c = cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
	c.q.Type = pipeline.QuoteIndirect
	c.q.Cue = x.span(p, i, i+1)
	a := i + 1
	if particleVerbs[f.lemma] != nil {
		c.q.Cue = x.span(p, i, i+2) // "pointed out"
		a = i + 2
	}
	borrow := false
	if f.gerund {
		prev := ""
		if i > lo {
			prev = p.toks[i-1].lower
		}
		switch {
		case progressiveAux[prev]:
		case i-2 >= lo && floatingQuantifier(p, i-1) && progressiveAux[p.toks[i-2].lower]:
			// "Lee and Ward are all calling for": a floating quantifier
			// inside the progressive
		case !quoted && !insideDoubleMarks(p, p.toks[i].start) && x.progressiveBefore(p, lo, i) >= 0:
			// "Ward isn’t saying what …", "she’s not promising a
			// repeal", "growers are privately saying the price is
			// low": a negation or
			// an adverb inside the progressive, or its auxiliary
			// contracted onto the subject. Not inside a quotation,
			// a fragment's too, where "I’m telling you" and "he’s
			// saying a lot of the right things" are talk, not a report
			// of speech.
		case gerundLinks[prev] && lastInSentence >= 0 && !x.cands[lastInSentence].q.Source.IsEmpty():
			borrow = true
		case gerundLinks[prev] && lastInSentence < 0 && x.tailBefore(p, pi, i) >= 0:
			// "“…,” said Ward at the time, adding that …", "“…,” Lee
			// responded before adding that …": the quotation's tail
			// is the clause the gerund depends on
			lastInSentence, borrow = x.tailBefore(p, pi, i), true
		default:
			// no attribution before in the sentence: the gerund reports
			// for the subject of the main clause, whatever its verb
			return x.participial(p, pi, i, lo, hi, quoted)
		}
	} else if i > lo && p.toks[i-1].lower == "and" && lastInSentence >= 0 && !x.cands[lastInSentence].q.Source.IsEmpty() {
		borrow = true
	}
	var srcS, srcE int
	if k := x.progressiveBefore(p, lo, i); f.gerund && !borrow && !quoted && !insideDoubleMarks(p, p.toks[i].start) && k >= 0 {
		// "they’re endorsing": the subject is inside the auxiliary's
		// token; the source is the pronoun alone
		if stem, ok := contractedSubject(p.toks[k].lower); ok {
			t := p.toks[k]
			c.q.Source = pipeline.Span{Start: t.start, End: t.start + len(stem)}
			srcS, srcE = k, k+1
		} else if negatedBe[p.toks[k].lower] {
			// "Ward isn’t saying": the subject is left of the
			// auxiliary, which the source's auxiliaries do not list
			s, e, ok := x.sourceLeft(p, lo, k)
			if !ok || !x.validSource(p, s, e, quoted) {
				return c, false
			}
			c.q.Source, srcS, srcE = x.span(p, s, e), s, e
		}
	}
	if borrow {
		prev := x.cands[lastInSentence]
		c.q.Source, c.q.Addressee = prev.q.Source, prev.q.Addressee
		c.speakerOf = lastInSentence + 1
	} else if c.q.Source.IsEmpty() {
		var ok bool
		srcS, srcE, ok = x.sourceLeft(p, lo, i)
		if !ok || !x.validSource(p, srcS, srcE, quoted) {
			return c, false
		}
		c.q.Source = x.span(p, srcS, srcE)
	}
	// "told a tale of two towns": the story is what is told, no one told
	story := f.lemma == "tell" && x.toldStory(p, a, hi)
	as, ae := addresseeAfter(p, a, hi, f.lemma)
	if story {
		as, ae = a, a
	}
	if ae > as {
		c.q.Addressee = x.span(p, as, ae)
		a = ae
	} else if c.q.Addressee.IsEmpty() {
		c.q.Addressee = x.briefingAddressee(p, lo, hi)
	}
	if f.lemma == "tell" && ae == as && !story {
		return c, false // "told" needs someone told
	}
	// "the levy, which inspectors said will lapse in May", "a note that
	// she said was penned by the board": the cue stands inside a relative
	// clause whose subject is the relative pronoun, so the clause after
	// the cue opens on its verb
	if end, ok := relativeGapClause(p, lo, srcS, a, hi); ok && !borrow && !f.gerund {
		c.q.Content = x.span(p, a, end)
		return c, true
	}
	if f.lemma == "add" && a < hi && (startsWithDigit(p.toks[a].text) || p.toks[a].text == "$" || p.toks[a].text == "£" || p.toks[a].text == "€") {
		return c, false // "Employers added 175,000 jobs": a number added, not words
	}
	// "X said Friday, the plan …": a time phrase and a comma, then the
	// clause; only when no content precedes the source
	if k := skipTimePhrase(p, a, hi); !borrow && k > a && k+2 < hi && p.toks[k].text == "," && p.toks[k+1].kind == 'w' && !x.asideRest(p, a, hi) {
		if _, before := contentBeforeEnd(p, lo, srcS); !before && x.clauseLike(p, k+1, hi) && !adverbialStarts[p.toks[k+1].lower] && !weakVerbs[f.lemma] {
			if f2, ok := cueForms[p.toks[k+1].lower]; !ok || !f2.gerund {
				if content, ok := x.contentAfter(p, k+1, lo, hi, false); ok {
					c.q.Content = content
					return c, true
				}
			}
		}
	}
	// "C, X said." — the content comes first
	// ("He said, however, that C" has no content before: read on)
	// ("X said, “…”" with nothing before the source is a lead: the
	// quotation follows)
	_, before := contentBeforeEnd(p, lo, srcS)
	// ("When asked about the levy, she said …": a fronted clause of
	// being asked is no content; the cue reports what follows it)
	asked := before && askedClauseOnly(p, lo, srcS-1) && a+1 < hi && p.toks[a].text == "," && p.toks[a+1].kind == 'q'
	before = before && !asked
	// (also after a fronted phrase: "On CBS the day before, she stated,
	// “…”")
	leadComma := (!before || frontedOpeners[p.toks[lo].lower]) && a+1 < hi && p.toks[a].text == "," && p.toks[a+1].kind == 'q'
	// "…, who told the council when asked: “…”": a relative pronoun's
	// verb reports what follows it, never the clause its antecedent
	// stands in
	relative := !borrow && srcE == srcS+1 && srcS > lo && p.toks[srcS-1].text == "," && (p.toks[srcS].lower == "who" || p.toks[srcS].lower == "which")
	if !borrow && !leadComma && !relative && !asked && x.tailish(p, a, hi) && (before || !x.thatAfterAside(p, a, hi)) {
		content, ok := x.contentBeforeSource(p, lo, hi, srcS, a)
		if !ok {
			return c, false
		}
		c.q.Content = content
		return c, true
	}
	// "X said (adverbials) that C", "X said C"
	for a < hi && p.toks[a].text == "," {
		a++
	}
	thatAt := -1
	for k := a; k < hi && k < a+20; k++ {
		if p.toks[k].lower == "that" {
			thatAt = k
			break
		}
		if p.toks[k].kind == 'q' || p.toks[k].kind == 'p' && p.toks[k].text != "," {
			break // a "that" inside quote marks belongs to the quotation
		}
	}
	switch {
	case thatAt == a && stanceVerbs[f.lemma] && !x.finiteClause(p, a+1, hi):
		// "disputed that account": "that" is a determiner; the stance
		// has a noun content only for verbs that take one
		if f.class&cueNoun == 0 {
			return c, false
		}
	case thatAt == a:
		a++
	case thatAt > a && (adverbialStarts[p.toks[a].lower] || timeWords[p.toks[a].lower] || p.toks[a].text == "," || durationEnd(p, a, hi) == thatAt),
		thatAt > a && p.toks[thatAt-1].text == "," && (x.adverbialLike(p, a) || p.toks[a-1].text == ","):
		// "said Tuesday that", "said, however, that", "has argued for
		// years that"
		a = thatAt + 1
	case thatAt > a && f.lemma == "tell" && ae > as && ae == a && p.toks[a].lower == "of":
		// "told the families of the victims that ...": the addressee goes on
		end := a + 1
		for end < thatAt && (!addresseeStops[p.toks[end].lower] || p.toks[end].lower == "of") && p.toks[end].kind == 'w' {
			end++
		}
		c.q.Addressee = x.span(p, as, end)
		a = thatAt + 1
	default:
		// "did not respond to the letter", "never mentioned the levy": a
		// refusal to speak, as "declined to comment" is
		declined := declinedSpeech(p, lo, i, a, hi, f.lemma)
		if declined {
			// the cue holds the negation and its auxiliary, as annotated:
			// "did not mention", "has not yet responded to"
			cueEnd := i + 1
			if f.lemma == "respond" {
				cueEnd, a = a+1, a+1
			}
			c.q.Cue = x.span(p, negationStart(p, lo, i), cueEnd)
		}
		if !declined {
			if k := skipTimePhrase(p, a, hi); k > a && k < hi && p.toks[k].kind == 'w' {
				a = k
			} else if k := x.adverbialThenClause(p, a, hi); k > a {
				a = k // "said in an interview he would run"
			}
		}
		if a < hi && p.toks[a].lower == "on" && a+1 < hi && timeWords[p.toks[a+1].lower] && isCapitalized(p.toks[a+1].text) {
			a += 2
		}
		if commissiveVerbs[f.lemma] && a+1 < hi && p.toks[a].lower == "to" && x.infinitiveAt(p, a+1, hi) {
			// "pledged to cancel the accord": a promise reports its
			// infinitive
			content, ok := x.contentAfter(p, a, lo, hi, false)
			if !ok {
				return c, false
			}
			c.q.Content = content
			return c, true
		}
		if approximator(p, a, hi) {
			// "says about two-thirds of ...": a quantity opens the content
		} else if a < hi && contentPrepositions[p.toks[a].lower] && f.class&cueNoun != 0 {
			a++
		} else if !declined && a < hi && (adverbialStarts[p.toks[a].lower] || contentPrepositions[p.toks[a].lower] || p.toks[a].lower == "to") && !isCapitalized(p.toks[a].text) && !timeWordSubject(p, a, hi) {
			return c, false
		}
		// "asked Stone if he would …", "wondered whether …": an embedded
		// question is the content
		question := questionVerbs[f.lemma] && a < hi && questionOpeners[p.toks[a].lower] && x.clauseLike(p, a+1, hi)
		// "explained how he built the business", "noted how happy she
		// was": a wh-clause is what was explained or noted
		question = question || weakVerbs[f.lemma] && a < hi && whOpeners[p.toks[a].lower] && x.clauseLike(p, a+1, hi)
		// "A WKRB poll showed Mr. Stone leading": what a poll, a study or
		// records show or find is reported whatever its form
		evidence := findingVerbs[f.lemma] && !borrow && evidenceSource(p, srcS, srcE)
		// "Harbor County Says Mayor Should Win Party Nomination": the
		// tagger reads a title-case clause as names; the title reports it
		// "half said so", "voters say the same of Stone": a pro-form
		// stands for the clause
		evidence = evidence || f.lemma == "say" && a+1 < hi && (p.toks[a].lower == "so" && !isNameTok(p.toks[a]) && p.toks[a+1].kind == 'p' || p.toks[a].lower == "the" && p.toks[a+1].lower == "same")
		evidence = evidence || titleSayVerbs[f.lemma] && isCapitalized(p.toks[i].text) && x.titleCaseCue(p, i) && hi-a >= 3 && !borrow && !cueInside(p, srcS, srcE)
		// a person who suggests a clause proposes or implies it; a
		// document or a figure that does hedges it
		nounTaker := nounTakers[f.lemma] && !(f.lemma == "suggest" && x.personSource(p, srcS, srcE))
		determined := determinedNounVerbs[f.lemma] && a < hi && (nounDeterminers[p.toks[a].lower] || ownerName(p, a, hi)) || story
		if !question && !evidence && !declined && !determined && (weakVerbs[f.lemma] && !x.pronounClause(p, a, hi) && !(!nounTaker && x.shortSubjectClause(p, a, hi)) || (f.class&cueNoun == 0 && !x.clauseLike(p, a, hi))) {
			return c, false
		}
		if a < hi && contentAux[p.toks[a].lower] {
			return c, false // "the report was buried": a noun, not a cue
		}
	}
	for a < hi && p.toks[a].text == ":" {
		a++ // "recommended that: (1) ..."
	}
	content, ok := x.contentAfter(p, a, lo, hi, false)
	if !ok {
		return c, false
	}
	// "Vance, who told the Gazette that Stone misled her, spoke": the
	// relative clause, and its content, end at the comma
	// "When Stone said he would “keep the harbor open,” the crowd
	// applauded": so does a fronted subordinate clause, the main clause
	// following its comma
	subordinate := srcS > lo && subordinators[p.toks[srcS-1].lower] && (srcS-1 == lo || p.toks[srcS-2].text == ",")
	if subordinate || srcE == srcS+1 && p.toks[srcS].lower == "who" && srcS > lo && p.toks[srcS-1].text == "," {
		for k := a; k < hi && p.toks[k].start < content.End; k++ {
			if p.toks[k].text == "," && k > a {
				content.End = p.closeFragment(content.Start, p.toks[k-1].end)
				break
			}
		}
	}
	c.q.Content = content
	return c, true
}

// contentBeforeSource returns the content of "C, X said": the words of
// the sentence from token lo up to the comma before the source, which
// starts at token srcS (a is the token after the cue). An aside inside
// the reported sentence ("These, he said, are …") leaves one span: the
// part after the aside when the part before is only a connective or a
// conjunction that opens it ("Moreover, he said, …", "… since, he said,
// it would …"), else the larger part.
func (x *extraction) contentBeforeSource(p *para, lo, hi, srcS, a int) (pipeline.Span, bool) {
	end, ok := contentBeforeEnd(p, lo, srcS)
	if !ok {
		return pipeline.Span{}, false
	}
	start := lo
	if start >= srcS-1 {
		return pipeline.Span{}, false
	}
	content := pipeline.Span{Start: p.toks[start].start, End: end}
	if x.asideRest(p, a, hi) {
		if after, ok := x.contentAfter(p, a+1, a+1, hi, false); ok {
			before := srcS - 1 - start
			rest := p.tokIndex(after.End) - (a + 1)
			// a part before that opens with a subordinator is not the
			// main clause: "Where one club existed, he says, two will …"
			if connectiveOnly(p, start, srcS-1) || openerEnd(p, srcS-2) || rest > before || subordinators[p.toks[start].lower] {
				content = after
			}
		}
	}
	return content, true
}

// thatAfterAside reports whether ", ASIDE, that" follows the cue (token a
// is the comma): "He said, however, that C".
func (x *extraction) thatAfterAside(p *para, a, hi int) bool {
	if a+1 >= hi || p.toks[a].text != "," || p.toks[a+1].kind != 'w' {
		return false
	}
	// any short run of words closed by a comma before "that" is an aside:
	// "said, however, that", "said, among other things, that"
	for k := a + 2; k+1 < hi && k < a+7; k++ {
		if p.toks[k].text == "," {
			return p.toks[k+1].lower == "that"
		}
		if p.toks[k].kind != 'w' {
			return false
		}
	}
	return false
}

// personSource reports whether tokens [s, e) name a person: a personal
// pronoun or a person mention.
func (x *extraction) personSource(p *para, s, e int) bool {
	if e == s+1 && personPronouns[p.toks[s].lower] {
		return true
	}
	return e > s && x.hasPersonMention(x.span(p, s, e))
}

// questionOpeners open an embedded question: "asked if …", "asked what
// he thought of …", "asked which candidate won".
var questionOpeners = set("if", "whether", "what", "which", "who", "whom", "how", "why", "when", "where")

// questionVerbs report an embedded question: "asked if", "wondered whether".
var questionVerbs = set("ask", "wonder", "question", "inquire")

// briefingAddressee finds "(in a briefing|an interview|a call) with X" in
// the sentence: X heard what was said.
func (x *extraction) briefingAddressee(p *para, lo, hi int) pipeline.Span {
	for k := lo; k+2 < hi; k++ {
		switch p.toks[k].lower {
		case "briefing", "interview", "call", "conversation", "conference", "meeting":
			if p.toks[k+1].lower == "with" {
				s, e := npRight(p, k+2, hi, addresseeStops)
				return x.span(p, s, e)
			}
		}
	}
	return pipeline.Span{}
}
