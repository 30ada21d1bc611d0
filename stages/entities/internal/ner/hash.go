package ner

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a constants. Every string that becomes a feature or a gazetteer key is
// hashed with fnvAppend, so keys never need a joined string.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// normRune maps typographic variants to one form so that “ ” ’ and – in the
// original text hash like the ASCII characters of the training data.
func normRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u201B', '\u2032', '`', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u2033':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return '-'
	}
	return r
}

// fnvAppend continues the hash h over s, skipping white space, folding case
// when fold is set and normalising typographic quotes and dashes.
func fnvAppend(h uint64, s string, fold bool) uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' {
				continue
			}
			if c == '`' {
				c = '\''
			}
			if fold && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h ^= uint64(c)
			h *= fnvPrime
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			continue
		}
		r = normRune(r)
		if fold {
			r = unicode.ToLower(r)
		}
		h ^= uint64(r)
		h *= fnvPrime
	}
	return h
}

// Hash returns the key of s (white space ignored, quotes normalised).
func Hash(s string, fold bool) uint64 { return fnvAppend(fnvOffset, s, fold) }

// mix combines two keys into one; used to tie a value to its feature template.
func mix(a, b uint64) uint64 {
	x := a*0x9E3779B97F4A7C15 ^ b
	x ^= x >> 31
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 29
	x *= 0x94D049BB133111EB
	x ^= x >> 32
	return x
}
