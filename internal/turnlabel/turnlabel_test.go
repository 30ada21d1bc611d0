package turnlabel

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// mention is a mention of an invented page: the words, where they occur
// (the n-th time, from 0), the label and the canonical name.
type mention struct {
	text      string
	nth       int
	label     string
	canonical string
}

// page builds a Doc of text with the mentions, in text order.
func page(t *testing.T, text string, ms []mention) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{Text: text}
	for _, m := range ms {
		at := -1
		for k, from := 0, 0; k <= m.nth; k++ {
			i := strings.Index(text[from:], m.text)
			if i < 0 {
				t.Fatalf("%q not %d times in the text", m.text, m.nth+1)
			}
			at, from = from+i, from+i+len(m.text)
		}
		d.Mentions = append(d.Mentions, pipeline.Mention{Span: pipeline.Span{Start: at, End: at + len(m.text)}, Text: m.text,
			Label: m.label, Canonical: m.canonical, EntityID: pipeline.EntityID(m.label, m.canonical)})
	}
	for i := 1; i < len(d.Mentions); i++ {
		for j := i; j > 0 && d.Mentions[j].Start < d.Mentions[j-1].Start; j-- {
			d.Mentions[j], d.Mentions[j-1] = d.Mentions[j-1], d.Mentions[j]
		}
	}
	return d
}

// labelAt is the span of the label that opens the n-th line of text.
func labelAt(text string, n int) pipeline.Span {
	start := 0
	for ; n > 0; n-- {
		start += strings.IndexByte(text[start:], '\n') + 1
	}
	return pipeline.Span{Start: start, End: start + strings.IndexByte(text[start:], ':')}
}

func TestPerson(t *testing.T) {
	const p = pipeline.LabelPerson
	tests := []struct {
		name string
		text string
		ms   []mention
		line int    // the line whose label is resolved
		want string // the canonical name found; "" for none
	}{
		{"surname", "Gov. Tom Ward spoke.\nWARD: I back it.", []mention{{"Tom Ward", 0, p, "Tom Ward"}}, 1, "Tom Ward"},
		{"full name", "Ann Lee and Tom Lee spoke.\nANN LEE: I back it.", []mention{{"Ann Lee", 0, p, "Ann Lee"}, {"Tom Lee", 0, p, "Tom Lee"}}, 1, "Ann Lee"},
		{"another first name", "Tom Lee spoke.\nANN LEE: I back it.", []mention{{"Tom Lee", 0, p, "Tom Lee"}}, 1, ""},
		{"the one named most often", "Tom Lee and Ann Lee, then Ann Lee again.\nLEE: I back it.",
			[]mention{{"Tom Lee", 0, p, "Tom Lee"}, {"Ann Lee", 0, p, "Ann Lee"}, {"Ann Lee", 1, p, "Ann Lee"}}, 1, "Ann Lee"},
		{"the first named on a tie", "Tom Lee and Ann Lee spoke.\nLEE: I back it.", []mention{{"Tom Lee", 0, p, "Tom Lee"}, {"Ann Lee", 0, p, "Ann Lee"}}, 1, "Tom Lee"},
		{"not the label itself", "Ward spoke.\nTOM WARD: I back it.", []mention{{"TOM WARD", 0, p, "Tom Ward"}}, 1, ""},
		{"a surname alone is no full name", "Ward spoke.\nWARD: I back it.", []mention{{"Ward", 0, p, "Ward"}}, 1, ""},
		{"no person", "Ward County voted.\nWARD: I back it.", []mention{{"Ward County", 0, pipeline.LabelGPE, "Ward County"}}, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := page(t, tc.text, tc.ms)
			got := ""
			if k := Person(d, labelAt(tc.text, tc.line)); k >= 0 {
				got = d.Mentions[k].Canonical
				if k > 0 && d.Mentions[k-1].Canonical == got {
					t.Errorf("index %d is not the first mention of %q", k, got)
				}
			}
			if got != tc.want {
				t.Errorf("Person = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPlace(t *testing.T) {
	text := "NEW DELHI: The talks resumed.\nWARD: I back it.\n"
	d := page(t, text, []mention{{"NEW DELHI", 0, pipeline.LabelGPE, "New Delhi"}, {"WARD", 0, pipeline.LabelPerson, "Ward"}})
	for line, want := range []bool{true, false} {
		if got := Place(d, labelAt(text, line)); got != want {
			t.Errorf("line %d: Place = %v, want %v", line, got, want)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{"ANA MARTINEZ": "Ana Martinez", "O'NEILL": "O'Neill", "HOST": "Host", "ANA-MARIA": "Ana-Maria", "": ""} {
		if got := TitleCase(in); got != want {
			t.Errorf("TitleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func ExampleTitleCase() {
	fmt.Println(TitleCase("ANA MARTINEZ"))
	// Output: Ana Martinez
}

// TestKicker checks the labels read as kickers and the names that look
// like them.
func TestKicker(t *testing.T) {
	tests := []struct {
		label string
		want  bool
	}{
		{"UPDATE", true},
		{"Update 2", true},
		{"The Latest", true},
		{"Editor's Note", true},
		{"editor’s note", true},
		{"Q&A", true},
		{" WATCH ", true},
		{"Photos by", true},
		{"WARD", false},
		{"Ann Lee", false},
		{"A.M.", false},
		{"Top-Secret", false},
		{"Latest-Ward", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := Kicker(tc.label); got != tc.want {
			t.Errorf("Kicker(%q) = %v, want %v", tc.label, got, tc.want)
		}
	}
}
