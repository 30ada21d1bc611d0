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
	var out []marked
	tag := sort.Search(len(markup), func(k int) bool { return markup[k].End > start })
	var stack []openMark
	push := func(pos, n int, closers string, double bool) {
		stack = append(stack, openMark{pos: pos, end: pos + n, closers: closers, double: double, idx: -1})
	}
	closeAt := func(k, pos, n int) {
		o := stack[k]
		// inner single marks still open were apostrophes
		stack = stack[:k]
		cs, ce := trimSpan(text, o.end, pos, "")
		parent := -1
		if k > 0 {
			parent = -2 - k // resolved below from depth
		}
		out = append(out, marked{open: o.pos, close: pos, closeEnd: pos + n, content: [2]int{cs, ce},
			closed: n > 0, double: o.double, depth: k, parent: parent, atParaStart: o.pos == start})
	}
	prevRune := func(i int) rune {
		if i <= start {
			return ' '
		}
		r, _ := utf8.DecodeLastRuneInString(text[start:i])
		return r
	}
	nextRune := func(i int) rune {
		if i >= end {
			return ' '
		}
		r, _ := utf8.DecodeRuneInString(text[i:end])
		return r
	}
	openerContext := func(p rune) bool {
		return unicode.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':' || p == '/' || isQuoteRune(p)
	}
	findOpen := func(r rune) int {
		for k := len(stack) - 1; k >= 0; k-- {
			for _, c := range stack[k].closers {
				if c == r {
					return k
				}
			}
		}
		return -1
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isQuoteRune(r) {
			i += n
			continue
		}
		for tag < len(markup) && markup[tag].End <= i {
			tag++
		}
		if tag < len(markup) && markup[tag].Start <= i {
			i = min(markup[tag].End, end)
			continue
		}
		// three apostrophes after an inner quotation ("... 'We'll win,' ' ' he
		// said", typed without the spaces): the first closes the single
		// mark, the other two the double one
		tripleClose := r == '\'' && i+2 < end && text[i+1] == '\'' && text[i+2] == '\'' && len(stack) > 0 && !stack[len(stack)-1].double
		if (r == '\'' || r == '"') && i+1 < end && text[i+1] == byte(r) && !tripleClose {
			// two apostrophes typed for a double mark (''Yes,'' he said),
			// or a double mark escaped CSV-style (""Yes,"" he said): one
			// double mark
			r, n = '"', 2
		}
		p, nx := prevRune(i), nextRune(i+n)
		if r == '"' && p == '=' {
			// an attribute value in markup kept in the text (<tweet
			// author="X">): no quotation, and its closing mark must not
			// open one
			if n == 2 {
				i += n
				continue
			}
			if j := strings.IndexByte(text[i+n:end], '"'); j >= 0 {
				i += n + j + 1
				continue
			}
			// a value broken over a line (tweet-date="January 19, 2016
			// ⏎">…): it closes in the next paragraph
			i += n
			continue
		}
		if r == '"' && n == 1 && nx == '>' && (i == start || !unicode.IsSpace(p)) {
			// the end of a markup attribute value before the tag closes
			// (…"> or, broken over a line, "> opening one): no quotation
			i += n
			continue
		}
		switch r {
		case '“':
			closes := !openerContext(p) && (unicode.IsSpace(nx) || unicode.IsPunct(nx) || i+n >= end)
			if k := findOpen(r); k >= 0 && closes {
				closeAt(k, i, n) // „...“, or a “ typed as a closing mark
			} else {
				push(i, n, "”\"“", true)
			}
		case '„':
			push(i, n, "“”", true)
		case '«':
			push(i, n, "»", true)
		case '‹':
			push(i, n, "›", false)
		case '‚':
			push(i, n, "‘’", false)
		case '”', '»', '›':
			if k := findOpen(r); k >= 0 {
				closeAt(k, i, n)
			} else if r == '”' && openerContext(p) && isWordRune(nx) {
				push(i, n, "”", true) // ”...” as in Swedish and Finnish
			}
		case '"':
			k := findOpen('"')
			switch {
			case k >= 0 && (!unicode.IsSpace(p) || !isWordRune(nx)) && !(openerContext(p) && isWordRune(nx) && k != len(stack)-1):
				closeAt(k, i, n)
			case k < 0:
				push(i, n, "\"”“", true)
			}
		case '‘':
			if k := findOpen(r); k >= 0 && !unicode.IsSpace(p) && !isWordRune(nx) {
				closeAt(k, i, n)
			} else if openerContext(p) {
				push(i, n, "’'", false)
			}
		case '’', '\'':
			k := findOpen(r)
			switch {
			case k >= 0 && !unicode.IsSpace(p) && !isWordRune(nx):
				closeAt(k, i, n)
			case r == '\'' && k < 0 && openerContext(p) && isWordRune(nx):
				push(i, n, "'’", false)
			case r == '’' && k < 0 && openerContext(p) && isWordRune(nx) && !unicode.IsDigit(nx):
				push(i, n, "’", false) // ’...’ typed with closing marks only
			}
		}
		i += n
	}
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].double {
			closeAt(k, end, 0)
		} else {
			stack = stack[:k]
		}
	}
	// sort by opening position and link each span to its parent
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].open < out[b-1].open; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
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
	return out
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
