package segment

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Plain-text articles copied from web pages keep fragments of their markup:
// an embedded post's tags, a link, a line break.
//
//	Read <a href="https://example.org/plan">the plan</a> here.<br>
//	<tweet author="@AnaMartinez" datetime="May 2">The depot stays open.</tweet>
//
// Doc.Text never changes, so the tags stay in it; segment reads them as
// white space. A tag's characters are no token, no token spans a tag
// ("href=\"...\">the" is not a word) and the quote marks around its
// attribute values are no quotation marks. A tag other than an inline one
// (a link, an emphasis) also ends the sentence before it. Entities,
// quantities and claims, which read tokens, see "Read the plan here ." and
// "The depot stays open ." (one sentence each).
//
// A tag is what an HTML tag looks like, so that a "<" in prose (a < b, an
// address in angle brackets) stays text: "<", an optional "/", a name of
// letters, digits, "-", "_" or ":" starting with a letter, then either
// nothing more or attributes of which at least one has a value
// (name="v", name='v', name=”v”, name=v), then an optional "/" and ">".
// A tag may run over one line end, not two (a copied embed breaks its date
// attribute over two lines; a longer run is prose between a stray "<" and
// ">"), and is at most maxTagBytes long.

// maxTagBytes bounds a tag: an attribute-laden embed opening is a few
// hundred bytes; a longer run between "<" and ">" is prose.
const maxTagBytes = 512

// findTags appends the spans of the markup tags in text to out, in text
// order.
func findTags(text string, out []pipeline.Span) []pipeline.Span {
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], '<')
		if k < 0 {
			break
		}
		i += k
		if n := tagAt(text, i); n > 0 && strings.Count(text[i:i+n], "\n") <= 1 {
			out = append(out, pipeline.Span{Start: i, End: i + n})
			i += n
			continue
		}
		i++
	}
	return out
}

// tagAt returns the length of the tag starting at text[i] (a '<'), or 0.
func tagAt(text string, i int) int {
	end := min(len(text), i+maxTagBytes)
	j := i + 1
	if j < end && text[j] == '/' {
		j++
	}
	if j >= end || !isLetterByte(text[j]) {
		return 0
	}
	for j < end && isTagNameByte(text[j]) {
		j++
	}
	attrs, valued := 0, 0
	for {
		sp := skipTagSpace(text, j, end)
		if sp < end && text[sp] == '>' {
			if attrs > 0 && valued == 0 {
				return 0 // "<y and z>": words, not attributes
			}
			return sp + 1 - i
		}
		if sp+1 < end && text[sp] == '/' && text[sp+1] == '>' {
			if attrs > 0 && valued == 0 {
				return 0
			}
			return sp + 2 - i
		}
		if sp == j || sp >= end {
			return 0 // an attribute needs space before it; the tag must close
		}
		// An attribute: a name, then perhaps = and a value.
		k := sp
		for k < end && isAttrNameByte(text[k]) {
			k++
		}
		if k == sp {
			return 0
		}
		attrs++
		j = k
		eq := skipInlineSpace(text, k, end)
		if eq >= end || text[eq] != '=' {
			continue
		}
		v := skipInlineSpace(text, eq+1, end)
		n := attrValueAt(text, v, end)
		if n == 0 {
			return 0
		}
		valued++
		j = v + n
	}
}

// attrValueAt returns the length of the attribute value at text[v:end]:
// quoted by " ' or the curly ” a word processor writes, or bare; 0 when
// there is none. A quoted value holds no < or >.
func attrValueAt(text string, v, end int) int {
	if v >= end {
		return 0
	}
	for _, q := range []string{`"`, `'`, "\u201d", "\u201c"} {
		if !strings.HasPrefix(text[v:end], q) {
			continue
		}
		closer := q
		if q == "\u201c" {
			closer = "\u201d"
		}
		body := v + len(q)
		c := strings.Index(text[body:end], closer)
		if c < 0 {
			return 0
		}
		inner := text[body : body+c]
		if strings.ContainsAny(inner, "<>") {
			return 0
		}
		return len(q) + c + len(closer)
	}
	k := v
	for k < end && !isSpaceByte(text[k]) && !strings.ContainsRune("\"'<>`=", rune(text[k])) {
		k++
	}
	if k > v && k < end && (isSpaceByte(text[k]) || text[k] == '>') {
		return k - v
	}
	return 0
}

// skipTagSpace skips the white space between a tag's parts, a line end
// included.
func skipTagSpace(text string, j, end int) int {
	for j < end && isSpaceByte(text[j]) {
		j++
	}
	return j
}

// skipInlineSpace skips spaces and tabs around an attribute's "=".
func skipInlineSpace(text string, j, end int) int {
	for j < end && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isTagNameByte(c byte) bool {
	return isLetterByte(c) || isDigitByte(c) || c == '-' || c == '_' || c == ':'
}

func isAttrNameByte(c byte) bool {
	return isTagNameByte(c) || c == '.' || c == '@'
}

// inlineTags are the HTML elements that sit inside a sentence (a link, an
// emphasis); any other tag (<p>, <br>, <blockquote>, an embedded post's)
// ends the sentence before it.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "dfn": true, "em": true, "font": true, "i": true, "kbd": true, "mark": true,
	"q": true, "s": true, "samp": true, "small": true, "span": true, "strong": true, "sub": true,
	"sup": true, "time": true, "u": true, "var": true, "wbr": true,
}

// isInlineTag reports whether the tag tag is one of inlineTags.
func isInlineTag(tag string) bool {
	name := strings.TrimPrefix(tag[1:], "/")
	n := 0
	for n < len(name) && isTagNameByte(name[n]) {
		n++
	}
	return inlineTags[strings.ToLower(name[:n])]
}

// Character entities. An entity written for a dash, an ellipsis or a quote
// mark is a token of its own, as the character would be
// ("word&mdash;word" is three tokens); a no-break space entity is white
// space; other entities (&amp; in "AT&amp;T") stay inside their word.

// entityText maps the entities that stand for punctuation to the
// character they stand for; "" for a space.
var entityText = map[string]string{
	"&mdash;": "\u2014", "&ndash;": "\u2013", "&hellip;": "\u2026",
	"&ldquo;": "\u201c", "&rdquo;": "\u201d", "&lsquo;": "\u2018", "&quot;": `"`,
	"&laquo;": "\u00ab", "&raquo;": "\u00bb",
	"&#8212;": "\u2014", "&#8211;": "\u2013", "&#8230;": "\u2026",
	"&#8220;": "\u201c", "&#8221;": "\u201d", "&#8216;": "\u2018", "&#34;": `"`,
	"&nbsp;": "", "&#160;": "",
}

// punctEntityAt returns the length of the punctuation entity at text[i:hi]
// and the character it stands for, or 0.
func punctEntityAt(text string, i, hi int) (int, string) {
	if text[i] != '&' {
		return 0, ""
	}
	semi := strings.IndexByte(text[i:min(hi, i+9)], ';')
	if semi < 0 {
		return 0, ""
	}
	s, ok := entityText[text[i:i+semi+1]]
	if !ok {
		return 0, ""
	}
	return semi + 1, s
}

// wordText is the text the tagger reads for a token: the character an
// entity token stands for, else the token itself.
func wordText(tok string) string {
	if len(tok) > 2 && tok[0] == '&' {
		if s, ok := entityText[tok]; ok && s != "" {
			return s
		}
	}
	return tok
}
