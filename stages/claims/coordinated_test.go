package claims

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestCoordinatedFrame runs the whole chain over sentences written for the
// test: a reporting verb coordinated with the main clause's verb gives
// what follows it to the subject, and the main clause stays the article's.
func TestCoordinatedFrame(t *testing.T) {
	chain := realChain(t)
	tests := []struct {
		name, text, claim, claimant string
	}{
		{"and said", "Jane Holloway praised the mayor's budget on Tuesday and said the city would hire more teachers next year.", "the city would hire more teachers", "Holloway"},
		{"but has since said", "Jane Holloway supported the bridge project for years but has since said the costs are too high.", "the costs are too high", "Holloway"},
		{"subject after an opening clause", "When Jane Holloway visited the school, the principal thanked her and said the roof would be repaired soon.", "the roof would be repaired", "principal"},
		{"another clause before the coordination", "The report, which Jane Holloway wrote last year, criticized the council and said the roads were unsafe.", "the roads were unsafe", "report"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte("A headline for the test\n\n" + tc.text + "\n")
			d := &pipeline.Doc{Source: tc.name, Raw: raw, ID: pipeline.DocID(raw)}
			for _, s := range chain {
				if err := s.Process(context.Background(), d); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for _, c := range d.Claims {
				if !strings.Contains(c.Text, tc.claim) {
					got = append(got, c.Text)
					continue
				}
				if tc.claimant == "" && c.Claimant != d.Outlet || tc.claimant != "" && !strings.Contains(c.Claimant, tc.claimant) {
					t.Errorf("claim %q: claimant %q, want %q", c.Text, c.Claimant, tc.claimant)
				}
				return
			}
			t.Errorf("no claim holds %q; claims %q", tc.claim, got)
		})
	}
}
