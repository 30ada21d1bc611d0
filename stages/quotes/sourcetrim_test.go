package quotes

import "testing"

// TestReportingRelatives covers a relative clause in a source: cut when it
// reports the speaker's own words or views, kept when it describes the
// speaker. The sentences are invented.
func TestReportingRelatives(t *testing.T) {
	runCases(t, []textCase{
		{"clause of saying", "Nora Vance, who has repeatedly said the levy was unfair, told reporters the vote was rigged.", []string{
			"indirect|the vote was rigged|Nora Vance|told|reporters|Nora Vance|-1"}},
		{"clause of thinking", "Ivo Marsh, who thinks the council overreached, said the farms would close.", []string{
			"indirect|the farms would close|Ivo Marsh|said||Ivo Marsh|-1"}},
		{"clause of refusal", "A council aide, who declined to be named, said the vote was delayed.", []string{
			"indirect|the vote was delayed|A council aide|said||council aide|-1"}},
		{"state of the description", "Carl Mott, 41, of Linden, Miss., dismisses the idea that a vote changes anything.", []string{
			"indirect|the idea that a vote changes anything|Carl Mott, 41, of Linden, Miss.|dismisses||Carl Mott|-1"}},
		{"state after a quotation", "“I just don't trust her,” Nora Vance, 67, a retired clerk in Dover, Del., said in an interview.", []string{
			"direct|I just don't trust her,|Nora Vance, 67, a retired clerk in Dover, Del.|said||Nora Vance|-1"}},
		{"state after a quotation in doubled marks", "''I just don't trust her,'' Nora Vance, 67, a retired clerk in Dover, Del., said in an interview.", []string{
			"direct|I just don't trust her,|Nora Vance, 67, a retired clerk in Dover, Del.|said||Nora Vance|-1"}},
		{"number with a comma", "Of the voters polled, 21,000 said they would vote for the levy.", []string{
			"indirect|they would vote for the levy|21,000|said||21,000|-1"}},
		{"age closing a description", "The other man, his cousin Ivo Marsh, 40, cited the mayor's fondness for the levy.", []string{
			"indirect|the mayor's fondness for the levy|The other man, his cousin Ivo Marsh, 40|cited||Ivo Marsh|-1"}},
		{"share after a clause", "While 86 percent of farmers backed the levy, 43 said the same of the toll.", []string{
			"indirect|the same of the toll|43|said||43|-1"}},
		{"occasion after the name", "Nora Vance in her budget speech said the levy was fair.", []string{
			"indirect|the levy was fair|Nora Vance|said||Nora Vance|-1"}},
		{"place after the name stays", "Nora Vance of Dover said the levy was fair.", []string{
			"indirect|the levy was fair|Nora Vance of Dover|said||Nora Vance|-1"}},
		{"appositive and clause", "Nora Vance, a bus driver from Dover, Del., who is a member of the union, said she was paid for the overtime.", []string{
			"indirect|she was paid for the overtime|Nora Vance, a bus driver from Dover, Del., who is a member of the union|said||Nora Vance|-1"}},
		{"age and clause", "Ivo Marsh, 24, who was visiting Dover from Maine, told the paper he could not vote.", []string{
			"indirect|he could not vote|Ivo Marsh, 24, who was visiting Dover from Maine|told|the paper|Ivo Marsh|-1"}},
		{"describing clause stays", "Ivo Marsh, who farms 400 acres near the river, said the farms would close.", []string{
			"indirect|the farms would close|Ivo Marsh, who farms 400 acres near the river|said||Ivo Marsh|-1"}},
	})
}

// TestTailRelativesTagged: with the segment stage's tags, an inverted
// source keeps the relative clause that describes the speaker, to the
// sentence end or a dash, and not one that reports the speaker's words.
func TestTailRelativesTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"describing clause", "“The levy is fair,” said Nora Vance, who was the council's budget chief from 2001 to 2009.",
			[]string{"direct|The levy is fair,|Nora Vance, who was the council's budget chief from 2001 to 2009|said"}},
		{"describing clause to a dash", "“The levy is fair,” said Nora Vance, who was the council's budget chief — a post that no longer exists.",
			[]string{"direct|The levy is fair,|Nora Vance, who was the council's budget chief|said"}},
		{"restrictive clause", "“The levy is fair,” said a council aide who was not authorized to discuss the vote.",
			[]string{"direct|The levy is fair,|a council aide who was not authorized to discuss the vote|said"}},
		{"setting after the name", "“The levy is fair,” said Nora Vance, speaking at a rally in Dover.",
			[]string{"direct|The levy is fair,|Nora Vance|said"}},
		{"reporting clause", "“The levy is fair,” said Nora Vance, who told the council the same thing in 2009.",
			[]string{"direct|The levy is fair,|Nora Vance|said"}},
		{"description going on", "“The levy is fair,” said Nora Vance, a council aide during the 2009 budget and now director of the Dover Institute.",
			[]string{"direct|The levy is fair,|Nora Vance, a council aide during the 2009 budget and now director of the Dover Institute|said"}},
		{"role at another time", "“The levy is fair,” said Nora Vance, then budget chief of the council.",
			[]string{"direct|The levy is fair,|Nora Vance, then budget chief of the council|said"}},
		// without a role noun: only "then" tells the role
		{"role at another time after an owner", "“The levy is fair,” said Nora Vance, then Ward's landlord.",
			[]string{"direct|The levy is fair,|Nora Vance, then Ward's landlord|said"}},
		{"role at another time with a determiner", "“The levy was fair,” said Nora Vance, then the wife of Ward's best friend, who was at the meeting.",
			[]string{"direct|The levy was fair,|Nora Vance, then the wife of Ward's best friend, who was at the meeting|said"}},
		{"party parenthesis", "“The levy is fair,” said Rep. Nora Vance (D-Del.), a member of the budget committee.",
			[]string{"direct|The levy is fair,|Rep. Nora Vance (D-Del.), a member of the budget committee|said"}},
		{"circumstance after the name", "“The levy is fair,” said Nora Vance, without naming the mayor.",
			[]string{"direct|The levy is fair,|Nora Vance|said"}},
		{"time after the name", "“The levy is fair,” said Nora Vance on Tuesday.",
			[]string{"direct|The levy is fair,|Nora Vance|said"}},
	})
}

// TestLeadingDescriptionTagged: a source that is a name after a
// description opening the sentence takes the description in; a setting
// or a clause before the name stays out.
func TestLeadingDescriptionTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"role of an owner", "Delaware's budget director, Nora Vance, said the levy was fair.",
			[]string{"indirect|the levy was fair|Delaware's budget director, Nora Vance|said"}},
		{"one of a group", "Another delegate on the council slate, Ivo Marsh, said the levy was fair.",
			[]string{"indirect|the levy was fair|Another delegate on the council slate, Ivo Marsh|said"}},
		{"setting", "In a statement on Tuesday, Nora Vance said the levy was fair.",
			[]string{"indirect|the levy was fair|Nora Vance|said"}},
		{"participle clause", "Responding to the mayor's remarks, Nora Vance said the levy was fair.",
			[]string{"indirect|the levy was fair|Nora Vance|said"}},
	})
}

// TestClaimNounSourcesTagged: a claim noun's source is its owner, or no
// one; a document noun stays the source.
func TestClaimNounSourcesTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"owner", "The council rejected Nora Vance's assertion that the levy was unfair.",
			[]string{"indirect|Nora Vance's assertion that the levy was unfair|The council|rejected", "indirect|the levy was unfair|Nora Vance's|assertion"}},
		{"owner pronoun", "Nora Vance repeated her claim that the levy was unfair.",
			[]string{"indirect|the levy was unfair|her|claim"}},
		{"subject of the verb taking the claim up", "Nora Vance bristled at the suggestion that the levy was unfair.",
			[]string{"indirect|the levy was unfair|Nora Vance|suggestion"}},
		{"no owner", "Amid accusations that the levy was unfair, the council met.",
			[]string{"indirect|the levy was unfair||accusations"}},
	})
}

// TestTailSentenceCircumstanceTagged: a quotation that ends its own
// sentence with "?" keeps the attribution after it when a circumstance
// follows the cue; another sentence does not attribute it.
func TestTailSentenceCircumstanceTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"preposition after the cue", "“Why would you back the levy?” Vance said about the mayor's effort.",
			[]string{"direct|Why would you back the levy?|Vance|said"}},
		{"participle after the cue", "“Why would you back the levy?” Vance asked, repeating a claim.",
			[]string{"direct|Why would you back the levy?|Vance|asked"}},
		{"a role opening with a participle", "“The levy is unfair,” Ivo Marsh, managing director and analyst at Dover Farm Partners, told the paper.",
			[]string{"direct|The levy is unfair,|Ivo Marsh, managing director and analyst at Dover Farm Partners|told"}},
		{"a sentence of its own", "“Why would you back the levy?” Vance said the city would lose the toll.",
			[]string{"direct|Why would you back the levy?||", "indirect|the city would lose the toll|Vance|said"}},
	})
}
