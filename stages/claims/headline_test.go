package claims

import (
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// TestHeadlineFrames runs the whole chain over titles written for the test
// and checks who claims the title's content: the source of a title-case
// "NP Says ..." frame, and the article when the capitalised verb is not a
// report of the subject's (a reporting noun after a preposition, "After
// Report Reveals", is no verb).
func TestHeadlineFrames(t *testing.T) {
	chain := realChain(t)
	tests := []struct {
		name, title, claim, claimant string
	}{
		{"says", "Former Governor Jane Holloway Says The Budget Is Already Broken", "Budget Is Already Broken", "Holloway"},
		{"trailing says", "The Budget Is Already Broken, Jane Holloway Says", "Budget Is Already Broken", "Holloway"},
		{"tells", "Jane Holloway Tells Voters The Budget Is Already Broken", "Budget Is Already Broken", "Holloway"},
		{"noun object", "Jane Holloway Tweets A Photo Of The New Bridge", "Photo Of The New Bridge", ""},
		{"verb in the subject", "Jane Holloway Visits School After Report Reveals Missing Funds", "Missing Funds", ""},
		{"a call is the caller's", "Jane Holloway Calls For Audit After Report Reveals Missing Funds", "Missing Funds", "Holloway"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte(tc.title + "\n\nThe state legislature met on Monday to discuss the budget for next year.\n")
			d := gold.Annotate(t, raw, chain...)
			checkClaimant(t, d, tc.claim, tc.claimant)
		})
	}
}
