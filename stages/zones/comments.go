package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reader comments under an article: their header lines ("Sean Austin
// said...", "jdoe • 2 hours ago") and the time stamps comment sections print.

// isTimestamp reports a line that is only a date and time, the way comment
// sections stamp each comment.
func isTimestamp(lower string) bool {
	if _, ok := datelineDate(lower); ok {
		return true
	}
	if isRelativeTime(lower) {
		return true
	}
	return isWidgetLine(clockWords.Replace(lower))
}

// isRelativeTime reports a relative time stamp ("2 hours ago", "just now",
// "yesterday at 9:12 pm").
func isRelativeTime(lower string) bool {
	ago := false
	for w := range strings.FieldsSeq(strings.Trim(lower, " .,:")) {
		w = strings.Trim(w, ",.")
		switch {
		case w == "ago" || w == "now" || w == "yesterday" || w == "today":
			ago = true
		case isDigits(w) || relativeUnits[w] || w == "a" || w == "an" || w == "just" || w == "at" || w == "am" || w == "pm" ||
			strings.Contains(w, ":") && isWidgetLine(w):
		default:
			return false
		}
	}
	return ago
}

// commentHeader returns the author of a reader-comment header at line i
// ("Sean Austin said..."). The colon forms ("X says:") count inside a
// comment section, or when the next line is a timestamp, as comment
// sections print them; elsewhere "Putin said:" introduces a block quote.
func (a *analysis) commentHeader(i int, inComments bool) (string, bool) {
	l := &a.lines[i]
	orig, lower := a.orig(l), a.lowed(l)
	if len(orig) > 120 || l.words > 14 {
		return "", false
	}
	cut := -1
	// "Jane Doe says: May 3, 2024 at 9:12 am", "jdoe • 2 hours ago": a
	// name, a separator and a timestamp on one line.
	for _, sep := range commentStampSeparators {
		if k := strings.Index(lower, sep); k > 0 && isTimestamp(strings.TrimSpace(lower[k+len(sep):])) {
			cut = k
			break
		}
	}
	if cut < 0 && (len(orig) > 90 || l.words > 8) {
		return "", false
	}
	// A name alone over a comment's time stamp, below the article.
	if cut < 0 && a.lede >= 0 && i > a.lede && l.words <= 4 && !endsSentence(orig) &&
		a.looksLikeName(orig, 4) && a.nextIsTimestamp(i) {
		return orig, true
	}
	for _, suf := range commentSuffixesStrict {
		if strings.HasSuffix(lower, suf) {
			cut = len(lower) - len(suf)
		}
	}
	if cut < 0 {
		for _, suf := range commentSuffixesInSection {
			if strings.HasSuffix(lower, suf) && (inComments || a.nextIsTimestamp(i)) {
				cut = len(lower) - len(suf)
			}
		}
	}
	if cut <= 0 {
		return "", false
	}
	name := strings.TrimSpace(orig[:cut])
	words := countFields(name)
	if words == 0 || words > 5 || strings.ContainsAny(name, ",:;\"“”!?") || a.lex.notAuthors[a.lower[l.start:l.start+len(name)]] {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return "", false
	}
	return name, true
}

// nextIsTimestamp reports whether the next non-blank line after i is a date
// with a clock time.
func (a *analysis) nextIsTimestamp(i int) bool {
	for k := i + 1; k < len(a.lines); k++ {
		if l := &a.lines[k]; !l.blank() {
			lower := a.lowed(l)
			return l.words <= 10 && strings.Contains(lower, ":") && isTimestamp(lower)
		}
	}
	return false
}

var relativeUnits = setOf([]string{
	"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
	"h", "m", "d", "day", "days", "week", "weeks", "month", "months", "year", "years",
})

// commentStampSeparators join a commenter's name and the comment's time
// on one header line.
var commentStampSeparators = []string{" says: ", " said: ", " wrote: ", " • "}
