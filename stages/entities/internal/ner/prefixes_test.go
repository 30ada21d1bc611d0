package ner

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPrefixBitsFollowHash checks that the bit of every prefix of a surface,
// hashed as matching hashes n-grams, is set: addPrefixes must skip and
// normalise exactly the characters fnvAppend skips and normalises.
func TestPrefixBitsFollowHash(t *testing.T) {
	surfaces := []string{
		"Port Tallow", "Saint-Ouen-sur-Mer", "O\u2019Brady", "d`Arcy", "Côte Verte", "ÉCOLE NORD",
		"Al-Hamra", "New\tHaven\nBay", "A\u00a0B", "Lake \u2013 Ridge", "\u201cQuoted\u201d Inn", "",
	}
	entries := make([]Entry, len(surfaces))
	use := make([]bool, len(surfaces))
	for i, s := range surfaces {
		entries[i], use[i] = Entry{Surface: s}, true
	}
	for _, fold := range []bool{false, true} {
		p := newPrefixBits(entries, use, fold)
		for _, s := range surfaces {
			for end := 0; end <= len(s); end++ {
				if end < len(s) && !utf8.RuneStart(s[end]) {
					continue
				}
				if h := Hash(s[:end], fold); !p.has(h) {
					t.Errorf("fold %v: prefix %q of %q not set", fold, s[:end], s)
				}
			}
		}
	}
}

// TestPrefixesKeepMatches checks that stopping an n-gram that is no prefix
// of a surface changes no match: every matching function of the gazetteer,
// with the prefix bits and with every bit set (nothing stopped), over token
// runs cut from the surfaces at random places and mixed with other words.
func TestPrefixesKeepMatches(t *testing.T) {
	entries := []Entry{
		{Surface: "Port Tallow", Label: "GPE", Kind: KindCity},
		{Surface: "Port Tallow Bay", Label: "LOC", Kind: KindLoc},
		{Surface: "Saint-Ouen-sur-Mer", Label: "GPE", Kind: KindCity, Ambiguous: true},
		{Surface: "Harbour Guild of Saint Wenna", Label: "ORG", Kind: KindOrg},
		{Surface: "U.K.", Label: "GPE", Kind: KindCountry},
		{Surface: "al-Hamra Front", Label: "ORG", Kind: KindOrg},
		{Surface: "O\u2019Brady", Label: "PER", Kind: KindLastName},
		{Surface: "Tessa O'Brady", Label: "PER", Kind: KindPersonName},
		{Surface: "Wenna", Label: "PER", Kind: KindFirstName},
		{Surface: "Tallow Works Ltd", Label: "ORG", Kind: KindCompany},
	}
	g := NewGazetteer(entries)
	all := *g
	for k := range all.prefixes {
		all.prefixes[k] = prefixBits{bits: []uint64{^uint64(0)}, mask: 63}
	}
	words := []string{"the", "The", "of", "OF", "port", "PORT", "Bay", "in", ",", "'s", "-", "Tallow", "TALLOW"}
	r := &rng{42}
	for trial := 0; trial < 3000; trial++ {
		var toks []string
		for len(toks) < 2+int(r.next()%10) {
			if r.next()%3 == 0 {
				toks = append(toks, words[r.next()%uint64(len(words))])
				continue
			}
			s := entries[r.next()%uint64(len(entries))].Surface
			if r.next()%4 == 0 {
				s = strings.ToUpper(s)
			}
			toks = append(toks, cutTokens(s, r)...)
		}
		foldAll := r.next()%2 == 0
		caps := make([]bool, len(toks))
		for i, tok := range toks {
			caps[i] = tok == strings.ToUpper(tok)
		}
		for _, words := range []bool{false, true} {
			got, want := make([]uint32, len(toks)), make([]uint32, len(toks))
			g.mark(toks, got, foldAll, caps, words)
			all.mark(toks, want, foldAll, caps, words)
			if !slices.Equal(got, want) {
				t.Fatalf("mark(%q, words %v) = %x, want %x", toks, words, got, want)
			}
		}
		gotN, wantN := make([]uint32, len(toks)), make([]uint32, len(toks))
		g.markNames(toks, gotN, foldAll, caps)
		all.markNames(toks, wantN, foldAll, caps)
		if !slices.Equal(gotN, wantN) {
			t.Fatalf("markNames(%q) = %x, want %x", toks, gotN, wantN)
		}
		gotC, wantC := make([]spanCover, len(toks)), make([]spanCover, len(toks))
		g.coverLongest(toks, gotC, foldAll, caps, true)
		all.coverLongest(toks, wantC, foldAll, caps, true)
		if !slices.Equal(gotC, wantC) {
			t.Fatalf("coverLongest(%q) = %v, want %v", toks, gotC, wantC)
		}
		for i := range toks {
			for _, fold := range []bool{false, true} {
				e1, g1 := g.Longest(toks, i, fold)
				e2, g2 := all.Longest(toks, i, fold)
				n1, h1 := g.LongestName(toks, i, fold)
				n2, h2 := all.LongestName(toks, i, fold)
				if e1 != e2 || !slices.Equal(g1, g2) || n1 != n2 || !slices.Equal(h1, h2) {
					t.Fatalf("Longest(%q, %d, %v) = %d %d, want %d %d", toks, i, fold, e1, n1, e2, n2)
				}
			}
		}
	}
}

// cutTokens splits s at its spaces and at up to two other random places
// between characters, as a tokenizer may.
func cutTokens(s string, r *rng) []string {
	var toks []string
	for _, w := range strings.Fields(s) {
		for cuts := r.next() % 3; cuts > 0 && len(w) > 1; cuts-- {
			at := 1 + int(r.next()%uint64(len(w)-1))
			if !utf8.RuneStart(w[at]) {
				break
			}
			toks = append(toks, w[:at])
			w = w[at:]
		}
		toks = append(toks, w)
	}
	return toks
}
