package quotes

import "testing"

// TestAskedQuestion covers a question put by an asker the text does not
// name: fronted, after the answer's own attribution, and in the passive.
// The question has no source and the cue "asked"; the answer keeps its
// speaker. The sentences are invented.
func TestAskedQuestion(t *testing.T) {
	runCases(t, []textCase{
		{"when asked after the answer", "“I have not decided,” Ann Lee said when asked whether she would run again.", []string{
			"direct|I have not decided,|Ann Lee|said||Ann Lee|-1",
			"indirect|whether she would run again||asked|||-1"}},
		{"passive", "The mayor was asked how the levy would be spent.", []string{
			"indirect|how the levy would be spent||asked|||-1"}},
		{"when asked after a quotation", "“Not this year,” Ann Lee told a radio station when asked if the bridge would open.", []string{
			"direct|Not this year,|Ann Lee|told|a radio station|Ann Lee|-1",
			"indirect|if the bridge would open||asked|||-1"}},
		{"passive with an adverb", "The mayor was first asked how the levy would be spent.", []string{
			"indirect|how the levy would be spent||asked|||-1"}},
		{"a topic after the answer", "Ann Lee smiled when asked about the levy.", []string{
			"indirect|the levy||asked about|||-1"}},
		{"a fronted topic", "Asked about the levy, Ann Lee said she had not decided.", []string{
			"indirect|the levy||Asked about|||-1", "indirect|she had not decided|Ann Lee|said||Ann Lee|-1"}},
		{"a passive topic", "The mayor was asked about the levy on Monday.", []string{
			"indirect|the levy on Monday||asked about|||-1"}},
		{"a phrase before the question", "Asked on Monday whether the bridge would open, Ann Lee said she had not decided.", []string{
			"indirect|whether the bridge would open||Asked|||-1", "indirect|she had not decided|Ann Lee|said||Ann Lee|-1"}},
		{"the asker after by", "Paul Roe was asked by the board whether “the levy would ever be lifted.”", []string{
			"mixed|whether “the levy would ever be lifted.”|the board|asked||board|-1"}},
		{"a relative after the asker is no question", "Ann Lee smiled when asked by a reporter who covers the mill for the paper.", nil},
		{"a named asker is the verb's own subject", "Ann Lee asked about the levy.", nil},
		{"a request is no question", "The mayor was asked to leave the hall.", nil},
	})
}
