package claims

import (
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// TestAsFrame runs the whole chain over sentences written for the test: an
// "as NP said" frame gives the rest of the sentence to NP, with an adjunct
// after the verb, after a long leading adverbial, or at the end.
func TestAsFrame(t *testing.T) {
	chain := realChain(t)
	tests := []struct {
		name, text, claim, claimant string
	}{
		{"adjunct after the verb", "As Jane Holloway points out in a column on the city website, the roads were repaved last spring.", "the roads were repaved", "Holloway"},
		{"at the end", "The school budget grew by a third over two years, as Jane Holloway has sometimes acknowledged.", "The school budget grew", "Holloway"},
		{"after a long adverbial", "In the old port district of the city before the war, as Jane Holloway reported in her book, the docks employed thousands of men.", "the docks employed thousands of men", "Holloway"},
		{"not a frame", "The council met on Tuesday, as Jane Holloway said the vote would be close.", "The council met", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw := []byte("A headline for the test\n\n" + tc.text + "\n")
			d := gold.Annotate(t, raw, chain...)
			checkClaimant(t, d, tc.claim, tc.claimant)
		})
	}
}
