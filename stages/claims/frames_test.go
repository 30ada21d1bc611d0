package claims

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// TestAsFrame runs the whole chain over sentences written for the test: an
// "as NP said" frame gives the rest of the sentence to NP, with an adjunct
// after the verb, after a long leading adverbial, or at the end.
func TestAsFrame(t *testing.T) {
	checkClaimants(t, []claimantCase{
		{"adjunct after the verb", "As Jane Holloway points out in her weekly letter to members, the roads were repaved last spring.", "the roads were repaved", "Holloway"},
		{"at the end", "The school budget grew by a third over two years, as Jane Holloway has sometimes acknowledged.", "The school budget grew", "Holloway"},
		{"after a long adverbial", "In the old port district of the city before the war, as Jane Holloway reported in her book, the docks employed thousands of men.", "the docks employed thousands of men", "Holloway"},
		{"not a frame", "The council met on Tuesday, as Jane Holloway said the vote would be close.", "The council met", ""},
	})
}

// TestLongSubjectContent reads frames whose content opens with a subject
// too long or too branched for clauseStart ("said nearly every
// talk she has had with voters this month turns on ..."), none where
// the noun phrase after the verb is its object, and no source before a
// frame set inside its content.
func TestLongSubjectContent(t *testing.T) {
	chain := realChain(t)
	tests := []struct {
		text, content, claimant string // content "" for no frame
	}{
		{"Jane Holloway, president of the Riverside Fund, a group allied with the council, said nearly every talk she has had with voters this month turns on the bridge.", "every talk she has had", "Holloway"},
		{"Tom Baker said the days when the town had a single newspaper and a single radio station are gone.", "the days when", "Baker"},
		{"Tom Baker said the word bridge five times, and then mentioned the budget.", "", ""},
		{"Tom Baker told the story of an old farmer who was holding a sign outside the school.", "", ""},
		// a frame inside its content: the words before it are no source
		{"Part of the trouble with the new bridge, say engineers like Tom Baker, a city inspector, is the soil itself.", "Part of the trouble", "Baker"},
	}
	for _, tc := range tests {
		raw := []byte("A headline for the test\n\n" + tc.text + "\n")
		d := gold.Annotate(t, raw, chain...)
		at := strings.Index(d.Text, tc.text)
		f, ok := reportingFrame(d, pipeline.Span{Start: at, End: at + len(tc.text)})
		switch {
		case tc.content == "" && ok:
			t.Errorf("%q: frame %q, content %q; want none", tc.text, f.claimant, d.Slice(f.content))
		case tc.content != "" && (!ok || !strings.HasPrefix(d.Slice(f.content), tc.content) || !strings.Contains(f.claimant, tc.claimant)):
			t.Errorf("%q: frame %v %q, content %q; want %q, %q", tc.text, ok, f.claimant, d.Slice(f.content), tc.claimant, tc.content)
		}
	}
}
