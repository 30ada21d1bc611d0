package quotes

import "testing"

// TestQuotedTitleAppositiveTagged: a short quotation inside the
// appositive of a cue's subject (a title, a nickname, a slogan) is part
// of the source and no longer ends it; a participle phrase holding one is
// left out, as without it; a quotation longer than a title is the
// relative clause's own report. The sentences are invented.
func TestQuotedTitleAppositiveTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"comma inside the closing mark", "Ann Lee, the author of “Harbor Days,” said the plan would fail.",
			[]string{"indirect|the plan would fail|Ann Lee, the author of “Harbor Days,”|said"}},
		{"comma after the closing mark", "Ann Lee, the author of “Harbor Days”, said the plan would fail.",
			[]string{"indirect|the plan would fail|Ann Lee, the author of “Harbor Days”,|said"}},
		{"a nickname before a clause with that", "Tom Ward, the grower known as “Red,” stated that the harvest was poor.",
			[]string{"indirect|the harvest was poor|Tom Ward, the grower known as “Red,”|stated"}},
		{"a slogan inside the appositive", "Tom Ward, a farmer wearing “Vote Lee” buttons, told reporters the harvest was poor.",
			[]string{"indirect|the harvest was poor|Tom Ward, a farmer wearing “Vote Lee” buttons,|told"}},
		{"a quotation after the cue", "Ann Lee, the author of “Harbor Days,” said the plan was “a sure failure.”",
			[]string{"mixed|the plan was “a sure failure.”|Ann Lee, the author of “Harbor Days,”|said"}},
		{"a participle aside left out", "Ann Lee, citing “the quiet harbor,” said the port was full.",
			[]string{"indirect|the port was full|Ann Lee|said"}},
		{"longer than a title", "Ann Lee, who told the board “we will not sell the harbor to anyone who asks for it this year,” said the port was full.",
			[]string{"mixed|“we will not sell the harbor to anyone who asks for it this year,”|who|told"}},
	})
}
