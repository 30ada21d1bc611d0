package quotes

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Smith said.",
		"Smith said: \" We will win.\n\n\"And more.",
		"According to reports, ‘x’ «y» „z“ ” ' \"",
		"RT: Headline\n\nBody text.\n\nRead more",
		"Air strikes killed 39, a group said, adding that more died.",
		"\"\"\"''' ‘’’ “”” «»»",
		"X, director of Y, told Z: “a ‘b “c” d’ e”",
		"As the Gazette reported, the owner “paid far too much for it.” Still, “it is a coin toss now,” as Lee said, “or worse.”",
		"''Go home!'' Lee said on Twitter. “Is it over?” Ward asked the candidate. ''A 'clean break,''' rock 'n' roll ''",
		"Roe and Lee “sounded tired. Nobody smiled once. The hall went quiet” beside him, Ward said.",
	} {
		f.Add(s)
	}
	st := newStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := bodyDoc(text)
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		inside := func(s pipeline.Span) bool {
			return s.IsEmpty() && s.Start == 0 && s.End == 0 || 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
		}
		for i, q := range d.Quotes {
			for _, s := range append([]pipeline.Span{q.Content, q.Source, q.Cue, q.Addressee}, q.QuotedFragments...) {
				if !inside(s) {
					t.Fatalf("quote %d: span %v outside text of %d bytes", i, s, len(text))
				}
			}
			if q.Content.IsEmpty() {
				t.Fatalf("quote %d: empty content", i)
			}
			if !q.Cue.IsEmpty() && q.Content.Overlaps(q.Cue) {
				t.Fatalf("quote %d: content %q overlaps cue %q", i, d.Slice(q.Content), d.Slice(q.Cue))
			}
			if q.EmbeddedIn < -1 || q.EmbeddedIn >= len(d.Quotes) || q.EmbeddedIn == i {
				t.Fatalf("quote %d: embedded_in %d", i, q.EmbeddedIn)
			}
		}
	})
}
