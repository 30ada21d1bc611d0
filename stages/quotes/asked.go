package quotes

import "github.com/newsclaims/newsclaims/pipeline"

// askedQuestion parses a question put to the speaker of the main clause,
// with the asker unnamed: "Asked whether he would back Lee, Stone said
// …", "When asked why he trailed, Ward said …". The question is
// reported by whoever asked it (an interviewer the text does not name):
// an indirect quote with no source and the cue "Asked", its content the
// question up to the comma that ends the phrase. Token i is "asked"; it
// opens the sentence, alone or after "when", "after", "if" or "once",
// and a question word follows it. The answer is the main clause's own
// attribution.
func (x *extraction) askedQuestion(p *para, pi, i, lo, hi int) (cand, bool) {
	var c cand
	if p.toks[i].lower != "asked" || i+2 >= hi || !questionOpeners[p.toks[i+1].lower] {
		return c, false
	}
	start := p.tokIndex(p.sentenceOf(p.toks[i].start)[0])
	switch {
	case i == start:
	case i == start+1 && askedOpeners[p.toks[start].lower]:
	default:
		return c, false
	}
	// the question ends at the first comma, before the main clause
	e := i + 2
	for e < hi && p.toks[e].text != "," && !isSentenceEnd(p.toks[e]) {
		e++
	}
	if e >= hi || p.toks[e].text != "," || e-(i+1) < 3 {
		return c, false
	}
	end := p.toks[e-1].end
	if e+1 < hi && p.toks[e+1].kind == 'q' {
		end = p.toks[e+1].end // "Asked if he is “realistic enough,” …"
	}
	c = cand{para: pi, parent: -1, copyFrom: -1, markIdx: -1, noSpeaker: true}
	c.q.Type = pipeline.QuoteIndirect
	c.q.Cue = x.span(p, i, i+1)
	c.q.Content = pipeline.Span{Start: p.toks[i+1].start, End: end}
	return c, true
}

// askedOpeners may open a sentence before "asked": "When asked whether …".
var askedOpeners = set("when", "after", "if", "once")
