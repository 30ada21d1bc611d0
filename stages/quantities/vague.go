package quantities

import "github.com/newsclaims/newsclaims/pipeline"

// Vague amounts ("hundreds of liens", "dozens of bartenders", "tens of
// millions of dollars", "several people", "a handful of protesters") name
// an order of magnitude, not a number. They carry the range they honestly
// state, qualifier vague, never a single made-up value:
//
//	dozens                    24 .. 99
//	hundreds                  100 .. 999
//	thousands                 1,000 .. 9,999
//	tens of thousands         10,000 .. 99,999
//	hundreds of thousands     100,000 .. 999,999
//	millions / billions       1e6 .. 1e7-1 / 1e9 .. 1e10-1
//	several                   3 .. 9     (several hundred: 300 .. 999,
//	                                      several dozen: 36 .. 108)
//	a few hundred             200 .. 999 (a few dozen: 24 .. 99)
//	a handful of              2 .. 5
//
// With a qualifier before them the qualifier stands and the value is the
// low end ("at least hundreds": at_least 100).

// vagueRange returns the honest range of a multiple word read with the
// scale base it names ("hundreds" 100, "tens of millions" 1e7).
func vagueRange(word string, base float64) (lo, hi float64) {
	if word == "dozens" {
		return 24, 99
	}
	return base, 10*base - 1
}

// vagueFew reads "several" before a plural noun or a scale word, "a few"
// before a scale word and "a handful of": a vague count.
func (x *extractor) vagueFew(i int) (found, bool) {
	toks := x.toks
	var f found
	j := i + 1
	switch {
	case toks[i].lower == "several" && j < len(toks):
		if s, ok := scaleWords[toks[j].lower]; ok && s >= 100 {
			s, j = x.scaleChain(s, j+1)
			f = found{start: i, end: j, value: 3 * s, max: 10*s - 1}
			if j < len(toks) && toks[j].lower == "of" {
				j++
			}
		} else if toks[j].lower == "dozen" {
			// "several dozen": three to nine dozen, as "several hundred".
			f = found{start: i, end: j + 1, value: 36, max: 108}
			j++
			if j < len(toks) && toks[j].lower == "of" {
				j++
			}
		} else {
			f = found{start: i, end: j, value: 3, max: 9}
		}
	case (toks[i].lower == "a" || toks[i].lower == "an") && j+1 < len(toks) && toks[j].lower == "handful" && toks[j+1].lower == "of":
		f = found{start: i, end: j + 1, value: 2, max: 5}
		j += 2
	case toks[i].lower == "a" && j+1 < len(toks) && toks[j].lower == "few" && toks[j+1].lower == "dozen":
		// "a few dozen" is dozens, no more and no fewer.
		f = found{start: i, end: j + 2, value: 24, max: 99}
		j += 2
	case toks[i].lower == "a" && j+1 < len(toks) && toks[j].lower == "few":
		// "a few hundred": two to nine hundred. "A few" before a plain
		// noun stays unread, like "many" or "numerous".
		s, ok := scaleWords[toks[j+1].lower]
		if !ok || s < 100 {
			return found{}, false
		}
		s, j = x.scaleChain(s, j+2)
		f = found{start: i, end: j, value: 2 * s, max: 10*s - 1}
		if j < len(toks) && toks[j].lower == "of" {
			j++
		}
	default:
		return found{}, false
	}
	if j < len(toks) {
		if unit, end, ok := x.measureAt(j); ok {
			// "several miles", "a few hundred yards": a vague measure.
			f.end, f.unit = end, unit
			f.hasValue, f.hasMax, f.kind, f.qualifier = true, true, pipeline.KindOther, pipeline.QualVague
			if q, qs := x.qualifierBefore(f.start); q != "" {
				f.qualifier, f.start, f.hasMax = q, qs, false
			}
			return f, true
		}
	}
	end, unit := nounPhrase(toks, j, true, x.titleCase)
	if end == j && j < len(toks) && toks[j].lower == "others" {
		end, unit = j+1, "other" // "wounded several others"
	}
	if end == j {
		if f.value < 100 {
			return found{}, false // "several" alone is a pronoun
		}
		end = f.end
	}
	f.end, f.unit = end, unit
	f.hasValue, f.hasMax, f.kind, f.qualifier = true, true, pipeline.KindCount, pipeline.QualVague
	if code, ok := currencyWords[toks[end-1].lower]; ok && end-1 >= j {
		f.unit, f.kind = code, pipeline.KindMoney
	} else if durationUnits[unit] {
		f.kind = pipeline.KindDuration // "several years", "a few hundred years"
	}
	if q, qs := x.qualifierBefore(f.start); q != "" {
		f.qualifier, f.start, f.hasMax = q, qs, false
	}
	f.end, f.per = x.rate(f.end, f.kind)
	return f, true
}

// scaleChain multiplies a scale word by the larger ones that follow it
// ("hundred thousand": 1e5) and returns the product and the index after.
func (x *extractor) scaleChain(s float64, j int) (float64, int) {
	for j < len(x.toks) {
		more, ok := scaleWords[x.toks[j].lower]
		if !ok || more <= s {
			break
		}
		s, j = s*more, j+1
	}
	return s, j
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
