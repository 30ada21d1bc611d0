package claims

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// FuzzProcess feeds arbitrary text, with a quote and a mention at arbitrary
// places, through segment and claims: nothing panics, and every claim span
// lies inside the text on rune boundaries and matches its Text.
func FuzzProcess(f *testing.F) {
	f.Add("Air strikes killed at least 39 civilians in Raqa, a monitoring group said.", 0, 30, 40, 44)
	f.Add("I wasn't even aware that the town fell...good to see it. The battle is not over yet, and IS retreated.", 5, 20, 0, 3)
	f.Add("“We cannot know whether the strikes are Russian,” he said; Moscow denied it.", 3, 40, 61, 67)
	f.Add("", 0, 0, 0, 0)
	f.Add("Q: Where were you?\nA: At home. We slept.\nQ: And then?\nA: The roof fell in.\nQNext?\nA: Nothing.", 0, 20, 3, 9)
	f.Add("HOST: Why?\nLEE: We sold it.\nHOST: When?\nLEE: In May.\n", 6, 15, 0, 4)
	f.Add("<tweet author=\"@lee\" datetime=\"2024\">The depot is open https://t.co/x — Lee (@lee) May 2, 2024</tweet>.<tweet/>", 10, 30, 0, 0)
	f.Add("She went on to add, \u201cIt rained.\u201d I would add, try it.", 21, 31, 0, 3)
	st, _ := New()
	f.Fuzz(func(t *testing.T, text string, qs, qe, ms, me int) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		d := &pipeline.Doc{Text: text, Outlet: "Outlet", Published: "2024-01-02"}
		start := 0
		for _, line := range strings.SplitAfter(text, "\n") {
			body := strings.TrimRight(line, "\n")
			if body != "" {
				d.Zones = append(d.Zones, pipeline.Zone{Span: pipeline.Span{Start: start, End: start + len(body)}, Kind: pipeline.ZoneBody})
			}
			start += len(line)
		}
		if err := segmenter(t).Process(context.Background(), d); err != nil {
			return
		}
		clamp := func(x int) int {
			if x < 0 {
				x = -x
			}
			if len(text) == 0 {
				return 0
			}
			x %= len(text) + 1
			for x > 0 && x < len(text) && !utf8.RuneStart(text[x]) {
				x--
			}
			return x
		}
		a, b := clamp(qs), clamp(qe)
		if a > b {
			a, b = b, a
		}
		d.Quotes = []pipeline.Quote{{Type: pipeline.QuoteIndirect, Content: pipeline.Span{Start: a, End: b}, Speaker: "Someone", EmbeddedIn: -1}}
		if c, e := clamp(ms), clamp(me); c < e {
			d.Mentions = []pipeline.Mention{{Span: pipeline.Span{Start: c, End: e}, Text: text[c:e], Label: pipeline.LabelGPE, Canonical: text[c:e], EntityID: "E1"}}
		}
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, c := range d.Claims {
			if c.Start < 0 || c.End > len(text) || c.Start > c.End {
				t.Fatalf("claim span %v outside text of %d bytes", c.Span, len(text))
			}
			if c.Start < len(text) && !utf8.RuneStart(text[c.Start]) || c.End < len(text) && !utf8.RuneStart(text[c.End]) {
				t.Fatalf("claim span %v not on rune boundaries", c.Span)
			}
			if c.Text != text[c.Start:c.End] {
				t.Fatalf("claim text %q != span text %q", c.Text, text[c.Start:c.End])
			}
		}
		l := NewLinker()
		l.Add(d, nil)
		l.Add(d, nil)
		for range l.Links() {
		}
	})
}
