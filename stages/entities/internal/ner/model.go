package ner

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

// Types are the entity types of the BIO labels, in label order. MISC is
// learnt (so that treaties and products do not pull other labels) but the
// stage drops it.
var Types = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "MISC"}

// NumLabels is O plus B- and I- of every type.
var NumLabels = NumLabelsBIO

// NumLabelsBIO is NumLabels as a constant (the size of Viterbi's arrays).
const NumLabelsBIO = 1 + 2*8

// LabelName returns "O", "B-PERSON", "I-PERSON", ...
func LabelName(l int) string {
	if l == 0 {
		return "O"
	}
	if (l-1)%2 == 0 {
		return "B-" + Types[(l-1)/2]
	}
	return "I-" + Types[(l-1)/2]
}

// LabelIndex is the inverse of LabelName; -1 for an unknown label.
func LabelIndex(name string) int {
	for l := 0; l < NumLabels; l++ {
		if LabelName(l) == name {
			return l
		}
	}
	return -1
}

// IsBegin reports whether l is a B- label; TypeOf gives its type index.
func IsBegin(l int) bool { return l > 0 && (l-1)%2 == 0 }

// TypeOf returns the type index of a B- or I- label.
func TypeOf(l int) int { return (l - 1) / 2 }

// allowed reports whether label l may follow prev in BIO.
func allowed(prev, l int) bool {
	if l == 0 || IsBegin(l) {
		return true
	}
	return prev > 0 && TypeOf(prev) == TypeOf(l)
}

const modelMagic = "NCNER2\n"

// Model is the averaged-perceptron weight table: feature key -> sparse
// (label, weight) pairs. starts, labels and wts hold the pairs of every
// feature in key order (what the file stores); table is the form tagging
// reads, built from them at load time.
type Model struct {
	Common  []uint64  // folded hashes of common lower-case words, sorted
	Set     uint32    // Feat* bits the model was trained with
	Classes *Clusters // word classes (nil without FeatClasses)
	keys    []uint64  // feature f's key
	starts  []uint32  // pairs of feature f: [starts[f], starts[f+1])
	labels  []uint8
	wts     []float32
	table   []slot    // open-addressing hash table of feature keys
	dense   []float32 // rows of width weights, one per feature with many pairs
	width   int       // 1 + the highest label with a weight
	mask    uint64
	trans   []float32 // FeatViterbi: transition scores [prev*nl+label]
}

// inlinePairs is how many (label, weight) pairs a slot holds itself.
const inlinePairs = 4

// denseMark as a slot's first label says its weights are a row of dense.
const denseMark = 0xff

// slot is one hash-table cell: a feature key (0 = empty) and its weights,
// so that a lookup touches one cache line. Tagging spent most of its time
// waiting for memory when a slot only pointed into separate label and
// weight arrays (three cache lines per feature). A feature with at most
// inlinePairs pairs keeps them in the slot, padded with zero weights on
// label 0 (adding +0 leaves a score unchanged); one with more (a tenth of
// the features, but the frequent ones: the bias, shapes, common words;
// nine in ten of the features a token finds) has a dense row of all
// labels, read in one sweep without a label per weight.
type slot struct {
	key uint64
	w   [inlinePairs]float32
	lab [inlinePairs]uint8
	row uint32 // lab[0] == denseMark: the row's offset in dense
}

// NumFeatures returns how many features carry weights.
func (m *Model) NumFeatures() int { return len(m.starts) - 1 }

func (m *Model) index(keys []uint64) {
	m.keys = keys
	// at least a third of the slots free: a table twice the keys or more
	// made filling it a large part of the model's load time, and tagging
	// no faster
	size := 1
	for 2*size < 3*len(keys) {
		size <<= 1
	}
	m.table = make([]slot, size)
	m.mask = uint64(size - 1)
	m.width = 0
	for _, l := range m.labels {
		m.width = max(m.width, int(l)+1)
	}
	rows := 0
	for f := range keys {
		if m.starts[f+1]-m.starts[f] > inlinePairs {
			rows++
		}
	}
	m.dense = make([]float32, rows*m.width)
	next := uint32(0)
	for f, k := range keys {
		h := k & m.mask
		for m.table[h].key != 0 {
			h = (h + 1) & m.mask
		}
		sl := slot{key: k}
		a, b := m.starts[f], m.starts[f+1]
		if b-a <= inlinePairs {
			for p := a; p < b; p++ {
				sl.lab[p-a], sl.w[p-a] = m.labels[p], m.wts[p]
			}
		} else {
			sl.lab[0], sl.row = denseMark, next
			for p := a; p < b; p++ {
				m.dense[next+uint32(m.labels[p])] = m.wts[p]
			}
			next += uint32(m.width)
		}
		m.table[h] = sl
	}
}

func nonZeroKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// addScores adds the weights of the features to scores (at least
// m.width long). Each label's weights are added in the order of feats,
// so the sums are the same floats whatever the layout of the table.
func (m *Model) addScores(feats []uint64, scores []float32) {
	scores = scores[:m.width]
	if len(scores) == NumLabelsBIO {
		var sc rowScratch
		m.addScoresBIO(feats, (*[NumLabelsBIO]float32)(scores), &sc)
		return
	}
	for _, k := range feats {
		k = nonZeroKey(k)
		h := k & m.mask
		for {
			sl := &m.table[h]
			if sl.key == k {
				if sl.lab[0] != denseMark {
					scores[sl.lab[0]] += sl.w[0]
					scores[sl.lab[1]] += sl.w[1]
					scores[sl.lab[2]] += sl.w[2]
					scores[sl.lab[3]] += sl.w[3]
				} else {
					row := m.dense[sl.row : sl.row+uint32(len(scores))]
					for l, w := range row {
						scores[l] += w
					}
				}
				break
			}
			if sl.key == 0 {
				break
			}
			h = (h + 1) & m.mask
		}
	}
}

// Featurizer returns a featurizer over g computing the features m was
// trained with.
func (m *Model) Featurizer(g *Gazetteer) *Featurizer {
	f := NewFeaturizer(g, m.Common)
	f.Set, f.Classes = m.Set, m.Classes
	return f
}

// Tagger holds the scratch space of one goroutine.
type Tagger struct {
	Sent  Sentence
	feats []uint64
	ends  []int // tagViterbi: end of token i's features in feats
	// touched is what touch read (kept per goroutine: a shared
	// variable would be written by every worker at once)
	touched uint64
	scores  []float32
	rows    rowScratch // addScoresBIO
	Labels  []int
	back    []uint8 // Viterbi back pointers
}

// Tag labels the tokens in t.Sent.Toks and returns the BIO label indexes.
func (m *Model) Tag(f *Featurizer, t *Tagger) []int {
	f.Prepare(&t.Sent)
	n := len(t.Sent.Toks)
	t.Labels = grow(t.Labels, n)
	if m.Set&FeatViterbi != 0 {
		return m.tagViterbi(f, t)
	}
	nt := numTags(m.Set)
	bilou := m.Set&FeatBILOU != 0
	if cap(t.scores) < nt {
		t.scores = make([]float32, nt)
	}
	scores := t.scores[:nt]
	prev, prev2 := 0, 0
	for i := 0; i < n; i++ {
		t.feats = f.Static(&t.Sent, i, t.feats[:0])
		t.feats = f.Dynamic(&t.Sent, i, prev, prev2, t.feats)
		clear(scores)
		m.addScores(t.feats, scores)
		best, bestScore := 0, float32(math.Inf(-1))
		for l, s := range scores {
			if s > bestScore && allowedTag(bilou, prev, l, i, n) {
				best, bestScore = l, s
			}
		}
		t.Labels[i] = best
		if bilou {
			t.Labels[i] = bilouToBIO(best)
		}
		prev2, prev = prev, best
	}
	return t.Labels
}

// tagViterbi labels the prepared sentence with the best BIO path.
func (m *Model) tagViterbi(f *Featurizer, t *Tagger) []int {
	n, nl := len(t.Sent.Toks), NumLabels
	if n == 0 {
		return t.Labels
	}
	t.scores = grow(t.scores, n*nl)
	t.back = grow(t.back, n*nl)
	// The features of the whole sentence first, and their slots touched
	// in one pass with no branch: the loads are independent, so the
	// processor waits for many cache misses at once instead of one
	// after the other inside the probing loop.
	t.feats, t.ends = t.feats[:0], t.ends[:0]
	for i := 0; i < n; i++ {
		t.feats = f.Static(&t.Sent, i, t.feats)
		t.ends = append(t.ends, len(t.feats))
	}
	t.touched = m.touch(t.feats)
	start := 0
	for i, end := range t.ends {
		if m.width == NumLabelsBIO {
			m.addScoresBIO(t.feats[start:end], (*[NumLabelsBIO]float32)(t.scores[i*nl:]), &t.rows)
		} else {
			m.addScores(t.feats[start:end], t.scores[i*nl:(i+1)*nl])
		}
		start = end
	}
	viterbiBIO(t.scores, m.trans, n, t.back, t.Labels)
	return t.Labels
}

// touch reads the home slot of every feature so that addScores finds them
// in the cache. It returns a value of what it read, for the caller to
// keep, so that the loads are not optimised away.
func (m *Model) touch(feats []uint64) uint64 {
	var x uint64
	for _, k := range feats {
		x ^= m.table[nonZeroKey(k)&m.mask].key
	}
	return x
}

// Write serialises the model (int16 weights with one scale), compressed
// by internal/modelfile.
func (m *Model) Write(w io.Writer) error {
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
	var maxAbs float64
	for _, x := range m.wts {
		maxAbs = math.Max(maxAbs, math.Abs(float64(x)))
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	keys := m.sortedKeys()
	bw.WriteString(modelMagic)
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	put(uint8(numTags(m.Set)))
	put(scale)
	put(m.Set)
	put(uint32(len(m.Common)))
	put(m.Common)
	if m.Set&FeatClasses != 0 {
		ck, cc := m.Classes.pairs()
		put(uint32(len(ck)))
		var prev uint64
		var vb [binary.MaxVarintLen64]byte
		for i, k := range ck {
			n := binary.PutUvarint(vb[:], k-prev)
			bw.Write(vb[:n])
			prev = k
			put(cc[i])
		}
	}
	put(uint32(len(keys)))
	var prevKey uint64
	var buf [binary.MaxVarintLen64]byte
	for _, kf := range keys {
		// Keys are sorted: store the delta as a varint.
		n := binary.PutUvarint(buf[:], kf.key-prevKey)
		bw.Write(buf[:n])
		prevKey = kf.key
		end := kf.start
		for end < uint32(len(m.labels)) && (end == kf.start || !m.isStart(end)) {
			end++
		}
		bw.WriteByte(byte(end - kf.start))
		for p := kf.start; p < end; p++ {
			bw.WriteByte(m.labels[p])
			put(int16(math.Round(float64(m.wts[p] / scale))))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	// the weights barely compress: framed for a fast decode instead
	_, err := w.Write(modelfile.CompressLight(raw.Bytes()))
	return err
}

type keyFeat struct {
	key   uint64
	start uint32
}

func (m *Model) sortedKeys() []keyFeat {
	out := make([]keyFeat, len(m.keys))
	for f, k := range m.keys {
		out[f] = keyFeat{k, m.starts[f]}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// ReadModel reads the file Write wrote.
func ReadModel(file []byte) (*Model, error) {
	raw, err := modelfile.Decompress("NER model", file)
	if err != nil {
		return nil, err
	}
	br := bytes.NewReader(raw)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a newsclaims NER model")
	}
	get := func(v any) error { return binary.Read(br, binary.LittleEndian, v) }
	var nl uint8
	var scale float32
	var nCommon, nFeat uint32
	var set uint32
	if err := errors.Join(get(&nl), get(&scale), get(&set), get(&nCommon)); err != nil {
		return nil, err
	}
	if int(nl) != numTags(set) {
		return nil, fmt.Errorf("model has %d labels, code expects %d", nl, numTags(set))
	}
	m := &Model{Common: make([]uint64, nCommon), Set: set}
	if err := get(m.Common); err != nil {
		return nil, err
	}
	if set&FeatClasses != 0 {
		var nc uint32
		if err := get(&nc); err != nil {
			return nil, err
		}
		ck := make([]uint64, nc)
		cc := make([]uint16, nc)
		var k uint64
		for i := range ck {
			d, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, err
			}
			k += d
			ck[i] = k
			if err := get(&cc[i]); err != nil {
				return nil, err
			}
		}
		m.Classes = newClusters(ck, cc)
	}
	if err := get(&nFeat); err != nil {
		return nil, err
	}
	// The features are most of the file; they are read straight from the
	// bytes rather than through the reader, a call or more per byte,
	// which made this loop most of the model's load time.
	keys, err := m.readFeatures(raw[len(raw)-br.Len():], nFeat, nl, scale)
	if err != nil {
		return nil, err
	}
	m.index(keys)
	if set&FeatViterbi != 0 {
		m.loadTransitions()
	}
	return m, nil
}

// readFeatures reads nFeat features from b: each a key (uvarint delta from
// the previous key), a count of pairs and the pairs, each a label byte and
// a little-endian int16 weight in units of scale. It fills m.starts,
// m.labels and m.wts and returns the keys.
func (m *Model) readFeatures(b []byte, nFeat uint32, nl uint8, scale float32) ([]uint64, error) {
	keys := make([]uint64, nFeat)
	m.starts = make([]uint32, 1, nFeat+1)
	// every (label, weight) pair takes three bytes of the file
	m.labels = make([]uint8, 0, len(b)/3)
	m.wts = make([]float32, 0, len(b)/3)
	truncated := errors.New("model: truncated feature table")
	var key uint64
	i := 0
	for f := range keys {
		d, n := binary.Uvarint(b[i:])
		if n <= 0 {
			return nil, truncated
		}
		i += n
		key += d
		keys[f] = key
		if i >= len(b) {
			return nil, truncated
		}
		pairs := int(b[i])
		i++
		if i+3*pairs > len(b) {
			return nil, truncated
		}
		for end := i + 3*pairs; i < end; i += 3 {
			l := b[i]
			if l >= nl {
				return nil, fmt.Errorf("model: label %d out of range", l)
			}
			q := int16(uint16(b[i+1]) | uint16(b[i+2])<<8)
			m.labels = append(m.labels, l)
			m.wts = append(m.wts, float32(q)*scale)
		}
		m.starts = append(m.starts, uint32(len(m.labels)))
	}
	return keys, nil
}

// isStart reports whether pair p begins a feature's pairs.
func (m *Model) isStart(p uint32) bool {
	i := sort.Search(len(m.starts), func(i int) bool { return m.starts[i] >= p })
	return i < len(m.starts) && m.starts[i] == p
}
