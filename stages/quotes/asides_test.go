package quotes

import "testing"

// TestAsidesAndNames covers a second error review on unseen news: asides
// inside the reported sentence, relative clauses inside the subject,
// words that cannot be a speaker's name, one attribution per content,
// appositive organisations, and cues after a fronted phrase, after "said
// Friday," and "called X “…”". The sentences are invented.
func TestAsidesAndNames(t *testing.T) {
	tests := []textCase{
		// asides: the larger part, or the part after a connective or an
		// opening conjunction
		{"aside after subject", "The new levy, she said, would cover the cost of two schools.", []string{"indirect|would cover the cost of two schools|she|said|||-1"}},
		{"aside after connective", "Moreover, he said, most farmers cannot pay the fee.", []string{"indirect|most farmers cannot pay the fee|he|said|||-1"}},
		{"aside after since", "Lena Ortiz argued that the rule is void since, she said, it breaks the charter.", []string{
			"indirect|the rule is void since, she said, it breaks the charter|Lena Ortiz|argued||Lena Ortiz|-1", "indirect|it breaks the charter|she|said||Lena Ortiz|0"}},
		{"aside with longer left part", "The plan that the council adopted last spring after long debate, he added, failed.", []string{"indirect|The plan that the council adopted last spring after long debate|he|added|||-1"}},
		{"aside after subordinate clause", "Where one shop stood before, she says, three will open.", []string{"indirect|three will open|she|says|||-1"}},
		{"tail not aside", "The dam will hold, the engineer said, in a statement.", []string{"indirect|The dam will hold|the engineer|said||engineer|-1"}},
		{"tail then gerund", "The dam will hold, the engineer said, adding that repairs were done.", []string{
			"indirect|The dam will hold|the engineer|said||engineer|-1", "indirect|repairs were done|the engineer|adding||engineer|-1"}},
		// relative clause inside the subject
		{"which inside subject", "The mayor said the bridge, which opened in 1950, would be closed.", []string{"indirect|the bridge, which opened in 1950, would be closed|The mayor|said||mayor|-1"}},
		{"who inside subject", "Police said the driver, who was not hurt, has been charged.", []string{"indirect|the driver, who was not hurt, has been charged|Police|said||Police|-1"}},
		{"which after object stays cut", "The mayor said the city will repair the bridge, which opened in 1950.", []string{"indirect|the city will repair the bridge|The mayor|said||mayor|-1"}},
		{"which after object then verb", "The mayor said the city will repair the bridge, which he said was unsafe.", []string{"indirect|the city will repair the bridge|The mayor|said||mayor|-1", "indirect|was unsafe|he|said||mayor|-1"}},
		// no function word, weekday or common noun as a name
		{"conjunction and pronoun", "Paul Grant spoke first.\nBut he said the vote was fair.", []string{"indirect|the vote was fair|he|said||Paul Grant|-1"}},
		{"adverb before pronoun", "Paul Grant spoke first. Then he said the vote was fair.", []string{"indirect|the vote was fair|he|said||Paul Grant|-1"}},
		{"weekday before pronoun", "Paul Grant spoke first. Sunday he said the vote was fair.", []string{"indirect|the vote was fair|he|said||Paul Grant|-1"}},
		{"weekday after name", "Mayor Ann Lee Tuesday said the city was calm.", []string{"indirect|the city was calm|Mayor Ann Lee Tuesday|said||Ann Lee|-1"}},
		{"month name kept", "Sen. Ada May said the bill was dead.", []string{"indirect|the bill was dead|Sen. Ada May|said||Ada May|-1"}},
		{"common noun opener", "The attorneys met twice.\nAttorneys for the city said the suit was settled.", []string{"indirect|the suit was settled|Attorneys for the city|said||Attorneys for the city|-1"}},
		{"proper noun opener kept", "Carter Industries said profits rose.", []string{"indirect|profits rose|Carter Industries|said||Carter Industries|-1"}},
		{"leading adverb run", "Ann Smith arrived late. Once Ann Smith sat down, she said the talks had failed.", []string{"indirect|the talks had failed|she|said||Ann Smith|-1"}},
		{"nationality modifier", "The Kenyan official said the border was open.", []string{"indirect|the border was open|The Kenyan official|said||Kenyan official|-1"}},
		// one attribution per content
		{"reports say", "Some reports say the talks collapsed.", []string{"indirect|the talks collapsed|Some reports|say||Some reports|-1"}},
		{"says claims", "The board says the claims of fraud are false.", []string{"indirect|the claims of fraud are false|The board|says||board|-1"}},
		// appositives and titles
		{"appositive org", "Robert Dale, state party chairman, said turnout was high.", []string{"indirect|turnout was high|Robert Dale, state party chairman|said||Robert Dale|-1"}},
		{"acronym and hyphenated title", "U.N. Secretary-General Ban Ki-moon said the truce must hold.", []string{"indirect|the truce must hold|U.N. Secretary-General Ban Ki-moon|said||Ban Ki-moon|-1"}},
		{"hyphenated adjective still no name", "A Paris-based group said the vote was rigged.", []string{"indirect|the vote was rigged|A Paris-based group|said||Paris-based group|-1"}},
		// cues after a fronted phrase, "said Friday,", "called X “…”"
		{"fronted phrase pronoun", "Judge Ray Moss heard six appeals.\nIn two cases he ruled that the police had no warrant.", []string{"indirect|the police had no warrant|he|ruled||Ray Moss|-1"}},
		{"fronted phrase determiner", "In a brief statement the ministry said the port was closed.", []string{"indirect|the port was closed|the ministry|said||ministry|-1"}},
		{"fronted phrase with comma", "In a brief statement, the ministry said the port was closed.", []string{"indirect|the port was closed|the ministry|said||ministry|-1"}},
		{"said weekday comma", "The governor said Friday, the budget would pass in June.", []string{"indirect|the budget would pass in June|The governor|said||governor|-1"}},
		{"said weekday comma tail", "The budget will pass, the governor said Friday, after a vote.", []string{"indirect|The budget will pass|the governor|said||governor|-1"}},
		{"participle is no cue", "Based on results declared Friday, the party will lead.", nil},
		{"called object quote", "The senator called the tax “a burden on every family”.", []string{"mixed|the tax “a burden on every family”|The senator|called||senator|-1"}},
		{"termed object quote", "Ana Ruiz termed the ruling “deeply unfair to tenants”.", []string{"mixed|the ruling “deeply unfair to tenants”|Ana Ruiz|termed||Ana Ruiz|-1"}},
		{"called naming", "She joined a group called “Friends of the River”.", nil},
		{"called title quote", "He called the book “Pearl of the Desert”.", nil},
		{"passive called", "The plan was called “a burden on families” by critics.", nil},
	}
	runCases(t, tests)
}
