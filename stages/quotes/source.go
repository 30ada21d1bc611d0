package quotes

// Finding the source of an attribution: the phrase left of a cue
// (sourceLeft, with appositives, relative clauses, fronted phrases and
// asides) and the phrase right of an inverted cue (npRight, and
// unlistedInverted for a tail verb the lexicon lacks). The subject
// shapes sourceLeft tries and the asides it skips are in sourcesubject.go.
// Whether a phrase can be a source at all is in validsource.go, whether a
// word can belong to a name (isNameTok, isNamePhrase) in names.go.

import (
	"strings"
	"unicode"
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
	case k < end && p.toks[k].lower == "who" && !x.reportsRelative(p, k+1, end) && plainRelative(p, k+1, end):
		// "said a few growers who sell at the pier", "said Ann Lee, a
		// pier expert who has written two books": a restrictive
		// relative clause describes the speaker, unless it reports the
		// speaker's words or wish ("who spoke on condition of anonymity")
	default:
		return e
	}
	if k >= end {
		return e
	}
	first := p.toks[k]
	// "said Tom Reyes, then senior editor at …": a role at another time
	// ("then" opens an adverbial elsewhere, so it is tested first)
	atOtherTime := (first.lower == "then" || first.lower == "now") && k+1 < end && p.toks[k+1].kind == 'w' && !adverbialStarts[p.toks[k+1].lower]
	if first.kind != 'w' || adverbialStarts[first.lower] && !atOtherTime || first.lower == "according" || first.lower == "citing" {
		return e
	}
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

// plainRelative reports whether the words [a, end) of a relative clause
// hold no quotation, dash, semicolon, colon or cue: a clause that only
// describes.
func plainRelative(p *para, a, end int) bool {
	for j := a; j < end; j++ {
		t := p.toks[j]
		if t.kind == 'q' || t.text == ";" || t.text == ":" || isDash(t.text) {
			return false
		}
		if _, ok := cueForms[t.lower]; ok {
			return false
		}
	}
	return true
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

// frontedName reports whether the capitalised words [s,e) before a comma
// are a fronted phrase rather than a name: they open with a preposition
// ("In Dover", "On Sunday") or end in a day or a month ("Late Friday",
// "Last March").
func frontedName(p *para, s, e int) bool {
	return s < e && (frontedOpeners[p.toks[s].lower] || isDate(p.toks[e-1]))
}

// refusalToSay reports whether the cue at token cue is a plain speech
// verb before a question it leaves open: "wouldn’t say when", "didn't
// tell us whether", "won’t say who". Only there is a negated auxiliary
// before the cue stepped over to its subject: other negated cues
// ("didn’t endorse", "doesn’t admit") deny an act more often than they
// report one.
func refusalToSay(p *para, cue int) bool {
	if cue+1 >= len(p.toks) || !refusedSpeech[p.toks[cue].lower] {
		return false
	}
	next := cue + 1
	if objectPronouns[p.toks[next].lower] && next+1 < len(p.toks) {
		next++
	}
	switch p.toks[next].lower {
	case "when", "whether", "if", "who", "whom", "which", "what", "where", "why", "how":
		return true
	}
	return false
}

// refusedSpeech are the forms of the plain speech verbs that report a
// question left open.
var refusedSpeech = set("say", "said", "tell", "told", "explain", "explained", "specify", "specified",
	"disclose", "disclosed", "reveal", "revealed", "comment", "discuss", "indicate", "indicated")

// negatedAuxiliary reports whether a word is an auxiliary with a
// contracted negation, which the tokens keep whole: "wouldn’t", "didn't",
// "won’t", "can't".
func negatedAuxiliary(w string) bool {
	stem, ok := strings.CutSuffix(w, "n’t")
	if !ok {
		stem, ok = strings.CutSuffix(w, "n't")
	}
	return ok && negatableAuxiliaries[stem]
}

// negatableAuxiliaries are the stems of the auxiliaries before "n’t"
// ("wo" of "won’t", "ca" of "can’t").
var negatableAuxiliaries = set("do", "does", "did", "would", "could", "should", "wo", "ca",
	"is", "are", "was", "were", "has", "have", "had", "must", "might", "need")

// subjectAddition open an aside that adds members to the subject before
// it: "and", "or", "including", "for instance", "in particular".
var subjectAddition = set("and", "or", "including", "for", "in", "especially", "notably", "among")

// sourceLeft finds the source phrase that ends right before the cue at
// token index cue, without going left of token lo. It skips auxiliaries
// ("had said") and time adverbials ("on Monday announced"), and takes in
// one appositive ("X, director of Y, told", "a spokesman, Colonel Z, said").
// A source that is the last conjunct of a coordinated subject takes the
// conjuncts before it in ("She and her aides have said", "Farm owners
// and officials, in fact, insist", "Current and former officials who
// spoke with the paper said").
func (x *extraction) sourceLeft(p *para, lo, cue int) (int, int, bool) {
	s, e, ok := x.sourceLeftPhrase(p, lo, cue)
	if ok {
		s = x.firstConjuncts(p, lo, s, e)
	}
	return s, e, ok
}

// sourceLeftPhrase is sourceLeft before the coordination step. It finds
// where the subject ends, past the auxiliaries, adverbs and time phrase
// before the cue, and first tries the shapes that give the source whole:
// a verb coordinated with an earlier one, an aside between dashes, a
// quoted title, a lone aside, a participle phrase between commas, a
// relative clause glossing the subject. Otherwise the source is the
// segment before the cue with what a comma joins to it (a place, a list
// of names, a role, an appositive), less what opens the sentence.
func (x *extraction) sourceLeftPhrase(p *para, lo, cue int) (int, int, bool) {
	// "She went on to say": the subject of "went"
	if cue-3 >= lo && p.toks[cue-1].lower == "to" && p.toks[cue-2].lower == "on" && goesOn[p.toks[cue-3].lower] {
		cue -= 3
	}
	// "Nora Vance, who told the Gazette that …", "officials who said":
	// the relative pronoun is the source (the speaker is its antecedent)
	if k := cue - 1; k > lo && p.toks[k].lower == "who" && (p.toks[k-1].text == "," || p.toks[k-1].kind == 'w') {
		return k, cue, true
	}
	j := x.subjectEndBefore(p, lo, cue)
	if j > lo && j == cue-1 && (p.toks[j].lower == "and" || p.toks[j].lower == "but") {
		if s, e, ok := x.subjectBeforeConjunction(p, lo, j); ok {
			return s, e, true
		}
	}
	if j > lo && isDash(p.toks[j].text) {
		if s, e, ok := x.subjectBeforeDashAside(p, lo, j); ok {
			return s, e, true
		}
	}
	if s, e, ok := x.quotedTitleAppositive(p, lo, j); ok {
		return s, e, true
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
	if commaBeforeCue {
		if as, ae, ok := x.loneAsideSubject(p, lo, e); ok {
			return as, ae, true
		}
	}
	s := segmentLeft(p, lo, e)
	if s >= e {
		return 0, 0, false
	}
	if commaBeforeCue {
		if ps, c, ok := x.subjectBeforeParticipialAside(p, lo, e); ok {
			return ps, c, true
		}
	}
	if gs, ge, ok := x.glossedSubject(p, lo, s, e, commaBeforeCue); ok {
		return gs, ge, true
	}
	s = startOverPlace(p, lo, s, e, commaBeforeCue)
	// "Ann Lee, Tom Ward and Jane Holloway said": the names before
	// the last two are the source too
	if ls := nameListStart(p, lo, s, e); ls < s {
		s = ls
	} else if ls := shareListStart(p, lo, s, e); ls < s {
		s = ls
	} else if s-1 > lo && p.toks[s-1].text == "," {
		cs, ce, chain := x.subjectAcrossComma(p, lo, s, e, commaBeforeCue)
		if chain {
			return cs, ce, true
		}
		s, e = cs, ce
	} else if commaBeforeCue {
		return x.subjectBeforeComma(p, lo, s, e)
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
	// "Current and former growers who sell at the pier said":
	// two adjectives of one noun
	if s-1 > lo && (p.toks[s-1].lower == "and" || p.toks[s-1].lower == "or") && x.adjectivePair(p, lo, s-1) {
		s -= 2
	}
	return x.trimSubjectOpeners(p, lo, s, e), e, true
}

// subjectEndBefore returns the index of the token where the subject
// before the cue may end: left of the auxiliaries ("had said"; a negated
// one only before a refusal to say, "wouldn’t say when"), the adverbs and
// floating quantifiers, and a capitalised time word with the word that
// opens its phrase ("on Monday announced", "last November said").
func (x *extraction) subjectEndBefore(p *para, lo, cue int) int {
	j := cue - 1
	refusal := refusalToSay(p, cue)
	for j >= lo && p.toks[j].kind == 'w' && ((auxiliaries[p.toks[j].lower] || refusal && negatedAuxiliary(p.toks[j].lower)) && !isCapitalized(p.toks[j].text) || j > lo && (x.isAdverbTok(p.toks[j]) || floatingQuantifier(p, j))) {
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
	return j
}

// subjectBeforeConjunction returns the subject of a cue that "and" or
// "but" at token and coordinates with an earlier verb: the subject of
// the coordination ("X defended the route and said", "X refused to
// answer but said", "X reminisced about her days, and said"), or the
// subject of the sentence's main clause, before a relative clause or a
// fronted phrase ("The spokesman refused to say who Stone would like to
// win but said").
func (x *extraction) subjectBeforeConjunction(p *para, lo, and int) (int, int, bool) {
	if p.toks[and-1].text == "," && and-1 > lo {
		and--
	}
	if s, e, ok := x.coordinatedSubject(p, lo, and); ok && !(s > lo && relativeOrSubordinate(p.toks[s-1])) {
		return s, e, true
	}
	if s, e, ok := x.clauseSubject(p, lo, and, false); ok {
		return s, e, true
	}
	return 0, 0, false
}

// subjectBeforeDashAside returns the source before an aside between
// dashes, the second dash at token j: a name with its appositive ("Ann
// Lee — a nurse from Millbrook — says"), or a subject with an aside that
// adds to it ("Growers — and, above all, Ann Lee — said", "— for
// instance, Lee —"); any other aside is left out of the source.
func (x *extraction) subjectBeforeDashAside(p *para, lo, j int) (int, int, bool) {
	for c := j - 1; c > lo && j-c < 20; c-- {
		t := p.toks[c]
		if t.kind == 'q' || isSentenceEnd(t) {
			break
		}
		if isDash(t.text) {
			if ps := segmentLeft(p, lo, c); ps < c && isNamePhrase(p, ps, c) && x.appositiveLike(p, c+1, j) {
				return nameBefore(p, lo, ps), j, true
			}
			// "The justice -- who has clashed with the mayor --
			// said", "Ward — after a long pause — told": any other
			// aside between dashes is left out of the source, but
			// one that adds to the subject stays
			if ps := segmentLeft(p, lo, c); ps < c && x.validSource(p, ps, c, false) {
				if subjectAddition[p.toks[c+1].lower] {
					return ps, j, true
				}
				return ps, c, true
			}
			break
		}
	}
	return 0, 0, false
}

// subjectBeforeParticipialAside returns the subject before a participle
// phrase set off by commas before the cue, without the phrase, whatever
// it holds: "The president, speaking at a rally in Ohio, said", "Reyes,
// asked whether he would run, replied". Token e is the comma before the
// cue.
func (x *extraction) subjectBeforeParticipialAside(p *para, lo, e int) (int, int, bool) {
	c := e - 1
	for c > lo && e-c < 24 && p.toks[c].text != "," && p.toks[c].kind != 'q' && !isSentenceEnd(p.toks[c]) {
		c--
	}
	if c > lo && p.toks[c].text == "," && x.participialAside(p, c+1, e) {
		if ps := segmentLeft(p, lo, c); isNamePhrase(p, ps, c) || x.describedSubject(p, ps, c) {
			return nameBefore(p, lo, ps), c, true
		}
	}
	return 0, 0, false
}

// glossedSubject returns the source when a relative clause after a comma
// glosses the subject, the clause ending in the segment [s, e) before
// the cue: "Barber, who is a legislator, said", also without the closing
// comma ("Reama, who retired in 1955 said"). A name keeps its gloss; a
// described speaker loses it ("The clerk, who asked not to be named
// because she had no leave to speak on the case, said"); a name under
// descriptions that end in a place or an age is the name ("Mark Stone, a
// bus driver from Dover, Del., who is …, said", "Ann Lee, 31, who was
// passing by, told").
func (x *extraction) glossedSubject(p *para, lo, s, e int, commaBeforeCue bool) (int, int, bool) {
	c := s - 1
	for c > lo && s-c < 16 && p.toks[c].text != "," {
		c--
	}
	if c > lo && c+1 < e && p.toks[c].text == "," && (p.toks[c+1].lower == "who" || p.toks[c+1].lower == "whose" || p.toks[c+1].lower == "which") {
		ps := segmentLeft(p, lo, c)
		if isNamePhrase(p, ps, c) && p.toks[c+1].lower != "which" {
			return ps, e, true
		}
		if commaBeforeCue && x.describedSubject(p, ps, c) {
			return nameBefore(p, lo, ps), c, true
		}
		if p.toks[c+1].lower != "which" {
			if ns, ok := x.describedName(p, lo, ps, c); ok {
				return ns, e, true
			}
		}
	}
	return 0, 0, false
}

// startOverPlace returns the start of the name [s, e) before the cue,
// taken back over the comma before it when the name ends a place written
// with commas: "Reyes, a delegate from Dover, Ohio, said" (a town and its
// state are one place, the end of the appositive before them), "Stone
// and Lee of the University of California, Berkeley, suggest" (a place
// after a comma that ends a name's "of" phrase is part of it, whether or
// not a comma closes it).
func startOverPlace(p *para, lo, s, e int, commaBeforeCue bool) int {
	if commaBeforeCue && s-1 > lo && p.toks[s-1].text == "," && e-s <= 3 && isNamePhrase(p, s, e) {
		if ps := segmentLeft(p, lo, s-1); ps < s-2 && placeEnds(p, ps, s-1) {
			s = ps
		}
	}
	if !commaBeforeCue && s-1 > lo && p.toks[s-1].text == "," && e-s <= 2 && isNamePhrase(p, s, e) {
		if ps := segmentLeft(p, lo, s-1); ps < s-2 && isNamePhrase(p, ps, s-1) && placeEnds(p, ps, s-1) && !frontedOpeners[p.toks[ps].lower] {
			s = ps
		}
	}
	return s
}

// subjectAcrossComma reads the segment [s, e) before the cue with the
// segment before the comma that opens it: one is a name and the other
// its role, party, abbreviation or appositive ("Charles Hughes, sponsor
// of the bill, said"), or [s, e) is an aside after the subject ("Smith,
// in fact, wrote"). It returns the subject, [s, e) when neither reading
// holds, and chain when subjectChain read the subject whole, to be
// returned as it is.
func (x *extraction) subjectAcrossComma(p *para, lo, s, e int, commaBeforeCue bool) (int, int, bool) {
	ps := pastOpeners(p, segmentLeft(p, lo, s-1), s-1)
	asideS, asideE, aside := 0, 0, false
	if commaBeforeCue && x.adverbialLike(p, s) {
		asideS, asideE, aside = x.subjectBeforeAside(p, lo, ps, s)
	}
	// "In Dover, former Mayor Lee said", "Late Friday, the
	// clerk said": a place or a day before the comma closes a
	// fronted phrase, it is no name that the role glosses
	fronted := frontedName(p, ps, s-1)
	switch {
	case isRolePhrase(p, s, e) && isNamePhrase(p, ps, s-1) && !fronted:
		s = ps
	case commaBeforeCue && isNamePhrase(p, s, e) && isRolePhrase(p, ps, s-1):
		s = ps
	case commaBeforeCue && isNamePhrase(p, ps, s-1) && (partyDesignation(p, s, e) || abbreviation(p, s, e)):
		// "Sen. Ann Lee, D-Ore., said", "Stone of Millbrook,
		// Ohio, says", "Acme, Inc., said"
		s = ps
	case commaBeforeCue && isNamePhrase(p, ps, s-1) && x.appositiveLike(p, s, e) && !fronted:
		// "Charles Hughes, sponsor of the bill, said", "Pierre
		// Salinger, White House press secretary, replied"
		s = ps
	case aside:
		// "Smith, in fact, wrote", "Lee’s campaign, for example,
		// said": the subject without the aside
		s, e = asideS, asideE
	case commaBeforeCue:
		if cs, ce, ok := x.subjectChain(p, lo, e); ok {
			return cs, ce, true
		}
	}
	return s, e, false
}

// subjectBeforeComma returns the source of the segment [s, e) that the
// comma before the cue closes, when no comma before the segment joins it
// to another: a name with a long appositive, a chain of subjects, or a
// name with its parenthesis.
func (x *extraction) subjectBeforeComma(p *para, lo, s, e int) (int, int, bool) {
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
}

// trimSubjectOpeners returns the start of the subject [s, e) past what
// opens the sentence before it: a conjunction or an adverb, a word before
// a subject pronoun, a fronted phrase; a quantity's modifier stays.
func (x *extraction) trimSubjectOpeners(p *para, lo, s, e int) int {
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
	if s < e-1 && frontedOpeners[p.toks[s].lower] && !opensWithQuantity(p, s, e) {
		if k := x.subjectAfterFronted(p, s, e); k > s {
			s = k
		}
	}
	// "More than half said", "Nearly a third say": the quantity's
	// modifier belongs to the source
	return quantityModifierStart(p, lo, s, e)
}

// pastOpeners returns the first token of [s, e) after the capitalised
// coordinators and discourse adverbs that open a sentence ("But",
// "Still", "Meanwhile"): in "But Ann Lee, the group's director, said" the
// name before the appositive is "Ann Lee", not "But Ann Lee", which is
// no name, so the appositive alone was taken for the source and the
// speaker. A subordinator ("Since", "As", "When") opens a phrase or a
// clause of its own and is left alone.
func pastOpeners(p *para, s, e int) int {
	for s < e-1 && p.toks[s].kind == 'w' && isCapitalized(p.toks[s].text) &&
		(coordinators[p.toks[s].lower] || discourseAdverbs[p.toks[s].lower] && !clauseBoundaries[p.toks[s].lower]) {
		s++
	}
	return s
}

// coordinators join clauses; one opening a sentence links it to the one
// before.
var coordinators = set("and", "but", "yet", "so", "or", "nor")

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

// unlistedInverted parses an inverted tail whose verb the cue lexicon does
// not list: "“This is a fine day!” beamed Ann Lee of Dover." Right after a
// quotation closed by a comma, "!" or "?", a lower-case past tense and then
// a name or a determiner's phrase can only be telling who spoke (beamed,
// scoffed, mused, quipped); the verbs of being, having and motion, which
// invert for other reasons ("came shouts from the hall"), are left out.
func (x *extraction) unlistedInverted(p *para, i, hi int) (attribution, bool) {
	if i+1 >= hi || p.toks[i].kind != 'w' || isCapitalized(p.toks[i].text) || x.posTag(p.toks[i].start) != "VBD" || notSpeaking[p.toks[i].lower] {
		return attribution{}, false
	}
	before := strings.TrimRightFunc(x.text[:p.toks[i].start], unicode.IsSpace)
	before = strings.TrimRight(before, "”\"'’")
	if !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "!") && !strings.HasSuffix(before, "?") {
		return attribution{}, false
	}
	if n := p.toks[i+1]; n.kind != 'w' || !isCapitalized(n.text) && !determiners[n.lower] {
		return attribution{}, false
	}
	s, e := npRight(p, i+1, hi, invertedStops)
	if s >= e || !x.validSource(p, s, e, true) {
		return attribution{}, false
	}
	e = x.appositiveTail(p, s, e, hi)
	return attribution{srcS: s, srcE: e, cueS: i, cueE: i + 1, after: e}, true
}

// notSpeaking are past tenses that invert after a quotation without
// telling who spoke it.
var notSpeaking = set("was", "were", "had", "did", "came", "went", "got", "seemed", "looked", "became", "stood", "sat", "lay", "followed", "ran")

// quotationOpensSentence reports whether the quotation closed right before
// token i opens its sentence: "“…,” Lee riffed on the answer, drawing
// laughs." Then the subject and past tense after it tell who spoke it,
// whatever follows the verb.
func (x *extraction) quotationOpensSentence(p *para, i int) bool {
	for _, m := range p.marks {
		if m.parent < 0 && m.closed && m.closeEnd <= p.toks[i].start && strings.TrimSpace(x.text[m.closeEnd:p.toks[i].start]) == "" {
			return x.opensSentence(p, m.open)
		}
	}
	return false
}
