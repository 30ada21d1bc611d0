package entities

import (
	"slices"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestOrganisationsShown covers the names read as persons or places that
// the document shows to be organisations, and the person's evidence that
// keeps a name a person. The names are invented.
func TestOrganisationsShown(t *testing.T) {
	s := stage(t)
	person := func(sub string, k int) mentionCase { return mentionCase{sub, k, "PERSON", "", false} }
	checkPass(t, inPlace(s.organisationsShown), []passCase{
		// Organisation evidence, at another occurrence than the mention.
		{"a corporate suffix",
			"Norvex Inc. reported a loss. Later Norvex cut jobs.",
			[]mentionCase{person("Norvex", 1)},
			[]string{"Norvex@1 ORG="}},
		{"a corporate suffix after a comma",
			"It sued Norvex, Ltd. in May. Norvex appealed.",
			[]mentionCase{person("Norvex", 1)},
			[]string{"Norvex@1 ORG="}},
		{"a possessive chief executive, every mention",
			"Tallon's chief executive resigned. Tallon denied it.",
			[]mentionCase{person("Tallon", 0), person("Tallon", 1)},
			[]string{"Tallon@0 ORG=", "Tallon@1 ORG="}},
		{"a possessive board after a modifier",
			"Tallon's new board met on Monday.",
			[]mentionCase{person("Tallon", 0)},
			[]string{"Tallon@0 ORG="}},
		{"executives after the name",
			"Brevik executives met. Brevik said little.",
			[]mentionCase{person("Brevik", 1)},
			[]string{"Brevik@1 ORG="}},
		{"shares of the name",
			"Shares of Quorra fell. Quorra said sales slowed.",
			[]mentionCase{person("Quorra", 1)},
			[]string{"Quorra@1 ORG="}},
		{"its stock before a price verb",
			"Quorra stock fell 4 percent.",
			[]mentionCase{person("Quorra", 0)},
			[]string{"Quorra@0 ORG="}},
		{"a job at the name",
			"The cut came early, said an analyst at Denholt. Denholt expects more.",
			[]mentionCase{person("Denholt", 1)},
			[]string{"Denholt@1 ORG="}},
		{"a job at a name read as a place nobody knows",
			"The cut came early, said an economist at Denholt.",
			[]mentionCase{{"Denholt", 0, "LOC", "", false}},
			[]string{"Denholt@0 ORG="}},
		{"an apposition of an organisation's noun",
			"Marvane, the Ohio automaker, recalled cars.",
			[]mentionCase{person("Marvane", 0)},
			[]string{"Marvane@0 ORG="}},
		{"an apposition closed by a clause",
			"He joined Marvane, a small firm that builds boats.",
			[]mentionCase{person("Marvane", 0)},
			[]string{"Marvane@0 ORG="}},
		{"the company said",
			"Pilots trained with Marvane, the airline said on Monday.",
			[]mentionCase{person("Marvane", 0)},
			[]string{"Marvane@0 ORG="}},
		{"the maker of a product",
			"It bought Zellco, the maker of the pump.",
			[]mentionCase{person("Zellco", 0)},
			[]string{"Zellco@0 ORG="}},
		{"a ticker",
			"Zellco (NYSE: ZLC) rose. Zellco hired.",
			[]mentionCase{person("Zellco", 1)},
			[]string{"Zellco@1 ORG="}},
		{"an apposition closed by a participle",
			"He also founded Kessock Realty, a firm focused on offices.",
			[]mentionCase{person("Kessock Realty", 0)},
			[]string{"Kessock Realty@0 ORG="}},
		{"a given name before an acronym",
			"She gave to the Ready for Ann PAC, a group preparing her run. The PAC grew.",
			[]mentionCase{person("Ann PAC", 0), person("PAC", 1)},
			[]string{"Ann PAC@0 ORG=", "PAC@1 ORG="}},
		{"a longer name ending in the organisation's, no given name before",
			"Shares of Norvex fell. RJR Norvex grew.",
			[]mentionCase{person("Norvex", 0), person("RJR Norvex", 0)},
			[]string{"Norvex@0 ORG=", "RJR Norvex@0 ORG="}},

		// Person evidence anywhere keeps the name a person.
		{"a title elsewhere",
			"Tallon's board met. Mr. Tallon left early.",
			[]mentionCase{person("Tallon", 0), person("Tallon", 1)},
			[]string{"Tallon@0 PERSON=", "Tallon@1 PERSON="}},
		{"a full name with a given name ends with it",
			"Ann Tallon spoke. Tallon's board met.",
			[]mentionCase{person("Ann Tallon", 0), person("Tallon", 1)},
			[]string{"Ann Tallon@0 PERSON=", "Tallon@1 PERSON="}},
		{"she said after it",
			"Tallon's board met. Tallon, she said, knew.",
			[]mentionCase{person("Tallon", 1)},
			[]string{"Tallon@1 PERSON="}},
		{"who after it",
			"Tallon executives met Tallon, who had left.",
			[]mentionCase{person("Tallon", 1)},
			[]string{"Tallon@1 PERSON="}},
		{"a person's full name in apposition",
			"Ann Tallon, a small firm that builds boats, grew.",
			[]mentionCase{person("Ann Tallon", 0)},
			[]string{"Ann Tallon@0 PERSON="}},

		// No organisation evidence.
		{"a person's role after the firm's possessive",
			"Tallon, the firm's founder, spoke.",
			[]mentionCase{person("Tallon", 0)},
			[]string{"Tallon@0 PERSON="}},
		{"an organisation's noun before another noun",
			"Tallon, a veteran newspaper editor, spoke.",
			[]mentionCase{person("Tallon", 0)},
			[]string{"Tallon@0 PERSON="}},
		{"shares as a verb",
			"Tallon shares the view.",
			[]mentionCase{person("Tallon", 0)},
			[]string{"Tallon@0 PERSON="}},
		{"stock of another sense",
			"Tallon's stock answer was no.",
			[]mentionCase{person("Tallon", 0)},
			[]string{"Tallon@0 PERSON="}},
		{"a group of people",
			"Varn, an ethnic group that farms the hills, protested.",
			[]mentionCase{{"Varn", 0, "GPE", "", false}},
			[]string{"Varn@0 GPE="}},
		{"a place's executives",
			"The Tallonia executives met.",
			[]mentionCase{{"Tallonia", 0, "LOC", "", false}},
			[]string{"Tallonia@0 LOC="}},
		{"a place the gazetteer knows",
			"It hired an analyst at Ohio. Ohio, a group that votes, waits.",
			[]mentionCase{{"Ohio", 1, "GPE", "", false}},
			[]string{"Ohio@1 GPE="}},
		{"a word inside a longer name",
			"Norvexson Inc. grew. Norvex left.",
			[]mentionCase{person("Norvex", 1)},
			[]string{"Norvex@1 PERSON="}},
	})
}

// TestTokensAround covers the tokens read around an occurrence of a name:
// the segmenter's, so a possessive ending and a bracket are tokens of
// their own and an abbreviation keeps its period.
func TestTokensAround(t *testing.T) {
	tests := []struct {
		name, text string
		at, end    int // the name's span
		ok         bool
		before     []string
		after      []string
	}{
		{"possessive and role", "said Ann. Norvex's chief executive", 10, 16, true, []string{"said", "Ann", "."}, []string{"'s", "chief", "executive"}},
		{"curly possessive", "Norvex’s board", 0, 6, true, nil, []string{"’s", "board"}},
		{"suffix keeps its period", "Norvex Inc. grew.", 0, 6, true, nil, []string{"Inc.", "grew", "."}},
		{"dotted suffix", "Norvex L.L.C. sued", 0, 6, true, nil, []string{"L.L.C.", "sued"}},
		{"title before", "Mr. Norvex", 4, 10, true, []string{"Mr."}, nil},
		{"ticker", "Zellco (NYSE: ZLC)", 0, 6, true, nil, []string{"(", "NYSE", ":", "ZLC", ")"}},
		{"hyphenated word", "a co-founder at Zellco", 16, 22, true, []string{"a", "co-founder", "at"}, nil},
		{"at most three before and eight after", "one two three four Kell a b c d e f g h i", 19, 23, true,
			[]string{"two", "three", "four"}, []string{"a", "b", "c", "d", "e", "f", "g", "h"}},
		{"a name of two tokens", "the Kessock Realty office", 4, 18, true, []string{"the"}, []string{"office"}},
		{"the start of a longer word", "Norvexson grew.", 0, 6, false, nil, nil},
		{"the front of a hyphenated word", "Norvex-based firms", 0, 6, false, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(t, tc.text)
			before, after, ok := tokensAround(d.Tokens, tc.at, tc.end)
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v", ok, tc.ok)
			}
			if got := tokenTexts(before); !slices.Equal(got, tc.before) {
				t.Errorf("before %q, want %q", got, tc.before)
			}
			if got := tokenTexts(after); !slices.Equal(got, tc.after) {
				t.Errorf("after %q, want %q", got, tc.after)
			}
		})
	}
}

func tokenTexts(toks []pipeline.Token) []string {
	var w []string
	for _, t := range toks {
		w = append(w, t.Text)
	}
	return w
}
