package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// partyWord reports whether w is a party's adjective or member noun (see
// partyAdjective).
func (s *Stage) partyWord(w string) bool {
	_, ok := s.partyAdjective(w)
	return ok
}

// partyAdjective reports whether w is a party's adjective or member noun:
// a word of an adjective's or member noun's form (memberForm) by which the
// organisation lists name a party "<w> Party", w without a plural's "s",
// or that with "ic" added ("Democrats" of "Democratic Party"). Parties
// named by other words ("Reform Party", "Independence Party") have no
// member noun of that word. It returns the adjective the party's name is
// built on ("Democratic" for "Democrat", "Democrats" and "Democratic"):
// the canonical of the political group, as a nationality's is its
// adjective ("American" for "Americans").
func (s *Stage) partyAdjective(w string) (string, bool) {
	stem := strings.TrimSuffix(w, "s")
	if !upperInitial(w) || !memberForm(stem) || !s.partyStems[w] && !s.partyStems[stem] {
		return "", false
	}
	for _, name := range [...]string{w + " Party", stem + " Party", stem + "ic Party"} {
		e, ok := s.gaz.OrgName(name)
		if !ok || e.Label != pipeline.LabelOrg {
			e, ok = s.entryFor(name, pipeline.LabelOrg, false)
			ok = ok && e.Label == pipeline.LabelOrg && e.Surface == name
		}
		if !ok {
			continue
		}
		// The party's canonical name when it is "<adjective> Party" (an alias
		// "<w> Party" names the party by its canonical), else the name found.
		adj, _ := strings.CutSuffix(name, " Party")
		if c, isParty := strings.CutSuffix(e.Canonical, " Party"); isParty && !strings.Contains(c, " ") && strings.HasPrefix(c, stem[:len(stem)/2]) {
			adj = c
		}
		return adj, true
	}
	return "", false
}

// partyMembersAsGroups relabels NORP the one-word organisation mentions
// of a party's adjective or member noun ("three Republican hopefuls", "a
// ranking Democrat", "Democrats won"): a political group, as docs/SCHEMA.md
// has it, which the model reads now as NORP, now as ORG, and at times as a
// place or, in the plural, a person ("Democrats" is no one's name). A
// word the organisation lists give as a party's own name ("Labour",
// "Conservatives") stays ORG. Every political group, relabelled or read
// as NORP by the model, is named by its party's adjective, so one party's
// forms are one entity.
func (s *Stage) partyMembersAsGroups(d *pipeline.Doc, ms []mention) {
	for i := range ms {
		m := &ms[i]
		text := d.Text[m.Start:m.End]
		if strings.Contains(text, " ") {
			continue
		}
		switch m.label {
		case pipeline.LabelNORP, pipeline.LabelOrg, pipeline.LabelGPE, pipeline.LabelLoc, pipeline.LabelFac, pipeline.LabelEvent:
		case pipeline.LabelPerson:
			if !strings.HasSuffix(text, "s") {
				continue // "Liberal" may be a surname
			}
		default:
			continue
		}
		adj, ok := s.partyAdjective(text)
		if !ok || m.label != pipeline.LabelNORP && s.organisationName(text) {
			continue
		}
		m.label, m.canonical = pipeline.LabelNORP, adj
	}
}

// organisationName reports whether the organisation lists know text as a
// name or alias of an organisation.
func (s *Stage) organisationName(text string) bool {
	if _, ok := s.gaz.OrgName(text); ok {
		return true
	}
	for _, ei := range s.gaz.Lookup(text, false) {
		if s.gaz.Entries[ei].Label == pipeline.LabelOrg {
			return true
		}
	}
	return false
}

// memberForm reports whether a word (without a plural's "s") ends as the
// adjectives and member nouns of parties do: Republican, Democratic,
// Democrat, Conservative, Liberal, Socialist.
func memberForm(w string) bool {
	for _, suf := range [...]string{"an", "ic", "crat", "ive", "al", "ist"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// partyWordsUnread adds a political group (NORP) mention for each party
// adjective or member noun the model left unread ("Only two Democrats back
// the bill", "25,000 of them Republicans"), as partyMembersAsGroups labels
// the ones it read: not inside another mention or a longer capitalised
// run ("Republican National Committee" the model missed is no group),
// unless the run is the party word and a chamber (beforeChamber), nor a
// word the organisation lists give as a party's own name.
func (s *Stage) partyWordsUnread(d *pipeline.Doc, ms []mention) []mention {
	n0 := len(ms)
	next := 0
	for ti, tok := range d.Tokens {
		for next < n0 && ms[next].End <= tok.Start {
			next++
		}
		if next < n0 && ms[next].Start < tok.End || !searchedSentence(d, tok.Sentence) {
			continue
		}
		word := tok.Text
		if n := possessiveLen(word); n > 0 && n < len(word) {
			word = word[:len(word)-n]
		}
		adj, ok := s.partyAdjective(word)
		if !ok || s.organisationName(word) || inLongerName(d, ti, 1) && !s.beforeChamber(d, ti, word) {
			continue
		}
		ms = append(ms, mention{Span: pipeline.Span{Start: tok.Start, End: tok.Start + len(word)}, sent: tok.Sentence, label: pipeline.LabelNORP, canonical: adj})
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// beforeChamber reports whether the party word at token ti opens a
// capitalised run of two words whose second one the organisation lists
// know by itself, a chamber under that party's majority ("a Vale
// Senate"), as splitPartySpans cuts such a mention the model read, and
// the two words are no organisation's name.
func (s *Stage) beforeChamber(d *pipeline.Doc, ti int, word string) bool {
	si := d.Tokens[ti].Sentence
	capital := func(k int) bool {
		return k >= 0 && k < len(d.Tokens) && d.Tokens[k].Sentence == si && upperInitial(d.Tokens[k].Text)
	}
	if word != d.Tokens[ti].Text || ti-1 > d.Sentences[si].FirstToken && capital(ti-1) || !capital(ti+1) || capital(ti+2) {
		return false
	}
	next := d.Tokens[ti+1].Text
	return s.organisationName(next) && !s.organisationName(word+" "+next)
}
