package ner

import (
	"math"
	"sort"
)

// Word classes learnt from the training text itself: words that appear in
// the same left and right contexts share a class ("Baghdad" with "Kabul",
// "spokesman" with "spokeswoman"), so a weight learnt for one word also
// fires for the rare words of its class. The classes come from the exchange
// algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998), which
// moves one word at a time to the class that most raises the likelihood of a
// class bigram model. It is deterministic: words are visited in a fixed
// order (frequency, then hash), ties go to the lower class, and the
// objective is summed in a fixed order.

// ClusterConfig sets a clustering run.
type ClusterConfig struct {
	Classes  int // number of classes
	MinCount int // words seen fewer times are not clustered
	Iters    int // exchange passes over the vocabulary
}

// DefaultClusterConfig is the best clustering measured (256 classes beat 512
// on a held-out slice of train); the shipped model uses none (docs/MODEL.md).
var DefaultClusterConfig = ClusterConfig{Classes: 256, MinCount: 2, Iters: 15}

// noClass is the class value of a word without a class.
const noClass = 0xFFFF

// Clusters maps a token's exact hash to its word class.
type Clusters struct {
	keys  []uint64 // open-addressing table; 0 = empty
	class []uint16
	mask  uint64
}

// Len returns the number of clustered words.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	n := 0
	for _, k := range c.keys {
		if k != 0 {
			n++
		}
	}
	return n
}

// Class returns the class of the token with exact hash h, or noClass.
func (c *Clusters) Class(h uint64) uint16 {
	if c == nil || len(c.keys) == 0 {
		return noClass
	}
	h = nonZeroKey(h)
	for i := h & c.mask; ; i = (i + 1) & c.mask {
		switch c.keys[i] {
		case h:
			return c.class[i]
		case 0:
			return noClass
		}
	}
}

// newClusters builds the lookup table from parallel key and class slices.
func newClusters(keys []uint64, classes []uint16) *Clusters {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	c := &Clusters{keys: make([]uint64, size), class: make([]uint16, size), mask: uint64(size - 1)}
	for j, k := range keys {
		k = nonZeroKey(k)
		i := k & c.mask
		for c.keys[i] != 0 {
			i = (i + 1) & c.mask
		}
		c.keys[i], c.class[i] = k, classes[j]
	}
	return c
}

// pairs returns the (key, class) pairs sorted by key, for writing.
func (c *Clusters) pairs() ([]uint64, []uint16) {
	type kc struct {
		k uint64
		c uint16
	}
	var all []kc
	for i, k := range c.keys {
		if k != 0 {
			all = append(all, kc{k, c.class[i]})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	keys := make([]uint64, len(all))
	classes := make([]uint16, len(all))
	for i, e := range all {
		keys[i], classes[i] = e.k, e.c
	}
	return keys, classes
}

// LearnClusters runs the exchange algorithm over the sentences' tokens
// (exact case, quotes normalised as in Hash).
func LearnClusters(sents []Example, cfg ClusterConfig) *Clusters {
	// Vocabulary: word ids by descending frequency, ties by hash.
	count := map[uint64]int{}
	for _, ex := range sents {
		for _, t := range ex.Toks {
			count[nonZeroKey(Hash(t, false))]++
		}
	}
	type wc struct {
		h uint64
		n int
	}
	var vocab []wc
	for h, n := range count {
		if n >= cfg.MinCount {
			vocab = append(vocab, wc{h, n})
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if vocab[i].n != vocab[j].n {
			return vocab[i].n > vocab[j].n
		}
		return vocab[i].h < vocab[j].h
	})
	V := len(vocab) + 2 // + rare word + sentence boundary
	rare, boundary := int32(len(vocab)), int32(len(vocab)+1)
	id := make(map[uint64]int32, len(vocab))
	for i, w := range vocab {
		id[w.h] = int32(i)
	}
	// Bigram counts per word, both directions.
	type nb struct {
		w int32
		n int32
	}
	right := make([]map[int32]int32, V)
	for i := range right {
		right[i] = map[int32]int32{}
	}
	uni := make([]int64, V)
	for _, ex := range sents {
		prev := boundary
		uni[boundary]++
		for _, t := range ex.Toks {
			w, ok := id[nonZeroKey(Hash(t, false))]
			if !ok {
				w = rare
			}
			right[prev][w]++
			uni[w]++
			prev = w
		}
		right[prev][boundary]++
	}
	rightL := make([][]nb, V)
	leftL := make([][]nb, V)
	for u := range right {
		keys := make([]int32, 0, len(right[u]))
		for v := range right[u] {
			keys = append(keys, v)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, v := range keys {
			n := right[u][v]
			rightL[u] = append(rightL[u], nb{v, n})
			leftL[v] = append(leftL[v], nb{int32(u), n})
		}
	}
	right = nil
	// x log x, tabulated.
	var total int64
	for _, n := range uni {
		total += n
	}
	xlx := make([]float64, total+2)
	for x := 2; x < len(xlx); x++ {
		xlx[x] = float64(x) * math.Log(float64(x))
	}
	K := cfg.Classes
	// Classes 0..K-1 for words; rare and boundary get fixed classes K, K+1.
	KK := K + 2
	class := make([]int32, V)
	for i := range vocab {
		class[i] = int32(i % K)
	}
	class[rare], class[boundary] = int32(K), int32(K+1)
	big := make([]int64, KK*KK) // big[c1*KK+c2]: class bigram counts
	cn := make([]int64, KK)     // class unigram counts
	for u := range rightL {
		cn[class[u]] += uni[u]
		for _, e := range rightL[u] {
			big[int(class[u])*KK+int(class[e.w])] += int64(e.n)
		}
	}
	rc := make([]int64, KK) // w's right-neighbour counts by class (not w itself)
	lc := make([]int64, KK)
	var rcs, lcs []int32 // classes touched
	for iter := 0; iter < cfg.Iters; iter++ {
		moved := 0
		for w := 0; w < len(vocab); w++ {
			a := class[w]
			var self int64
			rcs, lcs = rcs[:0], lcs[:0]
			for _, e := range rightL[w] {
				if int(e.w) == w {
					self += int64(e.n)
					continue
				}
				c := class[e.w]
				if rc[c] == 0 {
					rcs = append(rcs, c)
				}
				rc[c] += int64(e.n)
			}
			for _, e := range leftL[w] {
				if int(e.w) == w {
					continue
				}
				c := class[e.w]
				if lc[c] == 0 {
					lcs = append(lcs, c)
				}
				lc[c] += int64(e.n)
			}
			sort.Slice(rcs, func(i, j int) bool { return rcs[i] < rcs[j] })
			sort.Slice(lcs, func(i, j int) bool { return lcs[i] < lcs[j] })
			// Take w out of class a.
			move := func(b int32, sign int64) {
				for _, d := range rcs {
					big[int(b)*KK+int(d)] += sign * rc[d]
				}
				for _, d := range lcs {
					big[int(d)*KK+int(b)] += sign * lc[d]
				}
				big[int(b)*KK+int(b)] += sign * self
				cn[b] += sign * uni[w]
			}
			move(a, -1)
			best, bestGain := a, math.Inf(-1)
			for b := int32(0); b < int32(K); b++ {
				row := big[int(b)*KK : int(b)*KK+KK]
				var g float64
				for _, d := range rcs {
					if d == b {
						continue
					}
					g += xlx[row[d]+rc[d]] - xlx[row[d]]
				}
				for _, d := range lcs {
					if d == b {
						continue
					}
					x := big[int(d)*KK+int(b)]
					g += xlx[x+lc[d]] - xlx[x]
				}
				bb := row[b]
				g += xlx[bb+rc[b]+lc[b]+self] - xlx[bb]
				g -= 2 * (xlx[cn[b]+uni[w]] - xlx[cn[b]])
				if g > bestGain {
					best, bestGain = b, g
				}
			}
			move(best, 1)
			if best != a {
				class[w] = best
				moved++
			}
			for _, d := range rcs {
				rc[d] = 0
			}
			for _, d := range lcs {
				lc[d] = 0
			}
		}
		if moved == 0 {
			break
		}
	}
	keys := make([]uint64, len(vocab))
	classes := make([]uint16, len(vocab))
	for i, w := range vocab {
		keys[i], classes[i] = w.h, uint16(class[i])
	}
	return newClusters(keys, classes)
}
