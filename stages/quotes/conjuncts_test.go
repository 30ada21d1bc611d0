package quotes

import "testing"

// TestCoordinatedSourcesTagged: a source that is one conjunct of a
// coordinated noun phrase takes the others in, before the cue and after
// it; a clause joined by "and" stays out.
func TestCoordinatedSourcesTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"pronoun and noun", "She and her aides have said the levy was unfair.",
			[]string{"indirect|the levy was unfair|She and her aides|said"}},
		{"aside after the coordination", "Farm owners and officials, in fact, even insist the levy is unfair.",
			[]string{"indirect|the levy is unfair|Farm owners and officials|insist"}},
		{"coordinated adjectives before a relative clause", "Current and former growers who sold fish at the pier said the harbor board had gone soft.",
			[]string{"indirect|the harbor board had gone soft|Current and former growers who sold fish at the pier|said"}},
		{"name and a plural before a relative clause", "Ivo Marsh and others who want to end the levy said the ruling would help them.",
			[]string{"indirect|the ruling would help them|Ivo Marsh and others who want to end the levy|said"}},
		{"according to two groups", "The levy is unfair, according to farm and union analysts.",
			[]string{"indirect|The levy is unfair|farm and union analysts|according to"}},
		{"two roles of one speaker", "“The levy is unfair,” said former Ohio Gov. and party chairman Carl Mott.",
			[]string{"direct|The levy is unfair,|former Ohio Gov. and party chairman Carl Mott|said"}},
		{"a clause after and", "“The levy is unfair,” said Nora Vance and then left the hall.",
			[]string{"direct|The levy is unfair,|Nora Vance|said"}},
		{"a clause and a comma before and", "The mill closed, and growers said the levy was fair.",
			[]string{"indirect|the levy was fair|growers|said"}},
		{"a clause before and", "Nora Vance won the vote and her rivals said the count was wrong.",
			[]string{"indirect|the count was wrong|her rivals|said"}},
	})
}
