package turnlabel

import (
	"testing"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// FuzzLabel checks that no label, however malformed, panics the readers:
// Person gives -1 or the index of a person mention outside the label,
// Kicker answers, and TitleCase keeps the label's characters.
func FuzzLabel(f *testing.F) {
	for _, s := range []string{"MARTINEZ: no", "ANN LEE: yes", "UPDATE: vote", "Q&A: x", "\xff\xfe: x", "O'NEILL: so", "", ":"} {
		f.Add(s, 0, 8)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end > len(text) || start > end {
			return
		}
		label := pipeline.Span{Start: start, End: end}
		d := &pipeline.Doc{Text: text}
		if len(text) >= 3 {
			// a person mention of the first three bytes, in any case
			d.Mentions = []pipeline.Mention{{Span: pipeline.Span{End: 3}, Label: pipeline.LabelPerson, Canonical: "Ann " + text[:3]}}
		}
		if k := Person(d, label); k != -1 && (k < 0 || k >= len(d.Mentions) || label.Overlaps(d.Mentions[k].Span)) {
			t.Fatalf("Person = %d for label %+v of %q", k, label, text)
		}
		Place(d, label)
		Kicker(text[start:end])
		s := text[start:end]
		if tc := TitleCase(s); utf8.ValidString(s) && utf8.RuneCountInString(tc) != utf8.RuneCountInString(s) {
			t.Fatalf("TitleCase(%q) = %q: not the same characters", s, tc)
		}
	})
}
