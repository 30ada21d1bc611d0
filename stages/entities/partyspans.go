package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// splitPartySpans cuts a party's adjective or member noun (partyWord) out
// of the front of an organisation, person, place or event mention where
// what follows it is no part of an organisation's name: the party word
// becomes a political group (NORP, named as partyMembersAsGroups names
// it) and the rest
//
//   - lower-case words, a role or a common noun ("Vale front-runner",
//     "Vale primaries"), are dropped; a name after them keeps a person's
//     label, or the label the gazetteer gives it; but words that join a
//     name ("for", "of the") before a capitalised word make one name
//     ("Vales for Dale");
//   - "of <place>" ("a Vale of Norland") leaves the place its own mention;
//   - "and"/"or" and another party word ("Vale and Dale") is a second group;
//   - a person's name ("Vale Ann Holt" read as one person, or any mention
//     of "Vale Holt" where the document names Ann Holt) stays the person,
//     as titles are cut from a name;
//   - a group or a place the gazetteer knows ("Vale Jews", "Vale Norland")
//     is a second group or the place (groupOrPlace);
//   - one word the organisation lists know by itself ("the Vale Senate", a
//     chamber under that party's majority) stays that organisation.
//
// Names the organisation lists know whole, also with their lower-case
// words capitalised ("Vale party"), stay: "Vale National Committee",
// "Vale Party". So do names the lists do not know, spelt as names: "Vale
// Governors Association".
func (s *Stage) splitPartySpans(d *pipeline.Doc, ms []mention) []mention {
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		m := ms[i]
		switch m.label {
		case pipeline.LabelOrg, pipeline.LabelPerson, pipeline.LabelGPE, pipeline.LabelEvent:
		default:
			continue
		}
		text := d.Text[m.Start:m.End]
		sp := strings.IndexFunc(text, unicode.IsSpace)
		if sp < 0 {
			continue
		}
		adj, ok := s.partyAdjective(text[:sp])
		if !ok || s.organisationName(text) || s.organisationName(titleWords(text)) {
			continue
		}
		ws := wordSpans(text)
		group := m
		group.End, group.label, group.canonical = m.Start+ws[0].End, pipeline.LabelNORP, adj
		group.next = text[ws[1].Start:ws[1].End]
		personNamed := func(name string) bool {
			label, ok := s.nameOfItsOwn(d, ms[:n0], i, name)
			return ok && label == pipeline.LabelPerson
		}
		rest, ok := s.afterPartyWord(m, text, ws, personNamed)
		if !ok {
			continue
		}
		ms[i] = group
		ms = append(ms, rest...)
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// afterPartyWord returns the mentions left of m's words after its leading
// party word (see splitPartySpans), and false where those words stay part
// of m. personNamed reports a person's name or surname the document gives.
func (s *Stage) afterPartyWord(m mention, text string, ws []pipeline.Span, personNamed func(string) bool) ([]mention, bool) {
	word := func(k int) string { return text[ws[k].Start:ws[k].End] }
	part := func(from int, label string) mention {
		r := m
		r.Start, r.label, r.canonical, r.prev = m.Start+ws[from].Start, label, "", word(from-1)
		return r
	}
	second := word(1)
	switch {
	case (second == "and" || second == "or") && len(ws) == 3 && s.partyWord(word(2)):
		r := part(2, pipeline.LabelNORP)
		r.canonical, _ = s.partyAdjective(word(2))
		return []mention{r}, true
	case second == "of":
		if len(ws) < 3 {
			return nil, false
		}
		place := text[ws[2].Start:]
		e, ok := s.entryFor(place, pipeline.LabelGPE, false)
		if !ok || e.Label != pipeline.LabelGPE && e.Label != pipeline.LabelLoc {
			return nil, false
		}
		return []mention{part(2, e.Label)}, true
	case !upperInitial(second):
		k, joined := 1, true
		for k < len(ws) && !upperInitial(word(k)) {
			joined = joined && (orgJoiners[ner.Hash(word(k), true)] || word(k) == "the")
			k++
		}
		if k == len(ws) {
			return nil, true
		}
		if joined {
			return nil, false // a name joined by "for" or "of the": "Vale Voters for Dale"
		}
		if m.label == pipeline.LabelPerson {
			return []mention{part(k, pipeline.LabelPerson)}, true
		}
		if e, ok := s.entryFor(text[ws[k].Start:], m.label, false); ok {
			return []mention{part(k, e.Label)}, true
		}
		return nil, true
	case m.label == pipeline.LabelPerson || personNamed(text[ws[1].Start:]):
		return []mention{part(1, pipeline.LabelPerson)}, true
	case len(ws) == 2 && s.organisationName(second):
		return []mention{part(1, pipeline.LabelOrg)}, true
	}
	if label := s.groupOrPlace(text, text[ws[1].Start:]); label != "" {
		return []mention{part(1, label)}, true
	}
	return nil, false
}

// groupOrPlace returns the label of rest, the words after a party word in
// text, when the gazetteer knows them as a group (NORP: "Vale Jews") or as
// a country or a province not spelt with common words ("Vale Norland", a
// state that party holds; not "Eastern", a province's name), and text
// itself as no name ("Democratic Republic of the Congo" keeps its
// "Republic of the Congo"); else "".
func (s *Stage) groupOrPlace(text, rest string) string {
	if _, whole := s.entryFor(text, pipeline.LabelGPE, false); whole {
		return ""
	}
	if e, ok := s.entryFor(rest, pipeline.LabelNORP, false); ok && e.Label == pipeline.LabelNORP {
		return pipeline.LabelNORP
	}
	if e, ok := s.entryFor(rest, pipeline.LabelGPE, false); ok && (e.Kind == ner.KindCountry || e.Kind == ner.KindAdmin1) &&
		!e.Ambiguous && !s.allCommon(strings.Fields(rest)) {
		return pipeline.LabelGPE
	}
	return ""
}

// wordSpans returns the byte spans of the space-separated words of text.
func wordSpans(text string) []pipeline.Span {
	var ws []pipeline.Span
	start := -1
	for i, r := range text {
		switch {
		case unicode.IsSpace(r) && start >= 0:
			ws = append(ws, pipeline.Span{Start: start, End: i})
			start = -1
		case !unicode.IsSpace(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		ws = append(ws, pipeline.Span{Start: start, End: len(text)})
	}
	return ws
}

// titleWords returns text with the first letter of each lower-case word
// upper-cased ("Vale party" -> "Vale Party").
func titleWords(text string) string {
	b := []byte(text)
	for _, w := range wordSpans(text) {
		if c := b[w.Start]; c >= 'a' && c <= 'z' {
			b[w.Start] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// dropMemberTitles drops an organisation mention that is a member's title
// built on an organisation's name ("Vale National Committeeman", a member
// of the Vale National Committee): its last word is a name word the
// organisation lists know with "man", "woman" or "member" added. A title
// is no entity, as titles cut from persons' names are not.
func (s *Stage) dropMemberTitles(d *pipeline.Doc, ms []mention) []mention {
	kept := ms[:0]
	for _, m := range ms {
		if m.label == pipeline.LabelOrg && s.memberTitle(d.Text[m.Start:m.End]) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

func (s *Stage) memberTitle(text string) bool {
	if !strings.Contains(text, " ") {
		return false
	}
	for _, suf := range [...]string{"man", "woman", "men", "women", "member", "members"} {
		if org, ok := strings.CutSuffix(text, suf); ok && !strings.HasSuffix(org, " ") && s.organisationName(org) {
			return true
		}
	}
	return false
}

// splitPlaceParty cuts a mention of a place and a party word ("Vale
// Republican", "Vale Democrats") in two: the place, a country or a
// province the gazetteer knows, and the party word, a political group
// named as partyMembersAsGroups names it. The model reads "the Vale
// Republican primary" and "saying the Vale Republican was" as one
// organisation, and the place is lost. The party's own name ("Vale
// Republican Party") ends in another word and stays whole, and so does a
// name whose first words are no country or province ("Log Cabin
// Republicans", "Young Conservatives": a town's name is too often a word
// of a group's name), a common word a province is named by ("Southern
// Democrats"), or a person.
func (s *Stage) splitPlaceParty(d *pipeline.Doc, ms []mention) []mention {
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		m := ms[i]
		if m.label == pipeline.LabelPerson || m.label == pipeline.LabelNORP || m.canonical != "" {
			continue
		}
		text := d.Text[m.Start:m.End]
		cut := strings.LastIndexByte(text, ' ')
		if cut <= 0 {
			continue
		}
		adj, ok := s.partyAdjective(text[cut+1:])
		place := strings.TrimSpace(text[:cut])
		if !ok || !s.countryOrProvince(place, m.heading) || s.feat.IsCommon(place) || s.organisationName(text) {
			continue
		}
		ms[i].End, ms[i].label, ms[i].next = m.Start+len(place), pipeline.LabelGPE, text[cut+1:]
		r := m
		r.Start, r.label, r.canonical, r.prev = m.Start+cut+1, pipeline.LabelNORP, adj, place
		ms = append(ms, r)
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
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

// keepPartyWordAlone cuts an organisation, place or event mention whose
// one capitalised word is a party word and whose other words are
// lower-case or figures ("white Vales", "the 2016 Vale", "1992 Vale
// convention") to that word, a political group: the other words name
// nothing. A party word first is left to splitPartySpans.
func (s *Stage) keepPartyWordAlone(d *pipeline.Doc, ms []mention) []mention {
	for i := range ms {
		m := &ms[i]
		switch m.label {
		case pipeline.LabelOrg, pipeline.LabelGPE, pipeline.LabelEvent:
		default:
			continue
		}
		text := d.Text[m.Start:m.End]
		if first, _ := utf8.DecodeRuneInString(text); !unicode.IsLower(first) && !unicode.IsDigit(first) || !strings.Contains(text, " ") {
			continue
		}
		ws := wordSpans(text)
		party := -1
		for k, w := range ws {
			word := text[w.Start:w.End]
			switch {
			case upperInitial(word) && party < 0:
				party = k
			case upperInitial(word) || !lowerOrFigures(word):
				party = len(ws)
			}
		}
		if party <= 0 || party >= len(ws) || s.organisationName(text) || s.organisationName(titleWords(text)) {
			continue
		}
		word := text[ws[party].Start:ws[party].End]
		adj, ok := s.partyAdjective(word)
		if !ok {
			continue
		}
		m.prev = text[ws[party-1].Start:ws[party-1].End]
		if party+1 < len(ws) {
			m.next = text[ws[party+1].Start:ws[party+1].End]
		}
		m.Start, m.End = m.Start+ws[party].Start, m.Start+ws[party].End
		m.label, m.canonical = pipeline.LabelNORP, adj
	}
	return ms
}

// lowerOrFigures reports whether word holds no upper-case letter and
// starts with a lower-case letter or a digit ("white", "2016", "caucus-goers").
func lowerOrFigures(word string) bool {
	for i, r := range word {
		if unicode.IsUpper(r) || i == 0 && !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
