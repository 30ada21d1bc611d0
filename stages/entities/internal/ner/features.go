package ner

import (
	"unicode"
	"unicode/utf8"
)

// Sentence case classes: headlines and all-caps lines get their own feature
// values so that capitalisation there does not read as a name.
const (
	caseNormal = iota
	caseTitle
	caseAllCaps
)

// Token flags.
const (
	flagTitle   = 1 << iota // first letter upper, some lower
	flagUpper               // letters, all upper
	flagLower               // letters, all lower
	flagDigit               // has a digit
	flagAllDig              // digits and punctuation only
	flagHyphen              // has a hyphen
	flagPeriod              // has a period
	flagApos                // has an apostrophe
	flagPunct               // no letter or digit
	flagCommon              // its lower-case form is a common lower-case word
	flagInitial             // "A." or "J."
	flagFirst               // first token of the sentence
)

// Feature templates. A feature key is mix(template, value); the numbering is
// part of the model format.
const (
	tBias uint64 = iota + 1
	tLower
	tExact
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShape
	tShapeM1
	tShapeP1
	tShapeM1Shape
	tShapeShapeP1
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tBigramM1
	tBigramP1
	tFlags
	tCaseShape
	tCaseCommon
	tLowerM1Shape
	tShapeLowerP1
	tGaz
	tGazM1
	tGazP1
	tGazMask
	tCaseGazMask
	tFirstShape
	tPrev
	tPrev2
	tPrevShape
	tPrevLower
	tPrevGazMask
	tLowerM1M2
	tClass
	tClassM1
	tClassP1
	tClassM1Class
	tClassClassP1
	tClassShape
	tPrevClass
	tRunHead
	tRunFirst
	tRunPos
	tRunBefore
	tRunAfter
	tRunHeadPos
	tNames
	tCaseNames
	tName
	tNameM1
	tNameP1
	tShapeM2
	tShapeP2
	tShapeTri
	tSuf3M1
	tSuf3P1
	tSpanKind
	tSpanLen
	tCaseSpanKind
	tHandleParts
	tHandleGaz
	tHandlePart
	tHandlePartKind
	tHandleGlued
)

// Feature-set bits stored in the model header, so the featurizer computes
// what the model was trained with.
const (
	FeatClasses  uint32 = 1 << iota // word classes of the token and its neighbours
	FeatBILOU                       // the decoder's tags are BILOU, not BIO
	FeatRuns                        // the capitalised run around the token: head, first word, edges
	FeatGazWords                    // gazetteer matches respect the entries' word boundaries
	FeatViterbi                     // Viterbi decoding with label transitions instead of greedy label-history features
	FeatNames                       // matches of the feature-only name lists (people, given names, surnames, companies, clubs)
	FeatContext                     // shapes two tokens away, the shape trigram, the neighbours' suffixes
	FeatSpans                       // the longest gazetteer or name-list match covering the token: its kinds, length and the token's place in it
	FeatHandles                     // the parts of user names and hashtags: their words, gazetteer and name-list kinds, organisation words (handles.go)
)

const (
	hashBOS = 0x5bd1e9955bd1e995
	hashEOS = 0x27d4eb2f165667c5
)

// Sentence holds one sentence's tokens and their precomputed values. It is
// scratch space: reuse it across sentences to avoid allocation.
type Sentence struct {
	Toks     []string
	lower    []uint64
	exact    []uint64
	shape    []uint64
	pre      [][4]uint64
	suf      [][4]uint64
	flags    []uint32
	gaz      []uint32
	names    []uint32    // FeatNames: name-list bits (Gazetteer.markNames)
	span     []spanCover // FeatSpans: the longest match covering each token
	allCaps  []bool
	class    []uint64
	runStart []int32 // first token of the capitalised run holding the token (-1: none)
	runEnd   []int32 // one past its last token
	sentCase uint64
}

// Featurizer computes token features; it is read-only after construction.
type Featurizer struct {
	Gaz     *Gazetteer
	Classes *Clusters // word classes (nil: none)
	Set     uint32    // Feat* bits
	common  wordSet   // folded hashes of common lower-case words
}

// NewFeaturizer returns a featurizer over a gazetteer and the set of common
// lower-case words (folded hashes).
func NewFeaturizer(g *Gazetteer, common []uint64) *Featurizer {
	return &Featurizer{Gaz: g, common: newWordSet(common)}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	s = s[:n]
	clear(s)
	return s
}

// Prepare computes the per-token values of s.Toks.
func (f *Featurizer) Prepare(s *Sentence) {
	n := len(s.Toks)
	s.lower = grow(s.lower, n)
	s.exact = grow(s.exact, n)
	s.shape = grow(s.shape, n)
	s.pre = grow(s.pre, n)
	s.suf = grow(s.suf, n)
	s.flags = grow(s.flags, n)
	s.gaz = grow(s.gaz, n)
	s.allCaps = grow(s.allCaps, n)
	s.class = grow(s.class, n)
	var nAlpha, nUpper, nTitleLike, nLowerContent int
	for i, t := range s.Toks {
		s.exact[i] = Hash(t, false)
		fl, shape, pre := tokenShape(t)
		s.lower[i] = Hash(t, true)
		s.shape[i] = shape
		s.pre[i] = pre
		s.suf[i] = suffixes(t)
		s.class[i] = uint64(f.Classes.Class(s.exact[i]))
		if f.common.has(s.lower[i]) {
			fl |= flagCommon
		}
		if i == 0 {
			fl |= flagFirst
		}
		s.flags[i] = fl
		if fl&(flagTitle|flagUpper|flagLower) != 0 {
			nAlpha++
			switch {
			case fl&flagUpper != 0:
				nUpper++
				nTitleLike++
				s.allCaps[i] = utf8.RuneCountInString(t) > 1
			case fl&flagTitle != 0:
				nTitleLike++
			case !isFunctionWord(s.lower[i]):
				nLowerContent++
			}
		}
	}
	s.sentCase = caseNormal
	switch {
	case nAlpha >= 2 && nUpper*5 >= nAlpha*4:
		s.sentCase = caseAllCaps
	case nAlpha >= 3 && nLowerContent == 0 && nTitleLike >= 3:
		s.sentCase = caseTitle
	}
	if f.Gaz != nil {
		f.Gaz.mark(s.Toks, s.gaz, s.sentCase != caseNormal, s.allCaps, f.Set&FeatGazWords != 0)
		if f.Set&FeatNames != 0 {
			s.names = grow(s.names, n)
			f.Gaz.markNames(s.Toks, s.names, s.sentCase != caseNormal, s.allCaps)
		}
		if f.Set&FeatSpans != 0 {
			s.span = grow(s.span, n)
			f.Gaz.coverLongest(s.Toks, s.span, s.sentCase != caseNormal, s.allCaps, f.Set&FeatNames != 0)
		}
	}
	if f.Set&FeatRuns != 0 {
		s.markRuns()
	}
}

// capitalised reports whether token i may be part of a name's run of
// capitalised words.
func (s *Sentence) capitalised(i int) bool {
	return s.flags[i]&(flagTitle|flagUpper) != 0
}

// markRuns finds the runs of capitalised tokens ("Bowling Green Falcons",
// "Army of the Potomac": "of", "for", "de", "the", "&" and "and" join two
// capitalised words). In a heading every word is capitalised, so runs
// are only marked in normal sentences.
func (s *Sentence) markRuns() {
	n := len(s.Toks)
	s.runStart = grow(s.runStart, n)
	s.runEnd = grow(s.runEnd, n)
	for i := range s.runStart {
		s.runStart[i], s.runEnd[i] = -1, -1
	}
	if s.sentCase != caseNormal {
		return
	}
	for i := 0; i < n; {
		if !s.capitalised(i) {
			i++
			continue
		}
		j := i + 1
		for j < n {
			if s.capitalised(j) {
				j++
				continue
			}
			// A joiner, or "of the", between capitalised words.
			k := j
			for k < n && k-j < 2 && runJoiners[s.lower[k]] {
				k++
			}
			if k > j && k < n && s.capitalised(k) {
				j = k + 1
				continue
			}
			break
		}
		for k := i; k < j; k++ {
			s.runStart[k], s.runEnd[k] = int32(i), int32(j)
		}
		i = j
	}
}

var runJoiners = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"of", "for", "de", "the", "&", "and"} {
		m[Hash(w, true)] = true
	}
	return m
}()

// runFeatures appends the features of the capitalised run around token i:
// its last word (the head that types most names: "University", "Party",
// "Falcons", "River"), its first word, the token's position in it and the
// words just outside it. Greedy decoding sees the head before it commits
// to the first token's label.
func (f *Featurizer) runFeatures(s *Sentence, i int, out []uint64) []uint64 {
	a, b := int(s.runStart[i]), int(s.runEnd[i])
	if a < 0 {
		return out
	}
	n := len(s.Toks)
	pos := uint64(0) // single
	switch {
	case b-a == 1:
	case i == a:
		pos = 1
	case i == b-1:
		pos = 2
	default:
		pos = 3
	}
	length := uint64(min(b-a, 4))
	head := s.lower[b-1]
	before, after := uint64(hashBOS), uint64(hashEOS)
	if a > 0 {
		before = s.lower[a-1]
	}
	if b < n {
		after = s.lower[b]
	}
	out = append(out,
		mix(tRunPos, pos<<3|length),
		mix(tRunBefore, before),
		mix(tRunAfter, after),
	)
	if b-a > 1 {
		out = append(out,
			mix(tRunHead, head),
			mix(mix(tRunHeadPos, head), pos),
			mix(tRunFirst, s.lower[a]),
		)
	}
	return out
}

var functionWords = func() wordSet {
	var hs []uint64
	for _, w := range []string{"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but",
		"with", "by", "from", "as", "is", "are", "vs", "vs.", "into", "over", "after", "'s", "s"} {
		hs = append(hs, Hash(w, true))
	}
	return newWordSet(hs)
}()

func isFunctionWord(h uint64) bool { return functionWords.has(h) }

// tokenShape returns the flags, the collapsed word shape ("Xx", "X.X.",
// "d,d") and the folded prefix hashes of 1 to 4 runes.
func tokenShape(t string) (uint32, uint64, [4]uint64) {
	var fl uint32
	var pre [4]uint64
	hasUpper, hasLower, hasDigit, hasLetter := false, false, false, false
	shape := fnvOffset
	var last byte
	h := fnvOffset
	nr := 0
	for i, r := range t {
		r = normRune(r)
		var c byte
		switch {
		case unicode.IsUpper(r):
			c, hasUpper, hasLetter = 'X', true, true
			if i == 0 {
				fl |= flagTitle
			}
		case unicode.IsLetter(r):
			c, hasLower, hasLetter = 'x', true, true
		case unicode.IsDigit(r):
			c, hasDigit = 'd', true
		default:
			c = '*'
			if r < utf8.RuneSelf {
				c = byte(r)
			}
			switch r {
			case '-':
				fl |= flagHyphen
			case '.':
				fl |= flagPeriod
			case '\'':
				fl |= flagApos
			}
		}
		if c != last {
			shape ^= uint64(c)
			shape *= fnvPrime
			last = c
		}
		if nr < 4 {
			lr := unicode.ToLower(r)
			h ^= uint64(lr)
			h *= fnvPrime
			pre[nr] = h
		}
		nr++
	}
	for k := nr; k < 4; k++ {
		pre[k] = pre[nr-1+boolInt(nr == 0)]
	}
	switch {
	case hasUpper && !hasLower:
		fl |= flagUpper
		fl &^= flagTitle
	case hasLower && !hasUpper:
		fl |= flagLower
	case !(hasUpper && hasLower && fl&flagTitle != 0):
		fl &^= flagTitle
	}
	if hasDigit && !hasLetter {
		fl |= flagAllDig
	}
	if hasDigit {
		fl |= flagDigit
	}
	if !hasLetter && !hasDigit {
		fl |= flagPunct
	}
	if nr == 2 && hasUpper && fl&flagPeriod != 0 && t[len(t)-1] == '.' {
		fl |= flagInitial
	}
	return fl, shape, pre
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// suffixes returns the folded hashes of the last 1 to 4 runes.
func suffixes(t string) [4]uint64 {
	var suf [4]uint64
	end := len(t)
	start := end
	for k := 0; k < 4; k++ {
		if start > 0 {
			_, size := utf8.DecodeLastRuneInString(t[:start])
			start -= size
		}
		suf[k] = fnvAppend(fnvOffset, t[start:end], true)
	}
	return suf
}

// lexicalPositions marks, by their position in Static's output, the
// features that name the token's own word: word, exact word and the two
// bigrams with it. Word dropout hides them in training.
var lexicalPositions = [...]bool{1: true, 2: true, 20: true, 21: true}

// dynPrevLower is the position of the previous-label/word feature in
// Dynamic's output.
const dynPrevLower = 3

// Static appends the features of token i that do not depend on labels.
func (f *Featurizer) Static(s *Sentence, i int, out []uint64) []uint64 {
	n := len(s.Toks)
	lowerAt := func(j int) uint64 {
		switch {
		case j < 0:
			return hashBOS
		case j >= n:
			return hashEOS
		}
		return s.lower[j]
	}
	shapeAt := func(j int) uint64 {
		switch {
		case j < 0:
			return hashBOS
		case j >= n:
			return hashEOS
		}
		return s.shape[j]
	}
	w, sh := s.lower[i], s.shape[i]
	wm1, wp1 := lowerAt(i-1), lowerAt(i+1)
	shm1, shp1 := shapeAt(i-1), shapeAt(i+1)
	fl := uint64(s.flags[i])
	out = append(out,
		mix(tBias, 0),
		mix(tLower, w),
		mix(tExact, s.exact[i]),
		mix(tLowerM1, wm1),
		mix(tLowerP1, wp1),
		mix(tLowerM2, lowerAt(i-2)),
		mix(tLowerP2, lowerAt(i+2)),
		mix(tShape, sh),
		mix(tShapeM1, shm1),
		mix(tShapeP1, shp1),
		mix(mix(tShapeM1Shape, shm1), sh),
		mix(mix(tShapeShapeP1, sh), shp1),
		mix(tPre1, s.pre[i][0]), mix(tPre2, s.pre[i][1]), mix(tPre3, s.pre[i][2]), mix(tPre4, s.pre[i][3]),
		mix(tSuf1, s.suf[i][0]), mix(tSuf2, s.suf[i][1]), mix(tSuf3, s.suf[i][2]), mix(tSuf4, s.suf[i][3]),
		mix(mix(tBigramM1, wm1), w),
		mix(mix(tBigramP1, w), wp1),
		mix(tFlags, fl),
		mix(mix(tCaseShape, s.sentCase), sh),
		mix(mix(tCaseCommon, s.sentCase), fl&(flagCommon|flagTitle|flagUpper|flagFirst)),
		mix(mix(tLowerM1Shape, wm1), sh),
		mix(mix(tShapeLowerP1, sh), wp1),
		mix(mix(tLowerM1M2, lowerAt(i-2)), wm1),
	)
	if fl&flagFirst != 0 {
		out = append(out, mix(tFirstShape, sh))
	}
	if f.Set&FeatClasses != 0 {
		classAt := func(j int) uint64 {
			switch {
			case j < 0:
				return hashBOS
			case j >= n:
				return hashEOS
			}
			return s.class[j]
		}
		c, cm1, cp1 := s.class[i], classAt(i-1), classAt(i+1)
		out = append(out,
			mix(tClass, c),
			mix(tClassM1, cm1),
			mix(tClassP1, cp1),
			mix(mix(tClassM1Class, cm1), c),
			mix(mix(tClassClassP1, c), cp1),
			mix(mix(tClassShape, c), sh),
		)
	}
	if f.Set&FeatContext != 0 {
		out = append(out,
			mix(tShapeM2, shapeAt(i-2)),
			mix(tShapeP2, shapeAt(i+2)),
			mix(mix(mix(tShapeTri, shm1), sh), shp1),
		)
		if i > 0 {
			out = append(out, mix(tSuf3M1, s.suf[i-1][2]))
		}
		if i+1 < n {
			out = append(out, mix(tSuf3P1, s.suf[i+1][2]))
		}
	}
	if f.Set&FeatSpans != 0 {
		if c := s.span[i]; c.kinds != 0 {
			pos := uint64(c.pos)
			out = append(out, mix(tSpanLen, uint64(min(c.length, 4))<<2|pos))
			for k, kinds := uint64(0), c.kinds; kinds != 0; k, kinds = k+1, kinds>>1 {
				if kinds&1 != 0 {
					out = append(out, mix(tSpanKind, k<<2|pos), mix(mix(tCaseSpanKind, s.sentCase), k<<2|pos))
				}
			}
		}
	}
	if f.Set&FeatRuns != 0 {
		out = f.runFeatures(s, i, out)
	}
	if f.Set&FeatHandles != 0 {
		out = f.handleFeatures(s, i, out)
	}
	if f.Set&FeatNames != 0 {
		out = appendBits(out, tNameM1, tNameP1, tName, s.names, i)
		if nm := s.names[i]; nm != 0 {
			out = append(out, mix(tNames, uint64(nm)), mix(mix(tCaseNames, s.sentCase), uint64(nm)))
		}
	}
	g := s.gaz[i]
	out = append(out, mix(tGazMask, uint64(g)), mix(mix(tCaseGazMask, s.sentCase), uint64(g)))
	for b := uint64(0); g != 0; b++ {
		if g&1 != 0 {
			out = append(out, mix(tGaz, b))
		}
		g >>= 1
	}
	if i > 0 {
		g := s.gaz[i-1]
		for b := uint64(0); g != 0; b++ {
			if g&1 != 0 {
				out = append(out, mix(tGazM1, b))
			}
			g >>= 1
		}
	}
	if i+1 < n {
		g := s.gaz[i+1]
		for b := uint64(0); g != 0; b++ {
			if g&1 != 0 {
				out = append(out, mix(tGazP1, b))
			}
			g >>= 1
		}
	}
	return out
}

// Dynamic appends the features of token i that depend on the two previous
// labels.
func (f *Featurizer) Dynamic(s *Sentence, i, prev, prev2 int, out []uint64) []uint64 {
	p := uint64(prev)
	return append(out,
		mix(tPrev, p),
		mix(mix(tPrev2, uint64(prev2)), p),
		mix(mix(tPrevShape, p), s.shape[i]),
		mix(mix(tPrevLower, p), s.lower[i]),
		mix(mix(tPrevGazMask, p), uint64(s.gaz[i])),
	)
}

// IsHeading reports whether the prepared sentence is a title-case or
// all-caps line.
func (s *Sentence) IsHeading() bool { return s.sentCase != caseNormal }

// IsAllCaps reports whether the prepared sentence is written in capitals.
func (s *Sentence) IsAllCaps() bool { return s.sentCase == caseAllCaps }

// IsCommon reports whether tok, folded, is a common lower-case word.
func (f *Featurizer) IsCommon(tok string) bool {
	return f.common.has(Hash(tok, true))
}

// appendBits appends one feature per set bit of bits[i] (template cur) and
// of its neighbours' bits (templates prev and next).
func appendBits(out []uint64, prev, next, cur uint64, bits []uint32, i int) []uint64 {
	add := func(t uint64, g uint32) {
		for b := uint64(0); g != 0; b++ {
			if g&1 != 0 {
				out = append(out, mix(t, b))
			}
			g >>= 1
		}
	}
	add(cur, bits[i])
	if i > 0 {
		add(prev, bits[i-1])
	}
	if i+1 < len(bits) {
		add(next, bits[i+1])
	}
	return out
}
