package segment

import (
	"unicode"
	"unicode/utf8"
)

// Sentences are split on the tokens of one line, so a sentence never
// crosses a newline or a zone. A sentence ends after . ? ! or an ellipsis,
// together with the closing quotes and brackets written right after it,
// when the next token can start a sentence: a capital letter, a digit or an
// opening quote or bracket. An abbreviation that keeps its period (Inc.,
// U.S.) ends a sentence only before a word that usually starts one (The, He,
// But ...); a title (Mr., Gen.) or an initial never does.

// splitSentences appends to ends the index after the last token of each
// sentence of the line's tokens toks.
func splitSentences(text string, toks []tokenSpan, ends []int) []int {
	for i := 0; i < len(toks); i++ {
		t := text[toks[i].start:toks[i].end]
		abbrev := false
		switch {
		case isTerminator(t):
		case len(t) > 1 && t[len(t)-1] == '.' && mayEndSentence(t):
			abbrev = true
		default:
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].start == toks[j-1].end && isTrailer(text[toks[j].start:toks[j].end]) {
			j++
		}
		if j >= len(toks) {
			break
		}
		next := text[toks[j].start:toks[j].end]
		if abbrev && !sentenceStarters[next] || !abbrev && !startsSentence(next) {
			i = j - 1
			continue
		}
		ends = append(ends, j)
		i = j - 1
	}
	if len(toks) > 0 && (len(ends) == 0 || ends[len(ends)-1] < len(toks)) {
		ends = append(ends, len(toks))
	}
	return ends
}

// isTerminator reports whether a token is made only of . ? ! and ….
func isTerminator(t string) bool {
	for _, r := range t {
		if r != '.' && r != '?' && r != '!' && r != '\u2026' {
			return false
		}
	}
	return t != ""
}

// isTrailer is what may follow a terminator inside its sentence.
func isTrailer(t string) bool {
	switch t {
	case ")", "]", "}", "\"", "'", "\u201d", "\u2019", "\u00bb", "\u203a":
		return true
	}
	return isTerminator(t)
}

// startsSentence reports whether a token can begin a sentence.
func startsSentence(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	switch r {
	case '"', '\'', '\u201c', '\u2018', '(', '[', '\u00ab', '\u201e', '$', '\u00a3', '\u20ac', '\u2014', '-', '*', '#':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r)
}

// mayEndSentence reports whether an abbreviation token keeping its period
// can be the last word of a sentence.
func mayEndSentence(t string) bool {
	body := t[:len(t)-1]
	if never, known := abbreviations[body]; known {
		return !never
	}
	// Initials (J.) do not; letters with periods (U.S.A.) may.
	return len(body) > 1
}

// sentenceStarters are words that begin sentences far more often than they
// follow an abbreviation inside one.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "But": true, "And": true, "In": true, "On": true,
	"At": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"His": true, "Her": true, "Their": true, "Its": true, "Our": true, "My": true, "If": true,
	"When": true, "While": true, "After": true, "Before": true, "As": true, "For": true,
	"However": true, "Meanwhile": true, "So": true, "Yet": true, "Some": true, "Many": true,
	"Most": true, "No": true, "Now": true, "Then": true, "What": true, "Who": true, "Why": true,
	"How": true, "Where": true, "Since": true, "Although": true, "Officials": true, "Mr.": true,
	"Mrs.": true, "Ms.": true, "Dr.": true, "\u201c": true, "\"": true,
}
