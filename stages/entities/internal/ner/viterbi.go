package ner

import (
	"errors"
	"math"
	"slices"
)

// Viterbi decoding (FeatViterbi): the label of a token is chosen for the
// whole sentence at once, as the best path of per-token scores (the static
// features) plus a label-to-label transition score, under the BIO
// constraint that I-X follows only B-X or I-X. Greedy decoding must commit
// to "Donald" before it sees "J. Trump"; Viterbi lets the later tokens
// decide. The transition weights are the tPrev features of the model (the
// previous label alone), kept in a dense table so that decoding costs no
// extra hash lookup per token; the other label-history features of greedy
// decoding (previous two labels, previous label with the word, shape or
// gazetteer mask) are not used.

// transitionKey is the feature key of the transition from label prev.
func transitionKey(prev int) uint64 { return nonZeroKey(mix(tPrev, uint64(prev))) }

// loadTransitions fills m.trans from the tPrev features.
func (m *Model) loadTransitions() {
	nl := numTags(m.Set)
	m.trans = make([]float32, nl*nl)
	for p := 0; p < nl; p++ {
		m.addScores([]uint64{transitionKey(p)}, m.trans[p*nl:(p+1)*nl])
	}
}

// WithLabelBias returns a model that decodes as m does with bias[l] added
// to the score of label l at every token. A positive bias on the entity
// labels is a bias against O: a tagger trained in one kind of text is
// over-confident in O in another, and the bias trades precision for recall
// without retraining (docs/MODEL.md, a bias against O at decoding). It is
// folded into the transition table: every token's label is reached by
// exactly one transition (the start of the sentence counts as a previous
// O), so adding bias[l] to every transition into l adds it once per token
// labelled l, and decoding costs nothing more. m is not changed; the
// models share their weights.
func (m *Model) WithLabelBias(bias *[NumLabelsBIO]float32) (*Model, error) {
	if m.Set&FeatViterbi == 0 {
		return nil, errors.New("ner: a label bias needs a Viterbi model")
	}
	const nl = NumLabelsBIO
	b := *m
	b.trans = slices.Clone(m.trans)
	for p := 0; p < nl; p++ {
		for l, x := range bias {
			b.trans[p*nl+l] += x
		}
	}
	return &b, nil
}

// number is the score type: int64 in training (exact, reproducible
// arithmetic), float32 at run time.
type number interface{ ~int64 | ~float32 }

// viterbi writes to out the best BIO-valid label path of n tokens given
// per-token scores emit[i*nl+l] and transition scores trans[p*nl+l] (the
// start of the sentence counts as a previous O). When permit is not nil,
// label l is allowed at token i only if permit[i] has bit l: training uses
// that to find the best path the partial annotation of a corpus allows.
// negInf is below any path score; delta and back are scratch space of n*nl
// cells. nl must be NumLabels.
func viterbi[T number](emit, trans []T, nl, n int, permit []uint64, negInf T, delta []T, back []uint8, out []int) {
	for l := 0; l < nl; l++ {
		delta[l] = negInf
		if allowed(0, l) && (permit == nil || permit[0]&(1<<uint(l)) != 0) {
			delta[l] = emit[l] + trans[l]
		}
	}
	for i := 1; i < n; i++ {
		prevRow := delta[(i-1)*nl : i*nl]
		row := delta[i*nl : (i+1)*nl]
		backRow := back[i*nl : (i+1)*nl]
		for l := 0; l < nl; l++ {
			best, bestP := negInf, 0
			if permit == nil || permit[i]&(1<<uint(l)) != 0 {
				// O and B-X may follow anything; I-X only B-X (label
				// l-1) or I-X.
				lo, hi := 0, nl
				if l > 0 && !IsBegin(l) {
					lo, hi = l-1, l+1
				}
				for p := lo; p < hi; p++ {
					d := prevRow[p]
					if d == negInf {
						continue
					}
					if s := d + trans[p*nl+l]; s > best {
						best, bestP = s, p
					}
				}
				if best != negInf {
					best += emit[i*nl+l]
				}
			}
			row[l] = best
			backRow[l] = uint8(bestP)
		}
	}
	backtrace(delta[(n-1)*nl:n*nl], back, nl, out[:n])
}

// backtrace writes to out the path that ends in the best label of the last
// row and follows the back pointers.
func backtrace[T number](last []T, back []uint8, nl int, out []int) {
	bestL := 0
	for l := 1; l < nl; l++ {
		if last[l] > last[bestL] {
			bestL = l
		}
	}
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = bestL
		bestL = int(back[i*nl+bestL])
	}
}

// repairBIO turns a stray I-X (after O or another type) into B-X, so that
// every gold path is one the decoder can produce.
func repairBIO(labels []int) {
	prev := 0
	for i, l := range labels {
		if l > 0 && !IsBegin(l) && !allowed(prev, l) {
			labels[i] = l - 1
		}
		prev = labels[i]
	}
}

// MaskedTarget writes to permit, for each token of ex, the labels a correct
// path may take there: the gold label, and where the gold label is O also
// B- and I- of the types ex's corpus does not annotate (and any label at a
// user name, when the corpus does not annotate those). Training aims at the
// best path within permit, so an unannotated name the model finds is not
// punished as a false positive, and nothing teaches O for it.
func MaskedTarget(ex Example, permit []uint64) []uint64 {
	permit = grow(permit, len(ex.Labels))
	var free uint64
	for t := range Types {
		if ex.Unannotated&(1<<uint(t)) != 0 {
			free |= 1<<uint(1+2*t) | 1<<uint(2+2*t)
		}
	}
	for i, l := range ex.Labels {
		permit[i] = 1 << uint(l)
		if l == 0 {
			permit[i] |= free
			if unannotatedUserName(ex, i) {
				permit[i] = 1<<NumLabelsBIO - 1
			}
		}
	}
	return permit
}

// unannotatedUserName reports whether token i of ex is a user name of a
// corpus that does not annotate user names.
func unannotatedUserName(ex Example, i int) bool {
	if ex.Unannotated&UnannotatedUserNames == 0 || i >= len(ex.Toks) {
		return false
	}
	kind, _ := handleKind(ex.Toks[i])
	return kind == handleAt
}

// TypeWords returns, for every folded word inside a name of some type in
// the examples whose corpus annotates that type, the bits of those types
// (bit t: Types[t]).
func TypeWords(train []Example) map[uint64]uint32 {
	words := map[uint64]uint32{}
	for _, ex := range train {
		for i, l := range ex.Labels {
			if l == 0 {
				continue
			}
			if t := TypeOf(l); ex.Unannotated&(1<<uint(t)) == 0 {
				words[Hash(ex.Toks[i], true)] |= 1 << uint(t)
			}
		}
	}
	return words
}

// narrowMask keeps, at each O token of ex, only the unannotated types whose
// names the annotated corpora show the token's word in (TypeWords): a word
// never seen in a nationality, event or title elsewhere ("RT", a user name,
// "lol") stays O in the target. Without it the masked target is a latent
// label free to drift: whatever the model reads as, say, a nationality in a
// corpus without nationalities is never corrected, and the drift feeds
// itself (every "RT" of the tweets became NORP).
func narrowMask(ex Example, gold []int, permit []uint64, words map[uint64]uint32) {
	for i, l := range gold {
		if l != 0 || unannotatedUserName(ex, i) {
			continue
		}
		keep := uint64(1)
		for t, bits := 0, words[Hash(ex.Toks[i], true)]&ex.Unannotated; bits != 0; t, bits = t+1, bits>>1 {
			if bits&1 != 0 {
				keep |= 1<<uint(1+2*t) | 1<<uint(2+2*t)
			}
		}
		permit[i] &= keep
	}
}

// trainViterbi runs the structured perceptron (Collins 2002): each sentence
// is decoded whole, and the static features of the tokens whose label
// differs from the target path, and the transitions that differ, are
// updated. The target is the gold path, or for a partially annotated corpus
// the best path the annotation permits.
func trainViterbi(tr *trainer, static [][]int32, lexical []bool, train []Example, cfg TrainConfig, logf func(string, ...any)) {
	nl := NumLabels
	trIDs := make([]int32, nl)
	for p := range trIDs {
		trIDs[p] = tr.id(transitionKey(p), true)
	}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	r := rng{cfg.Seed ^ 0xA5A5A5A5}
	drop := rng{cfg.Seed ^ 0x5A5A5A5A}
	var (
		emit, delta []int64
		trans       = make([]int64, nl*nl)
		back        []uint8
		pred, gold  []int
		permit      []uint64
		ids         []int32 // the token's ids used this time, flattened
		ends        []int   // end of token i's ids in ids
	)
	negInf := int64(math.MinInt64)
	var typeWords map[uint64]uint32
	if cfg.MaskByWords {
		typeWords = TypeWords(train)
	}
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		r.shuffle(order)
		errs, total := 0, 0
		for _, si := range order {
			ex := train[si]
			n := len(ex.Toks)
			if n == 0 {
				continue
			}
			ids, ends = sentenceIDs(static[si], n, lexical, cfg.WordDropout, &drop, ids[:0], ends[:0])
			emit = sentenceEmissions(emit, tr.w, ids, ends, n, nl)
			for p, id := range trIDs {
				for l, w := range tr.w[int(id)*nl : int(id)*nl+nl] {
					trans[p*nl+l] = int64(w)
				}
			}
			delta = grow(delta, n*nl)
			back = grow(back, n*nl)
			pred = grow(pred, n)
			viterbi(emit, trans, nl, n, nil, negInf, delta, back, pred)
			gold = append(gold[:0], ex.Labels...)
			repairBIO(gold)
			if ex.Unannotated != 0 {
				permit = trainingMask(ex, gold, permit, typeWords)
				viterbi(emit, trans, nl, n, permit, negInf, delta, back, gold)
			}
			tr.t++
			total += n
			start := 0
			for i := 0; i < n; i++ {
				pp, gp := 0, 0
				if i > 0 {
					pp, gp = pred[i-1], gold[i-1]
				}
				if pred[i] != gold[i] {
					errs++
					for _, id := range ids[start:ends[i]] {
						tr.update(id, gold[i], 1)
						tr.update(id, pred[i], -1)
					}
				}
				if pred[i] != gold[i] || pp != gp {
					tr.update(trIDs[gp], gold[i], 1)
					tr.update(trIDs[pp], pred[i], -1)
				}
				start = ends[i]
			}
		}
		logf("epoch %d: token error rate %.4f, features %d\n", epoch+1, float64(errs)/float64(total), len(tr.ids))
	}
}

// viterbiBIO is viterbi for run time: float32 scores over the BIO labels,
// no permit, with the rows in fixed-size arrays so that the inner loops run
// without bounds checks. It gives the same path as viterbi.
func viterbiBIO(emit, trans []float32, n int, back []uint8, out []int) {
	const nl = NumLabelsBIO
	tr := (*[nl * nl]float32)(trans)
	var prev, cur [nl]float32
	e := (*[nl]float32)(emit[:nl])
	for l := 0; l < nl; l++ {
		prev[l] = e[l] + tr[l]
		if l > 0 && !IsBegin(l) {
			prev[l] = float32(math.Inf(-1))
		}
	}
	for i := 1; i < n; i++ {
		e := (*[nl]float32)(emit[i*nl : (i+1)*nl])
		b := (*[nl]uint8)(back[i*nl : (i+1)*nl])
		// O and B-X may follow any label.
		for l := 0; l < nl; l += 2 {
			best, bestP := prev[0]+tr[l], 0
			for p := 1; p < nl; p++ {
				if s := prev[p] + tr[p*nl+l]; s > best {
					best, bestP = s, p
				}
			}
			cur[l], b[l] = best+e[l], uint8(bestP)
			if l == 0 {
				l = -1 // then the B- labels 1, 3, 5, ...
			}
		}
		// I-X may follow B-X or I-X only.
		for l := 2; l < nl; l += 2 {
			best, bestP := prev[l-1]+tr[(l-1)*nl+l], l-1
			if s := prev[l] + tr[l*nl+l]; s > best {
				best, bestP = s, l
			}
			cur[l], b[l] = best+e[l], uint8(bestP)
		}
		prev = cur
	}
	backtrace(prev[:], back, nl, out[:n])
}

// sentenceEmissions returns emit grown to n*nl and filled with each
// token's label scores: the sum of the weight rows (nl weights per id) of
// the ids sentenceIDs gave it. Both trainers score a sentence this way,
// the perceptron over integer votes, the CRF over float weights.
func sentenceEmissions[E, W int64 | int32 | float64](emit []E, w []W, ids []int32, ends []int, n, nl int) []E {
	emit = grow(emit, n*nl)
	start := 0
	for i := 0; i < n; i++ {
		row := emit[i*nl : (i+1)*nl]
		for _, id := range ids[start:ends[i]] {
			for l, x := range w[int(id)*nl : int(id)*nl+nl] {
				row[l] += E(x)
			}
		}
		start = ends[i]
	}
	return emit
}

// sentenceIDs flattens the feature ids of a sentence's n tokens from all
// (each token's ids closed by -1) into ids, with token i's end in ends[i].
// With word dropout, a token drawn from drop (one draw a token, in order)
// loses its lexical features, so both trainers see the same sentences.
func sentenceIDs(all []int32, n int, lexical []bool, dropout float64, drop *rng, ids []int32, ends []int) ([]int32, []int) {
	pos := 0
	for i := 0; i < n; i++ {
		hide := dropout > 0 && drop.float() < dropout
		for ; all[pos] >= 0; pos++ {
			if !hide || !lexical[all[pos]] {
				ids = append(ids, all[pos])
			}
		}
		pos++
		ends = append(ends, len(ids))
	}
	return ids, ends
}

// trainingMask returns the labels a sentence of a corpus that leaves some
// types unannotated permits (MaskedTarget over its repaired gold), narrowed
// by the words typed elsewhere when typeWords is set (-maskwords); both
// trainers aim at the best path inside it.
func trainingMask(ex Example, gold []int, permit []uint64, typeWords map[uint64]uint32) []uint64 {
	permit = MaskedTarget(Example{Toks: ex.Toks, Labels: gold, Unannotated: ex.Unannotated}, permit)
	if typeWords != nil {
		narrowMask(ex, gold, permit, typeWords)
	}
	return permit
}
