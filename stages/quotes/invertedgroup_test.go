package quotes

import "testing"

// TestInvertedGroupTagged: a group of people named by a plural noun,
// bare or after a quantifier, is the source of an inverted report ("…,
// said several farmers"). Beside them: a name and a determiner's phrase
// keep their reading, and after a cue other than "say" a bare plural is
// the noun the cue's participle modifies, not a source.
func TestInvertedGroupTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a quantifier and a plural", "The vote was close. Costs rose for many reasons, said several farmers.",
			[]string{"indirect|Costs rose for many reasons|several farmers|said"}},
		{"a bare plural after said", "The vote was close. Costs rose for many reasons, said farmers.",
			[]string{"indirect|Costs rose for many reasons|farmers|said"}},
		{"some and say", "The vote was close. The levy will pass in the fall, say some growers.",
			[]string{"indirect|The levy will pass in the fall|some growers|say"}},
		{"a determiner", "The vote was close. Costs rose for many reasons, said the farmers.",
			[]string{"indirect|Costs rose for many reasons|the farmers|said"}},
		{"a name", "The vote was close. Costs rose for many reasons, said Mark Stone.",
			[]string{"indirect|Costs rose for many reasons|Mark Stone|said"}},
		{"a participle before a plural", "The vote was close. The board met in the fall, pledged delegates included.", nil},
	})
}
