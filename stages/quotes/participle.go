package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// participialCues are the gerunds that report speech after a main clause
// whose verb is not a reporting verb: "The ministry issued a statement,
// saying C", "Officials disputed that account, adding that C". Gerunds
// of other verbs ("chanting slogans") describe an action, not speech.
var participialCues = set("saying", "adding", "noting", "claiming", "arguing", "insisting",
	"warning", "stating", "asserting", "stressing",
	// annotated as cues in most of their uses in PolNeAR's training split
	"declaring", "explaining", "suggesting", "predicting", "recalling", "acknowledging",
	"admitting", "complaining", "boasting",
	// a noun content too ("resigned, citing health reasons")
	"citing",
	// at nine in ten or more of their uses after a comma in the training
	// split ("…, telling reporters he …", "…, urging voters to …")
	"telling", "urging", "announcing", "promising", "accusing", "praising", "criticizing",
	"blaming", "tweeting")

// vocalVerbs tell how words were voiced; they report only the quotation
// that follows them ("the crowd chanted “Send him home!”", "…, chanting
// “Vote Stone out”"): "chanting slogans" is an act.
var vocalVerbs = set("chant", "yell", "scream", "shout")

// vocalQuotation reports whether token i is a form of a vocal verb with a
// quotation right after it.
func vocalQuotation(p *para, i, hi int) bool {
	return vocalVerbs[cueForms[p.toks[i].lower].lemma] && i+2 < hi && p.toks[i+1].kind == 'q' && p.toks[i+2].kind == 'w'
}

// utteranceNouns name something that carries words: after one of them a
// reporting gerund needs no comma ("issued a statement saying C"); after
// any other noun ("a sign saying C") it only describes that noun.
var utteranceNouns = set("statement", "statements", "communique", "communiqué", "release",
	"letter", "message", "post", "tweet", "email", "e-mail", "report")

// irregularPast are frequent irregular past tenses: without tags they show
// a finite verb as the "-ed" ending does for regular ones.
var irregularPast = set("said", "told", "left", "took", "made", "gave", "went", "came", "met",
	"held", "sent", "put", "set", "cut", "hit", "led", "won", "lost", "saw", "found", "kept",
	"spent", "began", "ran", "rose", "fell", "fled", "fought", "broke", "brought", "built",
	"bought", "sold", "struck", "shot", "stood", "wrote", "spoke", "drove", "knew", "thought",
	"felt", "paid", "got", "became")

// participialSource returns the subject of the main clause that a
// reporting gerund at token i depends on: ", saying C" after "The ministry
// issued a statement on Monday" has the source "The ministry". The gerund
// must follow a comma or an utterance noun; the subject is found left of
// the first finite verb of the sentence that is not inside a subordinate
// or relative clause, with the usual source trimming.
func (x *extraction) participialSource(p *para, lo, i int, quoted bool) (int, int, bool) {
	if !participialCues[p.toks[i].lower] && !vocalQuotation(p, i, len(p.toks)) && !particleGerund(p, i) || i <= lo {
		return 0, 0, false
	}
	// "After saying C, the man …": a fronted clause of time
	if i-1 == lo && x.timeClauseOpener(p, lo, i) == lo {
		for c := i + 1; c < len(p.toks) && !isSentenceEnd(p.toks[c]) && p.toks[c].kind != 'q'; c++ {
			if p.toks[c].text == "," {
				return x.clauseSubject(p, c+1, len(p.toks), quoted)
			}
		}
		return 0, 0, false
	}
	if i-1 <= lo {
		return 0, 0, false
	}
	// "…, with 40 percent of residents saying C": the noun phrase after
	// "with" is the subject of the gerund
	for k := i - 1; k > lo && k >= i-10; k-- {
		t := p.toks[k]
		if t.kind == 'w' && t.lower == "with" {
			if k+1 < i && x.validSource(p, k+1, i, quoted) {
				return k + 1, i, true
			}
			break
		}
		if t.kind == 'q' || t.kind == 'p' && t.text != "%" && t.text != "-" {
			break
		}
	}
	// "responded by saying C", "began the speech by saying that C": the
	// manner of the main verb is a report by its subject
	if p.toks[i-1].lower == "by" {
		return x.clauseSubject(p, lo, i-1, quoted)
	}
	// "made new gaffes after telling her aides C", "… while also
	// suggesting that C": a gerund in a clause of time reports for the
	// main clause's subject
	if k := x.timeClauseOpener(p, lo, i); k > lo {
		// ("… of Lee telling one aide to leave, while telling another
		// …": the gerund pairs with the reporting gerund before it, whose
		// subject is not the clause's)
		for g := lo; g < k; g++ {
			if participialCues[p.toks[g].lower] {
				return 0, 0, false
			}
		}
		return x.clauseSubject(p, lo, k, quoted)
	}
	return x.mainSubject(p, lo, i, quoted)
}

// mainSubject returns the subject of the main clause before a participle
// at token i that follows a comma or a dash ("changed her mind on the spot
// – saying C"), or a noun of utterance ("a statement saying").
func (x *extraction) mainSubject(p *para, lo, i int, quoted bool) (int, int, bool) {
	if i-1 <= lo {
		return 0, 0, false
	}
	end := i - 1
	// "… a long defense of “small-town values,” saying …": the
	// comma inside the closing mark
	if prev := p.toks[end]; prev.kind == 'q' && end-1 > lo && p.toks[end-1].text == "," {
		end--
	}
	if prev := p.toks[end]; prev.lower == "and" {
		// "…, painting others as weak and suggesting that C": the second
		// of two gerunds after the main clause's comma
		if comma, ok := x.gerundPhraseBefore(p, lo, end); ok {
			return x.clauseSubject(p, lo, comma, quoted)
		}
		return 0, 0, false
	}
	if prev := p.toks[end]; prev.text != "," && !isDash(prev.text) && !(prev.kind == 'w' && utteranceNouns[prev.lower]) {
		return 0, 0, false
	}
	if s, e, ok := x.subordinateSubject(p, lo, end, quoted); ok {
		return s, e, true
	}
	return x.clauseSubject(p, lo, end, quoted)
}

// subordinateSubject returns the subject of a subordinate clause that runs
// from its opener ("when", "as", "while" …) up to the comma before a
// gerund at token end: the gerund depends on that clause, not on the
// sentence's main one ("The meeting ran late when the farmers walked in,
// shouting …"). The clause is found by the last finite verb before end,
// outside quotation marks and past a "that" clause ("the claim that he
// was …"); no comma may stand between its subject and the gerund.
func (x *extraction) subordinateSubject(p *para, lo, end int, quoted bool) (int, int, bool) {
	inQuote := false
	for v := end - 1; v >= lo; v-- {
		t := p.toks[v]
		if t.kind == 'q' && t.text != "'" && t.text != "’" {
			inQuote = !inQuote
			continue
		}
		if inQuote || !x.finiteVerbAt(p, lo, v) {
			continue
		}
		s, e, ok := x.sourceLeft(p, lo, v)
		if !ok || s >= e {
			return 0, 0, false
		}
		if s > lo && p.toks[s-1].lower == "that" {
			continue // "the claim that he was …": a content clause
		}
		if !x.validSource(p, s, e, quoted) || s == lo || !subordinators[p.toks[s-1].lower] && p.toks[s-1].lower != "as" {
			return 0, 0, false
		}
		for k := e; k < end; k++ {
			if p.toks[k].text == "," {
				return 0, 0, false
			}
		}
		return s, e, true
	}
	return 0, 0, false
}

// clauseSubject returns the subject of the first finite verb in tokens
// [lo,end) that is not inside a subordinate or relative clause.
func (x *extraction) clauseSubject(p *para, lo, end int, quoted bool) (int, int, bool) {
	start := lo
	for v := start; v < end; v++ {
		if !x.finiteVerbAt(p, start, v) {
			continue
		}
		// a verb inside "When the troops arrived," or ", which controls
		// the port," is not the main one
		if subordinateBefore(p, start, v) {
			continue
		}
		s, e, ok := x.sourceLeft(p, start, v)
		if !ok || !x.validSource(p, s, e, quoted) {
			return 0, 0, false
		}
		return s, e, true
	}
	return 0, 0, false
}

// relativeOrSubordinate reports whether t opens a relative or subordinate
// clause, so that a subject right after it is not the main clause's.
func relativeOrSubordinate(t token) bool {
	return t.kind == 'w' && (subordinators[t.lower] || relativePronouns[t.lower] || t.lower == "that")
}

// subordinateBefore reports whether token v sits in a clause opened by a
// subordinator or a relative word after the last comma before it.
func subordinateBefore(p *para, lo, v int) bool {
	for k := v - 1; k >= lo; k-- {
		t := p.toks[k]
		if t.text == "," || t.kind == 'q' {
			return false
		}
		if t.kind == 'w' && (subordinators[t.lower] || t.lower == "which" || t.lower == "who" || t.lower == "that" || t.lower == "after" || t.lower == "before" || t.lower == "as") {
			return true
		}
	}
	return false
}

// finiteVerbAt reports whether token k is a finite verb: by its tag, or
// without tags a lower-case word that is an auxiliary, a frequent
// irregular past, a reporting verb or ends in "-ed", and does not follow
// a determiner ("the disputed area").
func (x *extraction) finiteVerbAt(p *para, lo, k int) bool {
	t := p.toks[k]
	if t.kind != 'w' {
		return false
	}
	if tag := x.posTag(t.start); tag != "" {
		switch tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "NNS":
			return x.pluralReadVerb(p, lo, k)
		}
		return false
	}
	if k == lo || isCapitalized(t.text) || k > lo && determiners[p.toks[k-1].lower] {
		return false
	}
	if finiteHeads[t.lower] || irregularPast[t.lower] {
		return true
	}
	if f, ok := cueForms[t.lower]; ok && !f.gerund {
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// finiteClause reports whether tokens from a, up to the next comma,
// semicolon or the end, form a clause: a finite verb that is not the
// first word ("that arose last year" is a relative clause). With tags a
// participle after a noun counts too: the tagger often reads a bare past
// tense as one ("the attack failed").
func (x *extraction) finiteClause(p *para, a, hi int) bool {
	if a >= hi || p.toks[a].kind != 'w' || x.finiteVerbAt(p, a-1, a) {
		return false
	}
	for k := a + 1; k < hi; k++ {
		t := p.toks[k]
		if t.text == "," || t.text == ";" || t.text == "--" || t.text == "." {
			break
		}
		if x.finiteVerbAt(p, a, k) {
			return true
		}
		if tag := x.posTag(t.start); tag == "VBN" {
			if pt := x.posTag(p.toks[k-1].start); strings.HasPrefix(pt, "NN") || pt == "PRP" {
				return true
			}
		}
	}
	return false
}

// participial builds the quote of a reporting gerund whose clause has no
// earlier attribution: "The ministry issued a statement, saying (that) C".
// The content must be a clause ("He left the room, saying nothing" is
// not reported speech).
func (x *extraction) participial(p *para, pi, i, lo, hi int, quoted bool) (cand, bool) {
	var c cand
	s, e, ok := x.participialSource(p, lo, i, quoted)
	if !ok {
		return c, false
	}
	if i-1 == lo && x.timeClauseOpener(p, lo, i) == lo && e > i {
		// "After saying C, the man …": C ends at the fronted clause's
		// comma, before its subject
		for k := i + 1; k < s; k++ {
			if p.toks[k].text == "," {
				hi = k
			}
		}
	}
	a, cueEnd := i+1, i+1
	if particleGerund(p, i) {
		a, cueEnd = i+2, i+2 // "calling on", "pointing out"
	}
	var add pipeline.Span
	if f := cueForms[p.toks[i].lower]; f.lemma == "tell" {
		// "…, telling WKRB his support would hinge …": the person
		// told, then the content
		as, ae := addresseeAfter(p, a, hi, f.lemma)
		if ae <= as {
			return c, false
		}
		add, a = x.span(p, as, ae), ae
	}
	if a < hi && p.toks[a].lower == "that" {
		a++
	}
	if vocalQuotation(p, i, hi) {
		// "…, chanting “Vote Stone out.”": the quotation is what was chanted
	} else if q, ok := quotationAfterComma(p, a, hi); ok {
		// "…, saying, “I would suggest …”", "…, saying at one point,
		// “…”": the quotation is what was said, a clause or not
		a = q
	} else if !x.finiteClause(p, a, hi) && !quotedWithin(p, a, hi) && cueForms[p.toks[i].lower].class&cueNoun == 0 {
		// ("declaring it “another victory”": an object and the words
		// quoted about it are reported too)
		return c, false
	}
	content, ok := x.contentAfter(p, a, lo, hi, false)
	if !ok {
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, s, e), x.span(p, i, cueEnd), content)
	c.q.Addressee = add
	return c, true
}

// quotationAfterComma returns the index of the opening mark when the tokens
// from a are a comma, or a short adverbial and a comma, and then a
// quotation: ", “…”", " at one point, “…”".
func quotationAfterComma(p *para, a, hi int) (int, bool) {
	k := a
	if k < hi && p.toks[k].kind == 'w' && adverbialStarts[p.toks[k].lower] {
		for k < hi && k < a+6 && p.toks[k].kind == 'w' {
			k++
		}
	}
	if k+1 < hi && p.toks[k].text == "," && p.toks[k+1].kind == 'q' && k+2 < hi && p.toks[k+2].kind == 'w' {
		return k + 1, true
	}
	return 0, false
}

// quotedWithin reports whether a quotation of two or more words opens
// within the first words from a, before any other punctuation than a
// comma: "declaring it “another victory”", or right at a ("adding “to all
// the voters …”", "saying that “what you're hearing …”").
func quotedWithin(p *para, a, hi int) bool {
	for k := a; k < hi && k < a+6; k++ {
		t := p.toks[k]
		if t.kind == 'q' {
			return k+2 < hi && p.toks[k+1].kind == 'w' && p.toks[k+2].kind == 'w'
		}
		if t.kind == 'p' && t.text != "," {
			return false
		}
	}
	return false
}
