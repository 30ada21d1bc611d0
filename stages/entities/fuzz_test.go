package entities

import (
	"context"
	"testing"
	"unicode/utf8"
)

func FuzzProcess(f *testing.F) {
	for _, seed := range []string{
		"ISIS Renews Attacks On Palmyra In Attempt To Retake Historic City",
		"The U.S.-led anti-ISIS coalition says Russia’s defense ministry lied.",
		"Syrian Observatory for Human Rights (SOHR) — “IS” fighters' Raqqa’s",
		"ALL CAPS LINE WITH IS AND AP AND RT",
		"-- ' ’s 's - ‐‑ ( ) a\u00a0b",
	} {
		f.Add(seed)
	}
	s := stage(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := bodyDoc(t, text)
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		last := -1
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("mention %+v outside text of %d bytes", m.Span, len(text))
			}
			if m.Start < last {
				t.Fatalf("mentions overlap or are out of order at %d", m.Start)
			}
			last = m.End
			if m.Text != text[m.Start:m.End] || m.Canonical == "" || m.EntityID == "" {
				t.Fatalf("bad mention %+v", m)
			}
		}
	})
}
