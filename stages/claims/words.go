package claims

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
)

// The linker's words: a claim's content words as sorted ids, their
// overlap, and the string table that interns them.

// excerpt shortens a claim's text for a reason.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= 70 {
		return s
	}
	r := []rune(s)[:67]
	return strings.TrimSpace(string(r)) + "..."
}

// stopWords are left out when comparing the wording of two claims.
var stopWords = setOf(`a an the of in on at to by for from and or but that this these those is are was were be been
it its their they he she his her as with has have had said says`)

// contentWords returns the lower-case content words of a text, in order.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// wordSet sorts words and drops repeats.
func wordSet(words []string) []string {
	slices.Sort(words)
	return slices.Compact(words)
}

// mayOverlap reports whether the word sets of a and b can overlap by min
// (Jaccard) or more, from their sizes and word bits alone: relate runs
// it before merging two word lists, on the one goroutine that adds
// documents in order. It never rules out a pair that does overlap enough: the words of
// a whose bit b lacks are not in b, so the intersection is at most the
// smaller of what each side has left, and the overlap at most
// that/(|a|+|b|-that).
func mayOverlap(a, b *claimView, min float64) bool {
	na, nb := len(a.words), len(b.words)
	inter := na
	if nb < inter {
		inter = nb
	}
	if a.wordBits != 0 && b.wordBits != 0 {
		inter = na - bits.OnesCount64(a.wordBits&^b.wordBits)
		if ib := nb - bits.OnesCount64(b.wordBits&^a.wordBits); ib < inter {
			inter = ib
		}
	}
	return inter > 0 && float64(inter)/float64(na+nb-inter) >= min
}

// wordBitsOf sets one of 64 bits for each word id.
func wordBitsOf(words []uint32) uint64 {
	var b uint64
	for _, w := range words {
		b |= 1 << (uint64(w) * 0x9E3779B97F4A7C15 >> 58)
	}
	return b
}

// wordOverlap is the Jaccard overlap of two sorted sets of word ids.
func wordOverlap(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// strtab interns strings as small ids; 0 is "". A document's strings that
// no kept claim has get transient ids (from transientBase), forgotten at
// the end of the document, so that the table grows only with what is kept.
type strtab struct {
	ids     map[string]uint32
	strs    []string
	tmp     map[string]uint32
	tmpStrs []string
}

// transientBase is the first transient id; event ids shift ids left by
// two, so every id stays below 1<<30.
const transientBase = 1 << 29

func newStrtab() strtab {
	return strtab{ids: map[string]uint32{"": 0}, strs: []string{""}, tmp: map[string]uint32{}}
}

// lookup returns the id of s, giving it a transient id if it has none.
func (t *strtab) lookup(s string) uint32 {
	if id, ok := t.ids[s]; ok {
		return id
	}
	if id, ok := t.tmp[s]; ok {
		return id
	}
	id := uint32(transientBase + len(t.tmpStrs))
	t.tmp[s] = id
	t.tmpStrs = append(t.tmpStrs, s)
	return id
}

func (t *strtab) lookupAll(ss []string) []uint32 {
	if len(ss) == 0 {
		return nil
	}
	out := make([]uint32, len(ss))
	for i, s := range ss {
		out[i] = t.lookup(s)
	}
	return out
}

func (t *strtab) transient(id uint32) bool { return id >= transientBase }

func (t *strtab) str(id uint32) string {
	if id >= transientBase {
		return t.tmpStrs[id-transientBase]
	}
	return t.strs[id]
}

// keep returns the lasting id of id, interning a copy of its string (not
// to hold on to the document's text) if it is transient.
func (t *strtab) keep(id uint32) uint32 {
	if id < transientBase {
		return id
	}
	s := t.tmpStrs[id-transientBase]
	if g, ok := t.ids[s]; ok {
		return g
	}
	if len(t.strs) >= transientBase {
		panic("claims: too many distinct strings for the Linker")
	}
	g := uint32(len(t.strs))
	s = strings.Clone(s)
	t.strs = append(t.strs, s)
	t.ids[s] = g
	return g
}

// endDocument forgets the transient ids.
func (t *strtab) endDocument() {
	clear(t.tmp)
	clear(t.tmpStrs)
	t.tmpStrs = t.tmpStrs[:0]
}
