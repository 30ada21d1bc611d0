package quotes

import "testing"

// TestPlainReportsTagged: plain speech reports that once gave nothing. A
// time phrase ending in a possessive is the determiner of the reported
// clause's subject, not an adverbial after the cue ("said last year's
// budget was too small"); a verb in -s that the tagger reads as a plural
// noun after a subject opened by "each" or "every" is the clause's verb;
// a one-word aside that also opens clauses stands between the subject and
// the cue ("Lee, though, said"); an adverbial phrase stands between the
// cue and a pronoun's clause ("said in an interview he would run").
// Beside them, the shapes that must keep their reading: a bare time
// phrase after the cue, a plural noun after a quantifier's "of", "though"
// opening a clause of its own, a phrase with no clause after it, a
// gerund's clause.
func TestPlainReportsTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"time possessive opens the subject", "She said last year's budget was too small.",
			[]string{"indirect|last year's budget was too small|She|said"}},
		{"time possessive, curly mark", "Ward told reporters last night’s vote was close.",
			[]string{"indirect|last night’s vote was close|Ward|told"}},
		{"this week's", "The clerk said this week's count would be late.",
			[]string{"indirect|this week's count would be late|The clerk|said"}},
		{"bare time phrase before the clause", "He said last year the levy was too small.",
			[]string{"indirect|the levy was too small|He|said"}},
		{"bare time phrase and that", "He said last week that the levy was too small.",
			[]string{"indirect|the levy was too small|He|said"}},
		{"time phrase alone", "The mayor said so last year.", nil},
		{"each and a verb read as a noun", "He said each round of talks yields less.",
			[]string{"indirect|each round of talks yields less|He|said"}},
		{"each, a phrase and a determiner", "Ann Lee said each year of school yields a bump in pay.",
			[]string{"indirect|each year of school yields a bump in pay|Ann Lee|said"}},
		{"each of and a plural noun", "He said each of the voters was late.",
			[]string{"indirect|each of the voters was late|He|said"}},
		{"though between commas", "Lee, though, said the vote was close.",
			[]string{"indirect|the vote was close|Lee|said"}},
		{"though before told", "The harbor master, though, told reporters the pier was safe.",
			[]string{"indirect|the pier was safe|The harbor master|told"}},
		{"though before an auxiliary", "Lee, though, has said the vote was close.",
			[]string{"indirect|the vote was close|Lee|said"}},
		{"however as before", "Lee, however, said the vote was close.",
			[]string{"indirect|the vote was close|Lee|said"}},
		{"though opening a clause", "Though the vote was close, Lee said the count was fair.",
			[]string{"indirect|the count was fair|Lee|said"}},
		{"a phrase, then a pronoun's clause", "Lee said in an interview he would run.",
			[]string{"indirect|he would run|Lee|said"}},
		{"a phrase after the addressee", "Ward told reporters at a rally they would win.",
			[]string{"indirect|they would win|Ward|told"}},
		{"a phrase and that", "Lee said in a speech he gave in May that the levy was dead.",
			[]string{"indirect|the levy was dead|Lee|said"}},
		{"a phrase alone", "Lee said in a speech before the concert began.", nil},
		{"a gerund's clause is no content", "The mayor backed the levy she wrote after hearing the stories they told at the pier.", nil},
	})
}
