package quantities

import (
	"strings"

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
		if j+2 >= len(toks) || toks[j].lower != "of" || !partitiveDeterminers[toks[j+1].lower] {
			continue
		}
		j += 2
		if l := toks[j].lower; j+1 < len(toks) && (strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s")) {
			j++ // "the state's delegates"
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
		if allNumeric(toks[i].text) && !strings.ContainsAny(toks[i].text, ".,") && isHouseNumber(toks, i) {
			return i + 1, false
		}
		if isListMarker(toks, i, x.titleCase) {
			return i + 1, false
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
