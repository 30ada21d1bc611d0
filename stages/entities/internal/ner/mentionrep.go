package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mention replacement: copies of training sentences in which every
// annotated name is swapped for another name of the same type, so that the
// model learns a name's type from its context and shape ("shares of ___
// fell") rather than by remembering the name. The replacement keeps the
// corpus's conventions: it has the same type and the same kind of first
// token (a user name for a user name, a hashtag for a hashtag, an acronym
// for an acronym), and with the corpus pool it comes from the sentence's
// own corpus. Only annotated names are replaced, and a copy keeps its
// sentence's unannotated types, so a corpus's masked labels stay masked.
//
// Names of persons, organisations and places (GPE, LOC, FAC) are replaced;
// nationalities, events and other names (NORP, EVENT, MISC) stay: a
// nationality is an adjective in one sentence and a plural noun in the next
// ("Kenyan officials", "the Kenyans"), so a swapped one breaks the sentence,
// and the types the stage is scored on are the first three.

// mentionShape is the kind of a name's first token.
type mentionShape uint8

const (
	shapeCapitalised mentionShape = iota // "Bank", "McDonald's"
	shapeUserName                        // "@someone"
	shapeHashtag                         // "#election"
	shapeLower                           // "obama", "iphone" (tweets)
	shapeAcronym                         // "NATO", "U.S."
	shapeOther                           // "3M", "'s"
)

// shapeOfMention returns the kind of tok, the first token of a name.
func shapeOfMention(tok string) mentionShape {
	r, _ := utf8.DecodeRuneInString(tok)
	switch {
	case r == '@':
		return shapeUserName
	case r == '#':
		return shapeHashtag
	case unicode.IsLower(r):
		return shapeLower
	case !unicode.IsUpper(r):
		return shapeOther
	}
	letters := 0
	for _, c := range tok {
		if unicode.IsLower(c) {
			return shapeCapitalised
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters > 1 {
		return shapeAcronym
	}
	return shapeCapitalised // "A", "J."
}

// replacedTypes has bit t set for each type t (index in Types) whose names
// are replaced.
var replacedTypes = typeBits("PERSON", "ORG", "GPE", "LOC", "FAC")

func typeBits(names ...string) uint32 {
	var m uint32
	for t, name := range Types {
		for _, n := range names {
			if n == name {
				m |= 1 << uint(t)
			}
		}
	}
	return m
}

// mentionKey is the pool a name is drawn from.
type mentionKey struct {
	source int // the corpus (Example.Source); 0 for the pool of all corpora
	typ    int // index in Types
	shape  mentionShape
}

// mentionPool holds the distinct names of the training sentences by pool,
// each list in order of first appearance (so draws are the same for a seed).
type mentionPool struct {
	byCorpus bool
	names    map[mentionKey][][]string
}

// mentionSpan is a name in a sentence: tokens [start, end) of type typ.
type mentionSpan struct{ start, end, typ int }

// mentionsOf returns the names of labels (BIO) of the types replaced
// (replacedTypes); an I- label that does not continue a name of its type
// starts one.
func mentionsOf(labels []int) []mentionSpan {
	var out []mentionSpan
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == 0 {
			i++
			continue
		}
		typ := TypeOf(l)
		end := i + 1
		for end < len(labels) && labels[end] == 2+2*typ {
			end++
		}
		if replacedTypes&(1<<uint(typ)) != 0 {
			out = append(out, mentionSpan{i, end, typ})
		}
		i = end
	}
	return out
}

func (p *mentionPool) key(ex Example, m mentionSpan) mentionKey {
	k := mentionKey{typ: m.typ, shape: shapeOfMention(ex.Toks[m.start])}
	if p.byCorpus {
		k.source = ex.Source
	}
	return k
}

// newMentionPool collects the names of train; byCorpus keeps each corpus's
// names apart.
func newMentionPool(train []Example, byCorpus bool) *mentionPool {
	p := &mentionPool{byCorpus: byCorpus, names: map[mentionKey][][]string{}}
	seen := map[mentionKey]map[string]bool{}
	for _, ex := range train {
		for _, m := range mentionsOf(ex.Labels) {
			k := p.key(ex, m)
			text := strings.Join(ex.Toks[m.start:m.end], " ")
			if seen[k] == nil {
				seen[k] = map[string]bool{}
			}
			if seen[k][text] {
				continue
			}
			seen[k][text] = true
			p.names[k] = append(p.names[k], ex.Toks[m.start:m.end])
		}
	}
	return p
}

// replaceMentions returns a copy of ex with every name replaced by another
// name of its pool (a name whose pool holds no other name stays), and
// whether any name was replaced.
func (p *mentionPool) replaceMentions(ex Example, r *rng) (Example, bool) {
	out := Example{Unannotated: ex.Unannotated, Source: ex.Source}
	replaced := false
	last := 0
	for _, m := range mentionsOf(ex.Labels) {
		out.Toks = append(out.Toks, ex.Toks[last:m.start]...)
		out.Labels = append(out.Labels, ex.Labels[last:m.start]...)
		last = m.end
		name := ex.Toks[m.start:m.end]
		cands := p.names[p.key(ex, m)]
		if len(cands) > 1 {
			// Draw uniformly among the other names: draw from all but the
			// last, and take the last in place of the name itself.
			pick := cands[r.next()%uint64(len(cands)-1)]
			if sameTokens(pick, name) {
				pick = cands[len(cands)-1]
			}
			name = pick
			replaced = true
		}
		out.Toks = append(out.Toks, name...)
		out.Labels = append(out.Labels, 1+2*m.typ)
		for range name[1:] {
			out.Labels = append(out.Labels, 2+2*m.typ)
		}
	}
	out.Toks = append(out.Toks, ex.Toks[last:]...)
	out.Labels = append(out.Labels, ex.Labels[last:]...)
	return out, replaced
}

func sameTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// mentionCopies returns, for a seeded share of the sentences of train that
// hold a name, the copy with its names replaced (cfg.MentionShare,
// cfg.MentionPoolAll), in the order of train.
func mentionCopies(train []Example, cfg TrainConfig) []Example {
	if cfg.MentionShare <= 0 {
		return nil
	}
	p := newMentionPool(train, !cfg.MentionPoolAll)
	r := rng{cfg.Seed ^ 0x4D454E54}
	var out []Example
	for _, ex := range train {
		if r.float() >= cfg.MentionShare {
			continue
		}
		if c, ok := p.replaceMentions(ex, &r); ok {
			out = append(out, c)
		}
	}
	return out
}
