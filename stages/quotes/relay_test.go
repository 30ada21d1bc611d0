package quotes

import (
	"context"
	"strings"
	"testing"
)

// TestRelayedBy checks who relays a speaker's words: an "according to Y"
// framing the sentence, or the speaker of the quotation that holds the
// report; the speaker stays the inner one. The sentences are invented.
func TestRelayedBy(t *testing.T) {
	st := newStage(t)
	tests := []struct {
		name, text string
		content    string // a substring of the quote's content
		source     string // the quote's own source
		relay      string // "" when none
	}{
		{"trailing according to", "“We will not wait,” Ann Lee said, according to a pool report.", "We will not wait", "Ann Lee", "a pool report"},
		{"according to after a time", "“We will not wait,” Ann Lee said on Tuesday, according to the Harbor Gazette.", "We will not wait", "Ann Lee", "the Harbor Gazette"},
		{"opening according to", "According to the Harbor Gazette, Ann Lee said the vote was fair.", "the vote was fair", "Ann Lee", "the Harbor Gazette"},
		{"report inside a quotation", "“She told me the plant would close,” Paul Ward said.", "the plant would close", "She", "Paul Ward"},
		{"outermost of two relays", "“The council said it would wait,” Paul Ward said, according to the Harbor Gazette.", "it would wait", "The council", "the Harbor Gazette"},
		{"the relayed quotation", "“The council said it would wait,” Paul Ward said, according to the Harbor Gazette.", "The council said it would wait", "Paul Ward", "the Harbor Gazette"},
		{"interview is no relay", "Ann Lee said in an interview with the Harbor Gazette that the vote was fair.", "the vote was fair", "Ann Lee", ""},
		{"according to is the source", "According to the Harbor Gazette, the vote was fair.", "the vote was fair", "the Harbor Gazette", ""},
		{"plain report", "Ann Lee said the vote was fair.", "the vote was fair", "Ann Lee", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(tc.text)
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			for _, q := range d.Quotes {
				t.Logf("%s | %s | %s | %s | relay %q", q.Type, d.Slice(q.Source), d.Slice(q.Cue), d.Slice(q.Content), d.Slice(q.RelayedBy))
			}
			for _, q := range d.Quotes {
				if !strings.Contains(d.Slice(q.Content), tc.content) || d.Slice(q.Source) != tc.source {
					continue
				}
				if got := d.Slice(q.RelayedBy); got != tc.relay {
					t.Errorf("relayed by %q, want %q", got, tc.relay)
				}
				return
			}
			t.Errorf("no quote with content %q and source %q", tc.content, tc.source)
		})
	}
}
