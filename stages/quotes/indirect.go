package quotes

// Indirect and mixed attributions: the scan of a paragraph for cues,
// which hands each cue to its reading (verbal.go for a reporting verb,
// phrasecues.go for "according to", "in a poll", "as X put it", "made it
// clear" and the nominal cues, evaluative.go for "called it “…”",
// asked.go, inverted.go for "C, said X"), and what a report must pass
// before it is kept. Whether a clause follows the cue is in
// clausestart.go, where the content ends in clauseend.go, and quoted
// fragments with no cue in cueless.go.

import (
	"strings"

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
		if f := cueForms[t.lower]; f.class&cueQuoted != 0 && c.q.Type != pipeline.QuoteMixed && !x.asCharacterization(c) && !x.describedNoun(c, f.lemma) {
			continue
		}
		if x.leadsIntoDirect(p, c) {
			continue
		}
		lastInSentence = x.add(c)
	}
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
