package claims

import (
	"cmp"
	"context"
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
	// words, events, actors, actor names, places, entities, compass words,
	// verbs, agents.
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
	// docSeen[i] == docEpoch marks claim i of the document as a candidate
	// already, so that a claim listed under several keys is sorted once.
	docSeen  []uint32
	docEpoch uint32
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
	subject, object, deniedVerb       uint32
	objectWord                        uint32
	excerptLen                        uint16
	nWords, nEvents, nActors, nPlaces uint16
	nEntities, nCompass, nQuantities  uint16
	nVerbs, nAgents                   uint16
	stance                            uint8
	flags                             sigFlags
	extent                            int8
}

// sigFlags are the booleans of a signature.
type sigFlags uint8

const (
	flagHedged      sigFlags = 1 << iota
	flagComment              // in a reader comment
	flagReported             // from a quote
	flagOwnVoice             // the article's own voice (not reported, not a comment)
	flagNegated              // the main event is negated
	flagIrrealis             // the main event is predicted, wished or required
	flagNegatorWord          // a word of the claim negates ("not", "never", "no"), wherever it stands
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
	kind byte // 'e', 'u', 'n', 'p', 'd' or pairKey
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
	objectWord                 uint32 // the head word of the main verb's object ("best" of "sending their best"), or 0
	force                      uint32
	extent                     int
	events                     []uint32
	actors, actorNames         []uint32 // parallel: a name for each actor key, or 0
	places, entities, compass  []uint32
	quantities                 []quantitySig
	// deniedVerb is the verb a negation of the claim governs, or that it
	// denies (denied.go); verbs are the lemmas of its verbs; agents the
	// actors that are people or organisations, not places.
	deniedVerb uint32
	verbs      []uint32
	agents     []uint32
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
	deniedVerb              string
	verbs, agents           []string
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
	p.a = analysisOf(d, c)
	if p.a.negated {
		p.flags |= flagNegated
	}
	if p.a.irrealis {
		p.flags |= flagIrrealis
	}
	if p.a.negatorWord {
		p.flags |= flagNegatorWord
	}
	// A readable name for each actor: the canonical name of a mention of
	// it inside the claim (the last one), or the country of a nation key.
	clear(names)
	var people []string
	for _, mi := range mentionsIn(d, c.Span) {
		m := d.Mentions[mi]
		names[m.EntityID] = m.Canonical
		if m.Label == pipeline.LabelPerson || m.Label == pipeline.LabelOrg {
			people = append(people, m.EntityID)
		}
		if n := nationOf(m); n != "" {
			names["nation:"+n] = n
		}
	}
	p.actorNames = make([]string, len(p.a.actors))
	for i, x := range p.a.actors {
		p.actorNames[i] = names[x]
		if slices.Contains(people, x) {
			p.agents = append(p.agents, x)
		}
	}
	// A denied act and the acts a claim reports matter only between
	// claims naming the same people (denied.go).
	if len(p.agents) > 0 {
		p.deniedVerb, p.verbs = verbFacts(d, c.Span, p.a.mainAt, p.a.negatorWord)
		if p.deniedVerb == "" && (c.Stance == pipeline.StanceDenies || c.Stance == pipeline.StanceDisputes) && !vaguePredicates[p.a.predicate] && !auxiliaries[p.a.predicate] {
			// "denied that she sent the questions": the claim is the content
			p.deniedVerb = p.a.predicate
		}
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
	if a.objectWord != "" {
		v.objectWord = l.strs.lookup(a.objectWord)
	}
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
	v.deniedVerb = l.strs.lookup(p.deniedVerb)
	v.verbs = l.strs.lookupAll(p.verbs)
	v.agents = l.strs.lookupAll(p.agents)
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
