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
