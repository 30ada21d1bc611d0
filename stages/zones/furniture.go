package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Page furniture inside the article: lines the walk reads as body but that
// are about the page or the story, not part of it. They are found from
// their layout: where they stand (a paragraph of their own, at the top or
// the tail of the article), their shape (a label in capitals, a name with
// no verb, a "Label:" opening) and whether they speak of the story itself.
//
//	section label   a paragraph of one to three words in capitals over the
//	                text ("BANKING.", "ABSTRACT.")        → boilerplate
//	notice          a paragraph at the top or in the last three of the
//	                article that speaks of the story itself ("this story",
//	                "an earlier version", "in print"), or opens with a short
//	                "Label:" and does (editor's notes, corrections, print
//	                and update notices)                   → boilerplate
//	sign-off        the article's last line: a bare name ("Chad Bray.") or
//	                a dash and a credit or name ("-- Reporting by ...")
//	                                                      → byline
//	caption         a line closing on a bracketed photo credit ("(Getty
//	                Images)", "(Photo: Jane Doe)"), or a paragraph that is
//	                only a credit ("Getty.")              → caption

// furniture relabels the body lines that are page furniture.
func (a *analysis) furniture() {
	body := a.bodyParagraphs()
	if len(body) == 0 {
		return
	}
	for n, p := range body {
		l := &a.lines[p]
		orig := a.orig(l)
		oneLine := a.paragraphLines(p) == 1
		switch {
		case oneLine && n+1 < len(body) && isCapitalsLabel(orig, l.words):
			l.kind = pipeline.ZoneBoilerplate
		case (n == 0 || n >= len(body)-3) && a.isNotice(p):
			a.setParagraph(p, pipeline.ZoneBoilerplate)
		case oneLine && (hasBracketedCredit(a.lowed(l)) || isCreditOnly(a.lowed(l), l.words)):
			l.kind = pipeline.ZoneCaption
		}
	}
	if last := body[len(body)-1]; len(body) > 1 && a.paragraphLines(last) == 1 {
		if name, ok := a.signOff(last); ok {
			a.lines[last].kind = pipeline.ZoneByline
			if a.res.Byline == "" && name != "" {
				a.res.Byline = name
			}
		}
	}
}

// bodyParagraphs returns the first line of each paragraph whose lines are
// all body, in text order, up to the comments.
func (a *analysis) bodyParagraphs() []int {
	var out []int
	for i := 0; i < a.commentsStart; i++ {
		l := &a.lines[i]
		if l.blank() || (i > 0 && !a.lines[i-1].blank() && a.lines[i-1].para == l.para) {
			continue
		}
		all := true
		for k := i; k < len(a.lines) && !a.lines[k].blank(); k++ {
			if a.lines[k].kind != pipeline.ZoneBody {
				all = false
			}
		}
		if all {
			out = append(out, i)
		}
	}
	return out
}

// paragraphLines counts the lines of the paragraph starting at line p.
func (a *analysis) paragraphLines(p int) int {
	n := 0
	for k := p; k < len(a.lines) && !a.lines[k].blank(); k++ {
		n++
	}
	return n
}

func (a *analysis) setParagraph(p int, kind pipeline.ZoneKind) {
	for k := p; k < len(a.lines) && !a.lines[k].blank(); k++ {
		a.lines[k].kind = kind
	}
}

// isCapitalsLabel reports a label in capitals: one to three words, at least
// three letters, no lower-case letter, no digits, ending in nothing, a full
// stop or a colon.
func isCapitalsLabel(orig string, words int) bool {
	if words > 3 || strings.HasSuffix(orig, "?") || strings.HasSuffix(orig, "!") {
		return false
	}
	letters := 0
	for _, r := range orig {
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters >= 3
}

// selfReferences are the ways a notice speaks of the story it is attached
// to.
var selfReferences = []string{
	"this story", "this article", "this report", "this post", "this column", "this piece",
	"this version", "earlier version", "previous version", "original version", "complete version",
	"an article", "a story", "an earlier article", "in print", "print edition", "print version", "as published in",
	"has been updated", "was updated", "has been corrected", "was corrected", "has been amended",
	"incorrectly said", "incorrectly stated", "incorrectly reported", "incorrectly identified",
	"misidentified", "misstated", "misspelled", "editing error",
}

// noticeOpenings open a notice that carries no label: the paragraph is
// about the story from its first words.
var noticeOpenings = []string{
	"this story ", "this article ", "this post ", "this piece ", "this report ", "this column ",
	"this is a ", "this version ", "a version of this ", "an earlier version ", "a previous version ",
	"an earlier article ", "as published in ",
}

// isNotice reports a paragraph about the story itself that speaks of the
// story and either opens with a short "Label:" (at most three words,
// capitalised), stands under such a label or another notice, or opens
// with the reference itself ("This is a more complete version ...").
func (a *analysis) isNotice(p int) bool {
	l := &a.lines[p]
	lower := a.lowed(l)
	if l.words > 150 || a.paragraphLines(p) > 2 || !hasAny(lower, selfReferences...) {
		return false
	}
	orig := a.orig(l)
	if label, _, ok := strings.Cut(orig, ": "); ok && countFields(label) <= 3 {
		r, _ := utf8.DecodeRuneInString(label)
		if unicode.IsUpper(r) && !strings.ContainsAny(label, "\"“”") {
			return true
		}
	}
	if q := a.prevLine(p); q >= 0 && (a.lines[q].words <= 3 && strings.HasSuffix(a.orig(&a.lines[q]), ":") ||
		a.lines[q].kind == pipeline.ZoneBoilerplate && a.lines[q].chrome == notChrome && a.lines[q].para != l.para) {
		return true // "CORRECTION:" or another notice over the correction
	}
	return hasPrefixAny(lower, noticeOpenings...)
}

// hasBracketedCredit reports a line closing on a bracketed photo credit:
// "(Getty Images)", "(Photo: Jane Doe)", "[AP Photo/Evan Vucci]".
func hasBracketedCredit(lower string) bool {
	lower = strings.TrimRight(lower, " .")
	if !strings.HasSuffix(lower, ")") && !strings.HasSuffix(lower, "]") {
		return false
	}
	open := strings.LastIndexAny(lower, "([")
	if open < 0 {
		return false
	}
	inner := strings.TrimSpace(lower[open+1 : len(lower)-1])
	if creditAgencySet[inner] {
		return true
	}
	for _, p := range []string{"photo", "image", "images", "file photo", "credit", "pictured"} {
		if inner == p || strings.HasPrefix(inner, p+":") || strings.HasPrefix(inner, p+" by ") || strings.HasPrefix(inner, p+"/") {
			return true
		}
	}
	return strings.Contains(inner, "/") && creditAgencySet[strings.TrimSpace(inner[strings.LastIndexByte(inner, '/')+1:])]
}

// isCreditOnly reports a paragraph that is only a photo credit, the photo
// itself gone from the text: "Getty.", "Scott Olson via Getty Images.",
// "Jane Doe/Reuters".
func isCreditOnly(lower string, words int) bool {
	lower = strings.TrimRight(lower, " .")
	return words <= 6 && (creditAgencySet[lower] || hasCreditSuffix(lower))
}

// signOff returns the reporter a closing line names: a bare name with an
// optional full stop ("Chad Bray."), or a dash and a name or credit ("--
// Reporting by Jane Doe", "— Jane Doe").
func (a *analysis) signOff(k int) (string, bool) {
	l := &a.lines[k]
	orig := a.orig(l)
	dashed := false
	for _, d := range []string{"--", "—", "–"} {
		if rest, ok := strings.CutPrefix(orig, d); ok {
			orig, dashed = strings.TrimSpace(rest), true
			break
		}
	}
	if dashed && isCreditLine(strings.ToLower(orig), countFields(orig), a.lex.phrases.match(strings.ToLower(orig))) {
		return "", true
	}
	if dashed {
		lower := strings.ToLower(orig)
		for _, p := range bylinePrefixes {
			if strings.HasPrefix(lower, p) {
				// "-- Reporting by Jane Doe in London; Editing by ..."
				if i := indexAny(orig, " in ", ";"); i > 0 {
					orig = orig[:i]
				}
				name, _ := a.bylineName(orig, strings.ToLower(orig), countFields(orig))
				return name, true
			}
		}
		if name, ok := a.bylineName(orig, lower, countFields(orig)); ok {
			return name, true
		}
	}
	name := strings.TrimSuffix(orig, ".")
	if n := countFields(name); n < 2 || n > 4 || strings.ContainsAny(name, ",;:!?\"“”()") || !a.looksLikeName(name, 4) || hasInitialOnly(name) {
		return "", false
	}
	return name, true
}

// hasInitialOnly reports a name made only of initials or one-letter words
// ("U.S. A."), which is no reporter's name.
func hasInitialOnly(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if len(strings.Trim(w, ".")) > 1 {
			return false
		}
	}
	return true
}
