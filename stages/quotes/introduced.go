package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// colonIntroduced gives a quotation that a colon introduces, and that no
// cue rule attributed, the subject of the clause before the colon: the
// writer hands the floor to whoever that clause is about, whatever its
// verb.
//
//	Stone raised a hand to calm the hall, then stepped forward and shouted: “…”
//	Lee has since said she was sorry for the delay: “…”
//	In the letter, Dunn called the vote a “broken promise,” adding: “…”
//	Holloway pressed them on it: ⏎ “…”   (the clause ends the paragraph before)
//
// When a report of the same sentence runs up to the colon ("Mott said
// this was a “costly mistake” and that she has changed her mind:
// “…”"), the quotation goes on with it: same source and cue.
func (x *extraction) colonIntroduced() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.q.Type != pipeline.QuoteDirect || c.q.Unmarked || c.markIdx < 0 || !c.q.Source.IsEmpty() || !c.q.Cue.IsEmpty() ||
			c.copyFrom >= 0 || c.fixed || c.speakerOf > 0 || c.parent >= 0 {
			continue
		}
		pi := c.para
		p := &x.paras[pi]
		m := p.marks[c.markIdx]
		if m.parent >= 0 {
			continue
		}
		if c.noSpeaker || p.headline {
			// a digest line in capitals, "LATE SHIFT IN OHIO - Ann Lee:
			// “…”", reads as a headline; its byline still speaks
			if s, e, ok := x.bylineBeforeColon(p, m); ok {
				c.noSpeaker = false
				c.q.Source, c.q.Cue = x.span(p, s, e), x.span(p, e, e+1)
				x.markSource(c.q.Source)
				c.local = union(union(c.local, c.q.Source), c.q.Cue)
			}
			continue
		}
		// the colon and the sentence it closes
		sent := p.sentenceOf(m.open)
		lo, colon := p.tokIndex(sent[0]), p.tokIndex(m.open)-1
		if m.atParaStart {
			if pi == 0 || !x.introEnds(pi-1) || x.paras[pi-1].kind != p.kind || x.paras[pi-1].headline {
				continue
			}
			pi--
			p = &x.paras[pi]
			last := p.sents[len(p.sents)-1]
			lo, colon = p.tokIndex(last[0]), len(p.toks)-1
		}
		if colon <= lo || p.toks[colon].text != ":" {
			continue
		}
		if k := x.reportEndingAt(pi, p.toks[colon].start); k >= 0 {
			root := k
			if x.cands[k].copyFrom >= 0 {
				root = x.cands[k].copyFrom
			}
			c.copyFrom, c.inherit = root, false
			continue
		}
		s, e, v, ok := x.introducerOf(p, lo, colon)
		if !ok {
			continue
		}
		c.q.Source = x.span(p, s, e)
		c.q.Cue = x.span(p, v, v+1)
		x.markSource(c.q.Source)
		if pi == c.para {
			c.local = union(union(c.local, c.q.Source), c.q.Cue)
		}
	}
}

// introducerOf finds who speaks in the clause of tokens [lo, colon) that
// ends in the colon before a quotation, and the verb that introduces them:
// the subject of its last reporting verb ("Lynch, who told Congress when
// asked about it:"), else the subject of the clause's main verb, else the
// subject of a gerund right before the colon in a "with" phrase ("…, with
// Trump reportedly yelling:"). The subject must be one that can speak.
func (x *extraction) introducerOf(p *para, lo, colon int) (s, e, v int, ok bool) {
	start := x.afterFronted(p, lo, colon)
	for k := colon - 1; k >= start; k-- {
		if p.toks[k].kind == 'q' {
			break
		}
		if f, isCue := x.verbCue(p, k); isCue && !f.gerund {
			if s, e, ok := x.sourceLeft(p, start, k); ok && x.validSource(p, s, e, false) && x.canSpeak(p, lo, s, e) {
				return s, e, k, true
			}
		}
	}
	if s, e, ok := x.clauseSubject(p, start, colon, false); ok && e < colon && x.canSpeak(p, lo, s, e) && x.introducingVerb(p, e, colon) {
		// the cue is the verb, past an appositive ("Trump’s Virginia
		// state director, Mike Rubino, …, said:")
		v := e
		for v < colon-1 && !x.finiteVerbAt(p, start, v) {
			v++
		}
		if !x.finiteVerbAt(p, start, v) {
			v = e
		}
		return s, e, v, true
	}
	// "FARM VOTES SHIFT - Ann Lee and Tom Ward:", "More from Lee:", "The
	// shift does not surprise pollster Carl Mott:": the people named right
	// before the colon speak; the colon is the cue
	if s, ok := x.namesBeforeColon(p, start, colon); ok {
		return s, colon, colon, true
	}
	// "with Trump reportedly yelling:"
	g := colon - 1
	if x.posTag(p.toks[g].start) != "VBG" {
		return 0, 0, 0, false
	}
	n := g - 1
	for n > start && x.isAdverbTok(p.toks[n]) {
		n--
	}
	if n > start && p.toks[n-1].lower == "with" && isNameTok(p.toks[n]) && x.canSpeak(p, lo, n, n+1) {
		s := n
		for s-1 > start && isNameTok(p.toks[s-1]) {
			s--
		}
		return s, n + 1, g, true
	}
	return 0, 0, 0, false
}

// participialOpener reports whether a sentence's first word, by its tag,
// opens a participle phrase ("Asked …", "Speaking …").
func participialOpener(tag string) bool { return tag == "VBN" || tag == "VBG" }

// canSpeak reports whether source tokens [s, e) of a sentence starting at
// token lo name someone who may speak: a personal pronoun, a name, or a
// noun phrase headed by a role, a document or a group ("his campaign",
// "a paper from …"), not an abstraction ("The timing of Lee's rise",
// "Any decision to charge someone") nor "it". An appositive of something
// before it ("One early backer, Representative Paul Dunn, Republican
// of Ohio,") is only part of the subject, unless what stands before
// is a fronted phrase.
func (x *extraction) canSpeak(p *para, lo, s, e int) bool {
	// a relative "who" stands after its antecedent's comma ("Judge Lee,
	// who told the council:"); any other subject after a comma is an
	// appositive or a fronted phrase's noun
	if e == s+1 && p.toks[s].lower == "who" {
		return true
	}
	if s > lo && p.toks[s-1].text == "," && x.afterFronted(p, lo, s) == lo {
		return false
	}
	if e == s+1 {
		switch p.toks[s].lower {
		case "he", "she", "they", "we":
			return true
		}
	}
	// the head: the last word before a comma, a parenthesis or a preposition
	head := -1
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.kind != 'w' || k > s && x.posTag(t.start) == "IN" {
			break
		}
		head = k
	}
	if head < 0 {
		return false
	}
	h := p.toks[head]
	if isCapitalized(h.text) && (head > lo || x.nameLikeSource(p, head, head+1)) {
		return !thingPronouns[h.lower] && !personPronouns[h.lower]
	}
	l := trimPossessive(h.lower)
	return roleNouns[l] || documentNouns[l] || evidenceNouns[l] || utteranceNouns[l] || genericOrgNouns[l] || speakingGroups[l] ||
		mediaNouns[l] || agentNoun(l)
}

// mediaNouns are pieces of writing or broadcast that carry words of their
// own ("The ad targets a “…”", "A new textbook explains …").
var mediaNouns = set("ad", "ads", "advertisement", "commercial", "spot", "article", "piece", "column", "op-ed",
	"book", "textbook", "cable", "email", "emails", "video", "website", "editorial", "headline", "sign", "banner")

// speakingGroups are collective heads that speak in the news.
var speakingGroups = set("campaign", "committee", "party", "voice", "paper", "editorial", "board", "crowd", "respondents", "graduate", "people")

// agentNoun reports whether a lower-case word reads as a noun for a doer
// ("supporters", "protesters", "voters", "activist", "residents").
func agentNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"er", "or", "ist", "ent", "ant"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// reportEndingAt returns an attributed candidate of paragraph pi whose
// content ends right before the colon at off, or -1.
func (x *extraction) reportEndingAt(pi, off int) int {
	for k, o := range x.cands {
		if o.para != pi || o.q.Content.End > off || o.q.Content.End < off-2 {
			continue
		}
		if o.copyFrom >= 0 || !o.q.Source.IsEmpty() && !o.q.Cue.IsEmpty() {
			return k
		}
	}
	return -1
}

// introducingVerb reports whether token v, right after a clause's subject,
// opens a predicate that may hand the floor to a quotation: a copula
// before a description ("The reason is simple:", "The results were
// clear:") introduces an explanation, not a speaker; an auxiliary of a
// participle ("has since apologized") is fine.
func (x *extraction) introducingVerb(p *para, v, colon int) bool {
	if !copulas[p.toks[v].lower] || p.toks[v].lower == "has" || p.toks[v].lower == "have" || p.toks[v].lower == "had" {
		return true
	}
	for k := v + 1; k < colon; k++ {
		t := p.toks[k]
		if t.kind == 'w' && x.isAdverbTok(t) {
			continue
		}
		switch x.posTag(t.start) {
		case "VBN", "VBG":
			return true
		}
		return false
	}
	return false
}

// headlineSubject gives a quotation in a headline the person or
// organisation whose name opens the headline: a headline puts its speaker
// first and quotes them after a verb or a colon, without "said".
//
//	Stone slams council’s ‘gloom and panic’ on jobs
//	Rep. Ann Lee slams Dunn, praises Holloway as 'a builder, not a talker.'
//	Mott on Lee Publishing Her Tax Returns: ‘I Think She Should.’
//
// The cue is the word right after the name when it is a verb (also a verb
// in -s the tagger reads as a plural noun, pluralReadVerb: "Ann Lee
// issues ‘…’"), else none.
func (x *extraction) headlineSubject() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.q.Type != pipeline.QuoteDirect || c.q.Unmarked || c.markIdx < 0 || !c.noSpeaker || !c.q.Source.IsEmpty() || !c.q.Cue.IsEmpty() ||
			c.copyFrom >= 0 || c.fixed || c.speakerOf > 0 || c.parent >= 0 {
			continue
		}
		p := &x.paras[c.para]
		m := p.marks[c.markIdx]
		if m.parent >= 0 || p.kind != pipeline.ZoneHeadline && c.para != 0 {
			continue
		}
		hi := p.tokIndex(m.open)
		s, e, ok := x.openingName(p, hi)
		if !ok {
			continue
		}
		// the name is the headline's subject: a verb follows it ("Stone
		// slams", "Ann Just Answered"), not a noun it modifies
		// ("Former Paul Dunn aides launch", "Top Lee aides") nor a
		// copula ("JANE HOLLOWAY IS WINNING THE VALLEY"); or a colon
		// hands it the quotation ("Mott on …: ‘I Think She Should.’")
		v := e
		for v < hi && x.isAdverbTok(p.toks[v]) {
			v++
		}
		verb := v < hi && !copulas[p.toks[v].lower] && (x.headlineVerb(p.toks[v]) || x.pluralReadVerb(p, s, v))
		if !verb && p.toks[hi-1].text != ":" {
			continue
		}
		c.noSpeaker = false
		c.q.Source = x.span(p, s, e)
		if verb {
			c.q.Cue = x.span(p, v, v+1)
		} else {
			c.q.Cue = x.span(p, hi-1, hi)
		}
		x.markSource(c.q.Source)
		c.local = union(union(c.local, c.q.Source), c.q.Cue)
	}
}

// openingName returns the tokens of a person or organisation mention that
// opens paragraph p, with the titles before it ("Rep. Gwen Graham"), when
// it ends before token hi.
func (x *extraction) openingName(p *para, hi int) (int, int, bool) {
	k := 0
	for k < hi && p.toks[k].kind == 'w' && titles[strings.ToLower(strings.TrimSuffix(p.toks[k].text, "."))] {
		k++
		if k < hi && p.toks[k].text == "." {
			k++
		}
	}
	if k >= hi {
		return 0, 0, false
	}
	lo, up := x.d.MentionsStartingIn(pipeline.Span{Start: p.toks[k].start, End: p.toks[k].start + 1})
	for _, mn := range x.d.Mentions[lo:up] {
		if mn.Label != pipeline.LabelPerson && mn.Label != pipeline.LabelOrg || mn.End > p.toks[hi].start {
			continue
		}
		e := p.tokIndex(mn.End)
		if e > k && e < hi {
			return 0, e, true
		}
	}
	return 0, 0, false
}

// headlineVerb reports whether t reads as a verb in a headline, whose
// title case hides verbs from the tagger ("Says", "Slams").
func (x *extraction) headlineVerb(t token) bool {
	if t.kind != 'w' {
		return false
	}
	if _, ok := cueForms[t.lower]; ok {
		return true
	}
	tag := x.posTag(t.start)
	return strings.HasPrefix(tag, "VB") && tag != "VBN"
}

// afterFronted returns where the main clause of the sentence whose tokens
// start at lo starts, before hi: after the comma that closes a fronted
// participle or setting ("Asked whether …, Mr. Smith shot back:", "At
// Brazile's direction, the DNC issued …"), which holds no subject of its
// own; else lo.
func (x *extraction) afterFronted(p *para, lo, hi int) int {
	if lo >= hi {
		return lo
	}
	if t := p.toks[lo]; t.kind != 'w' || !(subordinators[t.lower] || participialOpener(x.posTag(t.start)) || x.posTag(t.start) == "IN") {
		return lo
	}
	for j := lo + 1; j < hi; j++ {
		if p.toks[j].text == "," {
			return j + 1
		}
	}
	return lo
}

// namesBeforeColon returns the start of a run of person names, joined by
// "and" or not, that ends right at the colon: a digest's byline after a
// headline and a dash, or the person a clause ends on.
func (x *extraction) namesBeforeColon(p *para, start, colon int) (int, bool) {
	s := colon
	for s-1 >= start && (isNameTok(p.toks[s-1]) || p.toks[s-1].lower == "and" && s < colon && s-2 >= start && isNameTok(p.toks[s-2])) {
		s--
	}
	if s == colon || !isNameTok(p.toks[s]) || !x.hasPersonMention(x.span(p, s, colon)) {
		return 0, false
	}
	// the name must close its run: "Ann Lee:" but not a title-case
	// headline that ends in a name ("LEE WINS OVER WARD:"); a middle
	// initial ("Ann M. Lee:") is no word in capitals
	for k := s; k < colon; k++ {
		if t := p.toks[k]; t.kind == 'w' && len(t.text) > 1 && strings.ToUpper(t.text) == t.text && !isInitial(t.text) {
			return 0, false
		}
	}
	return s, true
}

// isInitial reports whether a word is an initial: a capital letter and a
// full stop ("M.").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n < len(w) && w[n:] == "." && unicode.IsUpper(r)
}

// bylineBeforeColon returns the names before the colon that opens
// quotation m when a dash stands right before them, or "More from": a
// digest's "HEADLINE - Ann Lee: “…”", "… -More from Lee: “…”".
func (x *extraction) bylineBeforeColon(p *para, m marked) (int, int, bool) {
	colon := p.tokIndex(m.open) - 1
	if m.atParaStart || colon < 2 || p.toks[colon].text != ":" {
		return 0, 0, false
	}
	s, ok := x.namesBeforeColon(p, 0, colon)
	if !ok || s < 1 {
		return 0, 0, false
	}
	before := p.toks[s-1].text
	moreFrom := s >= 2 && p.toks[s-1].lower == "from" && p.toks[s-2].lower == "more"
	if !isDash(before) && before != "-" && !moreFrom {
		return 0, 0, false
	}
	return s, colon, true
}

// signedQuotes gives a quotation that fills its paragraph, and that no
// rule attributed, the name that signs it in the paragraph right after: a
// dash and a short name, then a comma or the end of the line, as notebooks
// and letters pages set the words of the people they quote.
//
//	“The ferry is the best thing that happened to this town.”
//	-Ann Lee, Dover.
//
// The name is the source and the dash the cue.
func (x *extraction) signedQuotes() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.q.Type != pipeline.QuoteDirect || c.q.Unmarked || c.markIdx < 0 || !c.q.Source.IsEmpty() || !c.q.Cue.IsEmpty() ||
			c.copyFrom >= 0 || c.noSpeaker || c.fixed || c.speakerOf > 0 || c.parent >= 0 || c.para+1 >= len(x.paras) {
			continue
		}
		p, next := &x.paras[c.para], &x.paras[c.para+1]
		m := p.marks[c.markIdx]
		if m.parent >= 0 || !m.double || !m.closed || !m.atParaStart || strings.TrimSpace(x.text[m.closeEnd:p.end]) != "" ||
			next.kind != p.kind || len(next.toks) < 2 {
			continue
		}
		if d := next.toks[0].text; d != "-" && !isDash(d) {
			continue
		}
		e := 1
		for e < len(next.toks) && e <= 5 && next.toks[e].kind == 'w' && isCapitalized(next.toks[e].text) {
			e++
		}
		if e == 1 || e < len(next.toks) && next.toks[e].text != "," && next.toks[e].text != "." {
			continue
		}
		c.q.Source, c.q.Cue = x.span(next, 1, e), x.span(next, 0, 1)
		x.markSource(c.q.Source)
	}
}
