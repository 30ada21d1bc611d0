package claims

import (
	"slices"
	"testing"
)

// TestClauseSplits checks where an own-voice sentence is cut into claims.
func TestClauseSplits(t *testing.T) {
	tests := []struct {
		name, text string
		quotes     []quoteSpec
		want       []string
	}{
		{
			name: "as opening a clause",
			text: "The strike stopped several buses in the harbour district as the drivers walked out at noon.",
			want: []string{"The strike stopped several buses in the harbour district", "the drivers walked out at noon."},
		},
		{
			name: "as after the verb of the clause before it",
			text: "The ruling on the new harbour fees came as the port authority raised its own charges.",
			want: []string{"The ruling on the new harbour fees came as the port authority raised its own charges."},
		},
		{
			name: "as before a noun phrase and a later clause",
			text: "The drivers regarded the new fees merely as a burden, but the council approved them in June.",
			want: []string{"The drivers regarded the new fees merely as a burden, but the council approved them in June."},
		},
		{
			name: "as before a noun phrase with a relative clause",
			text: "The local paper portrayed the old mayor as a stubborn man who rarely listened to anyone.",
			want: []string{"The local paper portrayed the old mayor as a stubborn man who rarely listened to anyone."},
		},
		{
			name:   "a subordinator left before a report",
			text:   "The mayor left the meeting early when the treasurer said the fund was empty.",
			quotes: []quoteSpec{{content: "the fund was empty", source: "the treasurer", cue: "said", speaker: "treasurer"}},
			want:   []string{"The mayor left the meeting early", "the fund was empty"},
		},
		{
			name:   "a preposition before a relative word",
			text:   "The paper printed a long interview with the mayor, in which she said the fund was empty.",
			quotes: []quoteSpec{{content: "the fund was empty", source: "she", cue: "said", speaker: "mayor"}},
			want:   []string{"The paper printed a long interview with the mayor", "the fund was empty"},
		},
		{
			name:   "that as the object of a preposition",
			text:   "“The town has seen too much of that,” the mayor said.",
			quotes: []quoteSpec{{content: "The town has seen too much of that,", source: "the mayor", cue: "said", speaker: "mayor"}},
			want:   []string{"The town has seen too much of that"},
		},
		{
			name:   "while after an article",
			text:   "“The depot has been closed for a while,” the mayor said.",
			quotes: []quoteSpec{{content: "The depot has been closed for a while,", source: "the mayor", cue: "said", speaker: "mayor"}},
			want:   []string{"The depot has been closed for a while"},
		},
		{
			name: "because of is no clause",
			text: "The depot closed early on Friday, because of the heavy snow in the hills.",
			want: []string{"The depot closed early on Friday, because of the heavy snow in the hills."},
		},
		{
			name: "and before a noun phrase with a relative clause",
			text: "The mayor thanked the volunteers, and the nurses from the clinic, who worked through the night.",
			want: []string{"The mayor thanked the volunteers, and the nurses from the clinic, who worked through the night."},
		},
		{
			name: "and before a new clause",
			text: "The mayor thanked the volunteers, and the nurses of the clinic went home at dawn.",
			want: []string{"The mayor thanked the volunteers", "the nurses of the clinic went home at dawn."},
		},
		{
			name: "as before a noun and a second verb",
			text: "Once a teacher, she ran in 2009 for mayor as a Democrat and became a judge in 2015.",
			want: []string{"Once a teacher, she ran in 2009 for mayor as a Democrat and became a judge in 2015."},
		},
		{
			name: "and before two nouns and their verb",
			text: "The mayor thanked the volunteers, and the nurses and doctors of the clinic went home at dawn.",
			want: []string{"The mayor thanked the volunteers", "the nurses and doctors of the clinic went home at dawn."},
		},
		{
			name: "as many ... as",
			text: "The mayor does not name as many rivals in her speeches as she did in the spring.",
			want: []string{"The mayor does not name as many rivals in her speeches as she did in the spring."},
		},
		{
			name:   "that ending a quote",
			text:   "“The council never wrote that,” the mayor said.",
			quotes: []quoteSpec{{content: "The council never wrote that,", source: "the mayor", cue: "said", speaker: "mayor"}},
			want:   []string{"The council never wrote that"},
		},
		{
			name:   "a relative clause left after a quote",
			text:   "The treasurer told the council the fund was empty, which the auditors confirmed on Friday.",
			quotes: []quoteSpec{{content: "the fund was empty", source: "The treasurer", cue: "told", speaker: "treasurer"}},
			want:   []string{"the fund was empty"},
		},
		{
			name:   "a report left after a quote, opened by who",
			text:   "“The fund is empty,” said Ann Lee, the treasurer, who added that the auditors agreed.",
			quotes: []quoteSpec{{content: "The fund is empty,", source: "Ann Lee, the treasurer", cue: "said", speaker: "Ann Lee"}},
			want:   []string{"The fund is empty", "who added that the auditors agreed."},
		},
		{
			name: "a subordinator ending its sentence",
			text: "The council closed the old depot last week, but it did not say when.",
			want: []string{"The council closed the old depot last week, but it did not say when."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Alpha News", "2024-05-06", tc.text, nil, nil, tc.quotes)
			var got []string
			for _, c := range d.Claims {
				got = append(got, c.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("claims %q, want %q", got, tc.want)
			}
		})
	}
}
