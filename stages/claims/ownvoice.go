package claims

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Own-voice units: the parts of content sentences that no attribution
// covers are the article's own assertions (or a commenter's, in a comment
// zone), save a reporting frame the quotes layer missed, whose content is
// its source's.

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
// covers: the article's own assertions, or a commenter's in a comment zone,
// or, in an interview transcript, its speaker's (transcript.go).
func ownVoiceUnits(d *pipeline.Doc, turns []turn) []unit {
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
		if k := turnAt(turns, s.Start); k >= 0 {
			t := turns[k]
			if t.role == pipeline.TurnQuestion {
				continue // the interviewer's question and its premises
			}
			if t.claimant != "" {
				u.claimant, u.claimantID, u.reported = t.claimant, t.claimantID, true
			}
			sp = afterLabel(turns, sp)
		}
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
	switch lowerTok(d, toks[len(toks)-1]) {
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
	return t.POS == "IN" && !subordinators[lowerTok(d, toks[0])] || t.POS == "VBG"
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
	w := lowerTok(d, toks[i])
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
