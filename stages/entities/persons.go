package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the people a document names in full (personTable), the
// parts of a person's name (given name, surname, initials, suffixes), and
// the name lists' given names and surnames.

// personTable holds the people a document names in full, in order of
// first mention, one entry per person whatever the variants of the name.
type personTable struct {
	persons  []person
	variants map[string]int // full-name canonical -> index in persons
}

// person is one person named in full: given name, surname, the words
// between them and after the surname ("K.", "Jr."), and the canonical of
// the shortest variant seen.
type person struct {
	given, surname, rest, canonical string
	nWords                          int
	plain                           bool // canonical is the text, not the gazetteer's
	sent                            int  // sentence of the first full mention
	givenLike                       bool // the first word may be a given name
}

// add records a full name (its words and canonical) in text order, with
// the sentence it stands in; plain tells a canonical made of the text from
// one the gazetteer gave, givenLike a name that opens with what may be a
// given name (see nameShaped).
func (t *personTable) add(words []string, canon string, plain bool, sent int, givenLike bool) {
	if _, ok := t.variants[canon]; ok {
		return
	}
	given, surname, rest := nameParts(words)
	if t.variants == nil {
		t.variants = map[string]int{}
	}
	for i := range t.persons {
		p := &t.persons[i]
		// "George W. Bush" and "George H. W. Bush" are two people;
		// "George Bush" may be either and is taken for the first.
		if given != "" && p.given == given && p.surname == surname && (p.rest == rest || p.rest == "" || rest == "") {
			t.variants[canon] = i
			if len(words) < p.nWords {
				p.canonical, p.nWords, p.rest, p.plain = canon, len(words), rest, plain
			}
			return
		}
	}
	t.variants[canon] = len(t.persons)
	t.persons = append(t.persons, person{given: given, surname: surname, rest: rest, canonical: canon, nWords: len(words),
		plain: plain, sent: sent, givenLike: givenLike && given != ""})
}

// variantOf returns the canonical of the person a full name is a variant
// of, or the name itself.
func (t *personTable) variantOf(canon string) string {
	if i, ok := t.variants[canon]; ok {
		return t.persons[i].canonical
	}
	return canon
}

// dropMiddleInitials names a person written with one middle initial
// ("Ann K. Holt", a house style of some papers) as others write the name
// ("Ann Holt"), so that the documents of several outlets give one entity;
// not when the document names another person with that given name and
// surname ("Ann R. Holt" beside "Ann K. Holt"), nor a gazetteer's name.
func (t *personTable) dropMiddleInitials() {
	for i := range t.persons {
		p := &t.persons[i]
		if !p.plain || p.given == "" || !isInitial(p.rest) {
			continue
		}
		namesake := false
		for j, q := range t.persons {
			namesake = namesake || j != i && q.given == p.given && q.surname == p.surname
		}
		if namesake {
			continue
		}
		words := strings.Fields(p.canonical)
		if len(words) == 3 && words[1] == p.rest {
			p.canonical = words[0] + " " + words[2]
		}
	}
}

// bySurname returns the person first named in full with this surname (or
// this surname without its Arabic article: "Assad" of "Bashar al-Assad").
// Among several, a name whose first word is no given name ("Mayor Holt",
// a word glued to the name: "Anti-Ann Holt"), or with a common word
// inside, gives way to one whose first word is; two people first named in
// one sentence ("Ann Holt and Ben Holt arrived") leave the surname
// unresolved.
func (t *personTable) bySurname(w string) (string, bool) {
	best, tie := -1, false
	for i, p := range t.persons {
		if p.surname != w && stripArticle(p.surname) != w {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		b := t.persons[best]
		switch {
		case t.realGiven(i) && !t.realGiven(best):
			best, tie = i, false
		case t.realGiven(i) == t.realGiven(best) && p.sent == b.sent:
			tie = true
		}
	}
	if best < 0 || tie {
		return "", false
	}
	return t.persons[best].canonical, true
}

// givenNameOf returns the given name of the person bySurname gives for w,
// or "" when the name opens with no given name ("Mayor Holt", a word glued
// to the name).
func (t *personTable) givenNameOf(w string) string {
	c, ok := t.bySurname(w)
	if !ok {
		return ""
	}
	for i, p := range t.persons {
		if p.canonical == c && (p.surname == w || stripArticle(p.surname) == w) && t.realGiven(i) {
			return p.given
		}
	}
	return ""
}

// realGiven reports whether person i's first word is a given name: it
// looks like one and is not another given name of the same surname with a
// prefix ("Anti-Ann" beside "Ann").
func (t *personTable) realGiven(i int) bool {
	p := t.persons[i]
	if !p.givenLike {
		return false
	}
	for j, q := range t.persons {
		if j != i && q.surname == p.surname && q.given != "" && strings.HasSuffix(p.given, "-"+q.given) {
			return false
		}
	}
	return true
}

// byGivenName returns the one person with this given name, if only one.
func (t *personTable) byGivenName(w string) (string, bool) {
	found := -1
	for i, p := range t.persons {
		if p.given == w {
			if found >= 0 {
				return "", false
			}
			found = i
		}
	}
	if found < 0 {
		return "", false
	}
	return t.persons[found].canonical, true
}

// nameParts returns a full name's given name (empty when it opens with an
// initial: "J. Holt"), its surname, the last word that is no generational
// suffix ("Holt" of "Ann K. Holt Jr."), and the other words ("K. Jr.").
func nameParts(words []string) (given, surname, rest string) {
	last := len(words) - 1
	for last > 0 && (isNameSuffix(words[last]) || strings.Trim(words[last], ",") == "") {
		last-- // "Ann Holt, Jr.", and "Ann Holt , Jr." with a spaced comma
	}
	if !isInitial(words[0]) {
		given = words[0]
	}
	var others []string
	if last > 0 { // not "Jr. Holt"-like odd spans, whose surname is the first word
		others = slices.Clip(words[1:last])
	}
	others = append(others, words[last+1:]...)
	return given, strings.TrimRight(words[last], ","), strings.Join(others, " ")
}

// isNameSuffix reports a generational suffix that ends a person's name.
func isNameSuffix(w string) bool {
	switch strings.TrimRight(w, ".,") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// nameShaped reports whether a person's name found in full opens with what
// may be a given name (not a title such as "Mayor", nor a lower-case word
// glued to the name) and has no common word inside ("Ann Holt With Ben
// Holt", two names glued by a capitalised heading word).
func (s *Stage) nameShaped(words []string) bool {
	if !upperInitial(words[0]) || titles[words[0]] {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if s.feat.IsCommon(w) {
			return false
		}
	}
	return true
}

// isInitial reports a middle-initial-like word: "J." or "J".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (size == len(w) || w[size:] == ".")
}

// stripArticle drops an Arabic article: "al-Assad" -> "Assad".
func stripArticle(w string) string {
	for _, p := range [...]string{"al-", "Al-", "el-", "El-", "ad-", "as-", "ash-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return w[len(p):]
		}
	}
	return w
}

// firstName reports a word the name lists know as a given name ("Ann",
// not "Vale" of a resort's name read as a person, "Vale National Draper").
func (s *Stage) firstName(w string) bool { return s.nameListWord(w, ner.KindFirstName) }

// surnameWord reports a word the name lists know as a surname.
func (s *Stage) surnameWord(w string) bool { return s.nameListWord(w, ner.KindLastName) }

func (s *Stage) nameListWord(w string, kind ner.Kind) bool {
	if w == "" {
		return false
	}
	end, grp := s.gaz.LongestName([]string{w}, 0, false)
	for _, ei := range grp {
		if end == 1 && s.gaz.Entries[ei].Kind == kind {
			return true
		}
	}
	return false
}
