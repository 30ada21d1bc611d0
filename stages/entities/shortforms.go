package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the short forms of the document's names: a surname, a
// given name or an organisation's word standing for the full name the
// document gives (shortForms), and a full name the model read as an
// organisation that the document's own surname makes a person
// (surnamesOfPersons).

// shortForms maps a surname to the full name mentioned in the same document
// ("Parasiliti" -> "Andrew Parasiliti") and a one-word ORG to the longer ORG
// it ends or heads ("Observatory" -> "Syrian Observatory for Human Rights").
// Full names that differ only by middle initials or a suffix ("Ann K. Holt",
// "Ann Holt", "Ann Holt Jr.") are one person, named by the shortest form.
// A surname several people of the document share is the person named in
// full first: news names the subject first and calls a relative or a
// namesake by the full or the given name. A given name alone and an
// organisation's word are resolved only when they point to one name.
func (s *Stage) shortForms(d *pipeline.Doc, ms []mention) {
	type target struct {
		canonical string
		n         int // distinct full names with this short form
	}
	var orgs, orgHeads map[string]target
	add := func(tab *map[string]target, key, canon string) {
		if *tab == nil {
			*tab = map[string]target{}
		}
		if t, ok := (*tab)[key]; ok {
			if t.canonical != canon {
				t.n++
				(*tab)[key] = t
			}
			return
		}
		(*tab)[key] = target{canon, 1}
	}
	var people personTable
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		if (m.label != pipeline.LabelPerson && m.label != pipeline.LabelOrg) || !strings.Contains(text, " ") {
			continue
		}
		words := strings.Fields(text)
		canon := m.canonical
		if canon == "" {
			canon = plainName(text, m.heading)
		}
		switch m.label {
		case pipeline.LabelPerson:
			if m.heading {
				words = strings.Fields(canon) // "DONALD DUCK" is "Donald Duck"
			}
			people.add(words, canon, m.canonical == "", m.sent, s.nameShaped(words))
		case pipeline.LabelOrg:
			add(&orgHeads, orgHead(words), canon)
			for k, w := range words[1:] {
				// The head noun ("Army" of "Syrian Army") or a rare capitalised word.
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && (k == len(words)-2 || !s.feat.IsCommon(w)) {
					add(&orgs, w, canon)
				}
			}
		}
	}
	people.dropMiddleInitials()
	if len(people.persons) == 0 && orgs == nil && orgHeads == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		text := d.Text[m.Start:m.End]
		if strings.ContainsAny(text, " ") {
			if m.label == pipeline.LabelPerson {
				// "Ann K. Holt" is "Ann Holt" where both are written.
				canon := m.canonical
				if canon == "" {
					canon = plainName(text, m.heading)
				}
				if c := people.variantOf(canon); c != canon {
					m.canonical = c
				}
			}
			continue
		}
		if m.heading {
			text = plainName(text, true) // "DUCK" in a heading is "Duck"
		}
		if c, ok := people.bySurname(text); ok && (m.label == pipeline.LabelPerson || m.fromModel && m.canonical == "" ||
			s.firstName(people.givenNameOf(text)) && s.townOrOrgByName(m, text)) {
			// A word that ends a person's name elsewhere in the document is
			// that person, whatever the model made of it alone.
			m.label, m.canonical = pipeline.LabelPerson, c
			continue
		}
		if c, ok := people.byGivenName(text); ok && m.label == pipeline.LabelPerson && m.canonical == "" {
			// A given name alone ("Hillary") is the one person of the
			// document with that given name, unless it is also someone's
			// surname there.
			if _, surname := people.bySurname(text); !surname {
				m.canonical = c
				continue
			}
		}
		if t, ok := orgHeads[text]; ok && t.n == 1 && m.label != pipeline.LabelOrg && m.fromModel && m.canonical == "" {
			// Likewise the head word of one organisation's name
			// ("Observatory" after "Syrian Observatory for Human Rights").
			m.label, m.canonical = pipeline.LabelOrg, t.canonical
			continue
		}
		switch m.label {
		case pipeline.LabelOrg:
			if t, ok := orgs[text]; ok && t.n == 1 && m.canonical == "" {
				m.canonical = t.canonical
			}
		}
	}
}

// orgHead returns the head noun of an organisation's name: the word before
// its first "of"/"for"/"on" ("Observatory" of "Syrian Observatory for Human
// Rights", "Bank" of "Bank of England"), else its last word ("Army").
func orgHead(words []string) string {
	for k := 1; k < len(words); k++ {
		switch words[k] {
		case "of", "for", "on":
			return words[k-1]
		}
	}
	return words[len(words)-1]
}

// townOrOrgByName reports a one-word mention the gazetteer named as a town
// or an organisation, read where a person's surname may stand: a
// candidate "Draper" is no town of that name, a mayor "Bloomberg" no news
// agency, once the document names them in full. Countries, provinces
// and large cities keep their name ("Washington", "Georgia"), and so does
// a word after a preposition of place ("in Draper") or an organisation's
// after "the" ("the Bloomberg"; but "the Draper years" are hers).
func (s *Stage) townOrOrgByName(m *mention, text string) bool {
	if m.canonical == "" || m.heading || m.label == pipeline.LabelPerson {
		return false
	}
	switch strings.ToLower(m.prev) {
	case "in", "at", "near", "from", "outside", "across", "around", "throughout", "inside", "into", "via":
		return false
	}
	e, ok := s.entryFor(text, m.label, false)
	if !ok {
		return false
	}
	if e.Kind == ner.KindCity {
		return true // "the Draper years" is hers; "the" opens no town's name
	}
	return (e.Kind == ner.KindOrg || e.Kind == ner.KindCompany) && !strings.EqualFold(m.prev, "the")
}

// surnamesOfPersons relabels "Boris Johnson", read by the model as an ORG,
// where the document's own mentions of "Johnson" are PERSON: a first name
// and a known surname. Neither word may be a common word, a place or
// anything else the gazetteer knows ("New England", "Providence Journal"),
// nor an organisation's head word.
func (s *Stage) surnamesOfPersons(d *pipeline.Doc, sc *scratch, ms []mention) {
	person := labelIndex(pipeline.LabelPerson)
	for i := range ms {
		m := &ms[i]
		if !m.fromModel || m.label != pipeline.LabelOrg || m.canonical != "" {
			continue
		}
		first, last, ok := strings.Cut(d.Text[m.Start:m.End], " ")
		if !ok || strings.Contains(last, " ") || !upperInitial(first) || !upperInitial(last) {
			continue
		}
		vi, ok := sc.voteIndex[last]
		if !ok || sc.votes[vi].n[person] == 0 || sc.votes[vi].n[person] < sc.votes[vi].total() {
			continue // "Johnson" must be a PERSON wherever it stands alone
		}
		if s.feat.IsCommon(first) || s.feat.IsCommon(last) || orgHeadWords[ner.Hash(last, true)] || notNamePart(first) || notNamePart(last) ||
			len(s.gaz.Lookup(first, true)) > 0 || len(s.gaz.Lookup(last, true)) > 0 {
			continue
		}
		m.label = pipeline.LabelPerson
	}
}

// notNamePart reports a word with the ending of an adjective or an
// abstract noun ("English", "Synthetic", "Confederate", "Cubism",
// "Pathology"), which a person's name seldom has; short words are let
// through ("Hal", "Kate").
func notNamePart(w string) bool {
	if len(w) <= 4 {
		return false
	}
	for _, suf := range []string{"ic", "al", "ish", "ate", "ese", "ism", "ogy", "ics", "ity", "ern"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
