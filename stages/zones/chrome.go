package zones

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Chrome on a line's own: copyright and licence lines, player clocks,
// breadcrumbs, counters, widget word rows, desk slugs and HTML leftovers
// (lineRules); then blocks of short lines that are half chrome (chromeBlocks)
// and the caption a leftover <figcaption> line repeats (htmlCaptions).

// lineRules classifies each line on its own as chrome or not.
func (a *analysis) lineRules() {
	for i := range a.lines {
		l := &a.lines[i]
		if !l.blank() {
			l.phrases = a.lex.phrases.match(a.lowed(l))
			l.chrome = a.chromeOf(a.orig(l), a.lowed(l), l.words, l.phrases)
		}
	}
}

// chromeOf applies the line-level chrome rules.
func (a *analysis) chromeOf(orig, lower string, words int, phrases phraseClass) chromeClass {
	lx := a.lex
	if isCopyrightLine(lower) {
		return chromeEnd
	}
	if phrases&classChrome != 0 && !(words >= 12 && hasAny(orig, captionMarksCased...)) {
		// (a wire photo caption may carry a licensing link on its line)
		if hasAny(lower, "first appeared", "originally appeared", "appeared first", "originally published") {
			return chromeEnd
		}
		return chromeSure
	}
	if hasPrefixAny(lower, chromePrefixes...) {
		return chromeSure
	}
	if lx.chromeLines[strings.TrimRight(lower, ".:…!|» *")] || a.isChromeWordList(lower) {
		return chromeSure
	}
	if isSlugLine(lower, words) || isPlayerDuration(lower, words) || words <= 8 && strings.HasPrefix(lower, "source: ") {
		return chromeSure
	}
	if words <= 20 && lx.askVerbs[firstWord(lower)] && countWords(lower, lx.appObjects) > 0 && !strings.ContainsAny(orig, "\"“”") {
		return chromeSure // "Download the app to get breaking news alerts"
	}
	if isWidgetLine(lower) || isMarkupLine(lower) || !hasWordByte(lower) || isBreadcrumb(orig, words) ||
		isCounter(lower, words) {
		return chromeSure
	}
	if words <= 10 && strings.HasSuffix(lower, "!") && lx.askVerbs[firstWord(lower)] && countWords(lower, lx.askObjects) > 0 {
		return chromeSure
	}
	if words <= 8 && !endsSentence(orig) && countWords(lower, lx.voteWords) > 0 {
		return chromeVote
	}
	return notChrome
}

// isCopyrightLine reports a copyright or licence notice: a line opening with
// ©, "(c) 2020" or "Copyright 2020"/"Copyright ©"/"Copyright:", or holding
// "all rights reserved". A sentence that merely mentions copyright is not one.
func isCopyrightLine(lower string) bool {
	if strings.HasPrefix(lower, "©") || strings.Contains(lower, "all rights reserved") {
		return true
	}
	rest, ok := strings.CutPrefix(lower, "copyright")
	if !ok {
		rest, ok = strings.CutPrefix(lower, "(c)")
		if !ok {
			return false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "©") ||
		strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "(c)")
}

// isWidgetLine reports a media player's clock ("0:00 0:00", "01:23 / 04:56").
func isWidgetLine(lower string) bool {
	colon := false
	for i := 0; i < len(lower); i++ {
		switch c := lower[i]; {
		case c == ':':
			colon = true
		case c >= '0' && c <= '9', c == ' ', c == '/', c == '-', c == '|':
		default:
			return false
		}
	}
	return colon
}

// isBreadcrumb reports a navigation trail ("Home › World › Middle East"):
// a short line with two or more trail separators and no final punctuation.
func isBreadcrumb(orig string, words int) bool {
	if words > 12 || endsSentence(orig) {
		return false
	}
	n := strings.Count(orig, " › ") + strings.Count(orig, " » ") + strings.Count(orig, " > ") + strings.Count(orig, " | ")
	return n >= 2
}

// isCounter reports a gallery or comment counter: "1 of 12", "12 Comments",
// "Comments (3)".
func isCounter(lower string, words int) bool {
	if !strings.ContainsAny(lower, "0123456789") {
		return false
	}
	if words > 3 {
		// "12 thoughts on “Title”", "3 responses to “Title”"
		n, rest, _ := strings.Cut(lower, " ")
		return isDigits(n) && (strings.HasPrefix(rest, "thoughts on ") || strings.HasPrefix(rest, "responses to ") ||
			strings.HasPrefix(rest, "replies to ") || strings.HasPrefix(rest, "comments on "))
	}
	if words == 1 && isDigits(lower) {
		return true // a share or comment count
	}
	if words == 3 {
		a, rest, _ := strings.Cut(lower, " of ")
		return rest != "" && isDigits(a) && isDigits(rest)
	}
	return strings.Contains(lower, "comment") || strings.Contains(lower, "shares") || strings.Contains(lower, "repl")
}

// isChromeWordList reports a row of widget words split by bullets or bars
// ("Reply • Share ›", "Share | Tweet | Email").
func (a *analysis) isChromeWordList(lower string) bool {
	if len(lower) > 80 || !strings.ContainsAny(lower, "•|›»·/") {
		return false
	}
	parts := strings.FieldsFunc(lower, func(r rune) bool {
		return r == '•' || r == '|' || r == '›' || r == '»' || r == '·' || r == '/'
	})
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && !a.lex.chromeLines[p] {
			return false
		}
	}
	return true
}

// isSlugLine reports a wire desk slug closing a story ("bur-jfx/dhc"): one
// lowercase word of letters, hyphens and a slash.
func isSlugLine(lower string, words int) bool {
	if words != 1 || !strings.Contains(lower, "/") || strings.Contains(lower, "//") {
		return false
	}
	for i := 0; i < len(lower); i++ {
		if c := lower[i]; !(c >= 'a' && c <= 'z' || c == '-' || c == '/') {
			return false
		}
	}
	return true
}

// isPlayerDuration reports a video player's duration line ("02:31 - Source:
// CNN"): a short line opening with a clock.
func isPlayerDuration(lower string, words int) bool {
	if words > 6 {
		return false
	}
	clock, _, _ := strings.Cut(lower, " ")
	return len(clock) >= 4 && strings.Contains(clock, ":") && isWidgetLine(clock)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isMarkupLine reports a line of leftover HTML ("<figcaption>...</figcaption>").
func isMarkupLine(lower string) bool {
	return len(lower) >= 3 && lower[0] == '<' && (lower[1] == '/' || lower[1] >= 'a' && lower[1] <= 'z') &&
		lower[len(lower)-1] == '>'
}

func hasWordByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if isWordByte(s[i]) {
			return true
		}
	}
	return false
}

// hasAny reports whether s contains one of subs.
func hasAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// hasPrefixAny reports whether s opens with one of prefixes.
func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with a full stop, a question or
// exclamation mark, or an ellipsis, closing quotes and brackets aside.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"')]”’»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func endsPeriod(s string) bool {
	s = strings.TrimRight(s, "\"')]”’»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "…")
}

// chromeBlocks turns a paragraph of three or more short lines into chrome
// when at least half of them are chrome or menu words and one is surely
// chrome: navigation and player widgets come in such blocks ("Play Live
// Radio / Next Up: / 0:00 0:00 / ..."). Lines already sure to be chrome
// may be long; date, byline and caption lines, and headlines of six or
// more words, keep their own reading.
func (a *analysis) chromeBlocks() {
	for i := 0; i < len(a.lines); {
		if a.lines[i].blank() {
			i++
			continue
		}
		j := i
		short, votes, sure := true, 0, 0
		for ; j < len(a.lines) && !a.lines[j].blank(); j++ {
			l := &a.lines[j]
			if l.chrome < chromeSure && (l.words > 8 || endsPeriod(a.orig(l))) {
				short = false
			}
			if l.chrome != notChrome {
				votes++
			}
			if l.chrome >= chromeSure {
				sure++
			}
		}
		if n := j - i; short && n >= 3 && sure > 0 && 2*votes >= n {
			for k := i; k < j; k++ {
				// A headline, date or byline standing among share
				// buttons is not made chrome by them.
				_, role := a.roleByline(a.orig(&a.lines[k]), a.lines[k].words)
				if a.lines[k].chrome < chromeSure && !a.isMeta(k) && !role && !(a.lines[k].words >= 6 && a.isHeadCandidate(k)) {
					a.lines[k].chrome = chromeSure
				}
			}
		}
		i = j
	}
}

// htmlCaptions labels as caption the line that repeats the text of a
// leftover <figcaption> line; the markup line itself is chrome.
func (a *analysis) htmlCaptions() {
	for i := range a.lines {
		l := &a.lines[i]
		if l.blank() || !isMarkupLine(a.lowed(l)) || !strings.Contains(a.lowed(l), "caption") {
			continue
		}
		o := a.orig(l)
		open, close := strings.IndexByte(o, '>'), strings.LastIndexByte(o, '<')
		if open < 0 || close <= open {
			continue
		}
		inner := strings.TrimSpace(o[open+1 : close])
		for k := i + 1; k < len(a.lines) && k <= i+2; k++ {
			if n := &a.lines[k]; !n.blank() {
				if inner != "" && a.orig(n) == inner {
					n.kind = pipeline.ZoneCaption
				}
				break
			}
		}
	}
}
