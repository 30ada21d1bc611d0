package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestGluedNames covers the mentions cut in two where two names stand
// glued: over a possessive ("Holt's Vale Party") and over a dash ("the
// Holt-Vale race"), only where each part is a name of its own.
func TestGluedNames(t *testing.T) {
	s := stage(t)
	checkPass(t, func(d *pipeline.Doc, ms []mention) []mention {
		return s.splitDashedNames(d, s.splitPossessives(d, ms))
	}, []passCase{
		{"a surname before a possessive",
			"Ann Holt spoke. Holt's Vale Party grew.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Holt's Vale Party", 0, "ORG", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Holt@1 PERSON=", "Vale Party@0 ORG="}},
		{"a plural possessive of a surname, then a place the gazetteer knows",
			"Tom Abrams won. Add Abrams’ Ohio votes.",
			[]mentionCase{{"Tom Abrams", 0, "PERSON", "", false}, {"Abrams’ Ohio", 0, "PERSON", "", false}},
			[]string{"Tom Abrams@0 PERSON=", "Abrams@1 PERSON=", "Ohio@0 GPE="}},
		{"a person's name before a word nobody knows drops the word",
			"Tom Abrams won. Add Abrams’ Zorblat votes.",
			[]mentionCase{{"Tom Abrams", 0, "PERSON", "", false}, {"Abrams’ Zorblat", 0, "PERSON", "", false}},
			[]string{"Tom Abrams@0 PERSON=", "Abrams@1 PERSON="}},
		{"a company named alone elsewhere",
			"Norvex bought it. Staff of Norvex's Tallo left.",
			[]mentionCase{{"Norvex", 0, "ORG", "", false}, {"Norvex's Tallo", 0, "ORG", "", false}},
			[]string{"Norvex@0 ORG=", "Norvex@1 ORG=", "Tallo@0 ORG="}},
		{"a country alone is no evidence",
			"Leaders of Norway's Harbour Party met.",
			[]mentionCase{{"Norway's Harbour Party", 0, "ORG", "", false}},
			[]string{"Norway's Harbour Party@0 ORG="}},
		{"a country the document names alone",
			"Norway voted. Leaders of Norway's Harbour Party met.",
			[]mentionCase{{"Norway", 0, "GPE", "", false}, {"Norway's Harbour Party", 0, "ORG", "", false}},
			[]string{"Norway@0 GPE=", "Norway@1 GPE=", "Harbour Party@0 ORG="}},
		{"a name that holds a possessive",
			"The People's Harbour Front met.",
			[]mentionCase{{"People's Harbour Front", 0, "ORG", "", false}},
			[]string{"People's Harbour Front@0 ORG="}},
		{"a name always written with its possessive",
			"Cures for Brenner's are slow. The Brenner's Action Group met.",
			[]mentionCase{{"Brenner", 0, "GPE", "", false}, {"Brenner's Action Group", 0, "ORG", "", false}},
			[]string{"Brenner@0 GPE=", "Brenner's Action Group@0 ORG="}},
		{"a rule's name for the whole",
			"Tom Abrams spoke. Abrams's defence office agreed.",
			[]mentionCase{{"Tom Abrams", 0, "PERSON", "", false}, {"Abrams's defence office", 0, "ORG", "Abrams Defence Office", false}},
			[]string{"Tom Abrams@0 PERSON=", "Abrams's defence office@0 ORG=Abrams Defence Office"}},
		{"two people joined by a dash",
			"Ann Holt and Ben Vale ran. The Holt-Vale race was close.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Ben Vale", 0, "PERSON", "", false}, {"Holt-Vale", 0, "PERSON", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Ben Vale@0 PERSON=", "Holt@1 PERSON=", "Vale@1 PERSON="}},
		{"two groups joined by a dash",
			"Norlandic and Vesterian envoys met. Norlandic-Vesterian talks began.",
			[]mentionCase{{"Norlandic", 0, "NORP", "", false}, {"Vesterian", 0, "NORP", "", false}, {"Norlandic-Vesterian", 0, "PERSON", "", false}},
			[]string{"Norlandic@0 NORP=", "Vesterian@0 NORP=", "Norlandic@1 NORP=", "Vesterian@1 NORP="}},
		{"a double-barrelled surname",
			"Ann Holt-Vale spoke. Holt-Vale left.",
			[]mentionCase{{"Ann Holt-Vale", 0, "PERSON", "", false}, {"Holt-Vale", 1, "PERSON", "", false}},
			[]string{"Ann Holt-Vale@0 PERSON=", "Holt-Vale@1 PERSON="}},
	})
}

// TestSurnameOverGazetteer covers a person's surname the gazetteer gave to
// a town or an organisation: the person where the document names them in
// full with a given name the name lists know; not a country, a province or
// a large city, nor after "the" or a preposition of place, nor for a name
// without a given name.
func TestSurnameOverGazetteer(t *testing.T) {
	checkPass(t, inPlace(stage(t).shortForms), []passCase{
		{"a town",
			"Ben Draper spoke. Many liked Draper's speech.",
			[]mentionCase{{"Ben Draper", 0, "PERSON", "", false}, {"Draper", 1, "GPE", "Draper", false}},
			[]string{"Ben Draper@0 PERSON=", "Draper@1 PERSON=Ben Draper"}},
		{"an organisation",
			"Mayor Ann Bloomberg spoke. Later Bloomberg said no.",
			[]mentionCase{{"Ann Bloomberg", 0, "PERSON", "", false}, {"Bloomberg", 1, "ORG", "Bloomberg", false}},
			[]string{"Ann Bloomberg@0 PERSON=", "Bloomberg@1 PERSON=Ann Bloomberg"}},
		{"after a preposition of place",
			"Ben Draper spoke. The rally in Draper was full.",
			[]mentionCase{{"Ben Draper", 0, "PERSON", "", false}, {"Draper", 1, "GPE", "Draper", false}},
			[]string{"Ben Draper@0 PERSON=", "Draper@1 GPE=Draper"}},
		{"a town's name after the",
			"Ben Draper spoke. The Draper years were calm.",
			[]mentionCase{{"Ben Draper", 0, "PERSON", "", false}, {"Draper", 1, "GPE", "Draper", false}},
			[]string{"Ben Draper@0 PERSON=", "Draper@1 PERSON=Ben Draper"}},
		{"an organisation's after the",
			"Mayor Ann Bloomberg spoke. The Bloomberg reported it.",
			[]mentionCase{{"Ann Bloomberg", 0, "PERSON", "", false}, {"Bloomberg", 1, "ORG", "Bloomberg", false}},
			[]string{"Ann Bloomberg@0 PERSON=", "Bloomberg@1 ORG=Bloomberg"}},
		{"a state and large city",
			"Ann Washington spoke. Then Washington agreed.",
			[]mentionCase{{"Ann Washington", 0, "PERSON", "", false}, {"Washington", 1, "GPE", "Washington", false}},
			[]string{"Ann Washington@0 PERSON=", "Washington@1 GPE=Washington"}},
		{"a name opening with no known given name",
			"The Zorblat Draper opened. Many liked Draper's speech.",
			[]mentionCase{{"Zorblat Draper", 0, "PERSON", "", false}, {"Draper", 1, "GPE", "Draper", false}},
			[]string{"Zorblat Draper@0 PERSON=", "Draper@1 GPE=Draper"}},
		{"a name without a given name",
			"Mayor Draper spoke. Many liked Draper's speech.",
			[]mentionCase{{"Mayor Draper", 0, "PERSON", "", false}, {"Draper", 1, "GPE", "Draper", false}},
			[]string{"Mayor Draper@0 PERSON=", "Draper@1 GPE=Draper"}},
	})
}

// TestConsistentLabelTie checks that a surface form with as many mentions
// under two labels takes the label of its first mention in running text.
func TestConsistentLabelTie(t *testing.T) {
	checkPass(t, func(d *pipeline.Doc, ms []mention) []mention {
		new(scratch).consistentLabels(d, ms) // a fresh scratch for each case
		return ms
	}, []passCase{
		{"organisation first",
			"She runs drama at Tallo. Tallo's revival was a hit.",
			[]mentionCase{{"Tallo", 0, "ORG", "", false}, {"Tallo", 1, "PERSON", "", false}},
			[]string{"Tallo@0 ORG=", "Tallo@1 ORG="}},
		{"person first",
			"Tallo said no. She runs drama at Tallo.",
			[]mentionCase{{"Tallo", 0, "PERSON", "", false}, {"Tallo", 1, "ORG", "", false}},
			[]string{"Tallo@0 PERSON=", "Tallo@1 PERSON="}},
		{"a one-word event casts no vote",
			"The Tallo campaign began. Tallo said no.",
			[]mentionCase{{"Tallo", 0, "EVENT", "", false}, {"Tallo", 1, "PERSON", "", false}},
			[]string{"Tallo@0 PERSON=", "Tallo@1 PERSON="}},
		{"a majority still wins",
			"Tallo said no. She runs drama at Tallo. Tallo hired her.",
			[]mentionCase{{"Tallo", 0, "PERSON", "", false}, {"Tallo", 1, "ORG", "", false}, {"Tallo", 2, "ORG", "", false}},
			[]string{"Tallo@0 ORG=", "Tallo@1 ORG=", "Tallo@2 ORG="}},
	})
}

// TestNameAfterTitle covers where a person's name starts after a title
// inside a span, abbreviated titles and a title opening the span included.
func TestNameAfterTitle(t *testing.T) {
	s := stage(t)
	for _, tc := range []struct {
		span string
		want int
	}{
		{"House Minority Leader Ann Holt", 3},
		{"Ohio Gov. Holt", 2},
		{"Norland Sen. Ann Holt", 2},
		{"Chairman Holt", 1},
		{"Central Bank Chair Ann Holt", 3},
		{"Speaker of the House", 0},
		{"Ann Holt", 0},
	} {
		if got := s.nameAfterTitle(strings.Fields(tc.span)); got != tc.want {
			t.Errorf("%q: name at %d, want %d", tc.span, got, tc.want)
		}
	}
}

// TestEventTails checks that a lower-case word after a name ends an event
// only when it names one ("civil war"); "the Holt campaign" is the person,
// "the 2012 Senate campaign" an event.
func TestEventTails(t *testing.T) {
	s := stage(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a person's campaign",
			"Ann Holt spoke in Denver on Monday. The Holt campaign said the rally drew a crowd. A spokesman for the Holt presidential campaign declined to comment.",
			[]string{"Ann Holt/PERSON", "Denver/GPE", "Holt/PERSON=Ann Holt", "Holt/PERSON=Ann Holt"}},
		{"a full name's campaign",
			"The Ann Holt campaign said the rally drew a crowd. Holt spoke later.",
			[]string{"Ann Holt/PERSON", "Holt/PERSON=Ann Holt"}},
		{"a surname the name lists know",
			"Staff at the Sanders campaign quit.",
			[]string{"Sanders/PERSON"}},
		{"a year keeps the event whole",
			"He raised money for his 2012 Senate campaign in Texas.",
			[]string{"2012 Senate campaign/EVENT", "Texas/GPE"}},
		{"a war keeps its noun",
			"The Syrian civil war went on.",
			[]string{"Syrian civil war/EVENT"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := mentionStrings(processText(t, s, tc.text))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestDropDiseases checks that a name the document writes before a
// disease noun is no entity anywhere in it, unless it is the surname of a
// person named in full.
func TestDropDiseases(t *testing.T) {
	checkPass(t, dropDiseases, []passCase{
		{"a virus read as a person",
			"Funds to fight Brannock ran out. The Brannock virus spread. Ann Holt spoke.",
			[]mentionCase{{"Brannock", 0, "PERSON", "", false}, {"Brannock", 1, "PERSON", "", false}, {"Ann Holt", 0, "PERSON", "", false}},
			[]string{"Ann Holt@0 PERSON="}},
		{"a person's surname before a disease noun",
			"Dr. Ann Holt spoke. The Holt vaccine works.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Holt", 1, "PERSON", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Holt@1 PERSON="}},
		{"no disease noun",
			"Funds to fight Brannock ran out. Brannock said no.",
			[]mentionCase{{"Brannock", 0, "PERSON", "", false}, {"Brannock", 1, "PERSON", "", false}},
			[]string{"Brannock@0 PERSON=", "Brannock@1 PERSON="}},
	})
}

// TestNameAfterOffice covers a person's name glued to the office of
// "<title> of <office>": the office's words are cut, the name kept.
func TestNameAfterOffice(t *testing.T) {
	s := stage(t)
	for _, tc := range []struct {
		sentence, span string
		want           int
	}{
		{"former Secretary of State Ann Holt said", "State Ann Holt", 1},
		{"the Chief of Staff Ann Holt said", "Staff Ann Holt", 1},
		{"Secretary of Homeland Security Ann Holt said", "Homeland Security Ann Holt", 2},
		{"the Bank of Norland Holt said", "Norland Holt", 0},
		{"the Secretary of State spoke", "State", 0},
		{"the Minister of Vale Shipping Works said", "Vale Shipping Works", 0},
	} {
		texts := strings.Fields(tc.sentence)
		span := strings.Fields(tc.span)
		a := slices.Index(texts, span[0])
		if got := s.nameAfterOffice(texts, a, a+len(span)); got != tc.want {
			t.Errorf("%q in %q: name after %d words, want %d", tc.span, tc.sentence, got, tc.want)
		}
	}
}

// TestNameAfterKinNoun checks that a name right after a word for a
// relative is a person, even one the gazetteer knows as a place.
func TestNameAfterKinNoun(t *testing.T) {
	s := stage(t)
	got := mentionStrings(processText(t, s, "The dinner was opened by his wife, Lara. She thanked the guests."))
	if want := []string{"Lara/PERSON"}; !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
