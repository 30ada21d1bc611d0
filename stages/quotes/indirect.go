package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

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
		if f := cueForms[t.lower]; f.class&cueQuoted != 0 && c.q.Type != pipeline.QuoteMixed {
			continue
		}
		lastInSentence = x.add(c)
	}
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

// tailish reports whether tokens from a to hi end an attribution without
// content: nothing, a comma, or adverbials ("said Wednesday", "said in a
// speech before the concert began") with no "that" before the next comma.
func tailish(p *para, a, hi int) bool {
	if a >= hi {
		return true
	}
	t := p.toks[a]
	if t.text == "," && a+1 < hi && p.toks[a+1].lower == "that" {
		return false
	}
	if t.kind == 'p' {
		return t.text == "," || t.text == "." || t.text == ";" || t.text == "!" || t.text == "?"
	}
	if !adverbialStarts[t.lower] && !timeWords[t.lower] {
		return false
	}
	// "told reporters this was the last offer": "this" without a time
	// word after it is the content's subject, not "this week"
	if demonstrativeSubject(p, a, hi) {
		return false
	}
	// "said Wednesday the plan failed", "announced last night it will": a
	// bare time phrase followed by more words opens the content
	if k := skipTimePhrase(p, a, hi); k > a && k < hi && p.toks[k].kind == 'w' && p.toks[k].lower != "that" {
		return false
	}
	for k := a; k < hi; k++ {
		if p.toks[k].text == "," {
			// "said Sunday in Dover, Ohio, that …": a place and
			// its state before the "that" of the content
			return !placeThenThat(p, k, hi)
		}
		if p.toks[k].lower == "that" {
			return false
		}
	}
	return true
}

// placeThenThat reports whether the comma at token k is followed by up to
// three capitalised words, a comma and "that": the state or country of a
// place in an adverbial before a reported clause ("in Buffalo, New York,
// that …").
func placeThenThat(p *para, k, hi int) bool {
	j := k + 1
	for j < hi && j <= k+3 && p.toks[j].kind == 'w' && isCapitalized(p.toks[j].text) {
		j++
	}
	return j > k+1 && j+1 < hi && p.toks[j].text == "," && p.toks[j+1].lower == "that"
}

// shortSubjectClause reports whether the tokens from a are a clause with a
// short noun subject and no "that": a finite verb within five words,
// with no punctuation, relative word or preposition before it ("suggested
// the council should hire more guards", "revealed her brother had
// sold the farm"); not "noted the irony" or "recalled the night in 1998
// when …".
func (x *extraction) shortSubjectClause(p *para, a, hi int) bool {
	if a >= hi || p.toks[a].kind != 'w' || (!determiners[p.toks[a].lower] && !isNameTok(p.toks[a]) && !possessivePronouns[p.toks[a].lower]) {
		return false
	}
	for k := a + 1; k < hi && k <= a+5; k++ {
		t := p.toks[k]
		if t.kind != 'w' || relativeOrSubordinate(t) || t.lower == "that" || frontedOpeners[t.lower] || t.lower == "of" || t.lower == "as" {
			return false
		}
		if x.finiteVerbAt(p, a, k) {
			return true
		}
	}
	return false
}

// nounTakers are the weak verbs whose object is mostly a noun ("advised
// the campaign", "answered her door", "maintained their lead"), or whose
// clause without "that" is mostly a hedge: a clause without "that" is not
// read as their content.
var nounTakers = set("advise", "answer", "maintain", "respond", "reply", "demand",
	"recommend", "rule", "post", "inform", "signal", "underline", "underscore", "forecast",
	"dispute", "contest", "comment", "remark",
	// "a leaked document suggests the campaign knew": evidence that
	// suggests hedges a claim rather than reporting one
	"suggest")

// possessivePronouns open a noun phrase: "her husband had …".
var possessivePronouns = set("his", "her", "their", "its", "our", "my", "your")

// demonstrativeSubject reports whether token a is "this" opening a clause
// rather than a time phrase: "told reporters this was the last offer",
// not "said this week".
func demonstrativeSubject(p *para, a, hi int) bool {
	return p.toks[a].lower == "this" && a+1 < hi && p.toks[a+1].kind == 'w' && !timeWords[p.toks[a+1].lower] && !isDate(p.toks[a+1])
}

// asideRest reports whether the tokens from a, right after a cue, go on with
// the reported sentence: ", he said, are …" rather than a closing adverbial
// (", he said, in a statement"), a gerund (", adding …") or another
// attribution.
func asideRest(p *para, a, hi int) bool {
	if a+1 >= hi || p.toks[a].text != "," {
		return false
	}
	n := p.toks[a+1]
	if n.kind != 'w' || n.lower == "according" || n.lower == "citing" || tailish(p, a+1, hi) {
		return false
	}
	if f, ok := cueForms[n.lower]; ok && f.gerund {
		return false
	}
	// the rest must run to the end of the sentence without another cue
	// closing it: "…, he said, but the rest was unclear" still counts
	words := 0
	for k := a + 1; k < hi; k++ {
		if p.toks[k].kind == 'w' {
			words++
		}
		// a quotation right after the aside is a segment of its own; one
		// further on is a fragment of the reported sentence ("The
		// industry, she said, is “doing much better”")
		if p.toks[k].kind == 'q' && words == 0 {
			break
		}
	}
	return words >= 2
}

// connectiveOnly reports whether tokens [s,e) are only connectives or
// sentence adverbs ("Moreover", "In addition", "Still").
func connectiveOnly(p *para, s, e int) bool {
	if s >= e {
		return true
	}
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.kind == 'w' && !discourseAdverbs[t.lower] && !clauseBoundaries[t.lower] && t.lower != "in" && t.lower != "addition" && t.lower != "fact" && t.lower != "short" {
			return false
		}
	}
	return true
}

// subordinators open a dependent clause before the main one.
var subordinators = set("where", "when", "if", "although", "though", "while", "because", "since", "unless", "whenever", "wherever", "once")

// openerEnd reports whether token k is a conjunction that opens the clause
// an aside interrupts: "… since, he said, it would …".
func openerEnd(p *para, k int) bool {
	if k < 0 || k >= len(p.toks) {
		return false
	}
	switch p.toks[k].lower {
	case "since", "because", "that", "and", "but", "although", "though", "while", "if", "unless", "so", "when", "as", "or":
		return true
	}
	return false
}

// skipTimePhrase returns the first token after a bare time phrase starting
// at a ("Wednesday", "last night", "on Monday", "this week"), or a when
// there is none or the phrase runs into a preposition ("on Monday in a
// statement").
func skipTimePhrase(p *para, a, hi int) int {
	k := a
	for k < hi && p.toks[k].kind == 'w' && timeWords[p.toks[k].lower] {
		k++
	}
	if k == a || k < hi && (adverbialStarts[p.toks[k].lower] || contentPrepositions[p.toks[k].lower]) {
		return a
	}
	// the phrase must hold a time noun, not only "on" or "this"
	for j := a; j < k; j++ {
		switch p.toks[j].lower {
		case "on", "this", "last", "late", "early", "too", "also", "then", "again":
		default:
			return k
		}
	}
	return a
}

// contentBeforeEnd returns the byte end of a content that precedes a
// source starting at token s: before the comma, or including a closing
// mark that follows a comma ("the “appropriate time,” the statement said").
func contentBeforeEnd(p *para, lo, s int) (int, bool) {
	if s-1 < lo {
		return 0, false
	}
	prev := p.toks[s-1]
	switch {
	case prev.text == ",":
		if s-2 < lo {
			return 0, false
		}
		return p.toks[s-2].end, true
	case prev.kind == 'q' && s-2 >= lo && p.toks[s-2].text == ",":
		return prev.end, true
	}
	return 0, false
}

// contentAfter returns the content span starting at token a, ending at the
// region end or where a trailing attribution or gloss begins.
func (x *extraction) contentAfter(p *para, a, lo, hi int, nominal bool) (pipeline.Span, bool) {
	limit := x.trailingAttribution(p, lo, hi)
	if limit < 0 || limit < a {
		limit = hi
	}
	e := a
	for ; e < limit; e++ {
		t := p.toks[e]
		if t.text == ";" || t.text == "--" {
			break
		}
		if t.text == "," {
			if nominal {
				break
			}
			// "he has “expanded the party,” claiming …": the comma inside
			// a closing mark ends the clause as one outside it does
			next := e + 1
			if next+1 < limit && p.toks[next].kind == 'q' && p.closesAt(p.toks[next].start) {
				next++
			}
			if next < limit {
				n := p.toks[next].lower
				if contentStops[n] {
					// "the bill, which Smith drafted, would …": a relative
					// clause inside the subject; its closing comma is
					// followed by the subject's verb
					if k := relativeInSubject(x, p, e+1, limit); k > 0 && !x.hasFiniteVerb(p, lastThat(p, a, e), e) {
						e = k
						continue
					}
					break
				}
				if n == "according" || x.attributedClauseAt(p, next, limit) {
					break
				}
				if f, ok := cueForms[n]; ok && f.gerund || evaluativeCues[n] && strings.HasSuffix(n, "ing") {
					break // "…, adding …", "…, calling him “…”": its own attribution
				}
			}
		}
		// "refused to comment and said …", "declined to say who but said
		// …": a coordinated reporting verb opens its own attribution
		if (t.lower == "and" || t.lower == "but") && e+1 < limit {
			if _, ok := x.verbCue(p, e+1); ok && !cueForms[p.toks[e+1].lower].gerund && !isCapitalized(p.toks[e+1].text) {
				break
			}
		}
	}
	for e > a && p.toks[e-1].kind == 'p' && p.toks[e-1].text != ")" {
		e--
	}
	if e <= a {
		return pipeline.Span{}, false
	}
	return pipeline.Span{Start: p.toks[a].start, End: p.closeFragment(p.toks[a].start, p.toks[e-1].end)}, true
}

// closeFragment returns the end of a content [s, e), moved to the closing
// mark of a quoted fragment that opens inside it and closes after it: a
// quotation runs on over sentence ends and commas ("X said the debate “was
// close. And I think …”"), and its words are all reported.
func (p *para) closeFragment(s, e int) int {
	for mi, m := range p.marks {
		if p.direct[mi] || m.parent >= 0 || !m.closed || !m.double {
			continue
		}
		if m.open >= s && m.open < e && m.closeEnd > e {
			e = m.closeEnd
		}
	}
	return e
}

// attributedClauseAt reports whether the tokens from k (after a comma)
// open a clause with its own attribution: "…, but officials said …",
// "…, and Stone vowed to …". The reported content ends before it.
func (x *extraction) attributedClauseAt(p *para, k, limit int) bool {
	if k < limit && clauseJoiners[p.toks[k].lower] {
		k++
	}
	for j := k + 1; j < limit && j <= k+5; j++ {
		t := p.toks[j]
		if t.kind != 'w' {
			return false
		}
		if f, ok := cueForms[t.lower]; ok && !f.gerund && f.class != cueTailOnly && !isCapitalized(t.text) {
			// "…, she said, it breaks …" is an aside inside the content
			return j+1 >= limit || p.toks[j+1].text != ","
		}
	}
	return false
}

// clauseJoiners open a second clause after a comma.
var clauseJoiners = set("and", "but", "while", "though", "although", "whereas", "yet")

// relativeInSubject returns the index of the comma that closes a relative
// clause opening at token r when a finite verb follows that comma, or 0.
func relativeInSubject(x *extraction, p *para, r, limit int) int {
	switch p.toks[r].lower {
	case "which", "who", "whom", "whose":
	default:
		return 0
	}
	for k := r + 1; k+1 < limit && k < r+25; k++ {
		t := p.toks[k]
		if t.kind == 'q' || t.text == ";" || t.text == "." || t.text == "--" {
			return 0
		}
		if t.text != "," {
			continue
		}
		n := p.toks[k+1]
		if n.kind != 'w' || isCapitalized(n.text) {
			return 0
		}
		if tag := x.posTag(n.start); tag != "" {
			if tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
				return k
			}
			return 0
		}
		if finiteHeads[n.lower] {
			return k
		}
		return 0
	}
	return 0
}

// lastThat returns the token after the last "that" in [s,e), or s: the
// start of the innermost reported clause.
func lastThat(p *para, s, e int) int {
	for k := e - 1; k >= s; k-- {
		if p.toks[k].lower == "that" {
			return k + 1
		}
	}
	return s
}

// hasFiniteVerb reports whether tokens [s,e) hold a finite verb: then a
// relative clause after them follows an object, not the subject.
func (x *extraction) hasFiniteVerb(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		t := p.toks[k]
		if tag := x.posTag(t.start); tag != "" {
			if tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
				return true
			}
		} else if finiteHeads[t.lower] {
			return true
		}
	}
	return false
}

// finiteHeads open a predicate: after a relative clause closed by a comma
// they show that the clause sat inside the subject.
var finiteHeads = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
	"could", "should", "may", "might", "must", "shall", "does", "did", "do")

// trailingAttribution returns the token index where a final ", SOURCE CUE"
// or ", according to X" starts inside [lo,hi), or -1.
func (x *extraction) trailingAttribution(p *para, lo, hi int) int {
	for k := hi - 1; k > lo; k-- {
		t := p.toks[k]
		if t.lower == "according" && k+1 < hi && p.toks[k+1].lower == "to" && p.toks[k-1].text == "," {
			return k - 1
		}
		f, ok := cueForms[t.lower]
		if !ok || f.gerund || f.class == cueTailOnly {
			continue
		}
		s, e, ok := x.sourceLeft(p, lo, k)
		if !ok || !x.validSource(p, s, e, true) || !tailish(p, k+1, hi) || asideRest(p, k+1, hi) {
			continue // an aside ("…, he said, …") does not end the content
		}
		if _, ok := contentBeforeEnd(p, lo, s); ok {
			return s - 1
		}
	}
	return -1
}

// accordingTo handles "according to X" before or after its content, and a
// "citing Y" chain after X.
func (x *extraction) accordingTo(p *para, pi, i, lo, hi int, quoted bool) bool {
	s, e := npRight(p, i+2, hi, set("citing", "that"))
	// right after "according to" a word that can open an adverbial is
	// an adjective of the source ("according to early results")
	valid := func(s, e int) bool {
		return x.validSource(p, s, e, quoted) || e-s >= 2 && adverbialStarts[p.toks[s].lower] && x.validSource(p, s+1, e, quoted)
	}
	if s >= e || !valid(s, e) {
		return false
	}
	var content pipeline.Span
	start := lo
	if i == start || (i == start+1 && p.toks[start].kind == 'w' && (p.toks[start].lower == "but" || p.toks[start].lower == "and")) {
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
		case gerundLinks[prev] && lastInSentence >= 0 && !x.cands[lastInSentence].q.Source.IsEmpty():
			borrow = true
		default:
			// no attribution before in the sentence: the gerund reports
			// for the subject of the main clause, whatever its verb
			return x.participial(p, pi, i, lo, hi, quoted)
		}
	} else if i > lo && p.toks[i-1].lower == "and" && lastInSentence >= 0 && !x.cands[lastInSentence].q.Source.IsEmpty() {
		borrow = true
	}
	var srcS, srcE int
	if borrow {
		prev := x.cands[lastInSentence]
		c.q.Source, c.q.Addressee = prev.q.Source, prev.q.Addressee
		c.speakerOf = lastInSentence + 1
	} else {
		var ok bool
		srcS, srcE, ok = x.sourceLeft(p, lo, i)
		if !ok || !x.validSource(p, srcS, srcE, quoted) {
			return c, false
		}
		c.q.Source = x.span(p, srcS, srcE)
	}
	as, ae := addresseeAfter(p, a, hi, f.lemma)
	if ae > as {
		c.q.Addressee = x.span(p, as, ae)
		a = ae
	} else if c.q.Addressee.IsEmpty() {
		c.q.Addressee = x.briefingAddressee(p, lo, hi)
	}
	if f.lemma == "tell" && ae == as {
		return c, false // "told" needs someone told
	}
	if f.lemma == "add" && a < hi && (startsWithDigit(p.toks[a].text) || p.toks[a].text == "$" || p.toks[a].text == "£" || p.toks[a].text == "€") {
		return c, false // "Employers added 175,000 jobs": a number added, not words
	}
	// "X said Friday, the plan …": a time phrase and a comma, then the
	// clause; only when no content precedes the source
	if k := skipTimePhrase(p, a, hi); !borrow && k > a && k+2 < hi && p.toks[k].text == "," && p.toks[k+1].kind == 'w' && !asideRest(p, a, hi) {
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
	// (also after a fronted phrase: "On CBS the day before, she stated,
	// “…”")
	leadComma := (!before || frontedOpeners[p.toks[lo].lower]) && a+1 < hi && p.toks[a].text == "," && p.toks[a+1].kind == 'q'
	if !borrow && !leadComma && tailish(p, a, hi) && (before || !x.thatAfterAside(p, a, hi)) {
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
		if asideRest(p, a, hi) {
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
	case thatAt > a && (adverbialStarts[p.toks[a].lower] || timeWords[p.toks[a].lower] || p.toks[a].text == ","),
		thatAt > a && p.toks[thatAt-1].text == "," && (x.adverbialLike(p, a) || p.toks[a-1].text == ","):
		// "said Tuesday that", "said, however, that
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
		if k := skipTimePhrase(p, a, hi); k > a && k < hi && p.toks[k].kind == 'w' {
			a = k
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
		} else if a < hi && (adverbialStarts[p.toks[a].lower] || contentPrepositions[p.toks[a].lower] || p.toks[a].lower == "to") && !isCapitalized(p.toks[a].text) && !demonstrativeSubject(p, a, hi) {
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
		if !question && !evidence && (weakVerbs[f.lemma] && !x.pronounClause(p, a, hi) && !(!nounTaker && x.shortSubjectClause(p, a, hi)) || (f.class&cueNoun == 0 && !x.clauseLike(p, a, hi))) {
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

// cuelessMixed turns a sentence carrying substantial quoted fragments but no
// cue into a mixed quote whose speaker is the previous attribution's:
// "The targets contained “heavy hardware and manpower of insurgents”".
func (x *extraction) cuelessMixed() {
	covered := x.coverIndex()
	// the indirect candidates of each paragraph, so that a quotation finds
	// the report before it without a scan of the whole document
	reports := make(map[int][]int)
	cues := make(map[int][]int)       // the cue starts of each paragraph
	attributed := make(map[int][]int) // the candidates with a source and a cue, by paragraph
	for k, c := range x.cands {
		if c.q.Type == pipeline.QuoteIndirect {
			reports[c.para] = append(reports[c.para], k)
		}
		if !c.q.Cue.IsEmpty() {
			cues[c.para] = append(cues[c.para], c.q.Cue.Start)
			if !c.q.Source.IsEmpty() {
				attributed[c.para] = append(attributed[c.para], k)
			}
		}
	}
	for pi := range x.paras {
		p := &x.paras[pi]
		if p.headline || p.kind == pipeline.ZoneComment {
			continue
		}
		for _, sent := range p.sents {
			var frags []pipeline.Span
			end, firstOpen := -1, -1
			for mi, m := range p.marks {
				if p.direct[mi] || m.parent >= 0 || m.open < sent[0] || m.open >= sent[1] {
					continue
				}
				content := x.text[m.content[0]:m.content[1]]
				if isClosedTitleLike(content) || namingBefore(x.text[sent[0]:m.open]) {
					continue
				}
				if !(m.words >= 5 || (m.words >= 3 && endsWithPunct(content))) {
					continue
				}
				if covered.holds(pipeline.Span{Start: m.open, End: m.closeEnd}) {
					continue
				}
				if len(frags) == 0 && digestLead(x.text[sent[0]:m.open]) {
					break
				}
				if len(frags) == 0 {
					firstOpen = m.open
				}
				frags = append(frags, pipeline.Span{Start: m.content[0], End: m.content[1]})
				end = m.closeEnd
			}
			if len(frags) == 0 {
				continue
			}
			// "Stone says he's troubled by the vote -- “a
			// disgrace” -- that …": the quotation set off by a dash goes on
			// the attribution just before it
			if k := x.reportRightBefore(reports[pi], sent[0], firstOpen); k >= 0 {
				c := &x.cands[k]
				c.q.Type = pipeline.QuoteMixed
				c.q.Content.End = end
				c.q.QuotedFragments = frags
				c.local = union(c.local, c.q.Content)
				covered.addLater(c.q.Content)
				continue
			}
			// "Sunday, on WKRB’s “Morning Roundtable,” X said …": fragments
			// before the cue of the sentence's own attribution are no
			// second, cue-less one
			if cueWithin(cues[pi], end, sent[1]) {
				continue
			}
			lo := p.tokIndex(sent[0])
			c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1, inherit: true}
			c.q.Type = pipeline.QuoteMixed
			c.q.Content = pipeline.Span{Start: p.toks[lo].start, End: end}
			c.q.QuotedFragments = frags
			// "These and other records, the auditors said, “all point
			// the same way”", "“A,” she said, and “B.”": the
			// sentence's own attribution before the fragments speaks them
			// too; the rest of the sentence after it repeats its source
			// and cue, as the second part of a split quotation does
			if k := x.attributionBefore(p, attributed[pi], sent[0], firstOpen); k >= 0 {
				o := x.cands[k].q
				from := max(o.Source.End, o.Cue.End, o.Content.End)
				s := p.tokIndex(from)
				for s < len(p.toks) && p.toks[s].start < firstOpen && p.toks[s].kind == 'p' {
					s++
				}
				c.q.Content.Start = min(p.toks[s].start, firstOpen)
				// "But, he said, “nobody ever asked …”": a content before
				// the cue that is only a connective is none
				if ko := &x.cands[k]; o.Content.End <= o.Cue.Start && o.Type == pipeline.QuoteIndirect && x.connectiveContent(p, o.Content) {
					ko.q.Type, ko.q.Content, ko.q.QuotedFragments = pipeline.QuoteMixed, c.q.Content, frags
					ko.local = union(union(ko.q.Content, ko.q.Source), ko.q.Cue)
					covered.addLater(c.q.Content)
					continue
				}
				c.copyFrom, c.inherit = k, false
				c.local = c.q.Content
				x.addedGerund(p, &c, k, firstOpen)
				x.add(c)
				covered.addLater(c.q.Content)
				continue
			}
			// "They “had chemistry,” said X, an adviser.": an attribution
			// after the last fragment names the speaker of the sentence
			// (the sentence of the closing mark: "In 2011, …, “towns were
			// short of cash. They needed it,” Holloway said.")
			tailEnd := max(sent[1], end)
			if end > sent[1] {
				tailEnd = p.sentenceOf(end)[1]
			}
			if tail, ok := x.tailAttribution(p, p.tokIndex(end), p.tokIndex(tailEnd)); ok {
				src, cue, add := tail.spans(x, p)
				// the part after the sentence end was read as a report of
				// its own by the same cue: the sentence is its content
				if k := x.candidateWithCue(attributed[pi], cue, c.q.Content.Start, end); k >= 0 {
					o := &x.cands[k]
					o.q.Type, o.q.Content, o.q.QuotedFragments = pipeline.QuoteMixed, c.q.Content, frags
					o.local = union(union(o.q.Content, o.q.Source), o.q.Cue)
					covered.addLater(c.q.Content)
					continue
				}
				if !x.usedCue[cue.Start] && !x.inSource(cue.Start) {
					c.q.Source, c.q.Cue, c.q.Addressee = src, cue, add
					c.inherit = false
					x.usedCue[cue.Start] = true
				}
			}
			x.add(c)
			covered.addLater(c.q.Content)
		}
	}
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
	case i-2 >= lo && p.toks[i-1].text == "," && tailish(p, after, hi):
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

// cueWithin reports whether one of the offsets cues lies in [s, e).
func cueWithin(cues []int, s, e int) bool {
	for _, c := range cues {
		if c >= s && c < e {
			return true
		}
	}
	return false
}

// attributionBefore returns the last of the candidates ks (of one
// paragraph, each with a source and a cue) whose cue lies in the sentence
// starting at sentStart, before the quote mark at open, and whose content
// ends before that mark; or -1.
func (x *extraction) attributionBefore(p *para, ks []int, sentStart, open int) int {
	for i := len(ks) - 1; i >= 0; i-- {
		c := x.cands[ks[i]].q
		if c.Cue.Start < sentStart || c.Cue.End > open || c.Source.Start < sentStart || c.Content.End > open {
			continue
		}
		// "Ward said that …, adding that it’s why Stone “…”", "“A,” said
		// X, who thinks Y “…”": a reporting word between the attribution
		// and the mark has the fragments
		if x.reportingWordWithin(p, max(c.Cue.End, c.Content.End), open) {
			return -1
		}
		// "said X, who thinks the council “…”": a relative clause after
		// the source has a verb of its own
		if c.Source.Start > c.Cue.Start {
			for j := p.tokIndex(c.Source.Start); j+1 < len(p.toks) && p.toks[j+1].start < open; j++ {
				if p.toks[j].text == "," && (relativePronouns[p.toks[j+1].lower] || p.toks[j+1].lower == "which") {
					return -1
				}
			}
		}
		return ks[i]
	}
	return -1
}

// candidateWithCue returns the one of the candidates ks whose cue is cue and
// whose content lies inside [s, e); or -1.
func (x *extraction) candidateWithCue(ks []int, cue pipeline.Span, s, e int) int {
	for _, k := range ks {
		if c := x.cands[k].q; c.Cue == cue && c.Content.Start >= s && c.Content.End <= e && c.Type != pipeline.QuoteDirect {
			return k
		}
	}
	return -1
}

// connectiveContent reports whether content is only connectives or
// sentence adverbs ("But", "Perhaps", "In fact").
func (x *extraction) connectiveContent(p *para, content pipeline.Span) bool {
	s, e := p.tokIndex(content.Start), p.tokIndex(content.End)
	if e == s+1 {
		w := p.toks[s].lower
		if w == "perhaps" || w == "maybe" || strings.HasSuffix(w, "ly") && p.toks[s].kind == 'w' {
			return true // "Perhaps", "Ultimately"
		}
	}
	return e > s && connectiveOnly(p, s, e)
}

// reportingWordWithin reports whether a reporting verb or gerund lies
// between the byte offsets s and e of paragraph p.
func (x *extraction) reportingWordWithin(p *para, s, e int) bool {
	for k := p.tokIndex(s); k < len(p.toks) && p.toks[k].start < e; k++ {
		if _, ok := cueForms[p.toks[k].lower]; ok || participialCues[p.toks[k].lower] {
			return true
		}
	}
	return false
}

// reportRightBefore returns the one of the indirect candidates reports
// (of one paragraph) whose cue lies in the sentence starting at sentStart
// and whose content ends right before the quote mark at open, with only a
// dash or a comma between; or -1.
func (x *extraction) reportRightBefore(reports []int, sentStart, open int) int {
	for i := len(reports) - 1; i >= 0; i-- {
		k := reports[i]
		c := x.cands[k].q
		if c.Type != pipeline.QuoteIndirect || c.Cue.Start < sentStart || c.Content.End > open || c.Cue.Start > open {
			continue
		}
		if strings.Trim(x.text[c.Content.End:open], " ,-—–") == "" {
			return k
		}
	}
	return -1
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

// clauseLike reports whether tokens from a look like a clause: with tags,
// one has a finite verb; without, the first word can open a clause.
func (x *extraction) clauseLike(p *para, a, hi int) bool {
	if a >= hi {
		return false
	}
	if x.posTag(p.toks[a].start) != "" {
		// VBN too: the tagger often reads a bare past tense as a participle
		// ("officials say aircraft attacked ...")
		for k := a; k < hi && k < a+20; k++ {
			switch x.posTag(p.toks[k].start) {
			case "VBD", "VBZ", "VBP", "MD", "VBN":
				return true
			}
			if finiteContraction(p.toks[k].lower) {
				return true // "he's", "they'll": the verb is inside the token
			}
			// "said Lee's words “amount to …”": a noun phrase and then a
			// quotation; the tagger often reads the quoted verb as a noun,
			// but a quotation right after a subject is its predicate
			if p.toks[k].kind == 'q' && k > a && p.toks[k-1].kind == 'w' && k+1 < hi && p.toks[k+1].kind == 'w' && !isCapitalized(p.toks[k+1].text) {
				return true
			}
		}
		return false
	}
	return true
}

// pronounClause reports whether tokens from a open a clause with a subject
// pronoun and its finite verb: "admitted he was wrong", "noted they'd
// left". A weak verb reports such a clause without "that".
func (x *extraction) pronounClause(p *para, a, hi int) bool {
	if a >= hi {
		return false
	}
	w := p.toks[a].lower
	if finiteContraction(w) {
		return !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t")
	}
	if !nominativePronouns[w] || a+1 >= hi {
		return false
	}
	v := p.toks[a+1]
	if tag := x.posTag(v.start); tag != "" {
		return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
	}
	return finiteHeads[v.lower]
}

// nominativePronouns can only be subjects.
var nominativePronouns = set("he", "she", "they", "we", "i", "there")

// finiteContraction reports whether a word ends in a contracted finite
// verb after a pronoun or in "n't": "he's", "they're", "we'll", "don't".
func finiteContraction(w string) bool {
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	for _, suf := range []string{"'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'ve", "’ve", "'m", "’m"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			return personPronouns[stem] || thingPronouns[stem] || contractingSubjects[stem]
		}
	}
	return false
}

// contractionSubject returns the word a verb is contracted onto: "i" for
// "I'll", else the word itself.
func contractionSubject(w string) string {
	for _, sep := range []string{"'", "’"} {
		if k := strings.Index(w, sep); k > 0 {
			return w[:k]
		}
	}
	return w
}

// contractingSubjects are the other subjects a verb contracts onto.
var contractingSubjects = set("i", "we", "you", "there", "that", "what", "who")

// approximator reports whether token a is "about", "around" or "nearly"
// before a number: the start of a quantity, not a preposition.
func approximator(p *para, a, hi int) bool {
	if a+1 >= hi {
		return false
	}
	switch p.toks[a].lower {
	case "about", "around", "nearly", "almost", "roughly", "approximately", "over", "some":
		r := []rune(p.toks[a+1].text)
		return len(r) > 0 && unicode.IsDigit(r[0]) || numberWords[p.toks[a+1].lower] || strings.HasPrefix(p.toks[a+1].lower, "two-") || strings.HasPrefix(p.toks[a+1].lower, "one-")
	}
	return false
}

// numberWords are spelled-out numbers that open a quantity.
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "a", "half",
	"dozen", "dozens", "thousands", "millions")

// contentIndex answers whether some marked candidate's content holds a
// span by binary search: the contents sorted by start, with the largest end
// among each prefix.
type contentIndex struct {
	starts, maxEnd []int
	// laterEnd is the largest end of the contents added after the index was
	// built; each starts before any span asked about afterwards.
	laterEnd int
}

// coverIndex indexes the contents of the marked candidates found so far.
func (x *extraction) coverIndex() *contentIndex {
	var spans []pipeline.Span
	for _, c := range x.cands {
		if !c.q.Unmarked {
			spans = append(spans, c.q.Content)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	ci := &contentIndex{laterEnd: -1}
	for _, s := range spans {
		end := s.End
		if n := len(ci.maxEnd); n > 0 {
			end = max(end, ci.maxEnd[n-1])
		}
		ci.starts = append(ci.starts, s.Start)
		ci.maxEnd = append(ci.maxEnd, end)
	}
	return ci
}

// addLater records a content added after the index was built, which starts
// before every span holds is asked about from then on.
func (ci *contentIndex) addLater(s pipeline.Span) { ci.laterEnd = max(ci.laterEnd, s.End) }

// holds reports whether some indexed content holds s.
func (ci *contentIndex) holds(s pipeline.Span) bool {
	if ci.laterEnd >= s.End {
		return true
	}
	n := sort.SearchInts(ci.starts, s.Start+1) // contents starting at or before s
	return n > 0 && ci.maxEnd[n-1] >= s.End
}

// digestLead reports whether the words before a sentence's first quotation
// are only a dash, or an all-caps label and a dash: a line of a headline
// digest ("NEW TODAY—“Harbor bakery hopes to …,” by …", "—“…”"),
// which quotes a headline, not a speaker.
func digestLead(before string) bool {
	t := strings.TrimSpace(before)
	if !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, "–") {
		return false
	}
	t = strings.TrimRight(t, "—–")
	for _, w := range strings.Fields(t) {
		if !isAllCaps(w) {
			return false
		}
	}
	return true
}
