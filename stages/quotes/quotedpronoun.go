package quotes

// A speaker does not call themself "he". Inside Lee's quotation a "he" or
// "she" is someone Lee talks about: “He always told me to wait,” Lee said
// is about another person, and so is “She said we can't hide from it” in
// Lee's words. The look-back of resolvePronoun finds the last speaker, who
// is often the speaker of the quotation itself; this pass, run once every
// speaker is known, takes that answer back.

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// quotedPronounParas bounds how far back the person a quoted pronoun
// stands for is looked for: its paragraph and the one before.
const quotedPronounParas = 1

// notTheQuotedSpeaker revisits the candidates whose source is "he" or
// "she" (pron[i] is that word) inside a quotation that was resolved to the speaker of
// that quotation. They take the last person of the pronoun's gender
// named before them in their paragraph or the one before, inside or
// outside quote marks (the speaker often named them in the quotation
// before: “Ann was here that day,” Lee said. “She talked about …”), who
// is not the quotation's speaker; else the speaker is left empty, which
// a reader prefers to a wrong one. Candidates that repeat a revisited one
// follow it.
func (x *extraction) notTheQuotedSpeaker(pron []string) {
	changed := false
	for i := range x.cands {
		c := &x.cands[i]
		// the pronoun reports words after it; one after its words
		// ("…, he added") is the tail of the quotation, whose marks the
		// text may have broken ("a [U.S.[ force …, he added, “…")
		if pron[i] == "" || c.q.Speaker == "" || c.q.Content.Start < c.q.Source.Start {
			continue
		}
		h := x.holdingQuote(c.q.Source.Start)
		if h < 0 || h == i || !x.sameSpeaker(c.q, x.cands[h].q) {
			continue
		}
		g := pronounGender(pron[i])
		c.q.Speaker, c.q.SpeakerEntityID = "", ""
		if m := x.quotedPronounAntecedent(c, x.cands[h].q, g); m != nil {
			c.q.Speaker, c.q.SpeakerEntityID = x.personName(m), m.EntityID
		}
		changed = true
	}
	if !changed {
		return
	}
	for i := range x.cands {
		c := &x.cands[i]
		switch {
		case c.copyFrom >= 0 && pron[c.copyFrom] != "":
			c.q.Speaker, c.q.SpeakerEntityID = x.cands[c.copyFrom].q.Speaker, x.cands[c.copyFrom].q.SpeakerEntityID
		case c.speakerOf > 0 && pron[c.speakerOf-1] != "":
			c.q.Speaker, c.q.SpeakerEntityID = x.cands[c.speakerOf-1].q.Speaker, x.cands[c.speakerOf-1].q.SpeakerEntityID
		}
	}
}

// holdingQuote returns the innermost quotation in marks (a direct quote)
// whose content holds off, its first word included, or -1.
func (x *extraction) holdingQuote(off int) int {
	h := -1
	for k := range x.cands {
		q := x.cands[k].q
		if q.Type == pipeline.QuoteDirect && !q.Unmarked && off >= q.Content.Start && off < q.Content.End &&
			(h < 0 || q.Content.Start > x.cands[h].q.Content.Start) {
			h = k
		}
	}
	return h
}

// sameSpeaker reports whether two quotes have one speaker: the same
// entity, or the same name.
func (x *extraction) sameSpeaker(a, b pipeline.Quote) bool {
	if a.Speaker == "" || b.Speaker == "" {
		return false
	}
	return a.SpeakerEntityID != "" && a.SpeakerEntityID == b.SpeakerEntityID || a.Speaker == b.Speaker
}

// quotedPronounAntecedent returns the last PERSON mention before c's
// source, in its paragraph or the ones before it (quotedPronounParas, of
// the same zone kind), whose gender agrees with g and who is not the
// holding quotation's speaker (hold), or nil. A possessor counts ("Ward's
// refusal to back him"): the quotation talks of the person, the name
// need not be a source.
func (x *extraction) quotedPronounAntecedent(c *cand, hold pipeline.Quote, g byte) *pipeline.Mention {
	lo := x.paras[c.para].start
	for k := c.para - 1; k >= 0 && c.para-k <= quotedPronounParas && x.paras[k].kind == x.paras[c.para].kind; k-- {
		lo = x.paras[k].start
	}
	off := c.q.Source.Start
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelPerson {
			continue
		}
		name := x.personName(m)
		if strings.Contains(m.Text, " and ") {
			continue // "Lee and Ward" is no "she"
		}
		if m.EntityID != "" && m.EntityID == hold.SpeakerEntityID || name == hold.Speaker || !genderAgrees(g, x.mentionGender(m, name)) {
			continue
		}
		return m
	}
	return nil
}

// mentionGender is the gender of a person mention: a title opening it or
// right before it ("Mrs. Clinton", whose entity may hold a man's first
// name when the model merged a couple), else the first name of name.
func (x *extraction) mentionGender(m *pipeline.Mention, name string) byte {
	var before, first string // the word right before the mention, its first word
	for _, t := range tokenize(x.text, max(0, m.Start-8), m.End) {
		switch {
		case t.kind != 'w':
		case t.end <= m.Start:
			before = t.lower
		case first == "":
			first = t.lower
		}
	}
	for _, w := range [2]string{first, before} {
		if g := genderedWords[w]; g != genderUnknown && titles[strings.TrimSuffix(w, ".")] {
			return g
		}
	}
	return nameGender(name)
}
