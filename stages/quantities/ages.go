package quantities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// decadeAgeOwners are the possessives of "in her 40s", "in their early
// 30s": a person's age by decade, never a period like "the 1960s".
var decadeAgeOwners = toSet(`his her their my our your`)

// decadeAge reads an age by decade at the digit token toks[i]: "in her
// 40s", "in their early 30s", "a man in his late 60s", "reached his
// mid-50s", and the decades joined to one ("in their 30s, 40s and 50s").
// The stage has no convention for the thirds of a decade ("the early
// 1990s" is the decade too), so the age is the whole decade, a duration
// in years from 40 to 49; "early", "mid" or "late" stays in the span.
func (x *extractor) decadeAge(i int) (found, bool) {
	toks := x.toks
	t := toks[i].lower
	start := i
	var tens, end int
	if len(t) == 7 && t[:4] == "mid-" {
		t = t[4:] // "mid-50s" as one token
		if t[2] != 's' || !isDigit(t[0]) || t[0] == '0' || t[1] != '0' {
			return found{}, false
		}
		tens, end = int(t[0]-'0')*10, i+1
	} else if d, e, _, ok := decadeDigits(toks, i); ok {
		tens, end = d, e // "40s", "40's"
	} else {
		return found{}, false
	}
	if end < len(toks) && decadeModifies(toks[end]) {
		return found{}, false // "their 80s hits": a period before a noun
	}
	j := i - 1
	if j >= 0 && start == i {
		switch toks[j].lower {
		case "early", "mid", "late", "mid-":
			start, j = j, j-1
		}
	}
	if j < 0 || !decadeAgeOwners[toks[j].lower] && !x.afterDecadeAge(j) {
		return found{}, false
	}
	lo := float64(tens)
	return found{start: start, end: end, value: lo, hasValue: true, max: lo + 9, hasMax: true,
		qualifier: pipeline.QualRange, unit: "year", kind: pipeline.KindDuration}, true
}

// afterDecadeAge reports whether toks[j] joins the decade after it to an
// age by decade just read: "30s, 40s and 50s", "their 20s or 30s".
func (x *extractor) afterDecadeAge(j int) bool {
	switch x.toks[j].lower {
	case ",", "and", "or", "to":
	default:
		return false
	}
	if len(x.out) == 0 {
		return false
	}
	last := x.out[len(x.out)-1]
	end := last.end
	if end < j && x.toks[end].text == "," {
		end++ // "30s, and 40s"
	}
	return end == j && last.kind == pipeline.KindDuration && last.unit == "year" && last.hasMax && last.max-last.value == 9
}

// decadeModifies reports whether the word after a decade is a noun it
// modifies ("80s hits"): a tagged noun, or without a tag a plural.
func decadeModifies(next tok) bool {
	if !next.word || next.isCapitalized() || functionWords[next.lower] {
		return false
	}
	if next.guessed {
		return strings.HasSuffix(next.lower, "s") && !strings.HasSuffix(next.lower, "ss")
	}
	return strings.HasPrefix(next.pos, "NN")
}
