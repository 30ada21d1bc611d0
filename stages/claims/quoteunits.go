package claims

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Quote units: what the quotes layer attributed becomes the claims of its
// speaker. A quote that only relays an embedded one gives way to it, a
// denial's cue gives the stance, and a quote without cue or source gives
// way to a frame its own sentence names.

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

// overlapsAny says whether sp overlaps a span of list.
func overlapsAny(sp pipeline.Span, list []pipeline.Span) bool {
	for _, o := range list {
		if sp.Overlaps(o) {
			return true
		}
	}
	return false
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
