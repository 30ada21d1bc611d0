package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The table tests of the document passes (acronyms, short forms, glued
// names, organisation names) give their mentions as "the k-th occurrence
// of a string" and read the result back in the same terms, so that a case
// reads as text, not offsets.

// mentionCase is a mention a document pass is given: the k-th occurrence
// of sub, with the label and canonical an earlier step gave it, and
// whether it stands in a heading (whose capitals are no evidence of a
// name).
type mentionCase struct {
	sub       string
	k         int
	label     string
	canonical string
	heading   bool
}

// givenMentions places the cases in d as model mentions, sorted, with
// their sentence and their neighbouring words ("'s" after "Holt's",
// "virus" after "Brannock virus"), as the stage's own mentions have them.
func givenMentions(t testing.TB, d *pipeline.Doc, cases []mentionCase) []mention {
	t.Helper()
	var ms []mention
	for _, c := range cases {
		sp := occurrence(t, d.Text, c.sub, c.k)
		m := mention{Span: sp, sent: -1, label: c.label, canonical: c.canonical, heading: c.heading, fromModel: true}
		for si, st := range d.Sentences {
			if st.Start <= sp.Start && sp.End <= st.End {
				m.sent = si
			}
		}
		if m.sent < 0 {
			t.Fatalf("no sentence holds %q", c.sub)
		}
		if after := d.Text[sp.End:]; strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
			m.next = "'s"
		} else if f := strings.Fields(after); len(f) > 0 {
			m.next = strings.TrimRight(f[0], ".,;:")
		}
		before := strings.Fields(d.Text[:sp.Start])
		if len(before) > 0 {
			m.prev = before[len(before)-1]
		}
		ms = append(ms, m)
	}
	sortMentions(ms)
	return ms
}

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

// passCase is a case of a table test of a document pass: the mentions it
// is given in text, and every mention after the pass, as describeMentions
// writes it ("text@k LABEL=canonical", an empty canonical being the
// mention's own text).
type passCase struct {
	name  string
	text  string
	given []mentionCase
	want  []string
}

// checkPass runs pass over the given mentions of each case, in a document
// of its text, and compares the mentions it leaves with the case's.
func checkPass(t *testing.T, pass func(d *pipeline.Doc, ms []mention) []mention, cases []passCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(t, tc.text)
			got := describeMentions(d, pass(d, givenMentions(t, d, tc.given)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// inPlace makes a pass that changes its mentions where they stand into
// one checkPass runs.
func inPlace(pass func(d *pipeline.Doc, ms []mention)) func(d *pipeline.Doc, ms []mention) []mention {
	return func(d *pipeline.Doc, ms []mention) []mention {
		pass(d, ms)
		return ms
	}
}
