package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Whether a phrase can be a source at all. The finders take the phrase
// next to a cue by its shape (sourceLeft, npRight and the like); each
// then asks validSource, which rejects what only looks like a subject:
// a run too long for a name and its appositive, a phrase opened by a
// preposition or a participle, the writer or the reader alone ("we",
// "you"; "I" too, but in a plain report of the writer's own, see
// ownVoiceReport), a lone determiner or weekday, a phrase holding a
// finite verb of its own (the cue came earlier).

// validSource reports whether tokens [s,e) can be a speaker.
func (x *extraction) validSource(p *para, s, e int, quoted bool) bool {
	n := e - s
	// a name with a long appositive runs to some 25 tokens ("Mark Stone,
	// a Dover grain dealer who had sat on the harbor board
	// until he left it last spring, said")
	if n <= 0 || n > 28 {
		return false
	}
	first := p.toks[s]
	if first.kind != 'w' {
		return false
	}
	if firstSecondPerson[first.lower] && n == 1 && !quoted && !(first.lower == "i" && x.ownVoiceReport(p, s)) {
		return false
	}
	// a verb contracted onto the first word: "he's" and "who'd" are a
	// pronoun source (cut to the pronoun later), "I'd" outside a
	// quotation the writer, "that's" and "there's" a clause of their own
	if finiteContraction(first.lower) {
		stem := contractionSubject(first.lower)
		if !(n == 1 && (personPronouns[stem] || thingPronouns[stem] || stem == "who" || quoted && firstSecondPerson[stem])) {
			return false
		}
	}
	// inside a quotation the speaker reporting their own words ("I'll
	// tell you what", "I said to him") is part of the quote, not another
	// attribution
	if n == 1 && quoted && (firstSecondPerson[first.lower] || finiteContraction(first.lower) && firstSecondPerson[contractionSubject(first.lower)]) {
		return false
	}
	if p.kind == pipeline.ZoneComment && firstSecondPerson[first.lower] {
		return false
	}
	if adverbialStarts[first.lower] && !isCapitalized(first.text) && !determiners[first.lower] && !opensWithQuantity(p, s, e) {
		return false
	}
	// "At least 2,000 said": a quantity, not a fronted phrase
	if first.lower == "at" && !opensWithQuantity(p, s, e) {
		return false
	}
	switch first.lower {
	case "in", "on", "for", "with", "from", "by", "during", "after", "before", "despite", "of", "to", "it's", "it’s", "there", "here", "let's", "let’s", "what",
		"based", "given", "compared", "following", "including", "regarding", "along", "among", "albeit",
		// an imperative, a question word or an interjection opens no
		// subject ("Let me say", "Please advise", "Why sit and talk"),
		// nor does "me" ("me saying that")
		"let", "please", "listen", "why", "me":
		return false
	}
	// ("Another said": one more of the people just described)
	if n == 1 && determiners[first.lower] && first.lower != "another" {
		return false
	}
	// "Based on provisional results declared": a participle opens a
	// phrase, not a source; a weekday alone is no one ("Sunday said")
	// ("said retired dentist Paul Ward": a participle before a
	// description and a name is an adjective of the source)
	if tag := x.posTag(first.start); (tag == "VBN" || tag == "VBG") && !titles[first.lower] && !(n >= 3 && x.wordsOnly(p, s, e) && isNameTok(p.toks[e-1]) && !isNameTok(p.toks[s+1])) {
		return false
	}
	if n == 1 && weekdayNames[first.lower] {
		return false
	}
	// a possessive alone owns the noun the cue was read from: "his
	// proposed plan" has no source "his"
	if n == 1 && ownerPronouns[first.lower] != "" {
		return false
	}
	if n == 1 && (first.lower == "that" || first.lower == "this" || clauseBoundaries[first.lower] && first.lower != "who") {
		return false
	}
	hasContent := false
	for k := s; k < e; k++ {
		t := p.toks[k]
		// "Dan Barber, who has served six terms", "Acme, which made
		// $3 million last year": a gloss
		if t.text == "," && k+1 < e && k > s && (p.toks[k+1].lower == "who" || p.toks[k+1].lower == "whose" || p.toks[k+1].lower == "which") {
			break
		}
		// ("the Dover Growers Guild which represents 900 farms": an
		// organisation's name and its gloss without the comma)
		if k > s && (t.lower == "who" || t.lower == "whose" || t.lower == "which" && isNameTok(p.toks[k-1])) {
			hasContent = true
			break // "One official who described the meeting": a restrictive clause
		}
		// "X, the founder of the Valley Trust that helps …": a
		// relative clause inside an appositive
		if t.lower == "that" && k-1 > s && hasComma(p, s, k-1) && (isNameTok(p.toks[k-1]) || strings.HasPrefix(x.posTag(p.toks[k-1].start), "NN")) {
			break
		}
		if t.kind == 'w' {
			hasContent = true
			switch t.lower {
			case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "do", "does", "did":
				// "said Will Doyle, a professor …": a capitalised modal before
				// a name is a first name, not the auxiliary (modals double as
				// given names; a capitalised "Is" or "Has" opens a question)
				if modalVerbs[t.lower] && t.text != t.lower && k+1 < e && isNameTok(p.toks[k+1]) {
					break
				}
				return false
			case "not":
				// "One delegate not on the slate, Ann Lee,": "not" and a
				// preposition after a noun modify it, no verb is negated
				if !(k > s && k+1 < e && strings.HasPrefix(x.posTag(p.toks[k-1].start), "NN") && x.posTag(p.toks[k+1].start) == "IN") {
					return false
				}
			}
			if tag := x.posTag(t.start); !isCapitalized(t.text) && (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" || tag == "VB" && k == s) &&
				!(tag == "VBD" && x.reducedRelative(p, s, k)) && !x.compoundNounInAppositive(p, s, k, e) {
				return false
			}
			if strings.Contains(t.lower, "n't") || strings.Contains(t.lower, "n’t") {
				return false
			}
			// "The board says the claims": a finite reporting verb inside
			// means the cue came earlier
			if f, ok := cueForms[t.lower]; ok && !f.gerund && !nominalCues[t.lower] && !isCapitalized(t.text) && k > s &&
				(t.lower == "said" || t.lower == "says" || t.lower == "told" || t.lower == "tells") {
				return false
			}
		}
	}
	return hasContent
}

// reducedRelative reports whether the past form at token k of a source
// starting at s is a participle after a noun inside an appositive, which
// the tagger often reads as a past tense: "Rita Vance, the founder of
// a group called Save Harbor Park", "a lawyer based in Dover". Before the comma it
// stays a verb ("Officials feared the worst").
func (x *extraction) reducedRelative(p *para, s, k int) bool {
	if k-1 <= s || !strings.HasSuffix(p.toks[k].lower, "ed") || !strings.HasPrefix(x.posTag(p.toks[k-1].start), "NN") {
		return false
	}
	return hasComma(p, s, k-1)
}

// compoundNounInAppositive reports whether the present form at token k
// of a source [s,e) is a noun inside a compound of an appositive, which
// the tagger reads as a verb: "Ann Lee, deputy homeland security
// advisor", "a harbor board member". Between a modifier and a noun, after
// the appositive's comma, no finite verb stands.
func (x *extraction) compoundNounInAppositive(p *para, s, k, e int) bool {
	if k-1 <= s || k+1 >= e || !hasComma(p, s, k-1) {
		return false
	}
	switch x.posTag(p.toks[k].start) {
	case "VBP", "VBZ":
	default:
		return false
	}
	before, after := x.posTag(p.toks[k-1].start), x.posTag(p.toks[k+1].start)
	return (before == "JJ" || strings.HasPrefix(before, "NN")) && p.toks[k-1].kind == 'w' && strings.HasPrefix(after, "NN")
}

// participlePhrase reports whether tokens from s open a participle
// phrase, a participle followed by a preposition or the "to" of a
// complement ("referring to the Islamic State", "saying in a post on
// Twitter"): a clause of its own, never a source, though it may end on a
// name. A participle before a noun is an adjective of the source
// ("retired dentist Paul Ward"). The tagger reads a gerund right after a
// quotation's closing mark as a noun ("“…,” writing in the Gazette:"),
// so a lower-case word in -ing counts too.
func (x *extraction) participlePhrase(p *para, s int) bool {
	if s+1 >= len(p.toks) {
		return false
	}
	first := p.toks[s]
	switch x.posTag(first.start) {
	case "VBG", "VBN":
	default:
		if isCapitalized(first.text) || len(first.lower) < 5 || !strings.HasSuffix(first.lower, "ing") {
			return false
		}
	}
	switch x.posTag(p.toks[s+1].start) {
	case "IN", "TO":
		return true
	}
	return false
}

// finiteTag reports whether the tagger reads token t as a finite verb or
// a modal.
func (x *extraction) finiteTag(t token) bool {
	switch x.posTag(t.start) {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// ownVoiceReport reports whether the first-person pronoun at token s
// opens a plain report in the writer's own voice ("I told the clerk that
// the pier would close", an op-ed's or an interview answer's "I said"):
// the pronoun's sentence holds no quotation mark, paired or left alone.
// The annotation gives such reports the pronoun for source (about nine
// in ten outside quotation marks; inside them, none). Inside a
// transcript's labelled turn the "I" is the labelled speaker's. A narrator's quotations ("“…,” I said") are left
// as they were: in memoirs they run over paragraphs of dialogue whose
// turns the carry of one tail to the next quotation does not follow.
func (x *extraction) ownVoiceReport(p *para, s int) bool {
	off := p.toks[s].start
	for _, c := range x.cands {
		// a transcript's labelled turn or an excerpt: the "I" is the
		// labelled speaker's, inside their words
		if c.q.Unmarked && c.q.Type == pipeline.QuoteDirect && off >= c.q.Content.Start && off < c.q.Content.End {
			return false
		}
	}
	sent := p.sentenceOf(off)
	for _, m := range p.marks {
		if m.open < sent[1] && m.closeEnd > sent[0] {
			return false
		}
	}
	return !strings.ContainsAny(x.text[sent[0]:sent[1]], "“”\"") && !strings.Contains(x.text[sent[0]:sent[1]], "''")
}
