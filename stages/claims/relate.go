package claims

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// How two claims relate: timing, shared actors and places, and the tests
// of repetition, agreement and conflict.

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

// relate decides how claim a (earlier) relates to claim b. With
// conflictsOnly it reports conflicts alone: a claim already linked to the
// claim it agrees with takes no second agreement, and writing the reason
// of one that would be dropped is most of relate's time.
func (l *Linker) relate(a, b *claimView, conflictsOnly bool) (rel, reason string, ok bool) {
	if a.doc == b.doc && a.order == b.order {
		return "", "", false
	}
	compatible, known := l.timing(a, b)
	if !compatible {
		return "", "", false
	}

	// The same words again. A brief kept claim is only ever found by the
	// same set of words.
	if a.brief || len(a.words) >= 4 && mayOverlap(a, b, 0.8) && wordOverlap(a.words, b.words) >= 0.8 {
		return l.sameWordsRelation(a, b, conflictsOnly)
	}

	if !known {
		// Undated documents from different sources are linked only by
		// repeated wording: without dates, "the same thing" is a guess.
		return "", "", false
	}

	sameClaimant := l.sameClaimant(a, b)
	sameDoc := a.doc == b.doc
	samePlace := shares(a.places, b.places) != 0

	if rel, r, ok, decided := l.measureRelation(a, b, sameClaimant, samePlace, conflictsOnly); decided {
		return rel, r, ok
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
		if rel, r, ok := l.propositionRelation(a, b, conflictsOnly); ok {
			return rel, r, true
		}
		if rel, r, ok := l.paraphraseRelation(a, b, conflictsOnly); ok {
			return rel, r, true
		}
		if r, ok := l.deniedStatementConflict(a, b); ok {
			return pipeline.RelationConflicts, r, true
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
		return l.agreement(a, b, sameClaimant, conflictsOnly)
	}

	// The claims below compare events, not numbers: across documents they
	// must share the place where the event happened, or "the same thing" is
	// only a shared country or a shared kind of event.
	if !sameDoc && !samePlace {
		return "", "", false
	}
	if r, ok := l.eventConflict(a, b, sameClaimant); ok {
		return pipeline.RelationConflicts, r, true
	}
	return l.agreement(a, b, sameClaimant, conflictsOnly)
}

// who names the claimant of c, for a reason.
func (l *Linker) who(c *claimView) string { return l.strs.str(c.claimant) }

// sameWordsRelation relates two claims that say the same words: a repeat,
// or the same words asserted by one claimant and denied or disputed by
// another, an accusation and its denial ("claims that he bribed Carl
// Dunmore, which he has denied"), when the denial comes from outside the
// words: a source's "No one is above the law" has the stance denies from
// its own negation, and says what the article's "No one is above the law"
// says.
func (l *Linker) sameWordsRelation(a, b *claimView, conflictsOnly bool) (rel, reason string, ok bool) {
	if l.rejects(a) != l.rejects(b) && !l.sameClaimant(a, b) && !a.has(flagNegatorWord) && !b.has(flagNegatorWord) {
		neg, pos := a, b
		if l.rejects(b) {
			neg, pos = b, a
		}
		return pipeline.RelationConflicts, fmt.Sprintf("%s %s %q, which %s asserts", l.who(neg), stances[neg.stance], neg.excerpt, l.who(pos)), true
	}
	if conflictsOnly {
		return "", "", false // the same words conflict with nothing
	}
	return pipeline.RelationRepeats, fmt.Sprintf("same claim %q by %s and %s", b.excerpt, l.who(a), l.who(b)), true
}

// measureRelation relates two claims by their numbers for the same
// measure: two counts are of one event only at one place and time. Across
// documents both must be stated (the same place and the same date); within
// one, either, or neither on both sides, since the article's context
// supplies them (a count dated to one day is not a war's running total).
// Wire copy is full of counts of different incidents in the same country in
// the same week. decided is false when the numbers settle nothing and the
// claims are to be compared by their events.
func (l *Linker) measureRelation(a, b *claimView, sameClaimant, samePlace, conflictsOnly bool) (rel, reason string, ok, decided bool) {
	if len(a.quantities) == 0 || len(b.quantities) == 0 {
		return "", "", false, false // most claims have no number
	}
	keyShared := sameActors(a, b) || samePlace
	sameDoc := a.doc == b.doc
	sameTime := a.time != 0 && a.time == b.time
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
			if samePlace {
				measure += " (same place)"
			}
			loA, hiA := l.interval(qa)
			loB, hiB := l.interval(qb)
			disjoint := hiA < loB || hiB < loA
			if conflictsOnly && (!disjoint || sameClaimant && a.doc != b.doc) {
				return "", "", false, true // a repeat, an agreement or an update
			}
			r := fmt.Sprintf("same measure '%s': %s (%s) vs %s (%s)", measure, l.label(qa), l.who(a), l.label(qb), l.who(b))
			switch {
			case disjoint && sameClaimant && a.doc != b.doc:
				return pipeline.RelationUpdates, r, true, true
			case disjoint && (sameClaimant || a.doc == b.doc && a.has(flagOwnVoice) && b.has(flagOwnVoice)):
				// One source giving two numbers in one article is
				// counting two things (yesterday's and today's dead).
				continue
			case disjoint:
				return pipeline.RelationConflicts, r, true, true
			case !disjoint && sameClaimant:
				return pipeline.RelationRepeats, r, true, true
			case !disjoint:
				return pipeline.RelationAgrees, r, true, true
			}
		}
	}
	return "", "", false, false
}

// eventConflict says whether two claims about events at one place
// contradict each other, and why: one says an event happened and the other
// that it did not, the same actor does opposite things, a withdrawal meets
// what the other says of the same forces, or one claimant denies what
// another asserts.
func (l *Linker) eventConflict(a, b *claimView, sameClaimant bool) (string, bool) {
	// A source does not contradict itself from one claim to the next when
	// the objects differ: the second corrects the first's object, which is
	// what the negation was of ("they're not sending their best players.
	// They're sending the ones who need the practice"). "Russia has staged no
	// air strikes" against the same source's "the Russians have conducted
	// some air strikes" is a contradiction: the object is the same.
	correction := a.doc == b.doc && sameClaimant && max(a.order, b.order)-min(a.order, b.order) <= 2 &&
		a.objectWord != 0 && b.objectWord != 0 && a.objectWord != b.objectWord

	// One says an event happened, the other that it did not.
	if r, ok := l.polarityConflict(a, b); ok && !correction {
		return r, true
	}
	if r, ok := l.polarityConflict(b, a); ok && !correction {
		return r, true
	}

	// Opposite events for the same actor (retook vs withdrew, repelled vs fled).
	if !a.has(flagNegated) && !b.has(flagNegated) && antonymClasses[[2]string{l.strs.str(a.mainClass), l.strs.str(b.mainClass)}] &&
		sameActors(a, b) && a.subject != 0 && a.subject == b.subject &&
		!a.has(flagHedged) && !b.has(flagHedged) && placesCompatible(a, b) && compassCompatible(a, b) {
		return fmt.Sprintf("opposite events for %s: '%s' (%s: %q) vs '%s' (%s: %q)",
			l.actorName(a, b), l.strs.str(a.predicate), l.who(a), a.excerpt, l.strs.str(b.predicate), l.who(b), b.excerpt), true
	}

	// A total withdrawal against continued strikes, a withdrawal against
	// "little movement", a partial against a near-total withdrawal.
	if r, ok := l.withdrawalConflict(a, b); ok {
		return r, true
	}
	if r, ok := l.withdrawalConflict(b, a); ok {
		return r, true
	}

	// A denial of what another claimant asserts.
	if r, ok := l.denialConflict(a, b); ok {
		return r, true
	}
	return l.denialConflict(b, a)
}

// agreement: the same event by the same actor at the same place.
func (l *Linker) agreement(a, b *claimView, sameClaimant, conflictsOnly bool) (rel, reason string, ok bool) {
	if conflictsOnly {
		return "", "", false
	}
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
			// The event must be what one of the claims is about, not a
			// word of a clause inside both ("a never ending line"
			// against "ending corruption", "nothing change there"
			// against "bring positive change").
			if en>>2 != neg.mainClass && ep>>2 != pos.mainClass {
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
	// As in polarityConflict, the event is what one of them is about
	// ("does not mean he won't change course" does not deny that "Lee
	// promises a new course").
	if !entity || !event || denied != d.mainClass && denied != o.mainClass {
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
