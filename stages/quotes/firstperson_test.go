package quotes

import "testing"

// TestFirstPersonReportsTagged: the writer's own plain report ("I told
// the paper that ...", "I asked her if ...") has the pronoun for source,
// as the annotated news has it. A sentence that holds a quotation mark
// keeps the old reading (no first-person source), and so do "we" and
// "you", and an "I" inside someone else's quotation.
func TestFirstPersonReportsTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"told someone that", "Later I told the paper that the county had tried to close the pier.",
			[]string{"indirect|the county had tried to close the pier|I|told"}},
		{"asked someone if", "Ann Lee, the clerk, said the levy was fair. I asked her if she would vote for it.",
			[]string{"indirect|the levy was fair|Ann Lee, the clerk|said", "indirect|if she would vote for it|I|asked"}},
		{"after a fronted time phrase", "In March I wrote that the pier would close.",
			[]string{"indirect|the pier would close|I|wrote"}},
		{"an answer in a transcript", "Q: What did you tell the mayor?\n\nA: I told him the pier should stay open.",
			[]string{"indirect|the pier should stay open|I|told"}},
		{"a narrator's quotation", "“The pier is closed,” I said. “It will not open again.”",
			[]string{"mixed|“The pier is closed,”||", "direct|It will not open again.||"}},
		{"a report holding a fragment", "I told Ward the fees were “too high for a small town.”",
			[]string{"mixed|I told Ward the fees were “too high for a small town.”||"}},
		{"inside another's quotation", "“I said the levy was fair,” Ward told reporters.",
			[]string{"direct|I said the levy was fair,|Ward|told"}},
		{"we", "We do not mean to belittle the growers when we say the mayor led them.", nil},
		{"you", "You said the levy was fair.", nil},
	})
}
