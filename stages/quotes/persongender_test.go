package quotes

import "testing"

// TestPersonGender reads a person's gender where the first-name list and
// the document disagree: the document's titles and appositives win, the
// name's own title wins over both, and conflicting titles leave it unknown.
func TestPersonGender(t *testing.T) {
	personGender := func(x *extraction, name string) byte {
		return x.personGender(name, "", len(x.text)) // a name with no entity id
	}
	runGenderCases(t, "personGender", personGender, []genderCase{
		{"the document says Mr. of a name the list marks female",
			"Evelyn Ward spoke first. Mr. Ward left at noon.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward", "Ward@2/PERSON=Evelyn Ward"}, "Evelyn Ward", genderMale},
		{"a lone surname, through its entity",
			"Evelyn Ward spoke first. Mr. Ward left at noon.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward", "Ward@2/PERSON=Evelyn Ward"}, "Ward", genderMale},
		{"the list where the document says nothing",
			"Evelyn Ward spoke first.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward"}, "Evelyn Ward", genderFemale},
		{"the name's own title outweighs the document",
			"Dale Ward, a father of three, spoke. Mrs. Ward left.",
			[]string{"Dale Ward/PERSON=Dale Ward"}, "Mrs. Ward", genderFemale},
		{"titles that conflict leave the list to read the name",
			"Mr. Nora Ward and Mrs. Nora Ward came late.",
			[]string{"Nora Ward/PERSON=Nora Ward", "Nora Ward@2/PERSON=Nora Ward"}, "Nora Ward", genderFemale},
		{"titles that conflict, a name the list does not know",
			"Mr. Tobrin Ward and Mrs. Tobrin Ward came late.",
			[]string{"Tobrin Ward/PERSON=Tobrin Ward", "Tobrin Ward@2/PERSON=Tobrin Ward"}, "Tobrin Ward", genderUnknown},
	})
}

// TestSearchesReadDocumentGender checks that the searches for whom a
// pronoun stands for, not only the previous speaker's, pass over a person
// by the gender the document gives, where the first-name list says the
// other.
func TestSearchesReadDocumentGender(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the last person named, with no speaker before",
			"Nora Pike met Evelyn Ward, a father of three, at the mill on Monday. He said the plant would close in May.",
			[]string{"Nora Pike/PERSON=Nora Pike", "Evelyn Ward/PERSON=Evelyn Ward"},
			[]string{"Evelyn Ward"}},
		{"a woman the list marks male, before a she",
			"Nora Pike met Marcus Vale, the town's chairwoman, at the mill on Monday. Nora Pike left early. Mrs. Vale stayed. She said the plant would close in May.",
			[]string{"Nora Pike/PERSON=Nora Pike", "Marcus Vale/PERSON=Marcus Vale", "Nora Pike@2/PERSON=Nora Pike", "Vale@2/PERSON=Marcus Vale"},
			[]string{"Marcus Vale"}},
		{"who is told does not speak: the other person named, of the pronoun's gender",
			"Evelyn Ward, a father of three, met Carl Mott at the mill.\n\nMott asked Ward about the plant.\n\n“It will close,” he told Mott.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward", "Carl Mott/PERSON=Carl Mott", "Mott@2/PERSON=Carl Mott", "Ward@2/PERSON=Evelyn Ward", "Mott@3/PERSON=Carl Mott"},
			[]string{"Evelyn Ward"}},
	})
}
