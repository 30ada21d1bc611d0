package claims

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A proposition is what a claim says of one actor outside the event
// classes of conflict reporting: its subject entity, the lemma of its main
// verb and, when there is one, its object entity ("Clinton sent classified
// emails", "Sanders won Nevada", "the campaign did not pay the firm").
// Claims of different sources with the same proposition agree when both
// assert it and conflict when one asserts it and the other says it is not
// so, by a negation or by denying it ("Brazile insisted she never sent
// the questions" against "Brazile sent the questions"). Claims are found
// by a block key of subject and verb, so a proposition is compared only
// with claims about the same actor doing the same thing.

// vaguePredicates say too little to tell one event from another: two
// claims that someone "is", "said" or "wants" something are not about the
// same thing because they share the verb.
var vaguePredicates = setOf(`be have do say tell make get go come take give want think know see look seem need
use try let put keep call ask add note write report show find become begin start continue include mean feel
believe hope expect plan like love hate remain stay happen help talk speak run work live bring hold turn
follow allow lead set play move pay provide consider appear argue claim suggest describe point accord deny
reject dispute refute insist acknowledge admit confirm explain warn respond reply`)

// minPropositionOverlap is the share of content words two claims without
// an object entity must have in common to state the same proposition.
const minPropositionOverlap = 0.4

// maxDaysApartAgreeing is how far apart the documents of two claims
// without a stated date may be to be about one occasion: a campaign
// repeats its actors' deeds every week.
const maxDaysApartAgreeing = 3

// propositionKey returns the interned block key of v's proposition
// (subject and verb), or 0 when v states none.
func (l *Linker) propositionKey(v *claimView) uint32 {
	pred := l.strs.str(v.predicate)
	if v.subject == 0 || v.predicate == 0 || l.isNation(v.subject) || vaguePredicates[pred] || eventClasses[pred] != "" {
		return 0 // events of conflict reporting have their own, stricter rules
	}
	return l.strs.lookup(pred + "\x00" + l.strs.str(v.subject))
}

// denied says whether a claim says its proposition is not so: negated,
// or the content of a denial ("denied that she sent ..."). Either is
// enough: the stage gives a source's negated statement the stance denies
// ("she never sent the questions"), so a claim that is both negated and
// denies says once that it is not so, not twice.
func (l *Linker) denied(v *claimView) bool {
	return v.has(flagNegated) || stances[v.stance] == pipeline.StanceDenies
}

// rejects says whether a claim says its content is not so or rebuts it:
// denied, or the content of a dispute.
func (l *Linker) rejects(v *claimView) bool {
	return l.denied(v) || stances[v.stance] == pipeline.StanceDisputes
}

// propositionRelation relates two claims of different claimants that
// state the same proposition (subject, verb, object, and a share of their
// wording) on one occasion: they conflict when one denies it, and agree
// when both assert it in different documents.
func (l *Linker) propositionRelation(a, b *claimView, conflictsOnly bool) (rel, reason string, ok bool) {
	pk := l.propositionKey(a)
	if pk == 0 || a.subject != b.subject || a.predicate != b.predicate ||
		a.has(flagHedged) || b.has(flagHedged) || a.has(flagIrrealis) || b.has(flagIrrealis) {
		return "", "", false
	}
	// The rest of the wording must say it is the same thing too ("owns
	// stock" is not "owns the party"), and the objects must agree ("won
	// Nevada" and "won Iowa" are two events) unless the wording is
	// mostly shared ("won Nevada", "won the Nevada caucuses").
	overlap := wordOverlap(a.words, b.words)
	if overlap < minPropositionOverlap {
		return "", "", false
	}
	if a.object != b.object && a.object != 0 && b.object != 0 && overlap < 0.5 &&
		!slices.Contains(b.entities, a.object) && !slices.Contains(a.entities, b.object) {
		return "", "", false
	}
	if numbersDiffer(a, b) {
		return "", "", false // two polls, two counts: not one proposition
	}
	// the same stated date, or documents a few days apart
	sameOccasion := a.time != 0 && a.time == b.time
	if a.time == 0 || b.time == 0 {
		da, db := l.docs[a.doc], l.docs[b.doc]
		sameOccasion = da.dated && db.dated && max(da.day-db.day, db.day-da.day) <= maxDaysApartAgreeing
	}
	if !sameOccasion {
		return "", "", false
	}
	who := func(s *claimView) string { return l.strs.str(s.claimant) }
	doing := l.strs.str(a.predicate)
	if a.object != 0 {
		doing += " " + l.actorNameOf(a, b, a.object)
	}
	actor := l.actorNameOf(a, b, a.subject)
	if l.denied(a) != l.denied(b) {
		neg, pos := a, b
		if l.denied(b) {
			neg, pos = b, a
		}
		return pipeline.RelationConflicts, fmt.Sprintf("%s says %s did not '%s' (%q); %s says so (%q)",
			who(neg), actor, doing, neg.excerpt, who(pos), pos.excerpt), true
	}
	// Two sources asserting it: an agreement across documents (within
	// one, the article repeats itself).
	if l.denied(a) || a.doc == b.doc || conflictsOnly {
		return "", "", false
	}
	return pipeline.RelationAgrees, fmt.Sprintf("%s and %s both say %s '%s': %q and %q",
		who(a), who(b), actor, doing, a.excerpt, b.excerpt), true
}

// numbersDiffer says whether two claims give disjoint values in one unit.
func numbersDiffer(a, b *claimView) bool {
	for i := range a.quantities {
		for j := range b.quantities {
			qa, qb := &a.quantities[i], &b.quantities[j]
			if qa.unit == qb.unit && qa.per == qb.per && qa.value != qb.value {
				return true
			}
		}
	}
	return false
}

// actorNameOf is a readable name for entity id x of a or b: the actor
// name either claim has for it, else its entity id.
func (l *Linker) actorNameOf(a, b *claimView, x uint32) string {
	for _, v := range []*claimView{a, b} {
		for i, y := range v.actors {
			if y == x && i < len(v.actorNames) && v.actorNames[i] != 0 {
				return l.strs.str(v.actorNames[i])
			}
		}
	}
	return l.strs.str(x)
}

// pairKey is the block key kind of a pair of entities: claims naming the
// same two people or organisations are compared as possible paraphrases.
// Its id is a hash of the two entity ids, not an interned string, so a
// key costs nothing to keep; two pairs sharing a hash only add candidates
// that relate then tells apart.
const pairKey = 'q'

// maxPairEntities bounds the entities whose pairs key a claim: a claim
// listing ten names is keyed by its first five.
const maxPairEntities = 5

// entityPairKeys returns the keys of the pairs of v's entities (not
// countries: "Syria and Russia" is every second claim of a war).
func (l *Linker) entityPairKeys(v *claimView) []uint32 {
	var names []string
	for _, e := range v.entities {
		if !l.isNation(e) && len(names) < maxPairEntities {
			names = append(names, l.strs.str(e))
		}
	}
	slices.Sort(names)
	var out []uint32
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			h := fnv.New32a()
			h.Write([]byte(names[i]))
			h.Write([]byte{0})
			h.Write([]byte(names[j]))
			out = append(out, h.Sum32())
		}
	}
	return out
}

// minParaphraseOverlap is the share of content words two claims naming
// the same two entities must have in common to say one thing: below it
// they are two statements about the same people.
const minParaphraseOverlap = 0.4

// paraphraseRelation relates two claims of different documents that name
// the same two entities on one occasion, with the same main verb, and
// share much of their wording: the same statement in other words. They agree when both assert it and
// conflict when exactly one negates its main verb.
func (l *Linker) paraphraseRelation(a, b *claimView, conflictsOnly bool) (rel, reason string, ok bool) {
	if a.doc == b.doc || a.has(flagHedged) || b.has(flagHedged) || a.has(flagIrrealis) || b.has(flagIrrealis) {
		return "", "", false
	}
	if a.mainClass != 0 || b.mainClass != 0 {
		return "", "", false // events of conflict reporting have their own, stricter rules
	}
	if a.predicate != b.predicate {
		// names shared, words shared, but another verb: "pledged to act"
		// and "joined in"; a list of the same candidates in two stories
		return "", "", false
	}
	var shared []string
	for _, e := range a.entities {
		if !l.isNation(e) && slices.Contains(b.entities, e) {
			shared = append(shared, l.actorNameOf(a, b, e))
		}
	}
	if len(shared) < 2 || wordOverlap(a.words, b.words) < minParaphraseOverlap || numbersDiffer(a, b) {
		return "", "", false
	}
	da, db := l.docs[a.doc], l.docs[b.doc]
	if !(da.dated && db.dated && max(da.day-db.day, db.day-da.day) <= maxDaysApartAgreeing) && (a.time == 0 || a.time != b.time) {
		return "", "", false
	}
	who := func(s *claimView) string { return l.strs.str(s.claimant) }
	about := strings.Join(shared, ", ")
	if l.denied(a) != l.denied(b) {
		if a.predicate != b.predicate {
			return "", "", false // the negation must be of the same verb
		}
		neg, pos := a, b
		if l.denied(b) {
			neg, pos = b, a
		}
		return pipeline.RelationConflicts, fmt.Sprintf("about %s, %s says not '%s' (%q); %s says so (%q)",
			about, who(neg), l.strs.str(neg.predicate), neg.excerpt, who(pos), pos.excerpt), true
	}
	if conflictsOnly {
		return "", "", false
	}
	return pipeline.RelationAgrees, fmt.Sprintf("about %s, %s and %s say the same: %q and %q",
		about, who(a), who(b), a.excerpt, b.excerpt), true
}
