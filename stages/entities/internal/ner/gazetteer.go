package ner

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

// Kind is the gazetteer list an entry comes from, coarse enough to be a feature.
type Kind uint8

// Gazetteer kinds. KindDemonym entries are not names: they map a country's
// surface form to its demonym ("Russia" -> "Russian") for descriptive
// institution names such as "Russia's defense ministry".
const (
	KindCountry Kind = iota
	KindAdmin1
	KindCityBig // population >= 100,000 or a capital
	KindCity
	KindLoc
	KindNORP
	KindOrg
	KindDemonym
	// The kinds below are name lists used only as model features
	// (FeatNames): people's full names, given names, surnames, companies and
	// sports clubs. They are too ambiguous out of context ("Target",
	// "Jordan", "Arsenal") to be matched as mentions by themselves, so the
	// stage never looks them up.
	KindPersonName
	KindFirstName
	KindLastName
	KindCompany
	KindClub
	numKinds
	// KindOrgName entries (organisations_more.tsv) only name organisations
	// the stage found by other means ("GOP" is the Republican Party): they
	// are neither model features nor matched as mentions, so adding them
	// leaves the model and every span as they were. Coming after numKinds,
	// the kind has no feature bit.
	KindOrgName
)

// FeatureOnly reports whether entries of kind k are only model features.
func FeatureOnly(k Kind) bool { return k >= KindPersonName && k < numKinds }

// nameAmbiguousBit is the name-list feature bit of an ambiguous surface.
const nameAmbiguousBit = uint(numKinds - KindPersonName)

// kindAmbiguousBit is the feature bit set when a matched surface is marked
// ambiguous in its list (IS, AP, common-word city names).
const kindAmbiguousBit = 7

// Entry is one surface form of one gazetteer entity.
type Entry struct {
	Surface   string // the form matched in text
	Label     string // GPE, LOC, NORP or ORG
	Kind      Kind
	Primary   bool // Surface is the entry's name or canonical, not an alias
	Ambiguous bool // the list says this form needs context
	Pop       int  // population for places, 0 otherwise
	Canonical string
	// ID is the entry's identifier in a public knowledge base, or "":
	// "geonames:163808" for cities and provinces, "iso3166:SY" (ISO 3166-1
	// alpha-2) for countries.
	ID string
}

// Gazetteer matches token sequences against the entries, case-sensitively
// and, for headings and all-caps words, case-insensitively.
type Gazetteer struct {
	Entries []Entry
	exact   hashIndex // surface hash -> entries
	folded  hashIndex // case-folded surface hash -> entries
	// nameExact and nameFolded index the feature-only name lists.
	nameExact, nameFolded hashIndex
	// prefixes[0] and [1] hold the prefixes of the surfaces of exact and
	// nameExact, and of folded and nameFolded: an n-gram that is none is
	// not extended
	prefixes  [2]prefixBits
	orgNames  hashIndex // KindOrgName entries, by exact surface
	demonym   map[uint64]int32
	maxTokens int
	// tokens bounds, per entry, how many tokens a match of its surface may
	// span: at least one per space-separated word, at most that plus two per
	// punctuation mark. Matching ignores spaces, so without the bounds
	// "IN A" would match the city "Ina".
	tokens []tokenBounds
}

type tokenBounds struct{ min, max uint8 }

// boundsOf returns the token bounds of a surface form, and an
// over-estimate of how many tokens a tokenizer makes of it.
func boundsOf(s string) (b tokenBounds, approx int) {
	// one pass for both counts, with ASCII read byte by byte: this runs
	// over every gazetteer entry at start-up
	words, punct := 1, 0
	approx = 1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == ' ':
			words++
			approx++
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9':
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			punct++
			if isTokenBreak(r) {
				approx++
			}
		}
	}
	return tokenBounds{uint8(min(words, 255)), uint8(min(words+2*punct, 255))}, approx
}

// fits reports whether some entry of grp may span k tokens.
func (g *Gazetteer) fits(grp []int32, k int) bool {
	for _, ei := range grp {
		if b := g.tokens[ei]; int(b.min) <= k && k <= int(b.max) {
			return true
		}
	}
	return false
}

var tsvFiles = []struct {
	file string
	kind Kind
}{
	{"countries.tsv", KindCountry},
	{"admin1.tsv", KindAdmin1},
	{"cities15000.tsv", KindCity},
	{"locations.tsv", KindLoc},
	{"nationalities.tsv", KindNORP},
	{"organisations.tsv", KindOrg},
	{"organisations_more.tsv", KindOrgName},
	{"us_politicians.tsv", KindPersonName},
	{"person_names.tsv", KindFirstName}, // kind=last_name -> KindLastName
	{"companies.tsv", KindCompany},
	{"compromise_orgs.tsv", KindCompany}, // kind=sports_team -> KindClub
	{"football_clubs.tsv", KindClub},
}

// ReadTSVDir reads the gazetteer TSVs of dir (data/gazetteers) into a sorted,
// de-duplicated entry list.
func ReadTSVDir(dir string) ([]Entry, error) {
	var entries []Entry
	countryCodes := map[string][]string{} // cca3 -> surfaces
	var codeOrder []string
	demonyms := map[string]string{} // cca3 -> first demonym
	for _, f := range tsvFiles {
		b, err := os.ReadFile(filepath.Join(dir, f.file))
		if err != nil {
			return nil, err
		}
		lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		for n, line := range lines[1:] {
			cols := strings.Split(line, "\t")
			if len(cols) != 5 {
				return nil, fmt.Errorf("%s:%d: %d columns, want 5", f.file, n+2, len(cols))
			}
			name, label, canonical, aliases, extra := cols[0], cols[1], cols[2], cols[3], cols[4]
			kv := map[string]string{}
			for _, p := range strings.Split(extra, ";") {
				if k, v, ok := strings.Cut(p, "="); ok {
					kv[k] = v
				}
			}
			ambiguous := map[string]bool{}
			if a := kv["ambiguous"]; a == "common_word" {
				ambiguous[name] = true
			} else if a != "" {
				for _, s := range strings.Split(a, ",") {
					ambiguous[s] = true
				}
			}
			kind := f.kind
			pop, _ := strconv.Atoi(kv["population"])
			switch {
			case kind == KindCity && (pop >= 100000 || kv["feature"] == "PPLC"):
				kind = KindCityBig
			case kind == KindFirstName && kv["kind"] == "last_name":
				kind = KindLastName
			case kind == KindFirstName && kv["kind"] == "name":
				// names that are also words, places or months ("Bill", "April")
				ambiguous[name] = true
			case kind == KindCompany && kv["kind"] == "sports_team":
				kind = KindClub
			}
			surfaces := []string{name}
			if canonical != name {
				surfaces = append(surfaces, canonical)
			}
			nPrimary := len(surfaces)
			if aliases != "" {
				surfaces = append(surfaces, strings.Split(aliases, "|")...)
			}
			id := ""
			switch {
			case f.kind == KindCountry && kv["cca2"] != "":
				id = "iso3166:" + kv["cca2"]
			case (f.kind == KindCity || f.kind == KindAdmin1) && kv["geonameid"] != "":
				id = "geonames:" + kv["geonameid"]
			}
			for i, s := range surfaces {
				if s == "" {
					continue
				}
				entries = append(entries, Entry{Surface: s, Label: label, Kind: kind, Primary: i < nPrimary,
					Ambiguous: ambiguous[s], Pop: pop, Canonical: canonical, ID: id})
			}
			switch f.kind {
			case KindCountry:
				if code := kv["cca3"]; code != "" {
					if _, seen := countryCodes[code]; !seen {
						codeOrder = append(codeOrder, code)
					}
					countryCodes[code] = append(countryCodes[code], surfaces...)
				}
			case KindNORP:
				if kv["kind"] == "nationality" {
					for _, code := range strings.Split(kv["countries"], ",") {
						if _, ok := demonyms[code]; !ok {
							demonyms[code] = canonical
						}
					}
				}
			}
		}
	}
	for _, code := range codeOrder {
		dem, ok := demonyms[code]
		if !ok {
			continue
		}
		for _, s := range countryCodes[code] {
			entries = append(entries, Entry{Surface: s, Label: "NORP", Kind: KindDemonym, Primary: true, Canonical: dem})
		}
	}
	sort.Slice(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.Surface != b.Surface {
			return a.Surface < b.Surface
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Canonical != b.Canonical {
			return a.Canonical < b.Canonical
		}
		if a.Primary != b.Primary {
			return a.Primary
		}
		if a.Pop != b.Pop {
			return a.Pop > b.Pop
		}
		return a.ID < b.ID
	})
	out := entries[:0]
	for _, e := range entries {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Surface == e.Surface && p.Kind == e.Kind && p.Canonical == e.Canonical {
				p.Ambiguous = p.Ambiguous || e.Ambiguous
				continue
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// WriteCompiled writes entries in the compact embedded form: one line per
// entry, surface, label, kind, flags, population, canonical, knowledge-base
// id, compressed by internal/modelfile.
func WriteCompiled(w io.Writer, entries []Entry) error {
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
	for _, e := range entries {
		flags := ""
		if e.Primary {
			flags += "p"
		}
		if e.Ambiguous {
			flags += "a"
		}
		if flags == "" {
			flags = "-"
		}
		fmt.Fprintf(bw, "%s\t%s\t%d\t%s\t%d\t%s\t%s\n", e.Surface, e.Label, e.Kind, flags, e.Pop, e.Canonical, e.ID)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(modelfile.Compress(raw.Bytes()))
	return err
}

// ReadCompiled reads the file WriteCompiled wrote.
func ReadCompiled(file []byte) ([]Entry, error) {
	b, err := modelfile.Decompress("gazetteer", file)
	if err != nil {
		return nil, err
	}
	text := string(b)
	// The two halves of the file are read side by side, each into its own
	// part of entries: reading the gazetteer and indexing it are the
	// longest chain of every run's start-up.
	mid := len(text) / 2
	if i := strings.IndexByte(text[mid:], '\n'); i >= 0 {
		mid += i + 1
	} else {
		mid = len(text)
	}
	first := countLines(text[:mid])
	entries := make([]Entry, first+countLines(text[mid:]))
	var errs [2]error
	var wg sync.WaitGroup
	wg.Go(func() { errs[0] = parseEntries(text[:mid], entries[:first], 1) })
	errs[1] = parseEntries(text[mid:], entries[first:], first+1)
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	return entries, nil
}

// countLines counts the lines of s, the last one with or without its
// newline.
func countLines(s string) int {
	n := strings.Count(s, "\n")
	if s != "" && s[len(s)-1] != '\n' {
		n++
	}
	return n
}

// parseEntries reads the lines of text, whose first is line number n of
// the file, into entries, one per line.
func parseEntries(text string, entries []Entry, n int) error {
	// IndexByte rather than strings.Cut: Cut goes through the general
	// substring search, a measurable part of start-up over 120k lines.
	for e := range entries {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		var cols [7]string
		for i := 0; i < 6; i++ {
			tab := strings.IndexByte(line, '\t')
			if tab < 0 {
				return fmt.Errorf("gazetteer line %d: too few columns", n+e)
			}
			cols[i], line = line[:tab], line[tab+1:]
		}
		cols[6] = line
		kind, err1 := strconv.Atoi(cols[2])
		pop, err2 := strconv.Atoi(cols[4])
		if err1 != nil || err2 != nil || kind > int(KindOrgName) {
			return fmt.Errorf("gazetteer line %d: bad kind or population", n+e)
		}
		entries[e] = Entry{Surface: cols[0], Label: cols[1], Kind: Kind(kind),
			Primary: strings.IndexByte(cols[3], 'p') >= 0, Ambiguous: strings.IndexByte(cols[3], 'a') >= 0,
			Pop: pop, Canonical: cols[5], ID: cols[6]}
	}
	return nil
}

// NewGazetteer indexes entries for matching. Its parts are built two at a
// time, as reading the file is: they are the longest chain of start-up.
func NewGazetteer(entries []Entry) *Gazetteer {
	g := &Gazetteer{Entries: entries, demonym: map[uint64]int32{}, tokens: make([]tokenBounds, len(entries))}
	exact, folded := make([]uint64, len(entries)), make([]uint64, len(entries))
	named := make([]bool, len(entries))
	names := make([]bool, len(entries))
	orgNames := make([]bool, len(entries))
	var maxTokens [2]int
	shape := func(half int, part []Entry, at int) {
		for j, e := range part {
			i := at + j
			var approx int
			g.tokens[i], approx = boundsOf(e.Surface)
			exact[i] = Hash(e.Surface, false)
			if e.Kind == KindOrgName {
				orgNames[i] = true
				continue
			}
			if e.Kind == KindDemonym {
				continue
			}
			named[i] = !FeatureOnly(e.Kind)
			names[i] = FeatureOnly(e.Kind)
			folded[i] = Hash(e.Surface, true)
			maxTokens[half] = max(maxTokens[half], approx)
		}
	}
	mid := len(entries) / 2
	var wg sync.WaitGroup
	wg.Go(func() { shape(0, entries[:mid], 0) })
	shape(1, entries[mid:], mid)
	wg.Wait()
	for i, e := range entries {
		if e.Kind == KindDemonym {
			g.demonym[exact[i]] = int32(i)
		}
	}
	g.maxTokens = min(max(maxTokens[0], maxTokens[1]), 12)
	matched := make([]bool, len(entries))
	for i := range matched {
		matched[i] = named[i] || names[i]
	}
	wg.Go(func() { g.exact, g.folded = newHashIndex(exact, named), newHashIndex(folded, named) })
	wg.Go(func() { g.prefixes[0] = newPrefixBits(entries, matched, false) })
	wg.Go(func() { g.prefixes[1] = newPrefixBits(entries, matched, true) })
	g.nameExact, g.nameFolded = newHashIndex(exact, names), newHashIndex(folded, names)
	g.orgNames = newHashIndex(exact, orgNames)
	wg.Wait()
	return g
}

// isTokenBreak reports whether r starts a new token in the tokenizer's
// output, for the over-estimate of a surface form's tokens.
func isTokenBreak(r rune) bool {
	switch r {
	case '\'', '.', ',', '(', ')', '-', '&', '/', '\u2019':
		return true
	}
	return false
}

// Demonym returns the demonym of a country's surface form ("Russia" ->
// "Russian"), or "".
func (g *Gazetteer) Demonym(surface string) string {
	if i, ok := g.demonym[Hash(surface, false)]; ok {
		return g.Entries[i].Canonical
	}
	return ""
}

// Lookup returns the entries whose surface equals s (exactly, or ignoring
// case) with as many space-separated words.
func (g *Gazetteer) Lookup(s string, fold bool) []int32 {
	grp, _ := g.exact.get(Hash(s, false))
	if fold {
		grp, _ = g.folded.get(Hash(s, true))
	}
	if len(grp) == 0 {
		return nil
	}
	words := 1
	for i := 1; i < len(s); i++ {
		if s[i] != ' ' && s[i-1] == ' ' {
			words++
		}
	}
	for _, ei := range grp {
		if int(g.tokens[ei].min) == words {
			return grp
		}
	}
	return nil
}

// OrgName returns the organisation-list entry (KindOrgName) whose surface
// is s, case and spaces as written.
func (g *Gazetteer) OrgName(s string) (Entry, bool) {
	grp, _ := g.orgNames.get(Hash(s, false))
	for _, ei := range grp {
		if e := g.Entries[ei]; e.Surface == s {
			return e, true
		}
	}
	return Entry{}, false
}

// startsName reports whether a token can start a case-sensitive match.
func startsName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '\'' || (r == 'a' && strings.HasPrefix(s, "al-"))
}

// Longest returns the end (exclusive) of the longest match starting at token
// i, and its entries; end == i when nothing matches.
func (g *Gazetteer) Longest(toks []string, i int, fold bool) (int, []int32) {
	if fold {
		return g.longestIn(toks, i, true, &g.folded)
	}
	return g.longestIn(toks, i, false, &g.exact)
}

// LongestName is Longest over the feature-only name lists (people,
// companies, clubs): a rule may ask whether a span is a known name without
// making the lists' matches mentions.
func (g *Gazetteer) LongestName(toks []string, i int, fold bool) (int, []int32) {
	if fold {
		return g.longestIn(toks, i, true, &g.nameFolded)
	}
	return g.longestIn(toks, i, false, &g.nameExact)
}

// mark sets, for every token, bit 2*k (begin) or 2*k+1 (inside) for each
// gazetteer kind k of each match covering it; folded matches use bits 16+.
// With words set, a match must respect the entry's word boundaries (models
// trained before the bounds existed see the matches they were trained with).
func (g *Gazetteer) mark(toks []string, bits []uint32, foldAll bool, allCaps []bool, words bool) {
	g.markAll(toks, bits, foldAll, allCaps, words, &g.exact, &g.folded, func(e *Entry) uint {
		if e.Ambiguous {
			return kindAmbiguousBit
		}
		return uint(e.Kind)
	})
}

// markNames is mark for the feature-only name lists: k counts from
// KindPersonName, and an ambiguous surface sets nameAmbiguousBit.
func (g *Gazetteer) markNames(toks []string, bits []uint32, foldAll bool, allCaps []bool) {
	g.markAll(toks, bits, foldAll, allCaps, true, &g.nameExact, &g.nameFolded, func(e *Entry) uint {
		if e.Ambiguous {
			return nameAmbiguousBit
		}
		return uint(e.Kind - KindPersonName)
	})
}

// markAll marks the matches of the exact index at every token and, in
// headings and all-caps words, those of the folded index.
func (g *Gazetteer) markAll(toks []string, bits []uint32, foldAll bool, allCaps []bool, words bool, exact, folded *hashIndex, bitOf func(*Entry) uint) {
	for i := range toks {
		g.markMatches(toks, i, bits, false, words, exact, bitOf)
		if foldAll || allCaps[i] {
			g.markMatches(toks, i, bits, true, words, folded, bitOf)
		}
	}
}

// markMatches marks the matches in index m that start at token i: bit
// 2*k (begin) or 2*k+1 (inside), k = bitOf(entry), plus 16 when folded.
func (g *Gazetteer) markMatches(toks []string, i int, bits []uint32, fold, words bool, m *hashIndex, bitOf func(*Entry) uint) {
	if !fold && !startsName(toks[i]) {
		return
	}
	shift := uint(0)
	if fold {
		shift = 16
	}
	h := fnvOffset
	prefixes := g.prefixesOf(fold)
	for j := i; j < len(toks) && j < i+g.maxTokens; j++ {
		h = fnvAppend(h, toks[j], fold)
		if !prefixes.has(h) {
			break
		}
		grp, ok := m.get(h)
		if !ok || words && !g.fits(grp, j+1-i) {
			continue
		}
		for _, ei := range grp {
			k := bitOf(&g.Entries[ei])
			bits[i] |= 1 << (shift + 2*k)
			for t := i + 1; t <= j; t++ {
				bits[t] |= 1 << (shift + 2*k + 1)
			}
		}
	}
}

// prefixesOf returns the prefixes of the surfaces matched with or
// without folding.
func (g *Gazetteer) prefixesOf(fold bool) *prefixBits {
	if fold {
		return &g.prefixes[1]
	}
	return &g.prefixes[0]
}

// spanCover is the longest match covering a token (FeatSpans): the kinds of
// its entries (bit k for kind k, bit numKinds for an ambiguous surface), its
// length in tokens and the token's place in it (0 single, 1 begin, 2
// inside, 3 end). kinds == 0: no match covers the token.
type spanCover struct {
	kinds  uint32
	length uint8
	pos    uint8
}

// coverLongest tiles the sentence from left to right with the longest
// matches of the gazetteer (and, with names, of the feature-only name
// lists) and records for every covered token that match's kinds, length and
// the token's place in it. Where mark sets a bit for every match,
// overlapping or nested ("Jones" inside "Dow Jones"), this says which single
// reading of the words a longest-match reader would take: the usual
// gazetteer feature of linear news taggers. An ambiguous surface adds the
// bit numKinds rather than its kind.
func (g *Gazetteer) coverLongest(toks []string, cover []spanCover, foldAll bool, allCaps []bool, names bool) {
	for i := 0; i < len(toks); {
		end, kinds := i, uint32(0)
		try := func(m *hashIndex, fold bool) {
			e, grp := g.longestIn(toks, i, fold, m)
			if e <= i || e < end {
				return
			}
			if e > end {
				end, kinds = e, 0
			}
			for _, ei := range grp {
				if en := &g.Entries[ei]; en.Ambiguous {
					kinds |= 1 << numKinds
				} else {
					kinds |= 1 << en.Kind
				}
			}
		}
		try(&g.exact, false)
		if names {
			try(&g.nameExact, false)
		}
		if foldAll || allCaps[i] {
			try(&g.folded, true)
			if names {
				try(&g.nameFolded, true)
			}
		}
		if end <= i {
			i++
			continue
		}
		n := end - i
		for t := i; t < end; t++ {
			pos := uint8(2)
			switch {
			case n == 1:
				pos = 0
			case t == i:
				pos = 1
			case t == end-1:
				pos = 3
			}
			cover[t] = spanCover{kinds: kinds, length: uint8(min(n, 255)), pos: pos}
		}
		i = end
	}
}

// longestIn returns the end (exclusive) of the longest match of index m
// starting at token i that respects its entries' word bounds, and its
// entries; end == i when nothing matches.
func (g *Gazetteer) longestIn(toks []string, i int, fold bool, m *hashIndex) (int, []int32) {
	if !fold && !startsName(toks[i]) {
		return i, nil
	}
	best, bestEnd := []int32(nil), i
	h := fnvOffset
	prefixes := g.prefixesOf(fold)
	for j := i; j < len(toks) && j < i+g.maxTokens; j++ {
		h = fnvAppend(h, toks[j], fold)
		if !prefixes.has(h) {
			break
		}
		if grp, ok := m.get(h); ok && g.fits(grp, j+1-i) {
			best, bestEnd = grp, j+1
		}
	}
	return bestEnd, best
}
