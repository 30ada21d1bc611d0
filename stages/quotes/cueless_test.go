package quotes

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestCuelessEarlierTailTagged: a cue-less mixed sentence whose
// attribution follows an earlier fragment closed by a comma, not the last
// one, takes that attribution. The sentences are invented.
func TestCuelessEarlierTailTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"tail after the first fragment", "Roe \"was treated far too gently for what he did to the harbor,\" said a former county official who ran the port for years and described the dispute as \"a small matter of paperwork.\"",
			[]string{"mixed|Roe \"was treated far too gently for what he did to the harbor,\" said a former county official who ran the port for years and described the dispute as \"a small matter of paperwork.\"|a former county official|said"}},
		{"no comma before the words after", "Roe \"was treated far too gently for what he did to the harbor\" said to be a small matter, and \"a matter of paperwork.\"",
			[]string{"mixed|Roe \"was treated far too gently for what he did to the harbor\" said to be a small matter, and \"a matter of paperwork.\"||"}},
	})
}

// TestCuelessNamedNoInherit: a cue-less mixed sentence with no source of
// its own takes the previous speaker only when it names no one outside
// its quoted words; one that names a person gets no speaker, since the
// previous one is rarely theirs. The sentences are invented; the name's
// mention is given, as the entity stage would find it.
func TestCuelessNamedNoInherit(t *testing.T) {
	ts := newTaggedStages(t)
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"names no one", "The ministry said missiles were fired.\nThe strikes on the farm hit “heavy hardware and stores of the insurgents” near the city.", "", "ministry"},
		{"names a person", "The ministry said missiles were fired.\nThe strikes on Paul Roe's farm hit “heavy hardware and stores of the insurgents” near the city.", "Paul Roe", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ts.run(t, tc.text, func(d *pipeline.Doc) {
				if tc.mention != "" {
					s := strings.Index(tc.text, tc.mention)
					d.Mentions = []pipeline.Mention{{Span: pipeline.Span{Start: s, End: s + len(tc.mention)}, Text: tc.mention, Label: pipeline.LabelPerson, Canonical: tc.mention}}
				}
			})
			var got []string
			for _, q := range d.Quotes {
				if q.Type == pipeline.QuoteMixed {
					got = append(got, q.Speaker)
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("mixed quote speakers %q, want [%q]\n%s", got, tc.want, strings.Join(describe(d), "\n"))
			}
		})
	}
}

// TestQuotationRunningOnTagged: a quotation that runs over a sentence end
// and on past its closing mark to an attribution is one report, the whole
// quotation its content (the attribution was read as a report of its last
// sentence alone, and the sentences before it as a speakerless one). The
// sentences are invented.
func TestQuotationRunningOnTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"a tail after more words", "Farm owners Paul Roe and Ann Lee “sounded tired. Neither smiled once. The hall went quiet” beside the mayor, Ward said.",
			[]string{"mixed|Farm owners Paul Roe and Ann Lee “sounded tired. Neither smiled once. The hall went quiet” beside the mayor|Ward|said"}},
		{"an inverted tail", "\"Ferries cost a lot. Dover owns the docks. Millbrook can only wait\" for the county to act, says Mark Stone, a consultant in Dover.",
			[]string{"mixed|\"Ferries cost a lot. Dover owns the docks. Millbrook can only wait\" for the county to act|Mark Stone, a consultant in Dover|says"}},
		{"one sentence", "Farm owners Paul Roe and Ann Lee “sounded tired and never smiled” beside the mayor, Ward said.",
			[]string{"mixed|Farm owners Paul Roe and Ann Lee “sounded tired and never smiled” beside the mayor|Ward|said"}},
	})
}

// TestCuelessGoesOnTagged: a cue-less mixed sentence that finds no
// speaker of its own goes on with the quotation attributed in the sentence
// right before it, repeating its source and cue so that the two read as one
// attribution; not after a report without quotation marks, nor past a
// sentence between. The sentences are invented.
func TestCuelessGoesOnTagged(t *testing.T) {
	runTagged(t, []textCase{
		{"after an inverted tail", "“It was a long night for everyone,” said Ann Lee, a county aide. Now, “the real work on the harbor begins for all of us.”",
			[]string{"direct|It was a long night for everyone,|Ann Lee, a county aide|said", "mixed|Now, “the real work on the harbor begins for all of us.”|Ann Lee, a county aide|said"}},
		{"after a plain tail", "“The ferry will run again,” Ward says. It is “the best news this town has had in years.”",
			[]string{"direct|The ferry will run again,|Ward|says", "mixed|It is “the best news this town has had in years.”|Ward|says"}},
		{"after a report without marks", "Ann Lee said the night was long. Now, “the real work on the harbor begins for all of us.”",
			[]string{"indirect|the night was long|Ann Lee|said", "mixed|Now, “the real work on the harbor begins for all of us.”||"}},
		{"a sentence between", "“It was a long night for everyone,” said Ann Lee. The hall emptied slowly. Now, “the real work on the harbor begins for all of us.”",
			[]string{"direct|It was a long night for everyone,|Ann Lee|said", "mixed|Now, “the real work on the harbor begins for all of us.”||"}},
	})
}
