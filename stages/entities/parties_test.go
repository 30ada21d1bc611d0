package entities

import "testing"

// TestSplitPartyMembers covers a mention of a state and a party word cut
// in two, and the names that stay whole: a party's own name, a group
// whose first words are no country or province, a common word, a word no
// party is named by.
func TestSplitPartyMembers(t *testing.T) {
	checkPass(t, stage(t).splitPartyMembers, []passCase{
		{"a state's member of a party",
			"The Vermont Republican said no.",
			[]mentionCase{{"Vermont Republican", 0, "ORG", "", false}},
			[]string{"Vermont@0 GPE=", "Republican@0 NORP="}},
		{"a plural member noun",
			"Many Texas Democrats voted early.",
			[]mentionCase{{"Texas Democrats", 0, "ORG", "", false}},
			[]string{"Texas@0 GPE=", "Democrats@0 NORP="}},
		{"a member noun the party's adjective adds ic to",
			"A Kansas Democrat won the seat.",
			[]mentionCase{{"Kansas Democrat", 0, "GPE", "", false}},
			[]string{"Kansas@0 GPE=", "Democrat@0 NORP="}},
		{"a country",
			"The Canada Conservatives met.",
			[]mentionCase{{"Canada Conservatives", 0, "ORG", "", false}},
			[]string{"Canada@0 GPE=", "Conservatives@0 NORP="}},
		{"the party's own name",
			"The Texas Republican Party met.",
			[]mentionCase{{"Texas Republican Party", 0, "ORG", "", false}},
			[]string{"Texas Republican Party@0 ORG="}},
		{"a group whose first words are no state",
			"The Oak Hill Republicans met.",
			[]mentionCase{{"Oak Hill Republicans", 0, "ORG", "", false}},
			[]string{"Oak Hill Republicans@0 ORG="}},
		{"a common word a province is named by",
			"The Southern Democrats met.",
			[]mentionCase{{"Southern Democrats", 0, "ORG", "", false}},
			[]string{"Southern Democrats@0 ORG="}},
		{"a word no party is named by",
			"The Texas Rangers won.",
			[]mentionCase{{"Texas Rangers", 0, "ORG", "", false}},
			[]string{"Texas Rangers@0 ORG="}},
		{"a person",
			"Ann Kansas Republican spoke.",
			[]mentionCase{{"Ann Kansas Republican", 0, "PERSON", "", false}},
			[]string{"Ann Kansas Republican@0 PERSON="}},
	})
}

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
