package zones

import (
	"context"
	"strings"
	"unicode"

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
	d.Turns = ReadTurns(d.Text, d.Zones)
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
