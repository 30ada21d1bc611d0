package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Where a reported content ends. The sentence holds more than the report:
// a trailing ", X said" or ", according to X", a second clause with an
// attribution of its own (", but officials said …") and a ", which/who"
// gloss are cut off, while a relative clause inside the subject ("the
// bill, which X drafted, would …") and a quotation running on past the
// sentence end stay in.

// contentBeforeEnd returns the byte end of a content that precedes a
// source starting at token s: before the comma, or including a closing
// mark that follows a comma ("the “appropriate time,” the statement said").
func contentBeforeEnd(p *para, lo, s int) (int, bool) {
	if s-1 < lo {
		return 0, false
	}
	prev := p.toks[s-1]
	switch {
	case prev.text == ",":
		if s-2 < lo {
			return 0, false
		}
		return p.toks[s-2].end, true
	case prev.kind == 'q' && s-2 >= lo && p.toks[s-2].text == ",":
		return prev.end, true
	}
	return 0, false
}

// contentAfter returns the content span starting at token a, ending at the
// region end or where a trailing attribution or gloss begins.
func (x *extraction) contentAfter(p *para, a, lo, hi int, nominal bool) (pipeline.Span, bool) {
	limit := x.trailingAttribution(p, lo, hi)
	if limit < 0 || limit < a {
		limit = hi
	}
	e := a
	for ; e < limit; e++ {
		t := p.toks[e]
		if t.text == ";" || t.text == "--" {
			break
		}
		if t.text == "," {
			if nominal {
				break
			}
			// "he has “expanded the party,” claiming …": the comma inside
			// a closing mark ends the clause as one outside it does
			next := e + 1
			if next+1 < limit && p.toks[next].kind == 'q' && p.closesAt(p.toks[next].start) {
				next++
			}
			if next < limit {
				n := p.toks[next].lower
				if contentStops[n] {
					// "the bill, which Smith drafted, would …": a relative
					// clause inside the subject; its closing comma is
					// followed by the subject's verb
					if k := relativeInSubject(x, p, e+1, limit); k > 0 && !x.hasFiniteVerb(p, lastThat(p, a, e), e) {
						e = k
						continue
					}
					break
				}
				if n == "according" || x.attributedClauseAt(p, next, limit) {
					break
				}
				if f, ok := cueForms[n]; ok && f.gerund || evaluativeCues[n] && strings.HasSuffix(n, "ing") {
					break // "…, adding …", "…, calling him “…”": its own attribution
				}
			}
		}
		// "refused to comment and said …", "declined to say who but said
		// …": a coordinated reporting verb opens its own attribution
		if (t.lower == "and" || t.lower == "but") && e+1 < limit {
			if _, ok := x.verbCue(p, e+1); ok && !cueForms[p.toks[e+1].lower].gerund && !isCapitalized(p.toks[e+1].text) {
				break
			}
			// "…, criticizing the plan and calling for a ban": a second
			// reporting gerund opens its own attribution too
			if participialCues[p.toks[e+1].lower] || particleGerund(p, e+1) {
				break
			}
		}
	}
	for e > a && p.toks[e-1].kind == 'p' && p.toks[e-1].text != ")" {
		e--
	}
	if e <= a {
		return pipeline.Span{}, false
	}
	return pipeline.Span{Start: p.toks[a].start, End: p.closeFragment(p.toks[a].start, p.toks[e-1].end)}, true
}

// askedClauseAt reports whether the tokens from k open a clause of time
// whose verb is a passive "asked" ("when asked whether …", "after being
// pressed on …"): the circumstance of the report, which says when the
// source spoke, not what.
func askedClauseAt(p *para, k, limit int) bool {
	if !askedClauseOpeners[p.toks[k].lower] {
		return false
	}
	j := k + 1
	if j < limit && p.toks[j].lower == "being" {
		j++
	}
	return j < limit && askedParticiples[p.toks[j].lower]
}

// askedClauseOnly reports whether the words [lo, comma) before a
// source are one fronted clause of being asked ("When asked about the
// levy, the mayor said …", "After being pressed on whether …, Lee
// said …"): it says when the source spoke, not what, so it is no
// content of the cue. The participle must take a question or a topic
// (a wh-word, "whether", "if", "about", "on") or stand alone before the
// comma; "When asked, he declined, the aide said" holds a clause of its
// own and stays a content.
func askedClauseOnly(p *para, lo, comma int) bool {
	if !askedClauseAt(p, lo, comma) {
		return false
	}
	j := lo + 1
	if p.toks[j].lower == "being" {
		j++
	}
	if j+1 == comma {
		return true
	}
	return j+1 < comma && askedComplements[p.toks[j+1].lower]
}

// askedComplements open what a source was asked.
var askedComplements = set("about", "on", "whether", "if", "why", "how", "what", "when", "where", "who", "which")

// askedClauseOpeners open a clause of time; askedParticiples are the
// passive participles of being asked.
var (
	askedClauseOpeners = set("when", "after", "before", "while")
	askedParticiples   = set("asked", "pressed", "questioned", "quizzed", "challenged")
)

// closeFragment returns the end of a content [s, e), moved to the closing
// mark of a quoted fragment that opens inside it and closes after it: a
// quotation runs on over sentence ends and commas ("X said the debate “was
// close. And I think …”"), and its words are all reported.
func (p *para) closeFragment(s, e int) int {
	for mi, m := range p.marks {
		if p.direct[mi] || m.parent >= 0 || !m.closed || !m.double {
			continue
		}
		if m.open >= s && m.open < e && m.closeEnd > e {
			e = m.closeEnd
		}
	}
	return e
}

// attributedClauseAt reports whether the tokens from k (after a comma)
// open a clause with its own attribution: "…, but officials said …",
// "…, and Stone vowed to …". The reported content ends before it.
func (x *extraction) attributedClauseAt(p *para, k, limit int) bool {
	if k < limit && clauseJoiners[p.toks[k].lower] {
		k++
	}
	for j := k + 1; j < limit && j <= k+5; j++ {
		t := p.toks[j]
		if t.kind != 'w' {
			return false
		}
		if f, ok := cueForms[t.lower]; ok && !f.gerund && f.class != cueTailOnly && !isCapitalized(t.text) {
			// "…, she said, it breaks …" is an aside inside the content
			return j+1 >= limit || p.toks[j+1].text != ","
		}
	}
	return false
}

// clauseJoiners open a second clause after a comma.
var clauseJoiners = set("and", "but", "while", "though", "although", "whereas", "yet")

// relativeInSubject returns the index of the comma that closes a relative
// clause opening at token r when a finite verb follows that comma, or 0.
func relativeInSubject(x *extraction, p *para, r, limit int) int {
	switch p.toks[r].lower {
	case "which", "who", "whom", "whose":
	default:
		return 0
	}
	for k := r + 1; k+1 < limit && k < r+25; k++ {
		t := p.toks[k]
		if t.kind == 'q' || t.text == ";" || t.text == "." || t.text == "--" {
			return 0
		}
		if t.text != "," {
			continue
		}
		n := p.toks[k+1]
		if n.kind != 'w' || isCapitalized(n.text) {
			return 0
		}
		if tag := x.posTag(n.start); tag != "" {
			if tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
				return k
			}
			return 0
		}
		if finiteHeads[n.lower] {
			return k
		}
		return 0
	}
	return 0
}

// lastThat returns the token after the last "that" in [s,e), or s: the
// start of the innermost reported clause.
func lastThat(p *para, s, e int) int {
	for k := e - 1; k >= s; k-- {
		if p.toks[k].lower == "that" {
			return k + 1
		}
	}
	return s
}

// hasFiniteVerb reports whether tokens [s,e) hold a finite verb: then a
// relative clause after them follows an object, not the subject.
func (x *extraction) hasFiniteVerb(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		t := p.toks[k]
		if tag := x.posTag(t.start); tag != "" {
			if tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
				return true
			}
		} else if finiteHeads[t.lower] {
			return true
		}
	}
	return false
}

// finiteHeads open a predicate: after a relative clause closed by a comma
// they show that the clause sat inside the subject.
var finiteHeads = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
	"could", "should", "may", "might", "must", "shall", "does", "did", "do")

// trailingAttribution returns the token index where a final ", SOURCE CUE"
// or ", according to X" starts inside [lo,hi), or -1.
func (x *extraction) trailingAttribution(p *para, lo, hi int) int {
	for k := hi - 1; k > lo; k-- {
		t := p.toks[k]
		if t.lower == "according" && k+1 < hi && p.toks[k+1].lower == "to" && p.toks[k-1].text == "," {
			return k - 1
		}
		f, ok := cueForms[t.lower]
		if !ok || f.gerund || f.class == cueTailOnly {
			continue
		}
		s, e, ok := x.sourceLeft(p, lo, k)
		if !ok || !x.validSource(p, s, e, true) || !x.tailish(p, k+1, hi) || x.asideRest(p, k+1, hi) {
			continue // an aside ("…, he said, …") does not end the content
		}
		if _, ok := contentBeforeEnd(p, lo, s); ok {
			return s - 1
		}
	}
	return -1
}
