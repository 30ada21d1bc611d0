package segment

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// The part-of-speech tagger is prose's averaged perceptron (a port of
// TextBlob's tagger, trained on the Penn Treebank), read from the model data
// prose embeds, with the inference written again here:
//
//   - prose builds 14 features per token by joining strings ("i-1 tag+i word"
//     + " " + tag + " " + word), puts them in a fresh map, and scores classes
//     in another fresh map; it also runs two regular expressions per token.
//     Here a feature is a 64-bit FNV-1a hash of its template and value bytes,
//     computed without building the string, looked up in one map to a sparse
//     row of class weights, and summed into a reused score array.
//   - The words, their normalised forms and the tags live in buffers of a
//     pooled scratch area, so tagging allocates nothing per token.
//
// prose's public behaviour is the test oracle (tagger_test.go): on the same
// words, the tags are the same, except where prose's rules are plainly wrong
// for running text (see tagSpecial).

// Feature templates, in prose's order. Their names are the key prefixes of
// prose's weights.
const (
	featBias = iota
	featSuffix
	featPref1
	featPrevTag
	featPrev2Tag
	featTagPair
	featWord
	featPrevTagWord
	featPrevWord
	featPrevSuffix
	featPrev2Word
	featNextWord
	featNextSuffix
	featNext2Word
	numTemplates
)

var templateNames = [numTemplates]string{
	featBias:        "bias",
	featSuffix:      "i suffix",
	featPref1:       "i pref1",
	featPrevTag:     "i-1 tag",
	featPrev2Tag:    "i-2 tag",
	featTagPair:     "i tag+i-2 tag",
	featWord:        "i word",
	featPrevTagWord: "i-1 tag+i word",
	featPrevWord:    "i-1 word",
	featPrevSuffix:  "i-1 suffix",
	featPrev2Word:   "i-2 word",
	featNextWord:    "i+1 word",
	featNextSuffix:  "i+1 suffix",
	featNext2Word:   "i+2 word",
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashTemplate(t int) uint64 { return (fnvOffset ^ uint64(t)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

func hashBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func hashByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// tagger is the perceptron model in the layout inference wants.
type tagger struct {
	classes []string
	// tagdict holds the words prose tags without the model (frequent words
	// with one tag in the training data).
	tagdict map[string]string
	// rows maps a feature hash to its row: weights[rowStart[r]:rowStart[r+1]]
	// for the classes in rowClass at the same positions.
	rows      featureTable
	rowStart  []uint32
	rowClass  []uint8
	rowWeight []float64
}

// taggerFromProse reads prose's embedded perceptron model. Decoding its gob
// maps takes about half a second, so the stage loads the compiled form
// (compiled.go) and this is only run to build and check that form.
func taggerFromProse() (*tagger, error) {
	var classes []string
	var tagdict map[string]string
	var weights map[string]map[string]float64
	for _, part := range []struct {
		name string
		dst  any
	}{
		{"classes", &classes}, {"tags", &tagdict}, {"weights", &weights},
	} {
		b, err := prose.Asset("model/AveragedPerceptron/" + part.name + ".gob")
		if err != nil {
			return nil, fmt.Errorf("POS model %s: %w", part.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(part.dst); err != nil {
			return nil, fmt.Errorf("POS model %s: %w", part.name, err)
		}
	}
	t := &tagger{classes: classes, tagdict: tagdict, rows: newFeatureTable(len(weights))}
	classIndex := map[string]int{}
	for i, c := range t.classes {
		classIndex[c] = i
	}
	// Rows in sorted key order, so that the layout is the same on every run.
	keys := make([]string, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t.rowStart = append(t.rowStart, 0)
	for _, key := range keys {
		h, ok := hashFeatureKey(key)
		if !ok {
			return nil, fmt.Errorf("POS model: unknown feature %q", key)
		}
		if _, dup := t.rows.get(h); dup {
			return nil, fmt.Errorf("POS model: feature hash collision on %q", key)
		}
		labels := make([]string, 0, len(weights[key]))
		for label := range weights[key] {
			labels = append(labels, label)
		}
		slices.Sort(labels)
		for _, label := range labels {
			ci, ok := classIndex[label]
			if !ok {
				ci = len(t.classes)
				classIndex[label] = ci
				t.classes = append(t.classes, label)
			}
			t.rowClass = append(t.rowClass, uint8(ci))
			t.rowWeight = append(t.rowWeight, weights[key][label])
		}
		row := uint32(len(t.rowStart) - 1)
		if err := t.rows.put(h, row, t.rowStart[row], uint32(len(t.rowClass))); err != nil {
			return nil, fmt.Errorf("POS model: %w", err)
		}
		t.rowStart = append(t.rowStart, uint32(len(t.rowClass)))
	}
	if len(t.classes) > 255 {
		return nil, fmt.Errorf("POS model: %d classes", len(t.classes))
	}
	return t, nil
}

// hashFeatureKey hashes one of prose's feature keys ("i-1 tag+i word NN
// house") the way featurize hashes features at run time.
func hashFeatureKey(key string) (uint64, bool) {
	if key == templateNames[featBias] {
		return hashTemplate(featBias), true
	}
	best := -1
	for t, name := range templateNames {
		if strings.HasPrefix(key, name+" ") && (best < 0 || len(name) > len(templateNames[best])) {
			best = t
		}
	}
	if best < 0 {
		return 0, false
	}
	return hashString(hashTemplate(best), key[len(templateNames[best])+1:]), true
}

// featureTable is an open-addressing hash table from feature hashes to
// rows: one probe into a flat array, where a Go map does more work per
// lookup (it is the tagger's hottest path: 14 lookups per token). A slot
// holds the row's place in rowClass and rowWeight as well as its key, so a
// lookup reads one cache line before the weights; with keys, rows and row
// starts in three arrays it read three.
type featureTable struct {
	slots []featureSlot
	shift uint
}

// featureSlot is 16 bytes: four to a cache line, never straddling two.
type featureSlot struct {
	key     uint64 // 0 is an empty slot; stored keys have their low bit set
	row     uint32
	entries uint32 // the row's first entry << 8 | its number of entries
}

// Bounds of a row that fits a slot.
const (
	maxRowEntries = 1<<8 - 1
	maxEntries    = 1 << 24
)

func (s featureSlot) first() uint32 { return s.entries >> 8 }
func (s featureSlot) end() uint32   { return s.entries>>8 + s.entries&0xFF }

func newFeatureTable(n int) featureTable {
	size, bits := 1, uint(0)
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	return featureTable{slots: make([]featureSlot, size), shift: 64 - bits}
}

func (t *featureTable) slot(h uint64) uint64 {
	return (h * 0x9E3779B97F4A7C15) >> t.shift
}

func (t *featureTable) get(h uint64) (featureSlot, bool) {
	h |= 1
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		switch t.slots[i].key {
		case h:
			return t.slots[i], true
		case 0:
			return featureSlot{}, false
		}
	}
}

// put adds row, whose entries are [first, end), under h. It fails when the
// row does not fit a slot (no such row in prose's model).
func (t *featureTable) put(h uint64, row, first, end uint32) error {
	if end-first > maxRowEntries || first >= maxEntries {
		return fmt.Errorf("feature row %d: entries %d-%d do not fit the table", row, first, end)
	}
	h |= 1
	mask := uint64(len(t.slots) - 1)
	i := t.slot(h)
	for t.slots[i].key != 0 && t.slots[i].key != h {
		i = (i + 1) & mask
	}
	t.slots[i] = featureSlot{key: h, row: row, entries: first<<8 | (end - first)}
	return nil
}

// wordRef is a word in the scratch arena.
type wordRef struct{ start, end int32 }

// tagScratch is the per-call state of the tagger, reused between sentences
// and documents.
type tagScratch struct {
	arena  []byte
	words  []wordRef // the words as prose's tokenizer would write them
	ctx    []wordRef // normalised words with two pads on each side
	tags   []string
	scores []float64
	seen   []bool
}

// pads are prose's context words before and after a sentence.
const pads = "-START--START2--END--END2-"

var (
	padStart  = wordRef{0, 7}
	padStart2 = wordRef{7, 15}
	padEnd    = wordRef{15, 20}
	padEnd2   = wordRef{20, 26}
)

func (s *tagScratch) reset() {
	s.arena = append(s.arena[:0], pads...)
	s.words, s.ctx, s.tags = s.words[:0], s.ctx[:0], s.tags[:0]
	s.ctx = append(s.ctx, padStart, padStart2)
}

func (s *tagScratch) bytes(w wordRef) []byte { return s.arena[w.start:w.end] }

// addWord appends the word that original text t stands for, as prose's
// tokenizer would write it: curly quotes become straight ones.
func (s *tagScratch) addWord(t string) {
	start := int32(len(s.arena))
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if c == '&' && strings.HasPrefix(t[i:], "&rsquo;") {
				s.arena = append(s.arena, '\'')
				i += len("&rsquo;")
				continue
			}
			s.arena = append(s.arena, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '\u201c', '\u201d':
			s.arena = append(s.arena, '"')
		case '\u2018', '\u2019':
			s.arena = append(s.arena, '\'')
		default:
			s.arena = append(s.arena, t[i:i+size]...)
		}
		i += size
	}
	w := wordRef{start, int32(len(s.arena))}
	s.words = append(s.words, w)
}

// normalize appends prose's normalised form of word w to the arena.
func (s *tagScratch) normalize(w wordRef) wordRef {
	word := s.bytes(w)
	switch {
	case len(word) == 0:
		return w
	case word[0] != '-' && bytes.IndexByte(word, '-') >= 0:
		return s.appendConst("!HYPHEN")
	case len(word) == 4 && isAtoi(word):
		return s.appendConst("!YEAR")
	case word[0] >= '0' && word[0] <= '9':
		return s.appendConst("!DIGITS")
	}
	lower := true
	for _, c := range word {
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			lower = false
			break
		}
	}
	if lower {
		return w
	}
	start := int32(len(s.arena))
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			s.arena = append(s.arena, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(word[i:])
		s.arena = utf8.AppendRune(s.arena, unicode.ToLower(r))
		i += size
	}
	return wordRef{start, int32(len(s.arena))}
}

func (s *tagScratch) appendConst(c string) wordRef {
	start := int32(len(s.arena))
	s.arena = append(s.arena, c...)
	return wordRef{start, int32(len(s.arena))}
}

// isAtoi reports whether strconv.Atoi accepts b: an optional sign and
// ASCII digits.
func isAtoi(b []byte) bool {
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		b = b[1:]
	}
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// tag tags the words added since reset; the tags are in s.tags. An empty
// tag means the word is its own tag (-LRB-).
func (t *tagger) tag(s *tagScratch) {
	n := len(s.words)
	for i := 0; i < n; i++ {
		s.ctx = append(s.ctx, s.normalize(s.words[i]))
	}
	s.ctx = append(s.ctx, padEnd, padEnd2)
	if len(s.scores) < len(t.classes) {
		s.scores = make([]float64, len(t.classes))
		s.seen = make([]bool, len(t.classes))
	}
	p1, p2 := "-START-", "-START2-"
	for i := 0; i < n; i++ {
		word := s.bytes(s.words[i])
		tag, ok := tagSpecial(word)
		if !ok {
			if tag, ok = t.tagdict[string(word)]; !ok {
				tag = t.predict(s, i, word, p1, p2)
			}
		}
		s.tags = append(s.tags, tag)
		if tag == "" {
			tag = string(word)
		}
		p2, p1 = p1, tag
	}
}

// predict scores the 14 features of word i and returns the best class.
func (t *tagger) predict(s *tagScratch, i int, word []byte, p1, p2 string) string {
	scores, seen := s.scores[:len(t.classes)], s.seen[:len(t.classes)]
	for c := range scores {
		scores[c], seen[c] = 0, false
	}
	add := func(h uint64) {
		r, ok := t.rows.get(h)
		if !ok {
			return
		}
		for k := r.first(); k < r.end(); k++ {
			c := t.rowClass[k]
			scores[c] += t.rowWeight[k]
			seen[c] = true
		}
	}
	cur := s.bytes(s.ctx[i+2])
	prev, prev2 := s.bytes(s.ctx[i+1]), s.bytes(s.ctx[i])
	next, next2 := s.bytes(s.ctx[i+3]), s.bytes(s.ctx[i+4])

	add(hashTemplate(featBias))
	add(hashBytes(hashTemplate(featSuffix), suffix3(word)))
	// prose writes string(word[0]): the byte read as a code point.
	if b := word[0]; b < utf8.RuneSelf {
		add(hashByte(hashTemplate(featPref1), b))
	} else {
		add(hashByte(hashByte(hashTemplate(featPref1), 0xC0|b>>6), 0x80|b&0x3F))
	}
	add(hashString(hashTemplate(featPrevTag), p1))
	add(hashString(hashTemplate(featPrev2Tag), p2))
	add(hashString(hashByte(hashString(hashTemplate(featTagPair), p1), ' '), p2))
	add(hashBytes(hashTemplate(featWord), cur))
	add(hashBytes(hashByte(hashString(hashTemplate(featPrevTagWord), p1), ' '), cur))
	add(hashBytes(hashTemplate(featPrevWord), prev))
	add(hashBytes(hashTemplate(featPrevSuffix), suffix3(prev)))
	add(hashBytes(hashTemplate(featPrev2Word), prev2))
	add(hashBytes(hashTemplate(featNextWord), next))
	add(hashBytes(hashTemplate(featNextSuffix), suffix3(next)))
	add(hashBytes(hashTemplate(featNext2Word), next2))

	best, bestScore := "", 0.0
	for c, sc := range scores {
		if seen[c] && (best == "" || sc > bestScore) {
			best, bestScore = t.classes[c], sc
		}
	}
	return best
}

func suffix3(b []byte) []byte { return b[len(b)-min(len(b), 3):] }

// tagSpecial applies prose's rules that come before the model. ok is false
// when none applies; an empty tag with ok means the word is its own tag.
//
// Two of prose's rules are not followed: its link pattern also matches
// decimal numbers ("4.25" is NN there), and its empty-element rule tags the
// number "0" -NONE-. Both are numbers here and go to the model, which says CD.
func tagSpecial(w []byte) (string, bool) {
	switch {
	case len(w) == 1 && w[0] == '-':
		return "-", true
	case emoticons[string(w)]:
		return "SYM", true
	case w[0] == '@' || (!isNumber(w) && (looksLikeLink(w) || looksLikeEmail(w))):
		return "NN", true
	case isEmptyElement(w):
		return "-NONE-", true
	case len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpper(w[1]) && isUpper(w[2]) && isUpper(w[3]):
		return "", true
	}
	return "", false
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isNumber(w []byte) bool {
	digits := false
	for _, c := range w {
		switch {
		case isDigit(c):
			digits = true
		case c == '.' || c == ',':
		default:
			return false
		}
	}
	return digits
}

// looksLikeLink is prose's (commonregex's) unanchored link pattern: a run
// of [a-z0-9.-] then a dot, then at least one character that is not a
// space or ()<>, then one that is also not closing punctuation.
func looksLikeLink(w []byte) bool {
	for p := 1; p < len(w); p++ {
		if w[p] != '.' {
			continue
		}
		if c := w[p-1]; !('a' <= c && c <= 'z' || isDigit(c) || c == '.' || c == '-') {
			continue
		}
		n := 0 // runes after the dot
		for q := p + 1; q < len(w); {
			r, size := utf8.DecodeRune(w[q:])
			if r == '(' || r == ')' || r == '<' || r == '>' || unicode.IsSpace(r) {
				break
			}
			n++
			if n >= 2 && !strings.ContainsRune("!()[]{};:'\".,<>?", r) {
				return true
			}
			q += size
		}
	}
	return false
}

// looksLikeEmail is prose's (commonregex's) e-mail pattern, unanchored: a
// local character, @, then dot-separated labels of letters, digits and
// hyphens.
func looksLikeEmail(w []byte) bool {
	at := bytes.IndexByte(w, '@')
	if at <= 0 {
		return false
	}
	labels, label := 0, 0
	for _, c := range w[at+1:] {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', isDigit(c), c == '-' && label > 0:
			label++
		case c == '.' && label > 0:
			labels++
			label = 0
		default:
			return labels > 0 && label > 0
		}
	}
	return labels > 0 && label > 0
}

// isEmptyElement is prose's pattern for the Penn Treebank's empty elements
// (*, *T*, *-1, *EXP*-2), without the bare "0".
func isEmptyElement(w []byte) bool {
	if w[0] != '*' {
		return false
	}
	if len(w) == 1 {
		return true
	}
	rest := w[1:]
	if len(rest) == 2 && rest[1] == '*' && (isWordByte(rest[0]) || rest[0] == '?') {
		return true // *T*
	}
	digitsAfterDash := func(b []byte) bool {
		if len(b) < 2 || len(b) > 4 || b[0] != '-' {
			return false
		}
		for _, c := range b[1:] {
			if !isDigit(c) {
				return false
			}
		}
		return true
	}
	if digitsAfterDash(rest) {
		return true // *-1
	}
	k := 0
	for k < len(rest) && isUpper(rest[k]) {
		k++
	}
	return k > 0 && k < len(rest) && rest[k] == '*' && digitsAfterDash(rest[k+1:]) // *EXP*-2
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) || c == '_'
}

// emoticons are the words prose tags SYM.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}
