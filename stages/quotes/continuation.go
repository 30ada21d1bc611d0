package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// continueQuotes gives a quotation that names no speaker the attribution
// of the quote right before it, as a reader carries one speaker's words
// on from sentence to sentence:
//
//	“…,” Palmieri told reporters. “I think …” and other issues.
//	Clubs are “scratching out a profit,” Hedge said. “Golf is …”
//
// The quotation must open its sentence with its mark, carry no
// attribution of its own, and follow an attributed quote in the same
// paragraph.
// It then repeats that quote's source and cue, so that the two read as one
// attribution (as the quote that is split by "he said" does).
func (x *extraction) continueQuotes() {
	order := make([]int, len(x.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return x.cands[order[a]].q.Content.Start < x.cands[order[b]].q.Content.Start
	})
	for k, i := range order {
		c := &x.cands[i]
		if c.q.Type == pipeline.QuoteIndirect || c.q.Unmarked || !c.q.Source.IsEmpty() || !c.q.Cue.IsEmpty() ||
			c.copyFrom >= 0 || c.noSpeaker || c.fixed || c.speakerOf > 0 || c.parent >= 0 {
			continue
		}
		p := &x.paras[c.para]
		start := c.q.Content.Start
		if c.q.Type == pipeline.QuoteMixed {
			// the sentence opens with its first fragment
			if len(c.q.QuotedFragments) == 0 || strings.Trim(x.text[start:c.q.QuotedFragments[0].Start], quoteOpeners) != "" {
				continue
			}
			start = c.q.QuotedFragments[0].Start
		}
		if !x.opensSentence(p, start) || x.ownAttribution(p, p.sentenceOf(start)) {
			continue
		}
		prev := -1
		for b := k - 1; b >= 0; b-- {
			o := x.cands[order[b]]
			if o.q.Content.End <= c.q.Content.Start && !o.q.Unmarked {
				prev = order[b]
				break
			}
		}
		if prev < 0 {
			continue
		}
		o := x.cands[prev]
		if o.para == c.para && x.namedBetween(p, o.q, start) {
			continue // another person put on stage between: followsNarration
		}
		if o.para != c.para && !x.carriesOver(order, k, prev) {
			// a paragraph that opens with a new quotation is, in the
			// annotated news, mostly a new attribution (previousDirect
			// handles a quote left open over the paragraph end)
			continue
		}
		root := prev
		if o.copyFrom >= 0 {
			root = o.copyFrom
		} else if o.q.Source.IsEmpty() || o.q.Cue.IsEmpty() {
			continue
		}
		c.copyFrom, c.inherit = root, false
	}
}

// quoteOpeners are the characters a quotation may open with.
const quoteOpeners = " \"“'‘«„"

// opensSentence reports whether only quote marks stand between the start
// of off's sentence and off.
func (x *extraction) opensSentence(p *para, off int) bool {
	s := p.sentenceOf(off)[0]
	return s <= off && strings.Trim(x.text[s:off], quoteOpeners) == ""
}

// ownAttribution reports whether sentence sent has words of its own that
// attribute it, though no attribution was parsed: a reporting verb outside
// the quote marks ("“…,” he points out"), or a name or pronoun right after
// a quotation closed by a comma, "?" or "!" ("“…!” Murphy, the head of
// Right to Rise, tweeted"). Such a quotation is no continuation.
func (x *extraction) ownAttribution(p *para, sent [2]int) bool {
	inMark := func(off int) bool {
		for _, m := range p.marks {
			if m.parent < 0 && off >= m.open && off < m.closeEnd {
				return true
			}
		}
		return false
	}
	for k := p.tokIndex(sent[0]); k < len(p.toks) && p.toks[k].start < sent[1]; k++ {
		t := p.toks[k]
		if t.kind != 'w' || inMark(t.start) {
			continue
		}
		if _, ok := cueForms[t.lower]; ok || evaluativeCues[t.lower] {
			return true
		}
	}
	return x.nameAfterQuote(p, sent)
}

// nameAfterQuote reports whether a name or pronoun follows a quotation
// closed by a comma, "?" or "!" in sentence sent ("“…!” Murphy, the head
// of Right to Rise, tweeted"): the tail of an attribution.
func (x *extraction) nameAfterQuote(p *para, sent [2]int) bool {
	for _, m := range p.marks {
		if m.parent >= 0 || !m.closed || m.open < sent[0] || m.closeEnd >= sent[1] {
			continue
		}
		inner := strings.TrimRight(x.text[m.content[0]:m.content[1]], " ")
		if inner == "" || !strings.ContainsAny(inner[len(inner)-1:], ",?!") {
			continue
		}
		if k := p.tokIndex(m.closeEnd); k < len(p.toks) && p.toks[k].kind == 'w' &&
			(isCapitalized(p.toks[k].text) || personPronouns[p.toks[k].lower] || thingPronouns[p.toks[k].lower]) {
			return true
		}
	}
	return false
}

// carriesOver reports whether the quotation order[k], which opens a
// paragraph, carries on the reported words of candidate prev in the
// paragraph before: the quotation fills its paragraph, and prev, an
// indirect or mixed report by a verb that reports a clause, is the last
// thing said in its own paragraph:
//
//	Carter said that the critics were wrong. / “That’s because …”
//
// (a direct quote before is carried on by previousDirect already).
func (x *extraction) carriesOver(order []int, k, prev int) bool {
	c, o := x.cands[order[k]], x.cands[prev]
	if c.para != o.para+1 || c.q.Type != pipeline.QuoteDirect || c.markIdx < 0 || o.q.Type == pipeline.QuoteDirect {
		return false
	}
	// a verb that reports a clause ("said", "argued"), not one that names
	// a thing in the speaker's words ("called it “outrageous”"), whose
	// short content the next paragraph's words would swamp
	if f, ok := cueForms[strings.ToLower(x.text[o.q.Cue.Start:o.q.Cue.End])]; !ok || f.class&cueClause == 0 {
		return false
	}
	p, op := &x.paras[c.para], &x.paras[o.para]
	if p.kind != op.kind || p.headline || op.headline {
		return false
	}
	m := p.marks[c.markIdx]
	if !m.atParaStart || m.parent >= 0 || strings.TrimSpace(x.text[m.closeEnd:p.end]) != "" {
		return false
	}
	// prev's sentence is the last of its paragraph, and no other quote
	// starts after prev there
	if len(op.sents) == 0 || o.q.Content.End < op.sents[len(op.sents)-1][0] {
		return false
	}
	for b := k - 1; b >= 0 && x.cands[order[b]].q.Content.Start > o.q.Content.Start; b-- {
		if x.cands[order[b]].para == o.para {
			return false
		}
	}
	return true
}

// followsNarration gives a quotation that opens its sentence, with no
// words of attribution in that sentence nor in the rest of its paragraph,
// the subject of the narration sentence right before it, in its paragraph
// or ending the paragraph before, when that subject can speak: the writer
// has just put that person on stage, and the quotation is theirs.
//
//	Holloway is hopeful about her party’s chances in the spring. ⏎ “Not only can …”
//	Lee stressed her record as a first sponsor of the farm bill. "We need …"
//
// Only the source is set, not the cue: the quotation is an attribution of
// its own, not merged with a report of that sentence.
func (x *extraction) followsNarration() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.q.Type != pipeline.QuoteDirect || c.q.Unmarked || c.markIdx < 0 || !c.q.Source.IsEmpty() || !c.q.Cue.IsEmpty() ||
			c.copyFrom >= 0 || c.noSpeaker || c.fixed || c.speakerOf > 0 || c.parent >= 0 {
			continue
		}
		p := &x.paras[c.para]
		m := p.marks[c.markIdx]
		// a single-marked line ('A change warrior.') is a subhead, and a
		// quotation whose words stand elsewhere in the text a pull quote
		// repeating them: neither is the next thing said
		if m.parent >= 0 || !m.double || !m.closed || p.headline || !x.opensSentence(p, m.open) || x.repeated(c.q.Content) {
			continue
		}
		own := false
		for _, s := range p.sents {
			if s[1] > m.open {
				own = own || x.ownAttribution(p, s)
			}
		}
		if own {
			continue
		}
		// the narration sentence: the one before in the paragraph, else
		// the last of the paragraph before
		np, sent := p, [2]int{-1, -1}
		for _, s := range p.sents {
			if s[1] <= m.open {
				sent = s
			}
		}
		if sent[0] < 0 {
			if !m.atParaStart || c.para == 0 || x.introEnds(c.para-1) {
				continue
			}
			np = &x.paras[c.para-1]
			if np.headline || np.kind != p.kind || len(np.sents) == 0 {
				continue
			}
			// "“…” ⏎ - Sanders.": a quotation signed after, not by
			// whoever the paragraph before is about
			if pn := c.para + 1; pn < len(x.paras) && len(x.paras[pn].toks) > 1 && (x.paras[pn].toks[0].text == "-" || isDash(x.paras[pn].toks[0].text)) {
				continue
			}
			sent = np.sents[len(np.sents)-1]
		}
		if x.namingCueIn(sent) || x.quoteIn(sent) || x.nameAfterQuote(np, sent) {
			continue
		}
		lo, hi := np.tokIndex(sent[0]), np.tokIndex(sent[1])
		if lo >= hi || np.toks[lo].kind == 'q' {
			continue // a sentence that opens with a quotation is no narration
		}
		start := x.afterFronted(np, lo, hi)
		s, e, ok := x.clauseSubject(np, start, hi, false)
		if !ok || x.insideMark(np, np.toks[s].start) || !x.canSpeak(np, lo, s, e) {
			continue
		}
		if !x.nameLikeSource(np, s, e) && !(e == s+1 && (personPronouns[np.toks[s].lower] || np.toks[s].lower == "they")) || secondSubject(np, e, hi) {
			continue
		}
		c.q.Source = x.span(np, s, e)
		x.markSource(c.q.Source)
	}
}

// quoteIn reports whether a direct quote of another speaker lies in the
// byte range sent: a sentence that quotes someone is no narration.
func (x *extraction) quoteIn(sent [2]int) bool {
	for _, o := range x.cands {
		if o.q.Type == pipeline.QuoteDirect && !o.q.Unmarked && o.q.Content.Start >= sent[0] && o.q.Content.Start < sent[1] {
			return true
		}
	}
	return false
}

// namingCueIn reports whether a mixed quote's cue in the byte range sent is
// a verb that names a thing in the speaker's words ("called it
// “outrageous”") rather than one that reports a clause; a stance told
// without quoting ("Valastro praised Christie's leadership") is not.
func (x *extraction) namingCueIn(sent [2]int) bool {
	for _, o := range x.cands {
		if o.q.Cue.IsEmpty() || o.q.Type != pipeline.QuoteMixed || o.q.Cue.Start < sent[0] || o.q.Cue.Start >= sent[1] {
			continue
		}
		if f, ok := cueForms[strings.ToLower(x.text[o.q.Cue.Start:o.q.Cue.End])]; !ok || f.class&cueClause == 0 {
			return true
		}
	}
	return false
}

// repeated reports whether the opening words of content appear elsewhere
// in the text, as those of a pull quote do.
func (x *extraction) repeated(content pipeline.Span) bool {
	head := x.text[content.Start:min(content.End, content.Start+40)]
	if len(head) < 20 {
		return false
	}
	first := strings.Index(x.text, head)
	return first >= 0 && (first != content.Start || strings.LastIndex(x.text, head) != content.Start)
}

// secondSubject reports whether tokens [from, hi) of a sentence hold a
// second clause with its own subject ("The Gazette won't go that far, but
// Holloway wants …"): whose quotation follows is then unclear.
func secondSubject(p *para, from, hi int) bool {
	for k := from; k+2 < hi; k++ {
		if p.toks[k].text != "," && p.toks[k].text != ";" {
			continue
		}
		switch p.toks[k+1].lower {
		case "but", "and", "while", "whereas":
			if t := p.toks[k+2]; isNameTok(t) || personPronouns[t.lower] || t.lower == "they" {
				return true
			}
		}
	}
	return false
}
