package entities

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The table tests of the document passes (acronyms, short forms) give
// their mentions as "the k-th occurrence of a string" and read the result
// back in the same terms, so that a case reads as text, not offsets.

// occurrence returns the span of the k-th (from 0) occurrence of sub in
// text.
func occurrence(t testing.TB, text, sub string, k int) pipeline.Span {
	t.Helper()
	i := -1
	for range k + 1 {
		j := strings.Index(text[i+1:], sub)
		if j < 0 {
			t.Fatalf("no occurrence %d of %q", k, sub)
		}
		i += 1 + j
	}
	return pipeline.Span{Start: i, End: i + len(sub)}
}

// describeMentions writes each mention as "text@k LABEL=canonical", k
// being which occurrence of its text it is.
func describeMentions(d *pipeline.Doc, ms []mention) []string {
	var got []string
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		k := strings.Count(d.Text[:m.Start], text)
		got = append(got, fmt.Sprintf("%s@%d %s=%s", text, k, m.label, m.canonical))
	}
	return got
}
