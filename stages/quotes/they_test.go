package quotes

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestTheyGroup checks that a "they" no earlier speaker resolves is the
// group the writer has just made the subject: names joined by "and", or
// a plural noun phrase of people opening a clause (read with the tagger's
// tags); and that it stays unresolved inside a quotation, after a pair
// someone else met, after a person who is no group, and before a phrase
// of things.
func TestTheyGroup(t *testing.T) {
	ts := newTaggedStages(t)
	for _, tc := range []speakerCase{
		{"a pair in the sentence before", "Sens. Ann Lee and Tom Ward backed the bill. Last week, they wrote that the levy was fair.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ann Lee and Tom Ward"}},
		{"a list of three", "Ann Lee, Tom Ward and Ivo Marsh toured the mills.\n\nThey said the roads were the worst in the state.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{"Ann Lee, Tom Ward and Ivo Marsh"}},
		{"the pair as the text writes it", "The tape contradicted what Lee and Ward told the police about the fight.\n\nThey had claimed that Ward never touched the man.",
			[]string{"Lee/PERSON=Ann Lee", "Ward@1/PERSON=Tom Ward", "Ward@2/PERSON=Tom Ward"},
			[]string{"Lee and Ward"}},
		{"a plural subject after a clause opener", "As farmers waited for the rain, they said the levy would ruin them.",
			nil,
			[]string{"farmers"}},
		{"a plural subject of the sentence before", "Several Dover councilors met on Monday. They argued that the levy was unfair.",
			nil,
			[]string{"Several Dover councilors"}},
		{"a plural subject holding a name is no person", "Ward supporters are angry about the count. They have claimed that the vote was rigged.",
			[]string{"Ward/PERSON=Tom Ward"},
			[]string{"Ward supporters"}},
		{"a pair after a preposition is someone met", "In a study they wrote with Ann Lee and Tom Ward, they found that wages fell.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{""}},
		{"a pair after their own they", "They met Ann Lee and Tom Ward on Monday. They said the talks went well.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{""}},
		{"a pair and a third person", "Ann Lee and Tom Ward met Ivo Marsh on Monday. They said the talks went well.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward", "Ivo Marsh/PERSON=Ivo Marsh"},
			[]string{""}},
		{"a possessive pair", "Ann Lee and Tom Ward's plan was dropped. They said the talks went well.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward"},
			[]string{""}},
		{"a person nearer than the group", "Farmers waited for the rain. Tom Ward stayed in Dover, they said.",
			[]string{"Tom Ward/PERSON=Tom Ward"},
			[]string{""}},
		{"a phrase of things is no group", "Prices stay high across the state. They found that wages fell.",
			nil,
			[]string{""}},
		{"a later they inside a quotation does not take the group", "Ward supporters are angry about the count. They have claimed that the vote was rigged.\n\nTom Ward spoke at the fair on Monday.\n\n“Many pundits, they say I should quit,” he said.",
			[]string{"Ward@1/PERSON=Tom Ward", "Tom Ward/PERSON=Tom Ward"},
			[]string{"Ward supporters", "Tom Ward", ""}},
		{"the group goes on in its paragraph", "Ward supporters are angry about the count. They have claimed that the vote was rigged. “We won,” they said.",
			[]string{"Ward@1/PERSON=Tom Ward"},
			[]string{"Ward supporters", "Ward supporters"}},
		{"inside a quotation", "Ann Lee and Tom Ward toured the mills. “They say the roads are bad,” said Nora Vance.",
			[]string{"Ann Lee/PERSON=Ann Lee", "Tom Ward/PERSON=Tom Ward", "Nora Vance/PERSON=Nora Vance"},
			[]string{"Nora Vance", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ts.run(t, tc.text, func(d *pipeline.Doc) { withMentions(t, d, tc.mentions) })
			wantSpeakers(t, d, tc.text, tc.want)
		})
	}
}
