package quotes

import (
	"strings"
	"unicode"
)

// Whether the words right after a cue are a reported clause. A reporting
// verb is also an ordinary verb ("noted the irony", "answered her door",
// "said Wednesday"), so before the words after it count as content they
// must look like a clause: a subject pronoun and its verb, a short noun
// subject and its verb, a finite verb at all, not a quantity; or they are
// a closing adverbial, an aside (", he said, are …") or a time phrase to
// step over.

// tailish reports whether tokens from a to hi end an attribution without
// content: nothing, a comma, or adverbials ("said Wednesday", "said in a
// speech before the concert began") with no "that" before the next comma.
func (x *extraction) tailish(p *para, a, hi int) bool {
	if a >= hi {
		return true
	}
	t := p.toks[a]
	if t.text == "," && a+1 < hi && p.toks[a+1].lower == "that" {
		return false
	}
	if t.kind == 'p' {
		return t.text == "," || t.text == "." || t.text == ";" || t.text == "!" || t.text == "?"
	}
	if !adverbialStarts[t.lower] && !timeWords[t.lower] {
		return false
	}
	// "told reporters this was the last offer", "said last year's budget
	// was too small": the time word opens the content's subject
	if timeWordSubject(p, a, hi) {
		return false
	}
	// "said Wednesday the plan failed", "announced last night it will": a
	// bare time phrase followed by more words opens the content
	if k := skipTimePhrase(p, a, hi); k > a && k < hi && p.toks[k].kind == 'w' && p.toks[k].lower != "that" {
		return false
	}
	// "said in an interview he would run": an adverbial phrase, then
	// the content's subject and verb
	if x.adverbialThenClause(p, a, hi) > a {
		return false
	}
	for k := a; k < hi; k++ {
		if p.toks[k].text == "," {
			// "said Sunday in Dover, Ohio, that …": a place and
			// its state before the "that" of the content
			return !placeThenThat(p, k, hi)
		}
		if p.toks[k].lower == "that" {
			return false
		}
	}
	return true
}

// adverbialThenClause returns where a reported clause starts after an
// adverbial prepositional phrase at token a with no comma or "that"
// after it ("said in an interview he would run", "told reporters at a
// rally they would win"): a short phrase of words with no verb, then a
// subject pronoun and its finite verb. It returns a when there is none.
func (x *extraction) adverbialThenClause(p *para, a, hi int) int {
	if a+1 >= hi || !clausePrepositions[p.toks[a].lower] {
		return a
	}
	// "after hearing the stories they told": a gerund right after the
	// preposition, which the tagger may read as a noun, opens a clause
	if g := p.toks[a+1]; g.kind == 'w' && !isCapitalized(g.text) && strings.HasSuffix(g.lower, "ing") {
		return a
	}
	for k := a + 2; k < hi && k <= a+7; k++ {
		t := p.toks[k]
		if t.kind != 'w' || t.lower == "that" || relativeOrSubordinate(t) {
			return a
		}
		if x.pronounClause(p, k, hi) && !finiteContraction(t.lower) {
			return k
		}
		// a verb inside makes the phrase a clause of its own ("after
		// being let down by the offer they were making")
		if strings.HasPrefix(x.posTag(t.start), "VB") {
			return a
		}
	}
	return a
}

// clausePrepositions open the adverbial phrases that stand between a cue
// and its clause: "in an interview", "at a rally", "during the debate".
var clausePrepositions = set("in", "at", "during", "on", "before", "after", "with", "via", "through", "over", "from")

// placeThenThat reports whether the comma at token k is followed by up to
// three capitalised words, a comma and "that": the state or country of a
// place in an adverbial before a reported clause ("in Buffalo, New York,
// that …").
func placeThenThat(p *para, k, hi int) bool {
	j := k + 1
	for j < hi && j <= k+3 && p.toks[j].kind == 'w' && isCapitalized(p.toks[j].text) {
		j++
	}
	return j > k+1 && j+1 < hi && p.toks[j].text == "," && p.toks[j+1].lower == "that"
}

// shortSubjectClause reports whether the tokens from a are a clause with a
// short noun subject and no "that": a finite verb within five words,
// with no punctuation, relative word or preposition before it ("suggested
// the council should hire more guards", "revealed her brother had
// sold the farm"); not "noted the irony" or "recalled the night in 1998
// when …".
func (x *extraction) shortSubjectClause(p *para, a, hi int) bool {
	if a >= hi || p.toks[a].kind != 'w' || (!determiners[p.toks[a].lower] && !isNameTok(p.toks[a]) && !possessivePronouns[p.toks[a].lower]) {
		return false
	}
	for k := a + 1; k < hi && k <= a+5; k++ {
		t := p.toks[k]
		if t.kind != 'w' || relativeOrSubordinate(t) || t.lower == "that" || frontedOpeners[t.lower] || t.lower == "of" || t.lower == "as" {
			return false
		}
		if x.finiteVerbAt(p, a, k) {
			return true
		}
	}
	return false
}

// nounTakers are the weak verbs whose object is mostly a noun ("advised
// the campaign", "answered her door", "maintained their lead"), or whose
// clause without "that" is mostly a hedge: a clause without "that" is not
// read as their content.
var nounTakers = set("advise", "answer", "maintain", "respond", "reply", "demand",
	"recommend", "rule", "post", "inform", "signal", "underline", "underscore", "forecast",
	"dispute", "contest", "comment", "remark",
	// "a leaked document suggests the campaign knew": evidence that
	// suggests hedges a claim rather than reporting one
	"suggest")

// possessivePronouns open a noun phrase: "her husband had …".
var possessivePronouns = set("his", "her", "their", "its", "our", "my", "your")

// timeWordSubject reports whether the time word at token a opens a
// clause's subject rather than a time phrase: "this" before a word that is
// no time word ("told reporters this was the last offer", not "said this
// week"), or a time phrase whose last word is a possessive, the determiner
// of the subject ("said last year's budget was too small", "this week's
// vote").
func timeWordSubject(p *para, a, hi int) bool {
	if p.toks[a].lower == "this" && a+1 < hi && p.toks[a+1].kind == 'w' && !timeWords[p.toks[a+1].lower] && !isDate(p.toks[a+1]) {
		return true
	}
	for k := a; k < hi && k < a+3 && p.toks[k].kind == 'w'; k++ {
		stem, owner := possessiveStem(p.toks[k].lower)
		if owner {
			return timeWords[stem] || monthNames[stem]
		}
		if !timeWords[stem] {
			return false
		}
	}
	return false
}

// possessiveStem returns a word without its possessive ending, and
// whether it had one: "year's" gives "year", true.
func possessiveStem(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			return stem, true
		}
	}
	return w, false
}

// asideRest reports whether the tokens from a, right after a cue, go on with
// the reported sentence: ", he said, are …" rather than a closing adverbial
// (", he said, in a statement"), a gerund (", adding …") or another
// attribution.
func (x *extraction) asideRest(p *para, a, hi int) bool {
	if a+1 >= hi || p.toks[a].text != "," {
		return false
	}
	n := p.toks[a+1]
	if n.kind != 'w' || n.lower == "according" || n.lower == "citing" || x.tailish(p, a+1, hi) {
		return false
	}
	if f, ok := cueForms[n.lower]; ok && f.gerund {
		return false
	}
	// the rest must run to the end of the sentence without another cue
	// closing it: "…, he said, but the rest was unclear" still counts
	words := 0
	for k := a + 1; k < hi; k++ {
		if p.toks[k].kind == 'w' {
			words++
		}
		// a quotation right after the aside is a segment of its own; one
		// further on is a fragment of the reported sentence ("The
		// industry, she said, is “doing much better”")
		if p.toks[k].kind == 'q' && words == 0 {
			break
		}
	}
	return words >= 2
}

// connectiveOnly reports whether tokens [s,e) are only connectives or
// sentence adverbs ("Moreover", "In addition", "Still").
func connectiveOnly(p *para, s, e int) bool {
	if s >= e {
		return true
	}
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.kind == 'w' && !discourseAdverbs[t.lower] && !clauseBoundaries[t.lower] && t.lower != "in" && t.lower != "addition" && t.lower != "fact" && t.lower != "short" {
			return false
		}
	}
	return true
}

// subordinators open a dependent clause before the main one.
var subordinators = set("where", "when", "if", "although", "though", "while", "because", "since", "unless", "whenever", "wherever", "once")

// openerEnd reports whether token k is a conjunction that opens the clause
// an aside interrupts: "… since, he said, it would …".
func openerEnd(p *para, k int) bool {
	if k < 0 || k >= len(p.toks) {
		return false
	}
	switch p.toks[k].lower {
	case "since", "because", "that", "and", "but", "although", "though", "while", "if", "unless", "so", "when", "as", "or":
		return true
	}
	return false
}

// skipTimePhrase returns the first token after a bare time phrase starting
// at a ("Wednesday", "last night", "on Monday", "this week"), or a when
// there is none or the phrase runs into a preposition ("on Monday in a
// statement").
func skipTimePhrase(p *para, a, hi int) int {
	if k := durationEnd(p, a, hi); k > a {
		return k
	}
	k := a
	for k < hi && p.toks[k].kind == 'w' && timeWords[p.toks[k].lower] {
		// "said Wednesday on a radio show": an "on" after the time
		// phrase that takes no date opens a phrase of place or medium
		if k > a && p.toks[k].lower == "on" && (k+1 >= hi || !timeWords[p.toks[k+1].lower] && !isDate(p.toks[k+1])) {
			break
		}
		k++
	}
	if k == a || k < hi && (adverbialStarts[p.toks[k].lower] || contentPrepositions[p.toks[k].lower]) {
		return a
	}
	// the phrase must hold a time noun, not only "on" or "this"
	for j := a; j < k; j++ {
		switch p.toks[j].lower {
		case "on", "this", "last", "late", "early", "too", "also", "then", "again":
		default:
			return k
		}
	}
	return a
}

// durationEnd returns the first token after a phrase of duration at a
// ("for weeks", "for six years", "for the past two months", "for more
// than a decade"), or a when there is none: said how long the source has
// said it, it stands between the cue and its clause as a time phrase does
// ("has said for weeks she would not run again").
func durationEnd(p *para, a, hi int) int {
	if a+1 >= hi || p.toks[a].lower != "for" {
		return a
	}
	for k := a + 1; k < hi && k <= a+5 && p.toks[k].kind == 'w'; k++ {
		w := p.toks[k].lower
		if durationNouns[w] {
			return k + 1
		}
		if !durationModifiers[w] && !numberWords[w] && !startsWithDigit(w) {
			return a
		}
	}
	return a
}

// durationNouns end a phrase of duration; durationModifiers may stand
// before them.
var (
	durationNouns     = set("days", "weeks", "months", "years", "decades", "decade", "year", "month", "week")
	durationModifiers = set("the", "past", "last", "more", "than", "several", "many", "some", "few", "a", "nearly", "almost", "about", "over")
)

// clauseLike reports whether tokens from a look like a clause: with tags,
// one has a finite verb; without, the first word can open a clause.
func (x *extraction) clauseLike(p *para, a, hi int) bool {
	if a >= hi {
		return false
	}
	if x.posTag(p.toks[a].start) != "" {
		// VBN too: the tagger often reads a bare past tense as a participle
		// ("officials say aircraft attacked ...")
		for k := a; k < hi && k < a+20; k++ {
			switch x.posTag(p.toks[k].start) {
			case "VBD", "VBZ", "VBP", "MD", "VBN":
				return true
			}
			if finiteContraction(p.toks[k].lower) {
				return true // "he's", "they'll": the verb is inside the token
			}
			if x.quantifiedSubjectVerb(p, a, k) {
				return true
			}
			// "said Lee's words “amount to …”": a noun phrase and then a
			// quotation; the tagger often reads the quoted verb as a noun,
			// but a quotation right after a subject is its predicate
			if p.toks[k].kind == 'q' && k > a && p.toks[k-1].kind == 'w' && k+1 < hi && p.toks[k+1].kind == 'w' && !isCapitalized(p.toks[k+1].text) {
				return true
			}
		}
		return false
	}
	return true
}

// quantifiedSubjectVerb reports whether token k, which the tagger reads as
// a plural noun, is the verb of a subject opened by a quantifier that takes
// a singular verb: "each year of school yields a bump", "every round of
// talks brings less". The verb in -s follows the subject's last noun; a
// plural noun right after a determiner or a preposition ("each of the
// voters", "every one of its members") is a noun.
func (x *extraction) quantifiedSubjectVerb(p *para, a, k int) bool {
	if !singularQuantifiers[p.toks[a].lower] || k < a+2 || x.posTag(p.toks[k].start) != "NNS" {
		return false
	}
	t := p.toks[k]
	if isCapitalized(t.text) || !strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ss") {
		return false
	}
	switch x.posTag(p.toks[k-1].start) {
	case "NN", "NNS", "NNP":
		return true
	}
	return false
}

// singularQuantifiers open a subject whose verb is singular: "each year",
// "every state", "either side".
var singularQuantifiers = set("each", "every", "either", "neither")

// pronounClause reports whether tokens from a open a clause with a subject
// pronoun and its finite verb: "admitted he was wrong", "noted they'd
// left". A weak verb reports such a clause without "that".
func (x *extraction) pronounClause(p *para, a, hi int) bool {
	if a >= hi {
		return false
	}
	w := p.toks[a].lower
	if finiteContraction(w) {
		return !strings.HasSuffix(w, "n't") && !strings.HasSuffix(w, "n’t")
	}
	if !nominativePronouns[w] || a+1 >= hi {
		return false
	}
	v := p.toks[a+1]
	if tag := x.posTag(v.start); tag != "" {
		return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
	}
	return finiteHeads[v.lower]
}

// nominativePronouns can only be subjects.
var nominativePronouns = set("he", "she", "they", "we", "i", "there")

// finiteContraction reports whether a word ends in a contracted finite
// verb after a pronoun or in "n't": "he's", "they're", "we'll", "don't".
func finiteContraction(w string) bool {
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	for _, suf := range []string{"'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'ve", "’ve", "'m", "’m"} {
		if stem, ok := strings.CutSuffix(w, suf); ok {
			return personPronouns[stem] || thingPronouns[stem] || contractingSubjects[stem]
		}
	}
	return false
}

// contractionSubject returns the word a verb is contracted onto: "i" for
// "I'll", else the word itself.
func contractionSubject(w string) string {
	for _, sep := range []string{"'", "’"} {
		if k := strings.Index(w, sep); k > 0 {
			return w[:k]
		}
	}
	return w
}

// contractingSubjects are the other subjects a verb contracts onto.
var contractingSubjects = set("i", "we", "you", "there", "that", "what", "who")

// approximator reports whether token a is "about", "around" or "nearly"
// before a number: the start of a quantity, not a preposition.
func approximator(p *para, a, hi int) bool {
	if a+1 >= hi {
		return false
	}
	switch p.toks[a].lower {
	case "about", "around", "nearly", "almost", "roughly", "approximately", "over", "some":
		r := []rune(p.toks[a+1].text)
		return len(r) > 0 && unicode.IsDigit(r[0]) || numberWords[p.toks[a+1].lower] || strings.HasPrefix(p.toks[a+1].lower, "two-") || strings.HasPrefix(p.toks[a+1].lower, "one-")
	}
	return false
}

// numberWords are spelled-out numbers that open a quantity.
var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "a", "half",
	"dozen", "dozens", "thousands", "millions")
