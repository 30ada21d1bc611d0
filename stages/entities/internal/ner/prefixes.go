package ner

import "unicode/utf8"

// prefixBits is a set of the hashes of every prefix of the gazetteer's
// surface forms (white space skipped, as fnvAppend skips it), one bit per
// hash in a table of 2^k bits. Matching extends an n-gram token by token
// up to maxTokens (12) and looks each one up; an n-gram whose hash is not
// the hash of some prefix cannot grow into a surface form, so the lookups
// of its longer n-grams can be skipped. A hash that only shares its bit
// with a prefix lets matching go on as before, so the matches are the
// same whatever the collisions. Character prefixes, not token prefixes:
// where the tokenizer breaks a surface form is not known when the
// gazetteer is read.
type prefixBits struct {
	bits []uint64
	mask uint64
}

// has reports whether h may be the hash of a prefix.
func (p *prefixBits) has(h uint64) bool {
	i := (h ^ h>>32) & p.mask
	return p.bits[i>>6]&(1<<(i&63)) != 0
}

func (p *prefixBits) add(h uint64) {
	i := (h ^ h>>32) & p.mask
	p.bits[i>>6] |= 1 << (i & 63)
}

// newPrefixBits sets the bits of every prefix of the surfaces of the
// entries with use[i], hashed as Hash(surface, fold) hashes them. The
// full surface counts as a prefix: a token of white space alone adds
// nothing to an n-gram's hash.
func newPrefixBits(entries []Entry, use []bool, fold bool) prefixBits {
	chars := 0
	for i, e := range entries {
		if use[i] {
			chars += len(e.Surface)
		}
	}
	// four bits per character: the surfaces share their first characters,
	// so this is about fifteen bits per distinct prefix (the gazetteer's
	// 1.4 million characters make about 550,000 prefixes in each table of
	// 1 MB, 6.5% of its bits set: a hash that is no prefix goes on one time
	// in fifteen). Filling one takes about 10 ms of CPU at start-up.
	size := uint64(64)
	for size < 4*uint64(chars) {
		size <<= 1
	}
	p := prefixBits{bits: make([]uint64, size/64), mask: size - 1}
	p.add(fnvOffset) // the empty prefix: a first token of white space
	for i, e := range entries {
		if use[i] {
			p.addPrefixes(e.Surface, fold)
		}
	}
	return p
}

// addPrefixes adds the hash of every prefix of s, one character at a time
// through fnvAppend itself, so the prefixes are hashed exactly as matching
// hashes n-grams (a character fnvAppend skips re-adds the prefix before it,
// which is already set).
func (p *prefixBits) addPrefixes(s string, fold bool) {
	h := fnvOffset
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		h = fnvAppend(h, s[i:i+size], fold)
		p.add(h)
		i += size
	}
}
