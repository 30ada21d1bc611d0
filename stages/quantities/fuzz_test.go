package quantities

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

func FuzzProcess(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.in, tc.published)
	}
	for _, tc := range newsCases {
		f.Add(tc.in, tc.published)
	}
	f.Add("CTF 50 Friday's AD 0 B.C. 9999 BCE hundreds of several others a handful of 2400 GMT 1799 UTC Q5 fifth-quarter mid-Mayday last winter of next year", "2016-01-01")
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), "2016-03-18")
		}
	}
	f.Add("$-5-6 million 1,,000 2--3 31/31/31 0th 1e308 99999999999999999999999 bn", "x")
	f.Add("between 9 and 1 or 3 to 2 £ $ US$ 1.5.5 10km/h 4,0000", "2016-02-29")
	stage, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) {
			return // ingest guarantees valid UTF-8
		}
		d := &pipeline.Doc{Text: text, Published: published}
		if err := stage.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quantities {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("span %v outside text of %d bytes", q.Span, len(text))
			}
			if text[q.Start:q.End] != q.Text {
				t.Fatalf("text %q does not match span %v", q.Text, q.Span)
			}
			if q.ValueMax != nil && (q.Value == nil || *q.ValueMax < *q.Value) {
				t.Fatalf("%q: value_max below value", q.Text)
			}
			if (q.Value == nil) != (q.Kind == pipeline.KindDate) {
				t.Fatalf("%q: value must be nil exactly for dates", q.Text)
			}
		}
	})
}
