package ner

import (
	"math"
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
		emit := make([]float32, n*nl)
		trans := make([]float32, nl*nl)
		for i := range emit {
			emit[i] = score()
		}
		for i := range trans {
			trans[i] = score()
		}
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
