package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Quoted fragments with no cue of their own: a sentence carrying
// substantial quoted words but no reporting verb ("The targets contained
// “heavy hardware and manpower of insurgents”") becomes a mixed quote.
// It runs after every other finder, because it must know which contents,
// cues and sources are already taken: a fragment right after a report
// joins that report, one after the sentence's own attribution repeats its
// source, one before a trailing ", X said" takes that source, one whose
// own main clause has a subject that can speak takes that subject
// (ownSubject), one with an "as" clause of its own ("As the Gazette
// reported, …") takes that clause's subject (asAside), one right after a
// sentence whose quotation is attributed goes on with that attribution
// (quotationRightBefore), and the rest inherit the previous speaker, unless
// they name someone outside their quoted words (then no speaker is given).

// cuelessMixed turns a sentence carrying substantial quoted fragments but no
// cue into a mixed quote, attributed as the comment above tells: "The
// targets contained “heavy hardware and manpower of insurgents”".
func (x *extraction) cuelessMixed() {
	covered := x.coverIndex()
	// the indirect candidates, the cue starts and the candidates with a
	// source and a cue of each paragraph, so that a quotation finds the
	// report or the attribution before it without a scan of the whole
	// document (made here, where they stay on the stack)
	reports, cues, attributed := make(map[int][]int), make(map[int][]int), make(map[int][]int)
	x.candidatesByParagraph(reports, cues, attributed)
	for pi := range x.paras {
		p := &x.paras[pi]
		if p.headline || p.kind == pipeline.ZoneComment {
			continue
		}
		for _, sent := range p.sents {
			x.cuelessSentence(&fragmentSentence{p: p, pi: pi, sent: sent, covered: covered,
				reports: reports[pi], cues: cues[pi], attributed: attributed[pi]})
		}
	}
}

// candidatesByParagraph indexes the candidates found so far by paragraph:
// the indirect ones in reports, the cue starts in cues, the candidates
// with a source and a cue in attributed. Those cuelessMixed adds are in
// none of them.
func (x *extraction) candidatesByParagraph(reports, cues, attributed map[int][]int) {
	for k, c := range x.cands {
		if c.q.Type == pipeline.QuoteIndirect {
			reports[c.para] = append(reports[c.para], k)
		}
		if !c.q.Cue.IsEmpty() {
			cues[c.para] = append(cues[c.para], c.q.Cue.Start)
			if !c.q.Source.IsEmpty() {
				attributed[c.para] = append(attributed[c.para], k)
			}
		}
	}
}

// fragmentSentence is one sentence as cuelessMixed reads it: its quoted
// fragments, where they stand, the candidates of its paragraph found
// before, and the mixed quote the steps fill in.
type fragmentSentence struct {
	p          *para
	pi         int
	sent       [2]int
	covered    *contentIndex // the contents already taken
	reports    []int         // the paragraph's indirect candidates
	cues       []int         // the paragraph's cue starts
	attributed []int         // the paragraph's candidates with a source and a cue
	frags      []pipeline.Span
	firstOpen  int // the first fragment's opening mark
	end        int // the last fragment's closing mark end
	lo         int // the sentence's first token
	tailEnd    int // where an attribution after the last fragment may end
	c          cand
}

// cuelessSentence gathers the sentence's quoted fragments that no
// attribution has taken: not a title or a name ("the film “Red Dawn”"),
// long enough to be words someone said, and not after a digest's lead;
// then it attributes them, if there is any. Each fragment's opening mark
// and closing mark end (opens, closes) are kept here, not in s, so that
// they stay on the stack: s's fragments go into the candidates.
func (x *extraction) cuelessSentence(s *fragmentSentence) {
	p, sent := s.p, s.sent
	var opens, closes []int
	s.end, s.firstOpen = -1, -1
	for mi, m := range p.marks {
		if p.direct[mi] || m.parent >= 0 || m.open < sent[0] || m.open >= sent[1] {
			continue
		}
		content := x.text[m.content[0]:m.content[1]]
		if isClosedTitleLike(content) || namingBefore(x.text[sent[0]:m.open]) {
			continue
		}
		if !(m.words >= 5 || (m.words >= 3 && endsWithPunct(content))) {
			continue
		}
		if s.covered.holds(pipeline.Span{Start: m.open, End: m.closeEnd}) {
			continue
		}
		if len(s.frags) == 0 && digestLead(x.text[sent[0]:m.open]) {
			break
		}
		if len(s.frags) == 0 {
			s.firstOpen = m.open
		}
		s.frags = append(s.frags, pipeline.Span{Start: m.content[0], End: m.content[1]})
		opens, closes = append(opens, m.open), append(closes, m.closeEnd)
		s.end = m.closeEnd
	}
	if len(s.frags) > 0 {
		x.attributeFragments(s, opens, closes)
	}
}

// attributeFragments makes the sentence's fragments (opens and closes
// hold their marks) a mixed quote, or part
// of one found before: the readings go from the attribution nearest the
// fragments to the farthest, and what none of them attributes inherits
// the previous speaker.
func (x *extraction) attributeFragments(s *fragmentSentence, opens, closes []int) {
	p, pi, sent := s.p, s.pi, s.sent
	// "Stone says he's troubled by the vote -- “a
	// disgrace” -- that …": the quotation set off by a dash goes on
	// the attribution just before it
	if k := x.reportRightBefore(s.reports, sent[0], s.firstOpen); k >= 0 {
		c := &x.cands[k]
		c.q.Type = pipeline.QuoteMixed
		c.q.Content.End = s.end
		c.q.QuotedFragments = s.frags
		c.local = union(c.local, c.q.Content)
		s.covered.addLater(c.q.Content)
		return
	}
	// "Sunday, on WKRB’s “Morning Roundtable,” X said …": fragments
	// before the cue of the sentence's own attribution are no
	// second, cue-less one
	if cueWithin(s.cues, s.end, sent[1]) {
		return
	}
	s.lo = p.tokIndex(sent[0])
	s.c = cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1, inherit: true}
	s.c.q.Type = pipeline.QuoteMixed
	s.c.q.Content = pipeline.Span{Start: p.toks[s.lo].start, End: s.end}
	s.c.q.QuotedFragments = s.frags
	if k := x.attributionBefore(p, s.attributed, sent[0], s.firstOpen); k >= 0 {
		x.repeatAttributionBefore(s, k)
		return
	}
	if x.attributionAfter(s) || x.reportRunningOver(s) {
		return
	}
	x.attributionBetweenFragments(s, opens, closes)
	x.ownSubjectSpeaks(s)
	x.asAsideSpeaks(s)
	// "“It was a long night,” said Ann Lee, an aide. Now, “the
	// work begins.”": a sentence that finds no speaker of its own
	// goes on with the quotation attributed in the sentence right
	// before it, as a quotation opening its sentence does
	// (continueQuotes)
	if s.c.inherit {
		if k := x.quotationRightBefore(p, s.attributed, sent); k >= 0 {
			s.c.copyFrom, s.c.inherit = k, false
		}
	}
	x.add(s.c)
	s.covered.addLater(s.c.q.Content)
}

// repeatAttributionBefore handles fragments after the sentence's own
// attribution k ("These and other records, the auditors said, “all point
// the same way”", "“A,” she said, and “B.”"): that attribution speaks
// them too, and the rest of the sentence after it repeats its source and
// cue, as the second part of a split quotation does.
func (x *extraction) repeatAttributionBefore(s *fragmentSentence, k int) {
	p, c := s.p, &s.c
	o := x.cands[k].q
	from := max(o.Source.End, o.Cue.End, o.Content.End)
	t := p.tokIndex(from)
	for t < len(p.toks) && p.toks[t].start < s.firstOpen && p.toks[t].kind == 'p' {
		t++
	}
	c.q.Content.Start = min(p.toks[t].start, s.firstOpen)
	// "But, he said, “nobody ever asked …”": a content before
	// the cue that is only a connective is none
	if ko := &x.cands[k]; o.Content.End <= o.Cue.Start && o.Type == pipeline.QuoteIndirect && x.connectiveContent(p, o.Content) {
		ko.q.Type, ko.q.Content, ko.q.QuotedFragments = pipeline.QuoteMixed, c.q.Content, s.frags
		ko.local = union(union(ko.q.Content, ko.q.Source), ko.q.Cue)
		s.covered.addLater(c.q.Content)
		return
	}
	c.copyFrom, c.inherit = k, false
	c.local = c.q.Content
	x.addedGerund(p, c, k, s.firstOpen)
	x.add(*c)
	s.covered.addLater(c.q.Content)
}

// attributionAfter reads an attribution after the last fragment as the
// speaker of the sentence ("They “had chemistry,” said X, an adviser."),
// in the sentence of the closing mark ("In 2011, …, “towns were short of
// cash. They needed it,” Holloway said."). It reports true when that
// attribution was already read as a report of the part after the sentence
// end and now takes the sentence as its content: nothing is left to add.
func (x *extraction) attributionAfter(s *fragmentSentence) bool {
	p, c := s.p, &s.c
	s.tailEnd = max(s.sent[1], s.end)
	if s.end > s.sent[1] {
		s.tailEnd = p.sentenceOf(s.end)[1]
	}
	tail, ok := x.tailAttribution(p, p.tokIndex(s.end), p.tokIndex(s.tailEnd))
	if !ok {
		return false
	}
	src, cue, add := tail.spans(x, p)
	// the part after the sentence end was read as a report of
	// its own by the same cue: the sentence is its content
	if k := x.candidateWithCue(s.attributed, cue, c.q.Content.Start, s.end); k >= 0 {
		o := &x.cands[k]
		o.q.Type, o.q.Content, o.q.QuotedFragments = pipeline.QuoteMixed, c.q.Content, s.frags
		o.local = union(union(o.q.Content, o.q.Source), o.q.Cue)
		s.covered.addLater(c.q.Content)
		return true
	}
	if !x.usedCue[cue.Start] && !x.inSource(cue.Start) {
		c.q.Source, c.q.Cue, c.q.Addressee = src, cue, add
		c.inherit = false
		x.usedCue[cue.Start] = true
	}
	return false
}

// reportRunningOver handles a quotation without a speaker yet that runs
// over a sentence end and on past its closing mark to an attribution
// ("Lee and Roe “were stiff. They weren’t fun” next to the mayor, Ward
// said."), which was read as a report of the last sentence alone: the
// whole quotation becomes its content. It reports whether it did.
func (x *extraction) reportRunningOver(s *fragmentSentence) bool {
	if !s.c.inherit || s.end <= s.sent[1] {
		return false
	}
	k := x.reportRunningOn(s.attributed, s.c.q.Content.Start, s.end, s.tailEnd)
	if k < 0 {
		return false
	}
	o := &x.cands[k]
	o.q.Type, o.q.QuotedFragments = pipeline.QuoteMixed, s.frags
	o.q.Content.Start = s.c.q.Content.Start
	o.local = union(union(o.q.Content, o.q.Source), o.q.Cue)
	s.covered.addLater(o.q.Content)
	return true
}

// attributionBetweenFragments gives a quotation without a speaker yet the
// attribution after an earlier fragment closed by a comma ("Roe “was let
// off lightly,” said an official who called the dispute “a matter of
// paperwork.”"): it speaks the sentence.
func (x *extraction) attributionBetweenFragments(s *fragmentSentence, opens, closes []int) {
	if !s.c.inherit {
		return
	}
	p, c := s.p, &s.c
	for f := 0; f+1 < len(s.frags); f++ {
		if !strings.HasSuffix(strings.TrimSpace(x.text[s.frags[f].Start:s.frags[f].End]), ",") {
			continue
		}
		tail, ok := x.tailAttribution(p, p.tokIndex(closes[f]), p.tokIndex(opens[f+1]))
		if !ok {
			continue
		}
		src, cue, add := tail.spans(x, p)
		if !x.usedCue[cue.Start] && !x.inSource(cue.Start) {
			c.q.Source, c.q.Cue, c.q.Addressee = src, cue, add
			c.inherit = false
			x.usedCue[cue.Start] = true
		}
		break
	}
}

// ownSubjectSpeaks gives a quotation without a speaker yet the sentence's
// own subject, by a verb the lexicon does not list ("Ward thanked the
// council for “…”").
func (x *extraction) ownSubjectSpeaks(s *fragmentSentence) {
	if !s.c.inherit {
		return
	}
	p, c := s.p, &s.c
	sb, e, v, ok := x.ownSubject(p, s.lo, p.tokIndex(s.firstOpen))
	if !ok {
		return
	}
	c.q.Source, c.q.Cue = x.span(p, sb, e), x.span(p, v, v+1)
	// the content is what the verb reports, after it and
	// its particle ("played down the levy as “…”")
	a := v + 1
	if a+1 < len(p.toks) && p.toks[a].start < s.firstOpen && x.posTag(p.toks[a].start) == "RP" {
		a++
	}
	c.q.Content.Start = min(p.toks[a].start, s.firstOpen)
	c.local = c.q.Content
	c.inherit = false
	x.markSource(c.q.Source)
}

// asAsideSpeaks gives a quotation without a speaker yet the subject of an
// "as" clause of the sentence ("As the Gazette reported, the owner “paid
// too much.”").
func (x *extraction) asAsideSpeaks(s *fragmentSentence) {
	if !s.c.inherit {
		return
	}
	p, c := s.p, &s.c
	sb, e, v, close, ok := x.asAside(p, s.lo, p.tokIndex(max(s.sent[1], s.end)), s.frags)
	if !ok {
		return
	}
	c.q.Source, c.q.Cue = x.span(p, sb, e), x.span(p, v, v+1)
	// the content is what the aside reports: after it when
	// it stands before the quotation
	if v < p.tokIndex(s.firstOpen) {
		k := close
		for k < len(p.toks) && p.toks[k].kind == 'p' && p.toks[k].start < s.firstOpen {
			k++
		}
		c.q.Content.Start = min(p.toks[k].start, s.firstOpen)
		c.local = c.q.Content
	}
	c.inherit = false
	x.usedCue[p.toks[v].start] = true
	x.markSource(c.q.Source)
}

// quotationRightBefore returns the one of the attributed candidates ks (of
// paragraph p) that quotes someone in the sentence right before sent and
// is the last candidate to end there, its source and cue in that sentence
// too; or -1.
func (x *extraction) quotationRightBefore(p *para, ks []int, sent [2]int) int {
	prev := [2]int{-1, -1}
	for _, s := range p.sents {
		if s[1] <= sent[0] {
			prev = s
		}
	}
	if prev[0] < 0 {
		return -1
	}
	best := -1
	for _, k := range ks {
		o := x.cands[k].q
		if o.Content.End <= prev[0] || o.Content.Start >= sent[0] {
			continue
		}
		if best >= 0 && x.cands[best].q.Content.End >= o.Content.End {
			continue
		}
		best = k
	}
	if best < 0 {
		return -1
	}
	o := x.cands[best].q
	if o.Type == pipeline.QuoteIndirect || o.Source.Start < prev[0] || o.Cue.Start < prev[0] || o.Source.End > sent[0] || o.Cue.End > sent[0] {
		return -1
	}
	return best
}

// cueWithin reports whether one of the offsets cues lies in [s, e).
func cueWithin(cues []int, s, e int) bool {
	for _, c := range cues {
		if c >= s && c < e {
			return true
		}
	}
	return false
}

// attributionBefore returns the last of the candidates ks (of one
// paragraph, each with a source and a cue) whose cue lies in the sentence
// starting at sentStart, before the quote mark at open, and whose content
// ends before that mark; or -1.
func (x *extraction) attributionBefore(p *para, ks []int, sentStart, open int) int {
	for i := len(ks) - 1; i >= 0; i-- {
		c := x.cands[ks[i]].q
		if c.Cue.Start < sentStart || c.Cue.End > open || c.Source.Start < sentStart || c.Content.End > open {
			continue
		}
		// "Ward said that …, adding that it’s why Stone “…”", "“A,” said
		// X, who thinks Y “…”": a reporting word between the attribution
		// and the mark has the fragments
		if x.reportingWordWithin(p, max(c.Cue.End, c.Content.End), open) {
			return -1
		}
		// "said X, who thinks the council “…”": a relative clause after
		// the source has a verb of its own
		if c.Source.Start > c.Cue.Start {
			for j := p.tokIndex(c.Source.Start); j+1 < len(p.toks) && p.toks[j+1].start < open; j++ {
				if p.toks[j].text == "," && (relativePronouns[p.toks[j+1].lower] || p.toks[j+1].lower == "which") {
					return -1
				}
			}
		}
		return ks[i]
	}
	return -1
}

// candidateWithCue returns the one of the candidates ks whose cue is cue and
// whose content lies inside [s, e); or -1.
func (x *extraction) candidateWithCue(ks []int, cue pipeline.Span, s, e int) int {
	for _, k := range ks {
		if c := x.cands[k].q; c.Cue == cue && c.Content.Start >= s && c.Content.End <= e && c.Type != pipeline.QuoteDirect {
			return k
		}
	}
	return -1
}

// connectiveContent reports whether content is only connectives or
// sentence adverbs ("But", "Perhaps", "In fact").
func (x *extraction) connectiveContent(p *para, content pipeline.Span) bool {
	s, e := p.tokIndex(content.Start), p.tokIndex(content.End)
	if e == s+1 {
		w := p.toks[s].lower
		if w == "perhaps" || w == "maybe" || strings.HasSuffix(w, "ly") && p.toks[s].kind == 'w' {
			return true // "Perhaps", "Ultimately"
		}
	}
	return e > s && connectiveOnly(p, s, e)
}

// reportingWordWithin reports whether a reporting verb or gerund lies
// between the byte offsets s and e of paragraph p.
func (x *extraction) reportingWordWithin(p *para, s, e int) bool {
	for k := p.tokIndex(s); k < len(p.toks) && p.toks[k].start < e; k++ {
		if _, ok := cueForms[p.toks[k].lower]; ok || participialCues[p.toks[k].lower] {
			return true
		}
	}
	return false
}

// reportRightBefore returns the one of the indirect candidates reports
// (of one paragraph) whose cue lies in the sentence starting at sentStart
// and whose content ends right before the quote mark at open, with only a
// dash or a comma between; or -1.
func (x *extraction) reportRightBefore(reports []int, sentStart, open int) int {
	for i := len(reports) - 1; i >= 0; i-- {
		k := reports[i]
		c := x.cands[k].q
		if c.Type != pipeline.QuoteIndirect || c.Cue.Start < sentStart || c.Content.End > open || c.Cue.Start > open {
			continue
		}
		if strings.Trim(x.text[c.Content.End:open], " ,-—–") == "" {
			return k
		}
	}
	return -1
}

// contentIndex answers whether some marked candidate's content holds a
// span by binary search: the contents sorted by start, with the largest end
// among each prefix.
type contentIndex struct {
	starts, maxEnd []int
	// laterEnd is the largest end of the contents added after the index was
	// built; each starts before any span asked about afterwards.
	laterEnd int
}

// coverIndex indexes the contents of the marked candidates found so far.
func (x *extraction) coverIndex() *contentIndex {
	var spans []pipeline.Span
	for _, c := range x.cands {
		if !c.q.Unmarked {
			spans = append(spans, c.q.Content)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	ci := &contentIndex{laterEnd: -1}
	for _, s := range spans {
		end := s.End
		if n := len(ci.maxEnd); n > 0 {
			end = max(end, ci.maxEnd[n-1])
		}
		ci.starts = append(ci.starts, s.Start)
		ci.maxEnd = append(ci.maxEnd, end)
	}
	return ci
}

// addLater records a content added after the index was built, which starts
// before every span holds is asked about from then on.
func (ci *contentIndex) addLater(s pipeline.Span) { ci.laterEnd = max(ci.laterEnd, s.End) }

// holds reports whether some indexed content holds s.
func (ci *contentIndex) holds(s pipeline.Span) bool {
	if ci.laterEnd >= s.End {
		return true
	}
	n := sort.SearchInts(ci.starts, s.Start+1) // contents starting at or before s
	return n > 0 && ci.maxEnd[n-1] >= s.End
}

// digestLead reports whether the words before a sentence's first quotation
// are only a dash, or an all-caps label and a dash: a line of a headline
// digest ("NEW TODAY—“Harbor bakery hopes to …,” by …", "—“…”"),
// which quotes a headline, not a speaker.
func digestLead(before string) bool {
	t := strings.TrimSpace(before)
	if !strings.HasSuffix(t, "—") && !strings.HasSuffix(t, "–") {
		return false
	}
	t = strings.TrimRight(t, "—–")
	for _, w := range strings.Fields(t) {
		if !isAllCaps(w) {
			return false
		}
	}
	return true
}

// namesSomeone reports whether the content of q names a person or an
// organisation outside its quoted fragments.
func (x *extraction) namesSomeone(q pipeline.Quote) bool {
	lo, hi := x.d.MentionsStartingIn(q.Content)
	for _, mn := range x.d.Mentions[lo:hi] {
		if mn.End > q.Content.End || mn.Label != pipeline.LabelPerson && mn.Label != pipeline.LabelOrg {
			continue
		}
		quoted := false
		for _, f := range q.QuotedFragments {
			if mn.Start >= f.Start && mn.End <= f.End {
				quoted = true
			}
		}
		if !quoted {
			return true
		}
	}
	return false
}

// reportRunningOn returns the one of the attributed candidates ks whose
// content starts inside the quotation [s, end) and runs on past its
// closing mark, with its cue after that mark in the same sentence (before
// tailEnd); or -1.
func (x *extraction) reportRunningOn(ks []int, s, end, tailEnd int) int {
	for _, k := range ks {
		c := x.cands[k].q
		if c.Type != pipeline.QuoteDirect && c.Content.Start > s && c.Content.Start < end && c.Content.End >= end &&
			c.Cue.Start >= end && c.Cue.Start < tailEnd {
			return k
		}
	}
	return -1
}
