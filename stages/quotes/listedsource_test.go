package quotes

import "testing"

// TestListedSourcesTagged: a list of names is the source whole ("Ann
// Lee, Tom Ward and Jane Holloway said", with or without the serial
// comma), and a floating quantifier between the subject and its verb
// ("both said", "have all said", "are all calling for") is left out of
// it; beside them, shapes that keep their reading: a quantifier opening
// the subject, a fronted place before two names. A place after a comma
// that ends a name's "of" phrase belongs to the name ("of the University
// of California, Berkeley said"). A list of shares of people ("45% of
// farmers, 28% of growers and 12% of grocers say") is the source whole.
// "not" and a preposition after a noun modify it ("One grower not on the
// board, Ann Lee, said"). Two adjectives of one noun are one source
// ("Current and former officials said").
func TestListedSourcesTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"three names and all", "Ann Lee, Tom Ward and Jane Holloway are all calling for a new pier.",
			[]string{"indirect|a new pier|Ann Lee, Tom Ward and Jane Holloway|calling for"}},
		{"two names both said", "Ann Lee and Tom Ward both said the pier should stay.",
			[]string{"indirect|the pier should stay|Ann Lee and Tom Ward|said"}},
		{"three names said", "Ann Lee, Tom Ward and Jane Holloway said the pier should stay.",
			[]string{"indirect|the pier should stay|Ann Lee, Tom Ward and Jane Holloway|said"}},
		{"is calling", "Ann Lee is calling for a new pier.",
			[]string{"indirect|a new pier|Ann Lee|calling for"}},
		{"are calling", "Ann Lee and Tom Ward are calling for a new pier.",
			[]string{"indirect|a new pier|Ann Lee and Tom Ward|calling for"}},
		{"two are all calling", "Ann Lee and Tom Ward are all calling for a new pier.",
			[]string{"indirect|a new pier|Ann Lee and Tom Ward|calling for"}},
		{"three are calling", "Ann Lee, Tom Ward and Jane Holloway are calling for a new pier.",
			[]string{"indirect|a new pier|Ann Lee, Tom Ward and Jane Holloway|calling for"}},
		{"oxford comma", "Ann Lee, Tom Ward, and Jane Holloway said the pier should stay.",
			[]string{"indirect|the pier should stay|Ann Lee, Tom Ward, and Jane Holloway|said"}},
		{"they all", "They all said the pier should stay.",
			[]string{"indirect|the pier should stay|They|said"}},
		{"all said", "All said the pier should stay.",
			[]string{"indirect|the pier should stay|All|said"}},
		{"have all", "The three growers have all said the pier should stay.",
			[]string{"indirect|the pier should stay|The three growers|said"}},
		{"name and parenthesis both", "He and Rep. Tom Ward (R-Ohio) both condemned the levy as too high.",
			[]string{"indirect|the levy as too high|He and Rep. Tom Ward (R-Ohio)|condemned"}},
		{"place after an of phrase", "Ann Lee and Tom Ward of the University of California, Berkeley said the levy is too high.",
			[]string{"indirect|the levy is too high|Ann Lee and Tom Ward of the University of California, Berkeley|said"}},
		{"fronted place before a name", "In the state of Ohio, Lee said the levy is too high.",
			[]string{"indirect|the levy is too high|Lee|said"}},
		{"a list of shares", "45% of farmers, 28% of growers and 12% of grocers say the levy is too high.",
			[]string{"indirect|the levy is too high|45% of farmers, 28% of growers and 12% of grocers|say"}},
		{"two shares", "45% of farmers and 12% of grocers say the levy is too high.",
			[]string{"indirect|the levy is too high|45% of farmers and 12% of grocers|say"}},
		{"a clause before one share", "Sales rose 4% and 12% of grocers say the levy is too high.",
			[]string{"indirect|the levy is too high|12% of grocers|say"}},
		{"not and a preposition after a noun", "One grower not on the board, Ann Lee, said she was leaning toward the levy.",
			[]string{"indirect|she was leaning toward the levy|One grower not on the board, Ann Lee|said"}},
		{"a negated verb stays out", "Growers are not in favour of the levy, Lee said.",
			[]string{"indirect|Growers are not in favour of the levy|Lee|said"}},
		{"two adjectives of one noun", "Current and former growers who sell at the pier said the levy was unfair.",
			[]string{"indirect|the levy was unfair|Current and former growers who sell at the pier|said"}},
		{"two adjectives lower case", "In the end, current and former officials said the pier was unsafe.",
			[]string{"indirect|the pier was unsafe|current and former officials|said"}},
		{"a clause before and", "The mayor was angry and local officials said the pier was unsafe.",
			[]string{"indirect|the pier was unsafe|local officials|said"}},
		{"place and names", "In Dover, Ann Lee and Tom Ward said the pier should stay.",
			[]string{"indirect|the pier should stay|Ann Lee and Tom Ward|said"}},
	})
}
