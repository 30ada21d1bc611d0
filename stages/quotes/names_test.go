package quotes

import (
	"strings"
	"testing"
)

// TestSurnameTaggedAsVerb runs the real stages over a surname ending in
// -ing at a sentence start, which the tagger reads as a verb: the entity
// model's person makes it a name, so the lead attributes the quotation.
// The sentences are invented.
func TestSurnameTaggedAsVerb(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{"a surname in -ing opens a lead", "Dale Fleming, a former pitcher, was let go on Wednesday.\n\nFleming told WKRB: “I replied to the post. I did not write it.”\n",
			"Fleming", "Dale Fleming"},
	})
}

// TestCutAtCue: a title in capitals that ran a reporting verb into a name
// is cut there; a past form may be a surname and stays.
func TestCutAtCue(t *testing.T) {
	runWordsCases(t, "cutAtCue", cutAtCue, []wordsCase{
		{"a verb and the words after it", "Ann Lee Says Levy", "Ann Lee"},
		{"a verb last", "Tom Ward Warns", "Tom Ward"},
		{"a past form as a surname", "Edward Said", "Edward Said"},
		{"no verb", "Ann Lee", "Ann Lee"},
	})
}

// TestOwnName: what an entity's canonical name carries before the person's
// own name is cut; a first name, a pair and a short title without its
// period stay. The names are invented.
func TestOwnName(t *testing.T) {
	runWordsCases(t, "ownName", ownName, []wordsCase{
		{"role word", "Donor Wexley", "Wexley"},
		{"abbreviated office", "AG Wexley", "Wexley"},
		{"body and title", "Harbor Committee Chairman Tom Wexley", "Tom Wexley"},
		{"place and title", "Ohio Gov. Nora Pike", "Nora Pike"},
		{"party", "Democrat Nora Pike", "Nora Pike"},
		{"epithet", "Billionaire Tom Wexley", "Tom Wexley"},
		{"headline verb", "Is President Wexley", "Wexley"},
		{"house speaker", "House Speaker Tom Wexley", "Tom Wexley"},
		{"first name after a title", "Pope Francis", "Pope Francis"},
		{"first name that is a word", "Will Wexley", "Will Wexley"},
		{"short title without period", "Gen Nakamura", "Gen Nakamura"},
		{"pair", "Wexley and Democrat Pike", "Wexley and Democrat Pike"},
		{"plain name", "Nora Pike", "Nora Pike"},
		{"lower-case word after the cut", "Donor of note", "Donor of note"},
	})
}

// wordsCase is one row of a table of a function over the words of a
// name: the words written as one string, and the words it leaves.
type wordsCase struct{ name, in, want string }

// runWordsCases runs each case as a subtest: f over the words of in must
// leave the words of want (what names f in the failure message).
func runWordsCases(t *testing.T, what string, f func([]string) []string, cases []wordsCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(f(strings.Fields(tc.in)), " "); got != tc.want {
				t.Errorf("%s(%q) = %q, want %q", what, tc.in, got, tc.want)
			}
		})
	}
}

// TestSpeakerWithoutCanonicalEpithet: a speaker whose entity's canonical
// name opens with a role word is given the person's own name, the fuller
// one the text writes for a lone surname. The sentences are invented.
func TestSpeakerWithoutCanonicalEpithet(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:     "role word and surname",
			text:     "Casino owner Sam Wexley gave $5 million to the party.\n\n“We will win,” Wexley said.\n",
			mentions: []string{"Sam Wexley/PERSON=Donor Wexley", "Wexley@2/PERSON=Donor Wexley"},
			want:     []string{"Sam Wexley"},
		},
		{
			name:     "place and title",
			text:     "Ohio Gov. Nora Pike signed the bill.\n\n“It is a good day,” Pike said.\n",
			mentions: []string{"Ohio Gov. Nora Pike/PERSON=Ohio Gov. Nora Pike", "Pike@2/PERSON=Ohio Gov. Nora Pike"},
			want:     []string{"Nora Pike"},
		},
		{
			name:     "a role after a body, tagged as an organisation",
			text:     "The bill stalled, state House Speaker Tom Wexley said on Monday.\n",
			mentions: []string{"House Speaker Tom Wexley/ORG=House Speaker Tom Wexley"},
			want:     []string{"Tom Wexley"},
		},
	})
}

// TestSpeakerOfPersonList: a source that lists persons is spoken by the
// group as written, not by its last member; a comma before a description
// is an appositive, not a list. The sentences are invented.
func TestSpeakerOfPersonList(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:     "pair",
			text:     "Ann Lee and Sen. Tom Ward said the levy was fair.\n",
			mentions: []string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			want:     []string{"Ann Lee and Sen. Tom Ward"},
		},
		{
			name:     "three with commas",
			text:     "Ann Lee, Tom Ward and Nora Pike wrote that the levy was fair.\n",
			mentions: []string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward", "Nora Pike/PERSON=Nora Pike"},
			want:     []string{"Ann Lee, Tom Ward and Nora Pike"},
		},
		{
			name:     "others after the names",
			text:     "Ms. Lee, Mrs. Pike and other donors said the levy was fair.\n",
			mentions: []string{"Lee/PERSON=Ann Lee", "Pike/PERSON=Nora Pike"},
			want:     []string{"Ms. Lee, Mrs. Pike and other donors"},
		},
		{
			name:     "appositive, not a list",
			text:     "Ann Lee, a lawyer and a farmer, said the levy was fair.\n",
			mentions: []string{"Ann Lee/PERSON=Ann Lee"},
			want:     []string{"Ann Lee"},
		},
	})
}

// TestItIsNoPersonDescription: an "it" whose search ends on a description
// of a person or of people ("a spokesman for the lender", "aides") names
// no one; one that ends on a body keeps it. The sentences are invented.
func TestItIsNoPersonDescription(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:     "a spokesman",
			text:     "A spokesman for the lender said the loan would close soon.\n\nThe loan, as it stands, is large, it says.\n",
			mentions: nil,
			want:     []string{"spokesman for the lender", ""},
		},
	})
	for _, tc := range []struct {
		speaker string
		want    bool
	}{
		{"spokesman for the lender", true},
		{"Senate aides", true},
		{"senator", true},
		{"letter", false},
		{"Harbor Gazette", false},
	} {
		if got := personDescription(tc.speaker); got != tc.want {
			t.Errorf("personDescription(%q) = %v, want %v", tc.speaker, got, tc.want)
		}
	}
}

// TestCompanyTaggedAsPerson: "the company" with no organisation near goes
// to the one-word name the text speaks of as a thing ("its", ", which"),
// whatever the entity layer tags it; a name spoken of as a person stays
// out. The sentences are invented.
func TestCompanyTaggedAsPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{
			name:     "which",
			text:     "The levy drew fire from firms such as Zentrix, which fought it.\n\n“We oppose the levy,” the company said.\n",
			mentions: []string{"Zentrix/PERSON=Zentrix"},
			want:     []string{"Zentrix"},
		},
		{
			name:     "its",
			text:     "Zentrix has lost money since its listing in 2013.\n\n“We will grow,” the company said.\n",
			mentions: []string{"Zentrix/GPE=Zentrix"},
			want:     []string{"Zentrix"},
		},
		{
			name:     "a person",
			text:     "Wexley has lost money since he left the board.\n\n“We will grow,” the company said.\n",
			mentions: []string{"Wexley/PERSON=Wexley"},
			want:     []string{"company"},
		},
	})
}
