package quantities

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
)

// found is a quantity before it becomes a pipeline.Quantity: token
// indexes [start, end) of the sentence.
type found struct {
	start, end int
	value      float64
	hasValue   bool
	max        float64
	hasMax     bool
	qualifier  string
	unit       string
	kind       string
	per        string
	date       *date
	// shortYear: value holds the two digits of "'49"; the century comes
	// from the publication date (see toQuantity).
	shortYear bool
	// byteStart, byteEnd override the token span when hasBytes is set: a
	// day range inside one token ("May 6-10") gives two dates.
	hasBytes           bool
	byteStart, byteEnd int
}

// extractor holds the per-sentence state of one extraction.
type extractor struct {
	toks      []tok
	titleCase bool
	out       []found
	// carry is the qualifier of the previous quantity and the token after
	// it, for "at least five children and seven women".
	carry    string
	carryEnd int
}

// extract finds every quantity of one sentence's tokens.
func extract(toks []tok, out []found) []found {
	x := extractor{toks: toks, out: out, carryEnd: -1, titleCase: isTitleCase(toks)}
	for i := 0; i < len(toks); {
		if toks[i].masked || !toks[i].word {
			i++
			continue
		}
		if end, ok := x.at(i); ok {
			i = end
			continue
		}
		i++
	}
	x.shareUnits()
	return x.out
}

// shareUnits gives a bare number the unit of the quantity it is paired
// with: "from 48 to 74 percent" (48 percent), "92 medical and 47 dental
// schools" (92 schools), "30 of 37 drones" (30 drones). Only adjectives may
// stand between the bare number and the joining word.
func (x *extractor) shareUnits() {
	toks := x.toks
	for k := 0; k+1 < len(x.out); k++ {
		a, b := &x.out[k], &x.out[k+1]
		if a.unit != "" || a.kind != pipeline.KindCount || a.hasMax || a.date != nil || a.per != "" || b.unit == "" || b.date != nil || b.hasBytes {
			continue
		}
		if b.kind != pipeline.KindPercent && b.kind != pipeline.KindOther && b.kind != pipeline.KindCount && b.kind != pipeline.KindDuration {
			continue
		}
		j := a.end
		for j < b.start && isLower(toks[j]) && (toks[j].pos == "JJ" || relationalAdjectives[toks[j].lower] || descriptiveAdjectives[toks[j].lower]) && !functionWords[toks[j].lower] {
			j++
		}
		if j+1 != b.start {
			continue
		}
		switch toks[j].lower {
		case "to", "and", "or", "of", "-", "–":
			a.unit, a.kind = b.unit, b.kind
		}
	}
}

// isTitleCase reports whether most longer words are capitalised, as in a
// headline written in title case.
func isTitleCase(toks []tok) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.word && !t.digit && len(t.text) > 1 && !functionWords[t.lower] {
			words++
			if t.isCapitalized() {
				caps++
			}
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// at tries to read a quantity whose number starts at toks[i]; it returns
// the index after the quantity.
func (x *extractor) at(i int) (int, bool) {
	toks := x.toks
	if end, ok := x.dayRange(i); ok {
		x.carry = ""
		return end, true
	}
	if d, ok := dateAt(toks, i); ok {
		x.carry = ""
		return x.dateWithRange(d), true
	}
	if d, ok := x.periodAt(i); ok {
		x.carry = ""
		x.appendDate(d, -1, -1)
		return d.end, true
	}
	if x.designated(i) {
		return i + 1, false
	}
	if toks[i].digit {
		if yy, decade, ok := apostropheYear(toks, i); ok {
			x.out = append(x.out, found{start: i - 1, end: i + 1, value: float64(yy), hasValue: true, qualifier: pipeline.QualExact, kind: pipeline.KindYear, shortYear: true})
			_ = decade
			x.carry = ""
			return i + 1, true
		}
		if allNumeric(toks[i].text) && !strings.ContainsAny(toks[i].text, ".,") && isHouseNumber(toks, i) {
			return i + 1, false
		}
		if isListMarker(toks, i, x.titleCase) {
			return i + 1, false
		}
	}
	if f, ok := x.vagueMultiple(i); ok {
		x.out = append(x.out, f)
		return f.end, true
	}
	if f, ok := x.vagueFew(i); ok {
		x.out = append(x.out, f)
		return f.end, true
	}
	var n number
	var ok bool
	if toks[i].digit {
		n, ok = parseDigits(toks[i])
		n.start, n.end = i, i+1
	} else if mayStartNumber(toks[i].lower) {
		n, ok = spelled(toks, i)
	}
	if !ok {
		return i + 1, false
	}
	if f, ok := x.eraYear(n); ok {
		x.out = append(x.out, f)
		x.carry = ""
		return f.end, true
	}
	f, ok := x.complete(n)
	if !ok {
		return n.end, false
	}
	if x.isIdentifier(n, f) {
		return f.end, false
	}
	if q, end := x.boundAfter(f.end); q != "" && f.qualifier == pipeline.QualExact && f.date == nil {
		f.qualifier, f.end = q, end
	}
	x.out = append(x.out, f)
	if f.qualifier != pipeline.QualExact && f.qualifier != pipeline.QualRange && f.qualifier != pipeline.QualOrdinal {
		x.carry, x.carryEnd = f.qualifier, f.end
	} else {
		x.carry = ""
	}
	return f.end, true
}

// designated reports whether the number at toks[i] is a label: "Flight 17",
// "No. 5", "#3".
func (x *extractor) designated(i int) bool {
	if i == 0 {
		return false
	}
	p := x.toks[i-1]
	if p.text == "#" || p.text == "№" {
		return true
	}
	if p.text == "." && i >= 2 && (x.toks[i-2].lower == "no" || x.toks[i-2].lower == "nos") {
		return true
	}
	if !x.toks[i].digit || x.titleCase {
		return false
	}
	if designatorNouns[p.lower] && p.isCapitalized() {
		return true
	}
	// a name written in pieces: "S&P 500"
	k, glued := i-1, p.lower
	for k > 0 && x.toks[k-1].end == x.toks[k].start && i-k < 4 {
		k--
		glued = x.toks[k].lower + glued
	}
	return k < i-1 && designatorNouns[glued] && x.toks[k].isCapitalized()
}

// vagueMultiple reads "dozens of", "hundreds of thousands of", "tens of
// thousands": kind count, qualifier vague, the honest range of vagueRange.
func (x *extractor) vagueMultiple(i int) (found, bool) {
	toks := x.toks
	base, ok := vagueMultiples[toks[i].lower]
	if !ok {
		return found{}, false
	}
	j := i + 1
	if j+1 < len(toks) && toks[j].lower == "of" {
		if more, ok := vagueMultiples[toks[j+1].lower]; ok && more > base && toks[j+1].lower != "dozens" && toks[j+1].lower != "tens" {
			base *= more
			j += 2
		}
	}
	if toks[i].lower == "tens" && j == i+1 {
		// "tens" alone is not a number in news prose except "tens of".
		if j >= len(toks) || toks[j].lower != "of" {
			return found{}, false
		}
	}
	lo, hi := vagueRange(toks[i].lower, base)
	f := found{start: i, end: j, value: lo, hasValue: true, max: hi, hasMax: true, qualifier: pipeline.QualVague, kind: pipeline.KindCount}
	if q, qs := x.qualifierBefore(i); q != "" {
		f.qualifier, f.start, f.hasMax = q, qs, false
	}
	if j+1 < len(toks) && toks[j].lower == "of" {
		if code, ok := currencyWords[toks[j+1].lower]; ok {
			f.end, f.unit, f.kind = j+2, code, pipeline.KindMoney
			return f, true
		}
		if unit, end, ok := x.measureAt(j + 1); ok {
			f.end, f.unit, f.kind = end, unit, pipeline.KindOther // "hundreds of miles"
		} else if end, unit := nounPhrase(toks, j+1, true, x.titleCase); end > j+1 {
			f.end, f.unit = end, unit
			if durationUnits[unit] {
				f.kind = pipeline.KindDuration // "hundreds of years"
			}
		}
	}
	f.end, f.per = x.rate(f.end, f.kind)
	return f, true
}

// qualifierBefore returns the qualifier written just before toks[i] and
// the index where it starts.
func (x *extractor) qualifierBefore(i int) (string, int) {
	for _, q := range qualifierPhrases {
		k := i - len(q.words)
		if k < 0 {
			continue
		}
		match := true
		for w, word := range q.words {
			if x.toks[k+w].lower != word {
				match = false
				break
			}
		}
		if match {
			return q.qual, k
		}
	}
	return "", i
}

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
		w := toks[j].lower
		switch {
		case w == "%" || w == "percent" || w == "pct":
			f.kind, f.unit = pipeline.KindPercent, "percent"
			j++
			j = x.percentRange(&f, n, j)
		case w == "per" && j+1 < len(toks) && toks[j+1].lower == "cent":
			f.kind, f.unit = pipeline.KindPercent, "percent"
			j += 2
		case w == "percentage" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].lower, "point"):
			f.kind, f.unit = pipeline.KindPercent, "percentage point"
			j += 2
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
	}

	// Compound nouns glued to the number: "second-century", "five-year".
	if n.compound != "" {
		if fractionWords[n.compound] {
			return f, false // "one-third", "two-thirds": fractions are not counted
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
		if suffixAdjectives[n.compound] || functionWords[n.compound] || strings.HasSuffix(n.compound, "ed") || strings.HasSuffix(n.compound, "ly") || strings.HasSuffix(n.compound, "est") {
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

	// The counted noun.
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
	if f.kind == pipeline.KindCount && !n.ordinal && j+1 < len(toks) && toks[j].lower == "more" {
		// "two more rescue trucks", "14 more people"
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
			}
		}
	}
	f.end = j
	return x.finish(f, n)
}

// suffixAdjectives end a hyphenated number without naming a counted noun
// ("300-strong", "two-fold", "first-ever").
// fractionWords after a hyphen make a fraction, which is not extracted.
var fractionWords = toSet(`half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths eighth eighths tenth tenths`)

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

// oneIsNumber reports whether "one" counts something here: it needs a
// counted noun and no determiner or adjective before it ("a seemingly
// significant one", "the one", "no one", "one another").
func (x *extractor) oneIsNumber(n number, f found) bool {
	toks := x.toks
	if f.unit == "" {
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

// rate reads a rate denominator after toks[end-1]: "a day", "per week",
// "each year", "/day", "daily". It returns the new end and the denominator.
func (x *extractor) rate(end int, kind string) (int, string) {
	toks := x.toks
	if end >= len(toks) {
		return end, ""
	}
	w := toks[end].lower
	if per, ok := rateAdverbs[w]; ok {
		return end + 1, per
	}
	if end+1 < len(toks) && (w == "per" || ((w == "a" || w == "an") && (kind == pipeline.KindMoney || kind == pipeline.KindPercent))) {
		// "$600 per joint", "$5 a room": any common noun after "per", and
		// after "a" for a price.
		d := toks[end+1]
		if w == "per" && areaPrefixes[d.lower] != "" {
			if unit, after, ok := x.measureAt(end + 1); ok {
				return after, unit // "300 people per square kilometre"
			}
		}
		if isLower(d) && d.word && !functionWords[d.lower] && d.lower != "cent" && isNounTag(d.pos) && !looksPlural(d.lower) && !rateDenominators[d.lower] {
			later := end+2 < len(toks) && (toks[end+2].lower == "after" || toks[end+2].lower == "before" || toks[end+2].lower == "later" || toks[end+2].lower == "earlier" || toks[end+2].lower == "ago")
			if !later {
				return end + 2, singular(d.lower)
			}
		}
	}
	switch w {
	case "a", "an", "per", "each", "every", "/":
		if end+1 < len(toks) {
			d := toks[end+1]
			if rateDenominators[d.lower] && isLower(d) {
				// "a day after" is a time expression, not a rate.
				if (w == "a" || w == "an") && end+2 < len(toks) && (toks[end+2].lower == "after" || toks[end+2].lower == "before" || toks[end+2].lower == "later" || toks[end+2].lower == "earlier" || toks[end+2].lower == "ago") {
					return end, ""
				}
				return end + 2, d.lower
			}
		}
	}
	return end, ""
}

// rangeNumber is the upper end of a range.
type rangeNumber struct {
	end      int
	value    float64
	unscaled float64
	scaled   bool
}

// rangeEnd parses the second number of a range at toks[k], with its own
// scale word ("5 to 6 million").
func (x *extractor) rangeEnd(k int, first number) (rangeNumber, bool) {
	toks := x.toks
	if k >= len(toks) {
		return rangeNumber{}, false
	}
	var m number
	var ok bool
	if toks[k].digit {
		if first.words {
			return rangeNumber{}, false
		}
		m, ok = parseDigits(toks[k])
		m.start, m.end = k, k+1
	} else {
		if !first.words {
			return rangeNumber{}, false
		}
		m, ok = spelled(toks, k)
	}
	if !ok || m.ordinal || m.hasMax || m.compound != "" || m.gluedScale != "" {
		return rangeNumber{}, false
	}
	r := rangeNumber{end: m.end, value: m.value, unscaled: m.value, scaled: m.scaled}
	if m.words && m.scaled {
		r.unscaled = 1 // a spelled scale: only apply when the first is small
	}
	if r.end < len(toks) && !m.words {
		if s, ok := scaleWords[toks[r.end].lower]; ok {
			r.value *= s
			r.scaled = true
			r.end++
		}
	}
	return r, true
}

// currencyBefore returns the currency written just before toks[i] ("$",
// "US$", "€", "USD") and where it starts.
func (x *extractor) currencyBefore(i int) (string, int) {
	toks := x.toks
	if i == 0 {
		return "", i
	}
	p := toks[i-1]
	if code, ok := currencySigns[p.text]; ok && p.end == toks[i].start {
		// "US$", "HK$", "C$": a prefix glued to the sign.
		if i >= 2 && toks[i-2].end == p.start {
			if c2, ok := currencySigns[toks[i-2].text+p.text]; ok {
				return c2, i - 2
			}
		}
		if i >= 2 && (toks[i-2].text == "US" || toks[i-2].text == "U.S.") && code == "USD" {
			return code, i - 2 // "US $13.73"
		}
		return code, i - 1
	}
	if currencyCodes[p.text] {
		return p.text, i - 1
	}
	if p.text == "Rs" || p.text == "RS" {
		return spacedCurrencyPrefixes["rs"], i - 1
	}
	if p.text == "." && i >= 2 && toks[i-2].text == "Rs" && toks[i-2].end == p.start {
		return spacedCurrencyPrefixes["rs"], i - 2 // "Rs. 500"
	}
	return "", i
}

// percentRange reads the second end of a range written with the percent
// sign on both ends, "5.25% to 5.50%", from toks[j] (after the first
// sign), and returns the index after it; j when there is none. "from 3.4%
// to 3.5%" and "rose 3% to 5%" are two numbers, as for other units.
func (x *extractor) percentRange(f *found, n number, j int) int {
	toks := x.toks
	if f.hasMax || j+2 >= len(toks) || f.start > 0 && (toks[f.start-1].lower == "from" || changeVerbs[toks[f.start-1].lower]) {
		return j
	}
	if c := toks[j].text; c != "to" && c != "-" && c != "–" {
		return j
	}
	m, ok := x.rangeEnd(j+1, n)
	if !ok || m.end >= len(toks) || m.value < f.value || m.scaled != n.scaled {
		return j
	}
	if w := toks[m.end].lower; w != "%" && w != "percent" && w != "pct" {
		return j
	}
	f.max, f.hasMax, f.qualifier = m.value, true, pipeline.QualRange
	return m.end + 1
}

// centCurrency is the currency a number of cents is in: that of the first
// amount of the sentence in a currency divided into cents ("fell 30 cents
// to €1.80"), or the dollar.
func (x *extractor) centCurrency() string {
	for k, t := range x.toks {
		code := currencySigns[t.text]
		if code == "" && currencyCodes[t.text] {
			code = t.text
		}
		if code == "" {
			code = currencyWords[t.lower]
			if code == "" && k > 0 {
				code = nationalCurrencies[x.toks[k-1].lower+" "+t.lower]
			}
		}
		if centCurrencies[code] {
			return code
		}
	}
	return "USD"
}

// perShare reports whether toks[k:] begin "a share" or "per share".
func (x *extractor) perShare(k int) bool {
	return k+1 < len(x.toks) && (x.toks[k].lower == "a" || x.toks[k].lower == "per") && (x.toks[k+1].lower == "share" || x.toks[k+1].lower == "shares")
}

// currencyAt returns the currency sign at toks[k] and the index after it.
func (x *extractor) currencyAt(k int) (string, int) {
	if k < len(x.toks) {
		if code, ok := currencySigns[x.toks[k].text]; ok {
			return code, k + 1
		}
	}
	return "", k
}

// toQuantity converts a found quantity of the sentence to a pipeline.Quantity.
func toQuantity(text string, toks []tok, f found, sentence int, published time.Time) pipeline.Quantity {
	q := pipeline.Quantity{
		Span:      pipeline.Span{Start: toks[f.start].start, End: toks[f.end-1].end},
		Sentence:  sentence,
		Qualifier: f.qualifier,
		Unit:      f.unit,
		Kind:      f.kind,
		Per:       f.per,
	}
	if f.hasBytes {
		q.Span = pipeline.Span{Start: f.byteStart, End: f.byteEnd}
	}
	q.Text = text[q.Start:q.End]
	if f.shortYear {
		f.value = fullYear(int(f.value), published)
	}
	if f.date != nil {
		q.Normalized, q.Resolved = f.date.normalize(published)
		return q
	}
	v := decimalClean(f.value)
	q.Value = &v
	if f.hasMax {
		m := decimalClean(f.max)
		q.ValueMax = &m
	}
	return q
}

// decimalClean drops the binary noise that scaling a decimal leaves
// ("$16.6 billion" is 16.6e9 = 16600000000.000002 in floating point): the
// value is rounded to 15 significant digits, more than news ever writes.
func decimalClean(v float64) float64 {
	c, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return c
}

// mayStartNumber reports whether a lower-cased word can begin a spelled-out
// number, so that most words skip the parser.
func mayStartNumber(w string) bool {
	if w == "a" || w == "an" || w == "half" {
		return true
	}
	if _, ok := cardinalWords[w]; ok {
		return true
	}
	if _, ok := ordinalWords[w]; ok {
		return true
	}
	if k := strings.IndexAny(w, "-–‐‑"); k > 0 {
		return mayStartNumber(w[:k])
	}
	return false
}
