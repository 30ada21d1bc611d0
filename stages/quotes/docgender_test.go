package quotes

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestDocumentGender reads the gender a document gives a person from its
// titles, appositives and the pronouns that open what the person says.
func TestDocumentGender(t *testing.T) {
	documentGender := func(x *extraction, canonical string) byte {
		return x.documentGender(pipeline.EntityID(pipeline.LabelPerson, canonical))
	}
	runGenderCases(t, "documentGender", documentGender, []genderCase{
		{"a title later on, for a name the list does not know",
			"Tobrin Vale opened the hearing. Later Mr. Vale left the room.",
			[]string{"Tobrin Vale/PERSON=Tobrin Vale", "Vale@2/PERSON=Tobrin Vale"}, "Tobrin Vale", genderMale},
		{"the title inside the mention",
			"Mrs. Vale opened the hearing.",
			[]string{"Mrs. Vale/PERSON=Tobrin Vale"}, "Tobrin Vale", genderFemale},
		{"an appositive noun, for a name the list marks the other way",
			"Evelyn Ward, a father of three, declined to comment.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward"}, "Evelyn Ward", genderMale},
		{"an appositive after an age",
			"Dale Ward, 52, the town's chairwoman, called the vote.",
			[]string{"Dale Ward/PERSON=Dale Ward"}, "Dale Ward", genderFemale},
		{"a gendered title before the name",
			"The award went to spokeswoman Dale Ward on Monday.",
			[]string{"Dale Ward/PERSON=Dale Ward"}, "Dale Ward", genderFemale},
		{"titles that conflict",
			"Mr. Ward and Mrs. Ward came late; Mr. Ward left first.",
			[]string{"Ward/PERSON=Kim Ward", "Ward@2/PERSON=Kim Ward", "Ward@3/PERSON=Kim Ward"}, "Kim Ward", genderConflict},
		{"a pronoun is no title",
			"The clerk told her Dale Ward was away.",
			[]string{"Dale Ward/PERSON=Dale Ward"}, "Dale Ward", genderUnknown},
		{"a kin noun after a possessive pronoun describes someone else",
			"Dale Ward, his wife and two aides flew home.",
			[]string{"Dale Ward/PERSON=Dale Ward"}, "Dale Ward", genderUnknown},
		{"said he, twice",
			"Evelyn Ward said he was tired. Ward, a chemist at the plant, said he would stay.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward", "Ward@2/PERSON=Evelyn Ward"}, "Evelyn Ward", genderMale},
		{"said he once is not enough",
			"Evelyn Ward said he was tired.",
			[]string{"Evelyn Ward/PERSON=Evelyn Ward"}, "Evelyn Ward", genderUnknown},
		{"said he and said she leave it unknown",
			"Dale Ward said he was tired. Ward said that he would go. Ward said she had lost.",
			[]string{"Dale Ward/PERSON=Dale Ward", "Ward@2/PERSON=Dale Ward", "Ward@3/PERSON=Dale Ward"}, "Dale Ward", genderUnknown},
		{"a title outweighs the pronouns",
			"Ms. Ward said he was tired. Ward said he would go.",
			[]string{"Ward/PERSON=Dale Ward", "Ward@2/PERSON=Dale Ward"}, "Dale Ward", genderFemale},
		{"a pronoun inside a quotation is not the speaker's own",
			"Dale Ward said “he was tired.” Ward said “he would go.”",
			[]string{"Dale Ward/PERSON=Dale Ward", "Ward@2/PERSON=Dale Ward"}, "Dale Ward", genderUnknown},
		{"an honorific in the appositive opens another person's name",
			"Carl Ward, the lawyer leading Mrs. Pike's search, met the board.",
			[]string{"Carl Ward/PERSON=Carl Ward"}, "Carl Ward", genderUnknown},
		{"an office in -man, which style gives women too, says nothing",
			"The county's spokesman Nora Ward declined to comment.",
			[]string{"Nora Ward/PERSON=Nora Ward"}, "Nora Ward", genderUnknown},
		{"its -woman form says a woman",
			"Carl Ward, the county's spokeswoman, declined to comment.",
			[]string{"Carl Ward/PERSON=Carl Ward"}, "Carl Ward", genderFemale},
		{"no person entity, no gender",
			"Mr. Vale opened the hearing.",
			[]string{"Vale/ORG=Vale"}, "Vale", genderUnknown},
	})
}

// genderCase is one row of a table of a person's gender: a text, the
// entity mentions to lay on it (as withMentions reads them), the person
// asked about and the gender wanted.
type genderCase struct {
	name     string
	text     string
	mentions []string
	person   string // as the reading under test takes it: a canonical name, or a name as written
	want     byte
}

// runGenderCases runs each case as a subtest: the mentions laid on the
// text, read must give the person the gender wanted (what names read in
// the failure message).
func runGenderCases(t *testing.T, what string, read func(x *extraction, person string) byte, cases []genderCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := &pipeline.Doc{Text: tc.text}
			withMentions(t, d, tc.mentions)
			x := &extraction{d: d, text: d.Text}
			if got := read(x, tc.person); got != tc.want {
				t.Errorf("%q: %s(%s) = %q, want %q", tc.text, what, tc.person, got, tc.want)
			}
		})
	}
}

// TestSpeakerGenderFromDocument checks that a pronoun finds the speaker
// whose gender the document tells, where the first-name list says the
// other or nothing.
func TestSpeakerGenderFromDocument(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a man's name the list marks female",
			"“The plant will close,” said Dale Pruitt, a retired welder.\n\nEvelyn Ward, a pastor at the chapel, said he had never met the gunman.\n\nWard said he had prayed with the family.\n\n“We are in shock,” he said.",
			[]string{"Dale Pruitt/PERSON=Dale Pruitt", "Evelyn Ward/PERSON=Evelyn Ward", "Ward@2/PERSON=Evelyn Ward"},
			[]string{"Dale Pruitt", "Evelyn Ward", "Evelyn Ward", "Evelyn Ward"}},
		{"a woman the text calls Ms., with a name the list does not know",
			"Ms. Vale, who runs the chapel, opened its doors at dawn.\n\n“The plant will close,” said Nora Pike, a retired welder.\n\n“It was our bad luck,” said Tobrin Vale.\n\n“We are in shock,” she said.",
			[]string{"Vale/PERSON=Tobrin Vale", "Nora Pike/PERSON=Nora Pike", "Tobrin Vale/PERSON=Tobrin Vale"},
			[]string{"Nora Pike", "Tobrin Vale", "Tobrin Vale"}},
	})
}
