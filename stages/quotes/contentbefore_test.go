package quotes

import "testing"

// contentBeforeCases cover a reported content before its cue when more
// follows the cue (a gerund with a quotation, a time phrase and a
// phrase of place), and a fronted clause of being asked, which says when
// the source spoke and is no part of what was reported. The sentences are
// invented.
var contentBeforeCases = []textCase{
	// "C, X said, adding, “B.”": C is what X said, B what X added
	{"content, cue, gerund, quotation", "The bridge will open in May, the mayor said, adding, “We have waited long enough.”", []string{
		"indirect|The bridge will open in May|the mayor|said||mayor|-1", "direct|We have waited long enough.|the mayor|adding||mayor|-1"}},
	{"content, cue and time, gerund, quotation", "The bridge will open in May, Ann Lee said Tuesday, adding, “We have waited long enough.”", []string{
		"indirect|The bridge will open in May|Ann Lee|said||Ann Lee|-1", "direct|We have waited long enough.|Ann Lee|adding||Ann Lee|-1"}},
	{"content, cue, gerund and colon", "The bridge will open in May, the mayor said, adding: “We have waited long enough.”", []string{
		"indirect|The bridge will open in May|the mayor|said||mayor|-1", "direct|We have waited long enough.|the mayor|adding||mayor|-1"}},
	// no content before the source: the quotation after the gerund still
	// reads back to the lead's cue
	{"lead, gerund, quotation", "The mayor said, adding, “We have waited long enough.”", []string{
		"direct|We have waited long enough.|The mayor|said||mayor|-1"}},
	// a time phrase, then "on" and a phrase of place or medium
	{"time phrase, then on", "The governor was in the race, he said Wednesday on a radio show.", []string{
		"indirect|The governor was in the race|he|said|||-1"}},
	{"time phrase, then on a date", "The governor was in the race, he said on Wednesday.", []string{
		"indirect|The governor was in the race|he|said|||-1"}},
	// a fronted clause of being asked is no content of the lead's cue
	{"fronted when asked before a quotation", "When asked why the council had waited, Ann Lee said, “We had no money until May.”", []string{
		"indirect|why the council had waited||asked|||-1", "direct|We had no money until May.|Ann Lee|said||Ann Lee|-1"}},
	{"fronted clause with its own verb stays a content", "When asked, he declined, the aide said.", []string{
		"indirect|When asked, he declined|the aide|said||aide|-1"}},
}

func TestContentBefore(t *testing.T) {
	runCases(t, contentBeforeCases)
}

// TestContentBeforeTagged runs the same cases with the segment stage's
// tokens and tags, as in the pipeline.
func TestContentBeforeTagged(t *testing.T) {
	runTagged(t, contentBeforeCases)
}
