package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHashIndexMatchesMap checks hashIndex against the map it replaces, with
// repeated keys, key 0, keys that share their low bits and skipped entries.
func TestHashIndexMatchesMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 7, 1000, 20000} {
		keys, use := make([]uint64, n), make([]bool, n)
		want := map[uint64][]int32{}
		for i := range keys {
			switch r.IntN(4) {
			case 0:
				keys[i] = uint64(r.IntN(50)) // repeats, and 0
			case 1:
				keys[i] = uint64(r.IntN(8)) << 40 // same low bits
			default:
				keys[i] = r.Uint64()
			}
			use[i] = r.IntN(10) > 0
			if use[i] {
				want[keys[i]] = append(want[keys[i]], int32(i))
			}
		}
		x := newHashIndex(keys, use)
		for k, ids := range want {
			got, ok := x.get(k)
			if !ok || !slices.Equal(got, ids) {
				t.Fatalf("n=%d key %d: got %v %v, want %v", n, k, got, ok, ids)
			}
		}
		for range 1000 {
			k := r.Uint64()
			if _, listed := want[k]; listed {
				continue
			}
			if got, ok := x.get(k); ok || got != nil {
				t.Fatalf("n=%d: absent key %d found: %v", n, k, got)
			}
		}
	}
}
