package claims

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// What the linker keeps of each claim for later documents: flat tables of
// integer ids, and the signatures and quantities read back from them.

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
	v.subject, v.object, v.objectWord = f.subject, f.object, f.objectWord
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
	v.verbs = next(f.nVerbs)
	v.agents = next(f.nAgents)
	v.deniedVerb = f.deniedVerb
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
		deniedVerb: l.strs.keep(v.deniedVerb),
		objectWord: l.strs.keep(v.objectWord),
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
	f.nVerbs = put(v.verbs, false)
	f.nAgents = put(v.agents, false)
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
