package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer splits one line into Penn-Treebank-like tokens and gives
// each its byte span in the original text, so a token's text is always the
// original characters (“ stays “, ’s stays ’s).
//
//	“We’ll retake Palmyra,” Mr. Smith said—at 4:30 p.m.—of the U.S.-led
//	“ We ’ll retake Palmyra , ” Mr. Smith said — at 4:30 p.m. — of the U.S.-led
//
// Rules, for a run of non-space characters:
//   - em and en dashes, "--" and ellipses inside a word split it;
//   - opening brackets and quotes and currency signs split off the front;
//   - closing brackets and quotes, , ; : ! ? % and a final period split off
//     the back, but an abbreviation (Mr., U.S., Jan.) keeps its period;
//   - clitics split off the end of a word only: n't, 's, 're, 'll, 'm, 've,
//     'd, and the apostrophe of a plural possessive (ministers’);
//   - numbers (4,000 1.5 4:30), hyphenated words and URLs stay whole;
//   - an entity for a dash, an ellipsis or a quote mark (&mdash; &#8220;)
//     is a token of its own, one for a no-break space (&nbsp;) a space.
//
// Markup tags are no part of the text the tokenizer reads: segmentLine
// hands it the pieces of a line between them (markup.go).

// tokenSpan is a token's byte span in the document.
type tokenSpan struct{ start, end int }

// tokenize appends the tokens of text[lo:hi] to out.
func tokenize(text string, lo, hi int, out []tokenSpan) []tokenSpan {
	for i := lo; i < hi; {
		r, size := decodeRune(text, i, hi)
		if isSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < hi {
			r, size = decodeRune(text, j, hi)
			if isSpace(r) {
				break
			}
			j += size
		}
		out = splitChunk(text, i, j, out)
		i = j
	}
	return out
}

func decodeRune(text string, i, hi int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:hi])
}

func decodeLastRune(text string, lo, hi int) (rune, int) {
	if c := text[hi-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[lo:hi])
}

// isSpace is white space, including the no-break and zero-width spaces and
// the byte-order mark that copied web text carries.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

// splitChunk appends the tokens of the non-space run text[a:b].
func splitChunk(text string, a, b int, out []tokenSpan) []tokenSpan {
	// An entity for a punctuation mark separates like the mark; one for a
	// no-break space like a space.
	if k := strings.IndexByte(text[a:b], '&'); k >= 0 {
		for i := a + k; i < b; i++ {
			if text[i] != '&' {
				continue
			}
			if n, s := punctEntityAt(text, i, b); n > 0 {
				out = splitChunk(text, a, i, out)
				if s != "" {
					out = append(out, tokenSpan{i, i + n})
				}
				return splitChunk(text, i+n, b, out)
			}
		}
	}
	if a >= b {
		return out
	}
	if isURL(text[a:b]) {
		return splitEnds(text, a, b, out, opensURL, closesURL, appendWhole)
	}
	// A dash or an ellipsis inside a run separates two words.
	if ds, de := findInnerBreak(text, a, b); ds >= 0 {
		out = splitChunk(text, a, ds, out)
		out = append(out, tokenSpan{ds, de})
		return splitChunk(text, de, b, out)
	}
	return splitEnds(text, a, b, out, opensWord, closesWord, appendWord)
}

// splitEnds appends the tokens of the run text[a:b]: the opening marks at
// its front, one a token, while opens accepts them; then its core, by
// appendCore; then the closing tokens that closes finds at its back, at
// most eight. Words and addresses differ only in these three.
func splitEnds(text string, a, b int, out []tokenSpan,
	opens func(r rune, rest string) bool,
	closes func(text string, a, b int) int,
	appendCore func(text string, a, b int, out []tokenSpan) []tokenSpan) []tokenSpan {
	for a < b {
		r, size := decodeRune(text, a, b)
		if !opens(r, text[a+size:b]) {
			break
		}
		out = append(out, tokenSpan{a, a + size})
		a += size
	}
	// The closing tokens are found from the end, so they are kept aside
	// and appended after the core, in text order.
	var back [8]tokenSpan
	nBack := 0
	for a < b && nBack < len(back) {
		n := closes(text, a, b)
		if n == 0 {
			break
		}
		back[nBack] = tokenSpan{b - n, b}
		nBack++
		b -= n
	}
	if a < b {
		out = appendCore(text, a, b, out)
	}
	for k := nBack - 1; k >= 0; k-- {
		out = append(out, back[k])
	}
	return out
}

// opensWord reports whether r, followed by rest of its run, is opening
// punctuation that splits off the front of a word: a single quote only
// when it opens a quotation ('90s keeps it), a # only before a number.
func opensWord(r rune, rest string) bool {
	switch {
	case !isOpening(r):
		return false
	case r == '\'' || r == '\u2018' || r == '\u2019':
		return quoteOpens(rest)
	case r == '#':
		return rest != "" && isDigitByte(rest[0])
	}
	return true
}

// closesWord returns the length of the closing token that ends the word
// text[a:b], or 0 when none does: a closing mark, a run of periods, a
// single period unless an abbreviation keeps it, or a closing quote or the
// apostrophe of a plural possessive (ministers’) after other characters.
func closesWord(text string, a, b int) int {
	r, size := decodeLastRune(text, a, b)
	alone := b-size == a
	switch {
	case r == '.':
		if n := dotRun(text, a, b); n >= 2 {
			return n
		}
		if alone || isAbbreviation(text[a:b]) {
			return 0
		}
	case r == '\'' || r == '\u2019':
		// a clitic ('s) is split by appendWord
		if alone {
			return 0
		}
	case isClosing(r):
	default:
		return 0
	}
	return size
}

// appendWord appends the word text[a:b], split before its clitic.
func appendWord(text string, a, b int, out []tokenSpan) []tokenSpan {
	if c := cliticStart(text, a, b); c > a {
		return append(out, tokenSpan{a, c}, tokenSpan{c, b})
	}
	return append(out, tokenSpan{a, b})
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isOpening is punctuation that splits off the front of a word.
func isOpening(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '\u201c', '\u2018', '\u2019', '\u00ab', '\u201e', '\u2039',
		'$', '\u00a3', '\u20ac', '\u00a5', '#', '\u00bf', '\u00a1':
		return true
	}
	return false
}

// isClosing is punctuation that splits off the back of a word. A period is
// handled separately, because of abbreviations.
func isClosing(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '\u201d', '\u00bb', '\u203a', ',', ';', ':', '!', '?', '%', '\u2026':
		return true
	}
	return false
}

// quoteOpens reports whether a single quote mark before rest opens a
// quotation rather than being an elision ('90s, 'em, 'n').
func quoteOpens(rest string) bool {
	if rest == "" {
		return false
	}
	if isDigitByte(rest[0]) {
		return false
	}
	for _, e := range []string{"em", "til", "tis", "twas", "n"} {
		if len(rest) >= len(e) && strings.EqualFold(rest[:len(e)], e) &&
			(len(rest) == len(e) || !isLetterByte(rest[len(e)])) {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// dotRun returns how many periods end text[a:b].
func dotRun(text string, a, b int) int {
	n := 0
	for b-n > a && text[b-n-1] == '.' {
		n++
	}
	return n
}

// findInnerBreak finds a dash (— – --) or an ellipsis (… ...) strictly
// inside text[a:b] with a word character before it, and returns its span.
func findInnerBreak(text string, a, b int) (int, int) {
	for i := a; i < b; {
		r, size := decodeRune(text, i, b)
		switch {
		case r == '\u2014' || r == '\u2013' || r == '\u2026':
			if i > a || i+size < b {
				return i, i + size
			}
		case r == '-' && i+1 < b && text[i+1] == '-':
			e := i + 2
			for e < b && text[e] == '-' {
				e++
			}
			if i > a || e < b {
				return i, e
			}
		case r == '.' && i+2 < b && text[i+1] == '.' && text[i+2] == '.':
			e := i + 3
			for e < b && text[e] == '.' {
				e++
			}
			if e < b {
				return i, e
			}
			i = e
			continue
		}
		i += size
	}
	return -1, -1
}

// cliticStart returns where a clitic (n't 's 're 'll 'm 've 'd, with a
// straight or curly apostrophe or &rsquo;) starts at the end of the word
// text[a:b], or a when there is none. Clitics are split only at the end of a
// word: 'recapture and O’Neill stay whole.
func cliticStart(text string, a, b int) int {
	w := text[a:b]
	// Every clitic has one or two letters after its apostrophe, whose last
	// byte (' for the straight one, 0x99 for U+2019, ; for &rsquo;) is then
	// two or three bytes from the end; most words have none there.
	if !apostropheEnd(w, 2) && !apostropheEnd(w, 3) {
		return a
	}
	return cliticSuffixStart(text, a, b)
}

// cliticSuffixStart is cliticStart without its quick reject: it tries
// every apostrophe and clitic.
func cliticSuffixStart(text string, a, b int) int {
	w := text[a:b]
	for _, apo := range []string{"'", "\u2019", "&rsquo;"} {
		for _, c := range []string{"s", "re", "ll", "m", "ve", "d"} {
			n := len(apo) + len(c)
			if len(w) > n && strings.HasSuffix(w[:len(w)-len(c)], apo) && strings.EqualFold(w[len(w)-len(c):], c) {
				if r, _ := decodeLastRune(w, 0, len(w)-n); unicode.IsLetter(r) || unicode.IsDigit(r) {
					return b - n
				}
			}
		}
		n := 1 + len(apo) + 1 // n't
		if len(w) > n && (w[len(w)-n] == 'n' || w[len(w)-n] == 'N') &&
			strings.HasPrefix(w[len(w)-n+1:], apo) && (w[len(w)-1] == 't' || w[len(w)-1] == 'T') {
			return b - n
		}
	}
	return a
}

// apostropheEnd reports whether the byte k from the end of w can end an
// apostrophe.
func apostropheEnd(w string, k int) bool {
	if len(w) < k {
		return false
	}
	c := w[len(w)-k]
	return c == '\'' || c == 0x99 || c == ';'
}

// isAbbreviation reports whether w, ending in a period, keeps it: an
// initial (J.), letters with periods (U.S., a.m., U.S.A.), or a known
// abbreviation (Mr., Jan., Inc.).
func isAbbreviation(w string) bool {
	body := w[:len(w)-1]
	if body == "" {
		return false
	}
	if len(body) == 1 && isLetterByte(body[0]) {
		return true
	}
	dotted := len(body) >= 3
	for i := 0; i < len(body) && dotted; i++ {
		if i%2 == 0 {
			dotted = isLetterByte(body[i])
		} else {
			dotted = body[i] == '.'
		}
	}
	if dotted && len(body)%2 == 1 {
		return true
	}
	// The last hyphen-separated part counts: ex-Gov., U.S.-based Co.
	if k := strings.LastIndexByte(body, '-'); k >= 0 {
		return isAbbreviation(w[k+1:])
	}
	_, ok := abbreviations[body]
	return ok
}

// abbreviations keep their period. Those marked true are titles and the
// like, which never end a sentence (Mr. Smith); the others may (... Inc. The
// next day).
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Sr": false, "Jr": false,
	"St": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true, "Capt": true, "Cmdr": true,
	"Adm": true, "Maj": true, "Cpl": true, "Pvt": true, "Gov": true, "Sen": true, "Rep": true,
	"Rev": true, "Hon": true, "Pres": true, "Supt": true, "Insp": true, "Messrs": true, "Mme": true,
	"Fr": true, "Atty": true, "Amb": true, "Brig": true, "Lieut": true, "Sens": true, "Reps": true,
	"Inc": false, "Corp": false, "Co": false, "Ltd": false, "Bros": false, "Assn": false,
	"Dept": false, "Univ": false, "Ave": false, "Blvd": false, "Rd": false, "Mt": true, "Ft": true,
	"vs": true, "etc": false, "al": false, "approx": true, "cf": true, "viz": true,
	"No": true, "Nos": true, "Vol": true, "Fig": true, "fig": true, "pp": true, "p": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Ala": false, "Ariz": false, "Ark": false, "Calif": false, "Colo": false, "Conn": false,
	"Del": false, "Fla": false, "Ga": false, "Ill": false, "Ind": false, "Kan": false, "Ky": false,
	"La": false, "Md": false, "Mass": false, "Mich": false, "Minn": false, "Miss": false,
	"Mo": false, "Mont": false, "Neb": false, "Nev": false, "Okla": false, "Ore": false,
	"Pa": false, "Penn": false, "Tenn": false, "Tex": false, "Va": false, "Vt": false,
	"Wash": false, "Wis": false, "Wyo": false,
	"e.g": true, "i.e": true, "a.m": false, "p.m": false, "U.S": false, "U.N": false, "U.K": false,
}

// urlOpening and urlClosing are the marks that split off the ends of an
// address: the brackets and quotes around it, the sentence's punctuation
// after it.
const (
	urlOpening = "(<[\"'\u201c\u2018"
	urlClosing = ")>]\"'\u201d\u2019.,;:!?"
)

// isURL reports whether a run of characters is a web address or an e-mail
// address, which stays one token but for punctuation around it.
func isURL(w string) bool {
	// Trimming is a no-op, and costs a rune decoding per call, unless the
	// word opens with one of urlOpening's first bytes (0xE2 for the curly
	// quotes).
	if w != "" && strings.IndexByte("(<[\"'\xe2", w[0]) >= 0 {
		w = strings.TrimLeft(w, urlOpening)
	}
	if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 1
}

// opensURL reports whether r is a mark that splits off the front of an
// address.
func opensURL(r rune, _ string) bool { return strings.ContainsRune(urlOpening, r) }

// closesURL returns the length of the mark that ends the address text[a:b]
// and splits off it, or 0.
func closesURL(text string, a, b int) int {
	if r, size := decodeLastRune(text, a, b); strings.ContainsRune(urlClosing, r) {
		return size
	}
	return 0
}

// appendWhole appends text[a:b] as one token.
func appendWhole(_ string, a, b int, out []tokenSpan) []tokenSpan {
	return append(out, tokenSpan{a, b})
}
