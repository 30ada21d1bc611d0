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
// that C", "after asserting C"). It reads left to right: the cue, the
// source before it, the addressee after it, then where the content
// stands (before the source, after "that", or right after the cue) and
// where it ends.
func (x *extraction) verbal(p *para, pi, i, lo, hi int, quoted bool, lastInSentence int) (cand, bool) {
	f, ok := x.reportingVerb(p, i, lo, hi)
	if !ok {
		return cand{}, false
	}
	v := &verbReading{p: p, pi: pi, i: i, lo: lo, hi: hi, quoted: quoted, f: f, last: lastInSentence}
	v.c = cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
	v.c.q.Type = pipeline.QuoteIndirect
	v.c.q.Cue = x.span(p, i, i+1)
	v.a = i + 1
	if particleVerbs[f.lemma] != nil {
		v.c.q.Cue = x.span(p, i, i+2) // "pointed out"
		v.a = i + 2
	}
	if f.gerund {
		if !x.gerundAnchored(v) {
			// no attribution before in the sentence: the gerund reports
			// for the subject of the main clause, whatever its verb
			return x.participial(p, pi, i, lo, hi, quoted)
		}
	} else if i > lo && p.toks[i-1].lower == "and" && v.last >= 0 && !x.cands[v.last].q.Source.IsEmpty() {
		v.borrow = true
	}
	if !x.verbalSource(v) || !x.verbalAddressee(v) {
		return v.c, false
	}
	// "the levy, which inspectors said will lapse in May", "a note that
	// she said was penned by the board": the cue stands inside a relative
	// clause whose subject is the relative pronoun, so the clause after
	// the cue opens on its verb
	if end, ok := relativeGapClause(p, lo, v.srcS, v.a, hi); ok && !v.borrow && !f.gerund {
		v.c.q.Content = x.span(p, v.a, end)
		return v.c, true
	}
	if f.lemma == "add" && v.a < hi && (startsWithDigit(p.toks[v.a].text) || p.toks[v.a].text == "$" || p.toks[v.a].text == "£" || p.toks[v.a].text == "€") {
		return v.c, false // "Employers added 175,000 jobs": a number added, not words
	}
	if content, ok := x.clauseAfterTimeComma(v); ok {
		return v.withContent(content, true)
	}
	if x.contentComesFirst(v) {
		return v.withContent(x.contentBeforeSource(p, lo, hi, v.srcS, v.a))
	}
	infinitive, ok := x.contentOpening(v)
	if !ok {
		return v.c, false
	}
	if infinitive {
		return v.withContent(x.contentAfter(p, v.a, lo, hi, false))
	}
	for v.a < hi && p.toks[v.a].text == ":" {
		v.a++ // "recommended that: (1) ..."
	}
	content, ok := x.contentAfter(p, v.a, lo, hi, false)
	if !ok {
		return v.c, false
	}
	v.c.q.Content = x.endAtClauseComma(v, content)
	return v.c, true
}

// verbReading is one reporting verb as verbal reads it: where it stands,
// what the steps so far have found, and the candidate they fill in.
type verbReading struct {
	p          *para
	pi, i      int  // the paragraph and the cue's token
	lo, hi     int  // the tokens of the region the attribution must lie in
	quoted     bool // the region is the content of a direct quote
	f          cueForm
	last       int  // the last attribution added in the sentence, or -1
	borrow     bool // the cue takes that attribution's source
	srcS, srcE int  // the source's tokens when read from the sentence
	as, ae     int  // the addressee's tokens after the cue
	story      bool // "told a tale of two towns": the story is what is told
	a          int  // the first token after what has been read
	c          cand
}

// withContent returns the candidate with the content read, and whether
// one was.
func (v *verbReading) withContent(content pipeline.Span, ok bool) (cand, bool) {
	if !ok {
		return v.c, false
	}
	v.c.q.Content = content
	return v.c, true
}

// reportingVerb returns the cue form of the word at token i when it can
// report speech there: not a verb of manner without "that" or a
// quotation after it, nor a capitalised word inside a sentence, nor what
// a finding "would show", nor the subject noun of a reporting verb right
// after it.
func (x *extraction) reportingVerb(p *para, i, lo, hi int) (cueForm, bool) {
	f, ok := x.verbCue(p, i)
	// a verb of manner reports a clause it introduces with "that"
	// ("Reyes joked that …"); otherwise only after a quotation
	// ("the crowd chanted “Send him home!”": a vocal verb reports the
	// quotation right after it)
	tailOnly := f.class == cueTailOnly && !(i+1 < hi && p.toks[i+1].lower == "that") && !vocalQuotation(p, i, hi)
	if !ok || tailOnly || isCapitalized(p.toks[i].text) && i != lo && !x.titleCaseCue(p, i) {
		return f, false
	}
	// "retaking it would show that …": what a finding would show is a
	// consequence, not a report
	if findingVerbs[f.lemma] && i > lo && modalVerbs[p.toks[i-1].lower] {
		return f, false
	}
	// "Some reports say …": a reporting verb right after makes this word
	// its subject noun, not a second cue
	// ("Earnings reports for HSBC said …": also a few words later)
	if nominalCues[p.toks[i].lower] {
		for k := i + 1; k < hi && k <= i+5 && p.toks[k].kind == 'w'; k++ {
			if f2, ok := cueForms[p.toks[k].lower]; ok && !f2.gerund && f2.class != cueTailOnly && !isCapitalized(p.toks[k].text) {
				return f, false
			}
		}
	}
	return f, true
}

// gerundAnchored reports whether the reporting gerund at v.i depends on a
// clause of the sentence: it is the verb of a progressive ("are calling
// for", "isn’t saying"), or a linking word ties it to the attribution
// before it, whose source it borrows (v.borrow: "…, adding that C",
// "“…,” said Ward at the time, adding that …"). A gerund anchored to
// neither reports for the subject of the main clause.
func (x *extraction) gerundAnchored(v *verbReading) bool {
	p, lo, i := v.p, v.lo, v.i
	prev := ""
	if i > lo {
		prev = p.toks[i-1].lower
	}
	switch {
	case progressiveAux[prev]:
	case i-2 >= lo && floatingQuantifier(p, i-1) && progressiveAux[p.toks[i-2].lower]:
		// "Lee and Ward are all calling for": a floating quantifier
		// inside the progressive
	case !v.quoted && !insideDoubleMarks(p, p.toks[i].start) && x.progressiveBefore(p, lo, i) >= 0:
		// "Ward isn’t saying what …", "she’s not promising a
		// repeal", "growers are privately saying the price is
		// low": a negation or
		// an adverb inside the progressive, or its auxiliary
		// contracted onto the subject. Not inside a quotation,
		// a fragment's too, where "I’m telling you" and "he’s
		// saying a lot of the right things" are talk, not a report
		// of speech.
	case gerundLinks[prev] && v.last >= 0 && !x.cands[v.last].q.Source.IsEmpty():
		v.borrow = true
	case gerundLinks[prev] && v.last < 0 && x.tailBefore(p, v.pi, i) >= 0:
		// "“…,” said Ward at the time, adding that …", "“…,” Lee
		// responded before adding that …": the quotation's tail
		// is the clause the gerund depends on
		v.last, v.borrow = x.tailBefore(p, v.pi, i), true
	default:
		return false
	}
	return true
}

// verbalSource sets the cue's source: the subject a progressive's
// auxiliary holds or follows ("they’re endorsing", "Ward isn’t saying"),
// the source of the attribution the cue borrows from, or else the phrase
// left of the cue. It reports false when the phrase read is no source.
func (x *extraction) verbalSource(v *verbReading) bool {
	p, lo, i := v.p, v.lo, v.i
	if k := x.progressiveBefore(p, lo, i); v.f.gerund && !v.borrow && !v.quoted && !insideDoubleMarks(p, p.toks[i].start) && k >= 0 {
		// "they’re endorsing": the subject is inside the auxiliary's
		// token; the source is the pronoun alone
		if stem, ok := contractedSubject(p.toks[k].lower); ok {
			t := p.toks[k]
			v.c.q.Source = pipeline.Span{Start: t.start, End: t.start + len(stem)}
			v.srcS, v.srcE = k, k+1
		} else if negatedBe[p.toks[k].lower] {
			// "Ward isn’t saying": the subject is left of the
			// auxiliary, which the source's auxiliaries do not list
			s, e, ok := x.sourceLeft(p, lo, k)
			if !ok || !x.validSource(p, s, e, v.quoted) {
				return false
			}
			v.c.q.Source, v.srcS, v.srcE = x.span(p, s, e), s, e
		}
	}
	if v.borrow {
		prev := x.cands[v.last]
		v.c.q.Source, v.c.q.Addressee = prev.q.Source, prev.q.Addressee
		v.c.speakerOf = v.last + 1
	} else if v.c.q.Source.IsEmpty() {
		s, e, ok := x.sourceLeft(p, lo, i)
		if !ok || !x.validSource(p, s, e, v.quoted) {
			return false
		}
		v.srcS, v.srcE = s, e
		v.c.q.Source = x.span(p, s, e)
	}
	return true
}

// verbalAddressee sets whom the cue addresses: the phrase after it ("told
// the council"), else one the sentence has in a briefing or an interview
// with them, and reads past the phrase. It reports false for a "told"
// with no one told; in "told a tale of two towns" the story is what is
// told, and no one is.
func (x *extraction) verbalAddressee(v *verbReading) bool {
	p, hi, f := v.p, v.hi, v.f
	v.story = f.lemma == "tell" && x.toldStory(p, v.a, hi)
	v.as, v.ae = addresseeAfter(p, v.a, hi, f.lemma)
	if v.story {
		v.as, v.ae = v.a, v.a
	}
	if v.ae > v.as {
		v.c.q.Addressee = x.span(p, v.as, v.ae)
		v.a = v.ae
	} else if v.c.q.Addressee.IsEmpty() {
		v.c.q.Addressee = x.briefingAddressee(p, v.lo, hi)
	}
	return !(f.lemma == "tell" && v.ae == v.as && !v.story) // "told" needs someone told
}

// clauseAfterTimeComma returns the content of "X said Friday, the plan
// …": a time phrase and a comma after the cue, then the clause. Only when
// no content precedes the source, and not for a borrowed source.
func (x *extraction) clauseAfterTimeComma(v *verbReading) (pipeline.Span, bool) {
	p, lo, hi, a := v.p, v.lo, v.hi, v.a
	if k := skipTimePhrase(p, a, hi); !v.borrow && k > a && k+2 < hi && p.toks[k].text == "," && p.toks[k+1].kind == 'w' && !x.asideRest(p, a, hi) {
		if _, before := contentBeforeEnd(p, lo, v.srcS); !before && x.clauseLike(p, k+1, hi) && !adverbialStarts[p.toks[k+1].lower] && !weakVerbs[v.f.lemma] {
			if f2, ok := cueForms[p.toks[k+1].lower]; !ok || !f2.gerund {
				if content, ok := x.contentAfter(p, k+1, lo, hi, false); ok {
					return content, true
				}
			}
		}
	}
	return pipeline.Span{}, false
}

// contentComesFirst reports whether the content stands before the source:
// "C, X said".
func (x *extraction) contentComesFirst(v *verbReading) bool {
	p, lo, hi, a, srcS, srcE := v.p, v.lo, v.hi, v.a, v.srcS, v.srcE
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
	relative := !v.borrow && srcE == srcS+1 && srcS > lo && p.toks[srcS-1].text == "," && (p.toks[srcS].lower == "who" || p.toks[srcS].lower == "which")
	return !v.borrow && !leadComma && !relative && !asked && x.tailish(p, a, hi) && (before || !x.thatAfterAside(p, a, hi))
}

// contentOpening reads past what stands between the cue and its content
// in "X said (adverbials) that C" and "X said C", moving v.a to where the
// content starts. It reports false when the words after the cue are no
// content the verb reports, and infinitive for a promise's infinitive
// ("pledged to cancel the accord"), which is read as it stands.
func (x *extraction) contentOpening(v *verbReading) (infinitive, ok bool) {
	p, hi, f := v.p, v.hi, v.f
	for v.a < hi && p.toks[v.a].text == "," {
		v.a++
	}
	thatAt := thatAfterCue(p, v.a, hi)
	switch {
	case thatAt == v.a && stanceVerbs[f.lemma] && !x.finiteClause(p, v.a+1, hi):
		// "disputed that account": "that" is a determiner; the stance
		// has a noun content only for verbs that take one
		if f.class&cueNoun == 0 {
			return false, false
		}
	case thatAt == v.a:
		v.a++
	case thatAt > v.a && (adverbialStarts[p.toks[v.a].lower] || timeWords[p.toks[v.a].lower] || p.toks[v.a].text == "," || durationEnd(p, v.a, hi) == thatAt),
		thatAt > v.a && p.toks[thatAt-1].text == "," && (x.adverbialLike(p, v.a) || p.toks[v.a-1].text == ","):
		// "said Tuesday that", "said, however, that", "has argued for
		// years that"
		v.a = thatAt + 1
	case thatAt > v.a && f.lemma == "tell" && v.ae > v.as && v.ae == v.a && p.toks[v.a].lower == "of":
		// "told the families of the victims that ...": the addressee goes on
		end := v.a + 1
		for end < thatAt && (!addresseeStops[p.toks[end].lower] || p.toks[end].lower == "of") && p.toks[end].kind == 'w' {
			end++
		}
		v.c.q.Addressee = x.span(p, v.as, end)
		v.a = thatAt + 1
	default:
		return x.bareContent(v)
	}
	return false, true
}

// thatAfterCue returns the index of the first "that" among the 20 tokens
// from token a, or -1 when a quotation mark or punctuation other than a
// comma comes first.
func thatAfterCue(p *para, a, hi int) int {
	for k := a; k < hi && k < a+20; k++ {
		if p.toks[k].lower == "that" {
			return k
		}
		if p.toks[k].kind == 'q' || p.toks[k].kind == 'p' && p.toks[k].text != "," {
			break // a "that" inside quote marks belongs to the quotation
		}
	}
	return -1
}

// bareContent reads a content with no "that" before it ("X said C",
// "denied the report", "pledged to C", "asked if C"), moving v.a past a
// time phrase or an adverbial to its start. A refusal to speak ("did not
// respond to the letter") takes its negation into the cue. It reports
// false when the words after the cue are no content the verb reports,
// and infinitive for a promise's infinitive.
func (x *extraction) bareContent(v *verbReading) (infinitive, ok bool) {
	p, lo, i, hi, f := v.p, v.lo, v.i, v.hi, v.f
	// "did not respond to the letter", "never mentioned the levy": a
	// refusal to speak, as "declined to comment" is
	declined := declinedSpeech(p, lo, i, v.a, hi, f.lemma)
	if declined {
		// the cue holds the negation and its auxiliary, as annotated:
		// "did not mention", "has not yet responded to"
		cueEnd := i + 1
		if f.lemma == "respond" {
			cueEnd, v.a = v.a+1, v.a+1
		}
		v.c.q.Cue = x.span(p, negationStart(p, lo, i), cueEnd)
	}
	if !declined {
		if k := skipTimePhrase(p, v.a, hi); k > v.a && k < hi && p.toks[k].kind == 'w' {
			v.a = k
		} else if k := x.adverbialThenClause(p, v.a, hi); k > v.a {
			v.a = k // "said in an interview he would run"
		}
	}
	if v.a < hi && p.toks[v.a].lower == "on" && v.a+1 < hi && timeWords[p.toks[v.a+1].lower] && isCapitalized(p.toks[v.a+1].text) {
		v.a += 2
	}
	if commissiveVerbs[f.lemma] && v.a+1 < hi && p.toks[v.a].lower == "to" && x.infinitiveAt(p, v.a+1, hi) {
		// "pledged to cancel the accord": a promise reports its
		// infinitive
		return true, true
	}
	if approximator(p, v.a, hi) {
		// "says about two-thirds of ...": a quantity opens the content
	} else if v.a < hi && contentPrepositions[p.toks[v.a].lower] && f.class&cueNoun != 0 {
		v.a++
	} else if !declined && v.a < hi && (adverbialStarts[p.toks[v.a].lower] || contentPrepositions[p.toks[v.a].lower] || p.toks[v.a].lower == "to") && !isCapitalized(p.toks[v.a].text) && !timeWordSubject(p, v.a, hi) {
		return false, false
	}
	if !x.reportsBareContent(v, declined) {
		return false, false
	}
	if v.a < hi && contentAux[p.toks[v.a].lower] {
		return false, false // "the report was buried": a noun, not a cue
	}
	return false, true
}

// reportsBareContent reports whether the verb reports the words at v.a
// with no "that" before them: an embedded question, what a poll or a
// study shows, a pro-form, a title-case headline's clause, a noun phrase
// the verb takes, a refusal's object, or a clause a verb that weakly
// reports speech ("explained", "noted") takes only when it is plainly one.
func (x *extraction) reportsBareContent(v *verbReading, declined bool) bool {
	p, i, hi, a, f := v.p, v.i, v.hi, v.a, v.f
	// "asked Stone if he would …", "wondered whether …": an embedded
	// question is the content
	question := questionVerbs[f.lemma] && a < hi && questionOpeners[p.toks[a].lower] && x.clauseLike(p, a+1, hi)
	// "explained how he built the business", "noted how happy she
	// was": a wh-clause is what was explained or noted
	question = question || weakVerbs[f.lemma] && a < hi && whOpeners[p.toks[a].lower] && x.clauseLike(p, a+1, hi)
	// "A WKRB poll showed Mr. Stone leading": what a poll, a study or
	// records show or find is reported whatever its form
	evidence := findingVerbs[f.lemma] && !v.borrow && evidenceSource(p, v.srcS, v.srcE)
	// "Harbor County Says Mayor Should Win Party Nomination": the
	// tagger reads a title-case clause as names; the title reports it
	// "half said so", "voters say the same of Stone": a pro-form
	// stands for the clause
	evidence = evidence || f.lemma == "say" && a+1 < hi && (p.toks[a].lower == "so" && !isNameTok(p.toks[a]) && p.toks[a+1].kind == 'p' || p.toks[a].lower == "the" && p.toks[a+1].lower == "same")
	evidence = evidence || titleSayVerbs[f.lemma] && isCapitalized(p.toks[i].text) && x.titleCaseCue(p, i) && hi-a >= 3 && !v.borrow && !cueInside(p, v.srcS, v.srcE)
	// a person who suggests a clause proposes or implies it; a
	// document or a figure that does hedges it
	nounTaker := nounTakers[f.lemma] && !(f.lemma == "suggest" && x.personSource(p, v.srcS, v.srcE))
	determined := determinedNounVerbs[f.lemma] && a < hi && (nounDeterminers[p.toks[a].lower] || ownerName(p, a, hi)) || v.story
	if !question && !evidence && !declined && !determined && (weakVerbs[f.lemma] && !x.pronounClause(p, a, hi) && !(!nounTaker && x.shortSubjectClause(p, a, hi)) || (f.class&cueNoun == 0 && !x.clauseLike(p, a, hi))) {
		return false
	}
	return true
}

// endAtClauseComma ends the content at the first comma after v.a when the
// cue stands in a clause that the comma closes: a relative clause on the
// source ("Vance, who told the Gazette that Stone misled her, spoke") or
// a fronted subordinate clause ("When Stone said he would “keep the
// harbor open,” the crowd applauded"), the main clause following the
// comma.
func (x *extraction) endAtClauseComma(v *verbReading, content pipeline.Span) pipeline.Span {
	p, lo, hi, srcS, srcE := v.p, v.lo, v.hi, v.srcS, v.srcE
	subordinate := srcS > lo && subordinators[p.toks[srcS-1].lower] && (srcS-1 == lo || p.toks[srcS-2].text == ",")
	if subordinate || srcE == srcS+1 && p.toks[srcS].lower == "who" && srcS > lo && p.toks[srcS-1].text == "," {
		for k := v.a; k < hi && p.toks[k].start < content.End; k++ {
			if p.toks[k].text == "," && k > v.a {
				content.End = p.closeFragment(content.Start, p.toks[k-1].end)
				break
			}
		}
	}
	return content
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
