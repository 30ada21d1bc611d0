package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "\xff\xfe\x00", "\xEF\xBB\xBFx", "“q”\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, _, err := Decode(raw)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 out: %q", text)
		}
		if strings.ContainsRune(text, '\r') {
			t.Fatalf("\\r left in %q", text)
		}
		if strings.TrimSpace(text) == "" {
			t.Fatalf("empty text accepted")
		}
	})
}
