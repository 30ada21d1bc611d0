package quotes

// Word tests the resolution files share: a possessive trimmed off a word
// and a whole word looked for in a phrase.

import (
	"strings"
)

// trimPossessive drops a trailing 's or ’s.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// containsWord reports whether s has w as a whole word, ignoring case.
func containsWord(s, w string) bool {
	for _, t := range tokenize(s, 0, len(s)) {
		if t.kind == 'w' && strings.EqualFold(trimPossessive(t.text), w) {
			return true
		}
	}
	return false
}
