package entities

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestShortForms covers how a document's short forms of a person's name
// resolve: variants of one full name (a middle initial, a middle name, a
// suffix) are one person named by the shortest form; a surname two people
// share is the person named first (in an earlier sentence than the others,
// and with a first word that is a given name); a given name two people share stays
// unresolved; a heading's capitals read as the name. One middle initial is
// dropped from a name the gazetteer does not give, unless the document
// names another person with the same given name and surname.
func TestShortForms(t *testing.T) {
	checkPass(t, inPlace(stage(t).shortForms), []passCase{
		{"a middle initial is the same person",
			"Ann K. Holt spoke first. Later Ann Holt left and Holt said no.",
			[]mentionCase{{"Ann K. Holt", 0, "PERSON", "", false}, {"Ann Holt", 0, "PERSON", "", false}, {"Holt", 2, "PERSON", "", false}},
			[]string{"Ann K. Holt@0 PERSON=Ann Holt", "Ann Holt@0 PERSON=", "Holt@2 PERSON=Ann Holt"}},
		{"a middle name and a suffix are the same person",
			"Ben Oduya Crane Jr. arrived. Ben Crane waved. Crane left.",
			[]mentionCase{{"Ben Oduya Crane Jr.", 0, "PERSON", "", false}, {"Ben Crane", 0, "PERSON", "", false}, {"Crane", 2, "PERSON", "", false}},
			[]string{"Ben Oduya Crane Jr.@0 PERSON=Ben Crane", "Ben Crane@0 PERSON=", "Crane@2 PERSON=Ben Crane"}},
		{"one middle initial is dropped",
			"Ann K. Holt spoke first. Holt said no.",
			[]mentionCase{{"Ann K. Holt", 0, "PERSON", "", false}, {"Holt", 1, "PERSON", "", false}},
			[]string{"Ann K. Holt@0 PERSON=Ann Holt", "Holt@1 PERSON=Ann Holt"}},
		{"not from the gazetteer's name",
			"Ann K. Holt spoke first. Holt said no.",
			[]mentionCase{{"Ann K. Holt", 0, "PERSON", "Ann K. Holt", false}, {"Holt", 1, "PERSON", "", false}},
			[]string{"Ann K. Holt@0 PERSON=Ann K. Holt", "Holt@1 PERSON=Ann K. Holt"}},
		{"not two initials",
			"Ann K. L. Holt spoke first. Holt said no.",
			[]mentionCase{{"Ann K. L. Holt", 0, "PERSON", "", false}, {"Holt", 1, "PERSON", "", false}},
			[]string{"Ann K. L. Holt@0 PERSON=", "Holt@1 PERSON=Ann K. L. Holt"}},
		{"a suffix is no surname",
			"Ben Crane III arrived. Crane left. III was on a sign.",
			[]mentionCase{{"Ben Crane III", 0, "PERSON", "", false}, {"Crane", 1, "PERSON", "", false}, {"III", 1, "PERSON", "", false}},
			[]string{"Ben Crane III@0 PERSON=", "Crane@1 PERSON=Ben Crane III", "III@1 PERSON="}},
		{"two middle initials are two people",
			"Tomas R. Vale spoke. Tomas P. Vale replied. Vale said yes.",
			[]mentionCase{{"Tomas R. Vale", 0, "PERSON", "", false}, {"Tomas P. Vale", 0, "PERSON", "", false}, {"Vale", 2, "PERSON", "", false}},
			[]string{"Tomas R. Vale@0 PERSON=", "Tomas P. Vale@0 PERSON=", "Vale@2 PERSON=Tomas R. Vale"}},
		{"a shared surname is the person named first, in either order",
			"Lind won. Mara Lind thanked her brother. Oskar Lind smiled. Lind said Oskar helped.",
			[]mentionCase{{"Lind", 0, "PERSON", "", false}, {"Mara Lind", 0, "PERSON", "", false}, {"Oskar Lind", 0, "PERSON", "", false},
				{"Lind", 3, "ORG", "", false}, {"Oskar", 1, "PERSON", "", false}},
			[]string{"Lind@0 PERSON=Mara Lind", "Mara Lind@0 PERSON=", "Oskar Lind@0 PERSON=",
				"Lind@3 PERSON=Mara Lind", "Oskar@1 PERSON=Oskar Lind"}},
		{"a shared surname of two people named in one sentence stays unresolved",
			"Ann Holt and Ben Holt arrived. Holt spoke first.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Ben Holt", 0, "PERSON", "", false}, {"Holt", 2, "PERSON", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Ben Holt@0 PERSON=", "Holt@2 PERSON="}},
		{"a name glued to a word gives way to the person's name",
			"Mayor Holt spoke. The Anti-Ann Holt group met. Ann Holt came. Holt left.",
			[]mentionCase{{"Mayor Holt", 0, "PERSON", "", false}, {"Anti-Ann Holt", 0, "PERSON", "", false},
				{"Ann Holt", 1, "PERSON", "", false}, {"Holt", 3, "PERSON", "", false}},
			[]string{"Mayor Holt@0 PERSON=", "Anti-Ann Holt@0 PERSON=", "Ann Holt@1 PERSON=", "Holt@3 PERSON=Ann Holt"}},
		{"two names glued by a common word give way",
			"Ann Holt With Ben Holt opened the show. Ben Holt sang. Holt left.",
			[]mentionCase{{"Ann Holt With Ben Holt", 0, "PERSON", "", false}, {"Ben Holt", 1, "PERSON", "", false}, {"Holt", 3, "PERSON", "", false}},
			[]string{"Ann Holt With Ben Holt@0 PERSON=", "Ben Holt@1 PERSON=", "Holt@3 PERSON=Ben Holt"}},
		{"a shared given name stays unresolved",
			"Ann Holt and Ann Berg met. Ann spoke.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Ann Berg", 0, "PERSON", "", false}, {"Ann", 2, "PERSON", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Ann Berg@0 PERSON=", "Ann@2 PERSON="}},
		{"capitals of a heading",
			"DORA QUILL WINS\nQuill said Dora Quill won. QUILL AGAIN",
			[]mentionCase{{"DORA QUILL", 0, "PERSON", "", true}, {"Quill", 1, "PERSON", "", false}, {"QUILL", 1, "PERSON", "", true}},
			[]string{"DORA QUILL@0 PERSON=", "Quill@1 PERSON=Dora Quill", "QUILL@1 PERSON=Dora Quill"}},
	})
}

// TestOtherOccurrences checks that a name found once is added at its other
// occurrences in the document, with its label and canonical, and at its
// surname, but not inside a longer capitalised name, not for a common word
// or a bare acronym, and not where two labels compete.
func TestOtherOccurrences(t *testing.T) {
	s := stage(t)
	if !s.feat.IsCommon("Water") {
		t.Fatal("a case needs a common lower-case word: water")
	}
	checkPass(t, func(d *pipeline.Doc, ms []mention) []mention {
		return s.otherOccurrences(d, new(scratch), ms)
	}, []passCase{
		{"a surname and a place again, not inside a longer name",
			"Ichiyo Higuchi wrote in Coron. Later Higuchi left Coron for the Coron Bay Hotel.",
			[]mentionCase{{"Ichiyo Higuchi", 0, "PERSON", "", false}, {"Coron", 0, "GPE", "", false}},
			[]string{"Ichiyo Higuchi@0 PERSON=", "Coron@0 GPE=", "Higuchi@1 PERSON=Ichiyo Higuchi", "Coron@1 GPE=Coron"}},
		{"a common word",
			"Water rose. Water fell.",
			[]mentionCase{{"Water", 0, "LOC", "", false}},
			[]string{"Water@0 LOC="}},
		{"a bare acronym",
			"NATO said no. NATO left.",
			[]mentionCase{{"NATO", 0, "ORG", "", false}},
			[]string{"NATO@0 ORG="}},
		{"an acronym with its expansion as canonical",
			"NATO said no. NATO left.",
			[]mentionCase{{"NATO", 0, "ORG", "North Atlantic Treaty Organization", false}},
			[]string{"NATO@0 ORG=North Atlantic Treaty Organization", "NATO@1 ORG=North Atlantic Treaty Organization"}},
		{"two labels compete",
			"Carrick won. Carrick lost. Carrick left.",
			[]mentionCase{{"Carrick", 0, "PERSON", "", false}, {"Carrick", 1, "GPE", "", false}},
			[]string{"Carrick@0 PERSON=", "Carrick@1 GPE="}},
	})
}

// TestOtherOccurrencesOfSharedSurname checks that the occurrences of a
// surname the model missed go to the person shortForms takes the surname
// for: the one named first, or nobody when two are first named in one
// sentence.
func TestOtherOccurrencesOfSharedSurname(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		full       []string // the full names the model found, once each
		want       string   // canonical of the added "Holt"
	}{
		{"the person named first", "Ann Holt spoke. Her brother Ben Holt waved. Later Holt left.",
			[]string{"Ann Holt", "Ben Holt"}, "Ann Holt"},
		{"two people named in one sentence", "Ann Holt and Ben Holt arrived. Later Holt left.",
			[]string{"Ann Holt", "Ben Holt"}, "Holt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(t, tc.text)
			var given []mentionCase
			for _, f := range tc.full {
				given = append(given, mentionCase{sub: f, label: pipeline.LabelPerson})
			}
			ms := givenMentions(t, d, given)
			at := strings.LastIndex(tc.text, "Holt")
			got := "(not added)"
			for _, m := range stage(t).otherOccurrences(d, new(scratch), ms) {
				if m.Start == at {
					got = m.canonical
				}
			}
			if got != tc.want {
				t.Errorf("added Holt: canonical %q, want %q", got, tc.want)
			}
		})
	}
}
