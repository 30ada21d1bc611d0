package quotes

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// trimReportingRelatives cuts from a source the relative clause that
// reports the speaker's own words or thoughts:
//
//	Dunn, who admitted Lee was his third choice, said  -> Dunn
//	Mr. Mott, who estimated that half of the farmers …, said
//	Holloway, who thinks the council overreached, called
//
// Such a clause is an attribution of its own, not a description of the
// speaker, and the annotated news leaves it out of the source about three
// times in four; a clause that describes the speaker ("Eric Woolson, who
// managed the 2008 campaign, said") stays, as the annotation keeps it more
// often than not.
func (x *extraction) trimReportingRelatives() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.q.Source.IsEmpty() || c.copyFrom >= 0 {
			continue
		}
		p := &x.paras[c.para]
		if c.q.Source.Start < p.start || c.q.Source.End > p.end {
			continue
		}
		lo, hi := p.tokIndex(c.q.Source.Start), p.tokIndex(c.q.Source.End)
		if x.extendTailRelative(c, p, lo, hi) {
			continue
		}
		if (hi == lo+1 || hi == lo+2 && (p.toks[lo+1].text == "." || p.toks[lo+1].text == "%")) && x.extendStateAbbreviation(c, p, lo) {
			continue
		}
		if x.extendLeadingDescription(c, p, lo) {
			continue
		}
		if x.extendTrailingConjunct(c, p, lo, hi) {
			continue
		}
		if x.cutTrailingSetting(c, p, lo, hi) {
			continue
		}
		for k := lo + 1; k+2 < hi; k++ {
			if p.toks[k].text != "," {
				continue
			}
			if sourceAsides[p.toks[k+1].lower] && !(p.toks[k+1].lower == "about" && startsWithDigit(p.toks[k+2].text)) {
				// "Mr. Stone, but she has earned a name …",
				// "Lee, speaking at a fair in Cedar Falls": the
				// sentence goes on after the speaker
				c.q.Source.End = p.toks[k-1].end
				break
			}
			if p.toks[k+1].lower != "who" {
				continue
			}
			if x.reportsRelative(p, k+2, hi) {
				c.q.Source.End = p.toks[k-1].end
			}
			break
		}
	}
}

// reportsRelative reports whether the relative clause whose words start at
// token a opens with a verb of saying or thinking, after auxiliaries,
// adverbs and "not" ("who has repeatedly said", "who did not respond").
func (x *extraction) reportsRelative(p *para, a, hi int) bool {
	for ; a < hi; a++ {
		t := p.toks[a]
		if t.kind != 'w' {
			return false
		}
		if auxiliaries[t.lower] || t.lower == "not" || t.lower == "also" || x.isAdverbTok(t) {
			continue
		}
		if _, ok := cueForms[t.lower]; ok {
			return true
		}
		return relativeThinking[t.lower]
	}
	return false
}

// relativeThinking are the verbs of belief, refusal and speaking that,
// opening a relative clause in a source, tell of the speaker's words or
// views ("who thinks …", "who declined to be named", "who spoke on
// condition of anonymity", "who requested anonymity").
var relativeThinking = set("think", "thinks", "thought", "believe", "believes", "believed",
	"decline", "declines", "declined", "spoke", "speaks", "requested")

// extendTailRelative extends an inverted source cut before its relative
// clause to the end of the sentence, as the description of the speaker it
// is (`“…,” said Holloway, who served as county judge from 1991 to
// 1999.` -> "Holloway, who served as …"), unless the clause reports the
// speaker's words; a comma left at the end of the source goes. Tokens
// [lo, hi) are the source's.
func (x *extraction) extendTailRelative(c *cand, p *para, lo, hi int) bool {
	if c.q.Cue.IsEmpty() || c.q.Cue.End > c.q.Source.Start || c.q.Content.End > c.q.Source.Start || hi >= len(p.toks) || hi <= lo {
		return false
	}
	// k: the "who" after the source and its comma
	k := hi
	if p.toks[hi].text == "," {
		k++
	}
	relative := k < len(p.toks) && p.toks[k].lower == "who"
	if !relative && !x.descriptionGoesOn(p, lo, hi) {
		return false
	}
	if k+1 >= len(p.toks) {
		return false
	}
	sent := p.sentenceOf(p.toks[k].start)
	end := -1
	for j := k + 1; j < len(p.toks) && p.toks[j].start < sent[1]; j++ {
		t := p.toks[j]
		if isQuoteRune([]rune(t.text)[0]) {
			return false // a quotation in the clause: no description
		}
		if isDash(t.text) || t.text == ";" {
			break // what follows describes something else
		}
		if t.kind == 'w' || t.text == ")" {
			end = t.end
		}
	}
	if end < 0 {
		return false
	}
	if relative && x.reportsRelative(p, k+1, p.tokIndex(end)) {
		end = p.toks[k-1].end
		if p.toks[k-1].text == "," && k-2 >= 0 {
			end = p.toks[k-2].end
		}
	}
	c.q.Source.End = end
	return true
}

// descriptionGoesOn reports whether an inverted source [lo, hi) stopped
// inside the speaker's description: before a parenthesis of party and
// state (`said Rep. Mark Stone (D-S.C.), a member of …`), or, once an
// appositive has begun, before the words that carry it on (`said Ann
// Lee, a Dunn campaign aide during his losing 2010 race and now
// director of …`). The annotation keeps the description whole.
func (x *extraction) descriptionGoesOn(p *para, lo, hi int) bool {
	if p.toks[hi].text == "(" {
		return true
	}
	if !descriptionLinks[p.toks[hi].lower] {
		return false
	}
	for k := lo + 1; k < hi; k++ {
		if p.toks[k].text == "," {
			return true
		}
	}
	return false
}

// descriptionLinks carry a speaker's description on past a noun.
var descriptionLinks = set("in", "at", "of", "for", "and", "during", "with", "from", "on", "since", "under")

// sourceAsides open, after a comma, words that go on past the speaker's
// name and description: a contrast, a setting or a circumstance
// (`Clinton, without naming him,`, `Tester, himself up for reelection`),
// not who the speaker is.
var sourceAsides = set("but", "though", "although", "while", "speaking", "about", "without", "after", "before", "when", "himself", "herself")

// extendStateAbbreviation extends a source that is only the state of a
// speaker's description (`Carl Mott, 41, of Linden, Miss., dismisses`
// gave "Miss.") back over the comma-separated parts before it to the
// sentence start: the person the description is of.
func (x *extraction) extendStateAbbreviation(c *cand, p *para, k int) bool {
	t := p.toks[k]
	abbr := strings.HasSuffix(t.text, ".") || k+1 < len(p.toks) && p.toks[k+1].text == "." && p.toks[k+1].start == t.end
	// an age or a share closes a description too: `his neighbour Carl
	// Mott, 52, cited`, `A quarter of farmers, 25%, say`
	number := startsWithDigit(t.text) && len(t.text) <= 3
	if !(isCapitalized(t.text) && abbr || number) || len(t.text) > 6 || k < 2 || p.toks[k-1].text != "," {
		return false
	}
	sent := p.sentenceOf(t.start)
	first := p.tokIndex(sent[0])
	for first < k && isQuoteRune([]rune(p.toks[first].text)[0]) {
		first++
	}
	if !c.q.Cue.IsEmpty() && c.q.Cue.Start < t.start && c.q.Cue.Start >= sent[0] {
		return false // an inverted source after its cue
	}
	for j := k - 1; j >= first; j-- {
		if isQuoteRune([]rune(p.toks[j].text)[0]) {
			// "“…,” Cecelia Purner, 67, a retired clerk in Allentown,
			// Pa., said": the description after the quotation
			if j+1 >= k || c.q.Content.IsEmpty() || c.q.Content.Start > p.toks[j].start {
				return false
			}
			first = j + 1
			break
		}
	}
	if k-first > 30 {
		return false // too far
	}
	if !isCapitalized(p.toks[first].text) {
		return false
	}
	if opener := p.toks[first].lower; !abbr && (leadingSettings[opener] || strings.HasSuffix(opener, "ing") || x.hasFiniteVerb(p, first, k)) {
		// a number after a setting or a clause is a subject of its own:
		// `While 86 percent … had a favorable opinion, 43 said`
		return false
	}
	c.q.Source.Start = p.toks[first].start
	if c.q.Content.End > c.q.Source.Start && c.q.Content.Start < c.q.Source.Start {
		// the content ran on to the state: it is the quotation alone, a
		// direct quote without its marks
		c.q.Content.End = p.toks[first-1].end
		s, e := c.q.Content.Start, c.q.Content.End
		for n := 0; n < 2; n++ { // a mark may be two runes: ''
			open, openSize := utf8.DecodeRuneInString(x.text[s:e])
			shut, shutSize := utf8.DecodeLastRuneInString(x.text[s:e])
			if !isQuoteRune(open) || !isQuoteRune(shut) || e-shutSize <= s+openSize {
				break
			}
			s, e = s+openSize, e-shutSize
		}
		if s > c.q.Content.Start {
			c.q.Content = pipeline.Span{Start: s, End: e}
			c.q.Type = pipeline.QuoteDirect
		}
	}
	return true
}

// extendLeadingDescription extends a source that is a name after a
// description opening its sentence back over that description (`Florida’s
// Republican attorney general, Pam Bondi, said`, `Another delegate on the
// Cruz slate, Jim Poolman, said`): the annotation takes the two together
// as the source. The description must name a role or an owner (a role
// noun, a possessive, "one" or "another") and hold no comma, quotation,
// verb or opening preposition, so that a setting (`In a statement, Lee
// said`, `Replying to Stone's letter, Lee wrote`) stays out. Only a source before its cue.
func (x *extraction) extendLeadingDescription(c *cand, p *para, lo int) bool {
	if c.q.Cue.IsEmpty() || c.q.Cue.Start < c.q.Source.End || lo < 3 || p.toks[lo-1].text != "," || !isCapitalized(p.toks[lo].text) {
		return false
	}
	sent := p.sentenceOf(p.toks[lo].start)
	first := p.tokIndex(sent[0])
	if lo-1-first < 2 || lo-1-first > 12 || !isCapitalized(p.toks[first].text) || leadingSettings[p.toks[first].lower] {
		return false
	}
	if head := p.toks[lo-2].text; isCapitalized(head) && strings.ToUpper(head) != head {
		return false // a name before the comma: a list or an address (`Vice President Ann Lee, Dunn said`)
	}
	if opener := p.toks[first].lower; strings.HasSuffix(opener, "ed") || strings.HasSuffix(opener, "ing") {
		return false // a participle clause (`Informed of …, Early described`)
	}
	described := p.toks[first].lower == "one" || p.toks[first].lower == "another"
	for j := first; j < lo-1; j++ {
		t := p.toks[j]
		if t.kind != 'w' {
			return false
		}
		if tag := x.posTag(t.start); strings.HasPrefix(tag, "VB") || strings.HasPrefix(tag, "MD") || j == first && tag == "IN" {
			return false // a clause or a setting, not a description
		}
		w := strings.TrimSuffix(t.lower, "s")
		if roleNouns[t.lower] || roleNouns[w] || officeNouns[t.lower] || officeNouns[w] ||
			isCapitalized(t.text) && !contractions[t.lower] && (strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s")) {
			described = true
		}
	}
	if !described {
		return false
	}
	c.q.Source.Start = p.toks[first].start
	return true
}

// leadingSettings open a sentence with a setting or a link, not with a
// description of the speaker.
var leadingSettings = set("in", "on", "at", "after", "before", "during", "when", "while", "for",
	"with", "but", "and", "yet", "so", "as", "asked", "speaking", "since", "still", "however",
	"meanwhile", "earlier", "later", "then", "now", "today", "yesterday", "instead", "also",
	"by", "from", "to", "of", "under", "like", "unlike", "if", "although", "though", "because")

// contractions end in "'s" but own nothing.
var contractions = set("it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "here’s",
	"he's", "he’s", "she's", "she’s", "what's", "what’s", "who's", "who’s", "let's", "let’s")

// cutTrailingSetting cuts from a source the phrase of time or occasion
// right after its head, before any appositive: `Trump at the time said`,
// `Trump in his announcement speech said`, `the report on Wednesday
// said` -> "Trump", "the report". The annotation leaves the occasion out.
func (x *extraction) cutTrailingSetting(c *cand, p *para, lo, hi int) bool {
	for k := lo + 1; k+1 < hi; k++ {
		t := p.toks[k]
		if t.kind != 'w' {
			return false // an appositive or a clause: a description goes on
		}
		if !settingPrepositions[t.lower] {
			continue
		}
		next := p.toks[k+1].lower
		_, owner := ownerPronouns[next]
		occasion := owner || timeWords[next] && next != "on" && next != "this" && next != "last" ||
			k+2 < hi && next == "the" && (p.toks[k+2].lower == "time" || timeWords[p.toks[k+2].lower])
		if !occasion {
			return false
		}
		c.q.Source.End = p.toks[k-1].end
		return true
	}
	return false
}

// settingPrepositions open a phrase of time or occasion after a source.
var settingPrepositions = set("on", "at", "in", "during")

// trimClaimNounSources narrows the source of a claim noun (`Mr. Trump's
// assertion that …`, `his suggestion that …`, `accusations that …`) to the
// noun's owner, or to nothing: the noun is what was said, and the
// annotated news names the owner as the source, or no one. A document
// noun (`the report`, `a statement`) stays: a document speaks. It runs
// after the speakers are resolved, which read the owner off the whole noun
// phrase ("his" -> he).
func (x *extraction) trimClaimNounSources() {
	for i := range x.cands {
		c := &x.cands[i]
		p, lo, cue, ok := x.claimNounSource(c)
		if !ok {
			continue
		}
		owner := claimNounOwner(p, lo, cue)
		if owner < 0 {
			c.q.Source = pipeline.Span{}
			continue
		}
		if ownerPronouns[p.toks[owner].lower] != "" {
			c.q.Source.Start = p.toks[owner].start // "his": not the words before it
		}
		c.q.Source.End = p.toks[owner].end
	}
}

// claimNounOwner returns the index of the last owner among tokens [lo,
// cue) before a claim noun: a possessive pronoun ("his suggestion") or a
// word in 's ("Mr. Stone's assertion"); -1 when no one owns the noun.
func claimNounOwner(p *para, lo, cue int) int {
	owner := -1
	for k := lo; k < cue; k++ {
		w := p.toks[k].lower
		if ownerPronouns[w] != "" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			owner = k
		}
	}
	return owner
}

// claimNounSubjects gives a claim noun without an owner, the object of a
// finite verb, the verb's subject as its source: `Stone backed away from a
// suggestion that …`, `Dunn bristled at the suggestion that …`, `they
// uttered statements that …` -> Stone, Dunn, they. The annotation names
// the one who takes the claim up. It runs before the speakers are
// resolved, so that the speaker is that subject.
func (x *extraction) claimNounSubjects() {
	for i := range x.cands {
		c := &x.cands[i]
		p, lo, cue, ok := x.claimNounSource(c)
		if !ok {
			continue
		}
		if claimNounOwner(p, lo, cue) >= 0 {
			continue
		}
		first := p.tokIndex(p.sentenceOf(p.toks[lo].start)[0])
		k := lo - 1
		for k > first && (determiners[p.toks[k].lower] || x.posTag(p.toks[k].start) == "JJ") {
			k--
		}
		for n := 0; n < 2 && k > first && (x.posTag(p.toks[k].start) == "IN" || x.posTag(p.toks[k].start) == "RP" || x.posTag(p.toks[k].start) == "RB"); n++ {
			k-- // "backed away from", "bristled at"
		}
		if k <= first {
			continue
		}
		tag := x.posTag(p.toks[k].start)
		if f, ok := cueForms[p.toks[k].lower]; tag == "" && ok && !f.gerund {
			tag = "VBD" // untagged text: a reporting verb's finite form
		}
		if tag != "VBD" && tag != "VBZ" && tag != "VBP" {
			continue
		}
		s, e, ok := x.sourceLeft(p, first, k)
		if !ok || s >= e {
			continue
		}
		c.q.Source = x.span(p, s, e)
	}
}

// claimNounSource returns, for a candidate whose cue is a claim noun inside
// its source ("Mr. Trump's assertion", "the suggestion"), the paragraph and
// the token indices of the source's first word and of the noun; ok is
// false for any other candidate, and for a document noun ("the report", "a
// statement"), which speaks for itself.
func (x *extraction) claimNounSource(c *cand) (p *para, lo, cue int, ok bool) {
	if c.q.Source.IsEmpty() || c.q.Cue.IsEmpty() || c.q.Cue.Start < c.q.Source.Start || c.q.Cue.End > c.q.Source.End {
		return nil, 0, 0, false
	}
	p = &x.paras[c.para]
	if c.q.Source.Start < p.start || c.q.Source.End > p.end {
		return nil, 0, 0, false
	}
	lo, cue = p.tokIndex(c.q.Source.Start), p.tokIndex(c.q.Cue.Start)
	noun := p.toks[cue].lower
	if !nominalCues[noun] || documentNouns[strings.TrimSuffix(noun, "s")] {
		return nil, 0, 0, false
	}
	return p, lo, cue, true
}

// trimContractedSources cuts a contracted verb off a pronoun source: in
// "He's said he would stay", "who'd backed the bill", the source is the
// pronoun ("He", "who"), which resolves like any other. Inside a
// quotation it is left unresolved: there the speaker talks of someone the
// quotation's own words name or imply ("They come up to me and they'll
// say …"), and the antecedents outside it were wrong eight times in
// eleven on the training news.
func (x *extraction) trimContractedSources() {
	for i := range x.cands {
		c := &x.cands[i]
		toks := tokenize(x.text, c.q.Source.Start, c.q.Source.End)
		if len(toks) != 1 || !finiteContraction(toks[0].lower) {
			continue
		}
		if stem := contractionSubject(toks[0].lower); personPronouns[stem] || thingPronouns[stem] || stem == "who" {
			c.q.Source.End = c.q.Source.Start + len(stem)
			if x.quotedAt(c.q.Source.Start) && c.copyFrom < 0 && !c.fixed && c.speakerOf == 0 {
				c.noSpeaker = true
			}
		}
	}
}
