package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The walk in text order: page head (chrome, date header, headline, deks,
// byline, caption), body, and comment section; and the line shapes it reads
// (headline, dek, caption, credit and menu lines).

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
	if hasPrefixAny(lower, captionPrefixes...) {
		return true
	}
	return hasAny(lower, captionMarksLower...) || hasAny(orig, captionMarksCased...) || hasCreditSuffix(lower)
}
