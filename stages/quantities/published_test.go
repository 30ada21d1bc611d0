package quantities

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// TestPublicationSources runs the zones, segment and quantities stages
// over whole pages and checks that a weekday is resolved against the
// publication date wherever it comes from (input metadata, the page's
// date line, a date in the file name), and stays unresolved without one.
func TestPublicationSources(t *testing.T) {
	q, seg := newStages(t)
	z, err := zones.New()
	if err != nil {
		t.Fatal(err)
	}
	const story = "Senate passes the budget bill\n\nThe Senate voted on Tuesday to pass the budget bill, 52 to 48.\n\nThe House votes next week."
	tests := []struct {
		name, source, published, text string
		norm, resolved                string
	}{
		{"input metadata", "feed.jsonl:3", "2016-10-13", story, "XXXX-WXX-2", "2016-10-11"},
		{"the page's date line", "page.txt", "", "Senate passes the budget bill\n\nThursday, October 13, 2016\n\nThe Senate voted on Tuesday to pass the budget bill, 52 to 48.\n\nThe House votes next week.", "XXXX-WXX-2", "2016-10-11"},
		{"a date in the file name", "politico_2016-10-13_senate-passes.txt", "", story, "XXXX-WXX-2", "2016-10-11"},
		{"a wire dateline gives no year", "page.txt", "", "Senate passes the budget bill\n\nWASHINGTON, Oct. 13 (AP) — The Senate voted on Tuesday to pass the budget bill, 52 to 48.", "XXXX-WXX-2", ""},
		{"no date anywhere", "page.txt", "", story, "XXXX-WXX-2", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &pipeline.Doc{Text: tc.text, Source: tc.source, Published: tc.published}
			for _, st := range []pipeline.Stage{z, seg, q} {
				if err := st.Process(context.Background(), d); err != nil {
					t.Fatal(err)
				}
			}
			found := false
			for _, x := range d.Quantities {
				if x.Text != "Tuesday" {
					continue
				}
				found = true
				if x.Normalized != tc.norm || x.Resolved != tc.resolved {
					t.Errorf("Tuesday: normalized %q resolved %q, want %q %q (published %q)", x.Normalized, x.Resolved, tc.norm, tc.resolved, d.Published)
				}
			}
			if !found {
				t.Errorf("Tuesday not found as a date in %q", tc.text)
			}
		})
	}
}

// TestDatelineDateIsPast checks that the date of a wire dateline, a zone of
// its own, is resolved on or before the publication date, whatever the
// tense of the lede after it ("will fly": read with the lede, the date
// would go to the next December).
func TestDatelineDateIsPast(t *testing.T) {
	q, seg := newStages(t)
	z, err := zones.New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Skywriters blast the candidate\n\nPASADENA, Calif., Dec. 31 (UPI) — A handful of skywriters will fly over the parade."
	d := &pipeline.Doc{Text: text, Published: "2016-01-02"}
	for _, st := range []pipeline.Stage{z, seg, q} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, x := range d.Quantities {
		if x.Kind == pipeline.KindDate {
			got = append(got, x.Text+"="+x.Resolved)
		}
	}
	if len(got) != 1 || got[0] != "Dec. 31=2015-12-31" {
		t.Errorf("dates %q, want [Dec. 31=2015-12-31]", got)
	}
}
