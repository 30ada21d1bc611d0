package ner

import (
	"math/rand/v2"
	"testing"
)

func TestWordSet(t *testing.T) {
	tests := []struct {
		name string
		in   []uint64
		ask  []uint64
	}{
		{"empty", nil, []uint64{0, 1, 42}},
		{"zero is a member", []uint64{0, 7}, []uint64{0, 7, 1, 8}},
		{"zero is not", []uint64{1, 7}, []uint64{0, 1, 7}},
		// keys with the same low bits probe past each other
		{"collisions", []uint64{1 << 40, 2 << 40, 3 << 40, 5}, []uint64{1 << 40, 2 << 40, 3 << 40, 4 << 40, 5, 0}},
		{"duplicates", []uint64{9, 9, 9}, []uint64{9, 10}},
	}
	r := rand.New(rand.NewPCG(1, 2))
	var many, probe []uint64
	for range 5000 {
		h := r.Uint64()
		many = append(many, h)
		probe = append(probe, h, r.Uint64())
	}
	tests = append(tests, struct {
		name string
		in   []uint64
		ask  []uint64
	}{"random", many, probe})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newWordSet(tc.in)
			want := map[uint64]bool{}
			for _, h := range tc.in {
				want[h] = true
			}
			for _, h := range append(tc.ask, tc.in...) {
				if got := s.has(h); got != want[h] {
					t.Errorf("has(%#x) = %v, want %v", h, got, want[h])
				}
			}
		})
	}
}
