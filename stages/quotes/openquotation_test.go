package quotes

import "testing"

// TestOpenQuotationTails: a quotation left open at the end of its
// paragraph takes the tail of the paragraph that closes it, as one
// quotation over paragraphs has one speaker; a quotation that continues
// an open one keeps the attribution it continues, and a closed one is
// left to the rules of the paragraph before.
func TestOpenQuotationTails(t *testing.T) {
	runCases(t, []textCase{
		{"open paragraph, tail in the next", "Ann Lee is running for the harbor seat.\n\n“I am a friend of the docks and the boats. I have faced down the council on the pier.\n\n“I will take that strength to the state house,” Lee said.", []string{
			"direct|I am a friend of the docks and the boats. I have faced down the council on the pier.|Lee|said||Ann Lee|-1",
			"direct|I will take that strength to the state house,|Lee|said||Ann Lee|-1"}},
		{"a chain of open paragraphs", "Ann Lee is running.\n\n“I am a friend of the docks.\n\n“I have faced down the council.\n\n“I will take that strength north,” Lee said.", []string{
			"direct|I am a friend of the docks.|Lee|said||Ann Lee|-1",
			"direct|I have faced down the council.|Lee|said||Ann Lee|-1",
			"direct|I will take that strength north,|Lee|said||Ann Lee|-1"}},
		{"after another speaker's closed quote", "“We have waited long enough,” Tom Ward said.\n\n“I am a friend of the docks and the boats. I have faced down the council on the pier.\n\n“I will take that strength to the state house,” Ann Lee said.", []string{
			"direct|We have waited long enough,|Tom Ward|said||Tom Ward|-1",
			"direct|I am a friend of the docks and the boats. I have faced down the council on the pier.|Ann Lee|said||Ann Lee|-1",
			"direct|I will take that strength to the state house,|Ann Lee|said||Ann Lee|-1"}},
		{"continuing an open quotation keeps its lead", "Tom Ward said:\n\n“We have waited long enough.\n\n“The pier will open in May.\n\n“It is done,” he added.", []string{
			"direct|We have waited long enough.|Tom Ward|said||Tom Ward|-1",
			"direct|The pier will open in May.|Tom Ward|said||Tom Ward|-1",
			"direct|It is done,|he|added||Tom Ward|-1"}},
		{"a closed paragraph is no open one", "“We have waited long enough,” Tom Ward said.\n\n“The pier will open in May.”\n\n“It is done,” Ann Lee said.", []string{
			"direct|We have waited long enough,|Tom Ward|said||Tom Ward|-1",
			"direct|The pier will open in May.|Tom Ward|said||Tom Ward|-1",
			"direct|It is done,|Ann Lee|said||Ann Lee|-1"}},
	})
}

// TestQuotationOpenOnAColon: a quotation left open on a colon ("Here
// they are:") is carried on by the paragraphs that continue it; the colon
// introduces no new speaker, as a paragraph "Ward said:" does.
func TestQuotationOpenOnAColon(t *testing.T) {
	runCases(t, []textCase{
		{"open quotation ending on a colon", "Ward then listed what a harbor candidate needs:\n\n\"In the note I wrote, I set out three traits. Here they are:\n\n\"Has the candidate worked for the harbor?\n\n\"Can the council stop a true harbor candidate?\"", []string{
			"direct|In the note I wrote, I set out three traits. Here they are:|Ward|listed||Ward|-1",
			"direct|Has the candidate worked for the harbor?|Ward|listed||Ward|-1",
			"direct|Can the council stop a true harbor candidate?|Ward|listed||Ward|-1"}},
		{"a colon that names the speaker", "“The pier is safe,” Lee said.\n\nWard said:\n\n“It is not.”", []string{
			"direct|The pier is safe,|Lee|said||Lee|-1",
			"direct|It is not.|Ward|said||Ward|-1"}},
	})
}

// TestNamedBetweenQuotations: a quotation that opens its sentence carries
// on the quote before it in the paragraph, unless a narration sentence
// between puts another named person on stage; the same person named
// again, or a pronoun, keeps the carry. Real stages: the subject of the
// narration sentence is read with the tagger.
func TestNamedBetweenQuotations(t *testing.T) {
	runReports(t, []reportCase{
		{"another person between", "“It goes in one ear and out the other,” Tom Ward said, pointing at his ears. Ann Lee shook her head. “Tom is much better about it than I am.”",
			"direct|It goes in one ear and out the other,|Tom Ward|said\ndirect|Tom is much better about it than I am.|Ann Lee|"},
		{"the same person named again", "“It goes in one ear and out the other,” Tom Ward said. Ward shook his head. “I am much better about it than she is.”",
			"direct|It goes in one ear and out the other,|Tom Ward|said\ndirect|I am much better about it than she is.|Tom Ward|said"},
		{"a pronoun between", "“It goes in one ear and out the other,” Tom Ward said. He shook his head. “I am much better about it than she is.”",
			"direct|It goes in one ear and out the other,|Tom Ward|said\ndirect|I am much better about it than she is.|Tom Ward|said"},
	})
}
