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
			[]string{"Republican@0 NORP=Republican"}},
		{"member nouns, named by the party's adjective",
			"The ranking Democrat spoke. Democrats agree.",
			[]mentionCase{{"Democrat", 0, "ORG", "", false}, {"Democrats", 0, "ORG", "Democratic Party", false}},
			[]string{"Democrat@0 NORP=Democratic", "Democrats@0 NORP=Democratic"}},
		{"groups the model read, one name for every form",
			"Republicans and two Democrat aides met Democratic donors.",
			[]mentionCase{{"Republicans", 0, "NORP", "", false}, {"Democrat", 0, "NORP", "", false}, {"Democratic", 0, "NORP", "", false}},
			[]string{"Republicans@0 NORP=Republican", "Democrat@0 NORP=Democratic", "Democratic@0 NORP=Democratic"}},
		{"a plural read as a person or a place",
			"Democrats said no. The top Republican spoke.",
			[]mentionCase{{"Democrats", 0, "PERSON", "", false}, {"Republican", 0, "GPE", "", false}},
			[]string{"Democrats@0 NORP=Democratic", "Republican@0 NORP=Republican"}},
		{"a party's own name",
			"Labour won the seat. The Conservatives lost.",
			[]mentionCase{{"Labour", 0, "ORG", "", false}, {"Conservatives", 0, "ORG", "", false}},
			[]string{"Labour@0 ORG=", "Conservatives@0 ORG="}},
		{"a party named by a word of no member's form",
			"The Reform vote grew.",
			[]mentionCase{{"Reform", 0, "ORG", "", false}},
			[]string{"Reform@0 ORG="}},
		{"a singular read as a person, two words",
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
			[]string{"Democrats@0 NORP=Democratic"}},
		{"a possessive left outside",
			"The Republicans' plan failed.",
			nil,
			[]string{"Republicans@0 NORP=Republican"}},
		{"before a chamber",
			"Only a Democratic Senate can pass it.",
			nil,
			[]string{"Democratic@0 NORP=Democratic"}},
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

// TestSplitPartySpans covers a party word cut from the front of a longer
// mention (a role, "of <place>", a second party word, a person's name, a
// chamber the lists know) and the names that stay whole: known to the
// lists, also with a lower-case word, or spelt as a name.
func TestSplitPartySpans(t *testing.T) {
	checkPass(t, stage(t).splitPartySpans, []passCase{
		{"a lower-case role dropped",
			"The Republican front-runner spoke.",
			[]mentionCase{{"Republican front-runner", 0, "ORG", "", false}},
			[]string{"Republican@0 NORP=Republican"}},
		{"a role, then a person's name",
			"The Democratic hopeful Ann Holt spoke.",
			[]mentionCase{{"Democratic hopeful Ann Holt", 0, "PERSON", "", false}},
			[]string{"Democratic@0 NORP=Democratic", "Ann Holt@0 PERSON="}},
		{"of a place",
			"Ann Holt, Democrat of Ohio, spoke.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Democrat of Ohio", 0, "ORG", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Democrat@0 NORP=Democratic", "Ohio@0 GPE="}},
		{"two party words coordinated",
			"The Democratic and Republican primaries ended.",
			[]mentionCase{{"Democratic and Republican", 0, "ORG", "", false}},
			[]string{"Democratic@0 NORP=Democratic", "Republican@0 NORP=Republican"}},
		{"a person's name read as one person",
			"In 1990 Republican Ann Holt won.",
			[]mentionCase{{"Republican Ann Holt", 0, "PERSON", "", false}},
			[]string{"Republican@0 NORP=Republican", "Ann Holt@0 PERSON="}},
		{"a surname the document gives, read as an organisation",
			"Ann Holt spoke. Later Republican Holt left.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Republican Holt", 0, "ORG", "", false}},
			[]string{"Ann Holt@0 PERSON=", "Republican@0 NORP=Republican", "Holt@1 PERSON="}},
		{"a chamber the lists know",
			"Only a Democratic Senate can pass it.",
			[]mentionCase{{"Democratic Senate", 0, "ORG", "", false}},
			[]string{"Democratic@0 NORP=Democratic", "Senate@0 ORG="}},
		{"a group or a place after the party word",
			"Republican Jews met in Republican Wyoming.",
			[]mentionCase{{"Republican Jews", 0, "ORG", "", false}, {"Republican Wyoming", 0, "ORG", "", false}},
			[]string{"Republican@0 NORP=Republican", "Jews@0 NORP=", "Republican@1 NORP=Republican", "Wyoming@0 GPE="}},
		{"a place's name that starts with a party word",
			"The Democratic Republic of the Congo voted.",
			[]mentionCase{{"Democratic Republic of the Congo", 0, "GPE", "", false}},
			[]string{"Democratic Republic of the Congo@0 GPE="}},
		{"names that stay whole",
			"The Republican National Committee, the Republican party and the Democratic Vale Council met.",
			[]mentionCase{{"Republican National Committee", 0, "ORG", "", false}, {"Republican party", 0, "ORG", "", false},
				{"Democratic Vale Council", 0, "ORG", "", false}},
			[]string{"Republican National Committee@0 ORG=", "Republican party@0 ORG=", "Democratic Vale Council@0 ORG="}},
		{"a name joined by a lower-case word",
			"The Democrats for Vale Reform met.",
			[]mentionCase{{"Democrats for Vale Reform", 0, "ORG", "", false}},
			[]string{"Democrats for Vale Reform@0 ORG="}},
		{"of a word no place",
			"The Republican of Vale Street spoke.",
			[]mentionCase{{"Republican of Vale Street", 0, "ORG", "", false}},
			[]string{"Republican of Vale Street@0 ORG="}},
		{"no party word first",
			"The Vale front-runner spoke.",
			[]mentionCase{{"Vale front-runner", 0, "ORG", "", false}},
			[]string{"Vale front-runner@0 ORG="}},
	})
}

// TestDropMemberTitles covers a member's title built on an organisation's
// name, dropped, and names that end as such a title would but are no
// organisation's name with a member's ending.
func TestDropMemberTitles(t *testing.T) {
	checkPass(t, stage(t).dropMemberTitles, []passCase{
		{"a committee member's title",
			"Ann Holt, a Republican National Committeeman, spoke.",
			[]mentionCase{{"Ann Holt", 0, "PERSON", "", false}, {"Republican National Committeeman", 0, "ORG", "", false}},
			[]string{"Ann Holt@0 PERSON="}},
		{"no organisation before the ending",
			"The Vale Fisherman sailed. Dale Chairman spoke.",
			[]mentionCase{{"Vale Fisherman", 0, "ORG", "", false}, {"Dale Chairman", 0, "PERSON", "", false}},
			[]string{"Vale Fisherman@0 ORG=", "Dale Chairman@0 PERSON="}},
	})
}

// TestSplitPlaceParty covers a mention of a state and a party word cut in
// two, and the names that stay whole: a party's own name, a group whose
// first words are no country or province, a common word, a word no party
// is named by, a person.
func TestSplitPlaceParty(t *testing.T) {
	checkPass(t, stage(t).splitPlaceParty, []passCase{
		{"a state's member of a party",
			"The Vermont Republican said no.",
			[]mentionCase{{"Vermont Republican", 0, "ORG", "", false}},
			[]string{"Vermont@0 GPE=", "Republican@0 NORP=Republican"}},
		{"a plural member noun",
			"Many Texas Democrats voted early.",
			[]mentionCase{{"Texas Democrats", 0, "ORG", "", false}},
			[]string{"Texas@0 GPE=", "Democrats@0 NORP=Democratic"}},
		{"read as a place",
			"A Kansas Democrat won the seat.",
			[]mentionCase{{"Kansas Democrat", 0, "GPE", "", false}},
			[]string{"Kansas@0 GPE=", "Democrat@0 NORP=Democratic"}},
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

// TestKeepPartyWordAlone covers a party word among lower-case words and
// figures cut out of a longer mention, and the mentions that stay: a
// party word first, another capitalised word, a name the lists know.
func TestKeepPartyWordAlone(t *testing.T) {
	checkPass(t, stage(t).keepPartyWordAlone, []passCase{
		{"lower-case words before",
			"Many white Democrats voted.",
			[]mentionCase{{"white Democrats", 0, "ORG", "", false}},
			[]string{"Democrats@0 NORP=Democratic"}},
		{"figures before, lower-case words after",
			"The 1992 Republican convention and the 2016 Republican race.",
			[]mentionCase{{"1992 Republican convention", 0, "EVENT", "", false}, {"2016 Republican", 0, "EVENT", "", false}},
			[]string{"Republican@0 NORP=Republican", "Republican@1 NORP=Republican"}},
		{"mentions that stay",
			"Log Cabin Republicans and the Republican front-runner and the 2016 Olympics.",
			[]mentionCase{{"Log Cabin Republicans", 0, "ORG", "", false}, {"Republican front-runner", 0, "ORG", "", false}, {"2016 Olympics", 0, "EVENT", "", false}},
			[]string{"Log Cabin Republicans@0 ORG=", "Republican front-runner@0 ORG=", "2016 Olympics@0 EVENT="}},
	})
}
