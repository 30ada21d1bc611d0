package quotes

import "testing"

// TestRelativeGapClauseTagged: a cue inside a relative clause whose
// subject is the relative pronoun ("which inspectors said will start")
// reports the clause after it, which opens on its verb. Beside them: a
// relative clause whose reported clause has its own subject keeps its
// reading, and a gerund cue after a relative pronoun reads nothing new.
func TestRelativeGapClauseTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"which, a plural subject and will", "The fees rose. The new fees, which inspectors said will start in June, hit every boat owner.",
			[]string{"indirect|will start in June|inspectors|said"}},
		{"that and was", "Ward read out a note that she said was penned by the harbor board.",
			[]string{"indirect|was penned by the harbor board|she|said"}},
		{"which and a modal", "The board cut the budget, which critics said could hurt the schools.",
			[]string{"indirect|could hurt the schools|critics|said"}},
		{"the reported clause has its own subject", "Ward read out a note that she said the harbor board had penned.",
			[]string{"indirect|the harbor board had penned|she|said"}},
		{"a verb alone is no clause", "The levy was cut, which she said was.", nil},
	})
}
