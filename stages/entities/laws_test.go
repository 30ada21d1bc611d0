package entities

import "testing"

// TestDropLaws covers the names of laws dropped, with an
// acronym defined by one and a name glued to one's front, and the names
// that stay.
func TestDropLaws(t *testing.T) {
	checkPass(t, dropLaws, []passCase{
		{"an act and its acronym",
			"The Freedom of Speech Act, or FSA, passed. Then FSA lapsed.",
			[]mentionCase{{"Freedom of Speech Act", 0, "ORG", "", false}, {"FSA", 0, "ORG", "Freedom of Speech Act", false},
				{"FSA", 1, "ORG", "Freedom of Speech Act", false}},
			nil},
		{"a place glued to the front",
			"It renews the Norland Sanctions Act this year.",
			[]mentionCase{{"Norland", 0, "GPE", "", false}, {"Sanctions Act", 0, "ORG", "", false}},
			nil},
		{"an amendment, and a treaty left as read",
			"The Fifth Amendment and the Vale Treaty stand.",
			[]mentionCase{{"Fifth Amendment", 0, "ORG", "", false}, {"Vale Treaty", 0, "ORG", "", false}},
			[]string{"Vale Treaty@0 ORG="}},
		{"a place before an act, apart",
			"In Norland, the Sanctions Act holds.",
			[]mentionCase{{"Norland", 0, "GPE", "", false}, {"Sanctions Act", 0, "ORG", "", false}},
			[]string{"Norland@0 GPE="}},
		{"an organisation",
			"The Act Now Coalition met. Act said no.",
			[]mentionCase{{"Act Now Coalition", 0, "ORG", "", false}, {"Act", 1, "ORG", "", false}},
			[]string{"Act Now Coalition@0 ORG=", "Act@1 ORG="}},
	})
}
