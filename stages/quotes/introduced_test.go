package quotes

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// TestColonIntroducedTagged: a quotation after a colon that no cue rule
// attributes takes the subject of the clause before the colon, whatever
// its verb; a fronted participle holds no subject, and a copula before a
// description introduces no speaker. The sentences are invented.
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
		{"clause ends the paragraph before", "Nora Vance leaned over the oak desk of the chamber and snapped:\n“The levy stays.”",
			[]string{"direct|The levy stays.|Nora Vance|leaned"}},
	})
}

// TestHeadlineSubject: a headline's quotation is the words of the person
// or organisation that opens the headline before a verb, not of a name
// that modifies a noun. The headlines are invented.
func TestHeadlineSubject(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the entity model")
	}
	for _, tc := range []struct{ text, want string }{
		{"Nora Vance slams council’s ‘reckless and costly levy’\n\nThe council met on Monday.", "direct|reckless and costly levy|Nora Vance|slams"},
		{"Former Nora Vance aides launch ‘stop this costly levy’ drive\n\nThe council met on Monday.", "direct|stop this costly levy||"},
	} {
		d := &pipeline.Doc{Raw: []byte(tc.text)}
		for _, st := range append(realStages(t), gold.Must(New())) {
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		for _, l := range describe(d) {
			got = append(got, strings.Join(strings.Split(l, "|")[:4], "|"))
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("text %q\n got:\n  %s\nwant:\n  %s", tc.text, strings.Join(got, "\n  "), tc.want)
		}
	}
}
