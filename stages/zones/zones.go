package zones

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Name is the stage name used in the errors table.
const Name = "zones"

// Stage labels the lines of a document with zone kinds and fills the
// metadata the text states. It holds only read-only lexicons, so one Stage
// serves any number of goroutines.
type Stage struct {
	lex *lexicon
}

// New returns the zones stage with its lexicons indexed.
func New() (*Stage, error) {
	lex, err := newLexicon()
	if err != nil {
		return nil, err
	}
	return &Stage{lex: lex}, nil
}

// Name returns "zones".
func (*Stage) Name() string { return Name }

// Process sets d.Zones and fills d.Title, d.Outlet, d.Published and d.Byline
// when they are still empty and the text states them. A publication date
// the text does not state may come from the file name
// ("politico_2016-10-13_slug.txt").
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r := s.Analyze(d.Text)
	d.Zones = r.Zones
	if d.Title == "" {
		d.Title = r.Title
	}
	if d.Outlet == "" {
		d.Outlet = r.Outlet
	}
	if d.Published == "" {
		d.Published = r.Published
	}
	if d.Published == "" {
		d.Published = dateInFileName(d.Source)
	}
	if d.Byline == "" {
		d.Byline = r.Byline
	}
	if len(r.Zones) > 0 && len(d.ContentZones()) == 0 {
		d.Warn(Name, "no article text: every line looks like site chrome")
	}
	return nil
}

// Result is what Analyze finds in a text. The metadata fields are empty when
// the text does not state them.
type Result struct {
	// Zones cover every non-blank line, in text order, without overlap.
	Zones []pipeline.Zone
	// Title is the headline line.
	Title string
	// Outlet is the publication the text names: a syndication line ("first
	// appeared on X"), a copyright owner, a wire dateline's agency, the site
	// name after the title, or an outlet a source "told" ("X News").
	Outlet string
	// Published is the date of the date header or byline, as YYYY-MM-DD.
	Published string
	// Byline is the author of a byline line or of a closing author bio.
	Byline string
}

// line is one line of the text and what is known about it.
type line struct {
	start, end int // the line without its leading and trailing space
	para       int // lines of one paragraph (no blank line between) share it
	words      int
	kind       pipeline.ZoneKind // "" until labelled
	chrome     chromeClass
	phrases    phraseClass // lexicon phrases found in the line
	comment    int         // 1-based comment number of a ZoneComment line
	author     string      // the comment's author
	meta       uint8       // isMeta's answer: 0 not yet asked, 1 yes, 2 no
}

func (l *line) blank() bool { return l.start == l.end }

// chromeClass says how sure the line-level rules are that a line is chrome.
type chromeClass uint8

const (
	notChrome  chromeClass = iota
	chromeVote             // menu-like words: chrome only inside a block of chrome
	chromeSure             // a chrome phrase, prefix, widget or markup line
	chromeEnd              // a copyright or syndication line: what follows is page footer
)

// analysis is the state of one Analyze call.
type analysis struct {
	lex   *lexicon
	text  string
	lower string // text with ASCII letters lowercased; same byte offsets
	lines []line
	res   Result
	// commentsStart is the index of the first comment header, or len(lines).
	commentsStart int
	// lede is the index of the article's first paragraph found by findHead,
	// or -1.
	lede int
	// wireAgency is the agency of the first wire dateline ("Reuters").
	wireAgency string
}

func (a *analysis) orig(l *line) string  { return a.text[l.start:l.end] }
func (a *analysis) lowed(l *line) string { return a.lower[l.start:l.end] }

// Analyze labels every non-blank line of text and returns the zones and the
// metadata the text states. Process calls it; it is exported for tools that
// want zones without a Doc.
func (s *Stage) Analyze(text string) Result {
	a := &analysis{lex: s.lex, text: text, lower: asciiLower(text), lede: -1}
	a.splitLines()
	a.lineRules()
	a.chromeBlocks()
	a.htmlCaptions()
	a.creditNeighbours()
	a.walk(a.findHead())
	a.relatedLists()
	a.furniture()
	a.creditCaptions()
	a.footer()
	a.buildZones()
	return a.res
}

// asciiLower lowercases ASCII letters only, so that byte offsets into the
// result are byte offsets into s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' }

func (a *analysis) splitLines() {
	a.lines = make([]line, 0, strings.Count(a.text, "\n")+1)
	para := 0
	prevBlank := true
	for pos := 0; pos <= len(a.text); {
		end := strings.IndexByte(a.text[pos:], '\n')
		if end < 0 {
			end = len(a.text)
		} else {
			end += pos
		}
		raw := a.text[pos:end]
		t := strings.TrimLeftFunc(raw, isSpace)
		start := pos + len(raw) - len(t)
		t = strings.TrimRightFunc(t, isSpace)
		l := line{start: start, end: start + len(t)}
		if !l.blank() {
			if prevBlank {
				para++
			}
			l.para = para
			l.words = countFields(t)
		}
		prevBlank = l.blank()
		a.lines = append(a.lines, l)
		pos = end + 1
	}
	a.commentsStart = len(a.lines)
}

// countFields counts space-separated words.
func countFields(s string) int {
	n := 0
	inWord := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !inWord {
			n++
		}
		inWord = !sp
	}
	return n
}

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
	for _, p := range chromePrefixes {
		if strings.HasPrefix(lower, p) {
			return chromeSure
		}
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

func hasAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
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

// walk labels the lines in document order. The page head (before the first
// body line) may hold chrome, a date header, the headline, up to two deks, a
// byline and a caption; then comes the body, and after the first
// "X said..." header the comment section.
func (a *analysis) walk(headFound bool) {
	const maxDeks = 2
	inHead, haveHeadline, deks, headLines := !headFound, headFound, 0, 0
	headlineLine := -1
	comment, author, inComments := 0, "", false
	lastPara, paraStart := 0, 0
	for i := range a.lines {
		l := &a.lines[i]
		if l.blank() {
			continue
		}
		orig, lower := a.orig(l), a.lowed(l)
		if l.para != lastPara {
			paraStart = i
		}
		lastPara = l.para

		if name, ok := a.commentHeader(i, inComments); ok {
			l.kind = pipeline.ZoneBoilerplate
			if !inComments {
				a.commentsStart = i
			}
			inComments = true
			comment++
			author = name
			continue
		}
		if inComments {
			switch {
			case l.chrome >= chromeSure:
				l.kind = pipeline.ZoneBoilerplate
			case l.words <= 8 && isTimestamp(lower):
				l.kind = pipeline.ZoneBoilerplate
			default:
				l.kind = pipeline.ZoneComment
				l.comment, l.author = comment, author
			}
			continue
		}
		if l.chrome >= chromeSure {
			l.kind = pipeline.ZoneBoilerplate
			continue
		}
		if l.kind != "" { // set by htmlCaptions
			continue
		}
		if inHead && !haveHeadline && a.isMenuBlock(paraStart) {
			for k := i; k < len(a.lines) && a.lines[k].para == l.para; k++ {
				a.lines[k].kind = pipeline.ZoneBoilerplate
			}
			continue
		}
		if l.words <= 20 {
			if d, ok := a.datelineDate(lower, l.words); ok {
				l.kind = pipeline.ZoneDateline
				if a.res.Published == "" && d.year != 0 {
					a.res.Published = d.iso()
				}
				// "Posted on March 2, 2017 by Jane Doe"
				if _, by, ok := strings.Cut(orig, " by "); ok && a.res.Byline == "" && a.looksLikeName(by, 4) {
					a.res.Byline = by
				}
				continue
			}
		}
		if name, ok := a.bylineName(orig, lower, l.words); ok {
			l.kind = pipeline.ZoneByline
			if a.res.Byline == "" {
				a.res.Byline = name
			}
			if d, ok := anyDate(lower); ok && a.res.Published == "" {
				a.res.Published = d.iso()
			}
			continue
		}
		if isCreditLine(lower, l.words, l.phrases) {
			l.kind = pipeline.ZoneByline
			continue
		}
		if a.isCaption(orig, lower, l.words, l.phrases) || !inHead && isVideoTitle(orig, l.words) {
			l.kind = pipeline.ZoneCaption
			continue
		}
		if inHead {
			headLines++
			switch {
			case !haveHeadline && (a.isHeadline(orig, l.words) || headLines == 1 && a.isSentenceHeadline(i)):
				label := isCapitalsLabel(orig, l.words) || isFieldLine(orig, l.words)
				if (l.words <= 2 || label) && a.nextIsHeadline(i, label) {
					// a section label, release type ("FOR IMMEDIATE
					// RELEASE") or contact line above the headline
					l.kind = pipeline.ZoneBoilerplate
					headLines--
					continue
				}
				l.kind = pipeline.ZoneHeadline
				haveHeadline = true
				headlineLine = i
				a.res.Title = orig
				continue
			case haveHeadline && deks < maxDeks && headLines <= 6 && (a.isDek(orig, l.words) ||
				headlineLine == i-1 && l.para == a.lines[headlineLine].para && l.words <= 30 && endsPeriod(orig)) &&
				!opensWithDateline(orig):
				// (a dek printed as a sentence right under its headline)
				l.kind = pipeline.ZoneHeadline
				deks++
				continue
			}
			inHead = false
		}
		l.kind = pipeline.ZoneBody
	}
}

// isCreditLine reports a line crediting reporters or editors ("Reporting
// by X; Editing by Y", "X contributed to this report.", "Reporting from
// Kyiv").
func isCreditLine(lower string, words int, phrases phraseClass) bool {
	if phrases&classCredit != 0 && words <= 45 {
		return true
	}
	return words <= 8 && strings.HasPrefix(lower, "reporting from ") && !endsPeriod(lower)
}

// isVideoTitle reports the title of an embedded video in the body
// ("Watch: Moment the bridge collapsed").
func isVideoTitle(orig string, words int) bool {
	return words <= 20 && (strings.HasPrefix(orig, "Watch: ") || strings.HasPrefix(orig, "WATCH: ") ||
		strings.HasPrefix(orig, "Video: ") || strings.HasPrefix(orig, "VIDEO: "))
}

// isMenuBlock reports whether the paragraph starting at line i, above the
// headline, is a block of three or more lines of at most four words, without
// final punctuation, date or byline: a menu.
func (a *analysis) isMenuBlock(i int) bool {
	p := a.lines[i].para
	n := 0
	for k := i; k < len(a.lines) && a.lines[k].para == p; k++ {
		l := &a.lines[k]
		if l.words > 4 || endsSentence(a.orig(l)) {
			return false
		}
		if _, ok := a.datelineDate(a.lowed(l), l.words); ok {
			return false
		}
		if _, ok := a.bylineName(a.orig(l), a.lowed(l), l.words); ok {
			return false
		}
		n++
	}
	return n >= 3
}

// nextIsHeadline reports whether the next labelled-able line after i looks
// like a headline of four or more words. Under a label line (capitals, or
// "Label: value") labels are skipped and a headline may be a sentence.
func (a *analysis) nextIsHeadline(i int, underLabel bool) bool {
	for k := i + 1; k < len(a.lines); k++ {
		l := &a.lines[k]
		if l.blank() || l.chrome >= chromeSure {
			continue
		}
		if underLabel && (isCapitalsLabel(a.orig(l), l.words) || isFieldLine(a.orig(l), l.words)) {
			continue
		}
		return l.words >= 4 && (a.isHeadline(a.orig(l), l.words) || underLabel && a.isSentenceHeadline(k))
	}
	return false
}

// isFieldLine reports a short "Label: value" line without a full stop
// ("Contact: Press Office"), the way releases and forms head a page.
func isFieldLine(orig string, words int) bool {
	label, rest, ok := strings.Cut(orig, ": ")
	return ok && words <= 5 && countFields(label) <= 2 && rest != "" && !endsSentence(orig) && !strings.ContainsAny(orig, ";'\"‘’“”")
}

// isHeadline reports the shape of a headline: 1 to 30 words, not opening in
// lowercase, not ending in ":" or ",", and no full stop at the end unless in
// title case.
func (a *analysis) isHeadline(orig string, words int) bool {
	if words > 30 || len(orig) > 250 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(orig)
	if unicode.IsLower(r) || strings.HasSuffix(orig, ":") || strings.HasSuffix(orig, ",") {
		return false
	}
	if endsPeriod(orig) && !isTitleCase(orig) {
		return false
	}
	return true
}

// isDek reports the shape of a dek (subtitle): up to 40 words without a final
// full stop, and not an excerpted headline with a source label ("RT: ...").
func (a *analysis) isDek(orig string, words int) bool {
	if words > 40 || endsPeriod(orig) || strings.HasSuffix(orig, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(orig)
	return !unicode.IsLower(r) && !a.hasSourceLabel(orig)
}

// hasSourceLabel reports a line opening with an agency or outlet acronym and
// a colon ("RT: ...", "AFP: ..."), the way aggregators head an excerpt.
// Kickers such as "EXCLUSIVE:" open real headlines and do not count.
func (a *analysis) hasSourceLabel(orig string) bool {
	label, _, ok := strings.Cut(orig, ": ")
	if !ok || len(label) < 2 || len(label) > 12 || a.lex.kickers[label] {
		return false
	}
	for i := 0; i < len(label); i++ {
		if c := label[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '&') {
			return false
		}
	}
	return true
}

// isTitleCase reports whether most words of three or more open with a
// capital, short function words aside.
func isTitleCase(s string) bool {
	caps, total := 0, 0
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsLower(r) && len(w) <= 4 && isFunctionWord(w) {
			continue
		}
		total++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return total >= 3 && caps*5 >= total*4
}

func isFunctionWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs", "vs.", "nor", "into", "over", "off", "up":
		return true
	}
	return false
}

// isCaption reports a photo or video caption or credit line.
func (a *analysis) isCaption(orig, lower string, words int, phrases phraseClass) bool {
	if words > 80 {
		return false
	}
	if phrases&classCaption != 0 {
		return true
	}
	for _, p := range captionPrefixes {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return hasAny(lower, captionMarksLower...) || hasAny(orig, captionMarksCased...) || hasCreditSuffix(lower)
}

// datelineDate returns the date of a date-header line: a short line that is
// only a date with its weekday, clock time and verbs, or a line opening with
// a publishing verb and holding a date ("Posted on March 2, 2017 by admin").
func (a *analysis) datelineDate(lower string, words int) (date, bool) {
	if words <= 14 {
		if d, ok := datelineDate(lower); ok {
			return d, true
		}
	}
	for _, v := range publishVerbs {
		if strings.HasPrefix(lower, v) {
			if d, ok := anyDate(lower); ok {
				return d, true
			}
			break
		}
	}
	if relativeDateline(lower, words) {
		return date{}, true // a date line that states no date
	}
	return date{}, false
}

// relativeDateline reports a date header without a date: a publishing verb
// and a relative time or clock ("Published 3 hours ago", "Updated 10:21
// a.m. ET").
func relativeDateline(lower string, words int) bool {
	if words > 8 {
		return false
	}
	for _, v := range publishVerbs {
		rest, ok := strings.CutPrefix(lower, v)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " :")
		rest = strings.TrimPrefix(rest, "on ")
		if isRelativeTime(rest) {
			return true
		}
		t := clockWords.Replace(" " + rest)
		for _, z := range []string{" et", " gmt", " bst", " utc", " edt", " est", " pt", " pdt", " cet"} {
			t = strings.TrimSuffix(t, z)
		}
		t = strings.ReplaceAll(strings.TrimSpace(t), ".", ":")
		return strings.Contains(t, ":") && isWidgetLine(t)
	}
	return false
}

// clockWords strips the words a clock time may carry.
var clockWords = strings.NewReplacer(" am", "", " pm", "", " a.m.", "", " p.m.", "")

// bylineName returns the author named by a byline line ("By Jane Doe",
// "By Jane Doe and John Roe, Reuters | March 2, 2017").
func (a *analysis) bylineName(orig, lower string, words int) (string, bool) {
	if words > 14 || endsPeriod(orig) && !strings.HasSuffix(orig, ".)") {
		return "", false
	}
	rest := ""
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(lower, p) {
			rest = orig[len(p):]
			break
		}
	}
	if rest == "" {
		return "", false
	}
	if i := indexAny(rest, " | ", " - ", " – ", " — ", ", ", " on ", " at ", " for ", "(", ";", " updated", " published"); i >= 0 {
		rest = rest[:i]
	}
	if at := strings.IndexByte(rest, '@'); at >= 0 { // "By Jane Doe jdoe@example.com"
		if sp := strings.LastIndexByte(rest[:at], ' '); sp >= 0 {
			rest = rest[:sp]
		}
	}
	rest = strings.TrimRight(rest, " .,:")
	if !a.looksLikeName(rest, 6) {
		return "", false
	}
	return rest, true
}

// looksLikeName reports whether s is one to max words, each capitalized
// except name particles ("de", "al", "and"), with no month or weekday.
func (a *analysis) looksLikeName(s string, max int) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > max {
		return false
	}
	for k, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if monthNumbers[lw] > 0 || datelineWords[lw] && len(lw) > 3 {
			return false
		}
		if unicode.IsUpper(r) {
			continue
		}
		if k == 0 || k == len(fields)-1 || !a.lex.nameParticles[lw] {
			return false
		}
	}
	return true
}

func indexAny(s string, subs ...string) int {
	best := -1
	for _, sub := range subs {
		if i := strings.Index(s, sub); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

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
		for k < len(after) && !isWordByte(after[k]) {
			k++
		}
		j := k
		for j < len(after) && isWordByte(after[j]) {
			j++
		}
		if a.lex.professions[after[k:j]] {
			return name, true
		}
		k = j
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

// buildZones merges runs of same-kind lines into zones and fills the outlet.
// A blank line ends a zone, except inside one reader comment.
func (a *analysis) buildZones() {
	zones := make([]pipeline.Zone, 0, 16)
	prev := -1 // index of the previous non-blank line
	for i := range a.lines {
		l := &a.lines[i]
		if l.blank() {
			continue
		}
		if l.kind == "" {
			l.kind = pipeline.ZoneBody
		}
		if n := len(zones); n > 0 && prev >= 0 {
			z := &zones[n-1]
			p := &a.lines[prev]
			sameRun := p.kind == l.kind && (prev == i-1 || l.kind == pipeline.ZoneComment) &&
				p.comment == l.comment
			if sameRun {
				z.End = l.end
				prev = i
				continue
			}
		}
		zones = append(zones, pipeline.Zone{Span: pipeline.Span{Start: l.start, End: l.end}, Kind: l.kind, Author: l.author})
		prev = i
	}
	a.res.Zones, a.wireAgency = SplitWireDatelines(a.text, zones)
	a.res.Outlet = a.outlet()
}
