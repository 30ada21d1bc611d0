package quantities

import "strings"

// The thing a date dates. A date that modifies a noun of something said or
// written ("her March remark", "a June letter") or follows one ("an
// announcement in September", "the assertion Tuesday night") is past,
// whatever the tense of the clause around it. A date after a number and
// "in" ("the figure follows 180,000 in May") says when the count was made,
// not when the clause's verb happens: the clause's present does not put it
// ahead. Other nouns do not say which way their date goes: "the November
// results" and "an October surprise" are ahead as often as "the strong
// October report" is past, so their dates keep the clause's tense.

// datePhrase is what the words around a date make of it.
type datePhrase int

const (
	datesClause datePhrase = iota // the date's clause dates it
	datesRecord                   // it dates something said or written: the past
	datesCount                    // it dates a number: not the clause's present
)

// phraseOfDate tells what the date at tokens [start, end) dates.
func phraseOfDate(toks []tok, start, end int) datePhrase {
	for _, n := range modifiedNouns(toks, start, end) {
		if recordNouns[n] {
			return datesRecord
		}
	}
	if start == 0 {
		return datesClause
	}
	// "the assertion Tuesday", "an announcement in September", "180,000 in May"
	k := start - 1
	if (toks[k].lower == "in" || toks[k].lower == "on") && k > 0 {
		k--
	}
	switch {
	case recordNouns[toks[k].lower] && isNounTag(toks[k].pos):
		return datesRecord
	case k < start-1 && measured(toks, k):
		return datesCount
	}
	return datesClause
}

// modifiedNouns returns the lower-cased words of the noun a date modifies,
// inside a noun phrase the date is a possessive of ("Friday's brief
// statement", "Thursday night's remarks") or that a determiner or a
// possessive opens before it ("her March remark", "a June letter", "the
// Aug. 30 Senate primary"): at most three words up to a function word or a
// punctuation mark. It returns nil when the date modifies no noun.
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
