package quantities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// guessPOS gives a coarse Penn tag to a token the segment stage did not
// tag. It only has to tell nouns from the words that end a noun phrase.
func guessPOS(t tok) string {
	switch {
	case !t.word:
		return t.text
	case t.digit:
		return "CD"
	case functionWords[t.lower]:
		return "IN"
	case t.isCapitalized():
		return "NNP"
	case relationalAdjectives[t.lower] || descriptiveAdjectives[t.lower]:
		return "JJ"
	case strings.Contains(t.lower, "-"):
		return "JJ" // state-run, gun-mounted
	case strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4:
		return "RB"
	case strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4:
		return "VBN"
	case strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5:
		return "VBG"
	case looksPlural(t.lower):
		return "NNS"
	}
	return "NN"
}

// isNounTag reports whether a Penn tag is a noun tag.
func isNounTag(tag string) bool { return strings.HasPrefix(tag, "NN") }

// looksPlural reports whether a lower-cased word has the form of a plural noun.
func looksPlural(w string) bool {
	if _, ok := irregularPlurals[w]; ok {
		return true
	}
	if (strings.HasSuffix(w, "men") && len(w) > 5 && !notManPlural[w]) || strings.HasSuffix(w, "children") {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// isPluralHead reports whether t can be the plural noun a number counts.
func isPluralHead(t tok) bool {
	if invariantPlurals[t.lower] {
		return true
	}
	if _, ok := irregularPlurals[t.lower]; ok {
		return true
	}
	switch t.pos {
	case "NNS", "NNPS":
		return looksPlural(t.lower)
	case "VBZ", "VBD", "VBN", "VB", "VBP", "RB", "JJ", "JJR", "JJS", "IN":
		// A tagger's verb reading of a word like "strikes" is often wrong
		// right after a number; trust the form unless it is an adverb-like word.
		return looksPlural(t.lower) && !strings.HasSuffix(t.lower, "ly") && t.pos != "JJ"
	}
	return looksPlural(t.lower)
}

// singular returns the singular lemma of a lower-cased noun.
func singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	// Compounds of irregular plurals: grandchildren, gunmen, chairwomen.
	for _, suf := range []string{"children", "women", "men"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) && !notManPlural[w] {
			return strings.TrimSuffix(w, suf) + irregularPlurals[suf]
		}
	}
	if invariantPlurals[w] {
		return w
	}
	if !looksPlural(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// isLower reports whether a token starts with a lower-case letter.
func isLower(t tok) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLower(r)
}

// participleBeforePlural reports whether toks[j] is a word in "-ed" that
// the tagger read as a verb in the past but that modifies the lower-case
// plural noun after it ("registered voters", "reported incidents").
func participleBeforePlural(toks []tok, j int) bool {
	t := toks[j]
	if t.pos != "VBD" || !isLower(t) || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ed") || j+1 >= len(toks) {
		return false
	}
	next := toks[j+1]
	return isLower(next) && !npStops(next) && isPluralHead(next) && !strings.HasSuffix(next.lower, "ed")
}

// npStops reports whether t ends a counted noun phrase.
func npStops(t tok) bool {
	if !t.word || t.digit || t.masked || functionWords[t.lower] {
		return true
	}
	if _, ok := months[t.lower]; ok && t.isCapitalized() {
		return true
	}
	if weekdays[t.lower] {
		return true
	}
	if modifierPlurals[t.lower] && isLower(t) {
		return false // taggers read "crew" or "staff" as verbs after a number
	}
	switch t.pos {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN", "VBG", "FW":
		return false
	case "VBD", "VBZ", "VB", "VBP":
		// Taggers often read a plural noun after a number as a verb
		// ("64 airstrikes", "300 militants strikes"); keep plural forms.
		return !looksPlural(t.lower) || strings.HasSuffix(t.lower, "ed")
	}
	return true
}

// weekdays end a noun phrase and never count anything.
var weekdays = toSet(`monday tuesday wednesday thursday friday saturday sunday`)

// nounPhrase reads the noun a number counts, starting at toks[i]. When
// plural is true the head is the first plural noun ("Four Russian military
// advisors"); otherwise it is the last noun of the run ("first Russian
// aircraft"). It returns the index after the head and the unit, the
// singular head with the lower-case nouns and classifying adjectives before
// it ("ground troop", "military advisor"); end == i when there is no noun.
func nounPhrase(toks []tok, i int, plural, titleCase bool) (end int, unit string) {
	const maxWords = 5
	head := -1
	for j := i; j < len(toks) && j-i < maxWords; j++ {
		t := toks[j]
		if plural && participleBeforePlural(toks, j) {
			continue // "4,060 registered voters": tagged as a verb in the past
		}
		if npStops(t) {
			break
		}
		if plural {
			if t.isCapitalized() && !titleCase {
				// A name after a common noun ends the phrase ("900 block
				// North Charles"); a capitalised plural counts only when it
				// names a group of people ("two Democrats", "three Iraqis").
				if j > i && isLower(toks[j-1]) && isNounTag(toks[j-1].pos) {
					break
				}
				if (isGroupPlural(t) || acronymPlural(t.text)) && !(j+1 < len(toks) && isLower(toks[j+1]) && !npStops(toks[j+1]) && isPluralHead(toks[j+1])) {
					head = j
					break
				}
				continue
			}
			if isPluralHead(t) {
				if modifierPlurals[t.lower] && j+1 < len(toks) && j+1-i < maxWords && isLower(toks[j+1]) && !npStops(toks[j+1]) && looksPlural(toks[j+1].lower) &&
					(toks[j+1].guessed || (toks[j+1].pos != "VBZ" && toks[j+1].pos != "VBP")) {
					continue // "two police officers", "six crew members"
				}
				head = j
				break
			}
			continue
		}
		// Singular head: the last noun before the phrase ends. A participle
		// or adjective only continues the phrase when a word follows it.
		if isNounTag(t.pos) && !descriptiveAdjectives[t.lower] {
			head = j
			if isPluralHead(t) && t.pos != "NNP" {
				break
			}
			continue
		}
		if j+1 >= len(toks) || npStops(toks[j+1]) {
			break
		}
	}
	if head < 0 {
		return i, ""
	}
	if !plural && !titleCase && !isLower(toks[head]) {
		// "a sixth Afghan", "the first Syrian": a name or a person, not a
		// ranked noun.
		return i, ""
	}
	// A capitalised singular head is a name ("the first Syrian"), not a
	// counted noun, unless the whole phrase is in title case.
	headWord := singular(toks[head].lower)
	if toks[head].isCapitalized() && strings.HasSuffix(headWord, "is") {
		headWord = strings.TrimSuffix(headWord, "s") // Israelis, Iraqis
	}
	if acronymPlural(toks[head].text) {
		headWord = strings.TrimSuffix(toks[head].text, "s") // MPs → MP
	}
	unitWords := []string{headWord}
	for j := head - 1; j >= i; j-- {
		t := toks[j]
		if !isLower(t) || strings.ContainsAny(t.lower, "-–") {
			break
		}
		if descriptiveAdjectives[t.lower] {
			break
		}
		if !(relationalAdjectives[t.lower] || modifierPlurals[t.lower] || (isNounTag(t.pos) && !looksPlural(t.lower))) {
			break
		}
		unitWords = append(unitWords, t.lower)
	}
	for l, r := 0, len(unitWords)-1; l < r; l, r = l+1, r-1 {
		unitWords[l], unitWords[r] = unitWords[r], unitWords[l]
	}
	return head + 1, strings.Join(unitWords, " ")
}

// acronymPlural reports the plural of an acronym: "MPs", "NGOs", "IDPs".
func acronymPlural(w string) bool {
	if len(w) < 3 || len(w) > 7 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// isGroupPlural reports whether a capitalised word is the plural of a
// nationality, party or faith ("Americans", "Democrats", "Iraqis", "Kurds"):
// the tagger says NNPS, or the word has the form of such plurals.
func isGroupPlural(t tok) bool {
	if t.pos == "NNPS" && !t.guessed && looksPlural(t.lower) {
		return true
	}
	w := t.lower
	for _, suf := range []string{"ans", "ians", "ists", "ites", "ats", "ers", "is", "ds", "ks", "bs", "ims", "ews"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// notManPlural are singular nouns ending in "men".
var notManPlural = toSet(`specimen abdomen omen regimen acumen stamen hymen yemen`)

// modifierPlurals are invariant plurals that also modify a following noun
// ("two police officers", "six crew members", "two aircraft carriers").
var modifierPlurals = toSet(`police crew staff personnel militia infantry aircraft
spacecraft media youth cattle sheep fish`)

// coordinatedModifiers reads a counted noun whose modifiers are joined by
// "and" or "or", starting at toks[i]: "12,000 military and civilian deaths",
// "six former and current employees". Both modifiers stay in the unit when
// both classify the noun ("military and civilian death"); otherwise the unit
// is that of the second ("employee"), as nounPhrase reads it. end == i when
// there is no such phrase.
func coordinatedModifiers(toks []tok, i int, titleCase bool) (end int, unit string) {
	var first []string
	classifying, described := true, false
	k := i
	for ; k < len(toks) && k-i < 2; k++ {
		t := toks[k]
		if npStops(t) || isPluralHead(t) || !isLower(t) && (titleCase || !t.isCapitalized()) {
			break
		}
		if descriptiveAdjectives[t.lower] && len(first) == 0 {
			described = true // "15 good animal and plant items": "good" describes
			continue
		}
		if !isLower(t) || descriptiveAdjectives[t.lower] || strings.ContainsAny(t.lower, "-–") ||
			!(relationalAdjectives[t.lower] || isNounTag(t.pos)) {
			classifying = false
		}
		first = append(first, t.lower)
	}
	if len(first) == 0 && described {
		classifying = false // "former and current employees"
		first = append(first, toks[k-1].lower)
	}
	if len(first) == 0 || k+1 >= len(toks) || toks[k].lower != "and" && toks[k].lower != "or" {
		return i, ""
	}
	conj := toks[k].lower
	end, second := nounPhrase(toks, k+1, true, titleCase)
	if end == k+1 {
		return i, ""
	}
	if end < len(toks) && isLower(toks[end]) && !npStops(toks[end]) && (!toks[end].guessed && isNounTag(toks[end].pos) || modifierPlurals[toks[end].lower]) {
		return i, "" // "sworn and plainclothes police officers": the head is further on
	}
	if classifying && strings.HasPrefix(second, toks[k+1].lower+" ") {
		// both modifiers classify the noun: "military and civilian death"
		return end, strings.Join(first, " ") + " " + conj + " " + second
	}
	return end, second
}
