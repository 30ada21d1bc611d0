package entities

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// TestVoteBatch checks the batch vote on tagged documents built by hand:
// which forms the batch agrees on, where their untagged occurrences are
// taken, and that the result does not depend on the order of the
// documents.
func TestVoteBatch(t *testing.T) {
	s := stage(t)
	type tagged struct {
		text     string
		mentions []string // "form/LABEL" at the form's first free occurrence
	}
	tests := []struct {
		name string
		rule VoteRule
		docs []tagged
		want []string // the mentions of the last document after the vote
	}{
		{"a name two documents agree on is found in a third",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Vantrell Energy cut jobs .", []string{"Vantrell Energy/ORG"}},
				{"Shares of Vantrell Energy fell .", []string{"Vantrell Energy/ORG"}},
				{"Vantrell Energy !", nil}},
			[]string{"Vantrell Energy/ORG"}},
		{"one document is not enough with k = 2",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Vantrell Energy cut jobs .", []string{"Vantrell Energy/ORG"}},
				{"Vantrell Energy !", nil}},
			nil},
		{"a split vote below the share is no name",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Kessling spoke .", []string{"Kessling/PERSON"}}, {"Kessling won .", []string{"Kessling/PERSON"}},
				{"At Kessling .", []string{"Kessling/GPE"}}, {"In Kessling .", []string{"Kessling/GPE"}},
				{"Kessling again", nil}},
			nil},
		{"a lower-case occurrence is not taken",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Brisk Labs grew .", []string{"Brisk Labs/ORG"}}, {"Brisk Labs shrank .", []string{"Brisk Labs/ORG"}},
				{"brisk labs are rare", nil}},
			nil},
		{"an occurrence inside a longer capitalised run is not taken",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Talvor said so .", []string{"Talvor/PERSON"}}, {"Talvor left .", []string{"Talvor/PERSON"}},
				{"the Talvor Bridge opened", nil}},
			nil},
		{"a common word is never a one-word form",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Water said .", []string{"Water/PERSON"}}, {"Water won .", []string{"Water/PERSON"}},
				{"Water rose", nil}},
			nil},
		{"relabel takes the run's label for a minority mention",
			VoteRule{MinDocs: 2, MinShare: 0.6, Relabel: true},
			[]tagged{{"Orvane Bank lent .", []string{"Orvane Bank/ORG"}}, {"Orvane Bank rose .", []string{"Orvane Bank/ORG"}},
				{"Orvane Bank fell .", []string{"Orvane Bank/PERSON"}}},
			[]string{"Orvane Bank/ORG"}},
		{"without relabel a minority mention keeps its label",
			VoteRule{MinDocs: 2, MinShare: 0.6},
			[]tagged{{"Orvane Bank lent .", []string{"Orvane Bank/ORG"}}, {"Orvane Bank rose .", []string{"Orvane Bank/ORG"}},
				{"Orvane Bank fell .", []string{"Orvane Bank/PERSON"}}},
			[]string{"Orvane Bank/PERSON"}},
	}
	build := func(docs []tagged) []*pipeline.Doc {
		var out []*pipeline.Doc
		for _, td := range docs {
			d, _ := tokenDoc([]ner.Example{{Toks: strings.Fields(td.text)}})
			for _, m := range td.mentions {
				form, label, _ := strings.Cut(m, "/")
				at := strings.Index(d.Text, form)
				if at < 0 {
					t.Fatalf("%q not in %q", form, d.Text)
				}
				d.Mentions = append(d.Mentions, pipeline.Mention{Span: pipeline.Span{Start: at, End: at + len(form)},
					Text: form, Label: label, Canonical: form, EntityID: pipeline.EntityID(label, form)})
			}
			out = append(out, d)
		}
		return out
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := build(tc.docs)
			s.VoteBatch(docs, tc.rule)
			var got []string
			for _, m := range docs[len(docs)-1].Mentions {
				got = append(got, m.Text+"/"+m.Label)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			// The same batch in reverse order gives every document the same mentions.
			rev := build(tc.docs)
			slices.Reverse(rev)
			s.VoteBatch(rev, tc.rule)
			slices.Reverse(rev)
			for i := range docs {
				if !slices.Equal(docs[i].Mentions, rev[i].Mentions) {
					t.Errorf("document %d: %v in one order, %v in the other", i, docs[i].Mentions, rev[i].Mentions)
				}
			}
		})
	}
}

// scoredDoc is a tagged document with its gold spans, kept to score the
// batch vote over a whole development set.
type scoredDoc struct {
	d    *pipeline.Doc
	gold []charSpan
}

// voteRules reads NER_BATCH_VOTE: "grid" (k 2, 3, 5; p 0.7, 0.9; untagged
// only and with relabel) or comma-separated rules "k:p" or "k:p:relabel".
func voteRules(t testing.TB) []VoteRule {
	t.Helper()
	spec := os.Getenv("NER_BATCH_VOTE")
	if spec == "" {
		return nil
	}
	if spec == "grid" {
		var out []VoteRule
		for _, relabel := range []bool{false, true} {
			for _, k := range []int{2, 3, 5} {
				for _, p := range []float64{0.7, 0.9} {
					out = append(out, VoteRule{k, p, relabel})
				}
			}
		}
		return out
	}
	var out []VoteRule
	for _, term := range strings.Split(spec, ",") {
		f := strings.Split(term, ":")
		if len(f) < 2 || len(f) > 3 {
			t.Fatalf("NER_BATCH_VOTE: %q is not k:p or k:p:relabel", term)
		}
		k, err1 := strconv.Atoi(f[0])
		p, err2 := strconv.ParseFloat(f[1], 64)
		if err1 != nil || err2 != nil || len(f) == 3 && f[2] != "relabel" {
			t.Fatalf("NER_BATCH_VOTE: %q is not k:p or k:p:relabel", term)
		}
		out = append(out, VoteRule{k, p, len(f) == 3})
	}
	return out
}

func (r VoteRule) String() string {
	s := fmt.Sprintf("k %d p %.1f", r.MinDocs, r.MinShare)
	if r.Relabel {
		s += " relabel"
	}
	return s
}

// logVoteGrid scores docs, one batch, without the vote and with each rule
// of NER_BATCH_VOTE, and logs micro P/R/F1 with right / found.
func logVoteGrid(t *testing.T, s *Stage, name string, docs []scoredDoc) {
	t.Helper()
	rules := voteRules(t)
	if len(rules) == 0 {
		return
	}
	saved := make([][]pipeline.Mention, len(docs))
	batch := make([]*pipeline.Doc, len(docs))
	for i, sd := range docs {
		saved[i], batch[i] = slices.Clone(sd.d.Mentions), sd.d
	}
	score := func(label string, added, relabelled int) {
		var c ner.Counts
		for _, sd := range docs {
			scoreSpans(&c, sd.gold, mentionSpans(sd.d))
		}
		p, r, f := c.PRF(0, 1, 3)
		t.Logf("vote %-12s %-22s P %.3f R %.3f F1 %.3f (right %d, found %d, gold %d; added %d, relabelled %d)", name, label, p, r, f,
			c.TP[0]+c.TP[1]+c.TP[3], c.Pred[0]+c.Pred[1]+c.Pred[3], c.Gold[0]+c.Gold[1]+c.Gold[3], added, relabelled)
	}
	score("none", 0, 0)
	for _, r := range rules {
		added, relabelled := s.VoteBatch(batch, r)
		score(r.String(), added, relabelled)
		for i := range docs {
			docs[i].d.Mentions = slices.Clone(saved[i])
		}
	}
}

// voteOnNews reports whether the batch vote is also scored on the news
// corpora (NER_BATCH_VOTE_NEWS=1): once per candidate, at the end.
func voteOnNews() bool { return os.Getenv("NER_BATCH_VOTE_NEWS") != "" }
