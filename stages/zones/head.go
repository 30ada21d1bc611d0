package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The page head is everything above the article's first paragraph: site
// masthead, menus, cookie and ad banners, section label, the headline and
// its deks, bylines, date lines, share bars and the lead photo. The first
// headline-shaped line is often not the headline (a site tagline, a menu
// entry, an ad survey), so the head is read backwards from the lede:
//
//	lede     = first prose line that is not a dek (a dek is a sentence right
//	           under a headline and followed by the byline or date)
//	headline = walking up from the lede over bylines, dates, captions and
//	           chrome, the topmost of up to three adjacent headline-shaped
//	           lines (headline and deks)
//
// Above the headline only date, byline and caption lines keep their kind;
// the rest is chrome. Between headline and lede, lines that are neither
// deks nor bylines, dates or captions are chrome too ("Share", "Save",
// "3 min read", "142").

// maxHeadCluster is a headline and at most two deks.
const maxHeadCluster = 3

// isProse reports a line that reads as article text: a sentence of eight
// or more words, or a long line.
func (a *analysis) isProse(k int) bool {
	l := &a.lines[k]
	return !l.blank() && l.chrome < chromeSure && (l.words >= 8 && endsSentence(a.orig(l)) || l.words > 30) &&
		!a.isMeta(k)
}

// isMeta reports a date, byline or caption line.
func (a *analysis) isMeta(k int) bool {
	l := &a.lines[k]
	if l.meta == 0 {
		l.meta = 2
		if a.metaRules(l) {
			l.meta = 1
		}
	}
	return l.meta == 1
}

func (a *analysis) metaRules(l *line) bool {
	orig, lower := a.orig(l), a.lowed(l)
	if l.words <= 20 {
		if _, ok := a.datelineDate(lower, l.words); ok {
			return true
		}
	}
	if _, ok := a.bylineName(orig, lower, l.words); ok {
		return true
	}
	return isCreditLine(lower, l.words, l.phrases) || a.isCaption(orig, lower, l.words, l.phrases)
}

// isHeadCandidate reports a line shaped like a headline or dek: three or
// more words, headline shape, not chrome, not a source-labelled excerpt.
func (a *analysis) isHeadCandidate(k int) bool {
	l := &a.lines[k]
	return !l.blank() && l.chrome < chromeSure && l.words >= 3 && a.isHeadline(a.orig(l), l.words) &&
		!a.hasSourceLabel(a.orig(l)) && !a.isMeta(k)
}

// prevLine and nextLine return the nearest non-blank line index, or -1.
func (a *analysis) prevLine(k int) int {
	for k--; k >= 0; k-- {
		if !a.lines[k].blank() {
			return k
		}
	}
	return -1
}

func (a *analysis) nextLine(k int) int {
	for k++; k < len(a.lines); k++ {
		if !a.lines[k].blank() {
			return k
		}
	}
	return -1
}

// isDekSentence reports a sentence under a headline that is a dek, not the
// lede: the line above is headline-shaped (or an earlier dek) and, skipping
// chrome, short lines and captions, the next line is a byline or a date.
func (a *analysis) isDekSentence(k int, deks []int) bool {
	p := a.prevLine(k)
	if p < 0 || !(a.isHeadCandidate(p) || len(deks) > 0 && deks[len(deks)-1] == p) || opensWithDateline(a.orig(&a.lines[k])) {
		return false
	}
	if p == k-1 && a.lines[p].para == a.lines[k].para && strings.HasSuffix(a.orig(&a.lines[p]), ";") && a.lines[k].words <= 30 {
		return true // "Jobs report lifts markets;" over its dek, as archives print them
	}
	for n, seen := a.nextLine(k), 0; n >= 0 && seen < 6; n, seen = a.nextLine(n), seen+1 {
		l := &a.lines[n]
		orig, lower := a.orig(l), a.lowed(l)
		if l.chrome >= chromeSure || l.words <= 3 && !a.looksLikeName(orig, 3) || a.isCaption(orig, lower, l.words, l.phrases) {
			continue
		}
		if _, ok := a.datelineDate(lower, l.words); ok && l.words <= 20 {
			return true
		}
		if _, ok := a.bylineName(orig, lower, l.words); ok {
			return true
		}
		_, ok := a.headByline(n)
		return ok
	}
	return false
}

// headByline returns the author of a byline without "By", as it stands
// between headline and lede: a role line ("Jane Doe, Washington
// correspondent", "Patrick Butler Social policy editor", "BBC Wales health
// correspondent") or a bare name beside such a line or a date ("Owain
// Clarke" over a role line). The name is "" for a role line naming none.
func (a *analysis) headByline(k int) (string, bool) {
	l := &a.lines[k]
	orig := a.orig(l)
	if _, ok := a.bylineName(orig, a.lowed(l), l.words); ok {
		return "", false // an ordinary byline, read by the walk
	}
	if name, ok := a.roleByline(orig, l.words); ok {
		return name, true
	}
	// "BBC News, Yorkshire" under "Emma Glover": the outlet and place.
	if p := k - 1; p >= 0 && !a.lines[p].blank() && a.isOutletPlace(orig, l.words) && a.isBareName(p) {
		return "", true
	}
	if !a.isBareName(k) {
		return "", false
	}
	for _, n := range []int{k - 1, k + 1} { // adjacent lines, no blank between
		if n < 0 || n >= len(a.lines) || a.lines[n].blank() {
			continue
		}
		o, lw := a.orig(&a.lines[n]), a.lowed(&a.lines[n])
		if n == k+1 && a.isOutletPlace(o, a.lines[n].words) {
			return orig, true
		}
		if _, ok := a.roleByline(o, a.lines[n].words); ok {
			return orig, true
		}
		if _, ok := a.datelineDate(lw, a.lines[n].words); ok && a.lines[n].words <= 20 {
			return orig, true
		}
	}
	return "", false
}

// isSectionLabel reports a section name right above the headline ("Leeds
// & West Yorkshire"): a title-case line of up to five words with an
// ampersand, over a sentence-case headline.
func (a *analysis) isSectionLabel(label, head int) bool {
	l, h := &a.lines[label], &a.lines[head]
	o := a.orig(l)
	return head == label+1 && l.words <= 5 && strings.Contains(o, " & ") && a.looksLikeName(strings.Replace(o, " &", "", 1), 4) &&
		h.words >= 5 && !isTitleCase(a.orig(h))
}

// isLabelLine reports a label in capitals ("FOR IMMEDIATE RELEASE") or a
// "Label: value" line over the headline.
func (a *analysis) isLabelLine(k int) bool {
	o := a.orig(&a.lines[k])
	return isCapitalsLabel(o, a.lines[k].words) || isFieldLine(o, a.lines[k].words)
}

// isBareName reports a line of two to four capitalized words, a name.
func (a *analysis) isBareName(k int) bool {
	l := &a.lines[k]
	o := a.orig(l)
	return l.words >= 2 && l.words <= 4 && !endsSentence(o) && !strings.Contains(o, ",") && a.looksLikeName(o, 4)
}

// isOutletPlace reports a short "Outlet, Place" line ("BBC News,
// Yorkshire").
func (a *analysis) isOutletPlace(orig string, words int) bool {
	return words <= 4 && strings.Count(orig, ", ") == 1 && !endsSentence(orig) && a.looksLikeName(strings.Replace(orig, ",", "", 1), 4)
}

// roleByline reports a byline that ends in a reporter's role and returns
// the name it opens with, if any.
func (a *analysis) roleByline(orig string, words int) (string, bool) {
	if words < 2 || words > 8 || endsPeriod(orig) {
		return "", false
	}
	lower := strings.ToLower(orig)
	last := lower[strings.LastIndexByte(lower, ' ')+1:]
	if !a.lex.roles[last] {
		return "", false
	}
	if name, _, ok := strings.Cut(orig, ", "); ok {
		if a.looksLikeName(name, 4) {
			return name, true
		}
		return "", true
	}
	f := strings.Fields(orig)
	if len(f) >= 4 && isNameWord(f[0]) && isNameWord(f[1]) {
		return f[0] + " " + f[1], true
	}
	return "", true
}

// isNameWord reports a capitalized word that is not an acronym.
func isNameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w[size:] {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false
}

// findHead labels the page head when it finds a headline above the lede,
// and reports whether it did. Date, byline and caption lines are left to
// the walk, which also reads their metadata.
func (a *analysis) findHead() bool {
	var deks []int
	lede := -1
	for k := range a.lines {
		if a.lines[k].blank() || a.lines[k].kind != "" || !a.isProse(k) {
			continue
		}
		if _, ok := a.commentHeader(k, false); ok {
			return false
		}
		if len(deks) < maxHeadCluster-1 && a.isDekSentence(k, deks) {
			deks = append(deks, k)
			continue
		}
		lede = k
		break
	}
	if lede < 0 {
		return false
	}
	isDek := func(k int) bool {
		for _, d := range deks {
			if d == k {
				return true
			}
		}
		return false
	}
	var cluster, bylines []int
	crossedMeta := false
	for k := lede - 1; k >= 0; k-- {
		l := &a.lines[k]
		if l.blank() || l.kind != "" {
			continue
		}
		if len(cluster) == 0 {
			if _, ok := a.headByline(k); ok {
				bylines = append(bylines, k)
				continue
			}
		}
		if isDek(k) || a.isHeadCandidate(k) {
			if len(cluster) > 0 && crossedMeta && !a.opensParagraph(k) && !a.isHeadCandidate(k-1) {
				break // a site tagline under the site name, above the date line
			}
			cluster = append(cluster, k)
			crossedMeta = false
			if len(cluster) == maxHeadCluster {
				break
			}
			continue
		}
		if a.isMeta(k) {
			crossedMeta = true
			continue
		}
		if l.chrome >= chromeSure || l.words <= 3 {
			if len(cluster) > 0 {
				break
			}
			continue
		}
		if len(cluster) > 0 {
			break
		}
		lede = k // article text above the first sentence ("RT: ..." excerpt)
		bylines = bylines[:0]
	}
	if len(cluster) == 0 || len(cluster) == 1 && a.isLabelLine(cluster[0]) {
		return false // (a label alone is no headline; the walk reads the head)
	}
	a.lede = lede
	if n := len(cluster); n >= 2 && (a.isSectionLabel(cluster[n-1], cluster[n-2]) || a.isLabelLine(cluster[n-1])) {
		cluster = cluster[:n-1]
	}
	h := cluster[len(cluster)-1]
	a.res.Title = a.orig(&a.lines[h])
	inCluster := func(k int) bool {
		for _, c := range cluster {
			if c == k {
				return true
			}
		}
		return false
	}
	for k := 0; k < lede; k++ {
		l := &a.lines[k]
		if l.blank() || l.kind != "" {
			continue
		}
		switch {
		case inCluster(k):
			l.kind = pipeline.ZoneHeadline
		case k > h && a.isHeadBylineIn(k, bylines):
			l.kind = pipeline.ZoneByline
			if name, _ := a.headByline(k); name != "" && a.res.Byline == "" {
				a.res.Byline = name
			}
		case l.chrome < chromeSure && a.isMeta(k):
			// left to the walk, which reads the date or byline
		default:
			l.kind = pipeline.ZoneBoilerplate
		}
	}
	return true
}

func (a *analysis) isHeadBylineIn(k int, bylines []int) bool {
	for _, b := range bylines {
		if b == k {
			return true
		}
	}
	return false
}

// opensParagraph reports whether line k is the first of its paragraph.
func (a *analysis) opensParagraph(k int) bool {
	return k == 0 || a.lines[k-1].blank()
}

// relatedLists labels as chrome the lists of links under a "Related
// Topics", "More on this story" or "Most viewed" heading: the lines after
// it, across blank lines, up to the next sentence.
func (a *analysis) relatedLists() {
	for i := 0; i < len(a.lines); i++ {
		l := &a.lines[i]
		if l.blank() || l.kind == pipeline.ZoneComment || !a.isRelatedHeading(a.lowed(l), l.words) {
			continue
		}
		l.kind = pipeline.ZoneBoilerplate
		for k := i + 1; k < len(a.lines); k++ {
			n := &a.lines[k]
			if n.blank() {
				continue
			}
			if n.kind == pipeline.ZoneComment || n.words > 16 || endsSentence(a.orig(n)) && n.words > 4 && n.chrome < chromeSure {
				break
			}
			if _, ok := a.commentHeader(k, false); ok {
				break
			}
			if d, ok := a.datelineDate(a.lowed(n), n.words); ok && d.year != 0 {
				break // "Last modified on ..." closes the list
			}
			n.kind = pipeline.ZoneBoilerplate
			i = k
		}
	}
}

// isRelatedHeading reports a short line opening with a related-links
// heading ("Related Topics", "More in Opinion", "In Other News").
func (a *analysis) isRelatedHeading(lower string, words int) bool {
	if words > 6 {
		return false
	}
	lower = strings.TrimRight(lower, " :.…»›")
	for _, h := range relatedHeadings {
		if strings.HasPrefix(lower, h) && (len(lower) == len(h) || h[len(h)-1] == ' ' || !isWordByte(lower[len(h)])) {
			return true
		}
	}
	return false
}

// creditNeighbours labels the caption a credit line stands beside: the
// line right under a bare credit ("Getty Images" / "Protesters gather
// ..."), as broadcasters print them. Under creditCaptions the caption
// above a credit is found once the body is known.
func (a *analysis) creditNeighbours() {
	for i := range a.lines {
		l := &a.lines[i]
		if l.blank() || l.words > 4 || l.chrome >= chromeSure || !a.isCaption(a.orig(l), a.lowed(l), l.words, l.phrases) {
			continue
		}
		n := i + 1
		if n >= len(a.lines) || a.lines[n].blank() || a.lines[n].kind != "" || a.lines[n].chrome >= chromeSure ||
			a.lines[n].words > 40 || a.lines[n].words < 3 || a.isMeta(n) {
			continue
		}
		a.lines[n].kind = pipeline.ZoneCaption
	}
}

// creditCaptions labels as caption a short line that ends in a photo
// credit ("Daniel Becerril/Reuters") and the line right above it, the
// caption it credits.
func (a *analysis) creditCaptions() {
	for i := range a.lines {
		l := &a.lines[i]
		if l.blank() || l.kind != pipeline.ZoneCaption || l.words > 6 || !hasCreditSuffix(a.lowed(l)) {
			continue
		}
		if p := i - 1; p >= 0 && !a.lines[p].blank() && a.lines[p].kind == pipeline.ZoneBody && a.lines[p].words <= 50 &&
			endsSentence(a.orig(&a.lines[p])) {
			a.lines[p].kind = pipeline.ZoneCaption
		}
	}
}

// hasCreditSuffix reports a line ending in "/Agency" ("Name/Reuters",
// "[File: Name/AFP]", "Handout / AFP").
//
// A headline cited with its source ("... -- Washington Post/AP") is not a
// photo credit.
func hasCreditSuffix(lower string) bool {
	lower = strings.TrimRight(lower, " )]")
	if strings.Contains(lower, " -- ") || strings.Contains(lower, " — ") {
		return false
	}
	if i := strings.LastIndexByte(lower, '/'); i >= 0 && creditAgencySet[strings.TrimLeft(lower[i+1:], " ")] {
		return true
	}
	if i := strings.LastIndex(lower, " via "); i >= 0 && creditAgencySet[lower[i+len(" via "):]] {
		return true
	}
	return false
}

var creditAgencySet = setOf(creditAgencies)
