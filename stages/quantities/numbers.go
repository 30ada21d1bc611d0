package quantities

import (
	"math"
	"strconv"
	"strings"
)

// number is a parsed numeral: tokens [start, end) of the sentence.
type number struct {
	start, end int
	value      float64
	ordinal    bool
	scaled     bool // a scale word or suffix applied ("1.5 million", "3.5bn")
	year       bool // four plain digits that can be a year
	decade     bool // "1990s"
	hasMax     bool // an in-token range ("2-3", "2015-16")
	max        float64
	compound   string // noun glued by a hyphen ("second-century", "five-year")
	measure    string // unit glued to the digits ("10km")
	words      bool   // spelled out
	gluedScale string // "m" or "k" that only count as scale after a currency
}

// parseDigits parses a token that starts with a digit: "4,000", "1.5",
// "3.5bn", "21st", "1990s", "2-3", "10-year-old". ok is false for
// designators and codes ("4G", "3D") and for clock times.
func parseDigits(t tok) (n number, ok bool) {
	s := t.lower
	i := indianGrouped(s)
	for i < len(s) && (isDigit(s[i]) || (s[i] == ',' && groupOfThree(s, i))) {
		i++
	}
	intPart := strings.ReplaceAll(s[:i], ",", "")
	if intPart == "" {
		return n, false
	}
	frac := ""
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		frac = s[i:j]
		i = j
	}
	v, err := strconv.ParseFloat(intPart+frac, 64)
	if err != nil || math.IsInf(v, 0) {
		return n, false
	}
	n.value = v
	rest := s[i:]
	plain := frac == "" && !strings.Contains(s[:i], ",")
	switch {
	case rest == "":
		n.year = plain && len(intPart) == 4 && v >= 1000 && v <= 2100
		return n, true
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		if !plain {
			return n, false
		}
		n.ordinal = true
		return n, true
	case rest == "d" && plain && len(intPart) >= 2 && (intPart[len(intPart)-1] == '2' || intPart[len(intPart)-1] == '3') && intPart[len(intPart)-2] != '1' && strings.HasSuffix(t.text, "d"):
		// Older style "23d", "42d" (second, third). One digit is left out:
		// "2D" and "3D" are dimensions far more often.
		n.ordinal = true
		return n, true
	case rest == "s" || rest == "'s" || rest == "’s":
		if plain && len(intPart) == 4 && v >= 1000 && v <= 2100 && rest == "s" {
			n.year, n.decade = true, true
			return n, true
		}
		return n, false
	case rest[0] == ':' || rest[0] == '/' || rest[0] == '.':
		return n, false // times, dates and dotted codes are handled elsewhere
	case isDash(rest):
		if v, ok := mixedFraction(rest); ok && plain {
			// "4-1/2", "2-3/4": a whole number and a fraction.
			n.value += v
			return n, true
		}
		return parseDashed(n, intPart, plain, rest)
	}
	if f, ok := gluedScale[rest]; ok {
		if rest == "m" || rest == "k" || rest == "b" {
			n.gluedScale = rest
			if m, ok := measureUnits[rest]; ok {
				n.measure = m
			}
			return n, true
		}
		n.value *= f
		n.scaled = true
		return n, true
	}
	if m, ok := measureUnits[rest]; ok && len(rest) > 1 {
		n.measure = m
		return n, true
	}
	if timeSuffixes[rest] {
		return n, false
	}
	return n, false
}

// parseDashed handles a digit token with a hyphen: a range ("2-3",
// "2015-16") or a compound ("10-year-old", "300-strong").
func parseDashed(n number, intPart string, plain bool, rest string) (number, bool) {
	parts := splitHyphen(rest)
	if len(parts) == 0 {
		return n, false
	}
	second := parts[0]
	if isDigit(second[0]) {
		if len(parts) > 1 {
			return n, false // phone-like or code: 555-12-34
		}
		m, err := strconv.ParseFloat(strings.ReplaceAll(second, ",", ""), 64)
		if err != nil || !allNumeric(second) {
			return n, false
		}
		// "2015-16": the second part abbreviates the year.
		if plain && len(intPart) == 4 && len(second) == 2 && n.year0() {
			m = math.Floor(n.value/100)*100 + m
			n.year = true
		} else if plain && len(intPart) == 4 && len(second) == 4 && n.year0() && m >= 1000 && m <= 2100 {
			n.year = true
		}
		if m < n.value {
			return n, false // a score or a code, not a range
		}
		n.hasMax, n.max = true, m
		return n, true
	}
	for _, p := range parts {
		if !allLetters(p) {
			return n, false
		}
	}
	if len(parts) >= 2 && areaPrefixes[parts[0]] != "" {
		if u, ok := measureUnits[parts[1]]; ok && areaPrefixes[parts[1]] == "" {
			// "10,000-square-foot": an area, as "10,000 square feet"
			n.measure = areaPrefixes[parts[0]] + " " + u
			return n, true
		}
	}
	n.compound = parts[0]
	return n, true
}

func (n number) year0() bool { return n.value >= 1000 && n.value <= 2100 }

// spelled parses spelled-out numbers starting at toks[i]: "four",
// "twenty-five", "forty eight", "a hundred", "a dozen", "two and a half",
// "one hundred and twenty", "seventh", "twenty-first", "second-century".
// It reads word by word while each word may follow the one before it.
func spelled(toks []tok, i int) (number, bool) {
	s := spelledReader{toks: toks, i: i, j: i}
	s.n.start, s.n.words = i, true
	if !s.article() {
		return s.n, false
	}
	for s.j < len(toks) && s.word() {
		s.j++
	}
	return s.finish()
}

// numberPart is the kind of the last number word read, which tells what
// may follow it.
type numberPart int

const (
	partNone    numberPart = iota // no number word yet
	partSmall                     // a unit or a teen, a hyphenated number, "a" or "half a"
	partTens                      // "twenty" … "ninety": a unit may follow
	partHundred                   // "hundred", "dozen": a multiple below a scale
	partScale                     // "thousand", "million" …: the total so far
)

// spelledReader is spelled's reading of one number: the word it stands
// on, the value in two parts (the total of the scales read, and the
// current group below a scale), and the number it fills in.
type spelledReader struct {
	toks           []tok
	i, j           int // the first word and the current one
	total, current float64
	last           numberPart
	n              number
}

// article reads a leading "half a" before a scale ("half a million") or
// "a"/"an" before a scale or a dozen ("a hundred", "a dozen"). It reports
// false when such a word leads no number; any other word is left to the
// loop.
func (s *spelledReader) article() bool {
	toks, j := s.toks, s.j
	if w := toks[j].lower; w == "half" {
		// "half a million"
		if j+2 >= len(toks) || (toks[j+1].lower != "a" && toks[j+1].lower != "an") {
			return false
		}
		if _, isScale := scaleWords[toks[j+2].lower]; (!isScale || toks[j+2].lower == "hundred") && toks[j+2].lower != "dozen" {
			return false // "half a dozen" is six
		}
		s.current, s.last = 0.5, partSmall
		s.j += 2
	} else if w == "a" || w == "an" {
		if j+1 >= len(toks) {
			return false
		}
		next := toks[j+1].lower
		if _, isScale := scaleWords[next]; !isScale && next != "dozen" && next != "half-dozen" {
			return false
		}
		s.current, s.last = 1, partSmall
		s.j++
	}
	return true
}

// word reads the word at s.j into the number. It reports true when the
// next word may go on with it; false when the number ends, after this
// word (s.j moved past it) or before it.
func (s *spelledReader) word() bool {
	w := s.toks[s.j].lower
	if w == "half-dozen" && (s.last == partNone || s.j == s.i+1 && s.current == 1) {
		// "a half-dozen stops", as "half a dozen"
		s.current, s.last = 6, partHundred
		return true
	}
	if parts := splitHyphen(w); len(parts) > 1 {
		return s.hyphenated(parts)
	}
	if v, ok := cardinalWords[w]; ok {
		return s.cardinal(v)
	}
	if v, ok := ordinalWords[w]; ok {
		s.ordinal(v)
		return false
	}
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen":
		return s.multiple(w)
	case "and":
		return s.and()
	}
	return false
}

// hyphenated reads a hyphenated word: "twenty-five", "twenty-first",
// "second-century", "five-year", "six-million". Only its leading number
// words count; a noun glued after them is the number's compound, or with
// an area prefix its measure ("two-square-mile"). Such a word ends the
// number, unless a scale word follows a plain cardinal ("twenty-five
// hundred").
func (s *spelledReader) hyphenated(parts []string) bool {
	v, ord, used := hyphenNumber(parts)
	if used == 0 || s.last == partTens || s.last == partSmall {
		return false
	}
	if sc := parts[len(parts)-1]; used == len(parts)-1 && !ord && (sc == "thousand" || sc == "million" || sc == "billion" || sc == "trillion") {
		// "six-million people", "two-billion-dollar" is not this
		s.total += (s.current + v) * scaleWords[sc]
		s.current, s.last, s.n.scaled = 0, partScale, true
		s.j++
		return false
	}
	if used < len(parts) {
		if !allLetters(strings.Join(parts[used:], "")) {
			return false
		}
		s.n.compound = parts[used]
		if u, ok := measureUnits[parts[min(used+1, len(parts)-1)]]; ok && used+1 < len(parts) && areaPrefixes[parts[used]] != "" {
			s.n.compound, s.n.measure = "", areaPrefixes[parts[used]]+" "+u // "two-square-mile"
		}
	}
	s.current += v
	s.n.ordinal = ord
	s.last = partSmall
	if !ord && used == len(parts) && s.j+1 < len(s.toks) {
		switch s.toks[s.j+1].lower {
		case "hundred", "thousand", "million", "billion", "trillion":
			return true // "twenty-five hundred", "forty-two thousand"
		}
	}
	s.j++
	return false
}

// cardinal reads a cardinal word of value v: it opens the number, follows
// a multiple or a scale ("hundred two", "million four"), or is the unit
// after a tens word ("forty eight"); anything else ends the number before
// it ("four five").
func (s *spelledReader) cardinal(v float64) bool {
	switch {
	case v < 10 && s.last == partTens:
	case s.last == partNone || s.last == partHundred || s.last == partScale:
	default:
		return false
	}
	s.current += v
	if v >= 20 && int(v)%10 == 0 {
		s.last = partTens
	} else {
		s.last = partSmall
	}
	return true
}

// ordinal reads an ordinal word of value v, which ends the number: after
// it when it may follow the word before ("seventh", "hundredth", "forty
// second"), before it otherwise.
func (s *spelledReader) ordinal(v float64) {
	if s.last == partNone || s.last == partHundred || s.last == partScale || (s.last == partTens && v < 10) {
		if v >= 100 {
			s.current = orOne(s.current) * v
		} else {
			s.current += v
		}
		s.n.ordinal = true
		s.j++
	}
}

// multiple reads "hundred", a scale word or "dozen", which multiply the
// group read so far (one when there is none: "a hundred"); a scale adds
// the group to the total. None opens a number, and no scale follows a
// scale with nothing between.
func (s *spelledReader) multiple(w string) bool {
	switch w {
	case "hundred":
		if s.last == partNone || s.last == partHundred {
			return false
		}
		s.current = orOne(s.current) * 100
		s.last = partHundred
	case "dozen":
		if s.last == partNone {
			return false
		}
		s.current = orOne(s.current) * 12
		s.last = partHundred
	default:
		if s.last == partNone || s.last == partScale && s.current == 0 {
			return false
		}
		s.total += orOne(s.current) * scaleWords[w]
		s.current = 0
		s.last = partScale
		s.n.scaled = true
	}
	return true
}

// and reads "and" inside a number: "two and a half", "two and one-half",
// "one hundred and twenty", "one hundred and fifty-one". Anywhere else it
// ends the number.
func (s *spelledReader) and() bool {
	toks, j := s.toks, s.j
	if j+2 < len(toks) && (toks[j+1].lower == "a" || toks[j+1].lower == "an") && toks[j+2].lower == "half" && (s.last == partSmall || s.last == partTens) {
		s.current += 0.5
		s.j += 2
		return true
	}
	if j+1 < len(toks) && toks[j+1].lower == "one-half" && (s.last == partSmall || s.last == partTens) {
		s.current += 0.5 // "two and one-half acts"
		s.j++
		return true
	}
	if (s.last == partHundred || s.last == partScale) && j+1 < len(toks) {
		if _, ok := cardinalWords[toks[j+1].lower]; ok {
			return true
		}
		if parts := splitHyphen(toks[j+1].lower); len(parts) == 2 {
			if _, ord, used := hyphenNumber(parts); used == 2 && !ord {
				return true // "one hundred and fifty-one"
			}
		}
	}
	return false
}

// finish ends the number before s.j: none when no word was read, or only
// the article; a trailing "and" the loop took is dropped.
func (s *spelledReader) finish() (number, bool) {
	toks, i, j := s.toks, s.i, s.j
	if j == i || (j == i+1 && (toks[i].lower == "a" || toks[i].lower == "an")) {
		return s.n, false
	}
	for j > i+1 && toks[j-1].lower == "and" {
		j--
	}
	s.n.end = j
	s.n.value = s.total + s.current
	return s.n, true
}

// hyphenNumber parses the leading number words of a hyphenated token and
// reports how many parts it used.
func hyphenNumber(parts []string) (v float64, ordinal bool, used int) {
	if t, ok := cardinalWords[parts[0]]; ok {
		v, used = t, 1
		if len(parts) > 1 && t >= 20 && int(t)%10 == 0 {
			if u, ok := cardinalWords[parts[1]]; ok && u < 10 && u > 0 {
				return v + u, false, 2
			}
			if u, ok := ordinalWords[parts[1]]; ok && u < 10 {
				return v + u, true, 2
			}
		}
		return v, false, used
	}
	if o, ok := ordinalWords[parts[0]]; ok {
		return o, true, 1
	}
	return 0, false, 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// groupOfThree reports whether the comma at s[comma] is a thousands
// separator: exactly three digits follow it.
func groupOfThree(s string, comma int) bool {
	if comma == 0 || comma+4 > len(s) {
		return false
	}
	for k := comma + 1; k <= comma+3; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return comma+4 == len(s) || !isDigit(s[comma+4])
}

func isDash(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "‐") || strings.HasPrefix(s, "‑")
}

func allNumeric(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return s != ""
}

func allLetters(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return s != ""
}

// orOne returns v, or 1 when nothing has been read yet ("a hundred",
// "thousand" after "a").
func orOne(v float64) float64 {
	if v == 0 {
		return 1
	}
	return v
}

// indianGrouped returns the length of a number written with Indian digit
// grouping at the start of s ("1,00,000", "12,34,56,789"), or 0: groups of
// two digits after the first comma, and three in the last group.
func indianGrouped(s string) int {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || i > 2 {
		return 0
	}
	var groups []int // digits in each group after a comma
	for i < len(s) && s[i] == ',' {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i+1 {
			break
		}
		groups = append(groups, j-i-1)
		i = j
	}
	if len(groups) < 2 || groups[len(groups)-1] != 3 {
		return 0
	}
	for _, g := range groups[:len(groups)-1] {
		if g != 2 {
			return 0
		}
	}
	return i
}

// mixedFraction parses the "-1/2" of "4-1/2": a dash, then a numerator
// smaller than a denominator of at most 64.
func mixedFraction(rest string) (float64, bool) {
	k := strings.IndexAny(rest, "0123456789")
	if k <= 0 || k > 3 {
		return 0, false
	}
	num, den, ok := strings.Cut(rest[k:], "/")
	if !ok {
		return 0, false
	}
	a, e1 := strconv.Atoi(num)
	b, e2 := strconv.Atoi(den)
	if e1 != nil || e2 != nil || a <= 0 || b < 2 || b > 64 || a >= b {
		return 0, false
	}
	return float64(a) / float64(b), true
}
