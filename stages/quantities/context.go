package quantities

import "strings"

// Rules that read the words around a number to decide what it is: a house
// number, a list marker, an age, a score, a year written "'49".

// isHouseNumber reports whether the digits at toks[i] start a street
// address: capitalised words, directions or ordinals, then a street suffix
// ("637 E. Pelham Rd.", "3181 SW 24th Ter.", "10 Downing Street").
func isHouseNumber(toks []tok, i int) bool {
	names := 0
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		t := toks[j]
		if t.text == "." {
			continue
		}
		if streetSuffixes[t.lower] && t.isCapitalized() && names > 0 {
			// "10 Death Row inmates": a name used as a modifier, not an address.
			k := j + 1
			if k < len(toks) && toks[k].text == "." {
				k++
			}
			return k >= len(toks) || !isLower(toks[k]) || functionWords[toks[k].lower]
		}
		if t.isCapitalized() || (t.digit && strings.HasSuffix(t.lower, "th")) || (t.digit && (strings.HasSuffix(t.lower, "st") || strings.HasSuffix(t.lower, "nd") || strings.HasSuffix(t.lower, "rd") || strings.HasSuffix(t.lower, "d"))) {
			names++
			continue
		}
		return false
	}
	return false
}

// isListMarker reports whether the small integer at toks[i] numbers an item
// of a list: "(1)", "1)", "1." alone or before a capitalised word, or a bare
// digit opening the sentence, or following a colon or semicolon, before a
// capitalised word ("1 Full payment of
// hospital bills", "...: 2 The desire to ...").
func isListMarker(toks []tok, i int, titleCase bool) bool {
	t := toks[i]
	if !t.digit || len(t.text) > 2 || !allNumeric(t.text) || strings.ContainsAny(t.text, ".,") {
		return false
	}
	next := i + 1
	if i > 0 && toks[i-1].text == "(" && next < len(toks) && (toks[next].text == ")" || toks[next].text == "." && next+1 < len(toks) && toks[next+1].text == ")") {
		return true // "(3)", "(3.)"
	}
	atStart := i == 0 || toks[i-1].text == ":" || toks[i-1].text == ";"
	if atStart && next < len(toks) && toks[next].text == ")" {
		return true
	}
	if i == 0 && next < len(toks) && toks[next].text == "." && toks[next].end == t.end+1 &&
		(next+1 == len(toks) || toks[next+1].word && !toks[next+1].digit && toks[next+1].isCapitalized()) {
		// "2." alone, or "2. The party is split": the number of an
		// item, which the sentence splitter often cuts off on its own.
		return true
	}
	if titleCase || next >= len(toks) || !toks[next].isCapitalized() || !toks[next].word || toks[next].digit {
		return false
	}
	if _, isMonth := months[toks[next].lower]; isMonth {
		return false
	}
	if atStart {
		// "3 Americans were killed", "12 Israeli soldiers died" count; a
		// list item ("1 Full payment of ...") has no plural noun to count.
		end, _ := nounPhrase(toks, next, true, titleCase)
		return end == next
	}
	// "... or 2 The Republicans must": a capitalised determiner cannot be
	// what a number counts.
	switch toks[next].text {
	case "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We":
		return true
	}
	return false
}

// isAgeContext reports whether the number starting at toks[i] is an age:
// after "aged", "age" or "ages" ("at age 7", "the age of 15", "his age as
// 71"), or a small number set off by commas after a name ("John Smith, 45,
// was").
func isAgeContext(toks []tok, i, end int, digits bool) bool {
	if i >= 1 && ageWords[toks[i-1].lower] {
		return true
	}
	if i >= 2 && toks[i-1].lower == "turn" && turnAuxiliaries[toks[i-2].lower] {
		return true // "will turn 18", "to turn 40": "turn" alone is a noun too ("turn 3")
	}
	if i >= 2 && ageWords[toks[i-2].lower] && (toks[i-1].lower == "of" || toks[i-1].lower == "as") {
		return true
	}
	if !digits || i < 2 || toks[i-1].text != "," {
		return false
	}
	name := toks[i-2]
	if name.text == "." && i >= 3 {
		name = toks[i-3] // "Jr., 45,"
	}
	if !name.isCapitalized() || name.digit {
		return false
	}
	if _, isMonth := months[name.lower]; isMonth {
		return false
	}
	if weekdays[name.lower] {
		return false
	}
	if end >= len(toks) {
		return true
	}
	switch toks[end].text {
	case ",", ".", ";", ")", "--", "—", "–":
		return true
	}
	return toks[end].lower == "and"
}

// apostropheYear reads a year written with an apostrophe ("'49", "’55",
// "'90s") at toks[i]: the apostrophe must stand alone before the digits.
func apostropheYear(toks []tok, i int) (yy int, decade bool, ok bool) {
	if i == 0 {
		return 0, false, false
	}
	p, t := toks[i-1], toks[i]
	if (p.text != "'" && p.text != "’" && p.text != "‘") || p.end != t.start {
		return 0, false, false
	}
	if i >= 2 && toks[i-2].end == p.start && toks[i-2].word {
		return 0, false, false // "rock'n'roll"-like: the apostrophe is inside a word
	}
	if i+1 < len(toks) && (toks[i+1].text == p.text || p.text == "‘" && toks[i+1].text == "’") && toks[i+1].start == t.end {
		return 0, false, false // '23': a number in quotation marks
	}
	s := t.lower
	if strings.HasSuffix(s, "s") {
		s, decade = s[:len(s)-1], true
	}
	if p.text == "‘" && !yearCueBefore(toks, i-1) && !(decade && i >= 2 && toks[i-2].lower == "the") {
		// An opening quotation mark typed for the apostrophe ("in ‘08",
		// "the ‘90s"): a year only after a capitalised word or "in",
		// "of", "since", a decade after "the" too.
		return 0, false, false
	}
	if len(s) != 2 || !isDigit(s[0]) || !isDigit(s[1]) {
		return 0, false, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), decade, true
}

// yearCueBefore reports whether the word before toks[k] is capitalised or
// "in", "of", "since": the words a two-digit year follows ("Campaign ‘16",
// "class of ‘99").
func yearCueBefore(toks []tok, k int) bool {
	if k == 0 || !toks[k-1].word {
		return false
	}
	w := toks[k-1]
	return w.isCapitalized() || w.lower == "in" || w.lower == "of" || w.lower == "since"
}

// isDeterminerOrPossessive reports whether t makes the number after it a
// modifier of a noun ("the 1998 bombings", "Ethiopia's 2005 vote").
// yearBeforeNoun reports whether four plain digits that can be a year,
// before a noun, are that year: news writes counts of a thousand and more
// with a comma ("2,000 people"), so "2016 hopefuls", "in 2015 finds" and
// "the 2004 and 2008 conventions" are years. A count stays one after a verb
// in the past ("counted 1804 lines", "sent 1950 troops") and in a list of
// counts ("10,000, 5000, and 2000 machines").
func (x *extractor) yearBeforeNoun(n number) bool {
	toks := x.toks
	if n.start == 0 {
		return true
	}
	p := toks[n.start-1]
	if isDeterminerOrPossessive(p) {
		return true
	}
	if p.pos == "VBD" || p.pos == "VBN" {
		return false
	}
	if (p.text == "," || p.lower == "and" || p.lower == "or") && n.start >= 2 {
		k := n.start - 2
		if k > 0 && toks[k].text == "," {
			k-- // "5000, and 2000"
		}
		if q := toks[k]; q.digit {
			v, ok := parseDigits(q)
			return ok && v.year // "2004 and 2008 conventions"
		}
	}
	return true
}

func isDeterminerOrPossessive(t tok) bool {
	switch t.lower {
	case "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "last", "next":
		return true
	}
	return strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s") || strings.HasSuffix(t.lower, "s'")
}

// changeVerbs before "X to Y" make it a change from X to Y ("the index
// advanced 7.19 to 687.87"), not a range.
var changeVerbs = toSet(`rose fell advanced declined gained lost dropped climbed slipped jumped
soared plunged grew shrank increased decreased raised lowered cut slid tumbled edged added
rising falling advancing declining gaining dropping climbing increasing decreasing up down`)

// sharedOrdinalUnit reads the noun of a coordination of ordinals after an
// ordinal that has none ("21st and 28th precincts", "second and third
// decades", "first, second and third places"). j is the token after the
// first ordinal.
func sharedOrdinalUnit(toks []tok, j int, titleCase bool) string {
	k := j
	for ordinals := 0; k < len(toks) && k < j+10; {
		switch toks[k].lower {
		case "and", "or", ",", "to":
			k++
			continue
		}
		if k == j {
			return "" // no joining word after the first ordinal
		}
		o := toks[k]
		if o.digit {
			n, ok := parseDigits(o)
			if !ok || !n.ordinal {
				return ""
			}
		} else if _, ok := ordinalWords[o.lower]; !ok {
			return ""
		}
		ordinals++
		k++
		if k < len(toks) {
			switch toks[k].lower {
			case "and", "or", ",", "to":
				continue
			}
		}
		end, unit := nounPhrase(toks, k, false, titleCase)
		if end == k {
			return ""
		}
		return unit
	}
	return ""
}
