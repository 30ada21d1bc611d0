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

// TestBareTailRunsOnTagged: after a quotation that opens its sentence and
// closes with a comma, a subject and a past tense tell who spoke whatever
// follows the verb (a particle, a phrase, a gerund), and after one closed
// by "?" or "!" too; a quotation inside the sentence takes no such tail. The sentences are invented.
func TestBareTailRunsOnTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a particle", "“We will fix every road in the county by spring,” she went on. “And we will pay for it.”",
			[]string{"direct|We will fix every road in the county by spring,|she|went", "direct|And we will pay for it.|she|went"}},
		{"a phrase after the verb", "“Nobody on the board ever asked me about the ferry,” Ward shot back at the clerk, to laughter from the hall.",
			[]string{"direct|Nobody on the board ever asked me about the ferry,|Ward|shot"}},
		{"after a question that opens the sentence", "“Would the county ever pay for a second ferry?” Ward pressed. “Or a bridge?”",
			[]string{"direct|Would the county ever pay for a second ferry?|Ward|pressed", "direct|Or a bridge?|Ward|pressed"}},
		{"a quotation inside the sentence", "In the end, “the ferry was worth every cent it cost the town,” the clerk smiled at the crowd.",
			[]string{"mixed|In the end, “the ferry was worth every cent it cost the town,”||"}},
	})
}
