package quotes

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/segment"
)

// TestInvertedTagged runs attributions whose source follows its verb with
// the segment stage's tags, which the finite-verb tests read: a reported
// clause or a quotation that runs on before "said X", and a participle
// after a noun in the source's description that the tagger reads as a
// past tense.
func TestInvertedTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"clause then said X", "The harvest is going well despite the drought, said Mark Stone, the chief economist for the bureau.",
			[]string{"indirect|The harvest is going well despite the drought|Mark Stone, the chief economist for the bureau|said"}},
		{"quotation runs on then said X", "“The striking change has been a steady calm” like the swings of prices, said Mark Stone, an economist.",
			[]string{"mixed|“The striking change has been a steady calm” like the swings of prices|Mark Stone, an economist|said"}},
		{"participle in the description", "“We feel like the park has been taken from us,” said Jane Holloway, the founder of a group called Save Cedar Park.",
			[]string{"direct|We feel like the park has been taken from us,|Jane Holloway, the founder of a group called Save Cedar Park|said"}},
		{"fronted phrase is no content of the cue after it", "Asked about the vote, said the mayor.",
			[]string{"indirect|the vote||Asked about"}},
	})
}

// TestQuestionsTagged: an embedded question opened by a wh-word is the
// content of "asked", as one opened by "if" or "whether"; the word alone,
// with no clause after it, is none.
func TestQuestionsTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"asked how", "A reporter asked how he was feeling on caucus day.", []string{"indirect|how he was feeling on caucus day|A reporter|asked"}},
		{"asked which", "The host asked which candidate had won the debate.", []string{"indirect|which candidate had won the debate|The host|asked"}},
		{"asked how, no clause", "The mayor asked how.", nil},
	})
}

// taggedStages are the segment stage and the quotes stage run in that
// order, as in the pipeline, so that the finite-verb tests read the
// tagger's tags rather than the closed word lists.
type taggedStages struct {
	seg pipeline.Stage
	st  *Stage
}

// newTaggedStages builds both stages once for a test and its cases.
func newTaggedStages(t *testing.T) taggedStages {
	t.Helper()
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	return taggedStages{seg: seg, st: newStage(t)}
}

// run tags a body text and finds its quotes. prepare, when not nil, sees
// the tagged document before the quotes stage does (to add the mentions
// the entity stage would find).
func (ts taggedStages) run(t *testing.T, text string, prepare func(*pipeline.Doc)) *pipeline.Doc {
	t.Helper()
	d := bodyDoc(text)
	if err := ts.seg.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) == 0 || d.Tokens[0].POS == "" {
		t.Fatal("segment stage gave no tagged tokens")
	}
	if prepare != nil {
		prepare(d)
	}
	if err := ts.st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// runTagged runs the segment and quotes stages over each case and
// compares type, content, source and cue: the first four fields of
// describe (a want may give all seven; the rest are not compared, since
// with tags a capitalised common noun resolves to a speaker differently).
func runTagged(t *testing.T, tests []textCase) {
	t.Helper()
	ts := newTaggedStages(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := ts.run(t, tc.text, nil)
			wantQuotes(t, tc.text, typeContentSourceCue(describe(d)), typeContentSourceCue(tc.want))
		})
	}
}

// typeContentSourceCue keeps the first four fields of each line that
// describe writes.
func typeContentSourceCue(lines []string) []string {
	var out []string
	for _, l := range lines {
		f := strings.Split(l, "|")
		out = append(out, strings.Join(f[:min(len(f), 4)], "|"))
	}
	return out
}

// TestNameEndTagged: a capitalised verb form that the tagger reads as the
// last word of a name ("the United States", "The Washington Post") is no
// cue, so the quotation after it is no report of the name's first words
// (here a cue-less mixed sentence).
func TestNameEndTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"States ends a name", "The mayor spoke in Boston. The United States “has to stop treating the island as a colony.”",
			[]string{"mixed|The United States “has to stop treating the island as a colony.”||"}},
	})
}
