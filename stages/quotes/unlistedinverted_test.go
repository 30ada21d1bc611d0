package quotes

import "testing"

// TestUnlistedInvertedTagged: after a quotation closed by a comma, "!" or
// "?", a past tense the cue lexicon does not list, followed by a name or a
// determiner's phrase, tells who spoke; a verb of motion or being does not,
// nor a past tense before a bare plural. The sentences are invented.
func TestUnlistedInvertedTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"after an exclamation", "“This is a fine day for the whole harbor!” beamed Ann Lee of Dover.",
			[]string{"direct|This is a fine day for the whole harbor!|Ann Lee of Dover|beamed"}},
		{"after a comma, a determiner's phrase", "“Nobody on the board ever reads the minutes anyway,” scoffed the county clerk.",
			[]string{"direct|Nobody on the board ever reads the minutes anyway,|the county clerk|scoffed"}},
		{"a verb of motion", "“Close the port now,” came the shouts from the hall.",
			[]string{"mixed|“Close the port now,”||"}},
		{"a bare plural", "“Close the port now,” marched protesters down the road.",
			[]string{"mixed|“Close the port now,”||"}},
	})
}
