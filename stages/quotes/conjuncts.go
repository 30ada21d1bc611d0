package quotes

import "strings"

// Coordinated sources. The annotation keeps every conjunct of a
// coordinated noun phrase in the source ("She and her aides", "farm and
// union analysts", "former Ohio Gov. and party chairman Carl Mott"): on
// half A of train it never opens a source right after the "and" of a noun
// phrase (the ten annotated sources that open after an "and" all follow a
// clause's), and 68 of the 69 matched sources whose head holds such an
// "and" agree with it. The stage's segments end at "and", so a source
// stopped at one conjunct; these two steps take the others in.

// firstConjuncts returns the start of the coordinated subject whose last
// conjunct is the source [s, e): the head of the source (its words before
// a comma or a relative clause) must close a noun phrase that
// coordinatedNounPhrase accepts from the sentence start; else s.
func (x *extraction) firstConjuncts(p *para, lo, s, e int) int {
	// a capitalised "And" opens a sentence or a headline's clause, and
	// ", and" most often a clause of its own ("The mill closed, and
	// executives said"; a list of names is nameListStart's)
	and := s - 1
	if and <= lo || p.toks[and].text != "and" && p.toks[and].text != "or" || p.toks[and-1].text == "," {
		return s
	}
	hd := s
	for hd < e && p.toks[hd].kind == 'w' && !clauseBoundaries[p.toks[hd].lower] && !relativePronouns[p.toks[hd].lower] {
		hd++
	}
	if hd == s {
		return s
	}
	if cs, ok := x.coordinatedNounPhrase(p, lo, and, hd); ok {
		return cs
	}
	return s
}

// extendTrailingConjunct extends a source after its cue that stopped at
// "and" before a noun phrase: the source is the whole coordination, as the
// annotation has it each time on the training articles (`according to
// farm and union analysts` gave "farm"; `said former Ohio Gov. and party
// chairman Carl Mott` gave "former Ohio Gov."). The conjunct runs to the
// next punctuation, relative pronoun or clause word, opens with a word
// that can open a noun phrase and ends in a noun, with no verb but a
// participle after its head (`officials involved in the talks`). Tokens
// [lo, hi) are the source's.
func (x *extraction) extendTrailingConjunct(c *cand, p *para, lo, hi int) bool {
	if c.q.Cue.IsEmpty() || c.q.Cue.End > c.q.Source.Start || hi+1 >= len(p.toks) || hi <= lo {
		return false
	}
	if and := p.toks[hi]; and.text != "and" && and.text != "or" {
		return false
	}
	last := p.toks[hi-1]
	if !(isNameTok(last) || strings.HasPrefix(x.posTag(last.start), "NN") || last.text == "." && hi-2 >= lo && isNameTok(p.toks[hi-2])) {
		return false
	}
	e := hi + 1
	head := -1 // the conjunct's first noun
	for e < len(p.toks) && p.toks[e].kind == 'w' && !clauseBoundaries[p.toks[e].lower] && !relativePronouns[p.toks[e].lower] {
		tag := x.posTag(p.toks[e].start)
		switch {
		case tag == "":
			return false
		case strings.HasPrefix(tag, "NN") || tag == "CD":
			if head < 0 {
				head = e
			}
		case tag == "VBN" || tag == "VBG":
			if head < 0 {
				return false
			}
		case strings.HasPrefix(tag, "VB") || tag == "MD" || tag == "RB" || tag == "IN" && head < 0:
			return false
		}
		e++
	}
	if head < 0 || e-hi > 12 || !strings.HasPrefix(x.posTag(p.toks[e-1].start), "NN") {
		return false
	}
	c.q.Source.End = p.toks[e-1].end
	return true
}
