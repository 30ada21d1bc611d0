package quotes

import "strings"

// Quantities of people as sources. A poll or a count reports what a share
// of the people asked said: "Nearly a third say …", "At least 2,000
// said …", "More than half of the voters said …". The source is the whole
// quantity phrase, its modifier included; read word by word the modifier
// looks like something else: "than" ends a source on its left as a
// comparison's clause would, a capitalised "Nearly" opens sentences as an
// adverb, and "At" a fronted phrase.

// quantityModifierStart returns the start of the modifier before a
// quantity that starts at token s ("more than", "fewer than", "at least",
// "at most", "up to", "as many as", "nearly", "almost" and the like), not
// going left of lo; s when there is none or the words from s are no
// quantity.
func quantityModifierStart(p *para, lo, s, e int) int {
	if s >= e || !opensQuantity(p, s, e) {
		return s
	}
	k := s - 1
	if k < lo || p.toks[k].kind != 'w' {
		return s
	}
	switch p.toks[k].lower {
	case "than":
		if k-1 >= lo && comparativeQuantifiers[p.toks[k-1].lower] {
			k--
			if k-1 >= lo && (p.toks[k-1].lower == "slightly" || p.toks[k-1].lower == "far" || p.toks[k-1].lower == "much" || p.toks[k-1].lower == "just") {
				k--
			}
			return k
		}
		return s
	case "least", "most":
		if k-1 >= lo && p.toks[k-1].lower == "at" {
			return k - 1
		}
		return s
	case "to":
		if k-1 >= lo && p.toks[k-1].lower == "up" {
			return k - 1
		}
		return s
	case "as":
		// "as many as 300"
		if k-2 >= lo && (p.toks[k-1].lower == "many" || p.toks[k-1].lower == "much") && p.toks[k-2].lower == "as" {
			return k - 2
		}
		return s
	}
	if quantityApproximators[p.toks[k].lower] {
		if k-1 >= lo && p.toks[k-1].lower == "just" {
			return k - 1
		}
		return k
	}
	return s
}

// opensQuantity reports whether the words from s open a quantity: a figure,
// a spelled-out number or a fraction ("a third", "two-thirds", "half").
func opensQuantity(p *para, s, e int) bool {
	t := p.toks[s]
	if startsWithDigit(t.text) {
		return true
	}
	if t.lower == "a" || t.lower == "one" {
		return s+1 < e && (fractionWords[p.toks[s+1].lower] || numberWords[p.toks[s+1].lower] && p.toks[s+1].lower != "a")
	}
	if numberWords[t.lower] || fractionWords[t.lower] {
		return true
	}
	if i := strings.IndexAny(t.lower, "-‑"); i > 0 && numberWords[t.lower[:i]] {
		return true // "two-thirds", "three-quarters"
	}
	return false
}

// comparativeQuantifiers come before "than" and a quantity.
var comparativeQuantifiers = set("more", "fewer", "less")

// quantityApproximators come right before a quantity.
var quantityApproximators = set("nearly", "almost", "about", "around", "roughly", "approximately",
	"some", "over", "under", "only", "just", "barely", "fully")

// fractionWords name a share.
var fractionWords = set("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
	"majority", "minority", "percent", "dozen")

// opensWithQuantity reports whether tokens [s, e) open with a quantity's
// modifier and the quantity ("At least 2,000", "More than half of the
// voters").
func opensWithQuantity(p *para, s, e int) bool {
	for q := s + 1; q < e && q <= s+3; q++ {
		if quantityModifierStart(p, s, q, e) == s {
			return true
		}
	}
	return false
}
