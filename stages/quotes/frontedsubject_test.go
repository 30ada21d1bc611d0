package quotes

import "testing"

// TestFrontedPlaceOrDayTagged: a fronted phrase that ends in a place or a
// day ("In Dover,", "On Sunday,", "Late Friday,") is no name that the
// subject after its comma glosses: the subject is read alone, and an
// appositive after a real name keeps its reading.
func TestFrontedPlaceOrDayTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a place, then a title and a name", "In Dover, former Mayor Lee said the levy was unfair.",
			[]string{"indirect|the levy was unfair|former Mayor Lee|said"}},
		{"a day, then a title and a name", "On Sunday, former Mayor Ann Lee said the levy was “a plain disgrace” to the town.",
			[]string{"mixed|the levy was “a plain disgrace” to the town|former Mayor Ann Lee|said"}},
		{"a day with a modifier", "Late Friday, former Mayor Lee said the levy was unfair.",
			[]string{"indirect|the levy was unfair|former Mayor Lee|said"}},
		{"a role before the name", "On Sunday, longtime harbor aide Ann Lee said the pier would reopen.",
			[]string{"indirect|the pier would reopen|longtime harbor aide Ann Lee|said"}},
		{"a place, then a described subject and its relative clause", "In Dover, the mayor, who backs the levy, said it was unfair.",
			[]string{"indirect|it was unfair|the mayor|said"}},
		{"a name and its appositive", "Ann Lee, the former mayor, said the levy was unfair.",
			[]string{"indirect|the levy was unfair|Ann Lee, the former mayor|said"}},
		{"a name and its role", "Ann Lee, former Mayor of Dover, said the levy was unfair.",
			[]string{"indirect|the levy was unfair|Ann Lee, former Mayor of Dover|said"}},
	})
}

// TestChainAfterFrontedTagged: a subject and its appositive after a
// connective or a fronted phrase ("But the mayor, a Democrat, said", "In
// Dover, the clerk, a former teacher, said") are read as the chain they
// make from the sentence start, not as the appositive alone.
func TestChainAfterFrontedTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"the chain opening the sentence", "The mayor, a Democrat, said the levy was unfair.",
			[]string{"indirect|the levy was unfair|The mayor, a Democrat|said"}},
		{"after a connective", "But the mayor, a Democrat, said the levy was unfair.",
			[]string{"indirect|the levy was unfair|the mayor, a Democrat|said"}},
		{"after a fronted place", "In Dover, the clerk, a former teacher, said the levy was unfair.",
			[]string{"indirect|the levy was unfair|the clerk, a former teacher|said"}},
		{"after a fronted day", "On Monday, the group's director, a retired nurse, said the pier would close.",
			[]string{"indirect|the pier would close|the group's director, a retired nurse|said"}},
	})
}
