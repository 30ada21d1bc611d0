package quotes

import "testing"

// TestProgressiveReportsTagged: a progressive reporting verb whose
// auxiliary the tokens keep whole ("he’s saying", "isn’t saying") or
// stands past a negation or an adverb ("is not saying", "are quietly
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
		{"contracted and negated", "He’s not saying what other methods he’d support.",
			[]string{"indirect|what other methods he’d support|He|saying"}},
		{"negated auxiliary kept whole", "Ward isn’t saying which of the plans he favors.",
			[]string{"indirect|which of the plans he favors|Ward|saying"}},
		{"not between", "The mayor is not saying whether the pier will reopen.",
			[]string{"indirect|whether the pier will reopen|The mayor|saying"}},
		{"an adverb between", "Some growers are quietly saying it is time to sell.",
			[]string{"indirect|it is time to sell|Some growers|saying"}},
		{"two adverbs between", "Party leaders are now openly suggesting that the race is over.",
			[]string{"indirect|the race is over|Party leaders|suggesting"}},
		{"inside a quotation", "“I’m telling you, the levy is dead,” Lee said.",
			[]string{"direct|I’m telling you, the levy is dead,|Lee|said"}},
		{"inside a quoted fragment", "“For most growers, he’s saying the right things” about the levy, said Ann Lee.",
			[]string{"mixed|“For most growers, he’s saying the right things” about the levy|Ann Lee|said"}},
		{"a name's possessive", "Ward’s saying was printed on the sign.", nil},
	})
}
