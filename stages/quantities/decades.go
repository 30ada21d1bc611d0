package quantities

import (
	"math"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Decades written with two digits: "the 70's", "the '50's", "early 60's",
// and a bare "70s" joined to a decade just read ("the 1950s and 60s").
// "'70s" is read by apostropheYear, an age by decade ("in her 40's") by
// decadeAge.

// isApostrophe reports whether s is an apostrophe or the quotation marks
// typed for one.
func isApostrophe(s string) bool { return s == "'" || s == "’" || s == "‘" }

// decadeDigits reads the tens of a two-digit decade at toks[i]: "70s" as
// one token, or "70" with "'s" glued to it ("70's"). It returns the decade
// (70), the index after it, and whether the "'s" was written.
func decadeDigits(toks []tok, i int) (tens int, end int, apostropheS bool, ok bool) {
	t := toks[i]
	if !t.digit {
		return 0, 0, false, false
	}
	s := t.lower
	switch {
	case len(s) == 3 && s[2] == 's':
		s, end = s[:2], i+1
	case len(s) == 2 && i+2 < len(toks) && isApostrophe(toks[i+1].text) && toks[i+1].start == t.end &&
		toks[i+2].lower == "s" && toks[i+2].start == toks[i+1].end:
		end, apostropheS = i+3, true
	default:
		return 0, 0, false, false
	}
	if !isDigit(s[0]) || s[0] == '0' || s[1] != '0' {
		return 0, 0, false, false
	}
	return int(s[0]-'0') * 10, end, apostropheS, true
}

// thirdsOfDecade are the words that place a time inside a decade; the
// stage reads the whole decade ("the early 1990s" is the 1990s).
var thirdsOfDecade = toSet(`early mid late mid-`)

// shortDecade reads a decade written with two digits at toks[i]: "the
// 70's", "the '50's", "early 60's" (the "'s" marks a decade: a period,
// whose century comes from the publication date as for "'70s"), and one
// joined to a decade just read, which gives its century ("the 1850's and
// early 60's", "the 1950s and 60s": 1860, 1960). A bare "70s" alone is
// left: "in the 30s" is as often a poll figure or a temperature.
func (x *extractor) shortDecade(i int) (found, bool) {
	toks := x.toks
	tens, end, apostropheS, ok := decadeDigits(toks, i)
	if !ok {
		return found{}, false
	}
	start := i
	if i > 0 && isApostrophe(toks[i-1].text) && toks[i-1].end == toks[i].start {
		start = i - 1 // "'50's"
	}
	before := start - 1
	if before >= 0 && thirdsOfDecade[toks[before].lower] {
		before--
	}
	f := found{start: start, end: end, value: float64(tens), hasValue: true, qualifier: pipeline.QualExact, kind: pipeline.KindYear, shortYear: true}
	if prev, ok := x.decadeJoinedTo(before); ok {
		if !prev.shortYear {
			// "the 1950s and 60s": the century of the first decade.
			f.value, f.shortYear = math.Floor(prev.value/100)*100+float64(tens), false
		}
		return f, true
	}
	if !apostropheS {
		return found{}, false
	}
	if before >= 0 && pollRanges[toks[before].lower] {
		return found{}, false // "the low 40's": a poll figure or a temperature
	}
	return f, true
}

// pollRanges place a figure inside a range of ten ("the low 40s", "the
// upper 70's"): a rating or a temperature, not a decade.
var pollRanges = toSet(`low high lower upper`)

// decadeJoinedTo reports the decade read just before the joining word at
// toks[j] ("and", "or", "to", a comma or a dash): "the 1950s and 60s",
// "the 70's, 80's and 90's".
func (x *extractor) decadeJoinedTo(j int) (found, bool) {
	toks := x.toks
	if j < 0 || len(x.out) == 0 {
		return found{}, false
	}
	switch toks[j].lower {
	case "and", "or", "to", ",", "-", "–":
	default:
		return found{}, false
	}
	if toks[j].lower != "," && j > 0 && toks[j-1].text == "," {
		j-- // "70's, and 80's"
	}
	prev := x.out[len(x.out)-1]
	if prev.kind != pipeline.KindYear || prev.hasMax || prev.date != nil {
		return found{}, false
	}
	end := prev.end
	last := toks[end-1].lower
	decade := strings.HasSuffix(last, "s")
	if !decade && end+1 < len(toks) && isApostrophe(toks[end].text) && toks[end].start == toks[end-1].end && toks[end+1].lower == "s" {
		decade, end = true, end+2 // "1850's": the year was read without its "'s"
	}
	return prev, decade && end == j
}
