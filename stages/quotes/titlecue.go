package quotes

// A cue in an article title written in title case ("Mayor Says She Never
// Promised To …"), which the tagger's tags and the capitalised words hide.

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// titleCaseCue reports whether the capitalised verb at token i is a cue
// of an article title in title case ("Mayor Says She Never Promised To …"):
// the paragraph is the title, and the word before the verb is capitalised
// too. After a preposition, a determiner, a possessive or a conjunction the
// word is a noun, as title case hides ("… After Report Reveals …", "The
// Claim That …").
func (x *extraction) titleCaseCue(p *para, i int) bool {
	if p.kind != pipeline.ZoneHeadline || i == 0 || !isCapitalized(p.toks[i-1].text) || strings.HasSuffix(p.toks[i].lower, "ing") {
		return false
	}
	switch x.posTag(p.toks[i-1].start) {
	case "IN", "DT", "PRP$", "CC", "TO", "WDT":
		return false
	}
	return true
}

// titleSayVerbs report a title-case title's clause whatever its tags.
var titleSayVerbs = set("say", "tell", "warn", "claim", "insist", "deny", "admit", "predict", "vow")

// cueInside reports whether a reporting verb lies in tokens [s,e): a
// title-case source holding one is a second clause ("Mayor Says She Never
// Promised …").
func cueInside(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		if _, ok := cueForms[p.toks[k].lower]; ok {
			return true
		}
	}
	return false
}
