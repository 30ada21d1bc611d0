package ner

import (
	"math"
	"testing"
)

// bruteLogZ returns log of the sum of exp(score) over every BIO-valid path
// of n tokens that permit allows (all when permit is nil), by enumeration.
func bruteLogZ(emit, trans []float64, nl, n int, permit []uint64) float64 {
	var sum float64
	var walk func(i, prev int, score float64)
	walk = func(i, prev int, score float64) {
		if i == n {
			sum += math.Exp(score)
			return
		}
		for l := 0; l < nl; l++ {
			if !allowed(prev, l) || permit != nil && permit[i]&(1<<uint(l)) == 0 {
				continue
			}
			walk(i+1, l, score+trans[prev*nl+l]+emit[i*nl+l])
		}
	}
	walk(0, 0, 0)
	return math.Log(sum)
}

// crfLattices are small lattices: random scores, with and without a
// partial annotation.
var crfLattices = []struct {
	name   string
	n      int
	permit func(n int) []uint64
}{
	{"one token, all paths", 1, nil},
	{"three tokens, all paths", 3, nil},
	{"three tokens, gold path", 3, func(n int) []uint64 {
		return goldPermit([]int{LabelIndex("B-ORG"), LabelIndex("I-ORG"), 0}, nil)
	}},
	{"three tokens, PERSON unannotated", 3, func(n int) []uint64 {
		return MaskedTarget(Example{Labels: []int{0, LabelIndex("B-GPE"), 0}, Unannotated: 1}, nil)
	}},
}

func randomLattice(n, nl int, seed uint64) (emit, trans []float64) {
	r := rng{seed}
	score := func() float64 { return float64(int(r.next()%2001)-1000) / 400 }
	emit = make([]float64, n*nl)
	trans = make([]float64, nl*nl)
	for x := range emit {
		emit[x] = score()
	}
	for x := range trans {
		trans[x] = score()
	}
	return emit, trans
}

func TestLatticeLogZAndMarginals(t *testing.T) {
	nl := NumLabels
	for ci, c := range crfLattices {
		t.Run(c.name, func(t *testing.T) {
			emit, trans := randomLattice(c.n, nl, uint64(ci+11))
			var permit []uint64
			if c.permit != nil {
				permit = c.permit(c.n)
			}
			var lt lattice
			logZ, ok := lt.run(emit, trans, nl, c.n, permit)
			if !ok {
				t.Fatal("no path")
			}
			if want := bruteLogZ(emit, trans, nl, c.n, permit); math.Abs(logZ-want) > 1e-9 {
				t.Fatalf("log Z %v, brute force %v", logZ, want)
			}
			for i := 0; i < c.n; i++ {
				var sum float64
				for l := 0; l < nl; l++ {
					sum += lt.node[i*nl+l]
				}
				if math.Abs(sum-1) > 1e-9 {
					t.Errorf("token %d: marginals sum to %v", i, sum)
				}
			}
			var edges float64
			for _, e := range lt.edge {
				edges += e
			}
			if math.Abs(edges-float64(c.n)) > 1e-9 {
				t.Errorf("expected transitions sum to %v, want %d", edges, c.n)
			}
			// the marginals are the derivatives of log Z: compare with
			// central finite differences
			const h = 1e-5
			for x := range emit {
				emit[x] += h
				up := bruteLogZ(emit, trans, nl, c.n, permit)
				emit[x] -= 2 * h
				down := bruteLogZ(emit, trans, nl, c.n, permit)
				emit[x] += h
				if d := (up - down) / (2 * h); math.Abs(d-lt.node[x]) > 1e-6 {
					t.Fatalf("d log Z / d emit[%d] = %v by finite difference, marginal %v", x, d, lt.node[x])
				}
			}
			for x := range trans {
				trans[x] += h
				up := bruteLogZ(emit, trans, nl, c.n, permit)
				trans[x] -= 2 * h
				down := bruteLogZ(emit, trans, nl, c.n, permit)
				trans[x] += h
				if d := (up - down) / (2 * h); math.Abs(d-lt.edge[x]) > 1e-6 {
					t.Fatalf("d log Z / d trans[%d] = %v by finite difference, expected count %v", x, d, lt.edge[x])
				}
			}
		})
	}
}

func TestLatticeWithoutPermittedPath(t *testing.T) {
	nl := NumLabels
	emit, trans := randomLattice(2, nl, 5)
	// I-ORG at the first token: no valid path starts there
	permit := goldPermit([]int{LabelIndex("I-ORG"), 0}, nil)
	var lt lattice
	if _, ok := lt.run(emit, trans, nl, 2, permit); ok {
		t.Fatal("a path was found where BIO permits none")
	}
}

// TestTrainCRFLearnsTheTrainingSentences trains the CRF on a few sentences
// and checks that the model then tags them right, the perceptron's
// training data test for the new objective.
func TestTrainCRFLearnsTheTrainingSentences(t *testing.T) {
	per, iper, org := LabelIndex("B-PERSON"), LabelIndex("I-PERSON"), LabelIndex("B-ORG")
	train := []Example{
		{Toks: []string{"Maria", "Lopez", "joined", "Fabrikam", "."}, Labels: []int{per, iper, 0, org, 0}},
		{Toks: []string{"Fabrikam", "hired", "Maria", "Lopez", "."}, Labels: []int{org, 0, per, iper, 0}},
		{Toks: []string{"the", "firm", "grew", "."}, Labels: []int{0, 0, 0, 0}},
	}
	for _, average := range []bool{false, true} {
		f := NewFeaturizer(NewGazetteer(nil), nil)
		f.Set |= FeatViterbi
		cfg := UseCRF(DefaultTrainConfig)
		cfg.Epochs, cfg.Bag, cfg.MinCount, cfg.LearnRate = 30, 1, 1, 0.5
		cfg.CRFAverage = average
		m := Train(f, train, cfg)
		var tg Tagger
		for _, ex := range train {
			tg.Sent.Toks = ex.Toks
			got := m.Tag(f, &tg)
			for i := range ex.Labels {
				if got[i] != ex.Labels[i] {
					t.Fatalf("averaged %v: %v: tagged %v, want %v", average, ex.Toks, got, ex.Labels)
				}
			}
		}
	}
}
