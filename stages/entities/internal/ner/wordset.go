package ner

// wordSet is a set of 64-bit word hashes in one flat open-addressing
// table. The featurizer asks for every token whether its folded form is a
// common lower-case word and a function word; as Go maps those two tests
// were a fifth of Prepare (the map's hashing and group matching), where a
// probe here is a mask and a compare, mostly in one cache line.
type wordSet struct {
	keys []uint64 // 0 marks an empty slot
	mask uint64
	zero bool // the hash 0 is in the set (it cannot be stored as a key)
}

// newWordSet returns the set of hs, its table at most half full.
func newWordSet(hs []uint64) wordSet {
	size := 1
	for size < 2*len(hs) {
		size <<= 1
	}
	s := wordSet{keys: make([]uint64, size), mask: uint64(size - 1)}
	for _, h := range hs {
		if h == 0 {
			s.zero = true
			continue
		}
		i := h & s.mask
		for s.keys[i] != 0 && s.keys[i] != h {
			i = (i + 1) & s.mask
		}
		s.keys[i] = h
	}
	return s
}

// has reports whether h is in the set.
func (s *wordSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		switch s.keys[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}
