package quotes

import (
	_ "embed"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Grammatical gender of a speaker, as far as the text tells it.
const (
	genderUnknown byte = 0
	genderMale    byte = 'm'
	genderFemale  byte = 'f'
)

//go:embed firstnames.tsv
var firstNamesFile string

// firstNameGender maps a first name to its usual gender: "Michael" m,
// "Stephanie" f. Names given to either gender are not listed.
var firstNameGender = parseFirstNames(firstNamesFile)

func parseFirstNames(tsv string) map[string]byte {
	m := make(map[string]byte, 4096)
	for _, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, g, ok := strings.Cut(line, "\t")
		if ok && (g == "m" || g == "f") {
			m[name] = g[0]
		}
	}
	return m
}

// genderedWords give the gender of the person they describe or address.
var genderedWords = map[string]byte{
	"mr": genderMale, "mr.": genderMale, "sir": genderMale, "he": genderMale, "him": genderMale,
	"his": genderMale, "himself": genderMale, "spokesman": genderMale, "chairman": genderMale,
	"congressman": genderMale, "councilman": genderMale, "businessman": genderMale,
	"father": genderMale, "husband": genderMale, "son": genderMale, "brother": genderMale,
	"king": genderMale, "prince": genderMale, "uncle": genderMale, "grandfather": genderMale,
	"man": genderMale, "boy": genderMale, "gentleman": genderMale, "ex-husband": genderMale, "boyfriend": genderMale,
	"nephew": genderMale, "grandson": genderMale, "widower": genderMale,
	"mrs": genderFemale, "mrs.": genderFemale, "ms": genderFemale, "ms.": genderFemale,
	"miss": genderFemale, "madam": genderFemale, "she": genderFemale, "her": genderFemale,
	"herself": genderFemale, "spokeswoman": genderFemale, "chairwoman": genderFemale,
	"congresswoman": genderFemale, "councilwoman": genderFemale, "businesswoman": genderFemale, "actress": genderFemale,
	"mother": genderFemale, "wife": genderFemale, "daughter": genderFemale, "sister": genderFemale,
	"queen": genderFemale, "princess": genderFemale, "aunt": genderFemale, "grandmother": genderFemale,
	"woman": genderFemale, "girl": genderFemale, "lady": genderFemale, "ex-wife": genderFemale, "girlfriend": genderFemale,
	"niece": genderFemale, "granddaughter": genderFemale, "widow": genderFemale,
}

// pronounGender is the gender a subject pronoun refers to, if any.
func pronounGender(pronoun string) byte {
	switch pronoun {
	case "he", "him":
		return genderMale
	case "she", "her":
		return genderFemale
	}
	return genderUnknown
}

// nameGender reads the gender of a person's name from its titles, else
// its first word: "Mrs. Ruhle" f, "Michael Flynn" m, "Stephanie Ruhle" f,
// "Flynn" unknown.
func nameGender(name string) byte {
	title, first := nameGenders(name)
	if title != genderUnknown {
		return title
	}
	return first
}

// nameGenders reads, in one pass, the gender of a gendered title opening
// a name of two words or more ("Mrs. Ward" f, "Sen. Ward" unknown) and
// that of the first name after the titles by the first-name list.
func nameGenders(name string) (title, first byte) {
	words := strings.Fields(name)
	for len(words) > 1 && titles[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		if g := genderedWords[strings.ToLower(words[0])]; g != genderUnknown {
			return g, genderUnknown
		}
		words = words[1:]
	}
	if len(words) < 2 {
		return genderUnknown, genderUnknown
	}
	return genderUnknown, firstNameGender[words[0]]
}

// personGender is the gender of the person a name at offset off stands
// for, eid its entity when known: every search that passes over a person
// of the wrong gender asks it, so they all read the one answer. The name's
// own title comes first ("Mrs. Ward"), then the gender the whole document
// gives the person's entity (documentGender, through entityFor when eid is
// empty), then the first-name list, for a lone surname through the fuller
// name the text gives it near off. A document that calls the entity both a
// man and a woman (two people the entity layer merged, "Mr. Lee" and "Mrs.
// Lee") says nothing, and the list reads the name the search would write:
// unknown would agree with any pronoun and let either person's pronoun
// take the merged name.
func (x *extraction) personGender(name, eid string, off int) byte {
	if name == "" {
		return genderUnknown
	}
	title, first := nameGenders(name)
	if title != genderUnknown {
		return title
	}
	if genders := x.documentGenders(); len(genders) > 0 {
		if dg := genders[x.entityFor(name, eid)]; dg == genderMale || dg == genderFemale {
			return dg
		}
	}
	if first != genderUnknown || strings.Contains(name, " ") {
		return first
	}
	return nameGender(x.expandSurname(name, off))
}

// speakerGender is the gender of candidate j's speaker: a pronoun source
// says it, else a gendered word in the source ("Mrs. Clinton", "the
// spokeswoman"), else the gender of the person named (personGender).
func (x *extraction) speakerGender(j int) byte {
	if x.genders == nil {
		x.genders = map[int]byte{}
	}
	if g, ok := x.genders[j]; ok {
		return g
	}
	c := x.cands[j].q
	g := x.spanGender(c.Source)
	if g == genderUnknown {
		g = x.personGender(c.Speaker, c.SpeakerEntityID, c.Content.Start)
	}
	x.genders[j] = g
	return g
}

// spanGender reads a gendered word at the head of a source: its titles,
// a lone pronoun or a gendered noun before any comma ("Mrs. Clinton",
// "he", "the spokeswoman"; not "Ann Lee, his wife").
func (x *extraction) spanGender(s pipeline.Span) byte {
	if s.IsEmpty() {
		return genderUnknown
	}
	for _, t := range tokenize(x.text, s.Start, s.End) {
		if t.kind != 'w' {
			break
		}
		if g := genderedWords[t.lower]; g != genderUnknown && t.lower != "his" && t.lower != "her" {
			return g
		}
	}
	return genderUnknown
}

// genderAgrees reports whether a speaker of gender have can be referred to
// by a pronoun of gender want: unknown on either side agrees.
func genderAgrees(want, have byte) bool {
	return want == genderUnknown || have == genderUnknown || want == have
}
