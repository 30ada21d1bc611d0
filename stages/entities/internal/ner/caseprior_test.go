package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestCaseBuckets(t *testing.T) {
	tests := []struct {
		name              string
		lower, caps, tot  int
		wantLow, wantCaps uint16
	}{
		{"never lower", 0, 0, 10, 1, 0},
		{"lower under a tenth", 1, 0, 20, 2, 0},
		{"lower a tenth", 1, 0, 10, 3, 0},
		{"lower under a half", 4, 0, 10, 3, 0},
		{"lower a half", 5, 0, 10, 4, 0},
		{"lower under nine tenths", 8, 0, 10, 4, 0},
		{"lower nine tenths", 9, 0, 10, 5, 0},
		{"always lower", 10, 0, 10, 6, 0},
		{"caps under a tenth", 0, 1, 20, 1, 1},
		{"caps under a half", 0, 4, 10, 1, 2},
		{"caps a half", 0, 5, 10, 1, 3},
		{"always caps", 0, 10, 10, 1, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := lowerBucket(tc.lower, tc.tot); got != tc.wantLow {
				t.Errorf("lowerBucket(%d, %d) = %d, want %d", tc.lower, tc.tot, got, tc.wantLow)
			}
			if got := capsBucket(tc.caps, tc.tot); got != tc.wantCaps {
				t.Errorf("capsBucket(%d, %d) = %d, want %d", tc.caps, tc.tot, got, tc.wantCaps)
			}
		})
	}
}

// sentences turns lines into unlabelled examples (the case prior reads no
// labels).
func sentences(lines ...string) []Example {
	var out []Example
	for _, l := range lines {
		toks := strings.Fields(l)
		out = append(out, Example{Toks: toks, Labels: make([]int, len(toks))})
	}
	return out
}

func repeat(n int, lines ...string) []string {
	var out []string
	for range n {
		out = append(out, lines...)
	}
	return out
}

func TestLearnCasePrior(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		word  string
		want  uint16 // code of word
	}{
		{"a name never lower", repeat(3, "we met Marlowe there"), "marlowe", 1},
		{"a common word always lower", repeat(3, "we met Marlowe there"), "there", 6},
		{"an acronym always in capitals", repeat(3, "the BZQ said so"), "bzq", 1 | 3<<3},
		{"mixed: lower a third of the time", repeat(1, "we saw Harbour", "we saw Harbour", "we saw harbour"), "harbour", 3},
		{"too rare", repeat(2, "we met Marlowe there"), "marlowe", caseUnseen},
		{"sentence starts not counted", repeat(3, "Marlowe left", "There it is"), "there", caseUnseen},
		{"after a colon or a full stop not counted", repeat(3, "rain : Tomorrow", "rain . Tomorrow", `he said " Tomorrow`), "tomorrow", caseUnseen},
		{"after a comma counted", repeat(3, "rain , Tomorrow"), "tomorrow", 1},
		{"headings not counted", repeat(3, "Storm Hits The Coast Today", "STORM HITS THE COAST"), "coast", caseUnseen},
		{"headings not counted beside normal text", append(repeat(3, "Storm Hits The Coast Today"), repeat(3, "the coast road")...), "coast", 6},
		{"unseen word", repeat(3, "we met Marlowe there"), "zebra", caseUnseen},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := LearnCasePrior(sentences(tc.lines...))
			if got := c.Code(Hash(tc.word, true)); got != tc.want {
				t.Errorf("code of %q = %d, want %d", tc.word, got, tc.want)
			}
		})
	}
}

// TestCasePriorWithoutHeldOut checks that a table learnt without a
// held-out text does not know its words, as the held-out models are built.
func TestCasePriorWithoutHeldOut(t *testing.T) {
	train := sentences(repeat(3, "we met Marlowe there", "the Quorra fleet sailed")...)
	held := sentences("the Quorra fleet sailed")
	c := LearnCasePrior(Without(train, held))
	if got := c.Code(Hash("quorra", true)); got != caseUnseen {
		t.Errorf("held-out word has code %d, want unseen", got)
	}
	if got := c.Code(Hash("marlowe", true)); got != 1 {
		t.Errorf("training word has code %d, want 1", got)
	}
}

func TestCasePriorFeatures(t *testing.T) {
	prior := LearnCasePrior(sentences(repeat(3, "we met Marlowe there", "the BZQ said so")...))
	f := NewFeaturizer(nil, nil)
	f.CasePrior = prior
	feats := func(set uint32, sent string, i int) []uint64 {
		f.Set = set
		var s Sentence
		s.Toks = strings.Fields(sent)
		f.Prepare(&s)
		return f.casePriorFeatures(&s, i, nil)
	}
	base := FeatCasePrior
	both := FeatCasePrior | FeatCaseNeighbours
	if n := len(feats(base, "saw marlowe today", 1)); n != 1 {
		t.Fatalf("token only: %d features, want 1", n)
	}
	if n := len(feats(both, "saw marlowe today", 1)); n != 3 {
		t.Fatalf("with neighbours: %d features, want 3", n)
	}
	tests := []struct {
		name   string
		set    uint32
		a, b   string // two sentences
		ia, ib int    // the token compared
		same   bool
	}{
		{"the word's usual case matters", base, "saw marlowe today", "saw there today", 1, 1, false},
		{"two unseen words are alike", base, "saw zebra today", "saw yak today", 1, 1, true},
		{"the token's own case matters", base, "saw marlowe today", "saw Marlowe today", 1, 1, false},
		{"a sentence start differs", base, "Marlowe saw it", "saw Marlowe go", 0, 1, false},
		{"a heading differs", base, "Storm Hits Marlowe Town", "storm hits Marlowe town", 2, 2, false},
		{"two words of one code are alike", base, "saw there today", "saw met today", 1, 1, true},
		{"the neighbour's code counts with neighbours", both, "saw marlowe there", "saw marlowe zebra", 1, 1, false},
		{"not without them", base, "saw marlowe there", "saw marlowe zebra", 1, 1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := feats(tc.set, tc.a, tc.ia), feats(tc.set, tc.b, tc.ib)
			if same := slicesEqual(a, b); same != tc.same {
				t.Errorf("features of %q[%d] and %q[%d] equal: %v, want %v", tc.a, tc.ia, tc.b, tc.ib, same, tc.same)
			}
		})
	}
}

func slicesEqual(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestCasePriorInModel checks that the table travels in the model file,
// so the featurizer computes what the model was trained with.
func TestCasePriorInModel(t *testing.T) {
	train := sentences(repeat(3, "we met Marlowe there", "the BZQ said so")...)
	b := LabelIndex("B-PERSON")
	for i := range train {
		if train[i].Toks[2] == "Marlowe" {
			train[i].Labels[2] = b
		}
	}
	common := CommonWords(train)
	f := NewFeaturizer(nil, common)
	f.Set = FeatViterbi | FeatCasePrior | FeatCaseNeighbours
	f.CasePrior = LearnCasePrior(train)
	cfg := DefaultTrainConfig
	cfg.Epochs, cfg.Bag, cfg.MinWeight, cfg.MinCount = 2, 1, 0, 1
	m := Train(f, train, cfg)
	m.Common, m.Set, m.CasePrior = common, f.Set, f.CasePrior
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.CasePrior.Len() != f.CasePrior.Len() || back.CasePrior.Len() == 0 {
		t.Fatalf("table of %d words read back as %d", f.CasePrior.Len(), back.CasePrior.Len())
	}
	for _, w := range []string{"marlowe", "there", "bzq", "zebra"} {
		if got, want := back.CasePrior.Code(Hash(w, true)), f.CasePrior.Code(Hash(w, true)); got != want {
			t.Errorf("code of %q read back as %d, want %d", w, got, want)
		}
	}
	if back.Featurizer(nil).CasePrior != back.CasePrior {
		t.Errorf("the model's featurizer does not read its table")
	}
}
