package quotes

import (
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// isTitleLike reports whether quoted text reads as a name or title
// ("Pearl of the Desert", "Islamic State"): every longer word capitalised
// and no sentence punctuation. A title set off by commas keeps the comma
// inside the marks in American style ("on KVLY's “Sunday Desk,” X
// said"), so a final comma or period is allowed when the words are plainly
// title case: two capitalised words or more, the others short function
// words ("The Late Hour with Ann Lee.", "Nine Days: The Long
// Road to Dover,"), which a sentence ("I did it.") is not; this
// form is asked for by the tests of a quotation with no speaker only, since
// a closed title after a cue ("called Lee “The Mayor of the Whole
// Valley.”") is the quotation the cue reports.
func isTitleLike(s string) bool { return titleLike(s, false) }

// isClosedTitleLike is isTitleLike allowing the closing comma or period.
func isClosedTitleLike(s string) bool { return titleLike(s, true) }

func titleLike(s string, closing bool) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	closed := s
	if closing && !isAllCaps(strings.Fields(s)[0]) {
		closed = strings.TrimRight(s, ".,")
	}
	punct := closed != s
	if closed == "" || strings.ContainsAny(closed[len(closed)-1:], ".,!?;:") {
		return false
	}
	words := strings.Fields(closed)
	if len(words) > 6 {
		return false
	}
	caps := 0
	for i, w := range words {
		if isCapitalized(w) || i == 0 && isNumber(w) {
			caps++
			continue
		}
		if punct && !titleFunctionWords[w] {
			return false
		}
		if len([]rune(w)) <= 3 || titleFunctionWords[w] {
			continue // of, the, and, in, with
		}
		return false
	}
	return !punct || caps >= 2
}

// titleFunctionWords stay lower case inside a title-case title.
var titleFunctionWords = set("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
	"to", "by", "for", "with", "from", "into", "onto", "over", "upon", "as", "vs.", "v.")

// namingBefore reports whether text ends with a naming cue: known as the
// “...”, the so-called “...”.
func namingBefore(text string) bool {
	t := strings.ToLower(strings.TrimRightFunc(text, unicode.IsSpace))
	for _, det := range []string{" the", " a", " an"} {
		t = strings.TrimSuffix(t, det)
	}
	for _, c := range namingCues {
		if strings.HasSuffix(t, c) && (len(t) == len(c) || !isWordRune(rune(t[len(t)-len(c)-1]))) {
			return true
		}
	}
	return false
}

func endsWithPunct(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.ContainsAny(s[len(s)-1:], ".,!?;:…")
}

// markBounds returns the byte range around mark mi in which its lead and
// tail attributions are looked for: the sentence, cut at sibling marks and
// at the enclosing mark's content.
func (p *para) markBounds(mi int) (lo, hi int) {
	m := p.marks[mi]
	sent := p.sentenceOf(m.open)
	lo = sent[0]
	last := m.close - 1
	if last < m.open {
		last = m.open
	}
	hi = p.sentenceOf(last)[1]
	if m.parent >= 0 {
		pc := p.marks[m.parent].content
		lo, hi = max(lo, pc[0]), min(hi, pc[1])
	}
	for j, o := range p.marks {
		if j == mi || o.parent != m.parent {
			continue
		}
		if o.closeEnd <= m.open && o.closeEnd > lo {
			lo = o.closeEnd
		}
		if o.open >= m.closeEnd && o.open < hi {
			hi = o.open
		}
	}
	return lo, hi
}

// directQuotes finds the direct quotes of paragraph pi and their attributions.
func (x *extraction) directQuotes(pi int) {
	p := &x.paras[pi]
	lastAttributed := -1
	for mi, m := range p.marks {
		if m.words == 0 || m.content[0] >= m.content[1] {
			continue
		}
		if m.parent >= 0 && !p.direct[m.parent] {
			continue // marks inside a scare quote or fragment
		}
		lo, hi := p.markBounds(mi)
		content := x.text[m.content[0]:m.content[1]]
		bLo, bHi := p.tokIndex(lo), p.tokIndex(m.open)
		aLo, aHi := p.tokIndex(m.closeEnd), p.tokIndex(hi)
		if !m.closed {
			aLo, aHi = 0, 0
		}
		tail, hasTail := x.tailAttribution(p, aLo, aHi)
		if !hasTail && m.closed && m.parent < 0 && aLo == aHi {
			tail, hasTail = x.tailSentence(p, m)
		}
		lead, hasLead := x.leadAttribution(p, bLo, bHi)
		beforeEmpty := true
		for k := bLo; k < bHi; k++ {
			if p.toks[k].kind == 'w' {
				beforeEmpty = false
			}
		}
		afterEmpty := true
		for k := aLo; k < aHi; k++ {
			if p.toks[k].kind == 'w' {
				afterEmpty = false
			}
		}
		title := isTitleLike(content) || !p.headline && isClosedTitleLike(content)
		naming := namingBefore(x.text[lo:m.open])
		startOK := beforeEmpty || hasLead || strings.HasSuffix(strings.TrimSpace(x.text[lo:m.open]), ":")
		// “A,” said X, “B.”: the words before the mark are the tail of the
		// previous segment, which B continues
		resumes := !startOK && !hasLead && lastAttributed >= 0 && x.resumesAfterTail(lastAttributed, lo, m.open)
		startOK = startOK || resumes
		endOK := afterEmpty || hasTail
		short := m.words <= 2 && !endsWithPunct(content)
		attributed := hasTail || hasLead
		isDirect := startOK && endOK && !naming && (!title || attributed) && (!short || attributed) && (m.words >= 3 || attributed)
		if !isDirect && p.headline && m.words >= 2 && !title && !naming && m.parent < 0 {
			isDirect = true
		}
		if !isDirect {
			continue
		}
		p.direct[mi] = true
		c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: mi}
		c.q.Type = pipeline.QuoteDirect
		c.q.Content = pipeline.Span{Start: m.content[0], End: m.content[1]}
		switch {
		case hasTail:
			c.q.Source, c.q.Cue, c.q.Addressee = tail.spans(x, p)
			x.usedCue[c.q.Cue.Start] = true
		case resumes && !hasTail:
			c.copyFrom = lastAttributed
		case hasLead:
			c.q.Source, c.q.Cue, c.q.Addressee = lead.spans(x, p)
			if g := x.gerundAfterLead(p, lead, bHi); g >= 0 {
				// "C, X said, adding, “B.”": B is what X added; the
				// finite cue is left to the content before it
				c.q.Cue, c.q.Addressee = x.span(p, g, g+1), pipeline.Span{}
			}
			x.usedCue[c.q.Cue.Start] = true
		case m.atParaStart && pi > 0 && (x.introEnds(pi-1) || x.commaEnds(pi-1)) && x.introduces(pi-1):
			a, _ := x.introAttribution(pi - 1)
			pp := &x.paras[pi-1]
			c.q.Source, c.q.Cue, c.q.Addressee = a.spans(x, pp)
			x.usedCue[c.q.Cue.Start] = true
		case lastAttributed >= 0 && !x.namedBetween(p, x.cands[lastAttributed].q, m.open):
			c.copyFrom = lastAttributed
		case m.atParaStart && m.parent < 0:
			if prev := x.previousDirect(pi); prev >= 0 {
				c.copyFrom = prev
			}
		case p.headline:
			c.noSpeaker = true
		}
		if !c.q.Source.IsEmpty() {
			c.local = c.q.Content
			if x.sameParagraph(pi, c.q.Source) {
				c.local = union(union(c.local, c.q.Source), c.q.Cue)
			}
		}
		if c.copyFrom >= 0 {
			x.addedGerund(p, &c, c.copyFrom, m.open)
		} else if hasLead && lastAttributed >= 0 && c.q.Cue == x.cands[lastAttributed].q.Cue {
			// "“A,” she said, adding, “B.”": the lead read back to the
			// cue of A
			x.addedGerund(p, &c, lastAttributed, m.open)
		}
		idx := x.add(c)
		if !c.q.Source.IsEmpty() || c.copyFrom >= 0 {
			lastAttributed = idx
			if c.copyFrom >= 0 {
				lastAttributed = c.copyFrom
			}
		}
	}
}

// gerundAfterLead finds a reporting gerund between a lead attribution's
// cue and the opening mark at token hi ("C, X said, adding, “B.”"), when
// a content stands before the lead's source: the lead's own words, cut
// by a comma from the source ("The bridge will open, the mayor said,
// adding, …"). B then has the gerund as its cue, an attribution of its
// own, and the finite cue reports the content before it. It gives the
// gerund's token index, or -1.
func (x *extraction) gerundAfterLead(p *para, lead attribution, hi int) int {
	if lead.srcS < 1 || lead.cueS < lead.srcE || p.toks[lead.srcS-1].text != "," {
		return -1
	}
	words := 0
	for k := p.tokIndex(p.sentenceOf(p.toks[lead.srcS].start)[0]); k < lead.srcS-1; k++ {
		if p.toks[k].kind == 'q' {
			return -1 // a quotation before: the continuation's reading
		}
		if p.toks[k].kind == 'w' {
			words++
		}
	}
	if words < 3 {
		return -1
	}
	for j := lead.cueE; j < hi; j++ {
		t := p.toks[j]
		if t.kind == 'w' && participialCues[t.lower] && p.toks[j-1].text == "," {
			return j
		}
	}
	return -1
}

// addedGerund gives a quotation that continues attributed quote k its own
// cue when a reporting gerund stands between that quote's cue and
// the opening mark at open: in "“A,” she said, adding, “B.”" the second
// quotation is what she added, an attribution of its own with her as its
// source, as the annotation has it.
func (x *extraction) addedGerund(p *para, c *cand, k, open int) {
	prev := x.cands[k].q
	if prev.Cue.IsEmpty() || prev.Source.IsEmpty() || prev.Cue.End > open || !x.sameParagraph(c.para, prev.Cue) {
		return
	}
	for j := p.tokIndex(prev.Cue.End); j < p.tokIndex(open); j++ {
		t := p.toks[j]
		if t.kind == 'q' {
			return
		}
		if t.kind == 'w' && participialCues[t.lower] && j > 0 && p.toks[j-1].text == "," {
			c.copyFrom = -1
			c.q.Source, c.q.Addressee = prev.Source, pipeline.Span{}
			c.q.Cue = x.span(p, j, j+1)
			c.local = union(c.q.Content, c.q.Cue)
			x.usedCue[c.q.Cue.Start] = true
			return
		}
	}
}

// tailSentence finds the attribution of a quotation that ends its own
// sentence ("“… our plan!” Stone said to Harbor Weekly."): the sentence right
// after the closing mark, when it is only an attribution.
func (x *extraction) tailSentence(p *para, m marked) (attribution, bool) {
	first := p.tokIndex(m.closeEnd)
	if first >= len(p.toks) {
		return attribution{}, false
	}
	sent := p.sentenceOf(p.toks[first].start)
	if sent[0] < m.closeEnd || strings.TrimSpace(x.text[m.closeEnd:sent[0]]) != "" {
		return attribution{}, false
	}
	lo, hi := p.tokIndex(sent[0]), p.tokIndex(sent[1])
	for hi > lo && p.toks[hi-1].kind == 'p' {
		hi--
	}
	a, ok := x.tailAttribution(p, lo, min(hi, lo+12))
	if !ok || a.srcS != lo && a.cueS != lo {
		return attribution{}, false
	}
	// "“…?” Ward asked the candidate.": the person asked or told, a short
	// noun phrase right after the verb, is the addressee
	if f := cueForms[p.toks[a.cueS].lower]; a.addS == a.addE && a.after == a.cueE && (f.lemma == "ask" || f.lemma == "tell") {
		if k := a.after; k < hi && p.toks[k].kind == 'w' && !timeWords[p.toks[k].lower] && !circumstanceOpeners[p.toks[k].lower] && !askedStops[p.toks[k].lower] {
			if s, e := npRight(p, k, hi, askedStops); e > s && e-s <= 5 {
				a.addS, a.addE, a.after = s, e, e
			}
		}
	}
	for k := a.after; k < hi; k++ {
		t := p.toks[k]
		// "“…?” Stone asked, repeating a jab", "“…?” Ward said about
		// Lee's effort", "“…!” Lee said on Twitter": a circumstance of
		// the saying, not a sentence of its own. It is tested before the
		// time words, as "on" is both, and by its first word whatever
		// the tag ("said on" is often read as a verb and a particle).
		if t.text == "," || circumstanceOpeners[t.lower] || x.posTag(t.start) == "IN" && t.lower != "that" {
			break
		}
		if timeWords[t.lower] || weekdayNames[t.lower] {
			continue
		}
		return attribution{}, false
	}
	return a, true
}

// askedStops end the person asked or told in a tail sentence: the words
// that end an addressee, and the infinitive of a request ("asked Lee to
// leave" is a request, not the question's attribution).
var askedStops = func() map[string]bool {
	m := set("to", "for", "if", "whether")
	for w := range addresseeStops {
		m[w] = true
	}
	return m
}()

// circumstanceOpeners open a phrase of place, time, manner or medium after
// a cue: "said on Twitter", "asked at the rally", "wrote in a post".
// Not "to", which opens an infinitive too ("The aide declined to say."),
// nor "when" and "while", which open clauses that may hold reports of
// their own.
var circumstanceOpeners = set("on", "in", "at", "during", "after", "before", "about", "from",
	"via", "with", "amid", "through", "over", "outside", "inside")

// resumesAfterTail reports whether the text [lo, hi) before a quote mark
// is the tail attribution of candidate k ending in a comma: the
// attribution set between two segments of one quotation.
func (x *extraction) resumesAfterTail(k, lo, hi int) bool {
	c := x.cands[k].q
	if c.Cue.IsEmpty() || c.Cue.Start < lo || c.Cue.End > hi || c.Content.End > lo {
		return false
	}
	between := strings.TrimSpace(x.text[lo:hi])
	return strings.HasSuffix(between, ",")
}

func (x *extraction) sameParagraph(pi int, s pipeline.Span) bool {
	p := x.paras[pi]
	return s.Start >= p.start && s.End <= p.end
}

// previousDirect returns the attributed direct quote that a paragraph
// opening with a quote mark continues: the last direct quote of the
// previous paragraph when that paragraph is attributed or left its quote
// open (the multi-paragraph convention).
func (x *extraction) previousDirect(pi int) int {
	if pi == 0 || x.paras[pi-1].kind != x.paras[pi].kind {
		return -1
	}
	for k := len(x.cands) - 1; k >= 0; k-- {
		c := x.cands[k]
		if c.para < pi-1 {
			break
		}
		if c.para == pi-1 && c.q.Type == pipeline.QuoteDirect && !c.q.Unmarked {
			if c.copyFrom >= 0 {
				return c.copyFrom
			}
			if !c.q.Source.IsEmpty() {
				return k
			}
			return -1
		}
	}
	return -1
}

// introduces reports whether paragraph pi, ending with a colon or a
// comma, names who speaks next ("Ward said:"). One that does not, such as
// a quotation left open on "Here they are:", leaves the next paragraph to
// the later rules, which carry that quotation on (previousDirect).
func (x *extraction) introduces(pi int) bool {
	_, ok := x.introAttribution(pi)
	return ok
}

// introEnds reports whether paragraph pi ends with a colon.
func (x *extraction) introEnds(pi int) bool {
	p := x.paras[pi]
	return strings.HasSuffix(x.text[p.start:p.end], ":")
}

// commaEnds reports whether paragraph pi ends with a comma: "Lee told
// WKRB," introducing a quotation in the next paragraph.
func (x *extraction) commaEnds(pi int) bool {
	p := x.paras[pi]
	return strings.HasSuffix(x.text[p.start:p.end], ",")
}

// introAttribution parses a paragraph that ends with a colon and introduces
// what follows: "From Beirut, NPR's Alice Fordham reports:", "Al Masdar
// News has the latest from the front:". The source must be a name.
func (x *extraction) introAttribution(pi int) (attribution, bool) {
	p := &x.paras[pi]
	if !x.introEnds(pi) && !x.commaEnds(pi) || p.kind == pipeline.ZoneComment || len(p.toks) < 2 {
		return attribution{}, false
	}
	last := p.sents[len(p.sents)-1]
	lo := p.tokIndex(last[0])
	hi := len(p.toks)
	if a, ok := x.leadAttribution(p, lo, hi); ok {
		// "He declared:" introduces the next paragraph as "Kerry said:" does
		if x.nameLikeSource(p, a.srcS, a.srcE) || a.srcE == a.srcS+1 && (personPronouns[p.toks[a.srcS].lower] || thingPronouns[p.toks[a.srcS].lower]) {
			return a, true
		}
		return attribution{}, false
	}
	if !x.introEnds(pi) {
		return attribution{}, false // only a colon introduces with a predicate
	}
	// "X has the latest from the front:": the source is the name that opens
	// the last clause; the cue is the predicate up to a preposition.
	s := lo
	for k := hi - 2; k > lo; k-- {
		if p.toks[k].text == "," {
			s = k + 1
			break
		}
	}
	e := s
	for e < hi && isNameTok(p.toks[e]) || (e < hi && e > s && isNamePhrase(p, s, e+1)) {
		e++
	}
	if e == s || e >= hi-1 || !x.nameLikeSource(p, s, e) {
		return attribution{}, false
	}
	ce := e
	for ce < hi-1 && ce < e+4 && p.toks[ce].kind == 'w' && !adverbialStarts[p.toks[ce].lower] && p.toks[ce].lower != "about" && p.toks[ce].lower != "of" {
		ce++
	}
	if ce == e {
		return attribution{}, false
	}
	return attribution{srcS: s, srcE: e, cueS: e, cueE: ce, after: hi}, true
}

// nameLikeSource reports whether tokens [s,e) name someone: a capitalised
// phrase or a PERSON/ORG mention, not a pronoun or a contraction.
func (x *extraction) nameLikeSource(p *para, s, e int) bool {
	if s >= e {
		return false
	}
	for k := s; k < e; k++ {
		l := p.toks[k].lower
		if firstSecondPerson[l] || strings.ContainsAny(l, "'’") && !strings.HasSuffix(l, "'s") && !strings.HasSuffix(l, "’s") {
			return false
		}
	}
	span := x.span(p, s, e)
	for _, m := range x.d.Mentions {
		if span.Contains(m.Span) && (m.Label == pipeline.LabelPerson || m.Label == pipeline.LabelOrg) {
			return true
		}
	}
	for k := s; k < e; k++ {
		// "There are other dangers:", "Important:" open no excerpt
		if x.opensName(p.toks[k]) && !personPronouns[p.toks[k].lower] && !thingPronouns[p.toks[k].lower] {
			return true
		}
	}
	return false
}

// hasVoiceMarkers reports whether the paragraph speaks in the writer's own
// voice outside quote marks: contractions or first/second person.
func (x *extraction) hasVoiceMarkers(pi int) bool {
	p := &x.paras[pi]
	for _, t := range p.toks {
		if t.kind != 'w' || x.insideMark(p, t.start) {
			continue
		}
		l := t.lower
		switch l {
		case "i", "we", "our", "us", "you", "your", "my", "me", "let's", "let’s", "ours":
			return true
		}
		for _, suf := range []string{"n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'m", "’m", "'d", "’d"} {
			if strings.HasSuffix(l, suf) {
				return true
			}
		}
	}
	return false
}

func (x *extraction) insideMark(p *para, off int) bool {
	for _, m := range p.marks {
		if off >= m.open && off < m.closeEnd {
			return true
		}
	}
	return false
}

// isNumber reports whether a word is all digits ("13" in "13 Hours").
func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// openQuotationTails gives a quotation left open at the end of its
// paragraph the attribution of the paragraph that continues it, when that
// one ends the quotation with its own tail: in
//
//	“I am a friend of the docks. I have faced down the council.
//	“I will take that strength to the state house,” Lee said.
//
// the first paragraph is Lee's, as one quotation over two paragraphs has
// one speaker. A quotation that only carried on the quote of the
// paragraph before (previousDirect) takes the later tail too, unless the
// paragraph before was itself left open: then the quotation continues that
// one, whose attribution stays. A chain of open paragraphs takes the tail
// of the one that closes it.
func (x *extraction) openQuotationTails() {
	// the direct quote opening each paragraph with its mark
	opening := make([]int, len(x.paras))
	for i := range opening {
		opening[i] = -1
	}
	for i, c := range x.cands {
		if c.q.Type == pipeline.QuoteDirect && !c.q.Unmarked && c.markIdx >= 0 && c.parent < 0 &&
			x.paras[c.para].marks[c.markIdx].atParaStart && opening[c.para] < 0 {
			opening[c.para] = i
		}
	}
	leftOpen := func(pi int) bool {
		if pi < 0 {
			return false
		}
		for _, m := range x.paras[pi].marks {
			if m.parent < 0 && !m.closed {
				return true
			}
		}
		return false
	}
	retold := make([]bool, len(x.cands))
	for pi := len(x.paras) - 2; pi >= 0; pi-- {
		i, n := opening[pi], opening[pi+1]
		if i < 0 || n < 0 || x.paras[pi+1].kind != x.paras[pi].kind {
			continue
		}
		c, next := &x.cands[i], x.cands[n]
		m := x.paras[pi].marks[c.markIdx]
		if m.closed || m.parent >= 0 || !c.q.Source.IsEmpty() || !c.q.Cue.IsEmpty() || c.noSpeaker || c.fixed || c.speakerOf > 0 {
			continue
		}
		if c.copyFrom >= 0 && leftOpen(pi-1) {
			continue
		}
		root := -1
		switch {
		case retold[n]:
			root = next.copyFrom
		case next.copyFrom < 0 && !next.q.Source.IsEmpty() && !next.q.Cue.IsEmpty() && next.q.Cue.Start > next.q.Content.End:
			root = n // its tail, after the mark
		}
		if root < 0 {
			continue
		}
		c.copyFrom, c.inherit, retold[i] = root, false, true
	}
}

// namedBetween reports whether a narration sentence between quote prev
// and the mark opening at open, in paragraph p, has for subject a name
// that is not prev's source: "“…,” Ward said, pointing at his ears. Ann
// Lee shook her head. “Tom is better about it than I am.”" puts Lee on
// stage, and the quotation after is no longer Ward's (followsNarration
// gives it to her).
func (x *extraction) namedBetween(p *para, prev pipeline.Quote, open int) bool {
	if prev.Source.IsEmpty() {
		return false
	}
	source := strings.ToLower(x.text[prev.Source.Start:prev.Source.End])
	for _, sent := range p.sents {
		if sent[0] < prev.Content.End || sent[1] > open {
			continue
		}
		lo, hi := p.tokIndex(sent[0]), p.tokIndex(sent[1])
		if lo >= hi || x.quoteIn(sent) || p.toks[lo].kind == 'q' {
			continue
		}
		start := x.afterFronted(p, lo, hi)
		s, e, ok := x.clauseSubject(p, start, hi, false)
		if !ok || x.insideMark(p, p.toks[s].start) || !x.canSpeak(p, lo, s, e) || !x.nameLikeSource(p, s, e) {
			continue
		}
		// "Ward" after "Tom Ward" is the same person; "Ann Ward" is not
		if subject := strings.ToLower(x.text[p.toks[s].start:p.toks[e-1].end]); !strings.Contains(source, subject) && !strings.Contains(subject, source) {
			return true
		}
	}
	return false
}
