package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// marked is a span of text between a pair of quotation marks.
type marked struct {
	open, close int // byte offsets of the opening mark and of the closing mark (or the paragraph end)
	closeEnd    int // end of the closing mark; == close when unclosed
	content     [2]int
	closed      bool // false when the paragraph ended first
	double      bool // double marks (" “ ” « » „) rather than single ones
	depth       int  // 0 for outermost
	parent      int  // index of the enclosing marked span in the paragraph, or -1
	atParaStart bool // the opening mark is the paragraph's first character
	words       int
}

type openMark struct {
	pos, end int
	closers  string // runes that close it
	double   bool
	idx      int // index into result once pushed
}

// findMarks pairs the quotation marks of one paragraph [start,end). Unpaired
// closing marks are ignored; opening double marks still open at the end of
// the paragraph are closed there (the multi-paragraph convention), opening
// single marks still open are dropped (they were apostrophes). A mark
// inside one of the markup tags (Doc.Markup, in text order) is no
// quotation mark: it quotes an attribute's value (<a href="...">).
func findMarks(text string, start, end int, markup []pipeline.Span) []marked {
	s := markScan{text: text, start: start, end: end, markup: markup}
	s.tag = sort.Search(len(markup), func(k int) bool { return markup[k].End > start })
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isQuoteRune(r) {
			i += n
			continue
		}
		if tagEnd, ok := s.insideTag(i); ok {
			i = min(tagEnd, end)
			continue
		}
		i = s.mark(i, r, n)
	}
	s.closeAtEnd()
	sortByOpening(s.out)
	nestAndCount(text, s.out)
	return s.out
}

// markScan is the state of findMarks across one paragraph: the marks
// still open, innermost last, and the pairs closed so far.
type markScan struct {
	text       string
	start, end int
	markup     []pipeline.Span
	tag        int // the first markup tag not wholly before the scan
	stack      []openMark
	out        []marked
}

// insideTag reports whether offset i lies inside a markup tag, and where
// that tag ends: a mark there quotes an attribute's value.
func (s *markScan) insideTag(i int) (int, bool) {
	for s.tag < len(s.markup) && s.markup[s.tag].End <= i {
		s.tag++
	}
	if s.tag < len(s.markup) && s.markup[s.tag].Start <= i {
		return s.markup[s.tag].End, true
	}
	return 0, false
}

// mark reads the quotation mark r, n bytes long, at offset i: it opens a
// pair, closes one, or is passed over. It returns where the scan goes on.
func (s *markScan) mark(i int, r rune, n int) int {
	// three apostrophes after an inner quotation ("... 'We'll win,' ' ' he
	// said", typed without the spaces): the first closes the single
	// mark, the other two the double one
	tripleClose := r == '\'' && i+2 < s.end && s.text[i+1] == '\'' && s.text[i+2] == '\'' && len(s.stack) > 0 && !s.stack[len(s.stack)-1].double
	if (r == '\'' || r == '"') && i+1 < s.end && s.text[i+1] == byte(r) && !tripleClose {
		// two apostrophes typed for a double mark (''Yes,'' he said),
		// or a double mark escaped CSV-style (""Yes,"" he said): one
		// double mark
		r, n = '"', 2
	}
	p, nx := s.prevRune(i), s.nextRune(i+n)
	if r == '"' {
		if next, ok := s.attributeValue(i, n, p, nx); ok {
			return next
		}
	}
	s.pair(i, r, n, p, nx)
	return i + n
}

// attributeValue passes over a double mark, n bytes long at offset i
// between the runes p and nx, that quotes a markup attribute's value kept
// in the text: no quotation. It returns where the scan goes on, and false
// when the mark is no such thing.
func (s *markScan) attributeValue(i, n int, p, nx rune) (int, bool) {
	if p == '=' {
		// an attribute value in markup kept in the text (<tweet
		// author="X">): no quotation, and its closing mark must not
		// open one
		if n == 2 {
			return i + n, true
		}
		if j := strings.IndexByte(s.text[i+n:s.end], '"'); j >= 0 {
			return i + n + j + 1, true
		}
		// a value broken over a line (tweet-date="January 19, 2016
		// ⏎">…): it closes in the next paragraph
		return i + n, true
	}
	if n == 1 && nx == '>' && (i == s.start || !unicode.IsSpace(p)) {
		// the end of a markup attribute value before the tag closes
		// (…"> or, broken over a line, "> opening one): no quotation
		return i + n, true
	}
	return 0, false
}

// pair opens or closes a pair with the mark r, n bytes long at offset i,
// after the rune p and before the rune nx: which way a mark faces depends
// on its kind and on what stands on either side of it.
func (s *markScan) pair(i int, r rune, n int, p, nx rune) {
	switch r {
	case '“':
		closes := !openerContext(p) && (unicode.IsSpace(nx) || unicode.IsPunct(nx) || i+n >= s.end)
		if k := s.findOpen(r); k >= 0 && closes {
			s.closeAt(k, i, n) // „...“, or a “ typed as a closing mark
		} else {
			s.push(i, n, "”\"“", true)
		}
	case '„':
		s.push(i, n, "“”", true)
	case '«':
		s.push(i, n, "»", true)
	case '‹':
		s.push(i, n, "›", false)
	case '‚':
		s.push(i, n, "‘’", false)
	case '”', '»', '›':
		if k := s.findOpen(r); k >= 0 {
			s.closeAt(k, i, n)
		} else if r == '”' && openerContext(p) && isWordRune(nx) {
			s.push(i, n, "”", true) // ”...” as in Swedish and Finnish
		}
	case '"':
		k := s.findOpen('"')
		switch {
		case k >= 0 && (!unicode.IsSpace(p) || !isWordRune(nx)) && !(openerContext(p) && isWordRune(nx) && k != len(s.stack)-1):
			s.closeAt(k, i, n)
		case k < 0:
			s.push(i, n, "\"”“", true)
		}
	case '‘':
		if k := s.findOpen(r); k >= 0 && !unicode.IsSpace(p) && !isWordRune(nx) {
			s.closeAt(k, i, n)
		} else if openerContext(p) {
			s.push(i, n, "’'", false)
		}
	case '’', '\'':
		k := s.findOpen(r)
		switch {
		case k >= 0 && !unicode.IsSpace(p) && !isWordRune(nx):
			s.closeAt(k, i, n)
		case r == '\'' && k < 0 && openerContext(p) && isWordRune(nx):
			s.push(i, n, "'’", false)
		case r == '’' && k < 0 && openerContext(p) && isWordRune(nx) && !unicode.IsDigit(nx):
			s.push(i, n, "’", false) // ’...’ typed with closing marks only
		}
	}
}

// push opens a pair with the mark at pos, n bytes long, which the runes
// in closers close.
func (s *markScan) push(pos, n int, closers string, double bool) {
	s.stack = append(s.stack, openMark{pos: pos, end: pos + n, closers: closers, double: double, idx: -1})
}

// closeAt closes the open mark stack[k] with the mark at pos, n bytes long
// (0 at the paragraph's end), and drops the marks opened inside it.
func (s *markScan) closeAt(k, pos, n int) {
	o := s.stack[k]
	// inner single marks still open were apostrophes
	s.stack = s.stack[:k]
	cs, ce := trimSpan(s.text, o.end, pos, "")
	parent := -1
	if k > 0 {
		parent = -2 - k // resolved below from depth
	}
	s.out = append(s.out, marked{open: o.pos, close: pos, closeEnd: pos + n, content: [2]int{cs, ce},
		closed: n > 0, double: o.double, depth: k, parent: parent, atParaStart: o.pos == s.start})
}

// closeAtEnd closes the double marks still open at the paragraph's end
// there, and drops the single ones.
func (s *markScan) closeAtEnd() {
	for k := len(s.stack) - 1; k >= 0; k-- {
		if s.stack[k].double {
			s.closeAt(k, s.end, 0)
		} else {
			s.stack = s.stack[:k]
		}
	}
}

// prevRune returns the rune before offset i, a space at the paragraph's
// start.
func (s *markScan) prevRune(i int) rune {
	if i <= s.start {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[s.start:i])
	return r
}

// nextRune returns the rune at offset i, a space at the paragraph's end.
func (s *markScan) nextRune(i int) rune {
	if i >= s.end {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s.text[i:s.end])
	return r
}

// findOpen returns the index in the stack of the innermost open mark that
// r closes, or -1.
func (s *markScan) findOpen(r rune) int {
	for k := len(s.stack) - 1; k >= 0; k-- {
		for _, c := range s.stack[k].closers {
			if c == r {
				return k
			}
		}
	}
	return -1
}

// openerContext reports whether a mark after the rune p stands where a
// quotation may open: after a space, a bracket, a dash, a colon, a slash
// or another mark.
func openerContext(p rune) bool {
	return unicode.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':' || p == '/' || isQuoteRune(p)
}

// sortByOpening sorts the pairs by their opening mark (they were closed
// inner first).
func sortByOpening(out []marked) {
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].open < out[b-1].open; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
}

// nestAndCount links each pair, sorted by opening, to the pair that
// encloses it, and counts the words of its content.
func nestAndCount(text string, out []marked) {
	for a := range out {
		out[a].parent = -1
		for b := a - 1; b >= 0; b-- {
			if out[b].open < out[a].open && out[a].closeEnd <= out[b].closeEnd && out[b].content[1] >= out[a].content[0] {
				out[a].parent = b
				break
			}
		}
		for _, t := range tokenize(text, out[a].content[0], out[a].content[1]) {
			if t.kind == 'w' {
				out[a].words++
			}
		}
	}
}

// closesAt reports whether a closing quote mark of the paragraph starts at
// byte offset off.
func (p *para) closesAt(off int) bool {
	for _, m := range p.marks {
		if m.closed && m.close == off {
			return true
		}
	}
	return false
}
