package claims

import "testing"

// TestMayLeadInKeepsEveryMatch checks that the plain scan before leadIn
// never rules out an opening that leadIn matches.
func TestMayLeadInKeepsEveryMatch(t *testing.T) {
	for _, s := range []string{
		"I wasn't even aware that the road had closed",
		"We, for one, think that the vote will pass",
		"we heard that the mill reopens",
		"Unfortunate that the bridge is shut",
		"good to see the league back",
		"Odd\tthat\nit rained",
		"Sad to learn the shop closed",
		"The council said that taxes rise",
		"Iowa voters went",
		"",
		"  Glad that it ended",
		"\"Glad that it ended",
		"McCain that day",
		"It is true",
		"Hard  to know who won",
	} {
		if leadIn.MatchString(s) && !mayLeadIn(s) {
			t.Errorf("mayLeadIn(%q) = false, but leadIn matches", s)
		}
	}
	for _, s := range []string{"The council voted", "", "5 to see", "Odd,that"} {
		if mayLeadIn(s) {
			t.Errorf("mayLeadIn(%q) = true, want false", s)
		}
	}
}
