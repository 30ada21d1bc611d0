package claims

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestTranscripts checks that the answers of an interview transcript are the
// interviewee's claims, without their label; that a question turn gives
// none; that a named turn is its speaker's; and that labels which are no
// transcript (section labels standing once) change nothing.
func TestTranscripts(t *testing.T) {
	ana := ent{"Ana Martinez", pipeline.LabelPerson, "Ana Martinez"}
	martinez := ent{"Martinez", pipeline.LabelPerson, "Ana Martinez"}
	cole := ent{"Tom Cole", pipeline.LabelPerson, "Tom Cole"}
	qa := "Mayor Ana Martinez talks about the depot.\n\n" +
		"Ana Martinez spoke with the Ledger on Tuesday. Here is the edited transcript.\n\n" +
		"Q: You said the depot would close by March.\n\n" +
		"A: The depot will stay open until the new one is built. We signed the lease in May.\n\n" +
		"The council approved the money for the new depot last year.\n\n" +
		"Q: Are the drivers worried?\n\n" +
		"A: The drivers kept every one of their routes.\n"
	glued := "Ana Martinez on the depot.\n\n" +
		"QThe depot closed twice last winter. Why?\n\n" +
		"A: The roof leaked during both storms.\n\n" +
		"QWhat did the repairs cost?\n\n" +
		"A: The repairs cost the town far less than a new roof.\n"
	named := "Council debate on the depot.\n\n" +
		"HOST: The depot closed twice last winter.\n\n" +
		"COLE: The roof leaked during both storms.\n\n" +
		"HOST: The council wanted a new roof.\n\n" +
		"COLE: The council never voted on a new roof.\n"
	sections := "The week in the council.\n\n" +
		"UPDATE: The council voted to keep the depot open.\n\n" +
		"PREVIOUSLY: The mayor had proposed closing the depot in March.\n"
	tests := []struct {
		name    string
		text    string
		ents    []ent
		want    map[string]string // claim text -> claimant
		notWant []string          // texts no claim may have
	}{
		{
			name: "questions and answers",
			text: qa,
			ents: []ent{ana},
			want: map[string]string{
				"The depot will stay open until the new one is built.":        "Ana Martinez",
				"We signed the lease in May.":                                 "Ana Martinez",
				"The council approved the money for the new depot last year.": "Ana Martinez",
				"The drivers kept every one of their routes.":                 "Ana Martinez",
				"Ana Martinez spoke with the Ledger on Tuesday.":              "Ledger",
			},
			notWant: []string{"You said the depot would close by March.", "Q: You said the depot would close by March.",
				"A: The depot will stay open until the new one is built."},
		},
		{
			name: "question mark glued to the question",
			text: glued,
			ents: []ent{ana},
			want: map[string]string{
				"The roof leaked during both storms.":                 "Ana Martinez",
				"The repairs cost the town far less than a new roof.": "Ana Martinez",
			},
			notWant: []string{"QThe depot closed twice last winter."},
		},
		{
			name: "turns named in capitals",
			text: named + "\nTom Cole chairs the council's works committee.\n",
			ents: []ent{cole},
			want: map[string]string{
				"The roof leaked during both storms.":    "Tom Cole",
				"The council never voted on a new roof.": "Tom Cole",
				"The depot closed twice last winter.":    "Host",
			},
			notWant: []string{"COLE: The roof leaked during both storms."},
		},
		{
			name: "a label whose first name differs names someone else",
			text: "Council debate on the depot.\n\nHOST: The depot closed twice last winter.\n\nANN COLE: The roof leaked during both storms.\n\n" +
				"HOST: The council wanted a new roof.\n\nANN COLE: The council never voted on a new roof.\n\nTom Cole chairs the council's works committee.\n",
			ents: []ent{cole},
			want: map[string]string{
				"The roof leaked during both storms.":    "Ann Cole",
				"The council never voted on a new roof.": "Ann Cole",
			},
		},
		{
			name: "datelines with a colon are no speakers",
			text: "Storms across the region.\n\nLEEDS: The river rose two metres overnight.\n\nYORK: The council closed the bridge on Monday.\n\n" +
				"LEEDS: The river fell by noon on Tuesday.\n\nYORK: The bridge reopened on Wednesday.\n",
			ents: []ent{{"LEEDS", pipeline.LabelGPE, "Leeds"}, {"YORK", pipeline.LabelGPE, "York"}},
			want: map[string]string{
				"LEEDS: The river rose two metres overnight.": "Ledger",
			},
		},
		{
			name: "section labels standing once are no transcript",
			text: sections,
			ents: []ent{martinez},
			want: map[string]string{
				"PREVIOUSLY: The mayor had proposed closing the depot in March.": "Ledger",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Ledger", "2024-05-07", tc.text, tc.ents, nil, nil)
			got := map[string]string{}
			for _, c := range d.Claims {
				got[c.Text] = c.Claimant
			}
			for text, claimant := range tc.want {
				if c, ok := got[text]; !ok {
					t.Errorf("no claim %q; claims %q", text, got)
				} else if c != claimant {
					t.Errorf("claim %q: claimant %q, want %q", text, c, claimant)
				}
			}
			for _, text := range tc.notWant {
				if _, ok := got[text]; ok {
					t.Errorf("claim %q, want none", text)
				}
			}
		})
	}
}
