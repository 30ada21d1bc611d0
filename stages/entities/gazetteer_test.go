package entities

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestNameOrganisations covers the naming step of the organisation list
// (organisations_more.tsv): an ORG mention whose name is a form of an entry
// takes the entry's canonical; other labels keep their names; a form the
// list flags ambiguous ("Fed") is renamed only beside the organisation's
// canonical or an unambiguous form; a name a rule gave stands and is the
// key looked up.
func TestNameOrganisations(t *testing.T) {
	checkPass(t, inPlace(stage(t).nameOrganisations), []passCase{
		{"a short form and the full name are one organisation",
			"The GOP met in Dunmore. The Republican Party then voted no.",
			[]mentionCase{{"GOP", 0, "ORG", "", false}, {"Republican Party", 0, "ORG", "", false}},
			[]string{"GOP@0 ORG=Republican Party", "Republican Party@0 ORG=Republican Party"}},
		{"an alias alone takes the canonical",
			"Lib Dems gained two seats in Harlow.",
			[]mentionCase{{"Lib Dems", 0, "ORG", "", false}},
			[]string{"Lib Dems@0 ORG=Liberal Democrats"}},
		{"a person or a place is not renamed",
			"Lib Dems spoke for the team. GOP is a small town.",
			[]mentionCase{{"Lib Dems", 0, "PERSON", "", false}, {"GOP", 0, "GPE", "", false}},
			[]string{"Lib Dems@0 PERSON=", "GOP@0 GPE="}},
		{"case counts",
			"The gop met. The LIB DEMS met.",
			[]mentionCase{{"gop", 0, "ORG", "", false}, {"LIB DEMS", 0, "ORG", "", false}},
			[]string{"gop@0 ORG=", "LIB DEMS@0 ORG="}},
		{"an ambiguous form alone keeps its name",
			"The Fed raised its rate on Tuesday.",
			[]mentionCase{{"Fed", 0, "ORG", "", false}},
			[]string{"Fed@0 ORG="}},
		{"an ambiguous form beside the canonical takes it",
			"The Federal Reserve met on Tuesday. The Fed raised its rate.",
			[]mentionCase{{"Federal Reserve", 0, "ORG", "", false}, {"Fed", 1, "ORG", "", false}},
			[]string{"Federal Reserve@0 ORG=Federal Reserve", "Fed@1 ORG=Federal Reserve"}},
		{"an ambiguous form beside an unambiguous alias takes the canonical",
			"The Federal Reserve Board met on Tuesday. The Fed raised its rate.",
			[]mentionCase{{"Federal Reserve Board", 0, "ORG", "", false}, {"Fed", 1, "ORG", "", false}},
			[]string{"Federal Reserve Board@0 ORG=Federal Reserve", "Fed@1 ORG=Federal Reserve"}},
		{"an ambiguous form beside a person of that name keeps its name",
			"Federal Reserve was the horse's name. The Fed raised its rate.",
			[]mentionCase{{"Federal Reserve", 0, "PERSON", "", false}, {"Fed", 1, "ORG", "", false}},
			[]string{"Federal Reserve@0 PERSON=", "Fed@1 ORG="}},
		{"a rule's name stands",
			"The Green Opportunity Party (GOP) met in Dunmore.",
			[]mentionCase{{"Green Opportunity Party", 0, "ORG", "", false}, {"GOP", 0, "ORG", "Green Opportunity Party", false}},
			[]string{"Green Opportunity Party@0 ORG=", "GOP@0 ORG=Green Opportunity Party"}},
		{"a rule's name is looked up",
			"Lib Dems gained seats. Dems said so.",
			[]mentionCase{{"Lib Dems", 0, "ORG", "", false}, {"Dems", 1, "ORG", "Lib Dems", false}},
			[]string{"Lib Dems@0 ORG=Liberal Democrats", "Dems@1 ORG=Liberal Democrats"}},
	})
}

// TestOrganisationEntityIDs runs the whole stage over an invented article:
// the short form and the full name of a party the model labels ORG come out
// as one entity.
func TestOrganisationEntityIDs(t *testing.T) {
	text := "The Republican Party chose its candidate in Dunmore on Tuesday. " +
		"Officials of the GOP said the vote was close."
	d := bodyDoc(t, text)
	if err := stage(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, m := range d.Mentions {
		t.Logf("%q %s %q", m.Text, m.Label, m.Canonical)
		if m.Label == pipeline.LabelOrg {
			ids[m.Text] = m.EntityID
		}
	}
	full, short := ids["Republican Party"], ids["GOP"]
	if full == "" || short == "" || full != short || full != pipeline.EntityID(pipeline.LabelOrg, "Republican Party") {
		t.Errorf("entity ids %q (Republican Party), %q (GOP); want both the id of ORG Republican Party", full, short)
	}
}
