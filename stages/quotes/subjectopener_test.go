package quotes

import "testing"

// TestPronounAfterOpeningPhrase checks that a he/she goes to the person
// who is the subject of a sentence opened by a phrase of time, place or
// manner ("On Sunday, Ward was upbeat"), not to an earlier speaker, and
// the shapes where the name after the comma is not that subject.
func TestPronounAfterOpeningPhrase(t *testing.T) {
	st := newStage(t)
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // speaker of each quote, in output order
	}{
		{"name after a phrase of time", "“We will win,” said Ivo Marsh.\n\nOn Sunday, Tom Ward was upbeat in a round of interviews. “The levy is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Tom Ward"}},
		{"name after a participle phrase", "“We will win,” said Ivo Marsh.\n\nAsked about the mill, Mr. Ward shrugged. “The levy is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Tom Ward"}},
		{"name in apposition to a description", "“We will win,” said Ivo Marsh.\n\nAt that moment, the Delaware envoy, Tom Ward, spoke up. “We hope so,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward", "Delaware/GPE=Delaware"},
			[]string{"Ivo Marsh", "Tom Ward"}},
		{"name in apposition to the phrase", "“We will win,” said Tom Ward.\n\nOn the topic of his rival, Mr. Ward, Ivo Marsh was pressed hard. “It is fair,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ward@2/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"Tom Ward", "Ivo Marsh"}},
		{"two names are no single subject", "“We will win,” said Ivo Marsh.\n\nIn Ohio, Tom Ward and Nora Vance toured the mill. “It is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward", "Nora Vance/PERSON=Nora Vance"},
			[]string{"Ivo Marsh", "Ivo Marsh"}},
		{"a pronoun after the comma is the subject", "“We will win,” said Ivo Marsh.\n\nOn Sunday, he recalled how, at the fair, Tom Ward shook his hand. “It was short,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Ivo Marsh", "Ivo Marsh"}},
		{"a reported parenthesis is passed over", "“We will win,” said Ivo Marsh.\n\nNora Vance was at the fair. At the time, she said, Tom Ward was trying to sell the mill. “I will keep the jobs,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Nora Vance/PERSON=Nora Vance", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Nora Vance", "Tom Ward"}},
		{"a content clause ends the search", "“We will win,” said Ivo Marsh.\n\nIn the end, the paper said that, at the fair, Tom Ward shook hands. “It was short,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "paper", "Ivo Marsh"}},
		{"no opening phrase, no subject after the comma", "“We will win,” said Ivo Marsh.\n\nThe mill, Tom Ward's for years, was sold. “It is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Ivo Marsh"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpeakers(t, st, tc.text, tc.mentions, tc.want)
		})
	}
}
