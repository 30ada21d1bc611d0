package quantities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of a sentence as the quantities stage sees it. Numbers
// keep their separators ("4,000", "1.5", "18/03/2016", "2-3") and
// hyphenated words stay whole ("second-century", "twenty-five"), which the
// general tokenizer of the segment stage does not guarantee.
type tok struct {
	start, end int    // byte offsets into Doc.Text
	text       string // Doc.Text[start:end]
	lower      string // lower-cased text
	word       bool   // starts with a letter or a digit
	digit      bool   // starts with a digit
	pos        string // Penn tag from the segment stage, or a guess
	guessed    bool   // pos is a guess
	masked     bool   // inside a URL, e-mail, phone number or clock time
}

// isConnector reports whether r joins two alphanumeric runs into one token
// when it stands between them.
func isConnector(r rune) bool {
	switch r {
	case '-', '.', ',', '/', ':', '\'', '’', '–', '‐', '‑':
		return true
	}
	return false
}

// scan splits text[start:end] into tokens.
func scan(text string, start, end int, out []tok) []tok {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < end {
				c, cn := utf8.DecodeRuneInString(text[j:end])
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					j += cn
					continue
				}
				if !isConnector(c) || j+cn >= end {
					break
				}
				next, _ := utf8.DecodeRuneInString(text[j+cn : end])
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if !joins(c, prev, next) {
					break
				}
				j += cn
			}
			// An abbreviation keeps its final full stop ("U.S.", "U.N.") so
			// that it does not end a noun phrase.
			if j < end && text[j] == '.' && strings.Contains(text[i:j], ".") && !unicode.IsDigit(r) {
				j++
			}
			out = append(out, newTok(text, i, j))
			i = j
		default:
			out = append(out, newTok(text, i, i+n))
			i += n
		}
	}
	return out
}

// joins says whether connector c binds prev and next into one token.
func joins(c, prev, next rune) bool {
	pd, nd := unicode.IsDigit(prev), unicode.IsDigit(next)
	pl, nl := unicode.IsLetter(prev), unicode.IsLetter(next)
	switch c {
	case ',', '/', ':':
		return pd && nd // 4,000  18/03/2016  10:30
	case '.':
		return (pd && nd) || (pl && nl) // 1.5  U.S
	case '\'', '’':
		return pl && nl // won't
	default: // hyphens and dashes
		return (pd || pl) && (nd || nl)
	}
}

func newTok(text string, s, e int) tok {
	t := tok{start: s, end: e, text: text[s:e]}
	t.lower = strings.ToLower(t.text)
	r, _ := utf8.DecodeRuneInString(t.text)
	t.digit = unicode.IsDigit(r)
	t.word = t.digit || unicode.IsLetter(r)
	return t
}

// isCapitalized reports whether the token starts with an upper-case letter.
func (t tok) isCapitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// splitHyphen splits a token's lower-cased text at its hyphens and dashes.
func splitHyphen(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '-' || r == '–' || r == '‐' || r == '‑'
	})
}
