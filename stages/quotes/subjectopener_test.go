package quotes

import "testing"

// TestPronounAfterOpeningPhrase checks that a he/she goes to the person
// who is the subject of a sentence opened by a phrase of time, place or
// manner ("On Sunday, Ward was upbeat"), not to an earlier speaker, and
// the shapes where the name after the comma is not that subject.
func TestPronounAfterOpeningPhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"name after a phrase of time", "“We will win,” said Ivo Marsh.\n\nOn Sunday, Tom Ward was upbeat in a round of interviews. “The levy is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Tom Ward"}},
		{"name after a participle phrase", "“We will win,” said Ivo Marsh.\n\nAsked about the mill, Mr. Ward shrugged. “The levy is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "", "Tom Ward"}}, // the question on a topic has an unnamed asker
		{"name in apposition to a description", "“We will win,” said Ivo Marsh.\n\nAt that moment, the Delaware envoy, Tom Ward, spoke up. “We hope so,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward", "Delaware/GPE=Delaware"},
			[]string{"Ivo Marsh", "Tom Ward"}},
		{"name in apposition to the phrase", "“We will win,” said Tom Ward.\n\nOn the topic of his rival, Mr. Ward, Ivo Marsh was pressed hard. “It is fair,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ward@2/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"Tom Ward", "Ivo Marsh"}},
		{"two names are no single subject", "“We will win,” said Ivo Marsh.\n\nIn Ohio, Tom Ward and Ivo Marsh toured the mill. “It is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward", "Ivo Marsh@2/PERSON=Ivo Marsh"},
			[]string{"Ivo Marsh", "Ivo Marsh"}},
		{"a pronoun after the comma is the subject", "“We will win,” said Ivo Marsh.\n\nOn Sunday, he recalled how, at the fair, Tom Ward shook his hand. “It was short,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Ivo Marsh", "Ivo Marsh"}},
		{"a reported parenthesis is passed over", "“We will win,” said Ivo Marsh.\n\nNora Vance was at the fair. At the time, she said, Tom Ward was trying to sell the mill. “I will keep the jobs,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Nora Vance/PERSON=Nora Vance", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Nora Vance", "Tom Ward"}},
		{"a content clause ends the search", "“We will win,” said Ivo Marsh.\n\nIn the end, the paper told Ivo Marsh that, at the fair, Tom Ward shook hands. “It was short,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "paper", "Ivo Marsh"}},
		{"no opening phrase, no subject after the comma", "“We will win,” said Ivo Marsh.\n\nThe mill, sold by Tom Ward to Ivo Marsh, was closed. “It is fair,” he said.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ivo Marsh", "Ivo Marsh"}},
	})
}

// TestPronounToParagraphPerson checks that "they" and "it" go to no one
// person, that a he/she goes to an unnamed speaker of its gender quoted
// after the named one, and to the one person of its gender its own
// paragraph names in a subject's place before it, when the last speaker of
// that gender spoke in an earlier paragraph, and the shapes where that
// person is not the one meant.
func TestPronounToParagraphPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a possessor opening the paragraph", "“The mill will close,” Ms. Vance added.\n\nFor years, Mrs. Lee's campaign has struggled with the farm vote despite the work she promised to do.",
			[]string{"Vance/PERSON=Nora Vance", "Lee/PERSON=Ann Lee"},
			[]string{"Nora Vance", "Ann Lee"}},
		{"the subject of a clause of time", "“The mill will close,” Ms. Vance added.\n\nIn May, after Ms. Lee fell ill, Tom Ward sent her flowers. She replied that she was fine.",
			[]string{"Vance/PERSON=Nora Vance", "Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Nora Vance", "Ann Lee"}},
		{"the object of a verb is not meant", "“The mill will close,” Ms. Vance added.\n\nTom Ward says he never met Ms. Lee at the fair. She said that the mill was sold.",
			[]string{"Vance/PERSON=Nora Vance", "Tom Ward/PERSON=Tom Ward", "Lee/PERSON=Ann Lee"},
			[]string{"Nora Vance", "Tom Ward", "Nora Vance"}},
		{"a possessor after a preposition is not meant", "“The mill will close,” Ms. Vance added.\n\nShortly after Ms. Lee's speech, she said that the mill was sold.",
			[]string{"Vance/PERSON=Nora Vance", "Lee/PERSON=Ann Lee"},
			[]string{"Nora Vance", "Nora Vance"}},
		{"two women leave the earlier speaker", "“The mill will close,” Ms. Vance added.\n\nAt the fair, Ms. Lee and Ms. Marsh toured the mill. She said that it was sold.",
			[]string{"Vance/PERSON=Nora Vance", "Lee/PERSON=Ann Lee", "Marsh/PERSON=Ivy Marsh"},
			[]string{"Nora Vance", "Nora Vance"}},
		{"an unnamed woman after the named one", "“The mill will close,” said Nora Vance, a farmer.\n\nAt the store, a cashier was shaken. “It is sad,” said the woman, who asked not to be named. “Too much anger,” she said.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance", "woman", "woman"}},
		{"an unnamed speaker of unknown gender is passed over", "“The mill will close,” said Nora Vance, a farmer.\n\n“It is sad,” said a neighbor. “Too much anger,” she said.",
			[]string{"Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance", "neighbor", "Nora Vance"}},
		{"they is no one person", "“The mill will close,” said Ivo Marsh, a farmer.\n\nLater, at the fair, they said that the levy was fair.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"Ivo Marsh", ""}},
		{"it is no one person", "“The mill will close,” said Ivo Marsh, a farmer.\n\n“The county will pay,” it reads.",
			[]string{"Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"Ivo Marsh", ""}},
		{"they after a body still speaks for it", "Acme Mills said on Monday that it sold the mill. At the fair, they said that the levy was fair.",
			[]string{"Acme Mills/ORG=Acme Mills"},
			[]string{"Acme Mills", "Acme Mills"}},
		{"a paragraph going on about the speaker", "“The mill will close,” Ms. Vance added.\n\nAsked about her plans in case Ms. Lee wins, she said that she would wait.",
			[]string{"Vance/PERSON=Nora Vance", "Lee/PERSON=Ann Lee"},
			[]string{"Nora Vance", "", "Nora Vance"}},
	})
}
