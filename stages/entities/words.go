package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the tests on single words and short runs that the
// passes share: case, titles, dashes, punctuation, user names.

func isDeterminer(s string) bool { return s == "the" || s == "The" || s == "THE" }

// lowerWord reports a lower-case common word ("southern", "recaptures"),
// which does not begin or end a name.
func (s *Stage) lowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) && !strings.Contains(t, "-") && s.feat.IsCommon(t)
}

// hashSet returns the folded hashes of words.
func hashSet(words ...string) map[uint64]bool {
	m := make(map[uint64]bool, len(words))
	for _, w := range words {
		m[ner.Hash(w, true)] = true
	}
	return m
}

// allCommon reports whether every word of toks is a common lower-case word.
func (s *Stage) allCommon(toks []string) bool {
	for _, t := range toks {
		if hasLetter(t) && !s.feat.IsCommon(t) {
			return false
		}
	}
	return true
}

func hasLetter(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hyphenTail reports a compound whose last part is lower case: "U.S.-led".
func (s *Stage) hyphenTail(t string) bool {
	i := strings.LastIndexAny(t, "-‐‑")
	if i <= 0 || i == len(t)-1 {
		return false
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	r, _ := utf8.DecodeRuneInString(t[i+size:])
	return unicode.IsLower(r)
}

func upperInitial(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// eventNouns end an event's name in lower case ("Syrian civil war", "Iowa
// caucuses"). Another lower-case word after a name is no part of the
// event: "the Holt campaign" is the person Holt's campaign, "the Holt
// administration" her government.
var eventNouns = hashSet("war", "wars", "revolution", "uprising", "intifada", "crisis", "election", "elections",
	"primary", "primaries", "caucus", "caucuses", "referendum", "massacre", "genocide", "attack", "attacks",
	"bombing", "bombings", "shooting", "riots", "protests", "games", "olympics", "cup", "championship",
	"tournament", "summit", "conference", "convention", "festival", "marathon", "scandal", "affair",
	"disaster", "earthquake", "hurricane", "pandemic", "epidemic", "famine", "invasion", "occupation", "siege")

// eventWithoutTail decides an event span texts[a:end] whose lower-case
// words from b name no event: the span is cut at b, and the name before
// them is a place or an organisation the gazetteer knows well ("the Iowa
// campaign"; not a town that is also a surname), or a person when it has
// a full name's shape or is a surname the name lists know ("the Ann Holt
// campaign"); another word stays an event for the document pass to
// resolve ("Holt" of "the Holt campaign" is Ann Holt where she is named).
// A year or a dash keeps the event whole ("the 2012 Senate campaign", "the
// Holt-Vale campaign").
func (s *Stage) eventWithoutTail(texts []string, a, b, end int) (string, int) {
	if startsWithDigit(texts[a]) || b-a == 1 && strings.ContainsAny(texts[a], "-–") {
		return pipeline.LabelEvent, end
	}
	if e, ok := s.entryFor(strings.Join(texts[a:b], " "), "", false); ok && e.Kind != ner.KindCity {
		return e.Label, b
	}
	if b-a <= 3 && s.fullNameShape(texts[a:b]) && (b-a >= 2 || s.surnameWord(texts[a])) {
		return pipeline.LabelPerson, b
	}
	return pipeline.LabelEvent, b
}

// fullNameShape reports words that may be a person's full name: each
// capitalised, not a title, not a common word ("Ann Holt", not "Vote
// Leave").
func (s *Stage) fullNameShape(words []string) bool {
	for _, w := range words {
		if !upperInitial(w) || titles[w] || headTitles[w] || s.feat.IsCommon(w) || isEdgePunct(w) {
			return false
		}
	}
	return true
}

// afterKinNoun reports a span that follows a word for a relative, with or
// without a comma between: "his son, Tam", "her husband Ben Holt" name
// people, whatever else the name may be ("Jordan", "Georgia").
func afterKinNoun(texts []string, a int) bool {
	k := a - 1
	if k >= 1 && texts[k] == "," {
		k--
	}
	return k >= 0 && kinNouns[ner.Hash(texts[k], true)]
}

var kinNouns = hashSet("son", "sons", "daughter", "daughters", "wife", "husband", "brother", "sister", "mother",
	"father", "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew",
	"niece", "widow", "widower", "fiancé", "fiancée", "spouse", "stepson", "stepdaughter", "stepfather",
	"stepmother", "girlfriend", "boyfriend")

// titles are words before a name that are not part of it.
var titles = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"President": true, "Colonel": true, "Col.": true, "General": true, "Gen.": true, "Lieutenant": true,
	"Lt.": true, "Major": true, "Maj.": true, "Captain": true, "Capt.": true, "Sergeant": true, "Sgt.": true,
	"Admiral": true, "Adm.": true, "Senator": true, "Sen.": true, "Rep.": true, "Governor": true, "Gov.": true,
	"Minister": true, "Prime": true, "Secretary": true, "Mayor": true, "Judge": true, "Chancellor": true,
	"King": true, "Queen": true, "Prince": true, "Pope": true, "Sheikh": true, "Ambassador": true,
	"Commander": true, "Spokesman": true, "Professor": true, "Prof.": true, "Premier": true, "Vice": true,
	"Defense": true, "Foreign": true, "Interior": true,
}

// headTitles end a title that can stand between other words and a name:
// "House Minority Leader", "Senate Foreign Relations Committee Chairman".
var headTitles = map[string]bool{
	"Leader": true, "Speaker": true, "Chairman": true, "Chairwoman": true, "Secretary": true,
	"Minister": true, "President": true, "Director": true, "Spokesman": true, "Spokeswoman": true,
	"Commissioner": true, "Envoy": true, "Ambassador": true, "Governor": true, "Mayor": true,
	"Senator": true, "Judge": true, "Chancellor": true, "Premier": true, "Whip": true, "Chair": true,
	"Gov.": true, "Sen.": true, "Rep.": true,
}

// nameAfterTitle returns the index in toks of a person's name that follows
// a title ending inside the span ("House Minority Leader Nancy Pelosi" →
// 3, "Ohio Gov. Ann Holt" → 2, "Chairman Holt" → 1), or 0: the title word
// is one of headTitles, and one to three capitalised words that are not
// titles or common words follow it to the end of the span.
func (s *Stage) nameAfterTitle(toks []string) int {
	for k := len(toks) - 2; k >= 0 && k >= len(toks)-4; k-- {
		if !headTitles[toks[k]] {
			continue
		}
		for _, t := range toks[k+1:] {
			if !upperInitial(t) || titles[t] || headTitles[t] || s.feat.IsCommon(t) || strings.ContainsAny(t, "'’") {
				return 0
			}
		}
		return k + 1
	}
	return 0
}

// nameAfterOffice returns how many words of the span texts[a:b] name an
// office after "<title> of" ("State" of "Secretary of State Ann Holt",
// "Homeland Security" of "Secretary of Homeland Security Ann Holt"), the
// rest being a person's full name of two or three words; or 0.
func (s *Stage) nameAfterOffice(texts []string, a, b int) int {
	if a < 2 || texts[a-1] != "of" || !(titles[texts[a-2]] || headTitles[texts[a-2]] || texts[a-2] == "Chief") {
		return 0
	}
	for k := 1; k <= 2 && b-(a+k) >= 2; k++ {
		if b-(a+k) <= 3 && s.fullNameShape(texts[a+k:b]) {
			return k
		}
	}
	return 0
}

// nameRun returns the end of the one to three capitalised words from i
// that can be a person's name (not titles, not common words), or i.
func (s *Stage) nameRun(texts []string, i int) int {
	k := i
	for k < len(texts) && k < i+3 && upperInitial(texts[k]) && !titles[texts[k]] && !headTitles[texts[k]] &&
		!s.feat.IsCommon(texts[k]) && !strings.ContainsAny(texts[k], "'’") && !isEdgePunct(texts[k]) {
		k++
	}
	if k < len(texts) && upperInitial(texts[k]) && !isPossessive(texts[k]) {
		return i // a longer capitalised run is some other name
	}
	return k
}

// speakerVerbs follow a person more often than a place: "X said", "X has
// vowed".
var speakerVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "has": true, "had": true, "vowed": true,
	"added": true, "warned": true, "insisted": true, "argued": true, "wrote": true, "tweeted": true,
	"pledged": true, "promised": true, "denied": true, "acknowledged": true, "admitted": true,
}

// monthSurnames are month names that are also surnames.
var monthSurnames = map[string]bool{"May": true, "March": true, "April": true, "June": true, "August": true}

func startsWithDigit(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }

// inDateline reports whether sentence si lies in a dateline zone.
func inDateline(d *pipeline.Doc, si int) bool {
	z := d.Sentences[si].Zone
	return z >= 0 && z < len(d.Zones) && d.Zones[z].Kind == pipeline.ZoneDateline
}

// lowerCaseSpan reports a span without a capital letter in a sentence
// that capitalises other words after its first: where the text keeps case,
// a name has a capital ("muzzle" in "Tanks & muzzle flash: Syrian special
// ops" is not one). The model learnt lower-case names from social-media
// corpora, where case is not kept. A user name ("@nytimes", quoted from
// a post) is a name whatever its case.
func lowerCaseSpan(texts []string, a, b int) bool {
	for _, t := range texts[a:b] {
		if strings.IndexFunc(t, unicode.IsUpper) >= 0 || isHandle(t) {
			return false
		}
	}
	for i := 1; i < len(texts); i++ {
		if (i < a || i >= b) && upperInitial(texts[i]) {
			return true
		}
	}
	return false
}

// isHandle reports a social-media user name: "@" and then letters, digits
// or underscores, at least one a letter.
func isHandle(t string) bool {
	if len(t) < 2 || t[0] != '@' {
		return false
	}
	letter := false
	for _, r := range t[1:] {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r) || r == '_':
		default:
			return false
		}
	}
	return letter
}

// isLoneDash reports a dash that stands as a token of its own.
func isLoneDash(t string) bool {
	switch t {
	case "—", "–", "--", "-":
		return true
	}
	return false
}

// titleLen returns how many leading words of a span are titles.
func titleLen(toks []string) int {
	n := 0
	for n < len(toks) && titles[toks[n]] {
		n++
	}
	return n
}

// locationHead reports a head word that makes a name a non-GPE location.
func locationHead(t string) bool {
	switch t {
	case "Mountain", "Mountains", "River", "Sea", "Ocean", "Gulf", "Valley", "Desert", "Island", "Islands",
		"Lake", "Bay", "Strait", "Peninsula", "Mount", "Range", "Plateau", "Basin", "Coast":
		return true
	}
	return false
}

func prevText(texts []string, a int) string {
	if a == 0 {
		return ""
	}
	return texts[a-1]
}

func isEdgePunct(s string) bool {
	switch s {
	case ",", ".", ":", ";", "\"", "“", "”", "(", ")", "-", "–", "—", "'", "’", "‘":
		return true
	}
	return false
}
