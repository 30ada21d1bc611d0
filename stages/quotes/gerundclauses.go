package quotes

import "strings"

// Two places where a reporting gerund follows its main clause without the
// comma that participialSource (participle.go) looks for: in a clause of
// time ("made new gaffes after telling her aides C", and fronted, "After
// saying C, the man …"), and after the "and" that closes a first gerund
// phrase ("…, painting others as weak and suggesting C"). Both report for
// the main clause's subject.

// timeClauseOpener returns the index of the "after", "before", "while" or
// "when" right before the gerund at token i (past adverbs: "while also
// suggesting"), or -1.
func (x *extraction) timeClauseOpener(p *para, lo, i int) int {
	k := i - 1
	for k > lo && x.isAdverbTok(p.toks[k]) {
		k--
	}
	switch p.toks[k].lower {
	case "after", "before", "while", "when":
		return k
	}
	return -1
}

// gerundPhraseBefore returns the comma that opens the gerund phrase which
// the "and" at token and closes: ", painting others as weak and": a comma
// and a gerund, then no other comma, clause word or sentence end.
func (x *extraction) gerundPhraseBefore(p *para, lo, and int) (int, bool) {
	for k := and - 1; k > lo; k-- {
		t := p.toks[k]
		if t.kind == 'q' || isSentenceEnd(t) || t.text == ";" || relativeOrSubordinate(t) {
			return 0, false
		}
		if t.text == "," {
			g := p.toks[k+1]
			tag := x.posTag(g.start) // "" in untagged text
			return k, k+1 < and && g.kind == 'w' && strings.HasSuffix(g.lower, "ing") && (tag == "VBG" || tag == "")
		}
	}
	return 0, false
}
