package quotes

import (
	"context"
	"strings"
	"testing"
)

// TestIndefiniteLinksForward checks which organisation speaking after an
// indefinite description is the one it describes: for an organisation's
// noun the one named in the next sentences; for any other noun one named
// in its own sentence, one the description names, or one whose source has
// the same noun in the next paragraph; never any organisation that
// happens to speak later ("a friend", "a report").
func TestIndefiniteLinksForward(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an organisation's noun, named next", "Floods closed the port on Monday, a monitoring group said.\n\nAt least nine ships were stranded, according to the Harbor Observatory.",
			[]string{"Harbor Observatory/ORG=Harbor Observatory"},
			[]string{"Harbor Observatory", "Harbor Observatory"}},
		{"a friend is no organisation speaking later", "A friend said the pilot was calm.\n\nThe Harbor Airline said the flight left on time.",
			[]string{"Harbor Airline/ORG=Harbor Airline"},
			[]string{"friend", "Harbor Airline"}},
		{"a report is not the next body quoted", "A report released last year found that ships wait for days.\n\nThe Harbor Authority said the delays were over.",
			[]string{"Harbor Authority/ORG=Harbor Authority"},
			[]string{"report released last year", "Harbor Authority"}},
		{"a poll and its pollster in one sentence", "In a poll of 800 voters, Acme Research found that the levy was unpopular.",
			[]string{"Acme Research/ORG=Acme Research"},
			[]string{"Acme Research", "Acme Research"}},
		{"a poll named in the next paragraph", "A new poll suggests that the levy is unpopular.\n\nA Harbor Gazette/Acme University poll found that 60 percent oppose it.",
			[]string{"Harbor Gazette/ORG=Harbor Gazette"},
			[]string{"Harbor Gazette", "Harbor Gazette"}},
	})
}

// TestCountIsNoPollster checks that a count opening a source in a poll's
// sentence ("Six in 10 voters said") is not the organisation the poll is
// linked to. Only the poll's speaker is compared: the count's own speaker
// is its first word, a defect of the first pass left as it is.
func TestCountIsNoPollster(t *testing.T) {
	st := newStage(t)
	d := bodyDoc("A new poll shows that the levy is unpopular: Six in 10 voters said they oppose it.")
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) == 0 || d.Quotes[0].Speaker != "new poll" {
		t.Errorf("quotes:\n  %s", strings.Join(describe(d), "\n  "))
	}
}
