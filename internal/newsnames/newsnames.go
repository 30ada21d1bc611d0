// Package newsnames recognises the short forms that news copy writes
// around people's names and that are not names themselves. The entity
// and quote stages both need them: one must not tag "R-Ky." as a person,
// the other must keep it in a speaker's span.
package newsnames

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
