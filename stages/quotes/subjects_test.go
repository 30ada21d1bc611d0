package quotes

import "testing"

// TestSubjectsTagged: long subjects before and after the cue. A sentence
// that opens with a name or a described subject runs through its commas
// to the cue as one source (a participle phrase after the name is an
// aside); a subject of noun phrases joined by "and" runs over the "and";
// a relative clause opened by "that" inside an appositive is no verb of
// the source; an inverted source keeps its description up to a relative clause that
// holds another report; an aside before the cue is no subject.
func TestSubjectsTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"appositives then a gloss", "Maria Lopez, director of the Harbor Fund, a coastal charity, said the new rules would hurt small boats.",
			[]string{"indirect|the new rules would hurt small boats|Maria Lopez, director of the Harbor Fund, a coastal charity|said"}},
		{"a noun phrase opens the run", "Officials at Harbor Security Investigations, a division of Fisheries and Coast Enforcement, said they were concerned.",
			[]string{"indirect|they were concerned|Officials at Harbor Security Investigations, a division of Fisheries and Coast Enforcement|said"}},
		{"participle aside after the name", "Sen. Tom Reed, facing a hard race in Dover County, a rural district, said he would back the bill.",
			[]string{"indirect|he would back the bill|Sen. Tom Reed|said"}},
		{"adverbial aside after the subject", "The agency, in an effort that has drawn fire from business groups, said the rule would start in May.",
			[]string{"indirect|the rule would start in May|The agency|said"}},
		{"relative clause with that inside an appositive", "Jack Moss, the founder of the Harbor Project that encourages fishermen to move to Maine, said the rules were “a disaster for everyone.”",
			[]string{"mixed|the rules were “a disaster for everyone.”|Jack Moss, the founder of the Harbor Project that encourages fishermen to move to Maine|said"}},
		// an aside between the subject and the cue: an auxiliary before it
		// stays with the verb, and a place or time set off by commas
		// closes a longer subject, not one of its own
		{"auxiliary before an aside", "A county poll of Dover voters has, however, revealed that the mayor speaks for few of them.",
			[]string{"indirect|the mayor speaks for few of them|A county poll of Dover voters|revealed"}},
		{"time aside after a town and state", "Nora Vance, a teacher in Dover, Delaware, on Monday, said that the levy had emptied the school fund.",
			[]string{"indirect|the levy had emptied the school fund|Nora Vance, a teacher in Dover, Delaware|said"}},
		{"time aside after a relative clause", "Nora Vance, who lost her son in the flood in Dover, Delaware, in May 2012, said that Ward had been rude to her family.",
			[]string{"indirect|Ward had been rude to her family|Nora Vance, who lost her son in the flood in Dover, Delaware|said"}},
		{"members named after the subject", "Growers, including the Valley Farm Council, have urged the council to drop the levy.",
			[]string{"indirect|the council to drop the levy|Growers, including the Valley Farm Council|urged"}},
		{"conjoined noun phrases", "Experts on trade and regional banking said the plan would raise prices.",
			[]string{"indirect|the plan would raise prices|Experts on trade and regional banking|said"}},
		{"conjoined clauses stay apart", "The mayor spoke for an hour, and the council said the plan would raise prices.",
			[]string{"indirect|the plan would raise prices|the council|said"}},
		{"inverted description before a relative clause", "“We will keep fishing,” said Ann Bell, a captain from Gloucester, Mass., who said she had fished for 30 years.",
			[]string{"direct|We will keep fishing,|Ann Bell, a captain from Gloucester, Mass.|said", "indirect|she had fished for 30 years|who|said"}},
	})
}

// TestSentenceOpenerBeforeNamedSubject: a coordinator or a discourse
// adverb opening the sentence is no part of the name before an
// appositive, so the name is the speaker, not the appositive; a
// subordinator opens a phrase of its own.
func TestSentenceOpenerBeforeNamedSubject(t *testing.T) {
	runCases(t, []textCase{
		{"coordinator", "But Nora Vance, the group's deputy director, said the levy was unfair.", []string{
			"indirect|the levy was unfair|Nora Vance, the group's deputy director|said||Nora Vance|-1"}},
		{"discourse adverb", "Meanwhile Ivo Marsh, a farmer from Dover, told the paper the levy was unfair.", []string{
			"indirect|the levy was unfair|Ivo Marsh, a farmer from Dover|told|the paper|Ivo Marsh|-1"}},
		{"no opener", "Nora Vance, the group's deputy director, said the levy was unfair.", []string{
			"indirect|the levy was unfair|Nora Vance, the group's deputy director|said||Nora Vance|-1"}},
	})
}
