package quotes

import (
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestContentForm checks, with the tagger's tags, that an indirect
// quote's content is a clause when the verb reports one (finite, or an
// infinitive) and a phrase when it reports a noun phrase, a gerund or a
// characterisation, and that direct quotes have no form. The sentences
// are invented.
func TestContentForm(t *testing.T) {
	ts := newTaggedStages(t)
	tests := []struct {
		name, text, content, form string
	}{
		{"that clause", "Lee said that the bridge was closed.", "the bridge was closed", pipeline.ContentClause},
		{"bare clause", "The mayor says the levy will pass.", "the levy will pass", pipeline.ContentClause},
		{"contraction", "Ward says he's riding a wave of support.", "he's riding a wave of support", pipeline.ContentClause},
		{"infinitive", "Ward pledged to cancel the toll.", "to cancel the toll", pipeline.ContentClause},
		{"noun phrase", "Lee slammed the ruling on the bridge.", "the ruling on the bridge", pipeline.ContentPhrase},
		{"noted a noun phrase", "Ward noted the sparse crowd at the fair.", "the sparse crowd at the fair", pipeline.ContentPhrase},
		{"relative clause inside the phrase", "Lee decried the levy that raised the tolls.", "the levy that raised the tolls", pipeline.ContentPhrase},
		{"characterisation", "Lee described the plan as reckless.", "the plan as reckless", pipeline.ContentPhrase},
		{"direct quote has none", "“The bridge is closed,” Lee said.", "The bridge is closed,", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := ts.run(t, tc.text, nil)
			for _, q := range d.Quotes {
				if d.Slice(q.Content) != tc.content {
					continue
				}
				if q.ContentForm != tc.form {
					t.Errorf("%q: content %q form %q, want %q", tc.text, tc.content, q.ContentForm, tc.form)
				}
				return
			}
			t.Errorf("%q: no quote with content %q in %v", tc.text, tc.content, describe(d))
		})
	}
}
