package claims

import (
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// TestStanceAndHedgeOnNews runs the whole chain over short news passages
// written for the test and checks the stance and hedge of the claim that
// holds a given text.
func TestStanceAndHedgeOnNews(t *testing.T) {
	chain := realChain(t)
	tests := []struct {
		name, text, claim, stance string
		hedged                    bool
	}{
		{"never, reported", "Brazile insisted she never sent the questions to the campaign.", "she never sent the questions", pipeline.StanceDenies, false},
		{"not responsible, reported", "The group said it was not responsible for the attack on the embassy.", "it was not responsible", pipeline.StanceDenies, false},
		{"falsity", "The allegations against the governor are all false, his spokesman said.", "are all false", pipeline.StanceDenies, false},
		{"what she said is wrong", "What she said about the senator is wrong, the spokesman told reporters.", "is wrong", pipeline.StanceDisputes, false},
		{"denied the data", "The network aggressively challenged the data released by the agency on Monday.", "challenged the data", pipeline.StanceDisputes, false},
		{"suggests hedges", "A leaked document suggests the campaign knew about the payments in advance.", "suggests the campaign knew", pipeline.StanceAsserts, true},
		{"likely hedges", "The more likely explanation is that the servers were moved to another building.", "likely explanation", pipeline.StanceAsserts, true},
		{"borrowed words are no hedge", `The agency has "definitively determined" that the company was not responsible for the leak.`, "definitively determined", pipeline.StanceAsserts, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte("A headline for the test\n\n" + tc.text + "\n")
			d := gold.Annotate(t, raw, chain...)
			for _, c := range d.Claims {
				if !containsText(c.Text, tc.claim) {
					continue
				}
				if c.Stance != tc.stance || c.Hedged != tc.hedged {
					t.Errorf("claim %q: stance %s hedged %v, want %s %v", c.Text, c.Stance, c.Hedged, tc.stance, tc.hedged)
				}
				return
			}
			var got []string
			for _, c := range d.Claims {
				got = append(got, c.Text)
			}
			t.Errorf("no claim holds %q; claims %q", tc.claim, got)
		})
	}
}

func containsText(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
