package quotes

import "testing"

// TestReportingRelatives covers a relative clause in a source: cut when it
// reports the speaker's own words or views, kept when it describes the
// speaker. The sentences are invented.
func TestReportingRelatives(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, st, []textCase{
		{"clause of saying", "Nora Vance, who has repeatedly said the levy was unfair, told reporters the vote was rigged.", []string{
			"indirect|the vote was rigged|Nora Vance|told|reporters|Nora Vance|-1"}},
		{"clause of thinking", "Ivo Marsh, who thinks the council overreached, said the farms would close.", []string{
			"indirect|the farms would close|Ivo Marsh|said||Ivo Marsh|-1"}},
		{"clause of refusal", "A council aide, who declined to be named, said the vote was delayed.", []string{
			"indirect|the vote was delayed|A council aide|said||council aide|-1"}},
		{"state of the description", "Dewayne Smithy, 33, of Baldwin, Miss., dismisses the idea that a ballot makes a difference.", []string{
			"indirect|the idea that a ballot makes a difference|Dewayne Smithy, 33, of Baldwin, Miss.|dismisses||Dewayne Smithy|-1"}},
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
	})
}
