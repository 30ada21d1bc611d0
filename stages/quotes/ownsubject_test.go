package quotes

import "testing"

// TestOwnSubjectTagged: a sentence whose quoted words no cue of the
// lexicon reports takes the subject of its own main clause as the source,
// the clause's verb as the cue and what follows the verb as the content,
// when that subject can speak; not the subject of a passive, nor a subject
// that names no one. The sentences are invented.
func TestOwnSubjectTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"unlisted verb", "Nora Vance thanked the council for “standing firm when the board would not.”",
			[]string{"mixed|the council for “standing firm when the board would not.”|Nora Vance|thanked"}},
		{"pronoun subject", "The vote was close. She anticipated that the hardest task would be “mending what the flood left behind.”",
			[]string{"mixed|that the hardest task would be “mending what the flood left behind.”|She|anticipated"}},
		{"verb group", "Paul Roe has compared the levy to “a tax on getting to work in the morning.”",
			[]string{"mixed|the levy to “a tax on getting to work in the morning.”|Paul Roe|compared"}},
		{"fronted phrase", "At the hearing on Monday, Nora Vance thanked the council for “standing firm when the board would not.”",
			[]string{"mixed|the council for “standing firm when the board would not.”|Nora Vance|thanked"}},
		{"fronted adverbial", "Last year, Paul Roe played down the levy as “just part of the long campaign season.”",
			[]string{"mixed|the levy as “just part of the long campaign season.”|Paul Roe|played"}},
		{"a piece of writing", "The ad targets a “rigged system that keeps the harbor in the hands of the few.”",
			[]string{"mixed|a “rigged system that keeps the harbor in the hands of the few.”|The ad|targets"}},
		{"passive subject", "Paul Roe was pressed by the board over whether “the levy would ever be lifted.”",
			[]string{"mixed|Paul Roe was pressed by the board over whether “the levy would ever be lifted.”||"}},
		{"no one who speaks", "The timing of the vote surprised even the mayor, who had planned for “a long and quiet summer.”",
			[]string{"mixed|The timing of the vote surprised even the mayor, who had planned for “a long and quiet summer.”||"}},
	})
}
