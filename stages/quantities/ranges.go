package quantities

import (
	"github.com/newsclaims/newsclaims/pipeline"
)

// The upper end of a range: "5 to 6 million" (a scale on the second
// number applies to both), "5.25% to 5.50%".

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
