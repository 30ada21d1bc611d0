package newsnames

import (
	"testing"
	"unicode"
)

// FuzzWords checks that the word tests never panic on any string and
// agree with what they promise: AllCaps holds no lower-case letter, a
// party designation opens with R, D or I and a hyphen.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"WASHINGTON", "R-Ky.", "D-N.Y.", "I-", "R-\xff", "", "Ünited", "NATO's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if AllCaps(s) {
			for _, r := range s {
				if unicode.IsLower(r) {
					t.Fatalf("AllCaps(%q) with the lower-case %q", s, r)
				}
			}
		}
		if PartyDesignation(s) && (len(s) < 3 || s[1] != '-' || s[0] != 'R' && s[0] != 'D' && s[0] != 'I') {
			t.Fatalf("PartyDesignation(%q) for no party", s)
		}
	})
}
