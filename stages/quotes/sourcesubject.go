package quotes

// The shapes of a subject left of a cue that sourceLeft reads: a noun
// phrase, a name before a long appositive, a subject chain running through
// commas, coordinated subjects ("X leaned over and said"), a subject after a
// fronted phrase; and the asides set off between a subject and its cue
// (participle phrases, adverbials), which are not part of the source.

import (
	"strings"

	"github.com/newsclaims/newsclaims/internal/newsnames"
)

// relativeBeforeVerb reports whether the first finite verb of tokens [s,e)
// follows a relative pronoun: the verb is the relative clause's ("an
// Indiana consultant whose firm was retained by the campaign"), not a
// predicate of the appositive.
func (x *extraction) relativeBeforeVerb(p *para, s, e int) bool {
	for k := s + 1; k < e; k++ {
		if relativePronouns[p.toks[k].lower] || p.toks[k].lower == "which" {
			return !x.hasFiniteVerb(p, s, k)
		}
	}
	return false
}

// relativePronouns open a relative clause after a noun.
var relativePronouns = set("who", "whom", "whose", "that")

// nounPhraseSubject reports whether tokens [s,e) are a plausible subject
// noun phrase: a described subject, or with tags a run of words without a
// verb that ends in a noun ("One county official", "Ann Lee’s
// campaign").
func (x *extraction) nounPhraseSubject(p *para, s, e int) bool {
	if x.describedSubject(p, s, e) {
		return true
	}
	if s >= e || e-s > 8 {
		return false
	}
	for k := s; k < e; k++ {
		t := p.toks[k]
		if t.kind != 'w' {
			return false
		}
		tag := x.posTag(t.start)
		if tag == "" || strings.HasPrefix(tag, "VB") || tag == "MD" || tag == "PRP" {
			return false
		}
	}
	return strings.HasPrefix(x.posTag(p.toks[e-1].start), "NN")
}

// longAppositive finds the name before an appositive that runs from a
// comma to the comma before the cue at e, when the appositive holds words
// that end a segment: it returns the start of the name. The appositive
// must read as a description (a determiner, a lower-case word or a role
// noun first) and carry no verb of its own.
func (x *extraction) longAppositive(p *para, lo, e int) (int, bool) {
	c := e - 1
	for c > lo && e-c < 40 && p.toks[c].text != "," {
		t := p.toks[c]
		if t.kind == 'q' || isSentenceEnd(t) || t.text == ";" || t.text == ":" {
			return 0, false
		}
		c--
	}
	if c <= lo || p.toks[c].text != "," || c+1 >= e {
		return 0, false
	}
	if !x.appositiveLike(p, c+1, e) || x.hasFiniteVerb(p, c+1, e) && !relativePronouns[p.toks[c+1].lower] && p.toks[c+1].lower != "which" && !x.relativeBeforeVerb(p, c+1, e) {
		return 0, false
	}
	ps := segmentLeft(p, lo, c)
	if ps >= c || !isNamePhrase(p, ps, c) {
		return 0, false
	}
	return nameBefore(p, lo, ps), true
}

// subjectChain finds the subject of a sentence that opens with a name or
// a noun phrase and runs on through commas to the comma before the
// cue at e: "Jane Holloway, executive director of the Valley Growers
// Fund, a farm lobby group, said", "Mark Stone, who lives outside
// the county seat, Millbrook, said". The annotated news takes the whole
// run as the source; its last piece alone ("a farm lobby group",
// "Millbrook") is someone or somewhere else. A participle phrase or an
// adverbial after the opening subject is an aside, and the subject alone
// the source: "Sen. Ann Lee, facing a hard race in Dover County, a
// rural district, said", "The agency, in a plan that has drawn
// fire from shipping firms, said" ("including" opens no aside: "Some
// observers, including two professors, said").
func (x *extraction) subjectChain(p *para, lo, e int) (int, int, bool) {
	st := max(lo, p.tokIndex(p.sentenceOf(p.toks[e-1].start)[0]))
	// "But the mayor, a Democrat, said", "In Dover, the mayor, a
	// Democrat, said": the chain opens after a connective and after a
	// fronted phrase's comma, else its last piece alone was taken
	st = x.afterFronted(p, pastOpeners(p, st, e), e)
	if e-st < 4 || e-st > 40 {
		return 0, 0, false
	}
	c := st
	for c < e && p.toks[c].text != "," {
		c++
	}
	if c == st || c >= e-1 {
		return 0, 0, false
	}
	first := p.toks[st]
	if first.kind != 'w' || frontedOpeners[first.lower] || clauseBoundaries[first.lower] || adverbialStarts[first.lower] || discourseAdverbs[first.lower] {
		return 0, 0, false
	}
	if !isNamePhrase(p, st, c) && !x.nounPhraseSubject(p, st, c) {
		return 0, 0, false
	}
	for k := st; k < e; k++ {
		t := p.toks[k]
		if t.kind == 'q' || t.text == ";" || t.text == ":" || isDash(t.text) || isSentenceEnd(t) && k+1 < e && p.toks[k+1].text != "," {
			return 0, 0, false
		}
		// another report inside: the run is no single subject
		if f, ok := cueForms[t.lower]; ok && k > c && (f.gerund || t.lower == "said" || t.lower == "says" || t.lower == "told") {
			return 0, 0, false
		}
	}
	c2 := c + 1
	for c2 < e && p.toks[c2].text != "," {
		c2++
	}
	if p.toks[c+1].lower != "including" && (x.participialAside(p, c+1, c2) || x.adverbialLike(p, c+1)) {
		return st, c, true
	}
	return st, e, true
}

// coordinatedNounPhrase finds the start of a subject whose last
// conjunct follows the "and" at token and: "Experts on river dams and
// flood control said", "Groups speaking for farms and
// ranches, county boards and small charities said". The run
// from the sentence start to the cue at e must hold no finite verb (then
// "and" joins clauses: "Lee won and her rivals said") and open with a
// word that can open a noun phrase.
func (x *extraction) coordinatedNounPhrase(p *para, lo, and, e int) (int, bool) {
	st := max(lo, p.tokIndex(p.sentenceOf(p.toks[and].start)[0]))
	for st < and && p.toks[st].kind == 'w' && (clauseBoundaries[p.toks[st].lower] && isCapitalized(p.toks[st].text) && p.toks[st].lower != "who" || discourseAdverbs[p.toks[st].lower]) {
		st++
	}
	if st >= and || e-st > 25 {
		return 0, false
	}
	first := p.toks[st]
	// a subject pronoun opens no noun phrase, but can be a conjunct of
	// its own: "She and her aides said"
	if first.kind != 'w' || frontedOpeners[first.lower] || clauseBoundaries[first.lower] || adverbialStarts[first.lower] || subjectPronouns[first.lower] && st+1 != and {
		return 0, false
	}
	for k := st; k < e; k++ {
		t := p.toks[k]
		if t.kind == 'q' || t.text == ";" || t.text == ":" || isDash(t.text) || t.text == "(" || isSentenceEnd(t) {
			return 0, false
		}
		if k != and && clauseBoundaries[t.lower] && t.lower != "and" && t.lower != "or" {
			return 0, false
		}
	}
	// ", and Lee said", ", and then Ward continues": a new clause
	// after a comma opens with its own subject
	if p.toks[and-1].text == "," && (isNameTok(p.toks[and+1]) || subjectPronouns[p.toks[and+1].lower] || adverbialStarts[p.toks[and+1].lower] || p.toks[and+1].lower == "then") {
		return 0, false
	}
	// "County board candidate and former dentist Paul Ward": a
	// role before a name makes the name the source, as annotated
	n := e
	for n > and+1 && isNameTok(p.toks[n-1]) {
		n--
	}
	if n < e && n > and+1 {
		if b := p.toks[n-1]; b.kind == 'w' && !isCapitalized(b.text) && !determiners[b.lower] && !frontedOpeners[b.lower] && b.lower != "of" {
			return 0, false
		}
	}
	for k := st; k < e; k++ {
		if finiteContraction(p.toks[k].lower) {
			return 0, false // "Lee's shaky on the levy, she's …"
		}
	}
	if x.hasFiniteVerb(p, st, e) || !x.validSource(p, st, e, false) {
		return 0, false
	}
	return st, true
}

// wordsOnly reports whether tokens [s,e) are words without a finite verb.
func (x *extraction) wordsOnly(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if p.toks[k].kind != 'w' {
			return false
		}
	}
	return !x.hasFiniteVerb(p, s, e)
}

// participialAside reports whether tokens [s,e), set off by commas
// between a subject and its cue, are a participle phrase: "speaking at a
// rally", "asked about the talks", "citing security concerns".
func (x *extraction) participialAside(p *para, s, e int) bool {
	if s >= e {
		return false
	}
	t := p.toks[s]
	if t.kind != 'w' || isCapitalized(t.text) {
		return false
	}
	if s+1 < e && (roleNouns[p.toks[s+1].lower] || officeNouns[p.toks[s+1].lower]) {
		return false // "managing director", "acting chairman": a role
	}
	if t.lower == "including" {
		// "Growers, including the Valley Farm Council, said": a
		// preposition naming members of the subject, which the annotated
		// news keeps in the source (33 of 37 times in the training
		// articles)
		return false
	}
	switch x.posTag(t.start) {
	case "VBG", "VBN":
		return true
	case "VBD", "NN", "":
		// a verb form right after "Subject," is not finite, and the
		// tagger takes many a participle there for a noun ("speaking")
		return e-s >= 2 && len(t.lower) > 4 && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed"))
	}
	return false
}

// nameBefore extends a described speaker starting at token s to the name
// it is in apposition to: "Douglas Pratt, president of the PTC, who
// attended, said" → "Douglas Pratt, president of the PTC". A fronted
// place or day is no such name ("In Dover, the mayor, who …, said").
func nameBefore(p *para, lo, s int) int {
	if s-1 > lo && p.toks[s-1].text == "," {
		if ps := segmentLeft(p, lo, s-1); isNamePhrase(p, ps, s-1) && !frontedName(p, ps, s-1) {
			return ps
		}
	}
	return s
}

// abbreviation reports whether tokens [s,e) are one capitalised
// abbreviation with its dots: "Mo.", "Calif.", "D.C.", "Inc.", "Jr.".
func abbreviation(p *para, s, e int) bool {
	if e-s < 2 || e-s > 4 || !isCapitalized(p.toks[s].text) || p.toks[e-1].text != "." {
		return false
	}
	for k := s + 1; k < e; k++ {
		if p.toks[k].start != p.toks[k-1].end {
			return false
		}
	}
	return p.toks[e-1].end-p.toks[s].start <= 7
}

// isSentenceEnd reports whether t ends a sentence.
func isSentenceEnd(t token) bool {
	return t.kind == 'p' && (t.text == "." || t.text == "!" || t.text == "?")
}

// partyDesignation reports whether tokens [s,e), written without spaces,
// are a US legislator's party and state: "R-Ky.", "D-N.Y.".
func partyDesignation(p *para, s, e int) bool {
	if s >= e || e-s > 3 || p.toks[e-1].end-p.toks[s].start > 10 {
		return false
	}
	w := p.toks[s].text
	for k := s + 1; k < e; k++ {
		if p.toks[k].start != p.toks[k-1].end {
			return false
		}
		w += p.toks[k].text
	}
	return newsnames.PartyDesignation(w)
}

// describedSubject reports whether tokens [s,e) describe a speaker without
// naming one: a role ("The president", "a senior official") or a short
// determiner phrase ending in a noun ("The company", "the group's lawyer").
func (x *extraction) describedSubject(p *para, s, e int) bool {
	if s >= e || e-s > 8 {
		return false
	}
	if isRolePhrase(p, s, e) {
		return true
	}
	if !determiners[p.toks[s].lower] || e-s < 2 {
		return false
	}
	last := p.toks[e-1]
	if last.kind != 'w' {
		return false
	}
	switch x.posTag(last.start) {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	case "": // untagged text: a word that is not a function word
		return !determiners[last.lower] && !clauseBoundaries[last.lower] && !auxiliaries[last.lower]
	}
	return false
}

// frontedOpeners open a phrase put before the subject of a clause.
var frontedOpeners = set("in", "on", "at", "for", "with", "from", "during", "after", "before",
	"under", "over", "despite", "since", "throughout", "among", "by")

// subjectAfterFronted returns the start of the subject that ends a fronted
// phrase [s,e): a subject pronoun, or a determiner phrase or a name that
// follows a lower-case word; s when there is none.
func (x *extraction) subjectAfterFronted(p *para, s, e int) int {
	last := p.toks[e-1]
	if subjectPronouns[last.lower] {
		return e - 1
	}
	// "At the fair Sen. Ann Lee (D-OR) said": the
	// parenthesis after the name is no part of the search
	if last.text == ")" {
		if open := parenOpen(p, s, e-1); open > s+1 {
			e = open
		}
	}
	for k := e - 2; k > s; k-- {
		t := p.toks[k]
		if t.kind != 'w' {
			return s
		}
		if determiners[t.lower] && t.lower != "that" && t.lower != "one" {
			// the phrase from the determiner must not hold a preposition
			for j := k + 1; j < e; j++ {
				if frontedOpeners[p.toks[j].lower] || p.toks[j].lower == "of" {
					return s
				}
			}
			// "At the county fair Sen. Lee said": a name after
			// the common noun ending the fronted phrase is the subject
			r := e
			for r > k+1 && isNameTok(p.toks[r-1]) {
				r--
			}
			if r < e && r > k+1 && p.toks[r-1].kind == 'w' && !isCapitalized(p.toks[r-1].text) && strings.HasPrefix(x.posTag(p.toks[r-1].start), "NN") {
				return r
			}
			return k
		}
	}
	// a name after a lower-case word: "In a speech Chirac said", or after
	// a day or a month: "On Saturday Ann Lee said"
	k := e
	for k > s && isNameTok(p.toks[k-1]) && !isDate(p.toks[k-1]) {
		k--
	}
	if k < e && k > s+1 && p.toks[k-1].kind == 'w' && (!isCapitalized(p.toks[k-1].text) || isDate(p.toks[k-1])) {
		return k
	}
	return s
}

// isDate reports a weekday or a month name.
func isDate(t token) bool { return weekdayNames[t.lower] || monthNames[t.lower] }

// subjectPronouns can be a whole source.
var subjectPronouns = set("he", "she", "they", "it")

// coordinatedSubject finds the subject of "X leaned over and said": the
// clause before "and" (token and) must open with a name or a determiner
// phrase that a finite verb follows; the subject is that phrase.
func (x *extraction) coordinatedSubject(p *para, lo, and int) (int, int, bool) {
	s := segmentLeft(p, lo, and)
	if s >= and {
		return 0, 0, false
	}
	// "she put down the pen, shook her head and said": a list of
	// verb phrases shares the subject before the first
	for hops := 0; hops < 3 && s-1 > lo && p.toks[s-1].text == "," && s < and; hops++ {
		switch x.posTag(p.toks[s].start) {
		case "VBD", "VBZ", "VBP":
			s = segmentLeft(p, lo, s-1)
			continue
		}
		// a lower-case word before a determiner reads as a verb and its
		// object ("shook his head") whatever the tagger said
		if t := p.toks[s]; t.kind == 'w' && !isCapitalized(t.text) && !determiners[t.lower] && !personPronouns[t.lower] &&
			!thingPronouns[t.lower] && s+1 < and && objectOpeners[p.toks[s+1].lower] {
			s = segmentLeft(p, lo, s-1)
			continue
		}
		break
	}
	for s < and && p.toks[s].kind == 'w' && clauseBoundaries[p.toks[s].lower] {
		s++ // "And one of the rookies sighed and said"
	}
	if s >= and {
		return 0, 0, false
	}
	e := s
	if determiners[p.toks[e].lower] {
		e++
	}
	for e < and && p.toks[e].kind == 'w' && !(e > s && (auxiliaries[p.toks[e].lower] || x.isAdverbTok(p.toks[e]))) {
		t := p.toks[e]
		if tag := x.posTag(t.start); tag != "" {
			if strings.HasPrefix(tag, "VB") && tag != "VBG" && tag != "VBN" || tag == "MD" {
				break
			}
		} else if e > s && !isNameTok(t) && !(e == s+1 && determiners[p.toks[s].lower]) {
			break
		}
		e++
	}
	if e == s || e >= and || e-s > 6 {
		return 0, 0, false
	}
	// the word after the subject must be a verb: with tags, checked above;
	// without, a lower-case word
	if x.posTag(p.toks[e].start) == "" && (isCapitalized(p.toks[e].text) || p.toks[e].kind != 'w') {
		return 0, 0, false
	}
	if !x.validSource(p, s, e, false) {
		return 0, 0, false
	}
	return s, e, true
}

// objectOpeners open the object of a verb: "shook his head".
var objectOpeners = set("the", "a", "an", "his", "her", "their", "its", "my", "our", "your")

// appositiveLike reports whether tokens [s,e), set off by commas after a
// name and before the cue, describe the named one: a phrase opening with a
// lower-case word or a determiner, or one holding a role noun.
func (x *extraction) appositiveLike(p *para, s, e int) bool {
	if s >= e || p.toks[s].kind != 'w' {
		return false
	}
	first := p.toks[s]
	if x.adverbialLike(p, s) {
		return false // "Smith, in fact, wrote"
	}
	if determiners[first.lower] || !isCapitalized(first.text) {
		return true
	}
	for k := s; k < e; k++ {
		if roleNouns[p.toks[k].lower] || officeNouns[p.toks[k].lower] {
			return true
		}
	}
	return false
}

// adverbialLike reports whether the phrase at token s is an aside, not a
// description: "in fact", "however", "too", "reportedly".
func (x *extraction) adverbialLike(p *para, s int) bool {
	first := p.toks[s]
	if s+1 < len(p.toks) && (first.lower == "for" || first.lower == "of") {
		switch p.toks[s+1].lower {
		case "example", "instance", "course", "now", "one", "his", "her", "their", "its":
			return true // "for example", "of course", "for his part"
		}
	}
	return adverbialStarts[first.lower] || discourseAdverbs[first.lower] || invertedStops[first.lower] || x.isAdverbTok(first)
}

// isAdverbTok reports whether a word between a source and its cue is an
// adverb ("Opponents generally argued"): tagged RB, or without tags a
// lower-case -ly word that is not a common noun.
func (x *extraction) isAdverbTok(t token) bool {
	if t.kind != 'w' || isCapitalized(t.text) {
		return false
	}
	if tag := x.posTag(t.start); tag != "" {
		return tag == "RB"
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}

// lyNouns end in -ly but are nouns that can head a source.
var lyNouns = set("family", "assembly", "ally", "supply", "rally", "monopoly", "anomaly", "bully", "deputy", "july")

// subjectBeforeAside returns the subject before an aside set off by commas
// between it and the cue, the aside opening at token a after the comma:
// "Smith, in fact, wrote", "Lee’s campaign, for example, said". An
// auxiliary before the aside belongs to the verb ("A poll of voters has,
// however, revealed"); a phrase that a comma opens too is the end of a
// longer subject, found as if the cue stood right after it ("Ann Lee, a
// teacher in Dover, Del., on Monday, said", where "Del." alone is no
// subject).
func (x *extraction) subjectBeforeAside(p *para, lo, ps, a int) (int, int, bool) {
	pe := a - 1
	for pe-1 > ps && p.toks[pe-1].kind == 'w' && auxiliaries[p.toks[pe-1].lower] && !isCapitalized(p.toks[pe-1].text) {
		pe--
	}
	if ps-1 > lo && p.toks[ps-1].text == "," && pe == a-1 {
		return x.sourceLeft(p, lo, a)
	}
	if isNamePhrase(p, ps, pe) || x.nounPhraseSubject(p, ps, pe) {
		return ps, pe, true
	}
	return 0, 0, false
}

// loneAsideSubject returns the subject before a one-word aside that would
// otherwise end the segment, the cue right after the aside's closing comma
// at token e: "Lee, though, said" ("though" opens clauses too, so the
// segment before the cue holds nothing). The word must read as an adverb
// there: "though", the one clause opener that stands alone between commas
// (the tagger reads it RB or IN there), or another the tagger reads RB.
func (x *extraction) loneAsideSubject(p *para, lo, e int) (int, int, bool) {
	a := e - 1
	if a-2 < lo || p.toks[a-1].text != "," || p.toks[a].kind != 'w' || !isBoundaryTok(p.toks[a]) {
		return 0, 0, false
	}
	if p.toks[a].lower != "though" && x.posTag(p.toks[a].start) != "RB" {
		return 0, 0, false
	}
	ps := pastOpeners(p, segmentLeft(p, lo, a-1), a-1)
	if ps >= a-1 {
		return 0, 0, false
	}
	return x.subjectBeforeAside(p, lo, ps, a)
}

// floatingQuantifier reports whether token j is a quantifier standing
// after the subject it counts, between the subject and its verb: "Lee
// and Ward both said", "the three have all called for", "They each
// wrote". The subject is left of it; "All said" and "both of them"
// keep their reading (the quantifier opens the subject).
func floatingQuantifier(p *para, j int) bool {
	t := p.toks[j]
	if t.kind != 'w' || isCapitalized(t.text) || (t.lower != "both" && t.lower != "all" && t.lower != "each") || j == 0 {
		return false
	}
	if j+1 < len(p.toks) && p.toks[j+1].lower == "of" {
		return false
	}
	prev := p.toks[j-1]
	return isNameTok(prev) || subjectPronouns[prev.lower] || prev.lower == "we" || prev.lower == "you" || prev.text == ")" ||
		auxiliaries[prev.lower] && !isCapitalized(prev.text)
}

// nameListStart returns where a list of names ends on the left when the
// source [s, e) is its last two names joined by "and": in "Ann Lee, Tom
// Ward and Jane Holloway said" the comma ends the segment after "Ann
// Lee", though the three are the source. Each name before a comma must
// be a short name phrase; otherwise s is returned.
func nameListStart(p *para, lo, s, e int) int {
	and := false
	for k := s + 1; k < e-1; k++ {
		if p.toks[k].lower == "and" {
			and = true
		}
	}
	if !isNamePhrase(p, s, e) {
		return s
	}
	// "Ann Lee, Tom Ward, and Jane Holloway said": with the serial
	// comma the last name stands alone after ", and"; two names before
	// it tell the list from a new clause ("…, and Lee said")
	oxford := !and && s-2 > lo && p.toks[s-1].lower == "and" && p.toks[s-2].text == ","
	if !and && !oxford {
		return s
	}
	ls, names := s, 0
	if oxford {
		ls = s - 1
	}
	for hops := 0; hops < 6 && ls-1 > lo && p.toks[ls-1].text == ","; hops++ {
		ps := segmentLeft(p, lo, ls-1)
		if ps >= ls-1 || ls-1-ps > 4 || !isNamePhrase(p, ps, ls-1) || frontedOpeners[p.toks[ps].lower] || clauseBoundaries[p.toks[ps].lower] {
			break
		}
		ls, names = ps, names+1
	}
	if oxford && names < 2 {
		return s
	}
	return ls
}

// shareListStart returns where a list of shares of people ends on the
// left when the source [s, e) is its last item after "and": a poll
// reports "45% of farmers, 28% of growers and 12% of grocers say", and
// "and" ends the segment after "28% of growers", though all three are
// the source. Every item must open with a quantity and be short; two at
// least are needed, else s is returned.
func shareListStart(p *para, lo, s, e int) int {
	item := func(a, b int) bool {
		return a < b && b-a <= 6 && opensQuantity(p, a, b) && !hasComma(p, a, b)
	}
	if s-2 <= lo || !item(s, e) || (p.toks[s-1].lower != "and" && p.toks[s-1].lower != "or") {
		return s
	}
	c := s - 1
	if p.toks[c-1].text == "," {
		c-- // the serial comma
	}
	ls := segmentLeft(p, lo, c)
	if !item(ls, c) {
		return s
	}
	for hops := 0; hops < 6 && ls-1 > lo && p.toks[ls-1].text == ","; hops++ {
		ps := segmentLeft(p, lo, ls-1)
		if !item(ps, ls-1) {
			break
		}
		ls = ps
	}
	return ls
}

// adjectivePair reports whether the "and" or "or" at token and joins two
// adjectives of the noun after them, the first opening its segment:
// "Current and former officials", "Democratic and independent
// analysts". The segment ends at "and", which joins clauses as often.
func (x *extraction) adjectivePair(p *para, lo, and int) bool {
	a, b := and-1, and+1
	if a < lo || b+1 >= len(p.toks) || !(a == lo || isBoundaryTok(p.toks[a-1])) {
		return false
	}
	if p.toks[a].kind != 'w' || p.toks[b].kind != 'w' || isCapitalized(p.toks[b].text) {
		return false
	}
	// a capitalised adjective opening a sentence is often tagged as a
	// proper noun ("Current and former officials")
	first := x.posTag(p.toks[a].start) == "JJ" || x.posTag(p.toks[a].start) == "NNP" && isCapitalized(p.toks[a].text) && (a == lo || isSentenceEnd(p.toks[a-1]))
	return first && x.posTag(p.toks[b].start) == "JJ" && strings.HasPrefix(x.posTag(p.toks[b+1].start), "NN")
}
