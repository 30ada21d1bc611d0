package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/internal/turnlabel"
	"github.com/newsclaims/newsclaims/pipeline"
)

// maxExcerptParas bounds an unmarked block excerpt.
const maxExcerptParas = 12

// excerpts finds unmarked block excerpts: paragraphs after "X reports:" or
// after a "Source: headline" line, until the writer's own voice returns.
// It also takes "Name: sentence." transcript lines as direct quotes.
func (x *extraction) excerpts() {
	for pi := 0; pi < len(x.paras); pi++ {
		p := &x.paras[pi]
		if p.kind == pipeline.ZoneComment || p.kind == pipeline.ZoneBoilerplate {
			continue
		}
		if pi+1 < len(x.paras) && x.introEnds(pi) && !x.startsWithMark(pi+1) {
			if a, ok := x.introAttribution(pi); ok {
				src, cue, add := a.spans(x, p)
				x.usedCue[cue.Start] = true
				pi = x.takeExcerpt(pi+1, src, cue, add) - 1
				continue
			}
		}
		if s, e, colon, ok := x.titlePrefix(pi); ok {
			rest := pipeline.Span{Start: p.toks[colon].end, End: p.end}
			rest.Start, rest.End = trimSpan(x.text, rest.Start, rest.End, "")
			x.titleAttribution(pi, x.span(p, s, e), x.span(p, colon, colon+1), rest)
			continue
		}
		if s, e, t, ok := x.labelPrefix(pi); ok {
			src := x.span(p, s, e)
			rest := t.Words
			if p.kind == pipeline.ZoneHeadline && (e-s >= 2 || x.hasPersonMention(src)) && rest.Start < rest.End {
				// the article's title "Mark Stone: Harbor Plan Appeals
				// to ‘Old Hands’" attributes the rest of the title
				x.titleAttribution(pi, src, x.span(p, e, e+1), rest)
				continue
			}
			if p.headline {
				x.labelHeadline[pi] = rest.Start
				pi = x.takeExcerpt(pi+1, src, pipeline.Span{}, pipeline.Span{}) - 1
			} else if e-s >= 2 || x.hasPersonMention(src) || x.transcriptLabel(t) {
				c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
				c.q.Type = pipeline.QuoteDirect
				c.q.Unmarked = true
				c.q.Content = rest
				c.q.Source, c.q.Cue = src, x.span(p, e, e+1) // the colon, as a transcript turn's cue
				x.add(c)
			}
		}
	}
}

// titleAttribution adds the attribution of a "Name: claim" title; the
// quotations inside the claim take its source and cue.
func (x *extraction) titleAttribution(pi int, src, cue, content pipeline.Span) {
	p := &x.paras[pi]
	c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
	c.q.Type = pipeline.QuoteIndirect
	c.q.Source, c.q.Cue, c.q.Content = src, cue, content
	x.markMixed(p, &c)
	k := x.add(c)
	for j := range x.cands {
		if o := &x.cands[j]; j != k && o.para == pi && o.q.Source.IsEmpty() && o.copyFrom < 0 && content.Contains(o.q.Content) {
			o.copyFrom, o.noSpeaker = k, false
		}
	}
	x.usedCue[cue.Start] = true
}

func (x *extraction) startsWithMark(pi int) bool {
	p := x.paras[pi]
	return len(p.marks) > 0 && p.marks[0].atParaStart
}

func (x *extraction) hasPersonMention(s pipeline.Span) bool {
	for _, m := range x.d.Mentions {
		if s.Contains(m.Span) && m.Label == pipeline.LabelPerson {
			return true
		}
	}
	return false
}

// labelPrefix returns the token range of the label paragraph pi opens
// with (Doc.Turns: "Ann Lee: …", "WARD: …") and its turn, when the label
// reads as a speaker's name: not a place (a dateline, "BEIRUT: …"). A
// kicker ("UPDATE:") is no turn (turnlabel.Kicker, read by the zones
// stage).
func (x *extraction) labelPrefix(pi int) (int, int, pipeline.Turn, bool) {
	p := &x.paras[pi]
	t, ok := x.turnAt(p.start)
	if !ok || t.Role != pipeline.TurnNamed {
		return 0, 0, t, false
	}
	e := p.tokIndex(t.Label.End) // the colon
	if e < 1 || e >= len(p.toks)-1 || p.toks[e].text != ":" || !isNamePhrase(p, 0, e) {
		return 0, 0, t, false
	}
	if turnlabel.Place(x.d, t.Label) {
		return 0, 0, t, false
	}
	return 0, e, t, true
}

// turnAt returns the turn whose label starts at off.
func (x *extraction) turnAt(off int) (pipeline.Turn, bool) {
	turns := x.d.Turns
	k := sort.Search(len(turns), func(k int) bool { return turns[k].Label.Start >= off })
	if k < len(turns) && turns[k].Label.Start == off {
		return turns[k], true
	}
	return pipeline.Turn{}, false
}

// titlePrefix matches an article title that attributes its claim to the
// words before its colon, where labelPrefix (a name) does not: "Lee
// camp: Stone’s tax plan threatens …", "Poll: Ward leads …", "Harbor
// Gazette: …", "EXCLUSIVE – Mark Stone: …". It returns the source's
// token range (without a leading label and dash, and without an addressee
// after "to": "Lee to Valley Growers Fund:") and the colon's index.
func (x *extraction) titlePrefix(pi int) (int, int, int, bool) {
	p := &x.paras[pi]
	if p.kind != pipeline.ZoneHeadline || len(p.toks) < 5 {
		return 0, 0, 0, false
	}
	s := 0
	if len(p.toks) > 2 && turnlabel.Kicker(p.toks[0].lower) && isDash(p.toks[1].text) {
		s = 2
	}
	colon := -1
	for k := s; k < len(p.toks) && k < s+8; k++ {
		t := p.toks[k]
		if t.text == ":" {
			colon = k
			break
		}
		if t.kind != 'w' {
			return 0, 0, 0, false
		}
	}
	if colon <= s || p.toks[colon].start != p.toks[colon-1].end || !isCapitalized(p.toks[s].text) {
		return 0, 0, 0, false
	}
	words := 0
	for _, t := range p.toks[colon+1:] {
		if t.kind == 'w' {
			words++
		}
	}
	if words < 3 || turnlabel.Kicker(x.text[p.toks[s].start:p.toks[colon-1].end]) {
		return 0, 0, 0, false
	}
	e := colon
	for k := s + 1; k < colon; k++ {
		if p.toks[k].lower == "to" {
			e = k
			break
		}
	}
	for _, m := range x.d.Mentions {
		if m.Start == p.toks[s].start && m.End >= p.toks[e-1].end && (m.Label == pipeline.LabelGPE || m.Label == pipeline.LabelLoc) {
			return 0, 0, 0, false // a dateline, "BEIRUT: ..."
		}
	}
	if !x.validSource(p, s, e, false) {
		return 0, 0, 0, false
	}
	return s, e, colon, true
}

// stopsExcerpt reports whether paragraph pi is no longer part of an excerpt.
func (x *extraction) stopsExcerpt(pi, n int) bool {
	p := &x.paras[pi]
	if p.kind != pipeline.ZoneBody || n >= maxExcerptParas || (n > 0 && p.gapBefore >= 2) {
		return true
	}
	head := strings.ToLower(x.text[p.start:min(p.end, p.start+24)])
	for _, s := range []string{"read more", "continue reading", "click here", "source:", "via ", "related:", "see also", "watch:"} {
		if strings.HasPrefix(head, s) {
			return true
		}
	}
	return x.introEnds(pi) || x.startsWithMark(pi) || x.hasVoiceMarkers(pi)
}

// takeExcerpt adds one unmarked direct quote per paragraph from pi on and
// returns the first paragraph after the excerpt.
func (x *extraction) takeExcerpt(pi int, src, cue, add pipeline.Span) int {
	n := 0
	for ; pi < len(x.paras) && !x.stopsExcerpt(pi, n); pi++ {
		p := x.paras[pi]
		c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
		c.q.Type = pipeline.QuoteDirect
		c.q.Unmarked = true
		c.q.Content = pipeline.Span{Start: p.start, End: p.end}
		c.q.Source, c.q.Cue, c.q.Addressee = src, cue, add
		c.local = c.q.Content
		x.add(c)
		n++
	}
	return pi
}

// comments makes each paragraph of a reader comment a direct quote whose
// speaker is the comment's author. The "Name said..." header gives the
// source and cue spans when it is found.
func (x *extraction) comments() {
	windows := x.headerWindows()
	// The header of the paragraphs of one author's run is the last
	// "Name " before each paragraph from the window's start; the search goes
	// on from where the previous paragraph's stopped.
	runLo, runAuthor, searched, header := -1, "", 0, -1
	for pi := range x.paras {
		p := &x.paras[pi]
		if p.kind != pipeline.ZoneComment {
			continue
		}
		line := x.text[p.start:p.end]
		if isCommentHeader(line) || (len(p.toks) <= 5 && strings.HasSuffix(line, ":")) {
			continue
		}
		c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
		c.q.Type = pipeline.QuoteDirect
		c.q.Unmarked = true
		c.q.Content = pipeline.Span{Start: p.start, End: p.end}
		c.local = c.q.Content
		c.q.Speaker = p.author
		c.fixed = true
		if p.author != "" {
			lo := 0
			if p.zone >= 0 && p.zone < len(windows) {
				lo = windows[p.zone]
			}
			needle := p.author + " "
			if lo != runLo || p.author != runAuthor {
				runLo, runAuthor, searched, header = lo, p.author, lo, -1
			}
			from := max(runLo, searched-len(needle)+1)
			if k := strings.LastIndex(x.text[from:p.start], needle); k >= 0 {
				header = from + k
			}
			searched = p.start
			if k := header; k >= 0 {
				rest := x.text[k+len(p.author)+1:]
				for _, verb := range []string{"said", "wrote", "says", "writes"} {
					if strings.HasPrefix(rest, verb) {
						c.q.Source = pipeline.Span{Start: k, End: k + len(p.author)}
						c.q.Cue = pipeline.Span{Start: k + len(p.author) + 1, End: k + len(p.author) + 1 + len(verb)}
						break
					}
				}
			}
		}
		x.add(c)
	}
}

// isCommentHeader matches "Jane Doe said..." and "Jane Doe wrote:".
func isCommentHeader(line string) bool {
	l := strings.TrimRight(line, ".:… ")
	for _, verb := range []string{" said", " wrote", " says", " writes", " replied"} {
		if strings.HasSuffix(l, verb) && len(strings.Fields(l)) <= 6 {
			return true
		}
	}
	return false
}

// dashAttribution handles a headline ending with " – Source": the line
// before the dash is what the source said. A run of such lines is a list
// of linked headlines credited to their outlets, not attributions.
func (x *extraction) dashAttribution(pi int) {
	p := &x.paras[pi]
	if !p.headline || p.kind == pipeline.ZoneComment {
		return
	}
	d, ok := dashTail(p)
	if !ok {
		return
	}
	for _, q := range []int{pi - 1, pi + 1} {
		if q < 0 || q >= len(x.paras) {
			continue
		}
		adjacent := (q == pi-1 && p.gapBefore == 0) || (q == pi+1 && x.paras[q].gapBefore == 0)
		if _, ok := dashTail(&x.paras[q]); ok && adjacent {
			return
		}
	}
	start := p.start
	if s, ok := x.labelHeadline[pi]; ok {
		start = s
	}
	lo := p.tokIndex(start)
	for k := lo; k < d; k++ {
		if f, ok := x.verbCue(p, k); ok && !f.gerund {
			return // "X says Y – Reuters": the verb is the attribution
		}
	}
	if d-lo < 2 {
		return
	}
	c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
	c.q.Type = pipeline.QuoteIndirect
	c.q.Content = x.span(p, lo, d)
	for mi, m := range p.marks {
		if p.direct[mi] && m.open == p.toks[lo].start && m.closeEnd == p.toks[d-1].end {
			return // the quote is already a direct quote; keep it
		}
	}
	c.q.Source = x.span(p, d+1, len(p.toks))
	c.q.Cue = x.span(p, d, d+1)
	x.add(c)
}

// dashTail returns the index of the dash token of a line ending with
// " – Name" (1-5 words, the first capitalised).
func dashTail(p *para) (int, bool) {
	n := len(p.toks)
	for k := n - 2; k >= 1 && k >= n-7; k-- {
		t := p.toks[k]
		if t.kind == 'p' && (t.text == "–" || t.text == "—" || t.text == "--" || t.text == "-") {
			if !isCapitalized(p.toks[k+1].text) {
				return 0, false
			}
			for j := k + 1; j < n; j++ {
				if p.toks[j].kind == 'p' && p.toks[j].text != "." && p.toks[j].text != "/" && p.toks[j].text != "&" {
					return 0, false
				}
			}
			return k, true
		}
	}
	return 0, false
}

// headerWindows returns, for every zone, where the search for a comment's
// "Name said..." header starts: the start of the content zone before the
// comment, past the boilerplate (headers, time stamps) and the zones of the
// same author's comment, which boilerplate lines can split.
func (x *extraction) headerWindows() []int {
	lo := make([]int, len(x.d.Zones))
	for zi, z := range x.d.Zones {
		if z.Kind == pipeline.ZoneBoilerplate {
			continue
		}
		j := zi - 1
		for j >= 0 && x.d.Zones[j].Kind == pipeline.ZoneBoilerplate {
			j--
		}
		switch prev := j; {
		case prev < 0:
			lo[zi] = 0
		case z.Kind == pipeline.ZoneComment && x.d.Zones[prev].Kind == pipeline.ZoneComment && x.d.Zones[prev].Author == z.Author:
			lo[zi] = lo[prev]
		default:
			lo[zi] = x.d.Zones[prev].Start
		}
	}
	return lo
}
