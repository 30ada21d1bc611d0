package quotes

import (
	"strings"
	"testing"
)

// TestBracketedSentenceEnd: a paragraph that ends with a sentence in
// brackets, or a digest's source label, ends with a stop and is no
// headline, so a fragment in it is read as part of its report; a line
// ending with a bracket that closes no sentence stays a headline.
func TestBracketedSentenceEnd(t *testing.T) {
	runCases(t, []textCase{
		{"parenthesised sentence", "Lee said her staff “did the wrong thing” by reading the files. (The access was restored.)", []string{
			"mixed|her staff “did the wrong thing” by reading the files|Lee|said||Lee|-1"}},
		{"digest label", "Tom Ward said his rival is in “serious trouble.” [Gazette.]", []string{
			"mixed|his rival is in “serious trouble.”|Tom Ward|said||Tom Ward|-1"}},
		{"headline with a bracket", "Troops ‘retake the city centre’ after assault (video)", []string{
			"direct|retake the city centre|||||-1"}},
	})
}

// TestSplitSentencesBrackets: a sentence in parentheses or square
// brackets after a stop is a sentence of its own; a bracket inside a
// sentence is not a boundary.
func TestSplitSentencesBrackets(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Ward is in “deep trouble.” [Gazette.]", []string{"Ward is in “deep trouble.”", "[Gazette.]"}},
		{"The pier reopened. (Access was restored.)", []string{"The pier reopened.", "(Access was restored.)"}},
		{"The pier [in Dover] reopened. It was late.", []string{"The pier [in Dover] reopened.", "It was late."}},
	} {
		var got []string
		for _, s := range splitSentences(tc.text, 0, len(tc.text)) {
			got = append(got, strings.TrimSpace(tc.text[s[0]:s[1]]))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
