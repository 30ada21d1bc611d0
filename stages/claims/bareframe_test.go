package claims

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestBareFrames checks that a reporting frame whose report follows
// outside its clause is no claim, while a clause ending on a reporting verb
// inside a quotation that closes there is no frame.
func TestBareFrames(t *testing.T) {
	tests := []struct {
		name, text string
		clause     string // a clause of text
		want       bool
	}{
		{"before a curly quotation", "She went on to add, “The depot will reopen in May.”", "She went on to add", true},
		{"before a straight quotation", "She went on to add, \"The depot will reopen in May.\"", "She went on to add", true},
		{"before a colon", "The statement from the council said: the depot will reopen.", "The statement from the council said", true},
		{"before that", "The mayor went on to add that, because the roof leaked, the depot will close.", "The mayor went on to add", true},
		{"asked before a quotation", "At the hearing the mayor asked, ‘Who pays for the roof?’", "At the hearing the mayor asked", true},
		{"a quotation closing on its verb", "“The council never did what it said,” the mayor said.", "The council never did what it said", false},
		{"a straight quotation closing", "\"The council never did what it said,\" the mayor said.", "The council never did what it said", false},
		{"a verb with its object", "The mayor said it twice, “loudly”.", "The mayor said it twice", false},
		{"a noun", "The council met in the state. “It rained.”", "The council met in the state", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Alpha News", "2024-05-06", tc.text, nil, nil, nil)
			i := strings.Index(tc.text, tc.clause)
			if got := bareFrame(d, pipeline.Span{Start: i, End: i + len(tc.clause)}); got != tc.want {
				t.Errorf("bareFrame(%q) = %v, want %v", tc.clause, got, tc.want)
			}
		})
	}
	// And the stage keeps no such frame as a claim.
	d := handDoc(t, "Alpha News", "2024-05-06", tests[3].text, nil, nil, nil)
	for _, c := range d.Claims {
		if c.Text == tests[3].clause {
			t.Errorf("claim %q, want none", c.Text)
		}
	}
}

// TestFramedImperative checks that a command behind the speaker's frame of
// its own words is no claim, and a statement behind it stays one.
func TestFramedImperative(t *testing.T) {
	tests := []struct {
		name, content string
		want          bool
	}{
		{"a command after I would add", "And I would add, try the night bus before you complain.", false},
		{"a command after we say", "We say: ask the drivers what the routes cost.", false},
		{"a statement after I would add", "I would add, the night bus was full every evening.", true},
		{"a statement after I say", "I say, the depot closed twice last winter.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "“" + tc.content + "” the mayor said."
			d := handDoc(t, "Alpha News", "2024-05-06", text, nil, nil,
				[]quoteSpec{{content: tc.content, source: "the mayor", cue: "said", speaker: "mayor"}})
			got := false
			for _, c := range d.Claims {
				if c.Quote >= 0 {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("kept %v, want %v (claims %+v)", got, tc.want, d.Claims)
			}
		})
	}
}
