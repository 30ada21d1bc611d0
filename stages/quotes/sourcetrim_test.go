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
		{"describing clause stays", "Ivo Marsh, who farms 400 acres near the river, said the farms would close.", []string{
			"indirect|the farms would close|Ivo Marsh, who farms 400 acres near the river|said||Ivo Marsh|-1"}},
		{"inverted source keeps its describing clause", "\"The levy is fair,\" said Nora Vance, who chairs the council finance committee.", []string{
			"direct|The levy is fair,|Nora Vance, who chairs the council finance committee|said||Nora Vance|-1"}},
		{"inverted source without its reporting clause", "\"The levy is fair,\" said Nora Vance, who told the council the same last year.", []string{
			"direct|The levy is fair,|Nora Vance|said||Nora Vance|-1"}},
	})
}
