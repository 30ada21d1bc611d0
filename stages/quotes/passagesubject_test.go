package quotes

import (
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// TestPronounToPersonOfParagraphBefore: a he/she whose own paragraph names
// no one goes to the one person of its gender the paragraph before makes a
// subject, when the last speaker of that gender spoke before that
// paragraph; not when the paragraph before names that speaker too, nor
// two persons of the gender. The sentences are invented.
func TestPronounToPersonOfParagraphBefore(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"subject of a clause the paragraph before opens",
			"“We will win,” said Tom Ward.\n\nThe count went on for weeks.\n\nThe hall was full when Paul Marsh arrived. He was calm.\n\n“It is fair,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Paul Marsh/PERSON=Paul Marsh"},
			[]string{"Tom Ward", "Paul Marsh"}},
		{"the last speaker named there too",
			"“We will win,” said Tom Ward.\n\nThe count went on for weeks.\n\nThe hall was full when Paul Marsh met Ward. He was calm.\n\n“It is fair,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Paul Marsh/PERSON=Paul Marsh", "Ward@2/PERSON=Tom Ward"},
			[]string{"Tom Ward", "Tom Ward"}},
		{"two persons of the gender",
			"“We will win,” said Tom Ward.\n\nThe count went on for weeks.\n\nThe hall was full when Paul Marsh arrived, and after Sam Pike spoke the crowd left.\n\n“It is fair,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Paul Marsh/PERSON=Paul Marsh", "Sam Pike/PERSON=Sam Pike"},
			[]string{"Tom Ward", "Tom Ward"}},
		{"the last speaker spoke in the paragraph before",
			"The hall was full when Paul Marsh arrived.\n\n“We will win,” said Tom Ward.\n\n“It is fair,” he said.",
			[]string{"Paul Marsh/PERSON=Paul Marsh", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward", "Tom Ward"}},
	})
}

// TestPronounToSubjectBeforeVerb runs the real stages, whose tagger reads
// the verb after a name: a name right before a finite verb is a subject
// ("the race Nora Pike hoped to run"), so a she two paragraphs after
// another woman spoke is that person; a name a preposition governs ("an
// heir to Nora Pike is named") is not. The sentences are invented.
func TestPronounToSubjectBeforeVerb(t *testing.T) {
	stages := append(realStages(t), gold.Must(New()))
	for _, tc := range []struct{ name, text, want string }{
		{"subject before its verb",
			"“We will win,” said Mary Hollis, the mayor.\n\nThe levy drew large crowds in the spring.\n\nThis is not the race Nora Pike hoped to run. She admits it.\n\n“It is hard,” she said.\n",
			"Nora Pike"},
		{"object of a preposition before a verb",
			"“We will win,” said Mary Hollis, the mayor.\n\nThe levy drew large crowds in the spring.\n\nThe party fears an heir to Nora Pike is not ready.\n\n“It is hard,” she said.\n",
			"Mary Hollis"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := gold.Annotate(t, []byte(tc.text), stages...)
			if len(d.Quotes) == 0 {
				t.Fatal("no quotes")
			}
			if q := d.Quotes[len(d.Quotes)-1]; q.Speaker != tc.want {
				t.Errorf("last speaker %q, want %q (quotes %+v)", q.Speaker, tc.want, d.Quotes)
			}
		})
	}
}
