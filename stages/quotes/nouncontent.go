package quotes

// When a verb reports a noun phrase rather than a clause: a
// characterisation through "as" ("described the town as beset by
// crime"), a determined noun phrase after "describe", a verb that mostly
// tells of an act negated into a refusal to speak ("did not mention the
// levy"), an owner's name in place of a determiner ("noted Ward's
// record"), and a story told ("told a tale of two towns").

import "strings"

// asCharacterization reports whether a report's content gives its object
// a quality through "as": "described the town as beset by crime",
// "portrayed him as weak" (an object of one to four words, then "as" and
// more words). What the speaker called the object is the speaker's
// characterization, as a quotation is; "described the plan in detail"
// and "defended the plan" tell of an act.
func (x *extraction) asCharacterization(c cand) bool {
	words := strings.Fields(x.text[c.q.Content.Start:c.q.Content.End])
	if len(words) == 0 || whOpeners[strings.ToLower(words[0])] {
		return false // "described how the bridge fell as the storm hit"
	}
	for k := 1; k < len(words)-1 && k <= 4; k++ {
		if strings.ToLower(words[k]) == "as" {
			return true
		}
		if strings.ContainsAny(words[k-1], ",;:") {
			return false
		}
	}
	return false
}

// describedNoun reports whether a "describe" report has a noun phrase
// opened by a determiner or a possessive as its content ("described the
// dire state of the race", "described their struggles"): an account in
// the speaker's words, annotated in the 9 finite uses of the shape on
// half A of the training split. "defend" and "attack" (14 of 23) stay
// acts there.
// A content holding a name in double marks ("described the “Pearl”
// hotel") is left to the quotation rules, which read it as a naming.
func (x *extraction) describedNoun(c cand, lemma string) bool {
	content := x.text[c.q.Content.Start:c.q.Content.End]
	words := strings.Fields(content)
	return lemma == "describe" && len(words) >= 2 && nounDeterminers[strings.ToLower(words[0])] && !strings.ContainsAny(content, "\"“”")
}

// ownerName reports whether tokens from a are a name of up to three
// words, a title before it allowed, ending in a possessive: "Mr. Ward's",
// "Nora Vance’s" (a determiner in effect: "noted Ward's long record").
func ownerName(p *para, a, hi int) bool {
	for k := a; k < hi && k < a+4; k++ {
		t := p.toks[k]
		if t.kind != 'w' || !isCapitalized(t.text) {
			return false
		}
		if strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s") {
			return k+1 < hi && p.toks[k+1].kind == 'w'
		}
	}
	return false
}

// declinedSpeech reports whether the verb at token i, negated, tells of a
// refusal to speak about the noun phrase after it (a at the word after
// the verb): "did not mention Stone by name", "has not yet responded to
// the letter", "didn’t respond to a request for comment". Negated, these
// are annotated as reports in 26 of their 35 uses in half A of the
// training split, as "declined to comment" is. Unnegated, "responded to"
// is an act as often as a report, and "mentioned" reports only a noun
// phrase opened by a determiner (determinedNounVerbs).
func declinedSpeech(p *para, lo, i, a, hi int, lemma string) bool {
	if lemma != "mention" && lemma != "respond" {
		return false
	}
	if lemma == "respond" && (a >= hi || p.toks[a].lower != "to") {
		return false
	}
	if k := a; lemma == "respond" {
		k++
		if k >= hi || p.toks[k].kind != 'w' || isSentenceEnd(p.toks[k]) {
			return false
		}
	} else if a >= hi || p.toks[a].kind != 'w' || p.toks[a].lower == "that" || whOpeners[p.toks[a].lower] {
		return false // "did not mention that …" and "… how" are read already
	}
	for k := i - 1; k >= lo && k >= i-3; k-- {
		w := p.toks[k].lower
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if !negationAdverbs[w] {
			return false
		}
	}
	return false
}

// negationStart returns the first token of the negated verb group before
// token i: the auxiliary before "not" ("did not", "has not yet"), or a
// contracted or bare negation ("didn’t", "never").
func negationStart(p *para, lo, i int) int {
	k := i - 1
	for k > lo && negationAdverbs[p.toks[k].lower] {
		k--
	}
	if p.toks[k].lower == "not" && k > lo && contentAux[p.toks[k-1].lower] {
		k--
	}
	return k
}

// negationAdverbs may stand between a negation and its verb: "did not
// yet respond", "has not publicly mentioned".
var negationAdverbs = set("yet", "immediately", "specifically", "directly", "once", "publicly", "even", "explicitly")

// toldStory reports whether the words from a, right after a form of
// "tell" with no one told, are a story it tells: a determiner and up to
// three words, then "story" or "tale" ("told a tale of two parties",
// "tells a much different story"). What a story tells is a report, as
// the annotation has it in the finite uses of the shape on half A of
// the training split.
func (x *extraction) toldStory(p *para, a, hi int) bool {
	if a >= hi || !nounDeterminers[p.toks[a].lower] {
		return false
	}
	for k := a + 1; k < hi && k <= a+4 && p.toks[k].kind == 'w'; k++ {
		switch p.toks[k].lower {
		case "story", "tale", "stories", "tales":
			// "told a reporter the story was false": the story
			// is a clause's subject
			return !(k+1 < hi && x.finiteVerbAt(p, a, k+1))
		}
		if nounDeterminers[p.toks[k].lower] {
			return false // "told a reporter the story …": someone told first
		}
	}
	return false
}
