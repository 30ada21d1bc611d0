package quotes

import "testing"

// TestNameModifyingPersonHead checks that a name standing before a person
// noun as its modifier ("a Lee campaign spokesman", "Ward supporters") is
// whom the speaker works for or backs, not the speaker; that the name
// stays the speaker as the head, after a comma, or before "campaign"; and
// that such a description links to no holder of its noun whose source
// lacks the name, before or after it.
func TestNameModifyingPersonHead(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a campaign spokesman", "“The levy is fair,” a Lee campaign spokesman said.",
			[]string{"Lee/PERSON=Ann Lee"},
			[]string{"Lee campaign spokesman"}},
		{"supporters", "Ward supporters said the vote was rigged.",
			[]string{"Ward/PERSON=Tom Ward"},
			[]string{"Ward supporters"}},
		{"a senior adviser", "A senior Ward adviser said the tour would go on.",
			[]string{"Ward/PERSON=Tom Ward"},
			[]string{"senior Ward adviser"}},
		{"the name is the head", "Tom Ward said the tour would go on.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward"}},
		{"an appositive after a comma", "Tom Ward, a senior adviser, said the tour would go on.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward"}},
		{"the campaign stays the candidate's voice", "The Lee campaign said the tour would go on.",
			[]string{"Lee/PERSON=Ann Lee"},
			[]string{"Ann Lee"}},
		{"no earlier holder of the noun without the name", "“We are ready,” said Nora Vance, a Dover Port spokesman.\n\n“The levy is fair,” a Lee campaign spokesman said.",
			[]string{"Nora Vance/PERSON=Nora Vance", "Lee/PERSON=Ann Lee"},
			[]string{"Nora Vance", "Lee campaign spokesman"}},
		{"no later holder of the noun without the name", "“The levy is fair,” a Lee campaign spokesman said.\n\n“We are ready,” said Nora Vance, a Dover Port spokesman.",
			[]string{"Lee/PERSON=Ann Lee", "Nora Vance/PERSON=Nora Vance"},
			[]string{"Lee campaign spokesman", "Nora Vance"}},
		{"a later holder named with the name", "“The levy is fair,” a Lee campaign spokesman said.\n\n“We are ready,” said Nora Vance, a Lee campaign spokesman.",
			[]string{"Lee/PERSON=Ann Lee", "Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance", "Nora Vance"}},
	})
}
