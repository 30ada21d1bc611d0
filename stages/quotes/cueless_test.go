package quotes

import "testing"

// TestCuelessEarlierTailTagged: a cue-less mixed sentence whose
// attribution follows an earlier fragment closed by a comma, not the last
// one, takes that attribution. The sentences are invented.
func TestCuelessEarlierTailTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"tail after the first fragment", "Roe \"was treated far too gently for what he did to the harbor,\" said a former county official who ran the port for years and described the dispute as \"a small matter of paperwork.\"",
			[]string{"mixed|Roe \"was treated far too gently for what he did to the harbor,\" said a former county official who ran the port for years and described the dispute as \"a small matter of paperwork.\"|a former county official|said"}},
		{"no comma before the words after", "Roe \"was treated far too gently for what he did to the harbor\" said to be a small matter, and \"a matter of paperwork.\"",
			[]string{"mixed|Roe \"was treated far too gently for what he did to the harbor\" said to be a small matter, and \"a matter of paperwork.\"||"}},
	})
}
