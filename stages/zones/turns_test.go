package zones

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// bodyZones lays out every non-blank line of text as a body zone, save the
// lines listed in kinds, which take the kind given.
func bodyZones(text string, kinds map[string]pipeline.ZoneKind) []pipeline.Zone {
	zs := LineZones(text)
	for i, z := range zs {
		if k, ok := kinds[text[z.Start:z.End]]; ok {
			zs[i].Kind = k
		}
	}
	return zs
}

// describeTurns renders turns as "role|label|words", with a "*" after a
// label in capitals.
func describeTurns(text string, turns []pipeline.Turn) []string {
	roles := map[pipeline.TurnRole]string{pipeline.TurnNamed: "named", pipeline.TurnQuestion: "question", pipeline.TurnAnswer: "answer"}
	var out []string
	for _, t := range turns {
		label := text[t.Label.Start:t.Label.End]
		if t.Capitals {
			label += "*"
		}
		out = append(out, fmt.Sprintf("%s|%s|%s", roles[t.Role], label, text[t.Words.Start:t.Words.End]))
	}
	return out
}

// TestReadTurns checks the labels read off invented transcripts and the
// lines that look like labels and are none.
func TestReadTurns(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		kinds map[string]pipeline.ZoneKind // lines of another kind than body
		want  []string
	}{
		{
			name: "questions and answers",
			text: "The mayor on the depot.\n\nQ: Will the depot close?\n\nA: Not before the new one opens.\n\nQ. And the drivers?\n\nA. They keep their routes.\n",
			want: []string{
				"question|Q|Will the depot close?", "answer|A|Not before the new one opens.",
				"question|Q|And the drivers?", "answer|A|They keep their routes.",
			},
		},
		{
			name: "speakers in capitals",
			text: "HOST: Were you surprised by the vote?\nMARTINEZ: No. We had counted for weeks.\nANA-MARIA O'NEILL: So had we.\n",
			want: []string{
				"named|HOST*|Were you surprised by the vote?", "named|MARTINEZ*|No. We had counted for weeks.",
				"named|ANA-MARIA O'NEILL*|So had we.",
			},
		},
		{
			name: "full names in title case",
			text: "Ann Lee: The levy pays for the bridge.\nSen. Tom Ward (D-Ore.): It does not.\nAbu Bakr al-Rashid: Both are wrong.\n",
			want: []string{
				"named|Ann Lee|The levy pays for the bridge.", "named|Sen. Tom Ward (D-Ore.)|It does not.",
				"named|Abu Bakr al-Rashid|Both are wrong.",
			},
		},
		{
			name: "a label inside a quotation is no turn",
			text: "He read the note aloud: \"WARD: no comment.\"\n\"LEE: We will see,\" the sign said.\nThe mayor said LEE: was a typo.\n",
			want: nil,
		},
		{
			name:  "a headline ending in a colon is no label",
			text:  "Council votes on the depot:\n\nWhat we know so far:\nThe vote is on Monday.\n",
			kinds: map[string]pipeline.ZoneKind{"Council votes on the depot:": pipeline.ZoneHeadline},
			want:  nil,
		},
		{
			name: "colons that open no label",
			text: "At 10:30: the council met.\nThe plan: build a depot.\nthe mayor: yes.\nLEE:no space after the colon.\nA new depot opens: the town's third.\nQ:\n",
			want: nil,
		},
		{
			name: "kickers name no speaker",
			text: "UPDATE: The vote moved to Monday.\nThe Latest: Council meets.\nEditor's Note: This story was corrected.\nWATCH 2: The full debate.\nWARD: I back the levy.\n",
			want: []string{"named|WARD*|I back the levy."},
		},
		{
			name:  "boilerplate and datelines hold no turns",
			text:  "SHARE: Twitter Facebook\nWASHINGTON: The vote.\nWARD: I back the levy.\n",
			kinds: map[string]pipeline.ZoneKind{"SHARE: Twitter Facebook": pipeline.ZoneBoilerplate, "WASHINGTON: The vote.": pipeline.ZoneDateline},
			want:  []string{"named|WARD*|I back the levy."},
		},
		{
			name: "a question glued to its Q where the answers are labelled",
			text: "QWhere were you?\n\nA: At home.\n\nQThere's a rumour you left.\n\nA: I did not.\n\nQuarterly figures are out.\n",
			want: []string{
				"question|Q|Where were you?", "answer|A|At home.",
				"question|Q|There's a rumour you left.", "answer|A|I did not.",
			},
		},
		{
			name: "no glued question with one labelled answer",
			text: "QWhere were you?\n\nA: At home.\n",
			want: []string{"answer|A|At home."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := describeTurns(tc.text, ReadTurns(tc.text, bodyZones(tc.text, tc.kinds)))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// TestProcessSetsTurns checks that the stage writes the layer.
func TestProcessSetsTurns(t *testing.T) {
	text := "Mayor on the depot\n\nThe mayor spoke to the Ledger on Tuesday.\n\nQ: Will the depot close?\n\nA: Not before the new one opens.\n"
	d := &pipeline.Doc{Text: text}
	if err := newStage(t).Process(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	want := []string{"question|Q|Will the depot close?", "answer|A|Not before the new one opens."}
	if got := describeTurns(text, d.Turns); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}
