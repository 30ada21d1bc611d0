package zones

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The end of the page: the lines after a closing copyright or syndication
// line, author bios, which give the byline when no byline line did, and
// the reporters' credits and contact lines of the tail (tail.go).

// bioName returns the name opening an author bio ("Bill Chappell is a writer
// and editor on the News Desk ..."): a capitalized name, "is a/an/the", and
// a trade within the next ten words.
func (a *analysis) bioName(orig, lower string, phrases phraseClass) (string, bool) {
	// "Jane Doe covers county government for the Courier."
	if i := indexAny(lower, bioVerbs...); i > 0 && a.looksLikeName(orig[:i], 4) &&
		(strings.Contains(lower[i:], " for ") || phrases&classBio != 0) {
		return orig[:i], true
	}
	i := indexAny(lower, " is a ", " is an ", " is the ")
	if i <= 0 {
		return "", false
	}
	name := orig[:i]
	if !a.looksLikeName(name, 4) || countFields(name) < 2 {
		return "", false
	}
	after := lower[i:]
	for n, k := 0, 0; k < len(after) && n < 12; n++ {
		start, end := nextWord(after, k)
		if a.lex.professions[after[start:end]] {
			return name, true
		}
		k = end
	}
	if phrases&classBio != 0 {
		return name, true
	}
	return "", false
}

// footer handles the end of the page. A copyright or syndication line after
// the body opens the footer: up to six lines after it (before any comment
// section) are chrome. Author bios in the last lines are chrome too, and
// give the byline when no byline line was found.
func (a *analysis) footer() {
	const maxFooter = 6
	end := a.commentsStart
	sawBody := false
	for i := 0; i < end; i++ {
		l := &a.lines[i]
		if l.kind == pipeline.ZoneBody {
			sawBody = true
		}
		if !sawBody || l.chrome != chromeEnd {
			continue
		}
		n := 0
		for k := i + 1; k < end; k++ {
			if !a.lines[k].blank() {
				n++
			}
		}
		if n > maxFooter {
			continue
		}
		for k := i + 1; k < end; k++ {
			if !a.lines[k].blank() {
				a.lines[k].kind = pipeline.ZoneBoilerplate
			}
		}
		break
	}
	// Author bios among the last lines before the comments.
	seen := 0
	for i := end - 1; i >= 0 && seen < 4; i-- {
		l := &a.lines[i]
		if l.blank() || l.kind == pipeline.ZoneBoilerplate && l.chrome >= chromeSure {
			continue
		}
		seen++
		if l.kind != pipeline.ZoneBody && l.kind != pipeline.ZoneBoilerplate {
			continue
		}
		if seen <= maxTailLines && l.kind == pipeline.ZoneBody {
			switch orig := a.orig(l); {
			case isReporterCredit(orig):
				l.kind = pipeline.ZoneByline // tail.go
				continue
			case isContactLine(orig, l.words):
				l.kind = pipeline.ZoneBoilerplate
				continue
			}
		}
		if name, ok := a.bioName(a.orig(l), a.lowed(l), l.phrases); ok {
			l.kind = pipeline.ZoneBoilerplate
			if a.res.Byline == "" {
				a.res.Byline = name
			}
			// The author's name on its own line heads the bio.
			if p := i - 1; p >= 0 && !a.lines[p].blank() && a.lines[p].kind == pipeline.ZoneBody &&
				a.looksLikeName(a.orig(&a.lines[p]), 4) && !endsSentence(a.orig(&a.lines[p])) {
				a.lines[p].kind = pipeline.ZoneBoilerplate
			}
		}
	}
}
