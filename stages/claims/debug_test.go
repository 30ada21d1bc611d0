package claims

import (
	"context"
	"os"
	"testing"

	"github.com/newsclaims/newsclaims/stages/segment"
)

func TestDebugAnalysis(t *testing.T) {
	name := os.Getenv("CLAIMS_DEBUG")
	if name == "" {
		t.Skip()
	}
	seg, _ := segment.New()
	g, text := loadGold(t, name)
	d := goldDoc(t, seg, g, text)
	st, _ := New()
	st.Process(context.Background(), d)
	for i, c := range d.Claims {
		a := analyze(d, c.Span, c.Quote, c.ClaimantEntityID)
		t.Logf("[%d] %q\n   pred=%s main=%s neg=%v ext=%d force=%s compass=%v actors=%v places=%v events=%+v stance=%s claimantID=%s time=%s", i, c.Text, a.predicate, a.mainClass, a.negated, a.extent, a.force, a.compass, a.actors, a.places, a.events, c.Stance, c.ClaimantEntityID, c.Time)
	}
	for _, tk := range d.Tokens {
		if os.Getenv("CLAIMS_TOKENS") != "" {
			t.Logf("%s/%s", tk.Text, tk.POS)
		}
	}
}
