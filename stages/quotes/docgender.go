package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A person's gender from the whole document. A speaker's own source tells
// its gender only when it carries a title or a gendered noun ("Mrs. Ward
// said"); the first-name list knows only common first names, and marks
// some names given to both genders one way. The document often says it
// elsewhere: "Mr. Ward" paragraphs later, "Ward, a spokeswoman for Acme",
// "spokeswoman Jo Ward", "Ward said he". documentGender reads every PERSON mention of the
// document once and keeps, for each entity, the gender its titles and
// appositive nouns agree on, else the pronouns that open what the
// person is said to say. A title in the text outweighs the list; an
// entity the text calls both a man and a woman (two people the entity
// layer merged, "Mr. and Mrs. Ward") has no document gender.

// genderConflict marks an entity the document calls both a man and a
// woman.
const genderConflict byte = 'x'

// documentGender is the gender the document's titles and appositives give
// the person entity eid: genderUnknown when they say nothing, genderConflict
// when they disagree.
func (x *extraction) documentGender(eid string) byte {
	if eid == "" {
		return genderUnknown
	}
	return x.documentGenders()[eid]
}

// documentGenders maps each person entity with gender evidence to its
// gender, read once per document.
func (x *extraction) documentGenders() map[string]byte {
	if x.docGenders == nil {
		x.docGenders = x.readDocumentGenders()
	}
	return x.docGenders
}

// readDocumentGenders maps the entity id of every PERSON mention with
// gender evidence to the gender the evidence gives it. Titles and
// appositive nouns are strong evidence: when they disagree the entity is
// genderConflict. A pronoun opening what the person says ("Ward said he
// would", "Ward, a chemist, says she") is weak evidence, as it may stand
// for someone else; it counts only for an entity without strong evidence,
// only twice or more, and only when no weak evidence says the other.
func (x *extraction) readDocumentGenders() map[string]byte {
	strong := map[string]byte{}
	weak := map[string][2]int{} // male, female counts
	for k := range x.d.Mentions {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelPerson || m.EntityID == "" {
			continue
		}
		g := x.titleGender(m.Span)
		if g == genderUnknown {
			g = x.appositiveGender(m.End)
		}
		if g == genderUnknown {
			if w := x.saidPronounGender(m.End); w != genderUnknown {
				n := weak[m.EntityID]
				if w == genderMale {
					n[0]++
				} else {
					n[1]++
				}
				weak[m.EntityID] = n
			}
			continue
		}
		switch have := strong[m.EntityID]; {
		case have == genderUnknown:
			strong[m.EntityID] = g
		case have != g:
			strong[m.EntityID] = genderConflict
		}
	}
	for eid, n := range weak {
		if _, ok := strong[eid]; ok {
			continue
		}
		switch {
		case n[0] >= 2 && n[1] == 0:
			strong[eid] = genderMale
		case n[1] >= 2 && n[0] == 0:
			strong[eid] = genderFemale
		}
	}
	return strong
}

// saidVerbs are the tensed forms of the verbs that report a person's own
// words and may take a clause right after them.
var saidVerbs = set("said", "says", "added", "adds", "insisted", "insists", "noted", "notes",
	"explained", "explains", "argued", "argues", "recalled", "recalls", "acknowledged",
	"acknowledges", "admitted", "admits", "conceded", "concedes")

// saidPronounGender reads the pronoun that opens the clause a person
// mention ending at end says: "Ward said he", "Ward says that she",
// "Ward, a chemist at Acme, said he". Other words, or a quotation mark
// before the pronoun, give no gender.
func (x *extraction) saidPronounGender(end int) byte {
	stop := end + 200
	if stop > len(x.text) {
		stop = len(x.text)
	}
	toks := tokenize(x.text, end, stop)
	if len(toks) > 0 && toks[0].text == "," {
		// an appositive up to its closing comma, within the sentence
		k := 1
		for k < len(toks) && k < 20 && toks[k].text != "," && toks[k].kind != 'q' && !(toks[k].kind == 'p' && strings.ContainsAny(toks[k].text, ".;:!?()")) {
			k++
		}
		if k >= len(toks) || toks[k].text != "," {
			return genderUnknown
		}
		toks = toks[k+1:]
	}
	if len(toks) < 2 || !saidVerbs[toks[0].lower] {
		return genderUnknown
	}
	toks = toks[1:]
	if toks[0].lower == "that" && len(toks) > 1 {
		toks = toks[1:]
	}
	switch toks[0].lower {
	case "he":
		return genderMale
	case "she":
		return genderFemale
	}
	return genderUnknown
}

// titleGender reads the gendered title a mention opens with ("Mrs. Ward")
// or that stands right before it ("Mr. Jo Ward", "spokeswoman Jo Ward",
// "his wife Jo"); pronouns are no titles ("told her Jo").
func (x *extraction) titleGender(s pipeline.Span) byte {
	if toks := tokenize(x.text, s.Start, s.End); len(toks) > 1 && toks[0].kind == 'w' {
		if g := titleWordGender(toks[0].lower); g != genderUnknown {
			return g
		}
	}
	// the word before the mention, on the same line
	i := s.Start
	for i > 0 && (x.text[i-1] == ' ' || x.text[i-1] == '\t') {
		i--
	}
	j := i
	for j > 0 && x.text[j-1] != ' ' && x.text[j-1] != '\n' && x.text[j-1] != '\t' {
		j--
	}
	if j == i || i == s.Start {
		return genderUnknown
	}
	return titleWordGender(strings.ToLower(x.text[j:i]))
}

// titleWordGender is the gender of a gendered word used as a title before
// a name: genderedWords without the pronouns and the bare "man", "woman",
// and without the offices in -man that style gives women too ("spokesman
// Jo Ward", "Ward, the committee's chairman"): their -woman forms say a
// woman, the -man forms say nothing.
func titleWordGender(w string) byte {
	switch w {
	case "he", "him", "his", "himself", "she", "her", "herself", "man", "woman", "boy", "girl",
		"spokesman", "chairman", "congressman", "councilman":
		return genderUnknown
	}
	return genderedWords[w]
}

// appositiveGender reads a gendered noun in an appositive that follows a
// mention ending at end: ", a spokeswoman for", ", 52, the company's
// chairman," or ", the wife of". The appositive opens with an article
// (after an age, if any) and its first four words are read up to any
// punctuation; a possessive pronoun ("Ward, his wife and") means the noun
// is someone else, so it stops the reading.
func (x *extraction) appositiveGender(end int) byte {
	stop := end + 80
	if stop > len(x.text) {
		stop = len(x.text)
	}
	toks := tokenize(x.text, end, stop)
	if len(toks) < 3 || toks[0].text != "," {
		return genderUnknown
	}
	toks = toks[1:]
	if len(toks) > 2 && isNumber(toks[0].text) && toks[1].text == "," { // an age
		toks = toks[2:]
	}
	if len(toks) == 0 || (toks[0].lower != "a" && toks[0].lower != "an" && toks[0].lower != "the") {
		return genderUnknown
	}
	for k, t := range toks[1:] {
		if t.kind != 'w' || k >= 4 {
			break
		}
		switch t.lower {
		case "his", "her", "their", "its", "whose", "who":
			return genderUnknown
		}
		if honorifics[strings.TrimSuffix(t.lower, ".")] {
			return genderUnknown // "Mrs." opens another person's name
		}
		if g := titleWordGender(t.lower); g != genderUnknown {
			return g
		}
	}
	return genderUnknown
}
