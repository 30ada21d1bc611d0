package quotes

import (
	"context"
	"strings"
	"testing"
)

// TestAnswerTurn checks that the answer to a question put to a named
// person is that person's, though the asker spoke last and shares the
// pronoun's gender; and that nothing changes without a question, with a
// question put to no one, or when the pronoun's gender does not fit.
func TestAnswerTurn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"reported question, answer told to the asker",
			"Radio host Tom Ward asked Carl Mott how the levy would be paid for.\n\n“Out of the surplus. Nobody pays a cent more,” he told Ward.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott", "Ward@2/PERSON=Tom Ward"},
			[]string{"Tom Ward", "Carl Mott"}},
		{"reported question with whether, answer said",
			"Last week Tom Ward asked Carl Mott whether the mill would close.\n\n“Not while I run it,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott"},
			[]string{"Tom Ward", "Carl Mott"}},
		{"the next pronoun keeps the answering speaker",
			"Tom Ward asked Carl Mott how the levy would be paid for.\n\n“Out of the surplus,” he said. “Nobody pays a cent more,” he added.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott"},
			[]string{"Tom Ward", "Carl Mott", "Carl Mott"}},
		{"a question in a clause of time: the main clause's person answers",
			"Carl Mott looked uneasy when Tom Ward asked whether the mill would close.\n\n“Nobody can promise that,” he said.",
			[]string{"Carl Mott/PERSON=Carl Mott", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward", "Carl Mott"}},
		{"the person the question speaks of does not answer it",
			"The justices are old, and Lee may name two of them.\n\nAt the fair, Ann Lee drew cheers when a farmer asked if she would name Ward.\n\n“What a fine idea,” she replied.",
			[]string{"Lee/PERSON=Ann Lee", "Ann Lee/PERSON=Ann Lee", "Ward/PERSON=Ward"},
			[]string{"farmer", "Ann Lee"}},
		{"who is told does not speak",
			"Tom Ward met Carl Mott at the mill on Monday. “We will keep it open,” Ward said.\n\n“It will close,” he told Ward.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott", "Ward@2/PERSON=Tom Ward", "Ward@3/PERSON=Tom Ward"},
			[]string{"Tom Ward", "Carl Mott"}},
		{"who is told does not speak, and no one else is named",
			"“We will keep the mill open,” Tom Ward said.\n\n“It will close,” he told Ward.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ward@2/PERSON=Tom Ward"},
			[]string{"Tom Ward", ""}},
		{"a follow-up question stays the asker's",
			"Tom Ward asked Carl Mott how the levy would be paid for.\n\n“And who pays for the roads?” he asked.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott"},
			[]string{"Tom Ward", "Tom Ward"}},
		{"the pronoun's gender fits only the asker",
			"Tom Ward asked Ann Lee how the levy would be paid for.\n\n“Out of the surplus,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ann Lee/PERSON=Ann Lee"},
			[]string{"Tom Ward", "Tom Ward"}},
		{"a statement, not a question, before",
			"Tom Ward told Carl Mott the levy would be paid for.\n\n“Out of the surplus,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott"},
			[]string{"Tom Ward", "Tom Ward"}},
		{"a question put to no one named",
			"“Who pays for the roads?” Tom Ward asked.\n\n“Out of the surplus,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Tom Ward", "Tom Ward"}},
		{"another speaker between the question and the answer",
			"Tom Ward asked Carl Mott how the levy would be paid for.\n\n“It will not be,” said Paul Dunn.\n\n“Out of the surplus,” he said.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Carl Mott/PERSON=Carl Mott", "Paul Dunn/PERSON=Paul Dunn"},
			[]string{"Tom Ward", "Paul Dunn", "Paul Dunn"}},
	})
}

// TestTranscriptTurns checks that a line opened by a speaker's label in
// capitals is that speaker's turn, with the colon as its cue, when the
// label is the surname of a person the text names; and that a one-word
// label naming no one is no turn.
func TestTranscriptTurns(t *testing.T) {
	st := newStage(t)
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // "speaker: content" of each quote, in output order
	}{
		{"labels of both parties, surname and full name",
			"Gov. Tom Ward spoke to Ann Lee on Sunday.\n\nANN LEE: Do you back the levy?\n\nWARD: I do, and I said so in March.",
			[]string{"Tom Ward/PERSON=Tom Ward", "Ann Lee/PERSON=Ann Lee"},
			[]string{"Ann Lee: Do you back the levy?", "Tom Ward: I do, and I said so in March."}},
		{"a two-word label whose first name differs names someone else, in title case",
			"Gov. Tom Ward spoke on Sunday.\n\nANN WARD: Do you back the levy?",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{"Ann Ward: Do you back the levy?"}},
		{"a person named only in the labels, in title case",
			"The levy was the talk of the week.\n\nANN LEE: Do you back the levy?\n\nANN LEE: I asked because the mill may close.",
			nil,
			[]string{"Ann Lee: Do you back the levy?", "Ann Lee: I asked because the mill may close."}},
		{"a one-word label that names no one",
			"The board met on Sunday.\n\nUPDATE: The vote was put off to March.",
			nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(tc.text)
			withMentions(t, d, tc.mentions)
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range d.Quotes {
				got = append(got, q.Speaker+": "+d.Text[q.Content.Start:q.Content.End])
				if cue := d.Text[q.Cue.Start:q.Cue.End]; cue != ":" {
					t.Errorf("quote %q has cue %q, want the colon", d.Text[q.Content.Start:q.Content.End], cue)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("text %q\n got: %q\nwant: %q\nquotes:\n  %s", tc.text, got, tc.want, strings.Join(describe(d), "\n  "))
			}
		})
	}
}
