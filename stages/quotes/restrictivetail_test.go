package quotes

import "testing"

// TestRestrictiveTailTagged: after an inverted cue a restrictive relative
// clause right after the source describes the speaker and belongs to the
// source ("…, said a few growers who sell at the pier"); one that reports
// the speaker's own words or wish is not taken in (the annotated news
// leaves it out of the source), and the report is left unread as before.
func TestRestrictiveTailTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"after an appositive", "The vote was close. Costs rose for many reasons, said Mark Stone, a harbor expert who has built boats for years. He left.",
			[]string{"indirect|Costs rose for many reasons|Mark Stone, a harbor expert who has built boats for years|said"}},
		{"after a group", "The vote was close. The pier is within the mayor's reach, said a few growers who sell at the pier. He left.",
			[]string{"indirect|The pier is within the mayor's reach|a few growers who sell at the pier|said"}},
		{"a reporting relative stays out", "The vote was close. The pier is within the mayor's reach, said a grower who spoke on condition of anonymity. He left.", nil},
	})
}
