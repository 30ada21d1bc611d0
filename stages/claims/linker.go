package claims

import (
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"iter"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
)

// maxDaysApart is how far apart two documents' publication dates may be for
// their claims to be about the same events.
const maxDaysApart = 14

// maxPostings caps how many claims one block key (an event class, a unit
// or an entity in one publication week, or one wording) lists. A key
// shared by more claims than that says little about any pair of them, and
// comparing every new claim with all of them would make linking quadratic
// in busy weeks. Once a key is full, later claims are not listed under it
// (they stay listed under their other keys), so a later claim is still
// compared with the earliest claims of the key: an agreement, which links
// to the earliest claim it agrees with, is found all the same.
const maxPostings = 1024

// Linker finds agreeing, conflicting, repeated and updated claims within
// and across documents. It implements pipeline.Linker; Add and Links must
// be called from one goroutine.
//
// Every link of a claim is with an earlier claim (of an earlier document,
// or earlier in its own), so Add links each document's claims as it
// arrives, while the whole document is at hand, and then keeps of each
// claim only what a later document's claim can be compared with:
//
//   - nothing, for a claim of fewer than four content words that no block
//     key of a dated document lists (it can only be compared within its
//     own document);
//   - a brief (document, index, claimant, time: 16 bytes) for a claim
//     found only by its wording, which, for two claims of different
//     documents, means the same set of content words: its links are
//     decided by their times and claimants alone. All claims of undated
//     documents are of this kind or the first;
//   - the full signature, in flat tables of integer ids, for a claim of a
//     dated document that has an event class, a unit or an entity.
//
// Strings (words, entity ids, claimants, classes) are interned in one
// table; a document's strings enter it only when a kept signature needs
// them.
type Linker struct {
	strs strtab
	docs []docInfo
	kept []keptClaim
	full []fullSig
	// ids holds the id lists of the full signatures, one run per claim:
	// words, events, actors, actor names, places, entities, compass words.
	ids        []uint32
	quantities []quantitySig
	excerpts   []byte

	// byWording lists kept claims by the hash of their sorted set of
	// content words; byKey by event class, unit or entity and week.
	byWording map[uint64]postingList
	byKey     map[blockKey]postingList
	postings  []posting

	// links found so far; a reason is kept once however many links give
	// it (wire copy reprinted by many outlets repeats the same reasons).
	links   []foundLink
	reasons []string
	reasonN map[string]uint32

	// buffers reused from one document to the next
	cur          []claimView
	cands        []uint32
	wordingCands []uint32
	// docIndex lists the claims of the document being added by key, for
	// comparing them with each other; docCands and keyBuf are its buffers.
	docIndex map[uint32][]int32
	docCands []int32
	keyBuf   []uint32
}

// NewLinker returns an empty Linker.
func NewLinker() *Linker {
	return &Linker{
		strs:      newStrtab(),
		byWording: map[uint64]postingList{},
		byKey:     map[blockKey]postingList{},
		reasonN:   map[string]uint32{},
		docIndex:  map[uint32][]int32{},
	}
}

var _ pipeline.Linker = (*Linker)(nil)

// docInfo is what the Linker keeps of a document.
type docInfo struct {
	id    string
	day   int32 // publication date in days since 1970; valid when dated
	dated bool
}

// keptClaim is the brief every kept claim has; full indexes l.full, or is
// noFull when only the brief is kept.
type keptClaim struct {
	doc, order, claimant, time, full uint32
}

const noFull = math.MaxUint32

// fullSig is the rest of a kept full signature: scalars, and the counts of
// its runs in l.ids, l.quantities and l.excerpts.
type fullSig struct {
	ids, quantities, excerpt          uint32
	predicate, mainClass, force       uint32
	subject, object                   uint32
	excerptLen                        uint16
	nWords, nEvents, nActors, nPlaces uint16
	nEntities, nCompass, nQuantities  uint16
	stance                            uint8
	flags                             sigFlags
	extent                            int8
}

// sigFlags are the booleans of a signature.
type sigFlags uint8

const (
	flagHedged   sigFlags = 1 << iota
	flagComment           // in a reader comment
	flagReported          // from a quote
	flagOwnVoice          // the article's own voice (not reported, not a comment)
	flagNegated           // the main event is negated
	flagIrrealis          // the main event is predicted, wished or required
)

// Stances as small numbers.
var stances = []string{"", pipeline.StanceAsserts, pipeline.StanceDenies, pipeline.StanceDisputes}

func stanceCode(s string) uint8 {
	for i, x := range stances {
		if x == s {
			return uint8(i)
		}
	}
	return 0
}

// An event is stored as its class id shifted left by two, with its
// negated and in-question bits.
const (
	eventNegated = 1
	eventInQuery = 2
)

// quantitySig is what a link needs of a number: its value, qualifier,
// unit class and rate denominator. The interval and the label are derived
// from it when needed.
type quantitySig struct {
	value, valueMax            float64
	unit, per, kind, qualifier uint32
	hasMax                     bool
}

// foundLink is a link as the Linker holds it until Links.
type foundLink struct {
	aDoc, aOrder, bDoc, bOrder, reason uint32
	relation                           uint8
}

// relations as small numbers.
var relations = []string{pipeline.RelationAgrees, pipeline.RelationConflicts, pipeline.RelationRepeats, pipeline.RelationUpdates}

// posting lists kept claims under one key, as a chain through l.postings.
type posting struct{ claim, next uint32 }

type postingList struct{ head, n uint32 }

const endOfList = math.MaxUint32

// blockKey is an event class, unit or entity (an interned id) in one
// publication week.
type blockKey struct {
	kind byte // 'e', 'u' or 'n'
	id   uint32
	week int32
}

// claimView is one claim as relate reads it: a claim of the document being
// added, or a kept claim. kept claims found only by wording have brief set
// and nothing but the first fields.
type claimView struct {
	doc, order, claimant, time uint32
	brief                      bool
	words                      []uint32 // sorted ids, without repeats
	wordBits                   uint64   // wordBitsOf(words) for claims of the document being added; 0 for kept claims
	wordHash                   uint64   // of the sorted words; valid when len(words) >= 4
	excerpt                    string
	stance                     uint8
	flags                      sigFlags
	predicate, mainClass       uint32
	subject, object            uint32 // entity ids of the main predicate's roles, or 0
	force                      uint32
	extent                     int
	events                     []uint32
	actors, actorNames         []uint32 // parallel: a name for each actor key, or 0
	places, entities, compass  []uint32
	quantities                 []quantitySig
	// repeat is set when the claim repeats, word for word, a claim of an
	// earlier document: it is linked to that claim alone and not kept.
	repeat bool
}

func (v *claimView) has(f sigFlags) bool { return v.flags&f != 0 }

// Add links the claims of d with each other and with the claims kept from
// earlier documents, then keeps what later documents need of them.
// prepared is what Prepare returned for d; nil makes Add prepare d itself.
func (l *Linker) Add(d *pipeline.Doc, prepared any) {
	_ = l.AddContext(context.Background(), d, prepared) // Background is never done
}

// cancelCheckClaims is how many claims AddContext links between two looks
// at its context: some 30 ms of a long document's linking.
const cancelCheckClaims = 128

// AddContext is Add that stops with ctx's error once ctx is done: one
// document of a few megabytes takes seconds to link, and an interrupted run
// must not wait for them. After an error the Linker is half updated and
// must not be used again (the run that gets it writes nothing).
func (l *Linker) AddContext(ctx context.Context, d *pipeline.Doc, prepared any) error {
	claims, ok := prepared.([]preparedClaim)
	if !ok {
		claims = l.Prepare(d).([]preparedClaim)
	}
	doc := uint32(len(l.docs))
	info := docInfo{id: strings.Clone(d.ID)}
	if p, err := time.Parse("2006-01-02", d.Published); err == nil {
		info.day, info.dated = int32(p.Unix()/86400), true
	}
	l.docs = append(l.docs, info)

	l.cur = l.cur[:0]
	clear(l.docIndex)
	for i := range claims {
		l.cur = append(l.cur, l.view(doc, &claims[i]))
	}
	for bi := range l.cur {
		if bi%cancelCheckClaims == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		l.linkClaim(bi)
	}
	for bi := range l.cur {
		l.keep(&l.cur[bi])
	}
	l.strs.endDocument()
	for i := range l.cur {
		l.cur[i] = claimView{}
	}
	return nil
}

// preparedClaim is what Prepare reads of one claim from its document
// alone; view then interns it into the Linker's tables.
type preparedClaim struct {
	order                   int
	claimant, time, excerpt string
	stance                  uint8
	words                   []string // sorted, without repeats
	wordHash                uint64
	flags                   sigFlags
	a                       analysis
	actorNames              []string // per a.actors: a readable name
	quantities              []pipeline.Quantity
}

// Prepare reads the signature of every claim of d. It touches no state of
// the Linker, so the pipeline runs it on its workers, in parallel: it is
// most of the linking work, and Add, which must run in order, keeps only
// the interning and the comparisons.
func (l *Linker) Prepare(d *pipeline.Doc) any {
	out := make([]preparedClaim, 0, len(d.Claims))
	names := map[string]string{}
	for ci, c := range d.Claims {
		if c.Start < 0 || c.End > len(d.Text) || c.Start > c.End {
			continue
		}
		out = append(out, prepareClaim(d, ci, c, names))
	}
	return out
}

func prepareClaim(d *pipeline.Doc, ci int, c pipeline.Claim, names map[string]string) preparedClaim {
	text := d.Text[c.Start:c.End]
	p := preparedClaim{order: ci, claimant: c.Claimant, time: c.Time, excerpt: excerpt(text), stance: stanceCode(c.Stance)}
	if p.claimant == "" {
		p.claimant = unnamedClaimant
	}
	p.words = wordSet(contentWords(text))
	if len(p.words) >= 4 {
		p.wordHash = hashWords(p.words)
	}
	if c.Hedged {
		p.flags |= flagHedged
	}
	if z := d.ZoneAt(c.Start); z >= 0 && d.Zones[z].Kind == pipeline.ZoneComment {
		p.flags |= flagComment
	}
	// A claim in the article's voice may carry the index of an
	// unattributed quotation it contains; it is still the article's.
	if c.Quote >= 0 && c.Claimant != "" && c.Claimant != d.Outlet && c.Claimant != d.Byline {
		p.flags |= flagReported
	} else if p.flags&flagComment == 0 {
		p.flags |= flagOwnVoice
	}
	p.a = analyze(d, c.Span, c.Quote, c.ClaimantEntityID)
	if p.a.negated {
		p.flags |= flagNegated
	}
	if p.a.irrealis {
		p.flags |= flagIrrealis
	}
	// A readable name for each actor: the canonical name of a mention of
	// it inside the claim (the last one), or the country of a nation key.
	clear(names)
	for _, mi := range mentionsIn(d, c.Span) {
		m := d.Mentions[mi]
		names[m.EntityID] = m.Canonical
		if n := nationOf(m); n != "" {
			names["nation:"+n] = n
		}
	}
	p.actorNames = make([]string, len(p.a.actors))
	for i, x := range p.a.actors {
		p.actorNames[i] = names[x]
	}
	for _, qi := range c.Quantities {
		if qi >= 0 && qi < len(d.Quantities) {
			p.quantities = append(p.quantities, d.Quantities[qi])
		}
	}
	return p
}

// view interns a prepared claim of document doc.
func (l *Linker) view(doc uint32, p *preparedClaim) claimView {
	v := claimView{
		doc:      doc,
		order:    uint32(p.order),
		claimant: l.strs.lookup(p.claimant),
		time:     l.strs.lookup(p.time),
		excerpt:  p.excerpt,
		stance:   p.stance,
		wordHash: p.wordHash,
		flags:    p.flags,
	}
	v.words = make([]uint32, len(p.words))
	for i, w := range p.words {
		v.words[i] = l.strs.lookup(w)
	}
	slices.Sort(v.words)
	v.wordBits = wordBitsOf(v.words)
	a := &p.a
	v.predicate = l.strs.lookup(a.predicate)
	v.mainClass = l.strs.lookup(a.mainClass)
	v.subject = l.strs.lookup(a.subject)
	v.object = l.strs.lookup(a.object)
	v.force = l.strs.lookup(a.force)
	v.extent = a.extent
	v.events = make([]uint32, len(a.events))
	for i, e := range a.events {
		x := l.strs.lookup(e.class) << 2
		if e.negated {
			x |= eventNegated
		}
		if e.inQuery {
			x |= eventInQuery
		}
		v.events[i] = x
	}
	v.actors = l.strs.lookupAll(a.actors)
	v.actorNames = l.strs.lookupAll(p.actorNames)
	v.places = l.strs.lookupAll(a.places)
	v.entities = l.strs.lookupAll(a.entities)
	v.compass = l.strs.lookupAll(a.compass)
	for _, q := range p.quantities {
		if qs, ok := l.quantitySignature(q); ok {
			v.quantities = append(v.quantities, qs)
		}
	}
	return v
}

// hashWords is the FNV-1a hash of a sorted word set: two claims are
// listed under the same wording when their hashes are equal (a false
// match needs a 64-bit collision).
func hashWords(words []string) uint64 {
	h := fnv.New64a()
	for _, w := range words {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

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
	if stances[v.stance] == pipeline.StanceDenies || !lookup {
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
			if rel, reason, ok := l.relate(&a, b); ok && rel == pipeline.RelationRepeats {
				l.addLink(&a, b, rel, reason)
				b.repeat, agreed = true, true
				break
			}
		}
	}
	try := func(a *claimView) {
		rel, reason, ok := l.relate(a, b)
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
	for _, k := range l.keyBuf {
		out = append(out, l.docIndex[k]...)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	l.docCands = out
	return out
}

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

// keptView fills v with kept claim ki, its slices pointing into the
// Linker's tables.
func (l *Linker) keptView(ki uint32, v *claimView) {
	k := &l.kept[ki]
	*v = claimView{doc: k.doc, order: k.order, claimant: k.claimant, time: k.time, brief: k.full == noFull}
	if v.brief {
		return
	}
	f := &l.full[k.full]
	v.excerpt = string(l.excerpts[f.excerpt : f.excerpt+uint32(f.excerptLen)])
	v.stance, v.flags = f.stance, f.flags
	v.predicate, v.mainClass, v.force, v.extent = f.predicate, f.mainClass, f.force, int(f.extent)
	v.subject, v.object = f.subject, f.object
	at := f.ids
	next := func(n uint16) []uint32 {
		s := l.ids[at : at+uint32(n) : at+uint32(n)]
		at += uint32(n)
		return s
	}
	v.words = next(f.nWords)
	v.events = next(f.nEvents)
	v.actors = next(f.nActors)
	v.actorNames = next(f.nActors)
	v.places = next(f.nPlaces)
	v.entities = next(f.nEntities)
	v.compass = next(f.nCompass)
	v.quantities = l.quantities[f.quantities : f.quantities+uint32(f.nQuantities) : f.quantities+uint32(f.nQuantities)]
}

// keep stores what later documents need of v and lists it under its keys.
func (l *Linker) keep(v *claimView) {
	if v.repeat {
		return // later claims find the claim it repeats
	}
	var keys []blockKey
	if l.docs[v.doc].dated {
		keys = l.baseKeys(v, false)
	}
	byWording := len(v.words) >= 4
	if len(keys) == 0 && !byWording {
		return // only ever compared within its document
	}
	ki := uint32(len(l.kept))
	k := keptClaim{doc: v.doc, order: v.order, claimant: l.strs.keep(v.claimant), time: l.strs.keep(v.time), full: noFull}
	if len(keys) > 0 {
		k.full = uint32(len(l.full))
		l.full = append(l.full, l.fullSignature(v))
	}
	l.kept = append(l.kept, k)
	if byWording {
		l.byWording[v.wordHash] = l.list(l.byWording[v.wordHash], ki)
	}
	w := l.week(v.doc)
	for _, key := range keys {
		if key.kind != pairKey {
			key.id = l.strs.keep(key.id)
		}
		key.week = w
		l.byKey[key] = l.list(l.byKey[key], ki)
	}
}

// list adds claim ki to a posting list that is not full.
func (l *Linker) list(pl postingList, ki uint32) postingList {
	if pl.n >= maxPostings {
		return pl
	}
	if pl.n == 0 {
		pl.head = endOfList
	}
	l.postings = append(l.postings, posting{claim: ki, next: pl.head})
	return postingList{head: uint32(len(l.postings) - 1), n: pl.n + 1}
}

// fullSignature copies v into the Linker's tables, interning its strings.
func (l *Linker) fullSignature(v *claimView) fullSig {
	f := fullSig{
		ids:        uint32(len(l.ids)),
		quantities: uint32(len(l.quantities)),
		excerpt:    uint32(len(l.excerpts)),
		excerptLen: uint16(len(v.excerpt)),
		predicate:  l.strs.keep(v.predicate),
		mainClass:  l.strs.keep(v.mainClass),
		force:      l.strs.keep(v.force),
		subject:    l.strs.keep(v.subject),
		object:     l.strs.keep(v.object),
		stance:     v.stance,
		flags:      v.flags,
		extent:     int8(v.extent),
	}
	l.excerpts = append(l.excerpts, v.excerpt...)
	put := func(ids []uint32, sorted bool) uint16 {
		start := len(l.ids)
		for _, id := range ids {
			l.ids = append(l.ids, l.strs.keep(id))
		}
		if sorted {
			slices.Sort(l.ids[start:])
		}
		return uint16(len(ids))
	}
	f.nWords = put(v.words, true)
	events := make([]uint32, len(v.events))
	for i, e := range v.events {
		events[i] = l.strs.keep(e>>2)<<2 | e&3
	}
	f.nEvents = uint16(len(events))
	l.ids = append(l.ids, events...)
	f.nActors = put(v.actors, false)
	put(v.actorNames, false)
	f.nPlaces = put(v.places, false)
	f.nEntities = put(v.entities, false)
	f.nCompass = put(v.compass, false)
	for _, q := range v.quantities {
		q.unit, q.per, q.kind, q.qualifier = l.strs.keep(q.unit), l.strs.keep(q.per), l.strs.keep(q.kind), l.strs.keep(q.qualifier)
		l.quantities = append(l.quantities, q)
	}
	f.nQuantities = uint16(len(v.quantities))
	return f
}

func (l *Linker) quantitySignature(q pipeline.Quantity) (quantitySig, bool) {
	if q.Value == nil || q.Unit == "" {
		return quantitySig{}, false
	}
	switch q.Kind {
	case pipeline.KindCount, pipeline.KindRate, pipeline.KindMoney, pipeline.KindPercent:
	default:
		return quantitySig{}, false
	}
	s := quantitySig{value: *q.Value, unit: l.strs.lookup(unitKey(q.Unit)), per: l.strs.lookup(q.Per),
		kind: l.strs.lookup(q.Kind), qualifier: l.strs.lookup(q.Qualifier)}
	if q.ValueMax != nil {
		s.valueMax, s.hasMax = *q.ValueMax, true
	}
	return s, true
}

// interval is the range of values a quantity allows.
func (l *Linker) interval(q *quantitySig) (lo, hi float64) {
	v := q.value
	lo, hi = v, v
	switch l.strs.str(q.qualifier) {
	case pipeline.QualAtLeast:
		hi = math.Inf(1)
	case pipeline.QualMoreThan:
		lo, hi = v+0.5, math.Inf(1)
	case pipeline.QualAtMost, pipeline.QualUpTo:
		lo = 0
	case pipeline.QualLessThan:
		lo, hi = 0, v-0.5
	case pipeline.QualAbout:
		lo, hi = v*0.8, v*1.2
	case pipeline.QualRange:
		if q.hasMax {
			hi = q.valueMax
		}
	}
	return lo, hi
}

// label writes a quantity for a reason: "at least 70".
func (l *Linker) label(q *quantitySig) string {
	s := ""
	qual := l.strs.str(q.qualifier)
	switch qual {
	case pipeline.QualAtLeast:
		s = "at least "
	case pipeline.QualMoreThan:
		s = "more than "
	case pipeline.QualAtMost, pipeline.QualUpTo:
		s = "up to "
	case pipeline.QualLessThan:
		s = "less than "
	case pipeline.QualAbout:
		s = "about "
	}
	s += trimFloat(q.value)
	if qual == pipeline.QualRange && q.hasMax {
		s += "-" + trimFloat(q.valueMax)
	}
	if per := l.strs.str(q.per); per != "" {
		s += " a " + per
	}
	return s
}

func trimFloat(v float64) string { return strings.TrimSuffix(fmt.Sprintf("%g", v), ".0") }

// unitKey folds the units that count the same thing ("air strike",
// "airstrike", "strike").
func unitKey(unit string) string {
	u := strings.ToLower(unit)
	words := strings.Fields(u)
	if len(words) > 0 {
		last := nounLemma(words[len(words)-1])
		if len(words) > 1 {
			if c, ok := eventClasses[words[len(words)-2]+" "+last]; ok {
				return c
			}
		}
		if c, ok := eventClasses[last]; ok {
			return c
		}
		return last
	}
	return u
}

// Links returns every link found, sorted by their claims.
func (l *Linker) Links() iter.Seq[pipeline.ClaimLink] {
	// Sort the compact links in place and build each ClaimLink only as it
	// is yielded: the full structs never all exist at once.
	slices.SortStableFunc(l.links, func(a, b foundLink) int {
		return cmp.Or(
			strings.Compare(l.docs[a.aDoc].id, l.docs[b.aDoc].id),
			cmp.Compare(a.aOrder, b.aOrder),
			strings.Compare(l.docs[a.bDoc].id, l.docs[b.bDoc].id),
			cmp.Compare(a.bOrder, b.bOrder))
	})
	return func(yield func(pipeline.ClaimLink) bool) {
		for _, k := range l.links {
			if !yield(pipeline.ClaimLink{
				A:        pipeline.ClaimRef{DocID: l.docs[k.aDoc].id, ClaimID: int(k.aOrder)},
				B:        pipeline.ClaimRef{DocID: l.docs[k.bDoc].id, ClaimID: int(k.bOrder)},
				Relation: relations[k.relation], Reason: l.reasons[k.reason],
			}) {
				return
			}
		}
	}
}

// timing says whether two claims can be about the same time, and whether
// that is known (both dated, or in one document) rather than assumed.
func (l *Linker) timing(a, b *claimView) (compatible, known bool) {
	if a.time != 0 && b.time != 0 {
		return a.time == b.time, true
	}
	if a.doc == b.doc {
		return true, true
	}
	da, db := &l.docs[a.doc], &l.docs[b.doc]
	if !da.dated || !db.dated {
		return true, false
	}
	days := da.day - db.day
	return -maxDaysApart <= days && days <= maxDaysApart, true
}

func (l *Linker) isNation(id uint32) bool { return strings.HasPrefix(l.strs.str(id), "nation:") }

// shares returns an id found in both lists, or 0.
func shares(x, y []uint32) uint32 {
	for _, a := range x {
		if slices.Contains(y, a) {
			return a
		}
	}
	return 0
}

// sameActors says whether the claims name a common actor.
func sameActors(a, b *claimView) bool { return shares(a.actors, b.actors) != 0 }

// placesCompatible: no place on one side, or a shared place.
func placesCompatible(a, b *claimView) bool {
	return len(a.places) == 0 || len(b.places) == 0 || shares(a.places, b.places) != 0
}

// compassCompatible: no compass word on one side, or a shared one ("the
// northern Gaza Strip" is not "the southern Gaza Strip").
func compassCompatible(a, b *claimView) bool {
	return len(a.compass) == 0 || len(b.compass) == 0 || shares(a.compass, b.compass) != 0
}

func forceCompatible(a, b *claimView) bool {
	return a.force == 0 || b.force == 0 || a.force == b.force
}

// relate decides how claim a (earlier) relates to claim b.
func (l *Linker) relate(a, b *claimView) (rel, reason string, ok bool) {
	if a.doc == b.doc && a.order == b.order {
		return "", "", false
	}
	compatible, known := l.timing(a, b)
	if !compatible {
		return "", "", false
	}
	who := func(s *claimView) string { return l.strs.str(s.claimant) }

	// The same words again. A brief kept claim is only ever found by the
	// same set of words.
	if a.brief || len(a.words) >= 4 && mayOverlap(a, b, 0.8) && wordOverlap(a.words, b.words) >= 0.8 {
		return pipeline.RelationRepeats, fmt.Sprintf("same claim %q by %s and %s", b.excerpt, who(a), who(b)), true
	}

	if !known {
		// Undated documents from different sources are linked only by
		// repeated wording: without dates, "the same thing" is a guess.
		return "", "", false
	}

	sameClaimant := l.sameClaimant(a, b)
	keyShared := sameActors(a, b) || shares(a.places, b.places) != 0
	sameDoc := a.doc == b.doc
	samePlace := shares(a.places, b.places) != 0
	sameTime := a.time != 0 && a.time == b.time

	// Numbers for the same measure: two counts are of one event only at
	// one place and time. Across documents both must be stated (the same
	// place and the same date); within one, either, or neither on both
	// sides, since the article's context supplies them (a count dated to
	// one day is not a war's running total). Wire copy is full of counts of
	// different incidents in the same country in the same week.
	measureAnchored := placesCompatible(a, b) && compassCompatible(a, b) &&
		(samePlace && sameTime || sameDoc && (samePlace || sameTime || len(a.places)+len(b.places) == 0 && a.time == 0 && b.time == 0))
	for qi := range a.quantities {
		qa := &a.quantities[qi]
		for qj := range b.quantities {
			qb := &b.quantities[qj]
			if qa.unit != qb.unit || qa.per != qb.per || qa.kind != qb.kind || !keyShared || !measureAnchored {
				continue
			}
			if a.mainClass == 0 || a.mainClass != b.mainClass {
				continue // a number is the same measure only for the same event
			}
			measure := l.strs.str(qa.unit)
			if shares(a.places, b.places) != 0 {
				measure += " (same place)"
			}
			loA, hiA := l.interval(qa)
			loB, hiB := l.interval(qb)
			disjoint := hiA < loB || hiB < loA
			r := fmt.Sprintf("same measure '%s': %s (%s) vs %s (%s)", measure, l.label(qa), who(a), l.label(qb), who(b))
			switch {
			case disjoint && sameClaimant && a.doc != b.doc:
				return pipeline.RelationUpdates, r, true
			case disjoint && (sameClaimant || a.doc == b.doc && a.has(flagOwnVoice) && b.has(flagOwnVoice)):
				// One source giving two numbers in one article is
				// counting two things (yesterday's and today's dead).
				continue
			case disjoint:
				return pipeline.RelationConflicts, r, true
			case !disjoint && sameClaimant:
				return pipeline.RelationRepeats, r, true
			case !disjoint:
				return pipeline.RelationAgrees, r, true
			}
		}
	}

	// A reader comment looks back on the article's events from later; it
	// conflicts with the article only where it rebuts it.
	if a.has(flagComment) != b.has(flagComment) {
		c := a
		if b.has(flagComment) {
			c = b
		}
		if stances[c.stance] != pipeline.StanceDisputes {
			return "", "", false
		}
	}

	// One actor doing one thing, said to have happened by one claim and
	// not by another, or by two claimants alike; or one statement about
	// the same people in other words.
	if !sameClaimant {
		if rel, r, ok := l.propositionRelation(a, b); ok {
			return rel, r, true
		}
		if rel, r, ok := l.paraphraseRelation(a, b); ok {
			return rel, r, true
		}
	}

	// An article does not contradict itself, nor a commenter himself: its
	// own statements in sequence tell a story. The extent of a withdrawal is
	// the exception, checked below, where wire copy merges two reports.
	selfOnly := a.doc == b.doc && a.has(flagOwnVoice) && b.has(flagOwnVoice) || sameClaimant && !a.has(flagReported) && !b.has(flagReported)
	if selfOnly {
		if r, ok := l.extentConflict(a, b); ok {
			return pipeline.RelationConflicts, r, true
		}
		return l.agreement(a, b, sameClaimant)
	}

	// The claims below compare events, not numbers: across documents they
	// must share the place where the event happened, or "the same thing" is
	// only a shared country or a shared kind of event.
	if !sameDoc && !samePlace {
		return "", "", false
	}

	// One says an event happened, the other that it did not.
	if r, ok := l.polarityConflict(a, b); ok {
		return pipeline.RelationConflicts, r, true
	}
	if r, ok := l.polarityConflict(b, a); ok {
		return pipeline.RelationConflicts, r, true
	}

	// Opposite events for the same actor (retook vs withdrew, repelled vs fled).
	if !a.has(flagNegated) && !b.has(flagNegated) && antonymClasses[[2]string{l.strs.str(a.mainClass), l.strs.str(b.mainClass)}] &&
		sameActors(a, b) && !a.has(flagHedged) && !b.has(flagHedged) && placesCompatible(a, b) && compassCompatible(a, b) {
		return pipeline.RelationConflicts, fmt.Sprintf("opposite events for %s: '%s' (%s: %q) vs '%s' (%s: %q)",
			l.actorName(a, b), l.strs.str(a.predicate), who(a), a.excerpt, l.strs.str(b.predicate), who(b), b.excerpt), true
	}

	// A total withdrawal against continued strikes, a withdrawal against
	// "little movement", a partial against a near-total withdrawal.
	if r, ok := l.withdrawalConflict(a, b); ok {
		return pipeline.RelationConflicts, r, true
	}
	if r, ok := l.withdrawalConflict(b, a); ok {
		return pipeline.RelationConflicts, r, true
	}

	// A denial of what another claimant asserts.
	if r, ok := l.denialConflict(a, b); ok {
		return pipeline.RelationConflicts, r, true
	}
	if r, ok := l.denialConflict(b, a); ok {
		return pipeline.RelationConflicts, r, true
	}

	return l.agreement(a, b, sameClaimant)
}

// agreement: the same event by the same actor at the same place.
func (l *Linker) agreement(a, b *claimView, sameClaimant bool) (rel, reason string, ok bool) {
	extentsDiffer := a.extent != extentUnknown && b.extent != extentUnknown && (a.extent == extentLow) != (b.extent == extentLow)
	// Across documents, one kind of event by one actor at one place is
	// the same event only on the same date.
	if a.doc != b.doc && (a.time == 0 || a.time != b.time) {
		return "", "", false
	}
	if a.mainClass != 0 && a.mainClass == b.mainClass && !a.has(flagNegated) && !b.has(flagNegated) && !extentsDiffer &&
		sameActors(a, b) && shares(a.places, b.places) != 0 && forceCompatible(a, b) {
		rel := pipeline.RelationAgrees
		if sameClaimant {
			rel = pipeline.RelationRepeats
		}
		return rel, fmt.Sprintf("same event '%s' by %s at the same place: %q (%s) and %q (%s)",
			l.strs.str(a.mainClass), l.actorName(a, b), a.excerpt, l.strs.str(a.claimant), b.excerpt, l.strs.str(b.claimant)), true
	}
	return "", "", false
}

// polarityConflict: neg says an event of some class did not happen, pos
// that it did, for a common actor (a reader's rebuttal in a comment thread
// may leave the actor implicit), at compatible places.
func (l *Linker) polarityConflict(neg, pos *claimView) (string, bool) {
	for _, en := range neg.events {
		if en&eventNegated == 0 || en&eventInQuery != 0 {
			continue
		}
		for _, ep := range pos.events {
			if ep&eventNegated != 0 || ep&eventInQuery != 0 || ep>>2 != en>>2 {
				continue
			}
			implicit := neg.doc == pos.doc && stances[neg.stance] == pipeline.StanceDisputes && len(neg.actors) == 0 && len(neg.places) == 0
			if !implicit && !sameActors(neg, pos) {
				continue
			}
			if !forceCompatible(neg, pos) {
				continue
			}
			// "no strikes in the north" does not deny strikes elsewhere;
			// "no strikes" denies strikes in the south.
			if len(neg.compass) > 0 && shares(neg.compass, pos.compass) == 0 {
				continue
			}
			if !placesCompatible(neg, pos) {
				continue
			}
			return fmt.Sprintf("%s says there was no '%s' (%q); %s says there was (%q)",
				l.strs.str(neg.claimant), l.strs.str(en>>2), neg.excerpt, l.strs.str(pos.claimant), pos.excerpt), true
		}
	}
	return "", false
}

// withdrawalConflict compares a withdrawal with what the other claim says
// of the same actor's forces.
func (l *Linker) withdrawalConflict(w, o *claimView) (string, bool) {
	if l.strs.str(w.mainClass) != "withdraw" || w.has(flagNegated) || w.has(flagHedged) || !sameActors(w, o) || !forceCompatible(w, o) || !placesCompatible(w, o) {
		return "", false
	}
	if w.extent == extentTotal {
		for _, e := range o.events {
			if l.strs.str(e>>2) == "strike" && e&(eventNegated|eventInQuery) == 0 && l.strs.str(o.mainClass) != "withdraw" {
				return fmt.Sprintf("%s says (nearly) all forces left (%q); %s says strikes went on (%q)",
					l.strs.str(w.claimant), w.excerpt, l.strs.str(o.claimant), o.excerpt), true
			}
		}
	}
	if w.extent >= extentHigh {
		for _, e := range o.events {
			if c := l.strs.str(e >> 2); (c == "change" || c == "deploy") && e&eventNegated != 0 {
				return fmt.Sprintf("%s says most forces withdrew (%q); %s says there was little change (%q)",
					l.strs.str(w.claimant), w.excerpt, l.strs.str(o.claimant), o.excerpt), true
			}
		}
	}
	return l.extentConflict(w, o)
}

// extentConflict: two withdrawals by the same actor and branch, one
// partial, the other most or all.
func (l *Linker) extentConflict(w, o *claimView) (string, bool) {
	if l.strs.str(w.mainClass) == "withdraw" && l.strs.str(o.mainClass) == "withdraw" && !w.has(flagNegated) && !o.has(flagNegated) &&
		sameActors(w, o) && w.force == o.force && w.extent != extentUnknown && o.extent != extentUnknown &&
		(w.extent == extentLow) != (o.extent == extentLow) {
		return fmt.Sprintf("extent of the withdrawal: %q (%s) vs %q (%s)", w.excerpt, l.strs.str(w.claimant), o.excerpt, l.strs.str(o.claimant)), true
	}
	return "", false
}

// denialConflict: d denies something that o, another claimant, asserts
// with at least two of the same entities or events.
func (l *Linker) denialConflict(d, o *claimView) (string, bool) {
	if stances[d.stance] != pipeline.StanceDenies || stances[o.stance] == pipeline.StanceDenies ||
		l.sameClaimant(d, o) {
		return "", false
	}
	entity := false
	for _, e := range d.entities {
		if slices.Contains(o.entities, e) && !l.isNation(e) {
			entity = true
		}
	}
	// The denied event is the first one the denial names ("involvement in
	// raids on villages in which 44 people were killed" denies the raids);
	// the other claim must assert it, not ask or plan it.
	denied := uint32(0)
	for _, de := range d.events {
		// A denial that carries its own negation ("were not
		// responsible for the strikes") denies its negated event, not
		// one named in passing ("not confined to the attack in which
		// four were killed").
		if de&eventInQuery == 0 && (!d.has(flagNegated) || de&eventNegated != 0) {
			denied = de >> 2
			break
		}
	}
	event := false
	for _, e := range o.events {
		if e&(eventNegated|eventInQuery) == 0 && e>>2 == denied && denied != 0 {
			event = true
		}
	}
	if !entity || !event {
		return "", false
	}
	return fmt.Sprintf("%s denies %q; %s asserts %q", l.strs.str(d.claimant), d.excerpt, l.strs.str(o.claimant), o.excerpt), true
}

// unnamedClaimant stands for the claimant of an article that names no
// outlet or author.
const unnamedClaimant = "the article"

// sameClaimant says whether two claims have one claimant: the same name,
// but two unnamed articles are two claimants.
func (l *Linker) sameClaimant(a, b *claimView) bool {
	name := l.strs.str(a.claimant)
	return strings.EqualFold(name, l.strs.str(b.claimant)) && (a.doc == b.doc || name != unnamedClaimant)
}

// actorName names the shared actor for a reason, preferring an entity to
// a country.
func (l *Linker) actorName(a, b *claimView) string {
	best := ""
	for i, x := range a.actors {
		j := slices.Index(b.actors, x)
		if j < 0 {
			continue
		}
		name := l.strs.str(a.actorNames[i])
		if name == "" {
			name = l.strs.str(b.actorNames[j])
		}
		nation := l.isNation(x)
		if name != "" && (best == "" || !nation) {
			best = name
			if !nation {
				break
			}
		}
	}
	if best == "" {
		return "the same actor"
	}
	return best
}
