package ner

import (
	"math"
	"slices"
	"testing"
)

// bruteForce returns the best BIO-valid path by enumerating all paths.
func bruteForce(emit, trans []float32, nl, n int, permit []uint64) []int {
	var best []int
	bestScore := float32(math.Inf(-1))
	path := make([]int, n)
	var walk func(i int, score float32)
	walk = func(i int, score float32) {
		if i == n {
			if score > bestScore {
				bestScore, best = score, append([]int(nil), path...)
			}
			return
		}
		prev := 0
		if i > 0 {
			prev = path[i-1]
		}
		for l := 0; l < nl; l++ {
			if !allowed(prev, l) || permit != nil && permit[i]&(1<<uint(l)) == 0 {
				continue
			}
			path[i] = l
			walk(i+1, score+trans[prev*nl+l]+emit[i*nl+l])
		}
	}
	walk(0, 0)
	return best
}

func TestViterbiFindsTheBestValidPath(t *testing.T) {
	nl := NumLabels
	r := rng{7}
	score := func() float32 { return float32(int(r.next()%2001)-1000) / 100 }
	for trial := 0; trial < 30; trial++ {
		n := 1 + trial%3
		emit, trans := randomScores(n, nl, score)
		var permit []uint64
		if trial%2 == 1 {
			// gold O at every token, PERSON unannotated
			permit = MaskedTarget(Example{Labels: make([]int, n), Unannotated: 1}, nil)
		}
		want := bruteForce(emit, trans, nl, n, permit)
		got := make([]int, n)
		viterbi(emit, trans, nl, n, permit, float32(math.Inf(-1)), make([]float32, n*nl), make([]uint8, n*nl), got)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d: viterbi %v, brute force %v", trial, got, want)
			}
		}
		if permit == nil {
			fast := make([]int, n)
			viterbiBIO(emit, trans, n, make([]uint8, n*nl), fast)
			for i := range want {
				if fast[i] != want[i] {
					t.Fatalf("trial %d: viterbiBIO %v, brute force %v", trial, fast, want)
				}
			}
		}
	}
}

func TestRepairBIO(t *testing.T) {
	b, i := LabelIndex("B-ORG"), LabelIndex("I-ORG")
	ip := LabelIndex("I-PERSON")
	labels := []int{i, i, 0, ip, b, i}
	repairBIO(labels)
	want := []int{b, i, 0, ip - 1, b, i}
	for k := range want {
		if labels[k] != want[k] {
			t.Fatalf("got %v, want %v", labels, want)
		}
	}
}

// TestNarrowMask checks that an O token of a corpus without nationalities
// may be read as one only when the annotated corpora have its word in a
// nationality.
func TestNarrowMask(t *testing.T) {
	norp := -1
	for i, name := range Types {
		if name == "NORP" {
			norp = i
		}
	}
	bNorp, iNorp := LabelIndex("B-NORP"), LabelIndex("I-NORP")
	bPer := LabelIndex("B-PERSON")
	annotated := []Example{
		{Toks: []string{"the", "Kurdish", "fighters"}, Labels: []int{0, bNorp, 0}},
		// a corpus without nationalities: its words teach nothing
		{Toks: []string{"RT", "Kurdish"}, Labels: []int{0, 0}, Unannotated: 1 << uint(norp)},
	}
	words := TypeWords(annotated)
	tests := []struct {
		name  string
		tok   string
		gold  int
		allow bool // B-NORP in the target
	}{
		{"a word seen in a nationality", "kurdish", 0, true},
		{"a word never seen in one", "RT", 0, false},
		{"a user name", "@kurdish", 0, false},
		{"a gold name keeps its label only", "Kurdish", bPer, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := Example{Toks: []string{tc.tok}, Labels: []int{tc.gold}, Unannotated: 1 << uint(norp)}
			permit := MaskedTarget(ex, nil)
			narrowMask(ex, ex.Labels, permit, words)
			if got := permit[0]&(1<<uint(bNorp)) != 0; got != tc.allow {
				t.Errorf("B-NORP permitted = %v, want %v", got, tc.allow)
			}
			if tc.allow && permit[0]&(1<<uint(iNorp)) == 0 {
				t.Errorf("I-NORP not permitted with B-NORP")
			}
			if permit[0]&(1<<uint(tc.gold)) == 0 {
				t.Errorf("the gold label is no longer permitted")
			}
		})
	}
}

// TestUnannotatedUserNames checks that a user name written O by a corpus
// that does not annotate user names may take any label in the target, and
// one written O by a corpus that does keeps O.
func TestUnannotatedUserNames(t *testing.T) {
	bPer, bOrg := LabelIndex("B-PERSON"), LabelIndex("B-ORG")
	tests := []struct {
		name        string
		tok         string
		unannotated uint32
		allow       bool // B-PERSON and B-ORG in the target
	}{
		{"user name, corpus without them", "@someone", UnannotatedUserNames, true},
		{"user name, corpus that tags them", "@someone", 0, false},
		{"hashtag, corpus without user names", "#someone", UnannotatedUserNames, false},
		{"word, corpus without user names", "someone", UnannotatedUserNames, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := Example{Toks: []string{tc.tok}, Labels: []int{0}, Unannotated: tc.unannotated}
			permit := MaskedTarget(ex, nil)
			narrowMask(ex, ex.Labels, permit, map[uint64]uint32{})
			for _, l := range []int{bPer, bOrg} {
				if got := permit[0]&(1<<uint(l)) != 0; got != tc.allow {
					t.Errorf("%s permitted = %v, want %v", LabelName(l), got, tc.allow)
				}
			}
			if permit[0]&1 == 0 {
				t.Errorf("O is no longer permitted")
			}
		})
	}
}

// TestViterbiBIOMatchesViterbi checks the run-time decoder against the
// generic one on long sentences whose coarse scores tie often: the same
// path, ties broken the same way.
func TestViterbiBIOMatchesViterbi(t *testing.T) {
	nl := NumLabels
	r := rng{11}
	for _, step := range []float32{0.01, 0.5, 4} {
		score := func() float32 { return float32(int(r.next()%9)-4) * step }
		for trial := 0; trial < 50; trial++ {
			n := 1 + trial
			emit, trans := randomScores(n, nl, score)
			want := make([]int, n)
			viterbi(emit, trans, nl, n, nil, float32(math.Inf(-1)), make([]float32, n*nl), make([]uint8, n*nl), want)
			got := make([]int, n)
			viterbiBIO(emit, trans, n, make([]uint8, n*nl), got)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("step %v trial %d: viterbiBIO %v, viterbi %v", step, trial, got, want)
				}
			}
		}
	}
}

// BenchmarkViterbiBIO decodes a sentence of 30 tokens.
func BenchmarkViterbiBIO(b *testing.B) {
	const n = 30
	nl := NumLabels
	r := rng{3}
	score := func() float32 { return float32(int(r.next()%2001)-1000) / 100 }
	emit, trans := randomScores(n, nl, score)
	back := make([]uint8, n*nl)
	out := make([]int, n)
	for b.Loop() {
		viterbiBIO(emit, trans, n, back, out)
	}
}

// randomScores returns emission scores for n tokens and transition scores,
// each drawn from score in that order.
func randomScores(n, nl int, score func() float32) (emit, trans []float32) {
	emit, trans = make([]float32, n*nl), make([]float32, nl*nl)
	for i := range emit {
		emit[i] = score()
	}
	for i := range trans {
		trans[i] = score()
	}
	return emit, trans
}

// TestLabelBiasIsAPerTokenScore checks that the bias WithLabelBias folds
// into the transitions decodes as the same bias added to every token's
// scores would (brute force over all paths), and that a larger bias on
// every entity label never finds fewer entity tokens.
func TestLabelBiasIsAPerTokenScore(t *testing.T) {
	const nl = NumLabelsBIO
	r := rng{5}
	score := func() float32 { return float32(int(r.next()%2001)-1000) / 100 }
	bPer, bOrg := LabelIndex("B-PERSON"), LabelIndex("B-ORG")
	tests := []struct {
		name string
		set  func(b *[nl]float32, x float32)
	}{
		{"every entity label", func(b *[nl]float32, x float32) {
			for l := 1; l < nl; l++ {
				b[l] = x
			}
		}},
		{"B- labels only", func(b *[nl]float32, x float32) {
			for l := 1; l < nl; l += 2 {
				b[l] = x
			}
		}},
		{"one type", func(b *[nl]float32, x float32) { b[bOrg], b[bOrg+1] = x, x }},
		{"against one label", func(b *[nl]float32, x float32) { b[bPer] = -x }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for trial := 0; trial < 20; trial++ {
				n := 1 + trial%3
				emit, trans := randomScores(n, nl, score)
				m := &Model{Set: FeatViterbi, trans: trans}
				prevEntities := -1
				for _, x := range []float32{0, 2, 5, 10, 40} {
					var bias [nl]float32
					tc.set(&bias, x)
					biased, err := m.WithLabelBias(&bias)
					if err != nil {
						t.Fatal(err)
					}
					shifted := slices.Clone(emit)
					for i := range shifted {
						shifted[i] += bias[i%nl]
					}
					want := bruteForce(shifted, trans, nl, n, nil)
					got := make([]int, n)
					viterbiBIO(emit, biased.trans, n, make([]uint8, n*nl), got)
					if !slices.Equal(got, want) {
						t.Fatalf("trial %d bias %v: folded %v, per token %v", trial, x, got, want)
					}
					if tc.name == "every entity label" {
						entities := 0
						for _, l := range got {
							if l != 0 {
								entities++
							}
						}
						if entities < prevEntities {
							t.Fatalf("trial %d bias %v: %d entity tokens, fewer than %d at a smaller bias", trial, x, entities, prevEntities)
						}
						prevEntities = entities
					}
				}
				if !slices.Equal(m.trans, trans) {
					t.Fatal("WithLabelBias changed the model's own transitions")
				}
			}
		})
	}
	if _, err := (&Model{}).WithLabelBias(new([nl]float32)); err == nil {
		t.Error("a model without Viterbi decoding took a label bias")
	}
}
