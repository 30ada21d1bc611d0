package ner

// A word's usual case. The token features say how a word is written here
// (title, capitals, lower case) and whether it is a common lower-case
// word, but not how the word is usually written. That is what tells a
// name apart where case says little: posts write names in lower case
// ("saw obama in london") and common words in Title Case, and headlines
// and sentence starts capitalise every word. The case prior counts, over
// the training text (labels not read), how often each word is written in
// lower case, Title Case and ALL CAPS where the writer chose its case:
// not at a sentence's start and not in a heading or an all-caps line. The
// shares are bucketed into one small code per word, stored in the model
// (FeatCasePrior), and conjoined in the features with the token's own case
// and where it stands.

// casePriorMinCount is how many counted occurrences a word needs for a
// code: fewer say little, and those words keep the code of unseen words.
const casePriorMinCount = 3

// Case-prior codes: caseUnseen for a word without one; otherwise the
// lower-case share's bucket (1 to 6) in the low three bits and the ALL
// CAPS share's bucket (0 to 3) above them.
const caseUnseen = 0

// lowerBucket buckets the share of lower-case occurrences: 1 never, 2
// under a tenth, 3 under a half, 4 under nine tenths, 5 under all, 6
// always.
func lowerBucket(lower, total int) uint16 {
	switch {
	case lower == 0:
		return 1
	case 10*lower < total:
		return 2
	case 2*lower < total:
		return 3
	case 10*lower < 9*total:
		return 4
	case lower < total:
		return 5
	}
	return 6
}

// capsBucket buckets the share of ALL CAPS occurrences (acronyms): 0
// never, 1 under a tenth, 2 under a half, 3 at least half.
func capsBucket(caps, total int) uint16 {
	switch {
	case caps == 0:
		return 0
	case 10*caps < total:
		return 1
	case 2*caps < total:
		return 2
	}
	return 3
}

// CasePrior maps a word (folded hash) to its case-prior code.
type CasePrior struct{ table *Clusters }

// Code returns the code of the word with folded hash h (caseUnseen when
// it was counted fewer than casePriorMinCount times).
func (c *CasePrior) Code(h uint64) uint16 {
	if c == nil {
		return caseUnseen
	}
	if k := c.table.Class(h); k != noClass {
		return k
	}
	return caseUnseen
}

// Len returns the number of words with a code.
func (c *CasePrior) Len() int {
	if c == nil {
		return 0
	}
	return c.table.Len()
}

// caseCounts are one word's counted occurrences.
type caseCounts struct{ lower, title, caps, total int }

// LearnCasePrior counts how the sentences write each word (labels not
// read) and returns the words' codes.
func LearnCasePrior(sents []Example) *CasePrior {
	counts := map[uint64]*caseCounts{}
	f := NewFeaturizer(nil, nil)
	var s Sentence
	for _, ex := range sents {
		s.Toks = ex.Toks
		f.Prepare(&s)
		if s.sentCase != caseNormal {
			continue // a heading: every word capitalised
		}
		for i := range s.Toks {
			fl := s.flags[i]
			if !hasLetter(fl) || caseChosenAt(&s, i) {
				continue
			}
			c := counts[s.lower[i]]
			if c == nil {
				c = &caseCounts{}
				counts[s.lower[i]] = c
			}
			c.total++
			switch {
			case fl&flagLower != 0:
				c.lower++
			case fl&flagUpper != 0:
				c.caps++
			case fl&flagTitle != 0:
				c.title++
			}
		}
	}
	var keys []uint64
	for h, c := range counts {
		if c.total >= casePriorMinCount {
			keys = append(keys, h)
		}
	}
	sortUint64(keys)
	codes := make([]uint16, len(keys))
	for i, h := range keys {
		c := counts[h]
		codes[i] = lowerBucket(c.lower, c.total) | capsBucket(c.caps, c.total)<<3
	}
	return &CasePrior{newClusters(keys, codes)}
}

func hasLetter(fl uint32) bool {
	return fl&flagPunct == 0 && fl&flagAllDig == 0
}

// startMarks are the punctuation tokens after which a word is capitalised
// because a sentence or a quotation starts ("RT @a : Rain", `" The`).
var startMarks = func() wordSet {
	var hs []uint64
	for _, w := range []string{".", "!", "?", ":", ";", "\"", "''", "``", "...", "-", "--", "|"} {
		hs = append(hs, Hash(w, true))
	}
	return newWordSet(hs)
}()

// caseChosenAt reports whether token i stands where the sentence's form,
// not the writer's choice for the word, sets its case: the first word, or
// a word after an end of sentence, a colon or a quotation mark.
func caseChosenAt(s *Sentence, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch {
		case startMarks.has(s.lower[j]):
			return true
		case s.flags[j]&flagPunct == 0:
			return false // a word before it: mid-sentence
		}
	}
	return true // only punctuation before it
}

// tokenCase is the token's own case for the case-prior features: 0 lower,
// 1 Title, 2 ALL CAPS, 3 other (digits, punctuation, mixed).
func tokenCase(fl uint32) uint64 {
	switch {
	case fl&flagLower != 0:
		return 0
	case fl&flagTitle != 0:
		return 1
	case fl&flagUpper != 0:
		return 2
	}
	return 3
}

// casePlace is where the token stands for the case-prior features: 0 in a
// normal sentence, 1 in a Title Case heading, 2 in an ALL CAPS line, 3 at
// a sentence's or a quotation's start in a normal sentence.
func casePlace(s *Sentence, i int) uint64 {
	switch {
	case s.sentCase == caseTitle:
		return 1
	case s.sentCase == caseAllCaps:
		return 2
	case caseChosenAt(s, i):
		return 3
	}
	return 0
}

// casePriorFeatures appends the case-prior features of token i: its word's
// code joined with its own case and place, and with FeatCaseNeighbours
// the same of the tokens before and after it.
func (f *Featurizer) casePriorFeatures(s *Sentence, i int, out []uint64) []uint64 {
	at := func(j int) uint64 {
		return uint64(s.casePrior[j])<<4 | tokenCase(s.flags[j])<<2 | casePlace(s, j)
	}
	out = append(out, mix(tCasePrior, at(i)))
	if f.Set&FeatCaseNeighbours != 0 {
		prev, next := uint64(hashBOS), uint64(hashEOS)
		if i > 0 {
			prev = at(i - 1)
		}
		if i+1 < len(s.Toks) {
			next = at(i + 1)
		}
		out = append(out, mix(tCasePriorM1, prev), mix(tCasePriorP1, next))
	}
	return out
}
