package claims

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// TestEmbeddedSourceNamesNoOne runs the whole chain over sentences written
// for the test: a report embedded in a quote whose source names no one
// ("people who tell you", "critics say") is the outer speaker's claim; one
// whose source names someone is that source's.
func TestEmbeddedSourceNamesNoOne(t *testing.T) {
	checkClaimants(t, []claimantCase{
		{"relative source", "\"I have known bosses who tell you they will raise pay and then cut it,\" said Senator Jane Holloway on Tuesday.", "they will raise pay", "Holloway"},
		{"generic source", "\"People say the plant will close next year, but the owners have promised to keep it open,\" Mayor Tom Baker said on Tuesday.", "the plant will close next year", "Baker"},
		{"named source", "\"The defense ministry of Russia says its warplanes repelled all attacks on the city,\" the correspondent Jane Holloway said on Tuesday.", "its warplanes repelled all attacks", "Russia"},
	})
}

// TestFrameBeforeContextSpeaker: a sentence that names its own source
// ("Tom Baker said on Sunday that ...") gives the claim to it, even when
// the quotes layer took a speaker for its quotation from the paragraph
// before.
func TestFrameBeforeContextSpeaker(t *testing.T) {
	chain := realChain(t)
	raw := []byte("A headline for the test\n\n\"We will win this race,\" Jane Holloway told her supporters on Saturday.\n\n" +
		"Sen. Tom Baker (D-Ore.) said Sunday in Lakeside, Oregon, that he was counting on a big crowd, which \"will help elect the judge to the court.\"\n")
	d := gold.Annotate(t, raw, chain...)
	for _, q := range d.Quotes {
		t.Logf("quote: speaker %q source %q cue %q content %q", q.Speaker, d.Slice(q.Source), d.Slice(q.Cue), d.Slice(q.Content))
	}
	checkClaimant(t, d, "he was counting on a big crowd", "Baker")
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "big crowd") && !strings.Contains(c.Claimant, "Baker") {
			t.Errorf("claim %q: claimant %q, want Baker", c.Text, c.Claimant)
		}
	}
}
