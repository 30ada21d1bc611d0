package ner

import (
	"bytes"
	"math"
	"testing"
)

// randomModel builds a model of nFeat features over nl labels whose
// features have from none to all nl weights (about half of them over
// inlinePairs).
func randomModel(r *rng, nFeat, nl int) (*Model, []uint64) {
	idOf := map[uint64]int32{}
	var keys []uint64
	for len(keys) < nFeat {
		k := r.next()
		if _, dup := idOf[k]; !dup && k != 0 {
			idOf[k] = int32(len(keys))
			keys = append(keys, k)
		}
	}
	avg := make([]float64, nFeat*nl)
	for f := range keys {
		dense := r.next()%2 == 0
		for l := 0; l < nl; l++ {
			if dense || r.next()%8 == 0 {
				avg[f*nl+l] = float64(int64(r.next()%2001)-1000) / 7
			}
		}
	}
	return modelOf(idOf, nl, avg, 0.01), keys
}

// pairScores is what addScores must compute: each feature's pairs, in the
// order of the features, added one by one.
func pairScores(m *Model, feats []uint64, scores []float32) {
	for _, k := range feats {
		for f, key := range m.keys {
			if key == nonZeroKey(k) {
				for p := m.starts[f]; p < m.starts[f+1]; p++ {
					scores[m.labels[p]] += m.wts[p]
				}
			}
		}
	}
}

// TestAddScoresMatchesPairs checks that the table tagging reads (weights
// inline in the slots, or dense rows) gives every score bit for bit the
// float the model's pairs give, so that no tag changes with the layout.
func TestAddScoresMatchesPairs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		nl    int
		nFeat int
	}{
		{"BIO labels", NumLabelsBIO, 300},
		{"BILOU tags", 1 + 4*len(Types), 300},
		{"few labels", 3, 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &rng{uint64(tc.nl)}
			m, keys := randomModel(r, tc.nFeat, tc.nl)
			got := make([]float32, tc.nl)
			want := make([]float32, tc.nl)
			for trial := 0; trial < 200; trial++ {
				// known and unknown keys, repeated, in any order
				feats := make([]uint64, 1+r.next()%40)
				for i := range feats {
					feats[i] = keys[r.next()%uint64(len(keys))]
					if r.next()%4 == 0 {
						feats[i] = r.next()
					}
				}
				clear(got)
				clear(want)
				m.addScores(feats, got)
				pairScores(m, feats, want)
				for l := range got {
					// bit for bit, but +0 and -0 are the same score
					if math.Float32bits(got[l]) != math.Float32bits(want[l]) && got[l] != want[l] {
						t.Fatalf("trial %d label %d: %v, want %v", trial, l, got[l], want[l])
					}
				}
			}
		})
	}
}

// TestModelRoundTrip checks that a model read back from its file has the
// weights it was written with (up to their int16 rounding) in its table.
func TestModelRoundTrip(t *testing.T) {
	r := &rng{7}
	m, keys := randomModel(r, 500, NumLabelsBIO)
	m.Set = FeatViterbi
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.NumFeatures() != m.NumFeatures() {
		t.Fatalf("%d features read back, want %d", back.NumFeatures(), m.NumFeatures())
	}
	var again bytes.Buffer
	if err := back.Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("writing the model read back gives other bytes")
	}
	got := make([]float32, NumLabelsBIO)
	want := make([]float32, NumLabelsBIO)
	for _, k := range keys {
		clear(got)
		clear(want)
		back.addScores([]uint64{k}, got)
		pairScores(back, []uint64{k}, want)
		if !equalFloats(got, want) {
			t.Fatalf("feature %x: %v, want %v", k, got, want)
		}
	}
}

func equalFloats(a, b []float32) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
