package claims

import (
	"context"
	"math"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Name is the stage name used in the errors table.
const Name = "claims"

// Minimum number of words of a claim: own-voice clauses need a little more
// than reported ones, whose attribution already marks them as assertions.
const (
	minWordsOwnVoice = 5
	minWordsReported = 3
)

// Stage finds the checkable assertions of a document. It holds no state
// and is safe for concurrent use.
type Stage struct{}

// New returns the claims stage. Its lexicons are package tables, so there
// is nothing to load.
func New() (*Stage, error) { return &Stage{}, nil }

// Name returns "claims".
func (*Stage) Name() string { return Name }

// unit is a stretch of text with one claimant, before it is cut into clauses.
type unit struct {
	span         pipeline.Span
	quote        int // index in Doc.Quotes, or -1
	claimant     string
	claimantID   string
	reported     bool // from a quote: fewer words are enough
	hedged       bool // the attribution itself distances the claimant
	stance       string
	cuePredicate string // the cue lemma, for verbless denials
	verbless     bool   // a nominal content that is kept (a denial)
}

// Process fills d.Claims.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Claims = d.Claims[:0]
	var units []unit
	units = append(units, quoteUnits(d)...)
	units = append(units, ownVoiceUnits(d)...)
	seen := map[pipeline.Span]bool{}
	for i, u := range units {
		if i%pipeline.CheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		for _, cl := range splitClauses(d, u.span) {
			if seen[cl] || !checkable(d, cl, u) {
				continue
			}
			seen[cl] = true
			d.Claims = append(d.Claims, buildClaim(d, cl, u))
		}
	}
	anaphoricDenials(d)
	sort.SliceStable(d.Claims, func(i, j int) bool {
		a, b := d.Claims[i], d.Claims[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return nil
}

// cueLemma returns the lemma of a quote's cue ("denied" -> deny,
// "according to" -> according to).
func cueLemma(d *pipeline.Doc, q pipeline.Quote) string {
	if q.Cue.IsEmpty() || q.Cue.End > len(d.Text) {
		return ""
	}
	cue := strings.ToLower(strings.TrimSpace(d.Slice(q.Cue)))
	if strings.Contains(cue, " ") {
		return cue
	}
	if l := lemma(cue); verbLemmas[l] {
		return l
	}
	return nounLemma(cue)
}

// quoteClaimable says whether a quote's content can carry claims of its
// own: it must be inside the text and, unless it is a denial, hold a verb
// ("a partial withdrawal of Russian forces" is a nominal report whose claim
// is the reporting sentence itself).
func quoteClaimable(d *pipeline.Doc, q pipeline.Quote) (ok, verbless bool) {
	c := q.Content
	if c.IsEmpty() || c.Start < 0 || c.End > len(d.Text) {
		return false, false
	}
	l := cueLemma(d, q)
	if (denialCues[l] || disputeCues[l]) && refusal(d, c) {
		// "rejected them on ...", "denied him a visa": a refusal the
		// article reports, not a claim the source rebuts
		return false, false
	}
	if hasFiniteVerb(d, c) {
		return true, false
	}
	return denialCues[l] && claimHeaded(d, tokensIn(d, c), 0), true
}

// claimNouns name what a denial or a dispute can be about: a claim, or a
// part in an event ("denied any role in", "disputed the figures").
var claimNouns = setOf(`claim claims report reports allegation allegations accusation accusations charge charges
assertion assertions contention statement statements suggestion suggestions view views thesis theory idea
notion rumor rumors rumour rumours story stories account accounts version finding findings conclusion
conclusions assessment estimate estimates figure figures number numbers data poll polls study studies
analysis involvement role responsibility
presence participation existence link links connection connections knowledge wrongdoing guilt argument
arguments premise interpretation description assumption evidence testimony critique critiques criticism
it this that`)

// objectPronouns open a content that is a person acted upon, not a claim.
var objectPronouns = setOf(`him her them me us`)

// refusal says whether the content of a denial or dispute cue is a
// person or group acted upon ("rejected them", "denied him entry").
func refusal(d *pipeline.Doc, content pipeline.Span) bool {
	toks := tokensIn(d, trim(d, content))
	return len(toks) > 0 && objectPronouns[strings.ToLower(d.Tokens[toks[0]].Text)]
}

// claimHeaded says whether the noun phrase starting at toks[k] is headed
// by a claim noun, an event noun or a gerund ("the charges", "any role in
// the attack", "Freeman's claim", "having fired"), or is a clause opened
// by "that".
func claimHeaded(d *pipeline.Doc, toks []int, k int) bool {
	head := ""
	for j := k; j < len(toks) && j < k+7; j++ {
		t := d.Tokens[toks[j]]
		w := strings.ToLower(t.Text)
		if j == k && (w == "that" || t.POS == "VBG") {
			return true
		}
		switch {
		case strings.HasPrefix(t.POS, "NN"):
			head = w
			continue
		case t.POS == "DT" || t.POS == "PRP$" || t.POS == "POS" || t.POS == "CD" || strings.HasPrefix(t.POS, "JJ") || t.POS == "PDT":
			if head != "" && t.POS != "POS" {
				break
			}
			continue
		case t.POS == "PRP" && j == k:
			head = w
		}
		break
	}
	return claimNouns[head] || claimNouns[nounLemma(head)] || eventClasses[nounLemma(head)] != ""
}

// rebutsClaim says whether the denial or dispute verb at toks[k] takes a
// claim: active, its object is a claim noun or a that-clause ("rejected
// this view", "denied that ..."); passive, its subject is one ("his
// contention was denied"). "The judge dismissed the cases", "Holmes was
// rejected" and "could be denied a deduction" are refusals.
func rebutsClaim(d *pipeline.Doc, toks []int, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	if l := lemma(strings.ToLower(d.Tokens[toks[k]].Text)); l == "contradict" || l == "rebut" {
		return true // said of people too: "contradicted the spokesman"
	}
	if d.Tokens[toks[k]].POS == "VBN" && auxBefore(d, toks, k) {
		for j := k - 1; j >= 0; j-- {
			if lemma(strings.ToLower(d.Tokens[toks[j]].Text)) != "be" {
				continue
			}
			for h := j - 1; h >= 0 && h >= j-6; h-- {
				t := d.Tokens[toks[h]]
				if strings.HasPrefix(t.POS, "NN") || t.POS == "PRP" {
					w := strings.ToLower(t.Text)
					return claimNouns[w] || eventClasses[nounLemma(w)] != ""
				}
			}
			return false
		}
		return false
	}
	j := k + 1
	for j < len(toks) && (strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || d.Tokens[toks[j]].POS == "RP") {
		j++
	}
	return j < len(toks) && claimHeaded(d, toks, j)
}

// quoteUnits turns attributions into units. A quote that only relays an
// embedded one with the same content gives way to it (the innermost speaker
// is the claimant); the sentences of a quote that hold an embedded quote
// are left to that quote, unless the embedded source names no one
// (speaksForEmbedded).
func quoteUnits(d *pipeline.Doc) []unit {
	var out []unit
	embedded := make([][]int, len(d.Quotes)) // quote -> the quotes embedded in it
	absorbed := make([]bool, len(d.Quotes))
	for ri, r := range d.Quotes {
		if r.EmbeddedIn >= 0 && r.EmbeddedIn < len(d.Quotes) && r.EmbeddedIn != ri {
			if speaksForEmbedded(d, d.Quotes[r.EmbeddedIn], r) {
				absorbed[ri] = true
				continue
			}
			embedded[r.EmbeddedIn] = append(embedded[r.EmbeddedIn], ri)
		}
	}
	for qi, q := range d.Quotes {
		if absorbed[qi] {
			continue
		}
		ok, verbless := quoteClaimable(d, q)
		if !ok {
			continue
		}
		var children []pipeline.Span
		relayed := false
		for _, ri := range embedded[qi] {
			r := d.Quotes[ri]
			if r.Content == q.Content {
				relayed = true
			}
			children = append(children, r.Content)
		}
		if relayed {
			continue
		}
		l := cueLemma(d, q)
		u := unit{quote: qi, claimant: speakerName(d, q), claimantID: q.SpeakerEntityID, reported: true, stance: pipeline.StanceAsserts, verbless: verbless}
		switch {
		case denialCues[l]:
			u.stance = pipeline.StanceDenies
			u.cuePredicate = l
		case disputeCues[l]:
			u.stance = pipeline.StanceDisputes
		}
		if p := q.EmbeddedIn; p >= 0 && p < len(d.Quotes) && p != qi && claimNouns[lastWord(q.Speaker)] && d.Quotes[p].Speaker != "" {
			// "rejected rumors that Obama might ...": the rumor is no
			// speaker; the claim is the denier's, with the denial's stance
			if pl := cueLemma(d, d.Quotes[p]); denialCues[pl] || disputeCues[pl] {
				o := d.Quotes[p]
				u.claimant, u.claimantID, u.quote = speakerName(d, o), o.SpeakerEntityID, p
				u.stance, u.cuePredicate = pipeline.StanceDenies, pl
				if disputeCues[pl] {
					u.stance = pipeline.StanceDisputes
				}
			}
		}
		if q.Speaker == "" {
			// An unattributed quotation (a headline's 'quote marks'): the
			// claim is the whole sentence, in the outlet's voice, hedged.
			continue
		}
		for _, part := range sentenceParts(d, q.Content) {
			if overlapsAny(part, children) {
				continue
			}
			u.span = part
			if q.Cue.IsEmpty() && q.Source.IsEmpty() {
				if framed, ok := framedInstead(d, u); ok {
					out = append(out, framed...)
					continue
				}
			}
			out = append(out, u)
		}
	}
	return out
}

// framedInstead reads a reporting frame in a part of a quote that has
// neither cue nor source, whose speaker the quotes layer took from the
// context ("Sen. Tom Baker (D-Ore.) said Sunday in Lakeside that he
// was counting on a big crowd, which “will help elect ...”" given to
// the speaker of the paragraph before). A source the sentence names
// itself is the claimant, not one read elsewhere: the frame's content is
// a claim of its source, and the clause a participle or a second verb
// hangs from is the article's own.
func framedInstead(d *pipeline.Doc, u unit) ([]unit, bool) {
	si := d.SentenceAt(u.span.Start)
	if si < 0 {
		return nil, false
	}
	sentence := d.Sentences[si].Span
	f, mainEnd, ok := explicitFrame(d, sentence)
	if !ok || f.claimant == "" || !f.content.Overlaps(u.span) || f.claimant == u.claimant || f.claimantID != "" && f.claimantID == u.claimantID {
		return nil, false
	}
	var out []unit
	if mainEnd > u.span.Start {
		own := unit{quote: -1, claimant: d.Outlet, stance: pipeline.StanceAsserts, span: pipeline.Span{Start: u.span.Start, End: mainEnd}}
		if own.claimant == "" {
			own.claimant = d.Byline
		}
		own.claimantID = entityIDsByName(d)[own.claimant]
		out = append(out, own)
	}
	p := u
	// the part, or of the part only what the frame reports
	p.span = pipeline.Span{Start: max(u.span.Start, f.content.Start), End: min(u.span.End, f.content.End)}
	p.claimant, p.claimantID = f.claimant, f.claimantID
	p.stance, p.cuePredicate = pipeline.StanceAsserts, ""
	switch {
	case denialCues[f.cue]:
		p.stance, p.cuePredicate = pipeline.StanceDenies, f.cue
	case disputeCues[f.cue]:
		p.stance = pipeline.StanceDisputes
	}
	return append(out, p), true
}

// explicitFrame finds a reporting frame in a part: "NP said (that) ...",
// "according to NP", a trailing or an inside frame, else a participle
// (", saying that ...") or a coordinated reporting verb ("... and said
// ..."), for which it also returns where the main clause ends (0 when
// there is none).
func explicitFrame(d *pipeline.Doc, part pipeline.Span) (f frame, mainEnd int, ok bool) {
	if f, ok := reportingFrame(d, part); ok {
		return f, 0, true
	}
	if f, mainEnd, ok := participleFrame(d, part); ok {
		return f, mainEnd, true
	}
	return coordinatedFrame(d, part)
}

// speakerName is the canonical name of the quote's speaker entity when it
// has one ("Russian Ministry of Defence" for "Russia's defense ministry"),
// else the speaker as the quotes stage resolved it.
func speakerName(d *pipeline.Doc, q pipeline.Quote) string {
	if q.SpeakerEntityID != "" {
		for _, m := range d.Mentions {
			if m.EntityID == q.SpeakerEntityID && m.Canonical != "" {
				return m.Canonical
			}
		}
	}
	return q.Speaker
}

// sentenceParts cuts a span at sentence boundaries.
func sentenceParts(d *pipeline.Doc, sp pipeline.Span) []pipeline.Span {
	var out []pipeline.Span
	// sentences are in text order: from the first that ends after sp starts
	first := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > sp.Start })
	for _, s := range d.Sentences[first:] {
		if s.Start >= sp.End {
			break
		}
		if !s.Overlaps(sp) {
			continue
		}
		p := pipeline.Span{Start: max(s.Start, sp.Start), End: min(s.End, sp.End)}
		if p.Len() > 0 {
			out = append(out, p)
		}
	}
	if len(out) == 0 && sp.Len() > 0 {
		out = append(out, sp)
	}
	return out
}

func overlapsAny(sp pipeline.Span, list []pipeline.Span) bool {
	for _, o := range list {
		if sp.Overlaps(o) {
			return true
		}
	}
	return false
}

// listTail matches the outlet credited at the end of a linked headline
// ("... -- Reuters", "... – AFP").
var listTail = regexp.MustCompile(`\s+(?:--|–|—)\s+([A-Z][\p{L}.&/' -]{0,40})\s*$`)

// creditedOutlet matches listTail in a sentence that has a dash at all:
// most have none, and the pattern is run on every sentence.
func creditedOutlet(s string) []int {
	if !strings.Contains(s, "--") && !strings.Contains(s, "–") && !strings.Contains(s, "—") {
		return nil
	}
	return listTail.FindStringSubmatchIndex(s)
}

// ownVoiceUnits gives the parts of content sentences that no attribution
// covers: the article's own assertions, or a commenter's in a comment zone.
func ownVoiceUnits(d *pipeline.Doc) []unit {
	var out []unit
	entityIDs := entityIDsByName(d)
	quotes := newQuoteIndex(d)
	var overlapping []int
	for _, s := range d.Sentences {
		if s.Zone < 0 || s.Zone >= len(d.Zones) {
			continue
		}
		z := d.Zones[s.Zone]
		switch z.Kind {
		case pipeline.ZoneHeadline, pipeline.ZoneBody, pipeline.ZoneCaption, pipeline.ZoneComment:
		default:
			continue
		}
		if editorial(d.Text[s.Start:s.End]) {
			continue // a note about the article, not a claim of it
		}
		u := unit{quote: -1, stance: pipeline.StanceAsserts}
		if z.Kind == pipeline.ZoneComment && z.Author != "" {
			u.claimant = z.Author
		} else {
			u.claimant = d.Outlet
			if u.claimant == "" {
				u.claimant = d.Byline
			}
		}
		sp := s.Span // a wire dateline is a zone of its own, not read
		if m := creditedOutlet(d.Text[sp.Start:sp.End]); m != nil && sp.Start+m[0] > sp.Start {
			u.claimant = strings.TrimSpace(d.Text[sp.Start+m[2] : sp.Start+m[3]])
			u.claimantID = ""
			for _, mi := range mentionsIn(d, pipeline.Span{Start: sp.Start + m[2], End: sp.Start + m[3]}) {
				u.claimant, u.claimantID = d.Mentions[mi].Canonical, d.Mentions[mi].EntityID
				break
			}
			sp.End = sp.Start + m[0]
		}
		if u.claimantID == "" {
			u.claimantID = entityIDs[u.claimant]
		}
		var blocked []pipeline.Span
		overlapping = quotes.overlapping(sp, overlapping[:0])
		for _, qi := range overlapping {
			q := d.Quotes[qi]
			if q.Speaker == "" {
				// Quote marks around an unattributed assertion distance
				// the writer from it; around a name or a word they do not.
				if quotesVerb(d, q.Content) {
					u.hedged, u.quote = true, qi
				}
				continue
			}
			if ok, _ := quoteClaimable(d, q); !ok {
				continue
			}
			region := q.Content
			for _, o := range []pipeline.Span{q.Source, q.Cue, q.Addressee} {
				if !o.IsEmpty() && o.Overlaps(s.Span) {
					region.Start, region.End = min(region.Start, o.Start), max(region.End, o.End)
				}
			}
			blocked = append(blocked, region)
		}
		for _, part := range subtract(sp, blocked) {
			if framesQuote(d, part, blocked) || len(blocked) > 0 && adjunctOfReport(d, part) {
				continue
			}
			part = relativeAntecedent(d, part, blocked)
			p := u
			p.span = part
			f, mainEnd, ok := explicitFrame(d, part)
			if ok && mainEnd > 0 {
				// the main clause stays the article's own
				own := u
				own.span = pipeline.Span{Start: part.Start, End: mainEnd}
				out = append(out, own)
			}
			if ok {
				p.span, p.claimant, p.claimantID, p.quote = f.content, f.claimant, f.claimantID, -1
				p.reported, p.hedged = true, false
				switch {
				case denialCues[f.cue]:
					p.stance, p.cuePredicate = pipeline.StanceDenies, f.cue
				case disputeCues[f.cue]:
					p.stance = pipeline.StanceDisputes
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// framesQuote says whether a part only introduces the report that follows
// it ("That assessment contradicted [assertions by ... that ...]"): it
// ends where a report begins, on a verb or a linking word.
func framesQuote(d *pipeline.Doc, part pipeline.Span, blocked []pipeline.Span) bool {
	t := trim(d, part)
	adjacent := false
	for _, b := range blocked {
		if b.Start >= t.End && strings.TrimSpace(d.Text[t.End:b.Start]) == "" {
			adjacent = true
		}
	}
	toks := tokensIn(d, t)
	if !adjacent || len(toks) == 0 {
		return false
	}
	last := d.Tokens[toks[len(toks)-1]]
	switch strings.ToLower(last.Text) {
	case "that", "by", "of", "to":
		return true
	}
	return strings.HasPrefix(last.POS, "VB")
}

// quotesVerb says whether a quoted span holds a verb: more than a phrase
// the writer borrows ("has \"definitively determined\" it was not
// responsible" quotes two words, not an assertion).
func quotesVerb(d *pipeline.Doc, sp pipeline.Span) bool {
	toks := tokensIn(d, sp)
	for _, ti := range toks {
		t := d.Tokens[ti]
		if strings.HasPrefix(t.POS, "VB") && !auxiliaries[lemma(t.Text)] || isVerbToken(d, ti) && !auxiliaries[lemma(t.Text)] {
			if len(toks) <= 3 && (t.POS == "VBN" || t.POS == "VBG") {
				continue // a borrowed participle phrase
			}
			return true
		}
	}
	return false
}

// adjunctOfReport says whether a part left over beside a report is only an
// adjunct of the reporting clause ("in a speech before the concert began",
// "providing no further details"): it opens with a lower-case preposition
// or -ing form.
func adjunctOfReport(d *pipeline.Doc, part pipeline.Span) bool {
	toks := tokensIn(d, trim(d, part))
	if len(toks) == 0 {
		return false
	}
	t := d.Tokens[toks[0]]
	if r, _ := firstRune(t.Text); !unicode.IsLower(r) {
		return false
	}
	return t.POS == "IN" && !subordinators[strings.ToLower(t.Text)] || t.POS == "VBG"
}

// entityIDsByName maps the text and the canonical name of every mention to
// the EntityID of the first mention that has it.
func entityIDsByName(d *pipeline.Doc) map[string]string {
	ids := make(map[string]string, len(d.Mentions))
	for _, m := range d.Mentions {
		for _, name := range [2]string{m.Canonical, m.Text} {
			if _, seen := ids[name]; !seen && name != "" {
				ids[name] = m.EntityID
			}
		}
	}
	return ids
}

// quoteIndex finds the quotes whose content overlaps a span by binary
// search: the quotes sorted by content start, with the largest content end
// among each prefix.
type quoteIndex struct {
	byStart []int // quote indexes by content start
	maxEnd  []int // the largest content end of byStart[:i+1]
	quotes  []pipeline.Quote
}

func newQuoteIndex(d *pipeline.Doc) *quoteIndex {
	qi := &quoteIndex{byStart: make([]int, len(d.Quotes)), maxEnd: make([]int, len(d.Quotes)), quotes: d.Quotes}
	for i := range qi.byStart {
		qi.byStart[i] = i
	}
	sort.SliceStable(qi.byStart, func(a, b int) bool {
		return d.Quotes[qi.byStart[a]].Content.Start < d.Quotes[qi.byStart[b]].Content.Start
	})
	end := math.MinInt
	for k, i := range qi.byStart {
		end = max(end, d.Quotes[i].Content.End)
		qi.maxEnd[k] = end
	}
	return qi
}

// overlapping appends to buf the indexes, in increasing order, of the
// quotes whose content overlaps sp.
func (qi *quoteIndex) overlapping(sp pipeline.Span, buf []int) []int {
	n := sort.Search(len(qi.byStart), func(k int) bool { return qi.quotes[qi.byStart[k]].Content.Start >= sp.End })
	from := len(buf)
	for k := n - 1; k >= 0 && qi.maxEnd[k] > sp.Start; k-- {
		if i := qi.byStart[k]; qi.quotes[i].Content.Overlaps(sp) {
			buf = append(buf, i)
		}
	}
	sort.Ints(buf[from:])
	return buf
}

// subtract returns the parts of sp outside every blocked span.
func subtract(sp pipeline.Span, blocked []pipeline.Span) []pipeline.Span {
	sort.Slice(blocked, func(i, j int) bool { return blocked[i].Start < blocked[j].Start })
	var out []pipeline.Span
	at := sp.Start
	for _, b := range blocked {
		if b.Start > at {
			out = append(out, pipeline.Span{Start: at, End: min(b.Start, sp.End)})
		}
		at = max(at, b.End)
	}
	if at < sp.End {
		out = append(out, pipeline.Span{Start: at, End: sp.End})
	}
	return out
}

// relativeAntecedent extends a part that begins with a relative clause
// (", which killed more than 80 people") back to the event noun phrase it
// describes, inside the blocked report before it ("a chemical gas attack in
// April ..."): the article asserts that event itself.
func relativeAntecedent(d *pipeline.Doc, part pipeline.Span, blocked []pipeline.Span) pipeline.Span {
	toks := tokensIn(d, part)
	i := 0
	for i < len(toks) && isPunct(d.Tokens[toks[i]].Text) {
		i++
	}
	if i >= len(toks) {
		return part
	}
	w := strings.ToLower(d.Tokens[toks[i]].Text)
	if w != "which" && w != "that" {
		return part
	}
	first := toks[0]
	for k := first - 1; k >= 0 && k > first-30; k-- {
		t := d.Tokens[k]
		if t.Sentence != d.Tokens[first].Sentence {
			break
		}
		if cls := eventClasses[nounLemma(t.Text)]; cls != "" && strings.HasPrefix(t.POS, "NN") {
			// walk left to the determiner of this noun phrase
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				p := d.Tokens[j].POS
				if p == "DT" {
					return pipeline.Span{Start: d.Tokens[j].Start, End: part.End}
				}
				if !strings.HasPrefix(p, "JJ") && !strings.HasPrefix(p, "NN") {
					break
				}
			}
			return pipeline.Span{Start: t.Start, End: part.End}
		}
	}
	return part
}

// tokensIn returns the indexes of the tokens inside sp.
//
// The indexes are consecutive, so the result is a window of a shared,
// read-only slice of 0, 1, 2, ... rather than a new slice per call (this
// function was the pipeline's largest allocator). Callers must not write to
// it; its capacity ends at its length, so an append copies.
func tokensIn(d *pipeline.Doc, sp pipeline.Span) []int {
	lo := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
	hi := lo
	for hi < len(d.Tokens) && d.Tokens[hi].End <= sp.End {
		hi++
	}
	if hi <= len(tokenIndexes) {
		return tokenIndexes[lo:hi:hi]
	}
	out := make([]int, hi-lo)
	for i := range out {
		out[i] = lo + i
	}
	return out
}

// tokenIndexes is 0, 1, 2, ... for tokensIn; never written after init.
var tokenIndexes = func() []int {
	idx := make([]int, 1<<16)
	for i := range idx {
		idx[i] = i
	}
	return idx
}()

// mentionsIn returns the indexes of the mentions inside sp.
func mentionsIn(d *pipeline.Doc, sp pipeline.Span) []int {
	var out []int
	lo, hi := d.MentionsStartingIn(sp)
	for i := lo; i < hi; i++ {
		if sp.Contains(d.Mentions[i].Span) {
			out = append(out, i)
		}
	}
	return out
}

func isPunct(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isVerbToken says whether a token is a verb. Title-case headlines defeat
// the tagger ("Renews" as NNP), so there an inflected form of a known verb
// lemma counts too.
func isVerbToken(d *pipeline.Doc, ti int) bool {
	t := d.Tokens[ti]
	if strings.HasPrefix(t.POS, "VB") || t.POS == "MD" {
		return true
	}
	if t.Sentence < 0 || t.Sentence >= len(d.Sentences) {
		return false
	}
	switch t.POS {
	case "DT", "IN", "CC", "CD", "TO", "POS", "WDT", "WP":
		return false
	}
	s := d.Sentences[t.Sentence]
	if z := s.Zone; !(z >= 0 && z < len(d.Zones) && d.Zones[z].Kind == pipeline.ZoneHeadline) && !headlineStyle(d.Text[s.Start:s.End]) {
		return false
	}
	if ti == s.FirstToken {
		return false // a headline opens with its subject
	}
	w := strings.TrimPrefix(strings.ToLower(t.Text), "re-")
	l := lemma(w)
	if !verbLemmas[l] {
		return false
	}
	if w != l {
		return true // "Renews", "retakes", "driven"
	}
	// A base form right after a plural subject: "Airstrikes kill".
	prev := ti - 1
	if prev > s.FirstToken && isPunct(d.Tokens[prev].Text) {
		prev-- // "troops 'recapture"
	}
	if prev < s.FirstToken {
		return false
	}
	p := d.Tokens[prev]
	return p.POS == "NNS" || p.POS == "NNPS" || p.POS == "NNP" && strings.HasSuffix(p.Text, "s")
}

// headlineStyle says whether a sentence is written as a headline: no
// closing punctuation.
func headlineStyle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := lastRune(s)
	return !strings.ContainsRune(".!?\"”'’…:", r)
}

// hasFiniteVerb says whether a span holds a tensed verb (or, in a
// headline, a recognisable verb form, or a participle: "Isis driven out").
func hasFiniteVerb(d *pipeline.Doc, sp pipeline.Span) bool {
	toks := tokensIn(d, sp)
	for k, ti := range toks {
		t := d.Tokens[ti]
		switch t.POS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VBN":
			// a passive or perfect, a headline's "Isis driven out", or a
			// past tense the tagger took for a participle ("strikes
			// killed 39"), but not a reduced relative ("troops backed by")
			byAgent := k+1 < len(toks) && strings.EqualFold(d.Tokens[toks[k+1]].Text, "by")
			if auxBefore(d, toks, k) || !byAgent && headlineStyle(d.Text[d.Sentences[t.Sentence].Start:d.Sentences[t.Sentence].End]) {
				return true
			}
			if k > 0 && !byAgent {
				p := d.Tokens[toks[k-1]].POS
				if strings.HasPrefix(p, "NN") || p == "PRP" {
					return true
				}
			}
		case "VB", "VBG":
		default:
			byAgent := k+1 < len(toks) && strings.EqualFold(d.Tokens[toks[k+1]].Text, "by")
			if isVerbToken(d, ti) && !byAgent && !strings.HasSuffix(strings.ToLower(t.Text), "ing") {
				return true
			}
		}
	}
	return false
}

// splitClauses cuts a unit into clauses: at ellipses and semicolons, before
// ", and" + a new subject, around subordinate clauses (because, while,
// although ...), and at "as" between two tensed clauses. Lead-ins that only
// frame a complement ("I wasn't even aware that ...") are dropped.
func splitClauses(d *pipeline.Doc, sp pipeline.Span) []pipeline.Span {
	var pieces []pipeline.Span
	start := sp.Start
	text := d.Text
	for i := sp.Start; i < sp.End; i++ {
		switch {
		case text[i] == ';':
			pieces = append(pieces, pipeline.Span{Start: start, End: i})
			start = i + 1
		case strings.HasPrefix(text[i:sp.End], "..."):
			pieces = append(pieces, pipeline.Span{Start: start, End: i})
			for i < sp.End && text[i] == '.' {
				i++
			}
			start = i
			i--
		case strings.HasPrefix(text[i:sp.End], "…"):
			pieces = append(pieces, pipeline.Span{Start: start, End: i})
			start = i + len("…")
		}
	}
	pieces = append(pieces, pipeline.Span{Start: start, End: sp.End})
	var out []pipeline.Span
	for _, p := range pieces {
		for _, c := range splitAtConnectives(d, trim(d, p)) {
			c = dropDangling(d, dropAppositive(d, dropLeadIn(d, trim(d, c))))
			if c.Len() > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// trim removes white space and separating punctuation at both ends, but
// keeps a closing period or quote mark.
func trim(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	for sp.Start < sp.End {
		r, n := firstRune(d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–' || r == '—' || r == '\u00a0' {
			sp.Start += n
			continue
		}
		break
	}
	for sp.End > sp.Start {
		r, n := lastRune(d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–' || r == '—' || r == '\u00a0' {
			sp.End -= n
			continue
		}
		break
	}
	return sp
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	rs := []rune(s[max(0, len(s)-4):])
	r := rs[len(rs)-1]
	if r == unicode.ReplacementChar && !strings.HasSuffix(s, string(unicode.ReplacementChar)) {
		return rune(s[len(s)-1]), 1
	}
	return r, len(string(r))
}

// subjectStart says whether the token can open a new clause's subject.
func subjectStart(pos string) bool {
	switch pos {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "EX", "CD", "JJ":
		return true
	}
	return false
}

// finiteAfter says whether a tensed verb occurs in toks[from:].
func finiteAfter(d *pipeline.Doc, toks []int, from int) bool {
	for _, ti := range toks[min(from, len(toks)):] {
		switch d.Tokens[ti].POS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// splitAtConnectives applies the clause-level cuts inside one piece.
func splitAtConnectives(d *pipeline.Doc, sp pipeline.Span) []pipeline.Span {
	toks := tokensIn(d, sp)
	if len(toks) == 0 {
		return []pipeline.Span{sp}
	}
	low := func(k int) string { return strings.ToLower(d.Tokens[toks[k]].Text) }
	// A piece that opens with a subordinator: drop it and end the
	// subordinate clause at the first comma that is followed by a new
	// clause.
	k := 0
	for k < len(toks) && (subordinators[low(k)] || low(k) == "even" && k+1 < len(toks) && low(k+1) == "if" || low(k) == "if" && k > 0) {
		k++
	}
	if k > 0 && k < len(toks) {
		rest := pipeline.Span{Start: d.Tokens[toks[k]].Start, End: sp.End}
		for j := k + 1; j+1 < len(toks); j++ {
			if d.Tokens[toks[j]].Text == "," && subjectStart(d.Tokens[toks[j+1]].POS) && finiteAfter(d, toks, j+1) && finiteBetween(d, toks, k, j) {
				first := pipeline.Span{Start: rest.Start, End: d.Tokens[toks[j]].Start}
				second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
				return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
			}
		}
		return []pipeline.Span{rest}
	}
	for j := 1; j+1 < len(toks); j++ {
		w := low(j)
		prev := low(j - 1)
		switch {
		case w == "," && subordinators[low(j+1)]:
			first := pipeline.Span{Start: sp.Start, End: d.Tokens[toks[j]].Start}
			second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
			return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
		case w == "and" && prev == "," && j+1 < len(toks) && subjectStart(d.Tokens[toks[j+1]].POS) && finiteAfter(d, toks, j+1) && finiteBetween(d, toks, 0, j):
			first := pipeline.Span{Start: sp.Start, End: d.Tokens[toks[j-1]].Start}
			second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
			return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
		case w == "as" && prev != "," && !comparativeAs(toks, j, low) && j >= 5 && len(toks)-j > 5 && clauseOpener(d.Tokens[toks[j+1]].POS) && finiteBetween(d, toks, 0, j) && finiteAfter(d, toks, j+1):
			first := pipeline.Span{Start: sp.Start, End: d.Tokens[toks[j]].Start}
			second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
			return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
		}
	}
	return []pipeline.Span{sp}
}

// comparativeAs says whether the "as" at j is part of a comparison or a
// list ("such as", "as soon as", "the same situation as"), not a clause
// connective.
func comparativeAs(toks []int, j int, low func(int) string) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch low(k) {
		case "such", "same", "as", "so":
			return true
		}
	}
	return false
}

func clauseOpener(pos string) bool {
	switch pos {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "EX":
		return true
	}
	return false
}

// finiteBetween says whether a tensed verb occurs in toks[from:to].
func finiteBetween(d *pipeline.Doc, toks []int, from, to int) bool {
	for _, ti := range toks[from:min(to, len(toks))] {
		if p := d.Tokens[ti].POS; strings.HasPrefix(p, "VB") || p == "MD" {
			return true
		}
	}
	return false
}

// leadIn matches openings that only frame the claim that follows:
// "I wasn't even aware that", "Unfortunate that", "good to see".
var leadIn = regexp.MustCompile(`^(?:(?:I|We|we)\b[^.]{0,40}?\b(?:aware|know|knew|think|thought|believe|hear|heard|read|note)\s*,?\s+that\s+|[A-Z]?[a-z]+\s+that\s+|[A-Za-z]+\s+to\s+(?:see|hear|know|learn)\s+)`)

func dropLeadIn(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	if m := leadIn.FindStringIndex(d.Text[sp.Start:sp.End]); m != nil {
		first := strings.Fields(d.Text[sp.Start:sp.End])
		// "[Adjective] that" only: a noun or verb before "that" is content.
		if len(first) > 1 && strings.EqualFold(first[1], "that") {
			toks := tokensIn(d, sp)
			if len(toks) == 0 {
				return sp
			}
			switch p := d.Tokens[toks[0]].POS; {
			case strings.HasPrefix(p, "JJ"), strings.HasPrefix(p, "RB"), p == "NNP" && lemma(first[0]) == strings.ToLower(first[0]) && !verbLemmas[strings.ToLower(first[0])]:
			default:
				return sp
			}
		}
		return pipeline.Span{Start: sp.Start + m[1], End: sp.End}
	}
	return sp
}

// danglingWords end a piece cut before the clause they open ("The jury
// did not elaborate, but", "the departments which").
var danglingWords = setOf(`and but or which who whom whose that while`)

// dropDangling removes a conjunction or relative word left at the end of
// a clause, with the comma before it.
func dropDangling(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	toks := tokensIn(d, sp)
	if len(toks) < 2 {
		return sp
	}
	last := d.Tokens[toks[len(toks)-1]]
	if !danglingWords[strings.ToLower(last.Text)] {
		return sp
	}
	return trim(d, pipeline.Span{Start: sp.Start, End: last.Start})
}

// dropAppositive cuts a long descriptive noun phrase that closes a clause
// (", a city of particular importance because of ..."): background, not
// the assertion. It must run to the end without a comma or a tensed verb.
func dropAppositive(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	toks := tokensIn(d, sp)
	for k := 1; k+1 < len(toks); k++ {
		if d.Tokens[toks[k]].Text != "," {
			continue
		}
		w := strings.ToLower(d.Tokens[toks[k+1]].Text)
		if w != "a" && w != "an" || len(toks)-k < 9 || !strings.HasPrefix(d.Tokens[toks[k-1]].POS, "NNP") {
			continue
		}
		rest := toks[k+1:]
		clean := true
		for _, ti := range rest {
			t := d.Tokens[ti]
			if t.Text == "," || t.Text == ";" || t.POS == "VBD" || t.POS == "VBZ" || t.POS == "VBP" || t.POS == "MD" {
				clean = false
				break
			}
		}
		if clean && finiteBetween(d, toks, 0, k) {
			return pipeline.Span{Start: sp.Start, End: d.Tokens[toks[k]].Start}
		}
	}
	return sp
}

// buildClaim fills every field of one claim.
func buildClaim(d *pipeline.Doc, cl pipeline.Span, u unit) pipeline.Claim {
	c := pipeline.Claim{
		Span:             cl,
		Text:             d.Text[cl.Start:cl.End],
		Claimant:         u.claimant,
		ClaimantEntityID: u.claimantID,
		Quote:            u.quote,
		Hedged:           u.hedged || hedged(c0(d, cl)),
		Stance:           u.stance,
	}
	lo, hi := d.QuantitiesStartingIn(cl)
	for qi := lo; qi < hi; qi++ {
		if cl.Contains(d.Quantities[qi].Span) {
			c.Quantities = append(c.Quantities, qi)
		}
	}
	seen := map[string]bool{}
	for _, mi := range mentionsIn(d, cl) {
		id := d.Mentions[mi].EntityID
		if id != "" && !seen[id] {
			seen[id] = true
			c.EntityIDs = append(c.EntityIDs, id)
		}
	}
	a := analyze(d, cl, u.quote, u.claimantID)
	c.Predicate = a.predicate
	if c.Predicate == "" && u.verbless {
		c.Predicate = u.cuePredicate
	}
	c.SubjectEntityID, c.ObjectEntityID, c.PlaceEntityID = a.subject, a.object, a.place
	c.Time = claimTime(d, cl)
	if c.Stance == pipeline.StanceAsserts {
		z := d.ZoneAt(cl.Start)
		toks := tokensIn(d, cl)
		switch {
		case a.predicate != "" && denialCues[a.predicate] && rebutsClaim(d, toks, a.mainAt):
			c.Stance = pipeline.StanceDenies
		case a.predicate != "" && disputeCues[a.predicate] && rebutsClaim(d, toks, a.mainAt):
			c.Stance = pipeline.StanceDisputes
		case disputeVerb(d, toks):
			c.Stance = pipeline.StanceDisputes
		case z >= 0 && d.Zones[z].Kind == pipeline.ZoneComment && a.negated:
			// A negated assertion in a reader comment rebuts the thread.
			c.Stance = pipeline.StanceDisputes
		case falsity(d, toks) && reportsSpeech(d, toks):
			c.Stance = pipeline.StanceDisputes // "what she said about Trump is wrong"
		case falsity(d, toks):
			c.Stance = pipeline.StanceDenies // "they are all false"
		case u.reported && u.claimant != "" && (a.negated || copulaNegated(d, toks, a.mainAt)) && a.predicate != "" && !mentalVerbs[a.predicate] && !a.irrealis:
			// A source saying something did not happen or is not so:
			// "she never sent the questions", "it was not responsible".
			c.Stance = pipeline.StanceDenies
		}
	}
	return c
}

// claimTime returns the ISO date of the claim: a date quantity inside it,
// else a weekday ("on Saturday") or "today"/"yesterday" resolved against
// the publication date.
func claimTime(d *pipeline.Doc, cl pipeline.Span) string {
	lo, hi := d.QuantitiesStartingIn(cl)
	for _, q := range d.Quantities[lo:hi] {
		if !cl.Contains(q.Span) || q.Kind != pipeline.KindDate {
			continue
		}
		if q.Resolved != "" {
			return q.Resolved
		}
		if q.Normalized != "" && !strings.Contains(q.Normalized, "X") {
			return q.Normalized
		}
	}
	pub, err := time.Parse("2006-01-02", d.Published)
	if err != nil {
		return ""
	}
	for _, ti := range tokensIn(d, cl) {
		w := strings.ToLower(d.Tokens[ti].Text)
		if wd, ok := weekdays[w]; ok {
			back := (int(pub.Weekday()) - wd + 7) % 7
			return pub.AddDate(0, 0, -back).Format("2006-01-02")
		}
		switch w {
		case "today":
			return pub.Format("2006-01-02")
		case "yesterday":
			return pub.AddDate(0, 0, -1).Format("2006-01-02")
		}
	}
	return ""
}

// lastWord returns the last word of s, lower-cased ("rumors" of "the
// rumors").
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// speaksForEmbedded says whether the speaker of a quote is the claimant of
// a quote embedded in it, whose source names no one and is no entity:
// "people say", "critics question", "polls show", "who tell me", an
// unresolved "they report". Such a report is part of what the outer
// speaker says ("I've known bosses who tell you they will raise pay
// and then cut it"); a source that names someone
// ("Russia's defense ministry says" in a correspondent's report) is the
// claimant of what it says. The claim nouns embedded in a denial
// ("rejected rumors that ...") keep their own reading in quoteUnits.
func speaksForEmbedded(d *pipeline.Doc, outer, inner pipeline.Quote) bool {
	if outer.Speaker == "" || inner.SpeakerEntityID != "" || inner.Content == outer.Content || namesSomeone(d, tokensIn(d, inner.Source)) {
		return false
	}
	if l := cueLemma(d, outer); (denialCues[l] || disputeCues[l]) && claimNouns[lastWord(inner.Speaker)] {
		return false
	}
	ok, _ := quoteClaimable(d, outer)
	return ok
}

// namesSomeone says whether a source holds a name: a proper noun, or a
// capital past its first word ("the U.S.-led coalition"); "People",
// "Some 55 percent of voters" and "His aides" name no one.
func namesSomeone(d *pipeline.Doc, toks []int) bool {
	for k, ti := range toks {
		t := d.Tokens[ti]
		if strings.HasPrefix(t.POS, "NNP") || k > 0 && strings.IndexFunc(t.Text, unicode.IsUpper) >= 0 {
			return true
		}
	}
	return false
}
