package quotes

import (
	"github.com/newsclaims/newsclaims/pipeline"
)

// affiliationPrepositions link a speaker to the body they speak for:
// "a spokesman for the State Department", "David Sandalow of Columbia
// University", "an analyst at Capital Economics".
var affiliationPrepositions = set("of", "for", "at", "with", "from")

// affiliation finds the organisation or place a source names for its
// speaker: a capitalised phrase after an affiliation preposition that
// follows the speaker's name or title ("John Kirby, a spokesman for the
// State Department" -> "State Department"), up to a comma, a relative
// pronoun or the end of the source; else an organisation that possesses
// the name ("NPR's Alice Fordham" -> "NPR"). Its entity is the mention it
// holds, else one whose canonical name it is.
func (x *extraction) affiliation(src pipeline.Span) (pipeline.Span, string) {
	if src.IsEmpty() {
		return pipeline.Span{}, ""
	}
	toks := tokenize(x.text, src.Start, src.End)
	for k := 1; k+1 < len(toks); k++ {
		if !affiliationPrepositions[toks[k].lower] || isCapitalized(toks[k].text) {
			continue
		}
		// a relative clause before the preposition is the speaker's
		// history, not an affiliation ("who served as the county's treasurer")
		if x.relativeBefore(toks, k) {
			break
		}
		s := k + 1
		for s < len(toks) && determiners[toks[s].lower] {
			s++
		}
		e := s
		// capitalised words, and the small words inside a name when a
		// capitalised word follows ("Center on Global Energy Policy")
		for e < len(toks) && toks[e].kind == 'w' && (isCapitalized(toks[e].text) ||
			(isConnector(toks[e]) || nameInnerWords[toks[e].lower]) && e+1 < len(toks) && isCapitalized(toks[e+1].text)) {
			e++
		}
		for e > s && isConnector(toks[e-1]) {
			e--
		}
		if e == s || !isCapitalized(toks[s].text) {
			continue
		}
		span := pipeline.Span{Start: toks[s].start, End: toks[e-1].end}
		return span, x.affiliationEntity(span)
	}
	// "NPR's Alice Fordham": an organisation before the name owns it. Only
	// mentions starting inside the source are looked at (binary search):
	// scanning them all for every quote was quadratic in a long document.
	lo, hi := x.d.MentionsStartingIn(src)
	for i := lo; i < hi; i++ {
		m := &x.d.Mentions[i]
		if src.Contains(m.Span) && m.Label == pipeline.LabelOrg && isPossessor(x.text, m.Span) && m.Start == src.Start {
			return m.Span, m.EntityID
		}
	}
	return pipeline.Span{}, ""
}

// nameInnerWords join the words of an organisation's name.
var nameInnerWords = set("on", "in", "the", "to")

// relativeBefore reports whether a relative pronoun comes before token k.
func (x *extraction) relativeBefore(toks []token, k int) bool {
	for j := 1; j < k; j++ {
		if relativePronouns[toks[j].lower] || toks[j].lower == "which" {
			return true
		}
	}
	return false
}

// affiliationEntity is the entity of an affiliation span: the first
// organisation, else place, mentioned inside it, else the entity whose
// canonical name it is.
func (x *extraction) affiliationEntity(span pipeline.Span) string {
	return x.namedEntity(span, false)
}

// namedEntity is the entity a span names: the first organisation (or,
// with persons, the first organisation or person) mentioned inside it,
// else the first place, else the entity whose canonical name the span's
// text is. Affiliations take no person ("of Harbor Pilots"); relays do
// ("according to Ann Lee").
func (x *extraction) namedEntity(span pipeline.Span, persons bool) string {
	var place string
	lo, hi := x.d.MentionsStartingIn(span)
	for i := lo; i < hi; i++ {
		m := &x.d.Mentions[i]
		if !span.Contains(m.Span) {
			continue
		}
		switch {
		case m.Label == pipeline.LabelOrg, persons && m.Label == pipeline.LabelPerson:
			return m.EntityID
		case m.Label == pipeline.LabelGPE, m.Label == pipeline.LabelLoc, m.Label == pipeline.LabelFac:
			if place == "" {
				place = m.EntityID
			}
		}
	}
	if place != "" {
		return place
	}
	return x.entityFor(x.text[span.Start:span.End], "")
}
