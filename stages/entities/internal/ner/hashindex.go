package ner

// hashIndex maps a 64-bit hash to the entry indexes listed under it, in the
// order they were added. It replaces a map[uint64][]int32 for the
// gazetteer: one flat table and one flat slice instead of a map bucket and
// a small slice per surface form, which made building the index a third of
// start-up (85k entries, 170k allocations) and its lookups slower.
type hashIndex struct {
	slots []hashSlot // open addressing; n == 0 marks an empty slot
	ids   []int32
	mask  uint64
}

type hashSlot struct {
	key      uint64
	start, n uint32
}

// newHashIndex indexes entry i under keys[i] for every i with use[i].
func newHashIndex(keys []uint64, use []bool) hashIndex {
	used := 0
	for _, u := range use {
		if u {
			used++
		}
	}
	// sized by the entries indexed, not all keys: the name lists and the
	// named entries are about half the gazetteer each, and clearing and
	// walking tables twice too large was a measurable part of start-up
	size := 1
	for size < 2*used {
		size <<= 1
	}
	x := hashIndex{slots: make([]hashSlot, size), mask: uint64(size - 1)}
	// First pass: one slot per distinct key, counting its entries; each
	// entry's slot is kept so that the second pass does not probe again.
	slotOf := make([]uint32, len(keys))
	for i, k := range keys {
		if use[i] {
			si := x.slot(k)
			x.slots[si].n++
			slotOf[i] = uint32(si)
		}
	}
	// Each key's range of ids, in slot order.
	start := uint32(0)
	for i := range x.slots {
		x.slots[i].start = start
		start += x.slots[i].n
	}
	// Second pass: fill the ranges in entry order.
	x.ids = make([]int32, used)
	filled := make([]uint32, size)
	for i := range keys {
		if use[i] {
			si := slotOf[i]
			x.ids[x.slots[si].start+filled[si]] = int32(i)
			filled[si]++
		}
	}
	return x
}

// slot returns the index of the slot of key k, claiming an empty one if k
// is new; the caller counts an entry into a new slot before the next call.
func (x *hashIndex) slot(k uint64) uint64 {
	h := k & x.mask
	for {
		s := &x.slots[h]
		if s.n == 0 {
			s.key = k
			return h
		}
		if s.key == k {
			return h
		}
		h = (h + 1) & x.mask
	}
}

// get returns the entries listed under k.
func (x *hashIndex) get(k uint64) ([]int32, bool) {
	h := k & x.mask
	for {
		s := &x.slots[h]
		if s.n == 0 {
			return nil, false
		}
		if s.key == k {
			return x.ids[s.start : s.start+s.n : s.start+s.n], true
		}
		h = (h + 1) & x.mask
	}
}
