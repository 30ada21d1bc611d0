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
