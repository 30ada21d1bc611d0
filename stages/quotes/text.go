package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word, a punctuation mark or a quote mark, with byte offsets
// into the document text.
type token struct {
	start, end int
	text       string
	lower      string
	kind       byte // 'w' word, 'p' punctuation, 'q' quote mark
}

// isQuoteRune reports whether r can be a quotation mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›':
		return true
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// tokenize splits text[start:end] into tokens. Apostrophes, hyphens and dots
// between letters stay inside a word ("won't", "U.S.-led", "ministry’s").
func tokenize(text string, start, end int) []token {
	if end <= start {
		return nil
	}
	// about one token per five bytes of prose: one allocation, no regrowth
	return appendTokens(make([]token, 0, (end-start)/5+2), text, start, end)
}

// appendTokens appends the tokens of text[start:end] to toks.
func appendTokens(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
					r3, n3 := utf8.DecodeRuneInString(text[j+n2 : end])
					if j+n2 < end && isWordRune(r3) {
						j += n2
						continue
					}
					// "U.S.-led"
					if r2 == '.' && r3 == '-' && j+n2+n3 < end {
						if r4, _ := utf8.DecodeRuneInString(text[j+n2+n3 : end]); isWordRune(r4) {
							j += n2 + n3
							continue
						}
					}
				}
				break
			}
			// an initial, an abbreviation or a dotted acronym keeps its dot
			// ("W.", "Rep.", "U.S."), so that the dot never reads as a boundary
			// inside a name: "State Chairman James W. Dorsey", "the U.S. envoy"
			if j < end && text[j] == '.' && (keepsDot(text[i:j]) || numberSign(text[i:j], text[j+1:end])) {
				j++
			}
			w := text[i:j]
			toks = append(toks, token{start: i, end: j, text: w, lower: strings.ToLower(w), kind: 'w'})
			i = j
		default:
			k := byte('p')
			if isQuoteRune(r) {
				k = 'q'
			}
			j := i + n
			// "--" is one token, and so are two apostrophes typed for a
			// double mark (''Yes,'' he said), as findMarks reads them, so
			// that the rules that look for a quote mark next to a word see
			// one mark. Of three apostrophes the first closes a single mark
			// and the other two the double one ("a 'clean break,'''").
			if r == '-' && j < end && text[j] == '-' ||
				r == '\'' && j < end && text[j] == '\'' && (j+1 >= end || text[j+1] != '\'') {
				j++
			}
			w := text[i:j]
			toks = append(toks, token{start: i, end: j, text: w, lower: w, kind: k})
			i = j
		}
	}
	return toks
}

// keepsDot reports whether a word followed by a dot is an initial, a
// listed abbreviation or a dotted acronym, whose dot belongs to the word.
func keepsDot(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	l := strings.ToLower(w)
	// "no." and "etc." end sentences more often than they abbreviate
	return abbreviations[l] && l != "no" && l != "etc" && l != "est"
}

// numberSign reports whether "No." before a number is the abbreviation
// of "number" ("the No. 2 Republican"), not a sentence end.
func numberSign(w, after string) bool {
	after = strings.TrimLeft(after, " ")
	return (w == "No" || w == "no") && after != "" && after[0] >= '0' && after[0] <= '9'
}

// sentenceStarters open a new sentence after a dotted acronym: "... in the
// U.S. The talks ..." ends a sentence, "the U.S. Embassy" does not.
var sentenceStarters = set("the", "a", "an", "he", "she", "it", "they", "we", "i", "but",
	"and", "in", "on", "at", "this", "that", "these", "those", "his", "her", "their", "its",
	"there", "meanwhile", "however", "officials", "some", "many", "earlier", "later", "after",
	"before", "when", "if", "as", "while", "last", "no", "one", "mr.", "mrs.", "ms.", "dr.")

// isCapitalized reports whether a word starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether a word has at least two letters, all upper case.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// startsWithDigit reports whether a word starts with an ASCII digit.
func startsWithDigit(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }

// trimSpan shrinks [s,e) past white space and the given runes on both ends.
func trimSpan(text string, s, e int, cut string) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && !strings.ContainsRune(cut, r) {
			break
		}
		e -= n
	}
	return s, e
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = set("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov",
	"sen", "rep", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no",
	"vs", "inc", "ltd", "co", "jr", "sr", "prof", "maj", "adm", "rev", "fig", "approx", "corp",
	"dept", "est", "ft", "mt", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "etc", "atty",
	"gens", "cmdr", "supt", "msgr", "mssrs", "messrs", "mme", "mlle", "ave", "blvd", "calif", "fla",
	"tex", "conn", "penn", "ariz", "colo", "minn", "tenn", "okla")

// placeAbbreviations end a name rather than open one: after them an
// opening quote mark starts a new sentence.
var placeAbbreviations = set("inc", "ltd", "co", "corp", "jr", "sr", "calif", "fla", "tex", "conn",
	"penn", "ariz", "colo", "minn", "tenn", "okla", "etc", "jan", "feb", "mar", "apr", "aug",
	"sept", "sep", "oct", "nov", "dec")

// splitSentences returns sentence spans inside the paragraph [start,end).
// A sentence ends at . ! or ? (and any closing quote marks or brackets
// after it) followed by white space and a capital, a digit or an opening
// mark; abbreviations and initials do not end sentences.
func splitSentences(text string, start, end int) [][2]int {
	var out [][2]int
	s := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == ')' || r2 == ']' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == '»' {
				j += n2
				continue
			}
			break
		}
		if j >= end {
			break
		}
		r2, _ := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsSpace(r2) {
			i = j
			continue
		}
		k := j
		for k < end {
			r3, n3 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r3) {
				break
			}
			k += n3
		}
		if k >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isQuoteRune(next) || next == '(' || next == '[') {
			i = j
			continue
		}
		if r == '.' {
			// the word before the dot
			w := i
			for w > s {
				r4, n4 := utf8.DecodeLastRuneInString(text[s:w])
				if unicode.IsSpace(r4) || isQuoteRune(r4) || r4 == '(' {
					break
				}
				w -= n4
			}
			word := strings.ToLower(text[w:i])
			// (a state, a company or a month before an opening quote mark
			// ends its sentence: "said X, 20, of Dover, Del. “…”";
			// a title or an initial before one does not)
			placeBeforeQuote := isQuoteRune(next) && placeAbbreviations[word]
			if !strings.Contains(word, ".") && !placeBeforeQuote && (abbreviations[word] || (utf8.RuneCountInString(word) == 1 && unicode.IsLetter([]rune(word)[0]))) {
				i = j
				continue
			}
			// a dotted acronym ("U.N.", "A.U.") ends a sentence only before a
			// word that usually opens one
			if strings.Contains(word, ".") && !isQuoteRune(next) {
				nw := k
				for nw < end {
					r5, n5 := utf8.DecodeRuneInString(text[nw:end])
					if !isWordRune(r5) && r5 != '.' {
						break
					}
					nw += n5
				}
				if !sentenceStarters[strings.ToLower(text[k:nw])] {
					i = j
					continue
				}
			}
		}
		out = append(out, [2]int{s, j})
		s = k
		i = k
	}
	if s < end {
		out = append(out, [2]int{s, end})
	}
	return out
}
