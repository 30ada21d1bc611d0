package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pages without a page head (no byline, no date header: a text saved from
// an archive or a feed) open with the headline on its own line, often in
// sentence case and with a full stop ("Lee and Stone tied in Ohio
// poll."), which the headline shape alone cannot tell from a one-sentence
// lede. Headline grammar can: a headline is short, drops articles, and
// does not say when or report who said it ("said Friday"), while a lede
// does.

// maxSentenceHeadline is the longest sentence-case headline, in words.
const maxSentenceHeadline = 25

// isSentenceHeadline reports whether line i, the first line of the page
// that is not chrome, is a headline written as a sentence: the text goes
// on after it, it opens with a capital, digit or quote, and it reads as a
// headline, not a lede.
func (a *analysis) isSentenceHeadline(i int) bool {
	l := &a.lines[i]
	orig := a.orig(l)
	if l.words < 2 || l.words > maxSentenceHeadline || a.nextLine(i) < 0 {
		return false
	}
	// The first paragraph holds the headline and at most a dek.
	if n := a.nextLine(i); n == i+1 && a.lines[n].para == l.para {
		if m := a.nextLine(n); m == n+1 && a.lines[m].para == l.para {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(orig)
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'‘“", r)) {
		return false
	}
	if strings.HasSuffix(orig, ";") {
		return true // a headline over its dek, the way archives print both
	}
	if strings.HasSuffix(orig, ":") || strings.HasSuffix(orig, ",") || strings.Contains(orig, " -- ") {
		return false
	}
	return a.readsAsHeadline(a.lowed(l), l.words)
}

// readsAsHeadline reports a line in headline grammar: no day or time word
// or date (a lede dates its event: "said Friday", "April 19") and, beyond twelve
// words, at most one article and no verb of saying.
func (a *analysis) readsAsHeadline(lower string, words int) bool {
	articles, saying, month, prev := 0, false, false, ""
	for w := range strings.FieldsSeq(lower) {
		w = strings.Trim(w, ".,;:!?\"'‘’“”()")
		switch {
		case ledeTimeWords[w] && !weekdayNameWords[prev], month && isDigits(w):
			return false // "said Friday", "April 19" (but "Super Tuesday" is a name)
		case w == "the" || w == "a" || w == "an":
			articles++
		case w == "said" || w == "says" || w == "told":
			saying = true
		}
		month = monthNumbers[w] > 0
		prev = w
	}
	return words <= 12 || articles <= 1 && !saying
}

// weekdayNameWords make a weekday part of a name: "Super Tuesday", "Black
// Friday", "Good Friday".
var weekdayNameWords = setOf([]string{"super", "black", "good", "cyber", "ash", "holy", "easter", "palm", "bloody"})

// ledeTimeWords date an event the way a lede does and a headline does not.
var ledeTimeWords = setOf([]string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight",
})
