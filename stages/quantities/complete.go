package quantities

import (
	"math"
	"strconv"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// From a parsed number to a quantity: what is written around the number
// (currency, scale word, range, qualifier, percent, the counted noun or a
// compound glued to it), then the rules that need the whole phrase (kind,
// rate, ages, years, the word "one", bare spelled numbers).

// complete turns a parsed number into a quantity: currency, scale word,
// range, percent, unit, rate, qualifier and kind.
func (x *extractor) complete(n number) (found, bool) {
	toks := x.toks
	f := found{start: n.start, end: n.end, value: n.value, hasValue: true, qualifier: pipeline.QualExact, kind: pipeline.KindCount}
	j := n.end

	// Currency sign or code before the number.
	currency, signStart := x.currencyBefore(n.start)
	if currency != "" {
		f.start = signStart
	}
	if n.gluedScale != "" {
		// "$5m", and "5m shares", "10k runners": a plural noun counted in
		// millions or thousands, where "a 5m wall" is in metres
		pluralAfter := j < len(toks) && isLower(toks[j]) && looksPlural(toks[j].lower) && isNounTag(toks[j].pos) && measureUnits[toks[j].lower] == ""
		if currency == "" && n.measure == "" && !pluralAfter {
			return f, false
		}
		if currency != "" || pluralAfter {
			f.value *= gluedScale[n.gluedScale]
			n.scaled = true
			n.measure = ""
		}
	}

	// Clock times and designators after the number.
	if j < len(toks) && timeSuffixes[toks[j].lower] {
		return f, false
	}

	// Scale word: "1.5 million", "$5 billion"; it applies to both ends of
	// an in-token range ("$5-6 million").
	if j < len(toks) && !n.words && !(n.year && strings.HasSuffix(toks[j].lower, "s")) {
		if s, ok := scaleWords[toks[j].lower]; ok {
			f.value *= s
			n.max *= s
			n.scaled = true
			j++
		}
	}

	// Ranges: "2-3", "between 20 and 30", "20 to 30", "two or three".
	if j+2 < len(toks) && (toks[j].lower == "to" || toks[j].text == "-" || toks[j].text == "–") && toks[j+1].digit && timeSuffixes[toks[j+2].lower] {
		return f, false // "from 9 to 5 p.m.": clock times
	}
	rangeStart := -1
	if n.hasMax {
		f.max, f.hasMax = n.max, true
	} else if j+1 < len(toks) && n.year && !n.scaled && (toks[j].text == "-" || toks[j].text == "–") && len(toks[j+1].text) <= 2 && allDigitsASCII(toks[j+1].text) {
		// "2006 - 07", "1947 – 48", "2006 - 7": a spaced span of years.
		short, _ := strconv.Atoi(toks[j+1].text)
		base := math.Floor(f.value/100) * 100
		if len(toks[j+1].text) == 1 {
			base = math.Floor(f.value/10) * 10
		}
		hi := base + float64(short)
		if hi > f.value {
			f.max, f.hasMax = hi, true
			j += 2
		}
	} else if j+1 < len(toks) && !n.ordinal {
		conj := toks[j].lower
		between := f.start >= 1 && toks[f.start-1].lower == "between"
		from := f.start >= 1 && toks[f.start-1].lower == "from"
		change := f.start >= 1 && changeVerbs[toks[f.start-1].lower]
		if (conj == "and" && between) || ((conj == "to" || conj == "–" || conj == "-") && !from && !change) || conj == "or" {
			k := j + 1
			if _, sign := x.currencyAt(k); sign > k {
				k = sign
			}
			if m, ok := x.rangeEnd(k, n); ok && m.end < len(toks) && timeSuffixes[toks[m.end].lower] {
				return f, false // "from 4 to 8 p.m.": clock times
			} else if ok && m.value >= n.value {
				hi := m.value
				if m.scaled && !n.scaled {
					// "5 to 6 million": the scale applies to both ends.
					if s := m.value / m.unscaled; s > 1 && f.value*s <= hi {
						f.value *= s
					}
				}
				if hi >= f.value {
					f.max, f.hasMax = hi, true
					j = m.end
					if between {
						rangeStart = f.start - 1
					}
				}
			}
		}
	}
	if rangeStart >= 0 {
		f.start = rangeStart
	}

	// Qualifier before the number (or the currency sign).
	qual, qStart := x.qualifierBefore(f.start)
	if qual != "" && rangeStart < 0 {
		f.start = qStart
		f.qualifier = qual
	} else if x.carry != "" && f.start >= 2 && x.carryEnd == f.start-1 && (toks[f.start-1].lower == "and" || toks[f.start-1].lower == "or") {
		f.qualifier = x.carry
	}
	if f.hasMax {
		f.qualifier = pipeline.QualRange
	}

	switch {
	case currency != "":
		f.kind, f.unit = pipeline.KindMoney, currency
		if j < len(toks) && currencyCodes[toks[j].text] {
			j++
		}
	case n.ordinal:
		f.kind, f.qualifier = pipeline.KindOrdinal, pipeline.QualOrdinal
	case n.measure != "":
		f.kind, f.unit = pipeline.KindOther, n.measure
	}

	// Percent and currency words after the number.
	if f.kind == pipeline.KindCount && j < len(toks) {
		j = x.unitAfter(&f, n, j)
	}

	// Compound nouns glued to the number: "second-century", "five-year".
	if n.compound != "" {
		return x.compoundUnit(f, n, j)
	}

	// The counted noun.
	return x.countedNoun(f, n, j)
}

// unitAfter reads the unit written after a count at toks[j]: percent ("5%",
// "5 per cent", "5 percentage points", with a second end "to 5.5%"), a
// currency code or word, an amount in cents, or a unit of measure. It
// returns the index after it, or j when there is none.
func (x *extractor) unitAfter(f *found, n number, j int) int {
	toks := x.toks
	w := toks[j].lower
	switch {
	case w == "%" || w == "percent" || w == "pct":
		f.kind, f.unit = pipeline.KindPercent, "percent"
		j++
		j = x.percentRange(f, n, j)
	case w == "per" && j+1 < len(toks) && toks[j+1].lower == "cent":
		f.kind, f.unit = pipeline.KindPercent, "percent"
		j += 2
	case w == "percentage" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].lower, "point"):
		f.kind, f.unit = pipeline.KindPercent, "percentage point"
		j += 2
	case w == "percentage-point" || w == "percentage-points":
		// "a 10 percentage-point lead"
		f.kind, f.unit = pipeline.KindPercent, "percentage point"
		j++
	case currencyCodes[toks[j].text]:
		f.kind, f.unit = pipeline.KindMoney, toks[j].text
		j++
	case (w == "cents" || w == "cent" || w == "pence") && !n.ordinal && !n.year:
		// "fell 12 cents to $3.45": money in the currency's main unit,
		// so that it compares with the amounts beside it.
		f.kind, f.unit = pipeline.KindMoney, "GBP"
		if w != "pence" {
			f.unit = x.centCurrency()
		}
		f.value /= 100
		f.max /= 100
		j++
	default:
		k := j
		if (w == "us" || w == "u.s" || w == "u.s.") && k+1 < len(toks) {
			k++
			if toks[k].text == "." && k+1 < len(toks) {
				k++
			}
		}
		if code, ok := nationalCurrencies[w+" "+toks[min(k+1, len(toks)-1)].lower]; ok && k+1 < len(toks) {
			// "16 Canadian dollars", "500 Syrian pounds"
			f.kind, f.unit = pipeline.KindMoney, code
			k += 2
			j = k
			break
		}
		if (w == "pounds" || w == "pound") && (n.scaled || j+1 < len(toks) && toks[j+1].lower == "sterling" || x.perShare(j+1)) {
			// "5 million pounds" and "850 pounds a share" are money;
			// "15 pounds" may be a weight.
			f.kind, f.unit = pipeline.KindMoney, "GBP"
			j++
			if j < len(toks) && toks[j].lower == "sterling" {
				j++
			}
		} else if code, ok := currencyWords[toks[k].lower]; ok {
			f.kind, f.unit = pipeline.KindMoney, code
			j = k + 1
		} else if unit, end, ok := x.measureAt(j); ok {
			f.kind, f.unit = pipeline.KindOther, unit
			j = end
		}
	}
	return j
}

// compoundUnit completes a number with a word glued to it by a hyphen
// ("second-century", "five-year", "59-cents", "300-strong"); j is where
// the quantity ends so far.
func (x *extractor) compoundUnit(f found, n number, j int) (found, bool) {
	if fractionWords[n.compound] {
		return f, false // "one-third", "two-thirds": fractionAt reads them
	}
	if full, ok := timeAbbreviations[n.compound]; ok && !n.ordinal {
		n.compound = full // "a 24-hr. period", "a 10-yr. bond"
	}
	if n.compound == "plus" && !n.ordinal && !n.hasMax {
		// "five-plus months", "35-plus hours": more than the number, with
		// the noun after it counted as usual.
		if f.qualifier == pipeline.QualExact {
			f.qualifier = pipeline.QualMoreThan
		}
		n.compound = ""
		return x.countedNoun(f, n, j)
	}
	if n.compound == "percent" && !n.ordinal {
		f.kind, f.unit, f.end = pipeline.KindPercent, "percent", j
		return x.finish(f, n)
	}
	if (n.compound == "cents" || n.compound == "pence") && !n.ordinal {
		// "59-cents": as "59 cents"
		f.kind, f.unit, f.end = pipeline.KindMoney, "GBP", j
		if n.compound == "cents" {
			f.unit = x.centCurrency()
		}
		f.value /= 100
		f.max /= 100
		return x.finish(f, n)
	}
	if v, ok := ordinalIdioms[n.compound]; ok && n.ordinal && (v == 0 || v == f.value) {
		return f, false // "first-hand", "second-guessing"
	}
	if m, ok := measureUnits[n.compound]; ok && !n.ordinal {
		f.kind, f.unit, f.end = pipeline.KindOther, m, j
		return x.finish(f, n)
	}
	if suffixAdjectives[n.compound] || functionWords[n.compound] || strings.HasSuffix(n.compound, "ed") || strings.HasSuffix(n.compound, "ly") || strings.HasSuffix(n.compound, "est") ||
		strings.HasSuffix(n.compound, "ional") { // "three-dimensional"
		if n.ordinal || n.compound == "fold" || n.compound == "odd" {
			return f, false
		}
		f.unit = ""
	} else {
		f.unit = singular(n.compound)
	}
	if !n.ordinal && durationUnits[f.unit] {
		f.kind = pipeline.KindDuration
	}
	if !n.ordinal && f.unit == "" && n.compound != "strong" {
		return f, false
	}
	f.end = j
	return x.finish(f, n)
}

// countedNoun completes a number with the noun it counts, from toks[j]:
// a noun phrase ("39 civilians"), a modifier noun ("a 24 hour delay"), "more
// people", "others", the time unit of an ordinal ("21st century"); a
// partitive ("one of the") or a name ("Second World War") is no quantity.
func (x *extractor) countedNoun(f found, n number, j int) (found, bool) {
	toks := x.toks
	if j < len(toks) && vagueMultiples[toks[j].lower] > 0 && !f.hasMax {
		f.end = j // "in 2009 millions of people": the next number starts here
		return x.finish(f, n)
	}
	if f.kind == pipeline.KindCount && !n.ordinal && !(n.year && !n.scaled) && j+1 < len(toks) && isLower(toks[j]) && compoundUnitNouns[toks[j].lower] &&
		isLower(toks[j+1]) && toks[j+1].word && !npStops(toks[j+1]) && !functionWords[toks[j+1].lower] {
		// "a 24 hour delay", "an eight point plan": a singular noun made a
		// modifier is the counted unit.
		f.unit = toks[j].lower
		f.end = j + 1
		return x.finish(f, n)
	}
	if f.kind == pipeline.KindCount && f.start > 0 && toks[f.start-1].lower == "magnitude" {
		f.kind, f.unit = pipeline.KindOther, "magnitude" // "magnitude 6.4"
	}
	if f.kind == pipeline.KindCount && !n.ordinal && j+1 < len(toks) && (toks[j].lower == "more" || toks[j].lower == "fewer") {
		// "two more rescue trucks", "14 more people", "20,000 fewer jobs"
		if end, unit := nounPhrase(toks, j+1, true, x.titleCase); end > j+1 {
			f.unit, f.end = unit, end
			return x.finish(f, n)
		}
	}
	if f.kind == pipeline.KindCount || f.kind == pipeline.KindOrdinal {
		if j < len(toks) && toks[j].lower == "of" {
			// "one of the", partitives: no counted noun in this phrase.
			if f.value == 1 && !n.ordinal && !n.scaled && !f.hasMax {
				return f, false
			}
			if n.ordinal {
				return f, false
			}
		} else if n.ordinal && j < len(toks) && isLower(toks[j]) && (durationUnits[singular(toks[j].lower)] || toks[j].lower == "time") {
			// "21st century war", "the first time": the ordinal counts the
			// time unit, whatever noun follows it.
			f.unit = singular(toks[j].lower)
			j++
		} else if !n.ordinal && f.kind == pipeline.KindCount && j < len(toks) && toks[j].lower == "others" {
			// "wounded 150 others": the noun stands for the people
			// counted before it.
			f.unit = "other"
			j++
		} else {
			plural := !n.ordinal && !(f.value == 1 && !f.hasMax && !n.scaled)
			if n.ordinal && n.words && f.value >= 3 && n.start > 0 && (toks[n.start-1].lower == "a" || toks[n.start-1].lower == "one") &&
				(j >= len(toks) || strings.HasPrefix(toks[j].pos, "VB") || toks[j].pos == "MD" || len(toks[j].lower) > 4 && strings.HasSuffix(toks[j].lower, "ed")) {
				// "less than a third agreed": a fraction of a group, which
				// is not extracted, not the third of something (taggers
				// often read the verb as a noun, hence its "-ed")
				return f, false
			}
			if n.ordinal && x.ordinalOpensName(n, j) {
				// "Second World War", "5th Fleet", "First Amendment": a
				// name, not an ordinal.
				return f, false
			}
			end, unit := nounPhrase(toks, j, plural, x.titleCase)
			if end > j {
				if v, ok := ordinalIdioms[toks[j].lower]; ok && n.ordinal && (v == 0 || v == f.value) {
					return f, false // "first aid", "a third party"
				}
				f.unit = unit
				j = end
				if !n.ordinal {
					j, f.unit = x.coordinatedNoun(j, f.unit)
				}
			} else if n.ordinal {
				f.unit = sharedOrdinalUnit(toks, j, x.titleCase)
			} else if end, unit := coordinatedModifiers(toks, j, x.titleCase); plural && end > j {
				f.unit, j = unit, end // "12,000 military and civilian deaths"
			}
		}
	}
	f.end = j
	return x.finish(f, n)
}

// fractionWords after a hyphen make a fraction ("two-thirds"), read by
// fractionAt before a number is parsed.
var fractionWords = toSet(`half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths eighth eighths tenth tenths`)

// timeAbbreviations are the short forms of time units glued to a number.
var timeAbbreviations = map[string]string{"hr": "hour", "hrs": "hour", "yr": "year", "yrs": "year", "wk": "week", "wks": "week", "mo": "month", "mos": "month", "min": "minute", "mins": "minute", "sec": "second", "secs": "second"}

// suffixAdjectives end a hyphenated number without naming a counted noun
// ("300-strong", "two-fold", "first-ever").
var suffixAdjectives = toSet(`strong fold odd plus ever old long wide high deep tall sided way`)

// finish applies the rules that need the whole phrase: kind, rate, the
// word "one", years, and ordinals without a noun.
func (x *extractor) finish(f found, n number) (found, bool) {
	toks := x.toks
	if n.ordinal && f.unit == "" {
		return f, false // "at first", "the 21st" alone
	}
	if f.unit == "" && f.kind == pipeline.KindCount && !n.scaled && !n.year && f.value > 0 && f.value <= 130 && f.value == math.Trunc(f.value) &&
		f.start == n.start && isAgeContext(toks, n.start, f.end, !n.words) {
		// An age: "aged 45", "at age 7", "John Smith, 45,". Like
		// "45-year-old", it is a duration in years.
		f.unit, f.kind = "year", pipeline.KindDuration
		return f, true
	}
	if n.hasMax && !n.year && f.unit == "" && f.kind == pipeline.KindCount {
		// "7-9", "a 1-3 mark": a score or a won-lost record, not a range.
		return f, false
	}
	if n.year && !n.hasMax && !n.scaled && f.value >= 1800 && f.unit != "" && f.kind == pipeline.KindCount && f.qualifier == pipeline.QualExact &&
		n.start == f.start && x.yearBeforeNoun(n) {
		// "the 1998 bombings", "in 2014 manipulating images", "the 2008
		// and 2012 cycles": a year that dates the noun, not a count of it.
		f.unit, f.kind, f.end = "", pipeline.KindYear, n.end
		return f, true
	}
	if n.words && f.value == 1 && !n.ordinal && !f.hasMax && !n.scaled {
		if !x.oneIsNumber(n, f) {
			return f, false
		}
	}
	if n.words && f.unit == "" && f.kind == pipeline.KindCount && !f.hasMax && f.value >= 1000 && f.value <= 2100 && f.value == math.Trunc(f.value) && x.afterTheYear(n.start) {
		// "in the year of Our Lord, one thousand nine hundred and
		// sixty-one": a year spelled out.
		f.kind = pipeline.KindYear
	}
	if n.year && f.unit == "" && f.kind == pipeline.KindCount && !f.hasMax && (f.qualifier == pipeline.QualExact || f.qualifier == pipeline.QualAbout) {
		f.kind = pipeline.KindYear
	} else if n.year && f.hasMax && f.unit == "" && f.kind == pipeline.KindCount {
		f.kind = pipeline.KindYear
	} else if n.decade {
		f.kind = pipeline.KindYear
	}
	if f.kind == pipeline.KindCount && durationUnits[f.unit] {
		f.kind = pipeline.KindDuration
	}
	if f.kind != pipeline.KindYear && f.kind != pipeline.KindOrdinal {
		f.end, f.per = x.rate(f.end, f.kind)
		if f.per != "" && (f.kind == pipeline.KindCount || f.kind == pipeline.KindDuration) {
			f.kind = pipeline.KindRate
		}
	}
	// A bare spelled-out number with no noun is usually a pronoun or an
	// idiom ("the two of them", "one by one"); keep digits, which are
	// deliberate, and spelled numbers with a qualifier or a scale.
	if n.words && f.unit == "" && f.kind == pipeline.KindCount && f.qualifier == pipeline.QualExact && !n.scaled {
		if f.value < 2 {
			return f, false
		}
		// "the two met": a noun phrase of its own, unless partitive ("the
		// two of them").
		if f.start > 0 && toks[f.start-1].lower == "the" && (f.end >= len(toks) || toks[f.end].lower != "of") {
			return f, false
		}
	}
	return f, true
}

// afterTheYear reports whether the words before toks[i] name a year: "the
// year", with "of Our Lord" and a comma allowed between.
func (x *extractor) afterTheYear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch t := x.toks[k]; {
		case t.lower == "year":
			return k > 0 && x.toks[k-1].lower == "the"
		case t.text == ",", t.lower == "of", t.isCapitalized():
		default:
			return false
		}
	}
	return false
}

// genericOne reports whether the words at toks[j], after "one", make it
// the pronoun of "one cannot but wonder", "one seldom hears", "one finds
// little": a modal, or a verb in "-s" (a count of one names a singular
// noun), with an adverb between allowed.
func genericOne(toks []tok, j int) bool {
	if j < len(toks) && (toks[j].pos == "RB" && !toks[j].guessed || frequencyAdverbs[toks[j].lower]) && j+1 < len(toks) {
		j++ // "one seldom hears"
	}
	if j >= len(toks) || !isLower(toks[j]) {
		return false
	}
	w := toks[j]
	if w.pos == "MD" || w.lower == "cannot" {
		return true
	}
	return looksPlural(w.lower) && !invariantPlurals[w.lower] && !strings.HasSuffix(w.lower, "ss") && !singularInS[w.lower]
}

// frequencyAdverbs stand between the pronoun "one" and its verb, and
// taggers often read them as nouns after a number.
var frequencyAdverbs = toSet(`seldom often never always rarely usually sometimes also still really`)

// singularInS are singular nouns that end in "s" as plurals do.
var singularInS = toSet(`means news headquarters crossroads barracks lens bus gas atlas physics economics politics`)

// oneIsNumber reports whether "one" counts something here: it needs a
// counted noun and no determiner or adjective before it ("a seemingly
// significant one", "the one", "no one", "one another").
func (x *extractor) oneIsNumber(n number, f found) bool {
	toks := x.toks
	if f.unit == "" || toks[n.start].lower == "one" && n.end == n.start+1 && genericOne(toks, n.end) {
		return false
	}
	if n.start > 0 {
		p := toks[n.start-1]
		switch p.lower {
		case "the", "this", "that", "each", "every", "any", "no", "which", "a", "an", "another", "such", "some", "one":
			return false
		}
		if p.pos == "JJ" || p.pos == "JJS" {
			return false
		}
	}
	if f.unit == "point" && n.start > 0 && toks[n.start-1].lower == "at" {
		return false // "at one point": an idiom for "once"
	}
	if f.unit == "day" || f.unit == "time" {
		// "one day", "one time": idioms unless a preposition makes them a
		// duration ("in one day").
		if n.start == 0 {
			return false
		}
		switch toks[n.start-1].lower {
		case "in", "for", "within", "after", "only", "just":
			return true
		}
		return f.qualifier != pipeline.QualExact
	}
	return true
}
