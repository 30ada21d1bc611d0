package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// partyWord reports whether w is a party's adjective or member noun: a
// word of an adjective's or member noun's form (memberForm) by which the
// organisation lists name a party "<w> Party", w without a plural's "s",
// or that with "ic" added ("Democrats" of "Democratic Party"). Parties
// named by other words ("Reform Party", "Independence Party") have no
// member noun of that word.
func (s *Stage) partyWord(w string) bool {
	stem := strings.TrimSuffix(w, "s")
	if !upperInitial(w) || !memberForm(stem) {
		return false
	}
	for _, name := range [...]string{w + " Party", stem + " Party", stem + "ic Party"} {
		if e, ok := s.gaz.OrgName(name); ok && e.Label == pipeline.LabelOrg {
			return true
		}
		if e, ok := s.entryFor(name, pipeline.LabelOrg, false); ok && e.Label == pipeline.LabelOrg && e.Surface == name {
			return true
		}
	}
	return false
}

// partyMembersAsGroups relabels NORP the one-word organisation mentions
// of a party's adjective or member noun ("three Republican hopefuls", "a
// ranking Democrat", "Democrats won"): a political group, as docs/SCHEMA.md
// has it, which the model reads now as NORP, now as ORG. A word the
// organisation lists give as a party's own name ("Labour", "Conservatives")
// stays ORG.
func (s *Stage) partyMembersAsGroups(d *pipeline.Doc, ms []mention) {
	for i := range ms {
		m := &ms[i]
		if m.label != pipeline.LabelOrg {
			continue
		}
		text := d.Text[m.Start:m.End]
		if strings.Contains(text, " ") || !s.partyWord(text) || s.organisationName(text) {
			continue
		}
		m.label, m.canonical = pipeline.LabelNORP, ""
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
// run ("Republican National Committee" the model missed is no group), nor
// a word the organisation lists give as a party's own name.
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
		if !s.partyWord(word) || s.organisationName(word) || inLongerName(d, ti, 1) {
			continue
		}
		ms = append(ms, mention{Span: pipeline.Span{Start: tok.Start, End: tok.Start + len(word)}, sent: tok.Sentence, label: pipeline.LabelNORP})
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}
