package ner

// rowScratch is the space addScoresBIO works in, kept per goroutine in a
// Tagger: the rows of a token's found features in their order, and rows
// spread from the features whose pairs are in their slot.
type rowScratch struct {
	rows   []*[NumLabelsBIO]float32
	spread [][NumLabelsBIO]float32
}

// addScoresBIO is addScores for the run-time case, a row of the
// NumLabelsBIO labels: the stage's hottest loop (23.6 dense rows per
// token on Brown, nine in ten of the features found). It finds the rows
// first, then sums them in two halves of the labels whose running sums
// the compiler keeps in registers, so that a row costs one load-and-add
// per label. Adding into scores in memory cost a load, an add and a store
// per label, each label's add waiting for its previous store; with all 17
// sums in one loop the compiler spills most of them. A feature whose
// pairs are in its slot is first spread into a row of zeros. Each label
// still gets the same adds in the same order, and adding +0 leaves a
// score unchanged (no score here is -0: scores start at +0 and a weight
// is an int16 step of a scale, never -0), so the sums are the same floats.
func (m *Model) addScoresBIO(feats []uint64, s *[NumLabelsBIO]float32, sc *rowScratch) {
	rows := sc.rows[:0]
	if cap(sc.spread) < len(feats) {
		sc.spread = make([][NumLabelsBIO]float32, len(feats)+len(feats)/2)
	}
	spread := sc.spread[:len(feats)]
	n := 0
	for _, k := range feats {
		k = nonZeroKey(k)
		h := k & m.mask
		for {
			sl := &m.table[h]
			if sl.key == k {
				if sl.lab[0] != denseMark {
					r := &spread[n]
					n++
					*r = [NumLabelsBIO]float32{}
					r[sl.lab[0]] += sl.w[0]
					r[sl.lab[1]] += sl.w[1]
					r[sl.lab[2]] += sl.w[2]
					r[sl.lab[3]] += sl.w[3]
					rows = append(rows, r)
				} else {
					rows = append(rows, (*[NumLabelsBIO]float32)(m.dense[sl.row:]))
				}
				break
			}
			if sl.key == 0 {
				break
			}
			h = (h + 1) & m.mask
		}
	}
	sc.rows = rows
	sumLow(s, rows)
	sumHigh(s, rows)
}

// sumLow adds the rows' labels 0-8 to s, label by label in row order.
func sumLow(s *[NumLabelsBIO]float32, rows []*[NumLabelsBIO]float32) {
	a0, a1, a2, a3, a4, a5, a6, a7, a8 := s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]
	for _, r := range rows {
		a0 += r[0]
		a1 += r[1]
		a2 += r[2]
		a3 += r[3]
		a4 += r[4]
		a5 += r[5]
		a6 += r[6]
		a7 += r[7]
		a8 += r[8]
	}
	s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8] = a0, a1, a2, a3, a4, a5, a6, a7, a8
}

// sumHigh adds the rows' labels 9-16 to s, label by label in row order.
func sumHigh(s *[NumLabelsBIO]float32, rows []*[NumLabelsBIO]float32) {
	a9, a10, a11, a12, a13, a14, a15, a16 := s[9], s[10], s[11], s[12], s[13], s[14], s[15], s[16]
	for _, r := range rows {
		a9 += r[9]
		a10 += r[10]
		a11 += r[11]
		a12 += r[12]
		a13 += r[13]
		a14 += r[14]
		a15 += r[15]
		a16 += r[16]
	}
	s[9], s[10], s[11], s[12], s[13], s[14], s[15], s[16] = a9, a10, a11, a12, a13, a14, a15, a16
}

// sumLow and sumHigh write out the adds of a BIO row, one per label: a
// change of the number of labels must change them too.
var _ = [1]int{}[NumLabelsBIO-17]
