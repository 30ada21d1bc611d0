package quotes

import "testing"

// TestReportedClauseBeforeQuotation: a quotation that ends a reported
// clause ("said he was …, “like you folks.”") is a fragment of the
// report, not a direct quote led by the cue; an adverbial or an
// addressee between the cue and the quotation still leads it.
func TestReportedClauseBeforeQuotation(t *testing.T) {
	st := newStage(t)
	runCases(t, st, []textCase{
		{"pronoun clause", `Ward also said he was best placed to strike a pier deal because he's a dealmaker, "like you folks."`, []string{
			`mixed|he was best placed to strike a pier deal because he's a dealmaker, "like you folks."|Ward|said||Ward|-1`}},
		{"that clause", "Lee said that she would run, “and I will win.”", []string{
			"mixed|she would run, “and I will win.”|Lee|said||Lee|-1"}},
		{"time phrase leads", "Lee said on Monday, “We will win.”", []string{
			"direct|We will win.|Lee|said||Lee|-1"}},
		{"addressee leads", "Lee told reporters at the pier, “We will win.”", []string{
			"direct|We will win.|Lee|told|reporters|Lee|-1"}},
	})
}
