package quantities

import "strings"

// withTense sets the tense of the clause around d.
func (x *extractor) withTense(d date) date {
	d.tense = x.tenseAt(d.start, d.end)
	return d
}

// tenseAt returns the tense of the clause around tokens [start, end):
// "last"/"next" right before the date ("since" gives the past, "this" the
// publication year); else the past when the date names something said or
// written ("her March remark", "an announcement in September", see
// phraseOfDate); else, unless the date follows a number ("180,000 in
// May"), the finite verb of the date's own clause before it, when that
// verb is in the present tense or a modal (see clauseTense); else the
// nearest verb form that shows tense (a past-tense verb, "will", "'ll",
// "is to"), looking no further than the sentence's ends.
func (x *extractor) tenseAt(start, end int) int {
	toks := x.toks
	if start > 0 {
		switch toks[start-1].lower {
		case "last", "past", "previous":
			return strictPast
		case "next", "coming", "upcoming":
			return strictFuture
		case "since":
			return tensePast
		case "this":
			return thisYear
		}
	}
	phrase := phraseOfDate(toks, start, end)
	if phrase == datesRecord {
		return tensePast
	}
	if phrase == datesClause && clauseTense(toks, start) == tenseFuture {
		return tenseFuture
	}
	for dist := 1; dist < len(toks); dist++ {
		found := false
		for _, k := range []int{start - dist, end - 1 + dist} {
			if k < 0 || k >= len(toks) {
				continue
			}
			found = true
			if tn := tenseOf(toks, k); tn != tenseNone {
				return tn
			}
		}
		if !found {
			break
		}
	}
	return tenseNone
}

// tenseOf reads the tense token k shows.
func tenseOf(toks []tok, k int) int {
	t := toks[k]
	switch t.lower {
	case "will", "'ll", "’ll", "shall", "won't", "won’t", "tomorrow":
		return tenseFuture
	case "was", "were", "had", "did", "ago", "yesterday", "earlier":
		return tensePast
	case "is", "are":
		if k+1 < len(toks) && toks[k+1].lower == "to" || k+1 < len(toks) && toks[k+1].lower == "due" {
			return tenseFuture
		}
	}
	if t.pos == "VBD" && !t.guessed {
		return tensePast
	}
	if t.pos == "VBN" && !t.guessed || t.guessed && (irregularPast[t.lower] ||
		isLower(t) && strings.HasSuffix(t.lower, "ed") && len(t.lower) >= 4 && k > 0 && !determiners[toks[k-1].lower]) {
		// "killed", "has announced": past, unless a present or future
		// auxiliary governs it ("is expected", "will be held").
		for b := k - 1; b >= 0 && b >= k-2; b-- {
			if presentAuxiliaries[toks[b].lower] {
				return tenseNone
			}
		}
		return tensePast
	}
	return tenseNone
}

// clauseTense reads the finite verb nearest before toks[start] in the
// same clause (back to a comma, a colon, a semicolon, a dash, a bracket, a
// quotation mark or the sentence start). A verb in the present tense or a
// modal puts what the clause tells ahead of the publication date: in "Lee
// said the plant opens in March" the month's clause is "the plant opens",
// and the reporting verb "said" is another clause's. It returns tenseFuture
// for such a verb, tensePast for a past form, a negated past ("didn't")
// or a perfect ("has been", "could have won"), and tenseNone when the
// clause shows no tense before the date. A comparison's "from" also ends
// the search: "sales are up from March" measures from a past month.
func clauseTense(toks []tok, start int) int {
	for k := start - 1; k >= 0; k-- {
		t := toks[k]
		if clauseBreaks[t.text] || t.lower == "from" {
			return tenseNone
		}
		if negatedPast[t.lower] {
			return tensePast
		}
		if tn := tenseOf(toks, k); tn != tenseNone {
			return tn
		}
		if presentOrModal(toks, k) {
			return tenseFuture
		}
	}
	return tenseNone
}

// clauseBreaks end the search for a date's clause.
var clauseBreaks = toSet(`, ; : — – -- ( ) [ ] " “ ” '' `)

// negatedPast are past forms of "do" and "be" with "not" run in.
var negatedPast = toSet(`didn't didn’t wasn't wasn’t weren't weren’t hadn't hadn’t`)

// presentOrModal reports whether toks[k] is a verb in the present tense or a
// modal: "opens", "is", "are", "plans" (to), "would", "could", "may". A
// present reporting verb ("says") gives no tense to what it reports, and
// "has"/"have" before a participle is the present perfect, a past.
func presentOrModal(toks []tok, k int) bool {
	t := toks[k]
	if k > 0 && toks[k-1].lower == "to" {
		return false // "to speak": an infinitive the tagger took for a present
	}
	switch t.lower {
	case "is", "are", "am", "isn't", "aren't", "isn’t", "aren’t", "does", "doesn't", "doesn’t",
		"would", "could", "might", "should", "must", "can", "cannot",
		"wouldn't", "wouldn’t", "can't", "can’t", "couldn't", "couldn’t":
		// "could have won": a past the clause did not see
		return !(k+1 < len(toks) && toks[k+1].lower == "have")
	case "may":
		return isLower(t) // "May" is the month
	case "has", "have":
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if toks[j].lower == "been" || toks[j].pos == "VBN" && !toks[j].guessed {
				return false // "has been", "have not yet agreed"
			}
		}
	}
	return !t.guessed && (t.pos == "VBZ" || t.pos == "VBP") && !presentReporting[t.lower]
}

// presentReporting are reporting verbs in the present tense: what they
// report keeps its own tense ("Lee says the plant opened in March").
var presentReporting = toSet(`says say tells tell writes write notes note adds add argues argue claims claim
insists insist recalls recall explains explain warns warn acknowledges acknowledge reports report
believes believe thinks think knows know`)

// irregularPast are the past-tense forms news uses most that do not end
// in -ed; without POS tags they show the past tense.
var irregularPast = toSet(`said told took fell rose won lost began came went met led left held made gave
saw got put ran sent set spent struck fought hit shot bought brought caught thought sought taught
wrote spoke broke chose drove flew grew knew threw became stood understood overcame withdrew paid
laid sold built felt kept slept swept meant read heard found sat fled`)

// determiners before an -ed word make it an adjective ("the injured").
var determiners = toSet(`a an the this that these those its his her their our my your`)

// presentAuxiliaries before a participle keep it out of the past.
var presentAuxiliaries = toSet(`is are am be being 's ’s will would can could may might should must to`)
