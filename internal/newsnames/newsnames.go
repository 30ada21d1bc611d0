package newsnames

import "unicode"

// AllCaps reports whether s has two or more letters and no lower-case one:
// a wire dateline's place ("WASHINGTON"), an acronym, a heading in
// capitals.
func AllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// PartyDesignation reports whether s is a US legislator's party and state
// as wire copy writes it after the name: "R-Ky.", "D-N.Y.", "I-Vt.",
// "R-Texas".
func PartyDesignation(s string) bool {
	if len(s) < 3 || len(s) > 10 || (s[0] != 'R' && s[0] != 'D' && s[0] != 'I') || s[1] != '-' || s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	for _, r := range s[2:] {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '.') {
			return false
		}
	}
	return true
}
