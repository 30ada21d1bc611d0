package quotes

import "testing"

// TestAsAsideTagged: a cue-less mixed sentence whose "as" clause holds a
// subject and a verb that reports a clause, set off from the rest, takes
// that subject as its source, the words after the clause as its content; a verb that tells of no words, or an "as"
// of comparison, does not. The
// sentences are invented.
func TestAsAsideTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"opening the sentence", "As the Harbor Gazette reported, the new owner “paid far too much for the old mill.”",
			[]string{"mixed|the new owner “paid far too much for the old mill.”|the Harbor Gazette|reported"}},
		{"between dashes", "The harbor levy -- as the mayor's office noted this week -- has been “a burden on every family in town.”",
			[]string{"mixed|has been “a burden on every family in town.”|the mayor's office|noted"}},
		{"after the fragment", "Still, the vote “is a coin toss right now,” as Nora Vance said on a radio show on Monday.",
			[]string{"mixed|Still, the vote “is a coin toss right now,”|Nora Vance|said"}},
		{"a verb of no words", "As the crowd began to chant, the mayor was joined by “every last member of the old harbor board.”",
			[]string{"mixed|As the crowd began to chant, the mayor was joined by “every last member of the old harbor board.”||"}},
		{"an as of comparison", "Towns such as Dover noted by the river have felt the levy as “a burden on every family in town.”",
			[]string{"mixed|Towns such as Dover noted by the river have felt the levy as “a burden on every family in town.”||"}},
	})
}
