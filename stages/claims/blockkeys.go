package claims

import (
	"math"
	"slices"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Block keys and the in-document index: which earlier claims, kept or of
// the same document, a new claim is compared with.

// relatedClasses are the event classes a claim of one class is compared
// with besides its own (a withdrawal with strikes and troop movements).
var relatedClasses = map[string][]string{
	"withdraw": {"strike", "change", "deploy", "capture", "repel"},
	"strike":   {"withdraw"},
	"change":   {"withdraw"},
	"deploy":   {"withdraw"},
	"capture":  {"withdraw"},
	"repel":    {"withdraw"},
}

// baseKeys are the event, unit and entity keys of a claim of a dated
// document, without the week: the keys it is listed under (lookup false)
// or looks for earlier claims under (lookup true).
func (l *Linker) baseKeys(v *claimView, lookup bool) []blockKey {
	var keys []blockKey
	add := func(kind byte, id uint32) {
		k := blockKey{kind: kind, id: id}
		if id != 0 && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, e := range v.events {
		add('e', e>>2)
		if lookup {
			for _, r := range relatedClasses[l.strs.str(e>>2)] {
				add('e', l.strs.lookup(r))
			}
		}
	}
	for _, q := range v.quantities {
		add('u', q.unit)
	}
	if pk := l.propositionKey(v); pk != 0 {
		add('p', pk)
	}
	for _, pk := range l.entityPairKeys(v) {
		keys = append(keys, blockKey{kind: pairKey, id: pk})
	}
	// A denial is listed under the verb it denies; a claim that asserts
	// looks there for earlier denials of its verbs (denied.go).
	switch {
	case !lookup && v.deniedVerb != 0:
		add(deniedVerbKey, v.deniedVerb)
	case lookup && v.deniedVerb == 0:
		for _, vb := range v.verbs {
			add(deniedVerbKey, vb)
		}
	}
	if stances[v.stance] == pipeline.StanceDenies || v.deniedVerb != 0 || !lookup {
		// denials are compared by shared entities
		for _, e := range v.entities {
			if !l.isNation(e) {
				add('n', e)
			}
		}
	}
	return keys
}

// week is the publication week bucket of a dated document.
func (l *Linker) week(doc uint32) int32 { return l.docs[doc].day / 7 }

// linkClaim links claim bi of the current document with the earlier
// claims it relates to.
func (l *Linker) linkClaim(bi int) {
	b := &l.cur[bi]
	// Earlier claims of other documents that share a key, in the order
	// they were added. Undated documents are found by wording only; event
	// and unit keys are looked up in the weeks within maxDaysApart.
	cands := l.cands[:0]
	if len(b.words) >= 4 {
		cands = l.appendPostings(cands, l.byWording[b.wordHash])
	}
	if l.docs[b.doc].dated {
		w, span := l.week(b.doc), int32((maxDaysApart+6)/7)
		for _, k := range l.baseKeys(b, true) {
			if k.kind != pairKey && l.strs.transient(k.id) {
				continue // no kept claim has it
			}
			for dw := -span; dw <= span; dw++ {
				k.week = w + dw
				cands = l.appendPostings(cands, l.byKey[k])
			}
		}
	}
	slices.Sort(cands)
	cands = slices.Compact(cands)
	l.cands = cands

	agreed := false
	var a claimView
	// A claim that an earlier document already made in the same words
	// (wire copy, a republished story) repeats the earliest such claim, and
	// its other links are that claim's: link it to that claim alone and do
	// not keep it, so that n copies of a story give n-1 links per claim,
	// not n², and later claims compare against one copy. Only its own
	// document's claims are still compared with it.
	if len(b.words) >= 4 {
		l.wordingCands = l.appendPostings(l.wordingCands[:0], l.byWording[b.wordHash])
		for _, ki := range l.wordingCands {
			l.keptView(ki, &a)
			if a.doc == b.doc || !slices.Equal(a.words, b.words) {
				continue
			}
			if rel, reason, ok := l.relate(&a, b, false); ok && rel == pipeline.RelationRepeats {
				l.addLink(&a, b, rel, reason)
				b.repeat, agreed = true, true
				break
			}
		}
	}
	try := func(a *claimView) {
		rel, reason, ok := l.relate(a, b, agreed)
		if !ok {
			return
		}
		if rel != pipeline.RelationConflicts {
			// One agreement per claim, with the earliest claim it agrees
			// with: a chain, not every pair of a cluster.
			if agreed {
				return
			}
			agreed = true
		}
		l.addLink(a, b, rel, reason)
	}
	if !b.repeat {
		for _, ki := range cands {
			l.keptView(ki, &a)
			try(&a)
		}
	}
	// the earlier claims of the same document that share a key with it
	for _, ai := range l.docCandidates(b) {
		try(&l.cur[ai])
	}
	l.indexInDocument(bi)
}

// docKeys returns the keys under which a claim of the document being added
// is compared with the document's other claims: its actors, places,
// entities and event classes, and the prefix of its sorted words (two word
// sets with a Jaccard overlap of at least 0.8 share one of the first
// n - ceil(0.8 n) + 1 words of each, in any fixed order of the words).
// Word and entity ids come from one string table, so a word and an event
// class with the same spelling share a key, which only adds a candidate.
func docKeys(v *claimView, keys []uint32) []uint32 {
	keys = append(keys, v.actors...)
	keys = append(keys, v.places...)
	keys = append(keys, v.entities...)
	for _, e := range v.events {
		keys = append(keys, e>>2)
	}
	if n := len(v.words); n >= 4 {
		keys = append(keys, v.words[:n-int(math.Ceil(0.8*float64(n)))+1]...)
	}
	return keys
}

// docCandidates returns the earlier claims of the current document that
// share a key with b, in document order. Each key lists at most
// maxDocPostings claims, so a document of n claims costs at most n × keys
// × maxDocPostings comparisons, not n².
func (l *Linker) docCandidates(b *claimView) []int32 {
	l.keyBuf = docKeys(b, l.keyBuf[:0])
	out := l.docCands[:0]
	l.docEpoch++
	if l.docEpoch == 0 { // wrapped: forget every old mark
		clear(l.docSeen)
		l.docEpoch = 1
	}
	for _, k := range l.keyBuf {
		for _, ci := range l.docIndex[k] {
			if int(ci) >= len(l.docSeen) {
				l.docSeen = append(l.docSeen, make([]uint32, int(ci)+1-len(l.docSeen))...)
			}
			if l.docSeen[ci] != l.docEpoch {
				l.docSeen[ci] = l.docEpoch
				out = append(out, ci)
			}
		}
	}
	slices.Sort(out)
	if len(out) > maxDocCandidates {
		out = out[len(out)-maxDocCandidates:] // the most recent
	}
	l.docCands = out
	return out
}

// maxDocCandidates bounds the earlier claims of its document a claim is
// compared with, over all its keys: the most recent ones. Each key's list
// is bounded already, but a claim with many keys, each full in a long
// document, would still meet keys × maxDocPostings of them.
const maxDocCandidates = 64

// indexInDocument lists claim bi of the current document under its keys.
func (l *Linker) indexInDocument(bi int) {
	l.keyBuf = docKeys(&l.cur[bi], l.keyBuf[:0])
	for _, k := range l.keyBuf {
		list := l.docIndex[k]
		switch {
		case len(list) > 0 && list[len(list)-1] == int32(bi):
			// listed already (a word that is also an entity or a class)
		case len(list) < maxDocPostings:
			l.docIndex[k] = append(list, int32(bi))
		default:
			copy(list, list[1:])
			list[len(list)-1] = int32(bi)
		}
	}
}

// maxDocPostings is how many claims of one document a key lists: the most
// recent ones. An accusation and its denial, or two counts of one event,
// sit close together in an article; comparing each claim with every
// earlier claim naming the article's main subject would make a long
// document quadratic.
const maxDocPostings = 64

// addLink records that a and b relate.
func (l *Linker) addLink(a, b *claimView, rel, reason string) {
	ri, ok := l.reasonN[reason]
	if !ok {
		ri = uint32(len(l.reasons))
		l.reasons = append(l.reasons, reason)
		l.reasonN[reason] = ri
	}
	l.links = append(l.links, foundLink{aDoc: a.doc, aOrder: a.order, bDoc: b.doc, bOrder: b.order,
		reason: ri, relation: uint8(slices.Index(relations, rel))})
}

func (l *Linker) appendPostings(cands []uint32, pl postingList) []uint32 {
	if pl.n == 0 {
		return cands
	}
	for p := pl.head; p != endOfList; p = l.postings[p].next {
		cands = append(cands, l.postings[p].claim)
	}
	return cands
}
