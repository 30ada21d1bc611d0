package claims

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// maxDaysApart is how far apart two documents' publication dates may be for
// their claims to be about the same events.
const maxDaysApart = 14

// Linker finds agreeing, conflicting, repeated and updated claims within
// and across documents. It keeps a compact signature of each claim, never
// the documents. It implements pipeline.Linker; Add and Links must be
// called from one goroutine.
type Linker struct {
	sigs []signature
	// byKey indexes the signatures of other documents by event class or
	// unit and publication week, and by wording, so that only claims that
	// could be about the same thing are compared.
	byKey map[string][]int
	// docStart is the index in sigs of each document's first claim.
	docStart []int
}

// NewLinker returns an empty Linker.
func NewLinker() *Linker { return &Linker{byKey: map[string][]int{}} }

var _ pipeline.Linker = (*Linker)(nil)

// quantitySig is what a link needs of a number: its interval, its unit
// class and its rate denominator.
type quantitySig struct {
	lo, hi float64
	unit   string
	per    string
	kind   string
	label  string // "at least 70"
}

// signature is the compact form of one claim.
type signature struct {
	ref        pipeline.ClaimRef
	doc        int // order of the document in Add calls
	day        int // publication date in days since 1970; valid when dated
	dated      bool
	order      int // claim index in the document
	claimant   string
	excerpt    string   // at most ~70 characters, for reasons
	words      []string // sorted, without repeats
	time       string
	stance     string
	hedged     bool
	comment    bool
	reported   bool // from a quote
	ownVoice   bool // the article's own voice (not reported, not a comment)
	a          analysis
	quantities []quantitySig
	// names gives a readable name for each actor and place key.
	names map[string]string
}

// Add records the claims of d.
func (l *Linker) Add(d *pipeline.Doc) {
	doc := len(l.docStart)
	l.docStart = append(l.docStart, len(l.sigs))
	day, dated := 0, false
	if p, err := time.Parse("2006-01-02", d.Published); err == nil {
		day, dated = int(p.Unix()/86400), true
	}
	for ci, c := range d.Claims {
		if c.Start < 0 || c.End > len(d.Text) || c.Start > c.End {
			continue
		}
		s := signature{
			ref:      pipeline.ClaimRef{DocID: d.ID, ClaimID: ci},
			doc:      doc,
			order:    ci,
			claimant: c.Claimant,
			excerpt:  excerpt(d.Text[c.Start:c.End]),
			words:    wordSet(contentWords(d.Text[c.Start:c.End])),
			day:      day,
			dated:    dated,
			time:     c.Time,
			stance:   c.Stance,
			hedged:   c.Hedged,
			a:        analyze(d, c.Span, c.Quote, c.ClaimantEntityID),
		}
		s.names = map[string]string{}
		for _, mi := range mentionsIn(d, c.Span) {
			m := d.Mentions[mi]
			s.names[m.EntityID] = m.Canonical
			if n := nationOf(m); n != "" {
				s.names["nation:"+n] = n
			}
		}
		if z := d.ZoneAt(c.Start); z >= 0 && d.Zones[z].Kind == pipeline.ZoneComment {
			s.comment = true
		}
		// A claim in the article's voice may carry the index of an
		// unattributed quotation it contains; it is still the article's.
		s.reported = c.Quote >= 0 && c.Claimant != "" && c.Claimant != d.Outlet && c.Claimant != d.Byline
		s.ownVoice = !s.reported && !s.comment
		if s.claimant == "" {
			s.claimant = "the article"
		}
		for _, qi := range c.Quantities {
			if qi < 0 || qi >= len(d.Quantities) {
				continue
			}
			if q, ok := quantitySignature(d.Quantities[qi]); ok {
				s.quantities = append(s.quantities, q)
			}
		}
		idx := len(l.sigs)
		l.sigs = append(l.sigs, s)
		for _, k := range blockKeys(&s, false) {
			l.byKey[k] = append(l.byKey[k], idx)
		}
	}
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

// week is the publication week bucket of a dated signature.
func week(s *signature) int { return s.day / 7 }

// blockKeys are the keys under which a claim is indexed (lookup false) or
// looks for earlier claims of other documents (lookup true). Event and
// unit keys carry the publication week, and a lookup spans the weeks
// within maxDaysApart; undated documents are found by wording only.
func blockKeys(s *signature, lookup bool) []string {
	var keys []string
	if len(s.words) >= 4 {
		keys = append(keys, "w:"+strings.Join(s.words, " "))
	}
	if s.dated {
		var base []string
		for _, e := range s.a.events {
			base = appendKey(base, "e:"+e.class)
			if lookup {
				for _, r := range relatedClasses[e.class] {
					base = appendKey(base, "e:"+r)
				}
			}
		}
		for _, q := range s.quantities {
			base = appendKey(base, "u:"+q.unit)
		}
		if s.stance == pipeline.StanceDenies || !lookup {
			// denials are compared by shared entities
			for _, e := range s.a.entities {
				if !strings.HasPrefix(e, "nation:") {
					base = appendKey(base, "n:"+e)
				}
			}
		}
		w, span := week(s), 0
		if lookup {
			span = (maxDaysApart + 6) / 7
		}
		for _, b := range base {
			for dw := -span; dw <= span; dw++ {
				keys = append(keys, b+"|"+strconv.Itoa(w+dw))
			}
		}
	}
	return keys
}

func quantitySignature(q pipeline.Quantity) (quantitySig, bool) {
	if q.Value == nil || q.Unit == "" {
		return quantitySig{}, false
	}
	switch q.Kind {
	case pipeline.KindCount, pipeline.KindRate, pipeline.KindMoney, pipeline.KindPercent:
	default:
		return quantitySig{}, false
	}
	v := *q.Value
	s := quantitySig{lo: v, hi: v, unit: unitKey(q.Unit), per: q.Per, kind: q.Kind}
	switch q.Qualifier {
	case pipeline.QualAtLeast:
		s.hi, s.label = math.Inf(1), "at least "
	case pipeline.QualMoreThan:
		s.lo, s.hi, s.label = v+0.5, math.Inf(1), "more than "
	case pipeline.QualAtMost, pipeline.QualUpTo:
		s.lo, s.label = 0, "up to "
	case pipeline.QualLessThan:
		s.lo, s.hi, s.label = 0, v-0.5, "less than "
	case pipeline.QualAbout:
		s.lo, s.hi, s.label = v*0.8, v*1.2, "about "
	case pipeline.QualRange:
		if q.ValueMax != nil {
			s.hi = *q.ValueMax
		}
	}
	s.label += trimFloat(v)
	if q.Qualifier == pipeline.QualRange && q.ValueMax != nil {
		s.label += "-" + trimFloat(*q.ValueMax)
	}
	if s.per != "" {
		s.label += " a " + s.per
	}
	return s, true
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
func (l *Linker) Links() []pipeline.ClaimLink {
	var out []pipeline.ClaimLink
	seen := make([]int, len(l.sigs)) // the last b each a was a candidate for, plus one
	var cands []int
	for bi := range l.sigs {
		b := &l.sigs[bi]
		cands = cands[:0]
		// every earlier claim of the same document
		for ai := l.docStart[b.doc]; ai < bi; ai++ {
			seen[ai] = bi + 1
			cands = append(cands, ai)
		}
		// earlier claims of other documents that share a key
		for _, k := range blockKeys(b, true) {
			for _, ai := range l.byKey[k] {
				if ai >= bi || seen[ai] == bi+1 {
					continue
				}
				seen[ai] = bi + 1
				cands = append(cands, ai)
			}
		}
		sort.Ints(cands)
		agreed := false
		for _, ai := range cands {
			rel, reason, ok := relate(&l.sigs[ai], b)
			if !ok {
				continue
			}
			if rel != pipeline.RelationConflicts {
				// One agreement per claim, with the earliest claim it
				// agrees with: a chain, not every pair of a cluster.
				if agreed {
					continue
				}
				agreed = true
			}
			out = append(out, pipeline.ClaimLink{A: l.sigs[ai].ref, B: b.ref, Relation: rel, Reason: reason})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.A.DocID != b.A.DocID {
			return a.A.DocID < b.A.DocID
		}
		if a.A.ClaimID != b.A.ClaimID {
			return a.A.ClaimID < b.A.ClaimID
		}
		if a.B.DocID != b.B.DocID {
			return a.B.DocID < b.B.DocID
		}
		return a.B.ClaimID < b.B.ClaimID
	})
	return out
}

// timing says whether two claims can be about the same time, and whether
// that is known (both dated, or in one document) rather than assumed.
func timing(a, b *signature) (compatible, known bool) {
	if a.time != "" && b.time != "" {
		return a.time == b.time, true
	}
	if a.doc == b.doc {
		return true, true
	}
	if !a.dated || !b.dated {
		return true, false
	}
	days := a.day - b.day
	return -maxDaysApart <= days && days <= maxDaysApart, true
}

func shares(x, y []string) string {
	for _, a := range x {
		for _, b := range y {
			if a == b {
				return a
			}
		}
	}
	return ""
}

// sameActors says whether the claims name a common actor.
func sameActors(a, b *signature) bool { return shares(a.a.actors, b.a.actors) != "" }

// placesCompatible: no place on one side, or a shared place.
func placesCompatible(a, b *signature) bool {
	return len(a.a.places) == 0 || len(b.a.places) == 0 || shares(a.a.places, b.a.places) != ""
}

func forceCompatible(a, b *signature) bool {
	return a.a.force == "" || b.a.force == "" || a.a.force == b.a.force
}

// relate decides how claim a (earlier) relates to claim b.
func relate(a, b *signature) (rel, reason string, ok bool) {
	if a.doc == b.doc && a.order == b.order {
		return "", "", false
	}
	compatible, known := timing(a, b)
	if !compatible {
		return "", "", false
	}
	sameClaimant := strings.EqualFold(a.claimant, b.claimant)
	who := func(s *signature) string { return s.claimant }

	// The same words again.
	if len(a.words) >= 4 && wordOverlap(a.words, b.words) >= 0.8 {
		return pipeline.RelationRepeats, fmt.Sprintf("same claim %q by %s and %s", b.excerpt, who(a), who(b)), true
	}

	if !known {
		// Undated documents from different sources are linked only by
		// repeated wording: without dates, "the same thing" is a guess.
		return "", "", false
	}

	keyShared := sameActors(a, b) || shares(a.a.places, b.a.places) != ""

	// Numbers for the same measure.
	for _, qa := range a.quantities {
		for _, qb := range b.quantities {
			if qa.unit != qb.unit || qa.per != qb.per || qa.kind != qb.kind || !keyShared {
				continue
			}
			if a.a.mainClass == "" || a.a.mainClass != b.a.mainClass {
				continue // a number is the same measure only for the same event
			}
			measure := qa.unit
			if p := shares(a.a.places, b.a.places); p != "" {
				measure += " (same place)"
			}
			disjoint := qa.hi < qb.lo || qb.hi < qa.lo
			r := fmt.Sprintf("same measure '%s': %s (%s) vs %s (%s)", measure, qa.label, who(a), qb.label, who(b))
			switch {
			case disjoint && sameClaimant && a.doc != b.doc:
				return pipeline.RelationUpdates, r, true
			case disjoint && (sameClaimant || a.doc == b.doc && a.ownVoice && b.ownVoice):
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
	if a.comment != b.comment {
		c := a
		if b.comment {
			c = b
		}
		if c.stance != pipeline.StanceDisputes {
			return "", "", false
		}
	}

	// An article does not contradict itself, nor a commenter himself: its
	// own statements in sequence tell a story. The extent of a withdrawal is
	// the exception, checked below, where wire copy merges two reports.
	selfOnly := a.doc == b.doc && a.ownVoice && b.ownVoice || sameClaimant && !a.reported && !b.reported
	if selfOnly {
		if r, ok := extentConflict(a, b); ok {
			return pipeline.RelationConflicts, r, true
		}
		return agreement(a, b, sameClaimant)
	}

	// One says an event happened, the other that it did not.
	if r, ok := polarityConflict(a, b); ok {
		return pipeline.RelationConflicts, r, true
	}
	if r, ok := polarityConflict(b, a); ok {
		return pipeline.RelationConflicts, r, true
	}

	// Opposite events for the same actor (retook vs withdrew, repelled vs fled).
	if !a.a.negated && !b.a.negated && antonymClasses[[2]string{a.a.mainClass, b.a.mainClass}] && sameActors(a, b) && !a.hedged && !b.hedged {
		return pipeline.RelationConflicts, fmt.Sprintf("opposite events for %s: '%s' (%s: %q) vs '%s' (%s: %q)",
			actorName(a, b), a.a.predicate, who(a), a.excerpt, b.a.predicate, who(b), b.excerpt), true
	}

	// A total withdrawal against continued strikes, a withdrawal against
	// "little movement", a partial against a near-total withdrawal.
	if r, ok := withdrawalConflict(a, b); ok {
		return pipeline.RelationConflicts, r, true
	}
	if r, ok := withdrawalConflict(b, a); ok {
		return pipeline.RelationConflicts, r, true
	}

	// A denial of what another claimant asserts.
	if r, ok := denialConflict(a, b); ok {
		return pipeline.RelationConflicts, r, true
	}
	if r, ok := denialConflict(b, a); ok {
		return pipeline.RelationConflicts, r, true
	}

	return agreement(a, b, sameClaimant)
}

// agreement: the same event by the same actor at the same place.
func agreement(a, b *signature, sameClaimant bool) (rel, reason string, ok bool) {
	extentsDiffer := a.a.extent != extentUnknown && b.a.extent != extentUnknown && (a.a.extent == extentLow) != (b.a.extent == extentLow)
	if a.a.mainClass != "" && a.a.mainClass == b.a.mainClass && !a.a.negated && !b.a.negated && !extentsDiffer &&
		sameActors(a, b) && shares(a.a.places, b.a.places) != "" && forceCompatible(a, b) {
		rel := pipeline.RelationAgrees
		if sameClaimant {
			rel = pipeline.RelationRepeats
		}
		return rel, fmt.Sprintf("same event '%s' by %s at the same place: %q (%s) and %q (%s)",
			a.a.mainClass, actorName(a, b), a.excerpt, a.claimant, b.excerpt, b.claimant), true
	}
	return "", "", false
}

// polarityConflict: neg says an event of some class did not happen, pos
// that it did, for a common actor (a reader's rebuttal in a comment thread
// may leave the actor implicit), at compatible places.
func polarityConflict(neg, pos *signature) (string, bool) {
	for _, en := range neg.a.events {
		if !en.negated || en.inQuery {
			continue
		}
		for _, ep := range pos.a.events {
			if ep.negated || ep.inQuery || ep.class != en.class {
				continue
			}
			implicit := neg.doc == pos.doc && neg.stance == pipeline.StanceDisputes && len(neg.a.actors) == 0 && len(neg.a.places) == 0
			if !implicit && !sameActors(neg, pos) {
				continue
			}
			if !forceCompatible(neg, pos) {
				continue
			}
			// "no strikes in the north" does not deny strikes elsewhere;
			// "no strikes" denies strikes in the south.
			if len(neg.a.compass) > 0 && shares(neg.a.compass, pos.a.compass) == "" {
				continue
			}
			if !placesCompatible(neg, pos) {
				continue
			}
			return fmt.Sprintf("%s says there was no '%s' (%q); %s says there was (%q)", neg.claimant, en.class, neg.excerpt, pos.claimant, pos.excerpt), true
		}
	}
	return "", false
}

// withdrawalConflict compares a withdrawal with what the other claim says
// of the same actor's forces.
func withdrawalConflict(w, o *signature) (string, bool) {
	if w.a.mainClass != "withdraw" || w.a.negated || !sameActors(w, o) || !forceCompatible(w, o) {
		return "", false
	}
	if w.a.extent == extentTotal {
		for _, e := range o.a.events {
			if e.class == "strike" && !e.negated && !e.inQuery && o.a.mainClass != "withdraw" {
				return fmt.Sprintf("%s says (nearly) all forces left (%q); %s says strikes went on (%q)", w.claimant, w.excerpt, o.claimant, o.excerpt), true
			}
		}
	}
	if w.a.extent >= extentHigh {
		for _, e := range o.a.events {
			if (e.class == "change" || e.class == "deploy") && e.negated {
				return fmt.Sprintf("%s says most forces withdrew (%q); %s says there was little change (%q)", w.claimant, w.excerpt, o.claimant, o.excerpt), true
			}
		}
	}
	return extentConflict(w, o)
}

// extentConflict: two withdrawals by the same actor and branch, one
// partial, the other most or all.
func extentConflict(w, o *signature) (string, bool) {
	if w.a.mainClass == "withdraw" && o.a.mainClass == "withdraw" && !w.a.negated && !o.a.negated &&
		sameActors(w, o) && w.a.force == o.a.force && w.a.extent != extentUnknown && o.a.extent != extentUnknown &&
		(w.a.extent == extentLow) != (o.a.extent == extentLow) {
		return fmt.Sprintf("extent of the withdrawal: %q (%s) vs %q (%s)", w.excerpt, w.claimant, o.excerpt, o.claimant), true
	}
	return "", false
}

// denialConflict: d denies something that o, another claimant, asserts
// with at least two of the same entities or events.
func denialConflict(d, o *signature) (string, bool) {
	if d.stance != pipeline.StanceDenies || o.stance == pipeline.StanceDenies || strings.EqualFold(d.claimant, o.claimant) {
		return "", false
	}
	entity := false
	for _, e := range d.a.entities {
		if shares([]string{e}, o.a.entities) != "" && !strings.HasPrefix(e, "nation:") {
			entity = true
		}
	}
	var classes []string
	for _, e := range d.a.events {
		classes = appendKey(classes, e.class)
	}
	event := false
	for _, e := range o.a.events {
		if !e.negated && shares([]string{e.class}, classes) != "" {
			event = true
		}
	}
	if !entity || !event {
		return "", false
	}
	return fmt.Sprintf("%s denies %q; %s asserts %q", d.claimant, d.excerpt, o.claimant, o.excerpt), true
}

// actorName names the shared actor for a reason, preferring an entity to
// a country.
func actorName(a, b *signature) string {
	best := ""
	for _, x := range a.a.actors {
		if shares([]string{x}, b.a.actors) == "" {
			continue
		}
		name := a.names[x]
		if name == "" {
			name = b.names[x]
		}
		if name != "" && (best == "" || !strings.HasPrefix(x, "nation:")) {
			best = name
			if !strings.HasPrefix(x, "nation:") {
				break
			}
		}
	}
	if best == "" {
		return "the same actor"
	}
	return best
}

// excerpt shortens a claim's text for a reason.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= 70 {
		return s
	}
	r := []rune(s)[:67]
	return strings.TrimSpace(string(r)) + "..."
}

// stopWords are left out when comparing the wording of two claims.
var stopWords = setOf(`a an the of in on at to by for from and or but that this these those is are was were be been
it its their they he she his her as with has have had said says`)

// contentWords returns the lower-case content words of a text, in order.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// wordSet sorts words and drops repeats.
func wordSet(words []string) []string {
	sort.Strings(words)
	out := words[:0]
	for i, w := range words {
		if i == 0 || w != words[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// wordOverlap is the Jaccard overlap of two sorted word sets.
func wordOverlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}
