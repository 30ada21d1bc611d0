package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// splitPartyMembers cuts a mention of a place and a party's adjective or
// member noun ("Ohio Republican", "Vale Democrats", "Norland Greens") in
// two: the place, a country or a province the gazetteer knows, and the
// party word, a
// political group (NORP, as docs/SCHEMA.md has it). The model reads
// "the Ohio Republican primary" and "saying the Ohio Republican was" as
// one organisation, and the place is lost. A party word is one the
// organisation lists name a party by: "<word> Party", with a plural's "s"
// dropped ("Republicans") or "ic" added to a member noun ("Democrat",
// "Democratic Party"). The party's own name ("Ohio Republican Party")
// ends in another word and stays whole, and so does a name whose first
// words are no country or province ("Log Cabin Republicans", "Young
// Conservatives": a town's name is too often a word of a group's name),
// nor a common word a province is named by ("Southern Democrats").
func (s *Stage) splitPartyMembers(d *pipeline.Doc, ms []mention) []mention {
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		m := ms[i]
		if m.label == pipeline.LabelPerson || m.canonical != "" {
			continue
		}
		text := d.Text[m.Start:m.End]
		cut := strings.LastIndexByte(text, ' ')
		if cut <= 0 || !s.partyWord(text[cut+1:]) {
			continue
		}
		place := strings.TrimSpace(text[:cut])
		if !s.countryOrProvince(place, m.heading) || s.feat.IsCommon(place) {
			continue
		}
		ms[i].End, ms[i].label, ms[i].next = m.Start+len(place), pipeline.LabelGPE, text[cut+1:]
		r := m
		r.Start, r.label, r.prev = m.Start+cut+1, pipeline.LabelNORP, place
		ms = append(ms, r)
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// partyWord reports whether w is a party's adjective or member noun: the
// organisation lists know a party named "<w> Party", w without a plural's
// "s", or that with "ic" added ("Democrats" of "Democratic Party").
func (s *Stage) partyWord(w string) bool {
	if !upperInitial(w) {
		return false
	}
	stem := strings.TrimSuffix(w, "s")
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

// countryOrProvince reports whether the gazetteer knows text as a country
// or a province (a US state).
func (s *Stage) countryOrProvince(text string, fold bool) bool {
	for _, ei := range s.gaz.Lookup(text, fold) {
		if e := s.gaz.Entries[ei]; e.Label == pipeline.LabelGPE && (e.Kind == ner.KindCountry || e.Kind == ner.KindAdmin1) {
			return true
		}
	}
	return false
}
