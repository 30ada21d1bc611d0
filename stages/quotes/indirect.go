package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Indirect and mixed attributions through a reporting verb: the scan of a
// paragraph for cues, the verb's source and content ("X said (that) C",
// "C, X said", "X told Y C", ", adding that C"), and the title-case
// headline cue ("Mayor Says She …"). Whether a clause follows the cue is
// in clausestart.go, where the content ends in clauseend.go, the cues
// that are phrases or nouns in phrasecues.go, and quoted fragments with
// no cue in cueless.go.

// region returns the byte range around offset off in which an indirect
// attribution must lie: its sentence, cut at the marks of direct quotes
// (inside a direct quote, the quote's content).
func (p *para) region(off int) (int, int, bool) {
	sent := p.sentenceOf(off)
	lo, hi := sent[0], sent[1]
	quoted := false
	for mi, m := range p.marks {
		if !p.direct[mi] {
			continue
		}
		switch {
		case off >= m.content[0] && off < m.content[1]:
			lo, hi = max(lo, m.content[0]), min(hi, m.content[1])
			quoted = true
		case m.closeEnd <= off && m.closeEnd > lo:
			lo = m.closeEnd
		case m.open > off && m.open < hi:
			hi = m.open
		}
	}
	return lo, hi, quoted
}

// indirect finds the indirect and mixed attributions of paragraph pi.
func (x *extraction) indirect(pi int) {
	p := &x.paras[pi]
	lastInSentence := -1
	lastSent := -1
	for i := 0; i < len(p.toks); i++ {
		t := p.toks[i]
		if t.kind != 'w' {
			continue
		}
		if evaluativeCues[t.lower] || asEvaluativeCues[t.lower] {
			if c, ok := x.calledQuote(p, pi, i); ok {
				lastInSentence = x.add(c)
				continue
			}
			if c, ok := x.calledUnquoted(p, pi, i); ok {
				lastInSentence = x.add(c)
				continue
			}
			if _, isCue := cueForms[t.lower]; !isCue {
				continue
			}
		}
		if t.lower == "in" {
			if c, ok := x.inEvidence(p, pi, i); ok {
				lastInSentence = x.add(c)
			}
			continue
		}
		if t.lower == "as" {
			if c, ok := x.asPutItReport(p, pi, i); ok {
				x.markMixed(p, &c)
				lastInSentence = x.add(c)
			}
			continue
		}
		if madeForms[t.lower] {
			if c, ok := x.madeClear(p, pi, i); ok {
				lastInSentence = x.add(c)
			}
			continue
		}
		if _, isCue := cueForms[t.lower]; !isCue && !nominalCues[t.lower] && t.lower != "according" {
			continue
		}
		if x.usedCue[t.start] || x.inSource(t.start) {
			continue
		}
		rlo, rhi, quoted := p.region(t.start)
		lo, hi := p.tokIndex(rlo), p.tokIndex(rhi)
		if s := p.sentenceOf(t.start)[0]; s != lastSent {
			lastSent, lastInSentence = s, -1
		}
		var c cand
		ok := false
		switch {
		case t.lower == "according" && i+1 < hi && p.toks[i+1].lower == "to":
			ok = x.accordingTo(p, pi, i, lo, hi, quoted)
			if ok {
				lastInSentence = len(x.cands) - 1
				if i+2 < len(p.toks) {
					i++
				}
			}
			continue
		case nominalCues[t.lower]:
			c, ok = x.nominal(p, pi, i, lo, hi)
			if !ok {
				c, ok = x.verbal(p, pi, i, lo, hi, quoted, lastInSentence)
			}
		default:
			c, ok = x.askedQuestion(p, pi, i, lo, hi)
			if !ok {
				c, ok = x.verbal(p, pi, i, lo, hi, quoted, lastInSentence)
			}
			if !ok {
				c, ok = x.invertedIndirect(p, pi, i, lo, hi, quoted)
			}
		}
		if !ok {
			continue
		}
		x.markMixed(p, &c)
		if f := cueForms[t.lower]; f.class&cueQuoted != 0 && c.q.Type != pipeline.QuoteMixed && !x.asCharacterization(c) && !x.describedNoun(c, f.lemma) {
			continue
		}
		if x.leadsIntoDirect(p, c) {
			continue
		}
		lastInSentence = x.add(c)
	}
}

// asCharacterization reports whether a report's content gives its object
// a quality through "as": "described the town as beset by crime",
// "portrayed him as weak" (an object of one to four words, then "as" and
// more words). What the speaker called the object is the speaker's
// characterization, as a quotation is; "described the plan in detail"
// and "defended the plan" tell of an act.
func (x *extraction) asCharacterization(c cand) bool {
	words := strings.Fields(x.text[c.q.Content.Start:c.q.Content.End])
	if len(words) == 0 || whOpeners[strings.ToLower(words[0])] {
		return false // "described how the bridge fell as the storm hit"
	}
	for k := 1; k < len(words)-1 && k <= 4; k++ {
		if strings.ToLower(words[k]) == "as" {
			return true
		}
		if strings.ContainsAny(words[k-1], ",;:") {
			return false
		}
	}
	return false
}

// describedNoun reports whether a "describe" report has a noun phrase
// opened by a determiner or a possessive as its content ("described the
// dire state of the race", "described their struggles"): an account in
// the speaker's words, annotated in the 9 finite uses of the shape on
// half A of the training split. "defend" and "attack" (14 of 23) stay
// acts there.
// A content holding a name in double marks ("described the “Pearl”
// hotel") is left to the quotation rules, which read it as a naming.
func (x *extraction) describedNoun(c cand, lemma string) bool {
	content := x.text[c.q.Content.Start:c.q.Content.End]
	words := strings.Fields(content)
	return lemma == "describe" && len(words) >= 2 && nounDeterminers[strings.ToLower(words[0])] && !strings.ContainsAny(content, "\"“”")
}

// leadsIntoDirect reports whether a headline's report has a lone
// possessive as its content, right before a direct quotation: in `Lee
// slams council’s ‘costly levy’` the verb's noun content stops at the mark
// ("council’s"), and the quotation is the report, found with the same
// source and cue. A longer content before a quotation is kept: there the
// marks are more often a fragment of the report (`he would "strongly
// consider"`) than a quotation of its own.
func (x *extraction) leadsIntoDirect(p *para, c cand) bool {
	content := x.text[c.q.Content.Start:c.q.Content.End]
	if !p.headline || strings.ContainsAny(content, " \t") ||
		!(strings.HasSuffix(content, "’s") || strings.HasSuffix(content, "'s")) {
		return false
	}
	end := c.q.Content.End
	for mi, m := range p.marks {
		if p.direct[mi] && m.open >= end && strings.TrimSpace(x.text[end:m.open]) == "" {
			return true
		}
	}
	return false
}

// markMixed turns an indirect quote into a mixed one when its content holds
// quoted fragments.
func (x *extraction) markMixed(p *para, c *cand) {
	for mi, m := range p.marks {
		if p.direct[mi] || m.parent >= 0 || m.words == 0 {
			continue
		}
		if c.q.Content.Start <= m.open && m.closeEnd <= c.q.Content.End {
			content := x.text[m.content[0]:m.content[1]]
			if isTitleLike(content) || namingBefore(x.text[p.start:m.open]) {
				continue
			}
			c.q.Type = pipeline.QuoteMixed
			c.q.QuotedFragments = append(c.q.QuotedFragments, pipeline.Span{Start: m.content[0], End: m.content[1]})
		}
	}
}

func startsWithDigit(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }

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
		end, ok := contentBeforeEnd(p, lo, srcS)
		if !ok {
			return c, false
		}
		start := lo
		if start >= srcS-1 {
			return c, false
		}
		c.q.Content = pipeline.Span{Start: p.toks[start].start, End: end}
		// "These, he said, are …": an aside inside the reported sentence.
		// The content is one span: the part after the aside when the part
		// before is only a connective or a conjunction that opens it
		// ("Moreover, he said, …", "… since, he said, it would …"), else
		// the larger part.
		if x.asideRest(p, a, hi) {
			if after, ok := x.contentAfter(p, a+1, a+1, hi, false); ok {
				before := srcS - 1 - start
				rest := p.tokIndex(after.End) - (a + 1)
				// a part before that opens with a subordinator is not the
				// main clause: "Where one club existed, he says, two will …"
				if connectiveOnly(p, start, srcS-1) || openerEnd(p, srcS-2) || rest > before || subordinators[p.toks[start].lower] {
					c.q.Content = after
				}
			}
		}
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

// declinedSpeech reports whether the verb at token i, negated, tells of a
// refusal to speak about the noun phrase after it (a at the word after
// the verb): "did not mention Stone by name", "has not yet responded to
// the letter", "didn’t respond to a request for comment". Negated, these
// are annotated as reports in 26 of their 35 uses in half A of the
// training split, as "declined to comment" is. Unnegated, "responded to"
// is an act as often as a report, and "mentioned" reports only a noun
// phrase opened by a determiner (determinedNounVerbs).
func declinedSpeech(p *para, lo, i, a, hi int, lemma string) bool {
	if lemma != "mention" && lemma != "respond" {
		return false
	}
	if lemma == "respond" && (a >= hi || p.toks[a].lower != "to") {
		return false
	}
	if k := a; lemma == "respond" {
		k++
		if k >= hi || p.toks[k].kind != 'w' || isSentenceEnd(p.toks[k]) {
			return false
		}
	} else if a >= hi || p.toks[a].kind != 'w' || p.toks[a].lower == "that" || whOpeners[p.toks[a].lower] {
		return false // "did not mention that …" and "… how" are read already
	}
	for k := i - 1; k >= lo && k >= i-3; k-- {
		w := p.toks[k].lower
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if !negationAdverbs[w] {
			return false
		}
	}
	return false
}

// ownerName reports whether tokens from a are a name of up to three
// words, a title before it allowed, ending in a possessive: "Mr. Ward's",
// "Nora Vance’s" (a determiner in effect: "noted Ward's long record").
func ownerName(p *para, a, hi int) bool {
	for k := a; k < hi && k < a+4; k++ {
		t := p.toks[k]
		if t.kind != 'w' || !isCapitalized(t.text) {
			return false
		}
		if strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s") {
			return k+1 < hi && p.toks[k+1].kind == 'w'
		}
	}
	return false
}

// negationStart returns the first token of the negated verb group before
// token i: the auxiliary before "not" ("did not", "has not yet"), or a
// contracted or bare negation ("didn’t", "never").
func negationStart(p *para, lo, i int) int {
	k := i - 1
	for k > lo && negationAdverbs[p.toks[k].lower] {
		k--
	}
	if p.toks[k].lower == "not" && k > lo && contentAux[p.toks[k-1].lower] {
		k--
	}
	return k
}

// negationAdverbs may stand between a negation and its verb: "did not
// yet respond", "has not publicly mentioned".
var negationAdverbs = set("yet", "immediately", "specifically", "directly", "once", "publicly", "even", "explicitly")

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

// titleCaseCue reports whether the capitalised verb at token i is a cue
// of an article title in title case ("Mayor Says She Never Promised To …"):
// the paragraph is the title, and the word before the verb is capitalised
// too. After a preposition, a determiner, a possessive or a conjunction the
// word is a noun, as title case hides ("… After Report Reveals …", "The
// Claim That …").
func (x *extraction) titleCaseCue(p *para, i int) bool {
	if p.kind != pipeline.ZoneHeadline || i == 0 || !isCapitalized(p.toks[i-1].text) || strings.HasSuffix(p.toks[i].lower, "ing") {
		return false
	}
	switch x.posTag(p.toks[i-1].start) {
	case "IN", "DT", "PRP$", "CC", "TO", "WDT":
		return false
	}
	return true
}

// titleSayVerbs report a title-case title's clause whatever its tags.
var titleSayVerbs = set("say", "tell", "warn", "claim", "insist", "deny", "admit", "predict", "vow")

// cueInside reports whether a reporting verb lies in tokens [s,e): a
// title-case source holding one is a second clause ("Mayor Says She Never
// Promised …").
func cueInside(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if _, ok := cueForms[p.toks[k].lower]; ok {
			return true
		}
	}
	return false
}

// inSource reports whether off lies inside a found quote's source: add
// marks the bytes of every source, so the answer does not depend on how
// many quotes were found.
func (x *extraction) inSource(off int) bool {
	w := off / 64
	return off >= 0 && w < len(x.sourceBytes) && x.sourceBytes[w]&(1<<(off%64)) != 0
}

// markSource records the bytes of a candidate's source for inSource.
func (x *extraction) markSource(s pipeline.Span) {
	if s.IsEmpty() || s.Start < 0 {
		return
	}
	if x.sourceBytes == nil {
		x.sourceBytes = make([]uint64, len(x.text)/64+1)
	}
	for off := s.Start; off < s.End && off/64 < len(x.sourceBytes); off++ {
		x.sourceBytes[off/64] |= 1 << (off % 64)
	}
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

// relativeGapClause reports the end of the clause after a cue at a whose
// source [srcS, …) follows a relative pronoun ("which inspectors said
// will lapse", "a note that she said was penned"): the clause's subject
// is the pronoun, so the words after the cue open on a finite verb. The
// clause ends at the sentence's end or at a comma, a semicolon, a colon or
// a dash. "what he said were failures" is left out: its clause is most
// often the content of another report around it, which the annotated
// news attributes as a whole.
func relativeGapClause(p *para, lo, srcS, a, hi int) (int, bool) {
	if srcS-1 < lo || a >= hi || !gapRelatives[p.toks[srcS-1].lower] || !gapVerbs[p.toks[a].lower] {
		return 0, false
	}
	end := a + 1
	for end < hi && !isSentenceEnd(p.toks[end]) && p.toks[end].text != "," && p.toks[end].text != ";" && p.toks[end].text != ":" && !isDash(p.toks[end].text) {
		end++
	}
	if end-a < 2 {
		return 0, false
	}
	return end, true
}

// gapRelatives open a relative clause whose subject a cue's clause lacks.
var gapRelatives = set("which", "that")

// gapVerbs open a clause without its subject.
var gapVerbs = set("is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
	"should", "has", "have", "had")

// toldStory reports whether the words from a, right after a form of
// "tell" with no one told, are a story it tells: a determiner and up to
// three words, then "story" or "tale" ("told a tale of two parties",
// "tells a much different story"). What a story tells is a report, as
// the annotation has it in the finite uses of the shape on half A of
// the training split.
func (x *extraction) toldStory(p *para, a, hi int) bool {
	if a >= hi || !nounDeterminers[p.toks[a].lower] {
		return false
	}
	for k := a + 1; k < hi && k <= a+4 && p.toks[k].kind == 'w'; k++ {
		switch p.toks[k].lower {
		case "story", "tale", "stories", "tales":
			// "told a reporter the story was false": the story
			// is a clause's subject
			return !(k+1 < hi && x.finiteVerbAt(p, a, k+1))
		}
		if nounDeterminers[p.toks[k].lower] {
			return false // "told a reporter the story …": someone told first
		}
	}
	return false
}

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

// negatedBe are the negated forms of "be" the tokens keep whole.
var negatedBe = set("isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t")

// progressiveAdverbs may stand between a progressive's auxiliary and its
// gerund: "is not saying", "are now telling".
var progressiveAdverbs = set("not", "never", "also", "just", "even", "already", "always", "now", "still", "really")

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
