package entities

import (
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// dropPluralAcronyms drops the mentions of an acronym the document also
// writes in the plural with a lower-case "s" ("a super XAC ... the super
// XACs", "three IEDs"), and those plurals themselves: a name is not
// counted, so an acronym with a plural is a common noun, which the model
// reads as an organisation where it stands alone. An acronym that only a
// longer name holds in the plural stays, as does one never pluralised.
func dropPluralAcronyms(d *pipeline.Doc, ms []mention) []mention {
	var plural map[string]bool
	for _, t := range d.Tokens {
		if stem, ok := acronymPlural(d.Text[t.Start:t.End]); ok {
			if plural == nil {
				plural = map[string]bool{}
			}
			plural[stem] = true
		}
	}
	if plural == nil {
		return ms
	}
	return slices.DeleteFunc(ms, func(m mention) bool {
		text := d.Text[m.Start:m.End]
		if _, ok := acronymPlural(text); ok {
			return true
		}
		return plural[text]
	})
}

// acronymPlural returns the acronym of a plural written as 2 to 8 capitals
// and a lower-case "s" ("XACs"), with true.
func acronymPlural(w string) (string, bool) {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || !isAcronym(stem) || strings.HasSuffix(stem, "S") {
		return "", false
	}
	return stem, true
}
