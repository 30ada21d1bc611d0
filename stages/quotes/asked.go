package quotes

import "github.com/newsclaims/newsclaims/pipeline"

// askedQuestion parses a question put to the speaker of the main clause,
// with the asker unnamed: "Asked whether he would back Lee, Stone said
// …", "When asked why he trailed, Ward said …", "“Not now,” Lee said
// when asked if she would run.", "Lee was asked what the levy would
// cost." The question is reported by whoever asked it (an interviewer
// the text does not name): an indirect quote with no source and the cue
// "Asked", its content the question up to the comma or the sentence end
// that ends the phrase. Token i is "asked" and a question word follows
// it, or "about" and a topic ("Asked about the levy, Lee said …", the cue
// "Asked about" as annotated: a question on a topic is reported as one
// in a clause); it opens the sentence, follows "when", "after", "if" or
// "once", or is a passive after a form of "be" (an adverb between
// allowed: "was first asked"). The answer is the main clause's own
// attribution.
func (x *extraction) askedQuestion(p *para, pi, i, lo, hi int) (cand, bool) {
	var c cand
	if p.toks[i].lower != "asked" || i+2 >= hi {
		return c, false
	}
	// the content opens at the question word, or after "about" for a
	// question on a topic: "Asked about the levy, Lee said …"
	from, cueEnd := i+1, i+1
	switch {
	case questionOpeners[p.toks[i+1].lower]:
	case p.toks[i+1].lower == "about":
		from, cueEnd = i+2, i+2
	case askedGapOpeners[p.toks[i+1].lower] || isDate(p.toks[i+1]):
		// a short phrase between: "Asked on Monday whether …", "when
		// asked by a reporter if …"; the content opens at the question
		// word or at "about"
		if from = askedGapEnd(p, i, hi); from < 0 {
			return c, false
		}
	default:
		return c, false
	}
	start := p.tokIndex(p.sentenceOf(p.toks[i].start)[0])
	if i != start && !askedOpeners[p.toks[i-1].lower] && !x.passiveAsked(p, i, start) {
		return c, false
	}
	// the question ends at the first comma, before the main clause, or
	// with its sentence
	e := from + 1
	for e < hi && p.toks[e].text != "," && !isSentenceEnd(p.toks[e]) {
		e++
	}
	if e-from < 2 || e-(i+1) < 3 {
		return c, false
	}
	if e >= hi || (p.toks[e].text != "," && i == start) {
		return c, false // a fronted question needs the comma before its answer
	}
	end := p.toks[e-1].end
	if e+1 < hi && p.toks[e+1].kind == 'q' {
		// a quotation closing with the phrase: "Asked if he is “realistic
		// enough,” …", "… was asked whether it was “a theft.”"
		end = p.toks[e+1].end
	}
	content := pipeline.Span{Start: p.toks[from].start, End: end}
	if aS, aE, ok := x.askedAgent(p, i, from); ok {
		return report(pi, pipeline.QuoteIndirect, x.span(p, aS, aE), x.span(p, i, cueEnd), content), true
	}
	c = cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1, noSpeaker: true}
	c.q.Type = pipeline.QuoteIndirect
	c.q.Cue = x.span(p, i, cueEnd)
	c.q.Content = content
	return c, true
}

// askedGapEnd returns the index of the question word or "about" after a
// short phrase that follows "asked" at token i ("asked during a debate
// why …"), or -1 when none comes within a few words or a mark comes
// first. After "by" a "who" is the asker's relative, not the question.
func askedGapEnd(p *para, i, hi int) int {
	for k := i + 2; k < hi && k <= i+8; k++ {
		t := p.toks[k]
		if t.kind != 'w' {
			return -1
		}
		if (questionOpeners[t.lower] && !(t.lower == "who" && p.toks[i+1].lower == "by")) || t.lower == "about" {
			return k
		}
	}
	return -1
}

// askedAgent finds the asker named after "by" ("when asked by a reporter
// if …", the annotation's source): the words after "by" up to a
// preposition, a date or the question at token from.
func (x *extraction) askedAgent(p *para, i, from int) (int, int, bool) {
	if i+2 >= from || p.toks[i+1].lower != "by" {
		return 0, 0, false
	}
	e := i + 2
	for e < from && !askedGapOpeners[p.toks[e].lower] && !isDate(p.toks[e]) {
		e++
	}
	if e == i+2 {
		return 0, 0, false
	}
	_, _, quoted := p.region(p.toks[i].start)
	return i + 2, e, x.validSource(p, i+2, e, quoted)
}

// askedGapOpeners open a short phrase between "asked" and its question:
// a preposition of time, place or agent, or a time word.
var askedGapOpeners = set("in", "during", "on", "at", "by", "last", "this", "earlier", "later", "again", "repeatedly", "directly", "recently")

// passiveAsked reports whether "asked" at token i is a passive after a
// form of "be", with at most one adverb between: "was asked whether",
// "was first asked if". The one asked is the subject; the asker is
// unnamed.
func (x *extraction) passiveAsked(p *para, i, start int) bool {
	j := i - 1
	if j > start && (x.isAdverbTok(p.toks[j]) || timeAdverbs[p.toks[j].lower]) {
		j--
	}
	return j >= start && passiveBe[p.toks[j].lower]
}

// askedOpeners may come before "asked": "When asked whether …".
var askedOpeners = set("when", "after", "if", "once")

// timeAdverbs may stand between "was" and "asked" though the tagger
// reads some of them as adjectives: "was first asked", "was once asked".
var timeAdverbs = set("first", "once", "later", "then", "again", "also")

// passiveBe are the forms of "be" before a passive "asked".
var passiveBe = set("was", "were", "is", "are", "been", "being")
