package quotes

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// TestColonIntroducedTagged: a quotation after a colon that no cue rule
// attributes takes the subject of the clause before the colon, whatever
// its verb (a relative "who" too, whose verb reports nothing of the
// clause its antecedent stands in); a fronted participle holds no
// subject, and a copula before a description introduces no speaker. The
// sentences are invented.
func TestColonIntroducedTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"long predicate", "Mayor Nora Vance leaned over the oak desk of the chamber and snapped: “The levy stays.”",
			[]string{"direct|The levy stays.|Mayor Nora Vance|leaned"}},
		{"auxiliary and participle", "Nora Vance has since apologized for the delay: “We should have acted sooner.”",
			[]string{"direct|We should have acted sooner.|Nora Vance|has"}},
		{"fronted participle", "Asked whether the council would vote, Nora Vance shot back: “Not this year.”",
			[]string{"indirect|whether the council would vote||Asked", "direct|Not this year.|Nora Vance|shot"}},
		{"copula and description", "The reason is simple: “Taxes pay for roads.”",
			[]string{"direct|Taxes pay for roads.||"}},
		{"abstract subject", "The timing of the vote does not surprise the mayor or her aides at all: “We saw it coming.”",
			[]string{"direct|We saw it coming.||"}},
		{"relative who after its antecedent's comma", "The case now rests with Judge Nora Vance, who told the council when asked about it: “That matter is with the clerks.”",
			[]string{"direct|That matter is with the clerks.|who|told"}},
		{"relative who reports nothing of its antecedent's clause", "The case now rests with Judge Nora Vance, who told the council when asked about it.",
			nil},
		{"clause ends the paragraph before", "Nora Vance leaned over the oak desk of the chamber and snapped:\n“The levy stays.”",
			[]string{"direct|The levy stays.|Nora Vance|leaned"}},
	})
}

// TestHeadlineSubject: a headline's quotation is the words of the person
// or organisation that opens the headline before a verb (also one the
// tagger reads as a plural noun), not of a name that modifies a noun. The headlines are invented.
func TestHeadlineSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the entity model")
	}
	runReports(t, []reportCase{
		{"a name opens the headline", "Nora Vance slams council’s ‘reckless and costly levy’\n\nThe council met on Monday.", "direct|reckless and costly levy|Nora Vance|slams"},
		{"a name modifying a noun", "Former Nora Vance aides launch ‘stop this costly levy’ drive\n\nThe council met on Monday.", "direct|stop this costly levy||"},
		{"a verb in -s the tagger reads as a plural noun", "Nora Vance issues ‘full and heartfelt regret’ to the farmers\n\nThe council met on Monday.", "direct|full and heartfelt regret|Nora Vance|issues"},
	})
}

// TestNamesBeforeColon: the people named right before the colon of a
// quotation speak it, the colon as the cue: a clause that ends on a name,
// and a digest's byline after a dash or "More from", even on a line in
// capitals that reads as a headline (a middle initial is no word in
// capitals there). A name after a preposition in such
// a line gives no source. The texts are invented.
func TestNamesBeforeColon(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the entity model")
	}
	runReports(t, []reportCase{
		{"clause ends on a name", "Nothing new happened.\n\nThe late shift does not surprise Republican pollster Carl Mott: “Late deciders often break toward the challenger.”",
			"direct|Late deciders often break toward the challenger.|Carl Mott|:"},
		{"digest byline after a dash", "Nothing new happened.\n\nCITY RACE TIGHTENS IN THE SUBURBS - Nora Vance and Tom Ward: “The mayor has lost ground in every ward since March.” [Gazette.]",
			"direct|The mayor has lost ground in every ward since March.|Nora Vance and Tom Ward|:"},
		{"digest byline with a middle initial", "Nothing new happened.\n\nRED WARDS OUTNUMBER BLUE WARDS FOR THE FIRST TIME - Nora M. Vance: “Most wards now lean one way, and the rest are close.” [Gazette.]",
			"direct|Most wards now lean one way, and the rest are close.|Nora M. Vance|:"},
		{"more from", "Nothing new happened.\n\nSigns of the late shift were there all along -More from Vance: “Our numbers moved in the last week.” [Gazette.]",
			"direct|Our numbers moved in the last week.|Vance|:"},
		{"name after a preposition in a headline", "Nothing new happened.\n\nCITY RACE TIGHTENS IN THE SUBURBS FOR Nora Vance: “The mayor has lost ground in every ward since March.” [Gazette.]",
			"direct|The mayor has lost ground in every ward since March.||"},
	})
}

// reportCase is one row of a table run through the real stages: a text,
// and its reports one a line, "type|content|source|cue".
type reportCase struct{ name, text, want string }

// runReports runs the real stages and the quotes stage, built once, over
// each case's text and fails unless its reports read want.
func runReports(t *testing.T, cases []reportCase) {
	t.Helper()
	stages := append(realStages(t), gold.Must(New()))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := gold.Annotate(t, []byte(tc.text), stages...)
			wantQuotes(t, tc.text, typeContentSourceCue(describe(d)), strings.Split(tc.want, "\n"))
		})
	}
}

// TestIsInitial: a capital letter and a full stop is an initial, which the
// byline test must not take for a word in capitals; words are not.
func TestIsInitial(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"M.", true},
		{"É.", true},
		{"m.", false},
		{"MO.", false},
		{"M", false},
		{"U.S.", false},
	} {
		if got := isInitial(tc.w); got != tc.want {
			t.Errorf("isInitial(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestSignedQuotesTagged: a quotation that fills its paragraph is spoken by
// the short name that signs it after a dash in the paragraph right after,
// the dash as the cue; a paragraph that goes on as a sentence signs
// nothing. The texts are invented.
func TestSignedQuotesTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a name and a place", "“The ferry is the best thing that has happened to this town in years.”\n\n-Ann Lee, Dover.",
			[]string{"direct|The ferry is the best thing that has happened to this town in years.|Ann Lee|-"}},
		{"a title and a name after a long dash", "“The ferry is the best thing that has happened to this town in years.”\n\n— Mayor Tom Ward",
			[]string{"direct|The ferry is the best thing that has happened to this town in years.|Mayor Tom Ward|—"}},
		{"a sentence after the dash", "“The ferry is the best thing that has happened to this town in years.”\n\n- The board met again on Friday to vote.",
			[]string{"direct|The ferry is the best thing that has happened to this town in years.||"}},
	})
}
