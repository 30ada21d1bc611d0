package claims

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestPointingDenials checks that a denial whose object only points back
// at a statement ("which he has denied", "a charge that ... denied",
// "disputes this") claims that statement for the denier, and that
// refusals and noun phrases named before do not.
func TestPointingDenials(t *testing.T) {
	kemp := ent{"Kemp", pipeline.LabelPerson, "Anna Kemp"}
	board := ent{"the board", pipeline.LabelOrg, "Harbour Board"}
	tests := []struct {
		name       string
		text       string
		ents       []ent
		quotes     []quoteSpec
		wantText   string // "" when no denial may be claimed
		wantBy     string
		wantStance string
	}{
		{
			name:     "a relative after the statement",
			text:     "Kemp faces allegations that she sold the harbour land to a friend, which she has always denied.",
			ents:     []ent{kemp},
			quotes:   []quoteSpec{{content: "she sold the harbour land to a friend", source: "allegations", cue: "allegations", speaker: "allegations"}},
			wantText: "she sold the harbour land to a friend", wantBy: "Anna Kemp", wantStance: pipeline.StanceDenies,
		},
		{
			name:     "a claim noun apposed to the statement",
			text:     "The mayor complained that the tender had been rigged against his firm, a charge that the board strongly denied.",
			ents:     []ent{board},
			quotes:   []quoteSpec{{content: "the tender had been rigged against his firm", source: "The mayor", cue: "complained", speaker: "mayor"}},
			wantText: "the tender had been rigged against his firm", wantBy: "Harbour Board", wantStance: pipeline.StanceDenies,
		},
		{
			name:     "a pointing object after a subordinator",
			text:     "The harbour land was sold below its value in 2019, although the board disputes this.",
			ents:     []ent{board},
			wantText: "The harbour land was sold below its value in 2019", wantBy: "Harbour Board", wantStance: pipeline.StanceDisputes,
		},
		{
			name:     "a denial opening the next sentence",
			text:     "Auditors found that the harbour land was sold below its value.\nThe board disputes that.",
			ents:     []ent{{"The board", pipeline.LabelOrg, "Harbour Board"}},
			quotes:   []quoteSpec{{content: "the harbour land was sold below its value", source: "Auditors", cue: "found", speaker: "Auditors"}},
			wantText: "the harbour land was sold below its value", wantBy: "Harbour Board", wantStance: pipeline.StanceDisputes,
		},
		{
			name:   "rejecting a plan is a refusal",
			text:   "The council proposed to sell the harbour land to a developer.\nThe board rejected it.",
			ents:   []ent{board},
			wantBy: "Harbour Board",
		},
		{
			name:   "the charges named before are a noun phrase, not the sentence",
			text:   "A newspaper published four police reports that his former partner filed against Kemp over ten years.\nKemp denied the charges and accused her of theft.",
			ents:   []ent{kemp},
			wantBy: "Anna Kemp",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, "Alpha News", "2024-05-06", tc.text, tc.ents, nil, tc.quotes)
			var found *pipeline.Claim
			for i, c := range d.Claims {
				if c.Claimant == tc.wantBy && c.Stance != pipeline.StanceAsserts && c.Predicate != "deny" && c.Predicate != "dispute" && c.Predicate != "reject" {
					found = &d.Claims[i]
				}
			}
			switch {
			case tc.wantText == "" && found != nil:
				t.Errorf("claimed %q for %s (%s)", found.Text, found.Claimant, found.Stance)
			case tc.wantText == "":
			case found == nil:
				var got []string
				for _, c := range d.Claims {
					got = append(got, c.Claimant+" "+c.Stance+": "+c.Text)
				}
				t.Fatalf("no denial by %s; claims %q", tc.wantBy, got)
			case found.Text != tc.wantText || found.Stance != tc.wantStance:
				t.Errorf("got %q (%s), want %q (%s)", found.Text, found.Stance, tc.wantText, tc.wantStance)
			}
		})
	}
}

// TestAccusationAndDenialConflict checks that the linker reads the same
// words asserted by one source and denied by another in one article as a
// conflict, not as a repeat.
func TestAccusationAndDenialConflict(t *testing.T) {
	board := ent{"the board", pipeline.LabelOrg, "Harbour Board"}
	d := handDoc(t, "Alpha News", "2024-05-06", "The mayor complained that the tender had been rigged against his firm, a charge that the board strongly denied.",
		[]ent{board}, nil, []quoteSpec{{content: "the tender had been rigged against his firm", source: "The mayor", cue: "complained", speaker: "mayor"}})
	l := NewLinker()
	l.Add(d, nil)
	got := ""
	for link := range l.Links() {
		got += link.Relation + ": " + link.Reason + "\n"
		if link.Relation == pipeline.RelationConflicts {
			return
		}
	}
	t.Errorf("no conflict between the accusation and its denial; links:\n%s", got)
}
