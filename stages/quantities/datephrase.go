package quantities

import "strings"

// The noun phrase a date belongs to. A date that modifies a noun ("his
// April remark", "Friday's deal", "the November election") or follows one
// ("an announcement in September", "the assertion Tuesday night", "180,000
// in May") dates that thing, not the clause around it: "the figure follows
// 180,000 in May" is a present clause about a past count. The noun then
// says which way the date goes: something said or written is past; an election
// or another scheduled contest is as far ahead as its clause says ("who is
// running in Tuesday's primary"); anything else is left to the nearest
// verb that shows tense.

// datePhrase is what the words around a date make of it.
type datePhrase int

const (
	datesClause datePhrase = iota // the date's clause dates it
	datesRecord                   // it dates something said or written: the past
	datesNoun                     // it dates another noun or a number: not the clause
)

// phraseOfDate tells what the date at tokens [start, end) dates.
func phraseOfDate(toks []tok, start, end int) datePhrase {
	nouns := modifiedNouns(toks, start, end)
	if len(nouns) == 0 && start > 0 {
		// "the assertion Tuesday", "an announcement in September", "180,000 in May"
		k := start - 1
		if (toks[k].lower == "in" || toks[k].lower == "on") && k > 0 {
			k--
		}
		switch {
		case recordNouns[toks[k].lower] && isNounTag(toks[k].pos):
			return datesRecord
		case k < start-1 && measured(toks, k):
			return datesNoun
		}
		return datesClause
	}
	for _, n := range nouns {
		if contestNouns[n] {
			return datesClause
		}
	}
	for _, n := range nouns {
		if recordNouns[n] {
			return datesRecord
		}
	}
	if len(nouns) > 0 {
		return datesNoun
	}
	return datesClause
}

// modifiedNouns returns the lower-cased words of the noun a date modifies,
// inside a noun phrase the date is a possessive of ("Friday's provisional
// deal", "Thursday night's debate") or that a determiner or a possessive
// opens before it ("his Tuesday wins", "the Aug. 30 Senate primary", "a
// flawed November election"): at most three words up to a function word
// or a punctuation mark. It returns nil when the date modifies no noun.
func modifiedNouns(toks []tok, start, end int) []string {
	k := end
	possessive := possessiveBase(toks[end-1].lower) != toks[end-1].lower
	if !possessive && k < len(toks) && partsOfDay[possessiveBase(toks[k].lower)] {
		possessive = possessiveBase(toks[k].lower) != toks[k].lower // "Thursday night's"
		k++
	}
	if !possessive && !opensNounPhrase(toks, start) {
		return nil
	}
	var nouns []string
	for ; k < len(toks) && k < end+4 && len(nouns) < 3; k++ {
		t := toks[k]
		if !t.word || t.digit || functionWords[t.lower] || t.lower == "may" && !isLower(t) {
			break
		}
		nouns = append(nouns, t.lower)
	}
	return nouns
}

// partsOfDay after a weekday belong to the date ("Tuesday night's vote").
var partsOfDay = toSet(`morning afternoon evening night`)

// opensNounPhrase reports a determiner or a capitalised possessive before
// toks[i], with at most two adjectives between: "the", "a flawed", "its",
// "Clinton's", "New Hampshire's".
func opensNounPhrase(toks []tok, i int) bool {
	k := i - 1
	for adjectives := 0; k >= 0 && adjectives < 2 && isLower(toks[k]) && !functionWords[toks[k].lower] &&
		(strings.HasPrefix(toks[k].pos, "JJ") || toks[k].pos == "VBN" || toks[k].guessed); adjectives++ {
		k--
	}
	if k < 0 {
		return false
	}
	d := toks[k]
	return monthDeterminers[d.lower] || possessiveBase(d.lower) != d.lower && d.isCapitalized()
}

// measured reports a number, or a number and its unit, ending at toks[k]:
// "180,000", "30 percent", "$2 million". A date after it and "in" says
// when the count was made, not when the clause's verb happens.
func measured(toks []tok, k int) bool {
	if toks[k].digit {
		return true
	}
	return k > 0 && toks[k-1].digit && measureWords[toks[k].lower]
}

// measureWords follow a number before "in" and a month: "5 percent in May".
var measureWords = toSet(`percent % million billion trillion points`)

// recordNouns are things said or written: dated, they are past ("her
// March remark", "an announcement in September"). A win or a defeat is
// not among them: "a victory in November" may be hoped for.
var recordNouns = toSet(`remark remarks comment comments statement statements assertion assertions
announcement announcements letter letters tweet tweets interview interviews testimony`)

// contestNouns are scheduled contests and meetings: the clause tells whether
// one is ahead ("is running in Tuesday's primary") or past.
var contestNouns = toSet(`election elections primary primaries caucus caucuses runoff run-off runoffs
ballot vote convention conventions debate debates contest contests race hearing trial meeting summit`)

// reportCircumstance reports, in the date's clause before it, a negated
// modal before a verb of answering ("could not be reached Sunday",
// "wouldn't say Monday whether", "would not comment"): how a report was
// made, which is past, though its verb is a modal.
func reportCircumstance(toks []tok, start int) bool {
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		t := toks[k]
		if clauseBreaks[t.text] {
			return false
		}
		if !answerVerbs[t.lower] {
			continue
		}
		j := k - 1
		for j >= 0 && (toks[j].lower == "be" || toks[j].lower == "immediately") {
			j--
		}
		negated := j >= 0 && (toks[j].lower == "not" || toks[j].lower == "n't" || toks[j].lower == "n’t")
		if negated {
			j--
		}
		return j >= 0 && (negated && answerModals[toks[j].lower] || !negated && negatedModals[toks[j].lower])
	}
	return false
}

// answerVerbs are the answers a reporter asks for.
var answerVerbs = toSet(`say comment confirm disclose discuss elaborate specify answer respond reached reveal`)

// answerModals before "not": "could not be reached", "would not say".
var answerModals = toSet(`would could can will`)

// negatedModals have "not" run in: "wouldn't say", "couldn't be reached".
var negatedModals = toSet(`wouldn't wouldn’t couldn't couldn’t can't can’t cannot won't won’t`)
