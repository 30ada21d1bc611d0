package quotes

import "testing"

// TestProgressiveReportsTagged: a progressive reporting verb whose
// auxiliary the tokens keep whole ("he’s saying", "isn’t saying") or
// stands past a negation or an adverb ("is not saying", "are privately
// saying") reports the clause after it, as "is saying" does. Inside a
// quotation, a fragment's too, the same words are talk and give no
// report; a name's "’s" stays a possessive.
func TestProgressiveReportsTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"plain progressive", "Ward is saying the levy is unfair.",
			[]string{"indirect|the levy is unfair|Ward|saying"}},
		{"contracted auxiliary", "He’s saying the levy is unfair.",
			[]string{"indirect|the levy is unfair|He|saying"}},
		{"contracted are", "They're predicting the vote will be close.",
			[]string{"indirect|the vote will be close|They|predicting"}},
		{"contracted and negated", "He’s not saying which route the ferry would take.",
			[]string{"indirect|which route the ferry would take|He|saying"}},
		{"negated auxiliary kept whole", "Ward isn’t saying which of the plans he favors.",
			[]string{"indirect|which of the plans he favors|Ward|saying"}},
		{"not between", "The mayor is not saying whether the pier will reopen.",
			[]string{"indirect|whether the pier will reopen|The mayor|saying"}},
		{"an adverb between", "Some growers are privately saying the orchard should be sold.",
			[]string{"indirect|the orchard should be sold|Some growers|saying"}},
		{"two adverbs between", "The dock workers are now loudly suggesting that the strike is over.",
			[]string{"indirect|the strike is over|The dock workers|suggesting"}},
		{"inside a quotation", "“I’m telling you, the levy is dead,” Lee said.",
			[]string{"direct|I’m telling you, the levy is dead,|Lee|said"}},
		{"inside a quoted fragment", "“For most growers, he’s saying the right things” about the levy, said Ann Lee.",
			[]string{"mixed|“For most growers, he’s saying the right things” about the levy|Ann Lee|said"}},
		{"a name's possessive", "Ward’s saying was printed on the sign.", nil},
	})
}

// TestDurationBeforeClauseTagged: a phrase of duration between the cue
// and its clause ("has said for weeks", "has argued for years that") is
// stepped over as a time phrase is; with nothing after it, or after a
// verb that is no cue, there is no report.
func TestDurationBeforeClauseTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"for weeks, then a pronoun's clause", "The harbor master has said for weeks he’s ready to close the pier.",
			[]string{"indirect|he’s ready to close the pier|The harbor master|said"}},
		{"for years, then that", "Ward has argued for years that the ferry fares are too high.",
			[]string{"indirect|the ferry fares are too high|Ward|argued"}},
		{"a number and a modifier", "Lee has said for the past two months the levy is unfair.",
			[]string{"indirect|the levy is unfair|Lee|said"}},
		{"duration alone", "Lee said so for a year.", nil},
		{"no cue", "Lee worked for years at the mill.", nil},
	})
}

// TestAccordingToParticipleTagged: a source after "according to" that
// goes on with its own participle phrase ("a poll released Sunday", "a
// survey taken for the Gazette") is checked without that phrase, which
// the tagger often reads as a clause's past tense after a name, and kept
// whole as the source.
func TestAccordingToParticipleTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a named poll and a participle", "Lee leads the race with 31%, according to a Harbor College Poll released Sunday.",
			[]string{"indirect|Lee leads the race with 31%|a Harbor College Poll released Sunday|according to"}},
		{"two names and a participle", "The levy has lost ground, according to a Dover Gazette/WKRB survey released on Friday.",
			[]string{"indirect|The levy has lost ground|a Dover Gazette/WKRB survey released on Friday|according to"}},
		{"no participle", "The levy has lost ground, according to a Dover Gazette survey.",
			[]string{"indirect|The levy has lost ground|a Dover Gazette survey|according to"}},
	})
}

// TestInvertedAsideTagged: an inverted cue and its source set off by
// commas inside the reported sentence ("The contrast with Ward, said Lee,
// would be clear") report the whole sentence, the source running over an
// appositive, a relative clause or "and others". A sentence whose words
// before the cue are a clause of their own keeps the inverted tail's
// reading, and so does a gerund or a relative clause after the source.
func TestInvertedAsideTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a subject, then the aside", "The contrast with Ward, said Lee, would be clear since Ward has no allies.",
			[]string{"indirect|The contrast with Ward, said Lee, would be clear since Ward has no allies|Lee|said"}},
		{"a coordinated source", "The harbor plan, said Lee and others, would cost too much.",
			[]string{"indirect|The harbor plan, said Lee and others, would cost too much|Lee and others|said"}},
		{"a relative clause in the source", "And Ward, said Lee, who has known him for years, does not forget.",
			[]string{"indirect|And Ward, said Lee, who has known him for years, does not forget|Lee, who has known him for years|said"}},
		{"a fronted phrase and an appositive", "Rather than raising the toll again, said Ann Lee, a vice president at the port, the board wants a new bridge.",
			[]string{"indirect|Rather than raising the toll again, said Ann Lee, a vice president at the port, the board wants a new bridge|Ann Lee, a vice president at the port|said"}},
		{"a clause before: the tail reading", "The fee is too high, said Lee, who runs the mill.",
			[]string{"indirect|The fee is too high|Lee, who runs the mill|said"}},
		{"a gerund after the source", "The harbor plan, said Lee, adding that the fee was high.", nil},
	})
}

// TestDashAsideSubjectTagged: an aside between dashes after the subject
// of a cue ("The clerk -- who has clashed with the mayor -- said", "Ward —
// after a long pause — told") is left out of the source; one that adds
// members to the subject ("— and, above all, …", "— for instance, …")
// stays in it.
func TestDashAsideSubjectTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a relative clause between dashes", "The clerk -- who has clashed with the mayor for a month -- said she regretted her words.",
			[]string{"indirect|she regretted her words|The clerk|said"}},
		{"a phrase between dashes", "Ward — after a long pause — told me he had a quiet childhood.",
			[]string{"indirect|he had a quiet childhood|Ward|told"}},
		{"an addition to the subject", "The growers — and, above all, Ann Lee — said the levy was unfair.",
			[]string{"indirect|the levy was unfair|The growers — and, above all, Ann Lee|said"}},
		{"a name and its appositive", "Ann Lee — a nurse from Dover — says the clinic will close.",
			[]string{"indirect|the clinic will close|Ann Lee — a nurse from Dover|says"}},
	})
}

// TestToldStoryTagged: "tell" with no one told reports the story or tale
// it tells ("The census told a tale of two towns"); with someone told
// first, or a story that is a clause's subject, the usual reading stays.
func TestToldStoryTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a tale", "The census told a tale of two towns.",
			[]string{"indirect|a tale of two towns|The census|told"}},
		{"an adjective and a story", "The harbor data often tells a much different story.",
			[]string{"indirect|a much different story|The harbor data|tells"}},
		{"someone told first", "Lee told a reporter the story was false.",
			[]string{"indirect|the story was false|Lee|told"}},
		{"no story", "Lee told a joke.", nil},
	})
}
