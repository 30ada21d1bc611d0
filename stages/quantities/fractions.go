package quantities

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Fractions and proportions: "half of the voters", "nearly two-thirds",
// "a third of the delegates", "six in 10 voters", "one out of five". Polls
// and reports state shares of a group this way beside percents, so they are
// quantities of kind fraction with the share as value (0.5, 0.667, 0.6).
// "a year and a half" is read here too: its "half" is no share but the
// end of a duration.

// denominators maps the word after a numerator to the denominator it
// names: "third" and "thirds" are 3.
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

// halfOpeners may follow "half" when it is a share of what comes after:
// "half the electorate", "half its value", "half of them".
var halfOpeners = toSet(`of the its their his her our my your all those these that this`)

// halfRankers before "half" make it a part named by its place, not a
// share: "the second half", "the top half", "the other half".
var halfRankers = toSet(`a an and the one first second top bottom upper lower other better latter front back`)

// shareVerbs are the verbs the tagger may leave untagged (they are
// function words here) that make "a third" before them a share of a group:
// "a third said", "a quarter were".
var shareVerbs = toSet(`said say says told is are was were be have has had do does did will would can could may might must should`)

// fractionAt reads a fraction whose numerator starts at toks[i], a word
// that may start a number; the qualifier before it is taken as for any
// number.
func (x *extractor) fractionAt(i int) (found, bool) {
	value, end, ok := x.halfAt(i)
	if !ok {
		value, end, ok = x.namedFraction(i)
	}
	if !ok {
		value, end, ok = x.ratioAt(i)
	}
	if !ok {
		return found{}, false
	}
	f := found{start: i, end: end, value: value, hasValue: true, qualifier: pipeline.QualExact, kind: pipeline.KindFraction}
	if q, k := x.qualifierBefore(i); q != "" {
		f.start, f.qualifier = k, q
	}
	x.fractionOfPercent(&f)
	if q, e := x.boundAfter(f.end); q != "" && f.qualifier == pipeline.QualExact {
		f.qualifier, f.end = q, e
	}
	return f, true
}

// halfAt reads "half" as a share: before "of", a determiner or a
// possessive ("half the vote", "half of them"), or after a qualifier
// ("nearly half said", "cut by more than half"). "a half", "the second
// half", "the eastern half", "half a dozen" and "half-empty" are not
// shares.
func (x *extractor) halfAt(i int) (float64, int, bool) {
	toks := x.toks
	if toks[i].lower != "half" {
		return 0, 0, false
	}
	if i > 0 && halfRankers[toks[i-1].lower] {
		return 0, 0, false
	}
	if i > 1 && partitiveDeterminers[toks[i-2].lower] && toks[i-1].word && !toks[i-1].digit && !functionWords[toks[i-1].lower] {
		// "the eastern half of the country", "the Republican half of
		// the team": a part named by a word before it, not a share.
		return 0, 0, false
	}
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].lower
	}
	if next == "a" || next == "an" {
		return 0, 0, false
	}
	if q, _ := x.qualifierBefore(i); q == "" && !halfOpeners[next] {
		return 0, 0, false
	}
	return 0.5, i + 1, true
}

// namedFraction reads a numerator and a named denominator: "two-thirds",
// "one-half", "three quarters of", "a third of", "a fifth said". The
// singular after "a" or "one" needs "of" or a verb after it, or it is an
// ordinal ("a third party", "one third-place finish").
func (x *extractor) namedFraction(i int) (float64, int, bool) {
	toks := x.toks
	if first, rest, ok := cutHyphen(toks[i].lower); ok {
		if _, _, more := cutHyphen(rest); !more {
			num, ok := cardinalWords[first]
			den, isDen := denominators[rest]
			if first == "a" {
				num, ok = 1, true
			}
			if ok && isDen && num > 0 && num < den {
				return num / den, i + 1, true
			}
			return 0, 0, false
		}
	}
	if i+1 >= len(toks) {
		return 0, 0, false
	}
	num, ok := cardinalWords[toks[i].lower]
	if toks[i].lower == "a" {
		num, ok = 1, true
	}
	den, isDen := denominators[toks[i+1].lower]
	if !ok || !isDen || num <= 0 || num >= den || toks[i+1].lower == "half" && num != 1 {
		return 0, 0, false
	}
	end := i + 2
	plural := strings.HasSuffix(toks[i+1].lower, "s")
	if num > 1 && plural {
		return num / den, end, true
	}
	if num != 1 || plural || end >= len(toks) {
		return 0, 0, false
	}
	after := toks[end]
	if after.lower == "of" {
		// "a quarter of a million", "a quarter of a century": a scale or a
		// unit, not a share of a group.
		if end+2 < len(toks) && (toks[end+1].lower == "a" || toks[end+1].lower == "an") {
			if _, scale := scaleWords[toks[end+2].lower]; scale || durationUnits[toks[end+2].lower] || measureUnits[toks[end+2].lower] != "" {
				return 0, 0, false
			}
		}
		return num / den, end, true
	}
	if strings.HasPrefix(after.pos, "VB") || after.pos == "MD" || shareVerbs[after.lower] || len(after.lower) > 4 && strings.HasSuffix(after.lower, "ed") && isLower(after) {
		// "less than a third agreed", "a fifth said": taggers often read
		// the verb as a noun, hence its "-ed"
		return num / den, end, true
	}
	return 0, 0, false
}

// ratioAt reads "six in 10", "one in five", "4 out of 10", "one-in-five":
// a small numerator, "in" or "out of", and a larger denominator that is
// no year or time ("the 757 in 2011", "$42,000 in five years").
func (x *extractor) ratioAt(i int) (float64, int, bool) {
	toks := x.toks
	if first, rest, ok := cutHyphen(toks[i].lower); ok {
		if in, last, ok := cutHyphen(rest); ok && in == "in" {
			num, ok1 := smallNumber(first)
			den, ok2 := smallNumber(last)
			if ok1 && ok2 && num < den {
				return num / den, i + 1, true
			}
			return 0, 0, false
		}
	}
	num, ok := smallNumber(toks[i].lower)
	if !ok || num == 0 || num >= 100 {
		return 0, 0, false
	}
	if i > 0 && toks[i].isCapitalized() && toks[i-1].isCapitalized() && !toks[i].digit {
		return 0, 0, false // "Uranium One in three deals": a name
	}
	if i > 0 && (toks[i-1].text == "$" || toks[i-1].text == "#") {
		return 0, 0, false
	}
	j := i + 1
	switch {
	case j < len(toks) && toks[j].lower == "in":
		j++
	case j+1 < len(toks) && toks[j].lower == "out" && toks[j+1].lower == "of":
		j += 2
	default:
		return 0, 0, false
	}
	if j >= len(toks) {
		return 0, 0, false
	}
	den, ok := smallNumber(toks[j].lower)
	if !ok || den <= num || den > 1000 || toks[j].digit && len(toks[j].text) == 4 {
		return 0, 0, false
	}
	if j+1 < len(toks) && (durationUnits[singular(toks[j+1].lower)] || timeSuffixes[toks[j+1].lower]) {
		return 0, 0, false // "two in three years", "one in five minutes"
	}
	return num / den, j + 1, true
}

// smallNumber reads a number written as one word or as plain digits ("10",
// "ten", "1,000").
func smallNumber(w string) (float64, bool) {
	if v, ok := cardinalWords[w]; ok {
		return v, true
	}
	if w == "hundred" || w == "thousand" {
		return 0, false
	}
	if !allNumeric(w) || strings.Contains(w, ".") {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v, err == nil
}

// andAHalf reads "a year and a half", "the past decade and a half": a
// duration of one and a half units, written without a number.
func (x *extractor) andAHalf(i int) (found, bool) {
	toks := x.toks
	if i+3 >= len(toks) || toks[i+1].lower != "and" || toks[i+2].lower != "a" || toks[i+3].lower != "half" || !durationUnits[toks[i].lower] {
		return found{}, false
	}
	f := found{start: i, end: i + 4, value: 1.5, hasValue: true, qualifier: pipeline.QualExact, unit: toks[i].lower, kind: pipeline.KindDuration}
	if i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "an" || toks[i-1].lower == "one") {
		f.start = i - 1
	}
	if q, k := x.qualifierBefore(f.start); q != "" {
		f.start, f.qualifier = k, q
	}
	return f, true
}

// fractionOfPercent makes "a quarter of a percent", "one-eighth of 1
// percent" the percent they are (0.25, 0.125), not a share of a group.
func (x *extractor) fractionOfPercent(f *found) {
	toks := x.toks
	j := f.end
	if j+2 >= len(toks) || toks[j].lower != "of" {
		return
	}
	switch toks[j+1].lower {
	case "a", "an", "1", "one":
	default:
		return
	}
	switch w := toks[j+2].lower; {
	case w == "percent" || w == "%" || w == "pct":
		f.kind, f.unit, f.end = pipeline.KindPercent, "percent", j+3
	case w == "percentage" && j+3 < len(toks) && strings.HasPrefix(toks[j+3].lower, "point"):
		f.kind, f.unit, f.end = pipeline.KindPercent, "percentage point", j+4
	}
}

// cutHyphen cuts w at its first hyphen or dash, as splitHyphen would but
// without allocating.
func cutHyphen(w string) (before, after string, ok bool) {
	for k := 0; k < len(w); k++ {
		switch {
		case w[k] == '-':
			return w[:k], w[k+1:], true
		case w[k] >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(w[k:])
			if r == '–' || r == '‐' || r == '‑' {
				return w[:k], w[k+size:], true
			}
			k += size - 1
		}
	}
	return w, "", false
}
