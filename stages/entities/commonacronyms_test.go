package entities

import "testing"

// TestDropPluralAcronyms covers an acronym the document writes in the
// plural (a common noun) and the acronyms that stay names.
func TestDropPluralAcronyms(t *testing.T) {
	checkPass(t, dropPluralAcronyms, []passCase{
		{"a singular and its plural",
			"Her super XAC spent millions. Two super XACs joined.",
			[]mentionCase{{"XAC", 0, "ORG", "", false}, {"XACs", 0, "PERSON", "", false}},
			nil},
		{"a plural alone",
			"Rules for ZEDs changed.",
			[]mentionCase{{"ZEDs", 0, "ORG", "", false}},
			nil},
		{"an acronym never pluralised",
			"The QRB said no. QRB agents left.",
			[]mentionCase{{"QRB", 0, "ORG", "", false}, {"QRB", 1, "ORG", "", false}},
			[]string{"QRB@0 ORG=", "QRB@1 ORG="}},
		{"another acronym's plural",
			"The QRB hired two XACs.",
			[]mentionCase{{"QRB", 0, "ORG", "", false}},
			[]string{"QRB@0 ORG="}},
		{"an acronym ending in S",
			"The QRS said no. The QRS spoke.",
			[]mentionCase{{"QRS", 0, "ORG", "", false}, {"QRS", 1, "ORG", "", false}},
			[]string{"QRS@0 ORG=", "QRS@1 ORG="}},
	})
}
