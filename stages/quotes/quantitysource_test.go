package quotes

import "testing"

// TestQuantitySourcesTagged: a share or a count of people is the source
// with its modifier ("More than half", "At least 2,000", "Nearly a
// third"); beside them, shapes that must keep their reading: a comparison
// whose "than" is followed by no quantity, a fronted phrase before a
// subject.
func TestQuantitySourcesTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"nearly a third", "Nearly a third say the levy is too high.",
			[]string{"indirect|the levy is too high|Nearly a third|say"}},
		{"at least a number", "At least 2,000 said they would not vote.",
			[]string{"indirect|they would not vote|At least 2,000|said"}},
		{"more than half", "More than half said the town should sell the pier.",
			[]string{"indirect|the town should sell the pier|More than half|said"}},
		{"more than half of the voters", "More than half of the voters said the pier should stay.",
			[]string{"indirect|the pier should stay|More than half of the voters|said"}},
		{"about 40 percent", "About 40 percent said the mayor was doing well.",
			[]string{"indirect|the mayor was doing well|About 40 percent|said"}},
		{"two-thirds", "Two-thirds said the levy was fair.",
			[]string{"indirect|the levy was fair|Two-thirds|said"}},
		{"almost half of those asked", "Almost half of those asked said the levy was fair.",
			[]string{"indirect|the levy was fair|Almost half of those asked|said"}},
		{"some and percent of the polled", "Some 40 percent of the voters polled said they were less likely to vote.",
			[]string{"indirect|they were less likely to vote|Some 40 percent of the voters polled|said"}},
		{"as many as", "As many as 300 said the pier should stay.",
			[]string{"indirect|the pier should stay|As many as 300|said"}},
		{"than and no quantity", "It was later than the mayor said it would be.",
			[]string{"indirect|it would be|the mayor|said"}},
		{"fronted phrase before a subject", "At the fair the mayor said the levy was fair.",
			[]string{"indirect|the levy was fair|the mayor|said"}},
	})
}
