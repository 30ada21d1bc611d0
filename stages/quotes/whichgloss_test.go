package quotes

import "testing"

// TestWhichGlossSourceTagged: a source whose organisation is glossed by a
// "which" clause, set off by a comma or right after the name, keeps the gloss, whose verb is the
// organisation's, not a clause of the source's own. Beside it: a source
// whose words hold a finite verb with no gloss is still refused.
func TestWhichGlossSourceTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"an organisation's gloss", "The vote was close. Managers for Acme, which sold more than 9,000 boats in the spring, say the firm will shut two yards. He left.",
			[]string{"indirect|the firm will shut two yards|Managers for Acme, which sold more than 9,000 boats in the spring|say"}},
		{"a gloss after a place", "The vote was close. Ann Lee, a clerk at the Dover Pier Trust in Maine, which owns nine docks, said the fee would rise in June. He left.",
			[]string{"indirect|the fee would rise in June|Ann Lee, a clerk at the Dover Pier Trust in Maine, which owns nine docks|said"}},
		{"a gloss after a name, without its comma", "The vote was close. Ann Lee, head of the Dover Growers Guild which speaks for about 900 farms, said she and other growers will skip the fair. He left.",
			[]string{"indirect|she and other growers will skip the fair|Ann Lee, head of the Dover Growers Guild which speaks for about 900 farms|said"}},
		{"a verb with no gloss", "The vote was close. The yard sold more boats said the fee would rise. He left.", nil},
	})
}
