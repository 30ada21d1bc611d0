package quotes

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestSourceGrammarTagged: sources that only a plain grammatical slip
// gave, and the shapes next to them that keep their source. A participle
// phrase ending on a name is no name before a colon ("saying in a post
// on Twitter:"), and a capitalised word after a name goes on with the
// name, so it is no cue of a quotation's tail ("referring to the Islamic
// State."); a claim noun followed by "that" and a verb heads a relative
// clause, no report ("statements that proved wrong by noon"); a word in
// -s that the tagger reads as a plural noun right after a singular
// subject, before "that", a determiner, a name or a quotation, is the
// clause's verb ("The harbor campaign projects that …"). A name
// and a colon, a reporting word the tagger misreads after a name, and a
// claim noun's content clause still speak, and a plural noun in a
// compound stays a noun.
func TestSourceGrammarTagged(t *testing.T) {
	ts := newTaggedStages(t)
	for _, tc := range []struct {
		name, text string
		// content is a phrase of the quotation checked; source the source
		// it must have ("" for none), notSource one it must not have
		content, source, notSource string
		// org is a word the entity stage would tag as an organisation
		org string
	}{
		{"participle phrase before a colon", "On Friday, Ann Lee joined the other members in pouncing on news that the server held messages deemed “top secret,” saying in a long post on Twitter: “The new release is a disaster for the county.”",
			"disaster for the county", "Ann Lee", "saying in a long post on Twitter", "Twitter"},
		{"gerund the tagger reads as a noun", "Tom Ward called the offer “an insult,” writing in the Harbor Gazette: “We will not sell.”",
			"We will not sell", "", "writing in the Harbor Gazette", "Harbor Gazette"},
		{"a name and a colon speaks", "The board met for six hours on Monday.\n\nCounty pollster Jane Holloway: “The race is tight.”",
			"The race is tight", "County pollster Jane Holloway", "", ""},
		{"capitalised word after a name is no cue", "The mayor spoke for an hour on Monday. She vowed, “We are going to beat the flood and we are going to beat it soon,” referring to the Islamic State.",
			"beat the flood", "She", "referring to the Islamic", ""},
		{"reporting word after a name is a cue", "“Rules are rules,” Ward notes.",
			"Rules are rules", "Ward", "", ""},
		{"a claim noun's relative clause reports nothing", "The worst days came when the aides put out statements that proved wrong by noon.",
			"", "", "statements", ""},
		{"a claim noun's content clause reports", "Early reports that the mayor had resigned spread fast.",
			"the mayor had resigned", "Early reports", "", ""},
		{"a verb in -s read as a plural noun", "The harbor campaign projects that the levy would raise “a fortune for the roads” next year.",
			"a fortune for the roads", "The harbor campaign", "", ""},
		{"a verb in -s before an object", "Ann Lee forwards an article from May that included the line “the harbor is dead.”",
			"the harbor is dead", "Ann Lee", "", ""},
		{"a plural noun in a compound is no verb", "The county officials met the “harbor crowd” on Monday.",
			"", "", "The county", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ts.run(t, tc.text, func(d *pipeline.Doc) {
				if i := strings.Index(d.Text, tc.org); tc.org != "" && i >= 0 {
					sp := pipeline.Span{Start: i, End: i + len(tc.org)}
					d.Mentions = append(d.Mentions, pipeline.Mention{Span: sp, Text: tc.org, Label: pipeline.LabelOrg})
				}
			})
			found := false
			for _, q := range d.Quotes {
				src := d.Slice(q.Source)
				if tc.notSource != "" && src == tc.notSource {
					t.Errorf("text %q: source %q, which is no speaker", tc.text, src)
				}
				if tc.content == "" || !strings.Contains(d.Slice(q.Content), tc.content) {
					continue
				}
				found = true
				if tc.source != "" && src != tc.source {
					t.Errorf("text %q: quote %q has source %q, want %q", tc.text, d.Slice(q.Content), src, tc.source)
				}
			}
			if tc.source != "" && !found {
				t.Errorf("text %q: no quote holds %q; quotes %v", tc.text, tc.content, describe(d))
			}
		})
	}
}

// TestCompoundNounInAppositiveTagged: a noun inside the compound of a
// source's appositive that the tagger reads as a present tense
// ("homeland" in "deputy homeland security advisor") leaves the source
// whole, as a plain appositive is. The sentences are invented.
func TestCompoundNounInAppositiveTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a compound in the appositive", "“Our efforts so far have not been enough,” Ann Lee, deputy homeland security advisor, said in a statement on Friday.",
			[]string{"direct|Our efforts so far have not been enough,|Ann Lee, deputy homeland security advisor|said"}},
		{"a plain appositive", "“Our efforts so far have not been enough,” Ann Lee, a deputy advisor, said in a statement on Friday.",
			[]string{"direct|Our efforts so far have not been enough,|Ann Lee, a deputy advisor|said"}},
	})
}

// TestModalAsFirstNameTagged: a capitalised modal before a surname in a
// source ("Will", "Can") is a first name, not the auxiliary that refuses a
// phrase as a source. The sentences are invented.
func TestModalAsFirstNameTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a first name", "“The ferry costs far more than it should,” said Will Barlow, a professor at Dover College.",
			[]string{"direct|The ferry costs far more than it should,|Will Barlow, a professor at Dover College|said"}},
		{"another modal as a first name", "“The ferry costs far more than it should,” said Can Ozkan, a professor at Dover College.",
			[]string{"direct|The ferry costs far more than it should,|Can Ozkan, a professor at Dover College|said"}},
	})
}
