package ner

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Example is one training sentence: tokens and BIO label indexes.
type Example struct {
	Toks   []string
	Labels []int
	// Unannotated has bit t set for each type t (index in Types) that the
	// example's corpus does not annotate: its names of that type are
	// written O. Viterbi training then does not teach O there (see
	// MaskedTarget).
	Unannotated uint32
}

// ReadCoNLL reads "token<TAB>label" lines with blank lines between sentences.
func ReadCoNLL(r io.Reader) ([]Example, error) {
	var out []Example
	var cur Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			if len(cur.Toks) > 0 {
				out = append(out, cur)
				cur = Example{}
			}
			continue
		}
		tok, lab, ok := strings.Cut(line, "\t")
		l := LabelIndex(lab)
		if !ok || l < 0 {
			return nil, fmt.Errorf("line %d: want token<TAB>label, got %q", n, line)
		}
		cur.Toks = append(cur.Toks, tok)
		cur.Labels = append(cur.Labels, l)
	}
	if len(cur.Toks) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// CommonWords returns the folded hashes of words that the training text
// writes in lower case at least as often as capitalised mid-sentence (and at
// least twice): "attempt", "historic", "go". A capitalised common word in a
// heading is then not evidence of a name.
func CommonWords(train []Example) []uint64 {
	lowerN := map[uint64]int{}
	capN := map[uint64]int{}
	for _, ex := range train {
		for i, t := range ex.Toks {
			r, _ := utf8.DecodeRuneInString(t)
			h := Hash(t, true)
			switch {
			case unicode.IsLower(r):
				lowerN[h]++
			case unicode.IsUpper(r) && i > 0:
				capN[h]++
			}
		}
	}
	var out []uint64
	for h, n := range lowerN {
		if n >= 2 && n >= capN[h] {
			out = append(out, h)
		}
	}
	sortUint64(out)
	return out
}

func sortUint64(s []uint64) {
	// insertion into a sorted copy would be slow; use the standard sort.
	sortSlice(s)
}

// TrainConfig sets the training run. The zero value is not useful; see
// DefaultTrainConfig.
type TrainConfig struct {
	Epochs     int
	Seed       uint64
	MinCount   int     // static features seen fewer times are dropped
	CapsShare  float64 // share of sentences also trained in ALL CAPS
	TitleShare float64 // share of sentences also trained in Title Case
	// CaseReplace trains the ALL CAPS and Title Case copies instead of the
	// drawn sentences rather than beside them.
	CaseReplace bool
	MinWeight   float64 // averaged weights smaller than this are pruned
	// WordDropout is the share of training tokens, drawn afresh each epoch,
	// whose own word-identity features (word, exact word, the bigrams with
	// it, previous label with it) are hidden when scoring and updating, so
	// that context, shape, affix and gazetteer features learn to carry names
	// the model has never seen.
	WordDropout float64
	// InitialShare is the share of sentences with a two-word person name
	// ("William Sherman") also trained with a middle initial inserted
	// ("William T. Sherman"); GMB has almost none, and news and reference
	// text write many.
	InitialShare float64
	// Bag is the number of perceptrons, trained in different sentence
	// orders, whose weights are averaged into the model (Viterbi models;
	// 0 or 1: one).
	Bag int
	// MaskByWords lets an O token of a corpus that does not annotate a type
	// take that type in the training target only when the corpora that do
	// annotate it have the token's word in such a name (narrowMask).
	MaskByWords bool
	// CRF trains a Viterbi model by the conditional random field objective
	// (crf.go) instead of perceptron updates: same features, transitions,
	// decoder and model file. UseCRF sets it with its defaults.
	CRF bool
	// L2 is the CRF's L2 penalty coefficient (on the sum of the sentences'
	// losses).
	L2 float64
	// LearnRate is the CRF's initial learning rate; it falls as
	// 1/(1 + epochs done).
	LearnRate float64
	// CRFAverage makes the CRF's model the mean of its weights after every
	// step (averaged SGD) rather than the last weights.
	CRFAverage bool
	Log        io.Writer
}

// DefaultTrainConfig is the configuration the shipped model was trained with.
var DefaultTrainConfig = TrainConfig{Epochs: 6, Seed: 20170302, MinCount: 2, CapsShare: 0.06, TitleShare: 0.06, MinWeight: 1, Bag: 3, MaskByWords: true}

// rng is splitmix64: tiny, seeded, identical on every platform.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// shuffle permutes order (Fisher-Yates).
func (r *rng) shuffle(order []int) {
	for i := len(order) - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
}

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

// Augment returns train plus upper-case and title-case copies of a seeded
// share of its sentences, so that headlines look familiar to the model.
func Augment(train []Example, cfg TrainConfig) []Example {
	r := rng{cfg.Seed}
	out := append([]Example(nil), train...)
	for i, ex := range train {
		u := r.float()
		var recased Example
		switch {
		case u < cfg.CapsShare:
			recased = Example{upperCase(ex.Toks), ex.Labels, ex.Unannotated}
		case u < cfg.CapsShare+cfg.TitleShare:
			recased = Example{titleCase(ex.Toks), ex.Labels, ex.Unannotated}
		default:
			continue
		}
		if cfg.CaseReplace {
			out[i] = recased
		} else {
			out = append(out, recased)
		}
	}
	if cfg.InitialShare > 0 {
		ri := rng{cfg.Seed ^ 0x1D1D1D1D}
		for _, ex := range train {
			if withInitial, ok := insertInitials(ex, &ri, cfg.InitialShare); ok {
				out = append(out, withInitial)
			}
		}
	}
	return out
}

// insertInitials returns a copy of ex with a middle initial in each
// two-word person name, if ex has one and the draw (share) picks it.
func insertInitials(ex Example, r *rng, share float64) (Example, bool) {
	bPer, iPer := LabelIndex("B-PERSON"), LabelIndex("I-PERSON")
	has := false
	for i := 0; i+1 < len(ex.Labels); i++ {
		if ex.Labels[i] == bPer && ex.Labels[i+1] == iPer && (i+2 == len(ex.Labels) || ex.Labels[i+2] != iPer) {
			has = true
			break
		}
	}
	if !has || r.float() >= share {
		return Example{}, false
	}
	out := Example{Unannotated: ex.Unannotated}
	for i, t := range ex.Toks {
		out.Toks = append(out.Toks, t)
		out.Labels = append(out.Labels, ex.Labels[i])
		if ex.Labels[i] == bPer && i+1 < len(ex.Labels) && ex.Labels[i+1] == iPer &&
			(i+2 == len(ex.Labels) || ex.Labels[i+2] != iPer) && !strings.HasSuffix(t, ".") {
			out.Toks = append(out.Toks, string(rune('A'+r.next()%26))+".")
			out.Labels = append(out.Labels, iPer)
		}
	}
	return out, true
}

// Recase returns copies of the examples written in ALL CAPS (allCaps) or in
// Title Case, as headlines are: a probe of how the model reads headings.
func Recase(data []Example, allCaps bool) []Example {
	out := make([]Example, len(data))
	for i, ex := range data {
		if allCaps {
			out[i] = Example{upperCase(ex.Toks), ex.Labels, ex.Unannotated}
		} else {
			out[i] = Example{titleCase(ex.Toks), ex.Labels, ex.Unannotated}
		}
	}
	return out
}

func upperCase(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = strings.ToUpper(t)
	}
	return out
}

// titleCase capitalises every word but the function words after the first.
func titleCase(toks []string) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t
		r0, size := utf8.DecodeRuneInString(t)
		if unicode.IsLower(r0) && (i == 0 || !isFunctionWord(Hash(t, true))) {
			out[i] = string(unicode.ToUpper(r0)) + t[size:]
		}
	}
	return out
}

type trainer struct {
	nl  int
	w   []int32
	acc []int64
	ts  []int64
	t   int64
	ids map[uint64]int32
}

func (tr *trainer) id(key uint64, create bool) int32 {
	if id, ok := tr.ids[key]; ok {
		return id
	}
	if !create {
		return -1
	}
	id := int32(len(tr.w) / tr.nl)
	tr.ids[key] = id
	tr.w = append(tr.w, make([]int32, tr.nl)...)
	tr.acc = append(tr.acc, make([]int64, tr.nl)...)
	tr.ts = append(tr.ts, make([]int64, tr.nl)...)
	return id
}

func (tr *trainer) update(id int32, l int, d int32) {
	x := int(id)*tr.nl + l
	tr.acc[x] += int64(tr.w[x]) * (tr.t - tr.ts[x])
	tr.ts[x] = tr.t
	tr.w[x] += d
}

// Train runs the averaged perceptron with greedy left-to-right decoding on
// predicted history (a Viterbi model: the structured perceptron, or with
// cfg.CRF the CRF objective; cfg.CRF has no effect on a greedy model).
// The result is deterministic: sentence order comes from the seeded
// generator, feature ids from first appearance, and all the perceptron's
// arithmetic before the final average is integer (the CRF's is float64, the
// same on one platform; a compiler that fuses multiply-adds on another may
// differ in the last bits).
func Train(f *Featurizer, train []Example, cfg TrainConfig) *Model {
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	nl := numTags(f.Set)
	bilou := f.Set&FeatBILOU != 0
	// Pass 1: count static features.
	var s Sentence
	var feats []uint64
	counts := map[uint64]int32{}
	for _, ex := range train {
		s.Toks = ex.Toks
		f.Prepare(&s)
		for i := range ex.Toks {
			feats = f.Static(&s, i, feats[:0])
			for _, k := range feats {
				counts[nonZeroKey(k)]++
			}
		}
	}
	// Pass 2: static feature ids per token.
	tr := &trainer{nl: nl, ids: map[uint64]int32{}}
	static := make([][]int32, len(train)) // per sentence, flattened with -1 between tokens
	var lexical []bool                    // per static id: a word-identity feature of the token
	for si, ex := range train {
		s.Toks = ex.Toks
		f.Prepare(&s)
		var ids []int32
		for i := range ex.Toks {
			feats = f.Static(&s, i, feats[:0])
			for p, k := range feats {
				k = nonZeroKey(k)
				if counts[k] >= int32(cfg.MinCount) {
					id := tr.id(k, true)
					if int(id) >= len(lexical) {
						lexical = append(lexical, make([]bool, int(id)+1-len(lexical))...)
					}
					lexical[id] = p < len(lexicalPositions) && lexicalPositions[p]
					ids = append(ids, id)
				}
			}
			ids = append(ids, -1)
		}
		static[si] = ids
	}
	logf("static features: %d kept of %d\n", len(tr.ids), len(counts))
	counts = nil
	// Keep the prepared dynamic inputs (shape, lower, gazetteer mask) per sentence.
	type dynIn struct {
		shape, lower uint64
		gaz          uint32
	}
	dyn := make([][]dynIn, len(train))
	for si, ex := range train {
		s.Toks = ex.Toks
		f.Prepare(&s)
		d := make([]dynIn, len(ex.Toks))
		for i := range d {
			d[i] = dynIn{s.shape[i], s.lower[i], s.gaz[i]}
		}
		dyn[si] = d
	}
	if f.Set&FeatViterbi != 0 {
		m := trainBag(tr, static, lexical, train, cfg, logf)
		m.Set = f.Set
		m.loadTransitions()
		return m
	}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	r := rng{cfg.Seed ^ 0xA5A5A5A5}
	drop := rng{cfg.Seed ^ 0x5A5A5A5A}
	var kept []int32
	scores := make([]int64, nl)
	var dynIDs [5]int32
	var dynKeys [5]uint64
	var goldBuf []int
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		r.shuffle(order)
		errs, total := 0, 0
		for _, si := range order {
			ex := train[si]
			ids := static[si]
			prev, prev2 := 0, 0
			pos := 0
			golds := ex.Labels
			if bilou {
				golds = toBILOU(ex.Labels, goldBuf)
				goldBuf = golds
			}
			for i, gold := range golds {
				start := pos
				for ids[pos] >= 0 {
					pos++
				}
				tokIDs := ids[start:pos]
				pos++
				hide := cfg.WordDropout > 0 && drop.float() < cfg.WordDropout
				if hide {
					kept = kept[:0]
					for _, id := range tokIDs {
						if !lexical[id] {
							kept = append(kept, id)
						}
					}
					tokIDs = kept
				}
				d := dyn[si][i]
				p := uint64(prev)
				dynKeys = [5]uint64{
					mix(tPrev, p),
					mix(mix(tPrev2, uint64(prev2)), p),
					mix(mix(tPrevShape, p), d.shape),
					mix(mix(tPrevLower, p), d.lower),
					mix(mix(tPrevGazMask, p), uint64(d.gaz)),
				}
				for k := range dynKeys {
					dynIDs[k] = tr.id(nonZeroKey(dynKeys[k]), false)
				}
				if hide {
					dynIDs[dynPrevLower] = -1
				}
				clear(scores)
				for _, id := range tokIDs {
					row := tr.w[int(id)*nl : int(id)*nl+nl]
					for l, w := range row {
						scores[l] += int64(w)
					}
				}
				for _, id := range dynIDs {
					if id >= 0 {
						row := tr.w[int(id)*nl : int(id)*nl+nl]
						for l, w := range row {
							scores[l] += int64(w)
						}
					}
				}
				best, bestScore := 0, int64(math.MinInt64)
				for l, sc := range scores {
					if sc > bestScore && allowedTag(bilou, prev, l, i, len(golds)) {
						best, bestScore = l, sc
					}
				}
				tr.t++
				total++
				if best != gold {
					errs++
					for _, id := range tokIDs {
						tr.update(id, gold, 1)
						tr.update(id, best, -1)
					}
					for k := range dynKeys {
						if hide && k == dynPrevLower {
							continue
						}
						id := tr.id(nonZeroKey(dynKeys[k]), true)
						tr.update(id, gold, 1)
						tr.update(id, best, -1)
					}
				}
				prev2, prev = prev, best
			}
		}
		logf("epoch %d: token error rate %.4f, features %d\n", epoch+1, float64(errs)/float64(total), len(tr.ids))
	}
	m := tr.average(cfg.MinWeight)
	m.Set = f.Set
	return m
}

// average turns the accumulated weights into a Model, pruning small weights.
func (tr *trainer) average(minWeight float64) *Model {
	return modelOf(tr.ids, tr.nl, tr.averaged(), minWeight)
}

// averaged returns the averaged weights, [id*nl+label].
func (tr *trainer) averaged() []float64 {
	avg := make([]float64, len(tr.w))
	T := float64(tr.t)
	for x := range avg {
		avg[x] = float64(tr.acc[x]+int64(tr.w[x])*(tr.t-tr.ts[x])) / T
	}
	return avg
}

// clone returns a trainer with the same features and weights.
func (tr *trainer) clone() *trainer {
	ids := make(map[uint64]int32, len(tr.ids))
	for k, v := range tr.ids {
		ids[k] = v
	}
	return &trainer{nl: tr.nl, w: slices.Clone(tr.w), acc: slices.Clone(tr.acc), ts: slices.Clone(tr.ts), t: tr.t, ids: ids}
}

// trainBag trains cfg.Bag perceptrons (at least one) that differ only in
// the order they see the sentences (seeds cfg.Seed, cfg.Seed+1, ...) and
// returns the model of their mean averaged weights. One perceptron's score
// out of domain moves by one to two points with the order alone (ORG
// recall by up to ten on tweets from news accounts); the mean of several is
// one linear model of the same size and speed with less of that chance in it.
// The shipped model is three averaged: in the stage, held out, they
// scored above one perceptron on both news corpora (docs/MODEL.md).
func trainBag(tr *trainer, static [][]int32, lexical []bool, train []Example, cfg TrainConfig, logf func(string, ...any)) *Model {
	bag := max(cfg.Bag, 1)
	var sum []float64
	var ids map[uint64]int32
	for j := 0; j < bag; j++ {
		c := cfg
		c.Seed = cfg.Seed + uint64(j)
		var avg []float64
		t := tr
		if cfg.CRF {
			avg = trainCRF(tr, static, lexical, train, c, logf) // leaves tr's weights as they are
		} else {
			if j < bag-1 {
				t = tr.clone()
			}
			trainViterbi(t, static, lexical, train, c, logf)
			avg = t.averaged()
		}
		if sum == nil {
			sum, ids = avg, t.ids
			continue
		}
		for x, v := range avg {
			sum[x] += v
		}
	}
	for x := range sum {
		sum[x] /= float64(bag)
	}
	return modelOf(ids, tr.nl, sum, cfg.MinWeight)
}

// modelOf builds the model of weights avg ([id*nl+label]), pruning those
// smaller than minWeight.
func modelOf(idOf map[uint64]int32, nl int, avg []float64, minWeight float64) *Model {
	type kv struct {
		key uint64
		id  int32
	}
	all := make([]kv, 0, len(idOf))
	for k, id := range idOf {
		all = append(all, kv{k, id})
	}
	sortKV := func(a []kv) { sortSliceFunc(a, func(x, y kv) bool { return x.key < y.key }) }
	sortKV(all)
	m := &Model{starts: []uint32{0}}
	var keys []uint64
	for _, e := range all {
		n := 0
		for l := 0; l < nl; l++ {
			a := avg[int(e.id)*nl+l]
			if math.Abs(a) >= minWeight {
				m.labels = append(m.labels, uint8(l))
				m.wts = append(m.wts, float32(a))
				n++
			}
		}
		if n > 0 {
			keys = append(keys, e.key)
			m.starts = append(m.starts, uint32(len(m.labels)))
		}
	}
	m.index(keys)
	return m
}
