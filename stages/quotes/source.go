package quotes

// Finding the source of an attribution: the phrase left of a cue
// (sourceLeft, with appositives, relative clauses, fronted phrases and
// asides) and the phrase right of an inverted cue (npRight). Whether a
// phrase can be a source at all is in validsource.go, whether a word can
// belong to a name (isNameTok, isNamePhrase) in names.go.

import (
	"strings"

	"github.com/newsclaims/newsclaims/internal/newsnames"
)

func isBoundaryTok(t token) bool {
	if t.kind == 'q' {
		return true
	}
	if t.kind == 'p' {
		switch t.text {
		case ",", ";", ":", "(", ")", "[", "]", "—", "–", "--", "-", ".", "!", "?", "…":
			return true
		}
		return false
	}
	return clauseBoundaries[t.lower] && !isCapitalized(t.text)
}

// segmentLeft returns the first token index of the phrase ending at e
// (exclusive) that starts after the nearest boundary at or after lo.
func segmentLeft(p *para, lo, e int) int {
	k := e - 1
	// "Sen. Mark Stone (R-Utah)": a short parenthetical after a name
	// belongs to it
	if k > lo && p.toks[k].text == ")" {
		for b := k - 1; b > lo && k-b <= 8; b-- {
			if p.toks[b].text == "(" {
				if isNameTok(p.toks[b-1]) {
					k = b - 1
				}
				break
			}
			if p.toks[b].text == ")" || p.toks[b].kind == 'q' {
				break
			}
		}
	}
	for k >= lo {
		t := p.toks[k]
		// "the rebels' negotiating team": a plural possessive, not a mark
		if t.kind == 'q' && (t.text == "'" || t.text == "’") && k > lo && p.toks[k-1].end == t.start && strings.HasSuffix(p.toks[k-1].lower, "s") && k+1 < e && p.toks[k+1].kind == 'w' {
			k--
			continue
		}
		if isBoundaryTok(t) {
			// "Center for Global Risk and Security": "and" inside a name;
			// "R-Ky.,", "Inc.,", "Jr.,": a dot glued to a word and followed
			// by a comma ends an abbreviation, not a sentence
			inName := t.lower == "and" && k > lo && k+1 < e && isNameTok(p.toks[k-1]) && isNameTok(p.toks[k+1])
			abbrev := t.text == "." && k > lo && p.toks[k-1].end == t.start && p.toks[k-1].kind == 'w' &&
				k+1 < len(p.toks) && p.toks[k+1].text == ","
			// "21,000 said", "a 57,000-member page": a comma inside a
			// number
			inNumber := t.text == "," && k > lo && k+1 < len(p.toks) && p.toks[k-1].end == t.start && p.toks[k+1].start == t.end &&
				startsWithDigit(p.toks[k+1].text) && p.toks[k-1].text != "" && p.toks[k-1].text[len(p.toks[k-1].text)-1] >= '0' && p.toks[k-1].text[len(p.toks[k-1].text)-1] <= '9'
			if !inName && !abbrev && !inNumber {
				break
			}
		}
		k--
	}
	return k + 1
}

// appositiveTail returns the end of the source [s, e) of an inverted
// attribution ("…,” said X, …) taken to the end of the sentence when the
// rest describes X: "said Mark Stone, who was director of
// harbor safety from 2003 to 2007", "said Ann Lee, president
// and chief executive of the Valley Growers Council". A
// participle phrase ("…, asked about his claims"), an adverbial ("…, in a
// statement"), another cue or a quotation after the comma is no
// description and stays out.
func (x *extraction) appositiveTail(p *para, s, e, hi int) int {
	end := hi
	for end > e && p.toks[end-1].kind == 'p' {
		end--
	}
	k := e
	switch {
	case k < end && p.toks[k].text == ",":
		k++
	case k < end && p.toks[k].lower == "and" && hasComma(p, s, e):
		// the appositive went on past "and"
	default:
		return e
	}
	if k >= end {
		return e
	}
	first := p.toks[k]
	if first.kind != 'w' || adverbialStarts[first.lower] || first.lower == "according" || first.lower == "citing" {
		return e
	}
	// "said Tom Reyes, then senior editor at …": a role at another time
	atOtherTime := (first.lower == "then" || first.lower == "now") && k+1 < end && p.toks[k+1].kind == 'w' && !adverbialStarts[p.toks[k+1].lower]
	if tag := x.posTag(first.start); (tag == "VBN" || tag == "VBG" || tag == "VBD" || tag == "RB") && !atOtherTime {
		return e
	}
	for j := k; j < end; j++ {
		t := p.toks[j]
		if t.kind == 'q' || t.text == ";" || t.text == ":" {
			return x.beforeRelative(p, k, j, e)
		}
		if f, ok := cueForms[t.lower]; ok && (f.gerund || t.lower == "said" || t.lower == "says") {
			return x.beforeRelative(p, k, j, e)
		}
	}
	if end-k > 30 {
		return x.beforeRelative(p, k, end, e)
	}
	return end
}

// beforeRelative returns the end of an inverted source's description
// [k, j) that a relative clause follows, when the sentence after it holds
// more than a description: "said Paul Ward, a dentist from
// Millbrook, Ohio, who said he has known her for …", "said Rita
// Vance, a Dover ad consultant and a well-known county Democrat who
// said she would not vote …". The description is the source with the name;
// without a relative pronoun, or with a verb before it, the name alone (e).
func (x *extraction) beforeRelative(p *para, k, j, e int) int {
	for r := k + 1; r < j; r++ {
		if w := p.toks[r].lower; w != "who" && w != "whose" {
			continue
		}
		if x.hasFiniteVerb(p, k, r) {
			return e
		}
		if p.toks[r-1].text == "," {
			r--
		}
		return r
	}
	return e
}

// hasComma reports whether tokens [s,e) hold a comma.
func hasComma(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if p.toks[k].text == "," {
			return true
		}
	}
	return false
}

// isRolePhrase reports whether tokens [s,e) describe a role ("director of the
// RAND Center", "a Baghdad-based US military spokesman").
func isRolePhrase(p *para, s, e int) bool {
	if s >= e {
		return false
	}
	first := p.toks[s]
	// a possessive opens a role as a determiner does: "Qatar's foreign
	// ministry spokesman"
	possessive := strings.HasSuffix(first.lower, "'s") || strings.HasSuffix(first.lower, "’s")
	if determiners[first.lower] || !isCapitalized(first.text) || possessive {
		for k := s; k < e; k++ {
			if roleNouns[p.toks[k].lower] || roleNouns[strings.TrimSuffix(p.toks[k].lower, "s")] {
				return true
			}
		}
	}
	return false
}

// sourceLeft finds the source phrase that ends right before the cue at
// token index cue, without going left of token lo. It skips auxiliaries
// ("had said") and time adverbials ("on Monday announced"), and takes in
// one appositive ("X, director of Y, told", "a spokesman, Colonel Z, said").
func (x *extraction) sourceLeft(p *para, lo, cue int) (int, int, bool) {
	// "She went on to say": the subject of "went"
	if cue-3 >= lo && p.toks[cue-1].lower == "to" && p.toks[cue-2].lower == "on" && goesOn[p.toks[cue-3].lower] {
		cue -= 3
	}
	// "Nora Vance, who told the Gazette that …", "officials who said":
	// the relative pronoun is the source (the speaker is its antecedent)
	if k := cue - 1; k > lo && p.toks[k].lower == "who" && (p.toks[k-1].text == "," || p.toks[k-1].kind == 'w') {
		return k, cue, true
	}
	j := cue - 1
	for j >= lo && p.toks[j].kind == 'w' && (auxiliaries[p.toks[j].lower] && !isCapitalized(p.toks[j].text) || j > lo && x.isAdverbTok(p.toks[j])) {
		j--
	}
	for j > lo && p.toks[j].kind == 'w' && (timeWords[p.toks[j].lower] || monthNames[p.toks[j].lower]) && isCapitalized(p.toks[j].text) {
		switch p.toks[j-1].lower {
		case "on", "last", "this", "next", "in", "early", "late":
			j -= 2 // "on Monday", "last November"
			continue
		}
		break
	}
	// "X defended the route and said", "X refused to answer but said",
	// "X reminisced about her days, and said"
	if j > lo && j == cue-1 && (p.toks[j].lower == "and" || p.toks[j].lower == "but") {
		and := j
		if p.toks[and-1].text == "," && and-1 > lo {
			and--
		}
		if s, e, ok := x.coordinatedSubject(p, lo, and); ok && !(s > lo && relativeOrSubordinate(p.toks[s-1])) {
			return s, e, true
		}
		// the subject of the sentence's main clause, before a relative
		// clause or a fronted phrase: "The spokesman refused to say who
		// Stone would like to win but said"
		if s, e, ok := x.clauseSubject(p, lo, and, false); ok {
			return s, e, true
		}
	}
	// "Ann Lee — a nurse from Millbrook — says": an appositive
	// between dashes
	if j > lo && isDash(p.toks[j].text) {
		for c := j - 1; c > lo && j-c < 20; c-- {
			t := p.toks[c]
			if t.kind == 'q' || isSentenceEnd(t) {
				break
			}
			if isDash(t.text) {
				if ps := segmentLeft(p, lo, c); ps < c && isNamePhrase(p, ps, c) && x.appositiveLike(p, c+1, j) {
					return nameBefore(p, lo, ps), j, true
				}
				break
			}
		}
	}
	commaBeforeCue := false
	if j >= lo && p.toks[j].text == "," {
		commaBeforeCue = true
		j--
	}
	e := j + 1
	if e <= lo {
		return 0, 0, false
	}
	s := segmentLeft(p, lo, e)
	if s >= e {
		return 0, 0, false
	}
	// "The president, speaking at a rally in Ohio, said", "Reyes, asked
	// whether he would run, replied": the subject without the participle
	// phrase set off by commas, whatever that phrase holds
	if commaBeforeCue {
		c := e - 1
		for c > lo && e-c < 24 && p.toks[c].text != "," && p.toks[c].kind != 'q' && !isSentenceEnd(p.toks[c]) {
			c--
		}
		if c > lo && p.toks[c].text == "," && x.participialAside(p, c+1, e) {
			if ps := segmentLeft(p, lo, c); isNamePhrase(p, ps, c) || x.describedSubject(p, ps, c) {
				return nameBefore(p, lo, ps), c, true
			}
		}
	}
	// "Barber, who is a legislator, said": the relative clause glosses the name
	{
		// also without the closing comma: "Reama, who retired in 1955 said"
		c := s - 1
		for c > lo && s-c < 16 && p.toks[c].text != "," {
			c--
		}
		if c > lo && c+1 < e && p.toks[c].text == "," && (p.toks[c+1].lower == "who" || p.toks[c+1].lower == "whose" || p.toks[c+1].lower == "which") {
			ps := segmentLeft(p, lo, c)
			if isNamePhrase(p, ps, c) && p.toks[c+1].lower != "which" {
				return ps, e, true
			}
			// "The clerk, who asked not to be named because she
			// had no leave to speak on the case, said": a
			// described speaker, without the (often long) gloss
			if commaBeforeCue && x.describedSubject(p, ps, c) {
				return nameBefore(p, lo, ps), c, true
			}
			// "Mark Stone, a bus driver from Dover, Del., who is …, said",
			// "Ann Lee, 31, who was passing by, told": a name under
			// descriptions that end in a place or an age
			if p.toks[c+1].lower != "which" {
				if ns, ok := x.describedName(p, lo, ps, c); ok {
					return ns, e, true
				}
			}
		}
	}
	// "Reyes, a delegate from Dover, Ohio, said": a town and its state
	// are one place, the end of the appositive before them
	if commaBeforeCue && s-1 > lo && p.toks[s-1].text == "," && e-s <= 3 && isNamePhrase(p, s, e) {
		if ps := segmentLeft(p, lo, s-1); ps < s-2 && placeEnds(p, ps, s-1) {
			s = ps
		}
	}
	if s-1 > lo && p.toks[s-1].text == "," {
		ps := segmentLeft(p, lo, s-1)
		switch {
		case isRolePhrase(p, s, e) && isNamePhrase(p, ps, s-1):
			s = ps
		case commaBeforeCue && isNamePhrase(p, s, e) && isRolePhrase(p, ps, s-1):
			s = ps
		case commaBeforeCue && isNamePhrase(p, ps, s-1) && (partyDesignation(p, s, e) || abbreviation(p, s, e)):
			// "Sen. Ann Lee, D-Ore., said", "Stone of Millbrook,
			// Ohio, says", "Acme, Inc., said"
			s = ps
		case commaBeforeCue && isNamePhrase(p, ps, s-1) && x.appositiveLike(p, s, e):
			// "Charles Hughes, sponsor of the bill, said", "Pierre
			// Salinger, White House press secretary, replied"
			s = ps
		case commaBeforeCue && x.adverbialLike(p, s) && (isNamePhrase(p, ps, s-1) || x.nounPhraseSubject(p, ps, s-1)):
			// "Smith, in fact, wrote", "Lee’s campaign, for example,
			// said": the subject without the aside
			s, e = ps, s-1
		case commaBeforeCue:
			if cs, ce, ok := x.subjectChain(p, lo, e); ok {
				return cs, ce, true
			}
		}
	} else if commaBeforeCue {
		// "Jane Holloway, a party organiser and the mayor's chief
		// adviser in her 2010 race, said": an appositive long
		// enough to hold words that end a segment ("and", "who")
		if ns, ok := x.longAppositive(p, lo, e); ok {
			return ns, e, true
		}
		if cs, ce, ok := x.subjectChain(p, lo, e); ok {
			return cs, ce, true
		}
		// "Sen. Mark Stone (R-Utah), said": a name and its parenthesis
		// before a stray comma
		if p.toks[e-1].text == ")" {
			if open := parenOpen(p, s, e-1); open > s && isNamePhrase(p, s, open) {
				return s, e, true
			}
		}
		return 0, 0, false
	} else if s-1 >= lo && relativePronouns[p.toks[s-1].lower] {
		// "One county official who described the meeting said": a
		// restrictive relative clause belongs to the source
		if ps := segmentLeft(p, lo, s-1); ps < s-1 && (isNamePhrase(p, ps, s-1) || x.nounPhraseSubject(p, ps, s-1)) {
			s = ps
		}
	} else if s-1 > lo && (p.toks[s-1].lower == "and" || p.toks[s-1].lower == "or") {
		if cs, ok := x.coordinatedNounPhrase(p, lo, s-1, e); ok {
			s = cs
		}
	}
	// a sentence-initial conjunction or adverb is not part of the source:
	// "But he said", "Then it added", "Also Tuesday the ministry said",
	// "Simultaneously the President announced"
	for s < e-1 && p.toks[s].kind == 'w' && (clauseBoundaries[p.toks[s].lower] || discourseAdverbs[p.toks[s].lower] ||
		weekdayNames[p.toks[s].lower] || x.posTag(p.toks[s].start) == "RB" && isCapitalized(p.toks[s].text)) {
		s++
	}
	// a subject pronoun takes no modifier: "Sunday he added", a subhead run
	// into the sentence ("Calls proposal modest He said")
	if e-s > 1 && subjectPronouns[p.toks[e-1].lower] && p.toks[e-2].kind == 'w' && p.toks[e-2].lower != "and" && p.toks[e-2].lower != "or" {
		s = e - 1
	}
	// a fronted phrase before the subject: "In two cases he ruled", "In a
	// statement the ministry said"
	if s < e-1 && frontedOpeners[p.toks[s].lower] {
		if k := x.subjectAfterFronted(p, s, e); k > s {
			s = k
		}
	}
	return s, e, true
}

// describedName finds the name before the descriptions [s, c) that a
// relative clause at c follows: "Mark Stone, a bus driver from Dover,
// Del., who sits on the guild board, said", "Ann Lee, 31, who was
// passing by, told". The descriptions are comma-separated phrases, each an
// appositive, an age, or a place with its state; the source is the name
// with all of them, as the annotated news keeps them.
func (x *extraction) describedName(p *para, lo, s, c int) (int, bool) {
	for steps := 0; steps < 4 && s < c && c-s < 20; steps++ {
		seg := x.appositiveLike(p, s, c) || placeEnds(p, s, c) || abbreviation(p, s, c) ||
			c-s == 1 && startsWithDigit(p.toks[s].text) || isNamePhrase(p, s, c) && steps > 0
		if !seg || s-1 <= lo || p.toks[s-1].text != "," {
			return 0, false
		}
		ps := segmentLeft(p, lo, s-1)
		if ps >= s-1 {
			return 0, false
		}
		if isNamePhrase(p, ps, s-1) {
			return ps, true
		}
		s, c = ps, s-1
	}
	return 0, false
}

// placeEnds reports whether tokens [s,e) end in a place name after a
// preposition of place: "a delegate from Houston", "a teacher in Dayton".
func placeEnds(p *para, s, e int) bool {
	k := e
	for k > s && isNameTok(p.toks[k-1]) {
		k--
	}
	if k == e || k-1 <= s {
		return false
	}
	switch p.toks[k-1].lower {
	case "from", "in", "of", "near", "outside":
		return true
	}
	return false
}

// parenOpen returns the index of the "(" that the ")" at token close
// closes, not before s; or -1.
func parenOpen(p *para, s, close int) int {
	for k := close - 1; k >= s; k-- {
		if p.toks[k].text == "(" {
			return k
		}
	}
	return -1
}

// isDash reports whether a punctuation token is a dash that sets off an
// aside.
func isDash(t string) bool { return t == "—" || t == "–" || t == "--" }

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
	if first.kind != 'w' || frontedOpeners[first.lower] || clauseBoundaries[first.lower] || adverbialStarts[first.lower] || subjectPronouns[first.lower] {
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
// attended, said" → "Douglas Pratt, president of the PTC".
func nameBefore(p *para, lo, s int) int {
	if s-1 > lo && p.toks[s-1].text == "," {
		if ps := segmentLeft(p, lo, s-1); isNamePhrase(p, ps, s-1) {
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

// npRight returns the noun phrase starting at token from: up to a comma,
// sentence punctuation, a quote mark, a clause word, or hi. stopWords end it too.
func npRight(p *para, from, hi int, stopWords map[string]bool) (int, int) {
	e := from
	appositive := false
	for e < hi {
		t := p.toks[e]
		if t.kind == 'q' || (t.kind == 'p' && t.text != "'" && t.text != "&" && t.text != "/") {
			if t.text == "," && e+1 < hi && !appositive && isNamePhrase(p, from, e) && isRolePhrase(p, e+1, min(hi, e+8)) {
				// "said X, director of Y." keeps the appositive
				e++
				appositive = true
				continue
			}
			break
		}
		// "said X, a professor at Cornell University": the role's
		// institution is part of the appositive
		placeOfRole := appositive && (t.lower == "at" || t.lower == "in") && e+1 < hi && isNameTok(p.toks[e+1])
		if t.kind == 'w' && e > from && ((clauseBoundaries[t.lower] && !isCapitalized(t.text)) || stopWords[t.lower] && !placeOfRole) {
			break
		}
		if _, ok := cueForms[t.lower]; ok && e > from && cueForms[t.lower].gerund {
			break
		}
		e++
	}
	return from, e
}

// invertedStops end the source of "said X": not "of", which appositives use.
var invertedStops = set("in", "on", "at", "during", "after", "before", "when", "while", "as", "that", "earlier", "later")
