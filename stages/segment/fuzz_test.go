package segment

import (
	"context"
	"testing"
	"unicode/utf8"
)

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"A b. C d.", "“Hi,” he said.\n\nOK", "&rsquo; ‘x’ $5 (a) [b]", "U.S.-led\u00a0x",
		"<p lang=\"en\">\u201cNo,\u201d</p>&mdash; A (@a) <a href=\"https://x.org\">May 2</a>",
		"<tweet tweet-date=\"May 2\n\">Up.<tweet/> a < b > c &nbsp;&#8220;x&quot;"} {
		f.Add(s)
	}
	s := stage(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := bodyDoc(text)
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
	})
}
