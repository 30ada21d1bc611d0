package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bylines: the author a byline line names ("By Jane Doe, Reuters | March 2,
// 2017"), and whether a run of words looks like a name.

// bylineName returns the author named by a byline line ("By Jane Doe",
// "By Jane Doe and John Roe, Reuters | March 2, 2017").
func (a *analysis) bylineName(orig, lower string, words int) (string, bool) {
	if words > 14 || endsPeriod(orig) && !strings.HasSuffix(orig, ".)") {
		return "", false
	}
	rest := ""
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) {
			rest = orig[len(p):]
			break
		}
	}
	if rest == "" {
		return "", false
	}
	if i := indexAny(rest, " | ", " - ", " – ", " — ", ", ", " on ", " at ", " for ", "(", ";", " updated", " published"); i >= 0 {
		rest = rest[:i]
	}
	if at := strings.IndexByte(rest, '@'); at >= 0 { // "By Jane Doe jdoe@example.com"
		if sp := strings.LastIndexByte(rest[:at], ' '); sp >= 0 {
			rest = rest[:sp]
		}
	}
	rest = strings.TrimRight(rest, " .,:")
	if !a.looksLikeName(rest, 6) {
		return "", false
	}
	return rest, true
}

// looksLikeName reports whether s is one to max words, each capitalized
// except name particles ("de", "al", "and"), with no month or weekday.
func (a *analysis) looksLikeName(s string, max int) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > max {
		return false
	}
	for k, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if monthNumbers[lw] > 0 || datelineWords[lw] && len(lw) > 3 {
			return false
		}
		if unicode.IsUpper(r) {
			continue
		}
		if k == 0 || k == len(fields)-1 || !a.lex.nameParticles[lw] {
			return false
		}
	}
	return true
}

func indexAny(s string, subs ...string) int {
	best := -1
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}
