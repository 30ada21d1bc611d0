package quantities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Compound units come out whole: "2.5 million square miles" is a measure
// in "square mile", not a count of miles; "3 degrees Celsius" is in
// "degree Celsius"; "120 km/h" in "km/h". A bound after the quantity sets
// its qualifier: "3 degrees or more" is at_least, "10 or fewer" at_most. A
// rate's denominator may follow: "a day", "per week", "/day", "daily".

// areaPrefixes turn a length unit into an area or a volume.
var areaPrefixes = map[string]string{"square": "square", "sq": "square", "cubic": "cubic"}

// temperatureScales follow "degrees".
var temperatureScales = map[string]string{
	"celsius": "degree Celsius", "centigrade": "degree Celsius", "c": "degree Celsius",
	"fahrenheit": "degree Fahrenheit", "f": "degree Fahrenheit",
}

// perTimeAbbreviations follow a unit and a slash: "km/h", "m/s".
var perTimeAbbreviations = toSet(`h hr s sec min`)

// lengthUnits are the abbreviated lengths an exponent turns into an area or
// a volume ("km²", "m3").
var lengthUnits = map[string]string{"km": "km", "m": "metre", "cm": "cm", "mm": "mm", "ft": "foot", "mi": "mile"}

// perTimeUnit reads a speed written as one token: a length abbreviation, a
// slash and a time abbreviation ("m/s", "km/h", "ft/s", "mi/h"). "m" alone
// is no unit (it is "million" in "$5m"), but before "/s" it is a metre.
func perTimeUnit(w string) (string, bool) {
	a, b, ok := strings.Cut(w, "/")
	if !ok || !perTimeAbbreviations[b] {
		return "", false
	}
	if _, ok := lengthUnits[a]; !ok {
		return "", false
	}
	return w, true
}

// poweredUnit reads a length abbreviation with an exponent glued to it:
// "km2" and "km²" are square kilometres, "m3" and "m³" cubic metres.
func poweredUnit(w string) (string, bool) {
	for _, p := range []struct{ suffix, prefix string }{{"²", "square "}, {"2", "square "}, {"³", "cubic "}, {"3", "cubic "}} {
		if base, ok := strings.CutSuffix(w, p.suffix); ok {
			if u, ok := lengthUnits[base]; ok {
				return p.prefix + u, true
			}
		}
	}
	return "", false
}

// measureAt reads the measure unit starting at toks[j] and returns its
// name and the index after it.
func (x *extractor) measureAt(j int) (string, int, bool) {
	toks := x.toks
	w := toks[j].lower
	if prefix, ok := areaPrefixes[w]; ok {
		k := j + 1
		if k < len(toks) && toks[k].text == "." {
			k++ // "sq. miles"
		}
		if k < len(toks) {
			if u, ok := measureUnits[toks[k].lower]; ok && areaPrefixes[toks[k].lower] == "" && !strings.HasPrefix(u, "degree") && u != "magnitude" {
				return prefix + " " + u, k + 1, true
			}
		}
		return "", j, false
	}
	if u, ok := perTimeUnit(w); ok {
		return u, j + 1, true // "m/s", "ft/s", "km/h" written as one token
	}
	if u, ok := poweredUnit(w); ok {
		return u, j + 1, true // "km2", "m³"
	}
	end := j + 1
	glued := end < len(toks) && toks[end].start == toks[j].end
	if glued && lengthUnits[w] != "" {
		switch toks[end].text {
		case "²", "2":
			return "square " + lengthUnits[w], end + 1, true // "km²" split by the scanner
		case "³", "3":
			return "cubic " + lengthUnits[w], end + 1, true
		case "/":
			if end+1 < len(toks) && toks[end+1].start == toks[end].end && perTimeAbbreviations[toks[end+1].lower] {
				return w + "/" + toks[end+1].lower, end + 2, true // "m/s" split by the scanner
			}
		}
	}
	unit, ok := measureUnits[w]
	if !ok || w == "m" || w == "g" || w == "ha" {
		return "", j, false
	}
	if unit == "degree" && end < len(toks) {
		if scale, ok := temperatureScales[toks[end].lower]; ok && (len(toks[end].text) > 1 || toks[end].text == "C" || toks[end].text == "F") {
			unit = scale
			end++
		}
	}
	if end+1 < len(toks) && toks[end].text == "/" && toks[end].start == toks[end-1].end && toks[end+1].start == toks[end].end &&
		perTimeAbbreviations[toks[end+1].lower] {
		unit += "/" + toks[end+1].lower
		end += 2
	}
	return unit, end, true
}

// boundAfter reads "or more", "or higher", "or less" after a quantity
// ending at toks[end]: the qualifier it sets and the new end.
func (x *extractor) boundAfter(end int) (string, int) {
	toks := x.toks
	if end+1 >= len(toks) || toks[end].lower != "or" {
		return "", end
	}
	switch toks[end+1].lower {
	case "more", "higher", "above", "greater", "over", "longer", "older":
		return pipeline.QualAtLeast, end + 2
	case "less", "fewer", "lower", "below", "under", "shorter", "younger":
		return pipeline.QualAtMost, end + 2
	}
	return "", end
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
