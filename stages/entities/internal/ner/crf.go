package ner

import "math"

// A conditional random field objective for the Viterbi model (TrainConfig.CRF).
//
// The model is the same linear one the structured perceptron trains: the
// static features of each token give a score per label, the transition
// features (the previous label alone) a score per label pair, and the
// tagger takes the best BIO-valid path. Only the training objective
// differs. The perceptron moves the weights when the best path is wrong;
// the CRF maximises the probability of the gold path among all valid paths,
//
//	log p(y|x) = score(y) - log Z,  Z = sum over valid paths of exp(score),
//
// minus an L2 penalty (L2/2)||w||^2, by stochastic gradient steps, one
// sentence at a time. The gradient of a sentence's loss is, per feature and
// label, the model's expected count (the marginals of forward-backward)
// minus the gold count.
//
// For a corpus that leaves some types unannotated (MaskedTarget), the gold
// count becomes the expected count under the paths the annotation permits:
// the loss is -log of the probability of all permitted paths together, so
// an unannotated name the model finds is neither taught nor punished.
// Forward-backward over the permitted lattice gives those counts; for a
// fully annotated sentence it is the gold path alone.
//
// The L2 penalty would shrink every weight at every step. Weights are kept
// as scale*v instead, so the shrinking is one multiplication of scale and a
// step touches only the features of its sentence.
//
// With CRFAverage the model is the mean of the weights after every step
// (averaged SGD, as the perceptron's weights are averaged), kept just as
// lazily: between two steps that touch a feature its v is constant, so its
// sum over those steps is v times the sum of the scales, a running total.

// CRF defaults: the L2 coefficient, the initial learning rate and the
// magnitude below which trained weights are pruned (CRF weights are small
// floats; the perceptron's MinWeight of one vote would prune most).
const (
	DefaultCRFL2        = 1.0
	DefaultCRFRate      = 0.1
	DefaultCRFMinWeight = 0.002
)

// UseCRF returns cfg set to train with the CRF objective, with the default
// L2 coefficient and learning rate where cfg has none, and the CRF's pruning
// threshold.
func UseCRF(cfg TrainConfig) TrainConfig {
	cfg.CRF = true
	if cfg.L2 <= 0 {
		cfg.L2 = DefaultCRFL2
	}
	if cfg.LearnRate <= 0 {
		cfg.LearnRate = DefaultCRFRate
	}
	cfg.MinWeight = DefaultCRFMinWeight
	return cfg
}

// lattice is the forward-backward scratch space of one sentence: n tokens
// of nl labels.
type lattice struct {
	nl, n int
	expE  []float64 // exp(emission - row max), 0 where not permitted, [i*nl+l]
	expT  []float64 // exp(transition - max), 0 where BIO forbids, [p*nl+l]
	alpha []float64 // scaled forward probabilities, [i*nl+l]
	beta  []float64 // scaled backward probabilities, [i*nl+l]
	c     []float64 // scale of row i of alpha
	// node[i*nl+l] is the marginal probability of label l at token i;
	// edge[p*nl+l] the expected number of transitions p -> l in the
	// sentence (the start counts as a previous O).
	node, edge []float64
}

// run computes log Z over the BIO-valid paths of n tokens (labels at token
// i restricted to permit[i] when permit is not nil) with per-token scores
// emit[i*nl+l] and transition scores trans[p*nl+l], and the node and edge
// marginals. ok is false when no path is permitted.
func (lt *lattice) run(emit, trans []float64, nl, n int, permit []uint64) (logZ float64, ok bool) {
	lt.nl, lt.n = nl, n
	lt.expE = grow(lt.expE, n*nl)
	lt.expT = grow(lt.expT, nl*nl)
	lt.alpha = grow(lt.alpha, n*nl)
	lt.beta = grow(lt.beta, n*nl)
	lt.c = grow(lt.c, n)
	lt.node = grow(lt.node, n*nl)
	lt.edge = grow(lt.edge, nl*nl)
	maxT := math.Inf(-1)
	for p := 0; p < nl; p++ {
		for l := 0; l < nl; l++ {
			if allowed(p, l) {
				maxT = math.Max(maxT, trans[p*nl+l])
			}
		}
	}
	for p := 0; p < nl; p++ {
		for l := 0; l < nl; l++ {
			if allowed(p, l) {
				lt.expT[p*nl+l] = math.Exp(trans[p*nl+l] - maxT)
			}
		}
	}
	logZ = float64(n) * maxT
	for i := 0; i < n; i++ {
		row := emit[i*nl : (i+1)*nl]
		m := math.Inf(-1)
		for l, s := range row {
			if permit == nil || permit[i]&(1<<uint(l)) != 0 {
				m = math.Max(m, s)
			}
		}
		if math.IsInf(m, -1) {
			return 0, false
		}
		logZ += m
		for l, s := range row {
			if permit == nil || permit[i]&(1<<uint(l)) != 0 {
				lt.expE[i*nl+l] = math.Exp(s - m)
			}
		}
	}
	// forward, each row scaled to sum 1
	for i := 0; i < n; i++ {
		a := lt.alpha[i*nl : (i+1)*nl]
		e := lt.expE[i*nl : (i+1)*nl]
		for l := range a {
			if e[l] == 0 {
				continue
			}
			var s float64
			if i == 0 {
				s = lt.expT[l] // from the start, a previous O
			} else {
				prev := lt.alpha[(i-1)*nl : i*nl]
				for p, ap := range prev {
					if ap != 0 {
						s += ap * lt.expT[p*nl+l]
					}
				}
			}
			a[l] = s * e[l]
		}
		var sum float64
		for _, x := range a {
			sum += x
		}
		if sum == 0 {
			return 0, false
		}
		for l := range a {
			a[l] /= sum
		}
		lt.c[i] = sum
		logZ += math.Log(sum)
	}
	// backward, with the forward scales
	last := lt.beta[(n-1)*nl : n*nl]
	for l := range last {
		last[l] = 1
	}
	for i := n - 2; i >= 0; i-- {
		b := lt.beta[i*nl : (i+1)*nl]
		next := lt.beta[(i+1)*nl : (i+2)*nl]
		e := lt.expE[(i+1)*nl : (i+2)*nl]
		for p := range b {
			if lt.alpha[i*nl+p] == 0 {
				continue
			}
			var s float64
			for l, bl := range next {
				if e[l] != 0 {
					s += lt.expT[p*nl+l] * e[l] * bl
				}
			}
			b[p] = s / lt.c[i+1]
		}
	}
	for x := range lt.node {
		lt.node[x] = lt.alpha[x] * lt.beta[x]
	}
	copy(lt.edge[:nl], lt.node[:nl]) // the start: O -> label of token 0
	for i := 1; i < n; i++ {
		prev := lt.alpha[(i-1)*nl : i*nl]
		e := lt.expE[i*nl : (i+1)*nl]
		b := lt.beta[i*nl : (i+1)*nl]
		for p, ap := range prev {
			if ap == 0 {
				continue
			}
			ap /= lt.c[i]
			for l, el := range e {
				if el != 0 {
					lt.edge[p*nl+l] += ap * lt.expT[p*nl+l] * el * b[l]
				}
			}
		}
	}
	return logZ, true
}

// goldPermit writes to permit the gold label alone at each token.
func goldPermit(gold []int, permit []uint64) []uint64 {
	permit = grow(permit, len(gold))
	for i, l := range gold {
		permit[i] = 1 << uint(l)
	}
	return permit
}

// trainCRF trains the Viterbi model's weights by the CRF objective (see the
// top of this file) with stochastic gradient descent, learning rate
// cfg.LearnRate / (1 + t/N) at the t-th sentence of N per epoch, and
// returns the weights, [id*nl+label], for tr's features.
func trainCRF(tr *trainer, static [][]int32, lexical []bool, train []Example, cfg TrainConfig, logf func(string, ...any)) []float64 {
	nl := NumLabels
	trIDs := make([]int32, nl)
	for p := range trIDs {
		trIDs[p] = tr.id(transitionKey(p), true)
	}
	v := make([]float64, len(tr.ids)*nl)
	scale := 1.0
	// averaging: sum[x] is the sum of the weight over the steps before
	// scaleSum's value last[id] (of feature id), scaleSum the running
	// total of scale
	var sum, last []float64
	var scaleSum float64
	if cfg.CRFAverage {
		sum = make([]float64, len(v))
		last = make([]float64, len(tr.ids))
	}
	catchUp := func(id int32) {
		row, acc := v[int(id)*nl:int(id)*nl+nl], sum[int(id)*nl:int(id)*nl+nl]
		d := scaleSum - last[id]
		for l, x := range row {
			acc[l] += x * d
		}
		last[id] = scaleSum
	}
	sentences := float64(len(train))
	decay := cfg.L2 / sentences // the penalty's share of one sentence
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	r := rng{cfg.Seed ^ 0xA5A5A5A5}
	drop := rng{cfg.Seed ^ 0x5A5A5A5A}
	var (
		emit, trans = []float64(nil), make([]float64, nl*nl)
		full, cons  lattice
		gold        []int
		permit      []uint64
		ids         []int32
		ends        []int
		step        int
	)
	var typeWords map[uint64]uint32
	if cfg.MaskByWords {
		typeWords = TypeWords(train)
	}
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		r.shuffle(order)
		var loss float64
		skipped := 0
		for _, si := range order {
			ex := train[si]
			n := len(ex.Toks)
			if n == 0 {
				continue
			}
			ids, ends = sentenceIDs(static[si], n, lexical, cfg.WordDropout, &drop, ids[:0], ends[:0])
			emit = sentenceEmissions(emit, v, ids, ends, n, nl)
			for l := range emit {
				emit[l] *= scale
			}
			for p, id := range trIDs {
				for l, w := range v[int(id)*nl : int(id)*nl+nl] {
					trans[p*nl+l] = w * scale
				}
			}
			gold = append(gold[:0], ex.Labels...)
			repairBIO(gold)
			if ex.Unannotated != 0 {
				permit = trainingMask(ex, gold, permit, typeWords)
			} else {
				permit = goldPermit(gold, permit)
			}
			logZ, ok := full.run(emit, trans, nl, n, nil)
			logZc, okc := cons.run(emit, trans, nl, n, permit)
			if !ok || !okc {
				skipped++
				continue
			}
			loss += logZ - logZc
			rate := cfg.LearnRate / (1 + float64(step)/sentences)
			step++
			if sum != nil {
				scaleSum += scale // the weights before this step
			}
			scale *= 1 - rate*decay
			if scale < 1e-6 {
				if sum != nil {
					for id := range last {
						catchUp(int32(id))
					}
				}
				for x := range v {
					v[x] *= scale
				}
				scale = 1
			}
			// gradient of -log p: model's expected counts minus the
			// permitted paths' expected counts
			move := rate / scale
			start := 0
			for i := 0; i < n; i++ {
				nf, nc := full.node[i*nl:(i+1)*nl], cons.node[i*nl:(i+1)*nl]
				for _, id := range ids[start:ends[i]] {
					if sum != nil {
						catchUp(id)
					}
					row := v[int(id)*nl : int(id)*nl+nl]
					for l := range row {
						row[l] -= move * (nf[l] - nc[l])
					}
				}
				start = ends[i]
			}
			for p, id := range trIDs {
				if sum != nil {
					catchUp(id)
				}
				row := v[int(id)*nl : int(id)*nl+nl]
				for l := range row {
					row[l] -= move * (full.edge[p*nl+l] - cons.edge[p*nl+l])
				}
			}
		}
		var norm float64
		for _, x := range v {
			norm += x * x
		}
		norm = math.Sqrt(norm) * scale
		logf("epoch %d (CRF): loss %.1f + L2 %.1f, |w| %.1f, %d sentences without a permitted path\n",
			epoch+1, loss, cfg.L2/2*norm*norm, norm, skipped)
	}
	if sum != nil {
		// the weights after the last step count too
		scaleSum += scale
		for id := range last {
			catchUp(int32(id))
		}
		for x := range sum {
			sum[x] /= float64(step + 1)
		}
		return sum
	}
	for x := range v {
		v[x] *= scale
	}
	return v
}
