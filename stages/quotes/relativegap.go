package quotes

// A cue inside a relative clause whose subject is the relative pronoun:
// "the levy, which inspectors said will lapse in May" reports the clause
// after the cue, which opens on its verb.

// relativeGapClause reports the end of the clause after a cue at a whose
// source [srcS, …) follows a relative pronoun ("which inspectors said
// will lapse", "a note that she said was penned"): the clause's subject
// is the pronoun, so the words after the cue open on a finite verb. The
// clause ends at the sentence's end or at a comma, a semicolon, a colon or
// a dash. "what he said were failures" is left out: its clause is most
// often the content of another report around it, which the annotated
// news attributes as a whole.
func relativeGapClause(p *para, lo, srcS, a, hi int) (int, bool) {
	if srcS-1 < lo || a >= hi || !gapRelatives[p.toks[srcS-1].lower] || !gapVerbs[p.toks[a].lower] {
		return 0, false
	}
	end := a + 1
	for end < hi && !isSentenceEnd(p.toks[end]) && p.toks[end].text != "," && p.toks[end].text != ";" && p.toks[end].text != ":" && !isDash(p.toks[end].text) {
		end++
	}
	if end-a < 2 {
		return 0, false
	}
	return end, true
}

// gapRelatives open a relative clause whose subject a cue's clause lacks.
var gapRelatives = set("which", "that")

// gapVerbs open a clause without its subject.
var gapVerbs = set("is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
	"should", "has", "have", "had")
