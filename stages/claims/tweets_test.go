package claims

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestEmbeddedPosts checks that an embedded post's markup and signature
// are kept out of its claims, that its text is its author's claim, and
// that a "<tweet" the segment layer reads as words is no post's tag.
func TestEmbeddedPosts(t *testing.T) {
	ana := ent{"Ana Martinez", pipeline.LabelPerson, "Ana Martinez"}
	tests := []struct {
		name, text      string
		ents            []ent
		claim, claimant string
	}{
		{"author resolved to the person named",
			"Mayor Ana Martinez replied within the hour.\n<tweet author=\"@MayorMartinez\" datetime=\"2024-05-02\">The depot stays open until the new one is built.</tweet>.",
			[]ent{ana}, "The depot stays open until the new one is built.", "Ana Martinez"},
		{"a handle nobody named, and the embed's signature",
			"The roads office posted an update.\n<tweet tweet-author=\"@roadsdesk\" tweet-date=\"May 2, 2024\">The bridge reopened to traffic on Friday morning https://t.co/x1y2 — Roads Desk (@roadsdesk) May 2, 2024<tweet/>.",
			nil, "The bridge reopened to traffic on Friday morning", "@roadsdesk"},
		{"a post without its author",
			"The council posted the result.\n<tweet tweet-id=\"1234\">The council approved the budget for the new depot on Tuesday.</tweet>.",
			nil, "The council approved the budget for the new depot on Tuesday.", "Alpha News"},
		{"words between angle brackets are no tag",
			"The council said the <tweet of the week> prize will go to the depot staff next year.",
			nil, "the <tweet of the week> prize will go to the depot staff next year.", "council"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Alpha News", "2024-05-06", tc.text, tc.ents, nil, nil)
			found := false
			for _, c := range d.Claims {
				if c.Text == tc.claim {
					found = true
					if c.Claimant != tc.claimant {
						t.Errorf("claimant %q, want %q", c.Claimant, tc.claimant)
					}
				}
			}
			if !found {
				var got []string
				for _, c := range d.Claims {
					got = append(got, c.Text)
				}
				t.Errorf("no claim %q; claims %q", tc.claim, got)
			}
		})
	}
}
