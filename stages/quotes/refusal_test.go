package quotes

import "testing"

// TestRefusalToSayTagged: a plain speech verb after a contracted negated
// auxiliary, before the question it leaves open ("won't say whether",
// "didn’t tell us who"), reports that question with the subject before
// the auxiliary, as "would not say whether" does. Without an open
// question a contracted negation still ends the source reading (a denial
// of an act more often than a report), and inside a quotation the
// words are talk.
func TestRefusalToSayTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"won't say whether", "The clerk won't say whether the pier would reopen.",
			[]string{"indirect|whether the pier would reopen|The clerk|say"}},
		{"didn’t tell someone who", "The clerk didn’t tell us who would run the pier.",
			[]string{"indirect|who would run the pier|The clerk|tell"}},
		{"not contracted", "Ward did not say whether the levy would pass.",
			[]string{"indirect|whether the levy would pass|Ward|say"}},
		{"no open question", "He didn’t tell me the pier was closed.", nil},
		{"inside a quotation", "“I didn’t say when,” Ward said.",
			[]string{"direct|I didn’t say when,|Ward|said"}},
	})
}
