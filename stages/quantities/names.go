package quantities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Numbers that are part of a name or identifier are no quantity: a hull,
// pennant or task-force number after a code in capitals ("CTF 50", "DDG
// 70", "L 12"), a model or unit number after a name ("Boeing 737", "Task
// Force 58"), an ordinal that opens a name ("5th Fleet", "First
// Amendment"). A number that counts something after a name stays ("Trump
// 44 percent", "Obama 332 electoral votes").

// isIdentifier reports whether the quantity f read from n is the number of
// a name: a bare number (no unit, qualifier or currency) after a code in
// capitals, or after a capitalised word inside the sentence; a capitalised
// number word after one.
func (x *extractor) isIdentifier(n number, f found) bool {
	toks := x.toks
	if n.start == 0 || f.start != n.start || n.ordinal || f.kind != pipeline.KindCount || f.hasMax {
		return false
	}
	p := toks[n.start-1]
	if !p.word || p.digit || p.end != toks[n.start].start-1 {
		return false
	}
	if n.words {
		// "Air Force Two", "Apollo Eleven", "the Gang of Eight": a number
		// word capitalised inside a sentence, after a capitalised word or
		// a capitalised word and "of", ends a name.
		if !toks[n.start].isCapitalized() || x.titleCase || n.start < 2 {
			return false
		}
		if p.lower == "of" {
			q := toks[n.start-2]
			return n.start >= 3 && q.isCapitalized() && q.word && !q.digit && !functionWords[q.lower] && months[q.lower] == 0 && !weekdays[q.lower]
		}
		return p.isCapitalized() && !strings.HasSuffix(p.text, ".") && months[p.lower] == 0 && !weekdays[p.lower]
	}
	if f.unit != "" {
		if x.titleCase || n.scaled || strings.ContainsAny(toks[n.start].text, ".,") || f.unit == "time" {
			return false // "met President Obama 3 times": how often, after a name
		}
		// "CTF 50 ships", "PlayStation 4 consoles": a number right after
		// a code in capitals or a word with a capital inside it is the
		// name's, and the noun after it is what the name labels. A
		// line in capitals is left alone ("ALL 12 MINERS").
		if isCode(p.text) || innerCapital(p.text) {
			return true
		}
		// "Combined Task Force 150 patrols": a name of two capitalised
		// words takes its number whatever follows.
		return n.start >= 3 && !x.titleCase && p.isCapitalized() && toks[n.start-2].isCapitalized() && toks[n.start-2].word &&
			!toks[n.start-2].digit && !functionWords[toks[n.start-2].lower] && months[p.lower] == 0 && !weekdays[p.lower] && !isCode(p.text)
	}
	if isCode(p.text) {
		return true
	}
	if !p.isCapitalized() || n.start-1 == 0 || months[p.lower] > 0 || weekdays[p.lower] {
		return false
	}
	if strings.HasSuffix(p.lower, "'s") || strings.HasSuffix(p.lower, "’s") {
		// "412 to Smith's 388": a possessive owns a count; a name takes
		// its number without one ("Highway 61").
		return false
	}
	if x.titleCase {
		// Every word is capitalised: only a name of two words inside the
		// line counts ("Ships of Task Force 50", not "Dow Falls 200").
		q := toks[n.start-2]
		return n.start-2 > 0 && q.isCapitalized() && q.word && !q.digit && !functionWords[q.lower]
	}
	// A capitalised word inside the sentence names something; a bare
	// number after it is its designation ("Task Force 50", "Highway 61").
	return true
}

// innerCapital reports a word with a capital after its first letter and a
// lower-case letter somewhere, letters only ("iPhone", "PlayStation",
// "eBay"): a brand or model name, not a code in capitals, an ordinary word
// or a name with an apostrophe or hyphen ("O'Brien", "Al-Assad").
func innerCapital(s string) bool {
	upper, lower := false, false
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= 'A' && r <= 'Z':
			upper = upper || i > 0
		default:
			return false
		}
	}
	return upper && lower
}

// isCode reports a code in capitals of one to four letters ("CTF", "DDG",
// "L"), not a currency code or the pronoun "I" or article "A".
func isCode(s string) bool {
	if len(s) > 4 || s == "A" || s == "I" || currencyCodes[s] || eraMarkers[strings.ToLower(s)] != 0 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// ordinalOpensName reports an ordinal written in digits, or capitalised
// in a sentence that is not in title case, before a capitalised word: "5th
// Fleet", "First Amendment", "3rd Infantry Division".
func (x *extractor) ordinalOpensName(n number, j int) bool {
	toks := x.toks
	if j >= len(toks) || !toks[j].isCapitalized() || !toks[j].word || toks[j].digit {
		return false
	}
	if first := toks[n.start]; first.digit {
		// "2nd Brigade" even in a line of names; "the 2nd Time" ranks
		// a time in a title-case headline.
		return !x.titleCase || !(durationUnits[singular(toks[j].lower)] || toks[j].lower == "time")
	}
	return !x.titleCase && toks[n.start].isCapitalized()
}

// eraMarkers after (or, for AD, before) a number make it a year of an era;
// the sign is that of the year: "575 B.C." is -575.
var eraMarkers = map[string]int{
	"b.c.": -1, "bc": -1, "bce": -1, "b.c.e.": -1, "a.d.": 1, "ad": 1, "ce": 1, "c.e.": 1,
}

// eraYear reads a year with its era: "575 B.C.", "300 BCE", "AD 70",
// "1200 A.D.". Value is the year, negative before the common era; the
// qualifier before it stands ("approximately 575 B.C." is about).
func (x *extractor) eraYear(n number) (found, bool) {
	toks := x.toks
	if n.words || n.ordinal || n.scaled || n.hasMax || n.compound != "" || n.measure != "" || n.value < 1 || n.value != float64(int(n.value)) {
		return found{}, false
	}
	f := found{start: n.start, end: n.end, hasValue: true, qualifier: pipeline.QualExact, kind: pipeline.KindYear}
	sign := 0
	if n.end < len(toks) && toks[n.end].end <= toks[n.end].start+6 {
		if s := eraMarkers[toks[n.end].lower]; s != 0 && !isLower(toks[n.end]) {
			sign, f.end = s, n.end+1
		}
	}
	if sign == 0 && n.start > 0 && eraMarkers[toks[n.start-1].lower] == 1 && !isLower(toks[n.start-1]) && toks[n.start-1].lower != "ce" {
		sign, f.start = 1, n.start-1 // "AD 70"
	}
	if sign == 0 {
		return found{}, false
	}
	f.value = float64(sign) * n.value
	if q, qs := x.qualifierBefore(f.start); q != "" {
		f.qualifier, f.start = q, qs
	}
	return f, true
}

// coordinatedNoun extends a counted noun ending at toks[end] over "and" or
// "or" and a second plural noun: "13 women and children" counts "woman and
// child".
func (x *extractor) coordinatedNoun(end int, unit string) (int, string) {
	toks := x.toks
	if unit == "" || end+1 >= len(toks) || toks[end].lower != "and" && toks[end].lower != "or" {
		return end, unit
	}
	t := toks[end+1]
	if !t.word || t.digit || !isLower(t) || functionWords[t.lower] || !isPluralHead(t) || t.pos == "VBZ" || t.pos == "VBD" || t.pos == "VBN" {
		return end, unit
	}
	if end+2 < len(toks) && (toks[end+2].lower == "of" || isLower(toks[end+2]) && isPluralHead(toks[end+2])) {
		return end, unit // "women and children's groups", a longer phrase
	}
	return end + 2, unit + " " + toks[end].lower + " " + singular(t.lower)
}

// lawReporters are the abbreviations of law reports and statute books, the
// full stops and spaces dropped: "362 U.S. 525", "42 U.S.C. 1983", "269 F. 2d 613", "62
// Stat. 604" cite a volume and a page.
var lawReporters = toSet(`US USC F F2d F3d FSupp Stat SCt LEd LEd2d`)

// citationEnd reports whether the digits at toks[i] open a citation of a
// law report ("348 U.S. 385", "353 U. S., at 605") and returns the index
// after its page number: neither number is a quantity.
func citationEnd(toks []tok, i int) (int, bool) {
	if i+1 >= len(toks) || !toks[i+1].word || toks[i+1].digit || !strings.ContainsAny(toks[i+1].text[:1], "UFSL") {
		return 0, false // most numbers: no report's abbreviation after them
	}
	var abbr strings.Builder
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		switch {
		case t.text == ".":
			continue
		case t.digit && t.lower != "2d" && t.lower != "3d":
			if !lawReporters[abbr.String()] {
				return 0, false
			}
			return k + 1, true
		case t.text == "," || t.lower == "at":
			if !lawReporters[abbr.String()] {
				return 0, false
			}
		case t.word:
			abbr.WriteString(strings.ReplaceAll(t.text, ".", ""))
		default:
			return 0, false
		}
	}
	if a := abbr.String(); lawReporters[a] && a != "F" && len(toks)-i <= 5 {
		return len(toks), true // "62 Stat." ending the sentence: its page opens the next
	}
	return 0, false
}

// citedBefore reports whether the text before a sentence ends with the
// volume and report of a citation ("... 362 U.S."), whose page number the
// sentence splitter cut off to open the next sentence ("525, where ...").
func citedBefore(before string) bool {
	fields := strings.Fields(before)
	for n := 1; n <= 3 && n < len(fields); n++ {
		volume := strings.TrimLeft(fields[len(fields)-n-1], "([")
		abbr := strings.ReplaceAll(strings.Join(fields[len(fields)-n:], ""), ".", "")
		if allDigitsASCII(volume) && lawReporters[abbr] {
			return true
		}
	}
	return false
}
