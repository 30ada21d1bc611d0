package quantities

import (
	"math"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Extraction walks the tokens of one sentence: at each word it tries a
// date, a period, a vague amount and a number, and complete.go turns a
// number into a quantity with what is written around it.

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
	// before is the text just before the sentence (a few words), for a
	// number the sentence splitter cut from what precedes it.
	before string
}

// extract finds every quantity of one sentence's tokens; before is the
// text just before the sentence.
func extract(toks []tok, before string, out []found) []found {
	x := extractor{toks: toks, before: before, out: out, carryEnd: -1, titleCase: isTitleCase(toks)}
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
	x.partitiveUnits()
	return x.out
}

// partitiveDeterminers open the group a partitive count is taken from:
// "two of the suspects", "five of its casinos".
var partitiveDeterminers = toSet(`the its his her their our my your these those`)

// partitiveUnits gives a bare count the noun of the group it is part of:
// "two of the suspects" (suspect), "24 of the 34 Senate seats" (seat),
// "all 66 of the state's delegates" (delegate). The span stays the number,
// as for the numbers shareUnits completes.
func (x *extractor) partitiveUnits() {
	toks := x.toks
	for k := range x.out {
		a := &x.out[k]
		if a.unit != "" || a.kind != pipeline.KindCount || a.hasMax || a.date != nil || a.per != "" || a.hasBytes {
			continue
		}
		j := a.end
		if j+2 >= len(toks) || toks[j].lower != "of" {
			continue
		}
		if partitiveDeterminers[toks[j+1].lower] {
			j += 2
			if l := toks[j].lower; j+1 < len(toks) && (strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s")) {
				j++ // "the state's delegates"
			}
		} else if end, ok := ownerName(toks, j+1); ok {
			j = end // "10 of Garcia's aides", "two of Anna Ruiz's sons"
		} else {
			continue
		}
		if k+1 < len(x.out) && x.out[k+1].start >= j && x.out[k+1].start <= j+1 {
			// "13 of the past 19 contests": the whole is counted.
			if b := x.out[k+1]; b.unit != "" && (b.kind == pipeline.KindCount || b.kind == pipeline.KindDuration) {
				a.unit, a.kind = b.unit, b.kind
			}
			continue
		}
		if end, unit := nounPhrase(toks, j, true, x.titleCase); end > j {
			a.unit = unit
			if durationUnits[unit] {
				a.kind = pipeline.KindDuration
			}
		}
	}
}

// ownerName reads a name in the possessive at toks[i], of one to three
// capitalised words ("Garcia's", "Anna Ruiz's"), and returns the index
// after it.
func ownerName(toks []tok, i int) (int, bool) {
	for k := i; k < len(toks) && k < i+3; k++ {
		t := toks[k]
		if !t.word || t.digit || !t.isCapitalized() || functionWords[t.lower] {
			return 0, false
		}
		if strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s") {
			return k + 1, k+1 < len(toks)
		}
	}
	return 0, false
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
		end := i + 1
		for end+1 < len(toks) && (toks[end].text == "-" || toks[end].text == "–" || toks[end].lower == "to") && toks[end+1].digit {
			end += 2 // "pp. 7 - 11", "pages 8 to 14": both ends are labels
		}
		return end, true
	}
	if toks[i].digit || strings.HasPrefix(toks[i].lower, "mid-") {
		if f, ok := x.decadeAge(i); ok {
			x.out = append(x.out, f)
			x.carry = ""
			return f.end, true
		}
	}
	if toks[i].digit {
		if yy, decade, ok := apostropheYear(toks, i); ok {
			x.out = append(x.out, found{start: i - 1, end: i + 1, value: float64(yy), hasValue: true, qualifier: pipeline.QualExact, kind: pipeline.KindYear, shortYear: true})
			_ = decade
			x.carry = ""
			return i + 1, true
		}
		if f, ok := x.shortDecade(i); ok {
			x.out = append(x.out, f)
			x.carry = ""
			return f.end, true
		} else if _, end, apostropheS, ok := decadeDigits(toks, i); ok && apostropheS {
			return end, false // "the low 40's": a rating, not a count of 40
		}
		if allNumeric(toks[i].text) && !strings.ContainsAny(toks[i].text, ".,") && isHouseNumber(toks, i) {
			return i + 1, false
		}
		if isListMarker(toks, i, x.titleCase) {
			return i + 1, false
		}
		if end, ok := citationEnd(toks, i); ok {
			return end, true // "348 U.S. 385": a volume and a page, no quantity
		}
		if i == 0 && citedBefore(x.before) {
			return i + 1, false // the page of "362 U.S." cut off by the splitter
		}
	}
	// Most words start no number; fractions and numbers are read only
	// after those that may.
	numberStart := toks[i].digit || mayStartNumber(toks[i].lower)
	if numberStart {
		if f, ok := x.fractionAt(i); ok {
			x.out = append(x.out, f)
			x.carry = ""
			return f.end, true
		}
	}
	if f, ok := x.andAHalf(i); ok {
		x.out = append(x.out, f)
		x.carry = ""
		return f.end, true
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
		if ok && x.centsAfterSign(i) {
			// "$.50", "$.07": an amount under one written without its 0.
			n.value /= math.Pow(10, float64(len(toks[i].text)))
			n.start, n.year = i-1, false
		}
	} else if numberStart {
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
		if f.unit == "" && f.kind == pipeline.KindCount && !n.ordinal && !n.year {
			// "two or more years", "500 or more workers": the noun
			// comes after the bound.
			if end, unit := nounPhrase(x.toks, f.end, true, x.titleCase); end > f.end {
				f.unit, f.end = unit, end
				if durationUnits[unit] {
					f.kind = pipeline.KindDuration
				}
			}
		}
	}
	x.out = append(x.out, f)
	if f.qualifier != pipeline.QualExact && f.qualifier != pipeline.QualRange && f.qualifier != pipeline.QualOrdinal {
		x.carry, x.carryEnd = f.qualifier, f.end
	} else {
		x.carry = ""
	}
	return f.end, true
}

// labelAbbreviations stand, with a full stop, before the number of a
// part of a text or a list: "No. 2", "Fig. 7", "pp. 76", "Ch. 11".
var labelAbbreviations = toSet(`no nos fig figs p pp vol vols ch chap sec secs art pt eq`)

// referenceWords are written in lower case before the number of a part of
// a text: "see page 99", "in figure 10", "series 2".
var referenceWords = toSet(`page pages figure figures plate plates chapter volume appendix series`)

// labelBefore reports whether text ends with an abbreviated label and its
// full stop ("... shown in Fig."), whose number opens the next sentence.
func labelBefore(before string) bool {
	t := strings.TrimRight(before, " \t\n")
	if !strings.HasSuffix(t, ".") {
		return false
	}
	t = t[:len(t)-1]
	k := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	return labelAbbreviations[strings.ToLower(t[k+1:])]
}

// centsAfterSign reports digits glued to a full stop glued to a currency
// sign: the "50" of "$.50".
func (x *extractor) centsAfterSign(i int) bool {
	toks := x.toks
	if i < 2 || toks[i-1].text != "." || toks[i-1].end != toks[i].start || toks[i-2].end != toks[i-1].start || !allDigitsASCII(toks[i].text) {
		return false
	}
	_, isSign := currencySigns[toks[i-2].text]
	return isSign
}

// designated reports whether the number at toks[i] is a label: "Flight 17",
// "No. 5", "#3".
func (x *extractor) designated(i int) bool {
	if i == 0 {
		// "See Fig." ending the sentence before: the splitter took the
		// full stop of the abbreviation for the end of a sentence.
		return x.toks[0].digit && labelBefore(x.before)
	}
	p := x.toks[i-1]
	if p.text == "#" || p.text == "№" {
		return true
	}
	if p.text == "." && i >= 2 && labelAbbreviations[x.toks[i-2].lower] && x.toks[i-2].end == p.start {
		return true // "No. 2", "Fig. 7", "p. 63", "Vol. 2"
	}
	if !x.toks[i].digit || x.titleCase {
		return false
	}
	if designatorNouns[p.lower] && p.isCapitalized() || referenceWords[p.text] {
		return true // "Highway 61"; "on page 21", "in figure 10"
	}
	// a name written in pieces: "S&P 500"
	k, glued := i-1, p.lower
	for k > 0 && x.toks[k-1].end == x.toks[k].start && i-k < 4 {
		k--
		glued = x.toks[k].lower + glued
	}
	return k < i-1 && designatorNouns[glued] && x.toks[k].isCapitalized()
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
