package claims

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// TestCoordinatedFrame runs the whole chain over sentences written for the
// test: a reporting verb coordinated with the main clause's verb gives
// what follows it to the subject, whether the quotes layer reads the
// report ("praised ... and said") or the claims stage's frame does ("but
// has since said").
func TestCoordinatedFrame(t *testing.T) {
	checkClaimants(t, []claimantCase{
		{"and said", "Jane Holloway praised the mayor's budget on Tuesday and said the city would hire more teachers next year.", "the city would hire more teachers", "Holloway"},
		{"but has since said", "Jane Holloway supported the bridge project for years but has since said the costs are too high.", "the costs are too high", "Holloway"},
		{"and has since argued", "The mayor opposed the new tax for years and has since argued that it pays for the schools.", "it pays for the schools", "mayor"},
		{"subject after an opening clause", "When Jane Holloway visited the school, the principal thanked her and said the roof would be repaired soon.", "the roof would be repaired", "principal"},
		{"another clause before the coordination", "The report, which Jane Holloway wrote last year, criticized the council and said the roads were unsafe.", "the roads were unsafe", "report"},
	})
}

// TestFrameSourceHead checks which name of a frame's source is the
// claimant: the name heading it, not a modifier named before it, nor a
// name in a prepositional phrase after it.
func TestFrameSourceHead(t *testing.T) {
	chain := realChain(t)
	tests := []struct{ source, want string }{
		{"Florida Gov. Rick Scott", "Rick Scott"},
		{"White House spokesman Josh Earnest", "Josh Earnest"},
		{"Mr. Hale of the River Trust", "Hale"},
	}
	for _, tc := range tests {
		raw := []byte("A headline for the test\n\n" + tc.source + " spoke on Tuesday.\n")
		d := gold.Annotate(t, raw, chain...)
		start := strings.Index(d.Text, tc.source)
		src := tokensIn(d, pipeline.Span{Start: start, End: start + len(tc.source)})
		f, ok := namedFrame(d, src, pipeline.Span{Start: start, End: len(d.Text)}, "say")
		if !ok || !strings.Contains(f.claimant, tc.want) {
			t.Errorf("source %q: claimant %q (%v), want %q", tc.source, f.claimant, ok, tc.want)
		}
	}
}

// claimantCase is a sentence written for a test, a piece of the claim
// the chain must make of it, and its claimant ("" for the article's own
// voice).
type claimantCase struct{ name, text, claim, claimant string }

// checkClaimants runs the whole chain over each case's sentence, under a
// headline, and checks the claimant of its claim (checkClaimant).
func checkClaimants(t *testing.T, cases []claimantCase) {
	t.Helper()
	chain := realChain(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := gold.Annotate(t, []byte("A headline for the test\n\n"+tc.text+"\n"), chain...)
			checkClaimant(t, d, tc.claim, tc.claimant)
		})
	}
}

// checkClaimant finds the first claim of d that holds claim and checks its
// claimant: one that holds want, or the document's outlet (the article's
// own voice) when want is empty.
func checkClaimant(t *testing.T, d *pipeline.Doc, claim, want string) {
	t.Helper()
	var got []string
	for _, c := range d.Claims {
		if !strings.Contains(c.Text, claim) {
			got = append(got, c.Text)
			continue
		}
		if want == "" && c.Claimant != d.Outlet || want != "" && !strings.Contains(c.Claimant, want) {
			t.Errorf("claim %q: claimant %q, want %q", c.Text, c.Claimant, want)
		}
		return
	}
	t.Errorf("no claim holds %q; claims %q", claim, got)
}
