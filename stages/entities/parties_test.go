package entities

import "testing"

// TestPartyMembersAsGroups covers a party's adjective or member noun read
// as an organisation, relabelled a political group, and the words that
// stay: a party's own name in the organisation lists, a party named by a
// word of no member's form, a mention of another label or of two words.
func TestPartyMembersAsGroups(t *testing.T) {
	checkPass(t, inPlace(stage(t).partyMembersAsGroups), []passCase{
		{"an adjective",
			"Three Republican hopefuls spoke.",
			[]mentionCase{{"Republican", 0, "ORG", "", false}},
			[]string{"Republican@0 NORP="}},
		{"member nouns",
			"The ranking Democrat spoke. Democrats agree.",
			[]mentionCase{{"Democrat", 0, "ORG", "", false}, {"Democrats", 0, "ORG", "Democratic Party", false}},
			[]string{"Democrat@0 NORP=", "Democrats@0 NORP="}},
		{"a party's own name",
			"Labour won the seat. The Conservatives lost.",
			[]mentionCase{{"Labour", 0, "ORG", "", false}, {"Conservatives", 0, "ORG", "", false}},
			[]string{"Labour@0 ORG=", "Conservatives@0 ORG="}},
		{"a party named by a word of no member's form",
			"The Reform vote grew.",
			[]mentionCase{{"Reform", 0, "ORG", "", false}},
			[]string{"Reform@0 ORG="}},
		{"another label, two words",
			"Republican said no. The Vale Republicans met.",
			[]mentionCase{{"Republican", 0, "PERSON", "", false}, {"Vale Republicans", 0, "ORG", "", false}},
			[]string{"Republican@0 PERSON=", "Vale Republicans@0 ORG="}},
	})
}

// TestPartyWordsUnread covers the party words the model left unread, added
// as political groups, and those left alone: inside a mention or a longer
// capitalised run, or a party's own name.
func TestPartyWordsUnread(t *testing.T) {
	checkPass(t, stage(t).partyWordsUnread, []passCase{
		{"a member noun",
			"Only two Democrats back the bill.",
			nil,
			[]string{"Democrats@0 NORP="}},
		{"a possessive left outside",
			"The Republicans' plan failed.",
			nil,
			[]string{"Republicans@0 NORP="}},
		{"inside a longer capitalised run",
			"The Republican Vale Committee met.",
			nil,
			nil},
		{"inside a mention",
			"The Vale Republicans met.",
			[]mentionCase{{"Vale Republicans", 0, "ORG", "", false}},
			[]string{"Vale Republicans@0 ORG="}},
		{"a party's own name",
			"Labour won. The Conservatives lost.",
			nil,
			nil},
	})
}
