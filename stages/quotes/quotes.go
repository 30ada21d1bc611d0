package quotes

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Stage finds attributions and resolves their speakers. It holds no state
// that Process changes, so one Stage serves many goroutines.
type Stage struct {
	// tokens are the paragraph token buffers of finished documents: the
	// tokens of every paragraph of a document share one buffer, and
	// reusing it saves the largest allocation of the stage.
	tokens sync.Pool
}

// New returns the quotes stage. The lexicons are package-level tables built
// at start-up, so there is nothing to load and New never fails today; the
// error is kept for the Stage constructor convention.
func New() (*Stage, error) { return &Stage{}, nil }

// Name returns "quotes".
func (s *Stage) Name() string { return "quotes" }

// Process writes d.Quotes. It never fails on odd input: unbalanced quote
// marks are closed at the end of their paragraph.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	buf, _ := s.tokens.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	x := newExtraction(d, (*buf)[:0])
	err := x.run(ctx)
	if err == nil {
		d.Quotes = x.finish()
	}
	// The tokens hold substrings of the document: clear them so that the
	// pool does not keep the text alive. A buffer grown for an unusually
	// long document is let go.
	if toks := x.tokBuf; cap(toks) <= maxPooledTokens {
		clear(toks)
		*buf = toks[:0]
		s.tokens.Put(buf)
	}
	return err
}

// maxPooledTokens bounds the token buffer kept between documents (about 3 MB).
const maxPooledTokens = 1 << 16

// para is one paragraph (one line) of a content zone.
type para struct {
	start, end int
	kind       pipeline.ZoneKind
	author     string
	zone       int
	marks      []marked
	direct     []bool // per mark: a direct quote
	sents      [][2]int
	toks       []token
	headline   bool // no sentence-final punctuation: a headline or list item
	gapBefore  int  // blank lines before the paragraph
}

// cand is a quote under construction.
type cand struct {
	q         pipeline.Quote
	para      int
	local     pipeline.Span // content plus its own source and cue, for nesting
	parent    int           // explicit enclosing candidate (a "citing" chain), or -1
	copyFrom  int           // candidate whose source, cue and speaker this one repeats, or -1
	inherit   bool          // take the speaker of the previous attribution
	noSpeaker bool          // no speaker is expected (a headline quote)
	markIdx   int           // index of the mark in its paragraph for direct quotes, or -1
	fixed     bool          // the speaker is given (a comment's author)
	speakerOf int           // 1 + index of the candidate whose source this one borrows, or 0
}

// report is a new candidate found by a cue in paragraph pi: its type,
// source, cue and content, with no enclosing candidate, none it repeats and
// no quote mark of its own.
func report(pi int, typ string, source, cue, content pipeline.Span) cand {
	c := cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1}
	c.q.Type, c.q.Source, c.q.Cue, c.q.Content = typ, source, cue, content
	return c
}

type extraction struct {
	d       *pipeline.Doc
	text    string
	paras   []para
	cands   []cand
	usedCue map[int]bool // byte offsets of cue tokens already used by direct quotes
	names   []nameRun    // capitalised runs of the whole text, for surname lookups
	// surnames indexes the person-like runs of names by their last word;
	// built on first use.
	surnames map[string][]surnameRun
	// lowerSeen caches whether the text writes a word in lower case.
	lowerSeen map[string]bool
	// labelHeadline maps a "Source: headline" paragraph to where its headline starts.
	labelHeadline map[int]int
	// tokBuf backs the tokens of every paragraph.
	tokBuf []token
	// sourceBytes has a bit set for every byte inside a candidate's source.
	sourceBytes []uint64
	// entityByName maps a lower-cased canonical name to the entity id of
	// its first mention; built on first use.
	entityByName map[string]string
	// personBySurname maps a lower-cased last word of a person's
	// canonical name to its entity id, "" when two persons share it.
	personBySurname map[string]string
	// orgWords indexes the organisation mentions by the words of their
	// names; see orgsWithWord.
	orgWords map[string][]int
	// genders caches the gender of resolved speakers, by candidate.
	genders map[int]byte
	// docGenders maps a person entity to the gender the document's
	// titles and appositives give it; see documentGender.
	docGenders map[string]byte
}

// newExtraction tokenizes d's paragraphs into tokBuf (kept as x.tokBuf),
// which the caller may reuse once the extraction is finished.
func newExtraction(d *pipeline.Doc, tokBuf []token) *extraction {
	x := &extraction{d: d, text: d.Text, usedCue: map[int]bool{}, labelHeadline: map[int]int{}}
	want := len(d.Text)/5 + 2 // about one token per five bytes of prose: no regrowth
	if n := len(d.Tokens); n > 0 {
		// The segmenter's tokens are a closer guess: these split fewer
		// clitics and keep "U.S.-led" whole, so they are rarely more.
		want = n + n/16 + 16
	}
	if cap(tokBuf) < want {
		tokBuf = make([]token, 0, want)
	}
	addLines := func(zs, ze int, kind pipeline.ZoneKind, author string, zone int) {
		for i := zs; i < ze; {
			j := strings.IndexByte(x.text[i:ze], '\n')
			le := ze
			if j >= 0 {
				le = i + j
			}
			s, e := trimSpan(x.text, i, le, "")
			if s < e {
				x.paras = append(x.paras, para{start: s, end: e, kind: kind, author: author, zone: zone})
			}
			i = le + 1
		}
	}
	if len(d.Zones) == 0 {
		addLines(0, len(x.text), pipeline.ZoneBody, "", -1)
	} else {
		for _, zi := range d.ContentZones() {
			z := d.Zones[zi]
			if z.Start < 0 || z.End > len(x.text) || z.Start >= z.End {
				continue
			}
			if z.Kind == pipeline.ZoneDateline {
				continue // where and when the story was filed ("BEIRUT -"): no one speaks there
			}
			addLines(z.Start, z.End, z.Kind, z.Author, zi)
		}
		sort.SliceStable(x.paras, func(a, b int) bool { return x.paras[a].start < x.paras[b].start })
	}
	prevEnd := 0
	for i := range x.paras {
		p := &x.paras[i]
		p.gapBefore = strings.Count(x.text[prevEnd:p.start], "\n") - 1
		prevEnd = p.end
		p.marks = findMarks(x.text, p.start, p.end, d.Markup)
		p.direct = make([]bool, len(p.marks))
		p.sents = splitSentences(x.text, p.start, p.end)
		// Each paragraph's tokens are a capped window of one buffer, so
		// that no paragraph's slice can grow into the next one's.
		n := len(tokBuf)
		tokBuf = appendTokens(tokBuf, x.text, p.start, p.end)
		p.toks = tokBuf[n:len(tokBuf):len(tokBuf)]
		// a sentence in brackets closes a paragraph as its stop does
		// ("… was “an unfair act.” (Access was restored.)", a digest's
		// "… in “deep trouble.” [Gazette.]"): the bracket is no headline's end
		body := x.text[p.start:p.end]
		if closed := strings.TrimRight(body, ")]"); closed != body && closed != "" {
			body = closed
		}
		last := body[len(body)-1]
		p.headline = !strings.ContainsAny(string(last), ".!?:;\"'") && !strings.HasSuffix(body, "”") &&
			!strings.HasSuffix(body, "’") && !strings.HasSuffix(body, "…")
		if p.kind == pipeline.ZoneHeadline {
			p.headline = true
		}
	}
	x.tokBuf = tokBuf
	x.names = x.findNameRuns()
	return x
}

// run finds the candidates; it stops with ctx's error when ctx is done.
func (x *extraction) run(ctx context.Context) error {
	for pi := range x.paras {
		if pi%pipeline.CheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		x.directQuotes(pi)
	}
	x.openQuotationTails()
	x.excerpts()
	x.comments()
	for pi := range x.paras {
		if pi%pipeline.CheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		x.dashAttribution(pi)
		x.indirect(pi)
	}
	x.cuelessMixed()
	x.trimReportingRelatives()
	x.continueQuotes()
	x.colonIntroduced()
	x.signedQuotes()
	x.headlineSubject()
	x.followsNarration()
	return ctx.Err()
}

// add appends a candidate and returns its index.
func (x *extraction) add(c cand) int {
	c.q.EmbeddedIn = -1
	if c.local.IsEmpty() {
		c.local = c.q.Content
		for _, s := range []pipeline.Span{c.q.Source, c.q.Cue} {
			if !s.IsEmpty() && c.copyFrom < 0 {
				c.local = union(c.local, s)
			}
		}
	}
	x.markSource(c.q.Source)
	x.cands = append(x.cands, c)
	return len(x.cands) - 1
}

func union(a, b pipeline.Span) pipeline.Span {
	if b.Start < a.Start {
		a.Start = b.Start
	}
	if b.End > a.End {
		a.End = b.End
	}
	return a
}

// sentenceOf returns the sentence of paragraph p containing offset off.
func (p *para) sentenceOf(off int) [2]int {
	for _, s := range p.sents {
		if off >= s[0] && off < s[1] {
			return s
		}
	}
	if len(p.sents) > 0 && off >= p.sents[len(p.sents)-1][1] {
		return p.sents[len(p.sents)-1]
	}
	return [2]int{p.start, p.end}
}

// paraHolding returns the paragraph that holds span s whole, or nil.
func (x *extraction) paraHolding(s pipeline.Span) *para {
	for pi := range x.paras {
		if p := &x.paras[pi]; s.Start >= p.start && s.End <= p.end {
			return p
		}
	}
	return nil
}

// tokIndex returns the index of the first token of p starting at or after off.
func (p *para) tokIndex(off int) int {
	return sort.Search(len(p.toks), func(i int) bool { return p.toks[i].start >= off })
}

// dropCueLed removes a candidate whose content opens with another
// candidate's cue and ends with its content ("say X" next to "X"): the same
// words attributed twice.
func (x *extraction) dropCueLed() {
	drop := make([]bool, len(x.cands))
	referenced := make([]bool, len(x.cands))
	for _, c := range x.cands {
		for _, r := range []int{c.parent, c.copyFrom, c.speakerOf - 1} {
			if r >= 0 {
				referenced[r] = true
			}
		}
	}
	// candidates with a cue, by where the cue starts and the content ends
	type cueEnd struct{ cueStart, contentEnd int }
	withCue := map[cueEnd][]int{}
	for j, b := range x.cands {
		if !b.q.Cue.IsEmpty() {
			k := cueEnd{b.q.Cue.Start, b.q.Content.End}
			withCue[k] = append(withCue[k], j)
		}
	}
	any := false
	for i, a := range x.cands {
		if referenced[i] || a.markIdx >= 0 {
			continue
		}
		for _, j := range withCue[cueEnd{a.q.Content.Start, a.q.Content.End}] {
			if i != j {
				drop[i], any = true, true
			}
		}
	}
	if any {
		x.removeCands(drop)
	}
}

// removeCands removes the candidates marked in drop; the indexes that
// parent, copyFrom and speakerOf hold are remapped (a reference to a
// removed candidate becomes none).
func (x *extraction) removeCands(drop []bool) {
	newIdx := make([]int, len(x.cands))
	var kept []cand
	for i, c := range x.cands {
		newIdx[i] = -1
		if !drop[i] {
			newIdx[i] = len(kept)
			kept = append(kept, c)
		}
	}
	for k := range kept {
		c := &kept[k]
		if c.parent >= 0 {
			c.parent = newIdx[c.parent]
		}
		if c.copyFrom >= 0 {
			if c.copyFrom = newIdx[c.copyFrom]; c.copyFrom < 0 {
				c.copyFrom = -1
			}
		}
		if c.speakerOf > 0 {
			c.speakerOf = newIdx[c.speakerOf-1] + 1
		}
	}
	x.cands = kept
}

// finish resolves speakers, links nested quotes, sorts and returns the quotes.
func (x *extraction) finish() []pipeline.Quote {
	x.dropCueLed()
	x.trimContractedSources()
	x.claimNounSubjects()
	x.resolveSpeakers()
	x.trimClaimNounSources()
	x.nest()
	x.relays()
	order := make([]int, len(x.cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ca, cb := x.cands[order[a]].q, x.cands[order[b]].q
		if ca.Content.Start != cb.Content.Start {
			return ca.Content.Start < cb.Content.Start
		}
		if ca.Content.End != cb.Content.End {
			return ca.Content.End > cb.Content.End
		}
		return x.cands[order[a]].parent < 0 && x.cands[order[b]].parent >= 0
	})
	pos := make([]int, len(x.cands))
	for k, i := range order {
		pos[i] = k
	}
	out := make([]pipeline.Quote, len(order))
	for k, i := range order {
		q := x.cands[i].q
		q.EmbeddedIn = -1
		if p := x.cands[i].parent; p >= 0 {
			q.EmbeddedIn = pos[p]
		}
		q.ContentForm = x.contentForm(&x.cands[i])
		out[k] = q
	}
	return out
}

// nest sets the parent of every candidate that has none: the smallest other
// candidate whose content holds its local span (the first such on a tie).
// Contents holding a span all hold its start, so a sweep in the order of
// the starts keeps only the contents open there: a few, however many quotes
// the document has.
func (x *extraction) nest() {
	byStart := make([]int, len(x.cands))
	queries := make([]int, 0, len(x.cands))
	for i := range x.cands {
		byStart[i] = i
		if x.cands[i].parent < 0 {
			queries = append(queries, i)
		}
	}
	sort.SliceStable(byStart, func(a, b int) bool {
		return x.cands[byStart[a]].q.Content.Start < x.cands[byStart[b]].q.Content.Start
	})
	sort.SliceStable(queries, func(a, b int) bool {
		return x.cands[queries[a]].local.Start < x.cands[queries[b]].local.Start
	})
	var open []int // contents started at or before the query's start, not yet ended before it
	next := 0
	for _, i := range queries {
		c := &x.cands[i]
		at := c.local.Start
		for ; next < len(byStart) && x.cands[byStart[next]].q.Content.Start <= at; next++ {
			open = append(open, byStart[next])
		}
		kept := open[:0]
		for _, j := range open {
			if x.cands[j].q.Content.End >= at {
				kept = append(kept, j)
			}
		}
		open = kept
		best := -1
		for _, j := range open {
			o := &x.cands[j]
			if i == j || !o.q.Content.Contains(c.local) || o.q.Content == c.q.Content {
				continue
			}
			if best < 0 || o.q.Content.Len() < x.cands[best].q.Content.Len() ||
				o.q.Content.Len() == x.cands[best].q.Content.Len() && j < best {
				best = j
			}
		}
		c.parent = best
	}
}
