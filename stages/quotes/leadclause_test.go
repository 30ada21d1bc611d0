package quotes

import "testing"

// TestReportedClauseBeforeQuotation: a quotation that ends a reported
// clause ("said he was …, “like you folks.”") is a fragment of the
// report, not a direct quote led by the cue; an adverbial or an
// addressee between the cue and the quotation still leads it.
func TestReportedClauseBeforeQuotation(t *testing.T) {
	runCases(t, []textCase{
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

// TestNoCueInsideAClauseOrAName: a verb coordinated with the clause a
// quotation opens is no tail of that quotation ("“hardly any” farmers
// will back Lee and endorse Ward"), and a capitalised word after "of" ends
// a name, not a lead ("as Secretary of State “…”"). Real stages. (The
// coordinated verb then reports on its own, and the said-clause ends
// before it, as the clause reading cuts any clause at a coordinated cue.)
func TestNoCueInsideAClauseOrAName(t *testing.T) {
	runReports(t, []reportCase{
		{"coordinated verb after a quoted word", `The crowd roared when she said "hardly any" farmers will back Mayor Tom Graham and endorse Stone.`,
			`mixed|"hardly any" farmers will back Mayor Tom Graham|she|said` + "\nindirect|Stone|she|endorse"},
		{"a title ending in State", "Lee boasted that the plan she pushed in Dover as Secretary of State “did not lose a single job.”",
			"mixed|the plan she pushed in Dover as Secretary of State “did not lose a single job.”|Lee|boasted"},
		{"a tail after the quotation still reads", "“Zero voters will follow him,” Ward said.",
			"direct|Zero voters will follow him,|Ward|said"},
	})
}
