package claims

import (
	"sort"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// event is one event word in a claim: its class, whether it is negated
// ("no air strikes", "was not defeated"), and whether it only sits inside
// an embedded question ("whether the strikes are Russian"), which asserts
// nothing.
type event struct {
	class    string
	negated  bool
	inQuery  bool
	position int // token index, for telling the main event
}

// analysis is what the stage and the linker read from one claim's tokens.
type analysis struct {
	predicate                string // main verb lemma
	mainAt                   int    // index in the clause's tokens of the main verb, or -1
	mainClass                string // event class of the main verb or its light-verb noun
	subject, object, place   string // entity ids
	objectWord               string // the head word of the main verb's object ("best", "people"), or ""
	negated                  bool   // the main event is negated
	negatorWord              bool   // a word of the clause negates ("not", "never", "no"), wherever it stands
	irrealis                 bool   // the main event is predicted, wished or required, not asserted
	events                   []event
	actors, places, entities []string // keys: entity ids and "nation:" keys
	extent                   int
	force                    string // air, ground, naval or ""
	compass                  []string
}

// nationOf returns the country a mention stands for: the GPE itself, the
// country of a demonym, or the country an organisation's name opens with
// ("Russian Ministry of Defence").
func nationOf(m pipeline.Mention) string {
	switch m.Label {
	case pipeline.LabelGPE:
		return m.Canonical
	case pipeline.LabelNORP:
		if c, ok := demonyms[strings.ToLower(m.Canonical)]; ok {
			return c
		}
		if c, ok := demonyms[strings.ToLower(m.Text)]; ok {
			return c
		}
	case pipeline.LabelOrg:
		first := strings.ToLower(strings.Fields(m.Canonical + " x")[0])
		if c, ok := demonyms[first]; ok {
			return c
		}
	}
	return ""
}

// analyze reads the predicate, roles, events and keys of the clause cl.
// quote and claimantID resolve "it"/"its"/"we" to the claimant of a
// reported claim.
func analyze(d *pipeline.Doc, cl pipeline.Span, quote int, claimantID string) analysis {
	var a analysis
	toks := tokensIn(d, cl)
	// every word is looked at several times below: lower-case it once
	lows := make([]string, len(toks))
	for k, ti := range toks {
		lows[k] = lowerTok(d, ti)
	}
	low := func(k int) string { return lows[k] }

	a.predicate, a.mainAt = mainVerb(d, toks, low)
	a.events = clauseEvents(d, toks, low)
	a.readMainEvent(d, toks, low)
	a.readWords(d, toks, low)
	a.readRoles(d, cl, toks, low)
	a.readPronouns(d, cl, toks, low, quote, claimantID)
	return a
}

// mainVerb finds the verb whose event the clause reports, and returns its
// lemma and its index in toks ("" and -1 without one). It is the first
// verb that is not an auxiliary before another verb, a raising verb
// before "to" + verb, or (for a light verb) the event noun it governs;
// a clause with no such verb falls back on its first auxiliary ("is").
func mainVerb(d *pipeline.Doc, toks []int, low func(int) string) (predicate string, at int) {
	at = -1
	for k := 0; k < len(toks); k++ {
		if !isVerbToken(d, toks[k]) {
			continue
		}
		l := lemma(low(k))
		if auxiliaries[l] && nextVerb(d, toks, k) >= 0 {
			continue
		}
		if raisingVerbs[l] && k+2 < len(toks) && low(k+1) == "to" && isVerbToken(d, toks[k+2]) {
			continue
		}
		if complementVerbs[l] && k+1 < len(toks) && low(k+1) == "that" && finiteAfter(d, toks, k+2) {
			continue // "we assessed that ...": the event is in the complement
		}
		if d.Tokens[toks[k]].POS == "VBN" && !auxBefore(d, toks, k) && finiteAfter(d, toks, k+1) {
			continue // "troops backed by ... have been pressing"
		}
		if prenominal(d, toks, k) {
			continue // "the remaining cases", "an armed man"
		}
		predicate, at = l, k
		break
	}
	if predicate == "" {
		for k := range toks {
			if auxiliaries[lemma(low(k))] && isVerbToken(d, toks[k]) {
				return lemma(low(k)), k
			}
		}
	}
	return predicate, at
}

// clauseEvents lists the event words of the clause, with negation scoped
// back to the nearest punctuation or conjunction. An event asserts
// nothing (inQuery) inside an embedded question, after "since" up to the
// next comma (the earlier event a clause dates itself by), or where it is
// predicted, wished or required.
func clauseEvents(d *pipeline.Doc, toks []int, low func(int) string) []event {
	var events []event
	inQuery, background := false, false
	for k := range toks {
		w := low(k)
		switch {
		case w == "whether":
			inQuery = true
		case w == "since":
			// "since forces ousted the government in 2001": an earlier
			// event the clause dates itself by, not what it reports
			background = true
		case w == "," || w == ";":
			background = false
		}
		cls, ok := eventWord(d, toks, k)
		if !ok {
			continue
		}
		events = append(events, event{class: cls, negated: negatedAt(d, toks, k, low) && !degreeNegated(toks, k, low),
			inQuery: inQuery || background || irrealisAt(d, toks, k, low), position: k})
	}
	return events
}

// readMainEvent sets the class of the main event and whether it is
// negated or irrealis, from the main verb and the events found, and the
// head word of the object a negation may be of. The linker compares
// claims by their main event: a negated word elsewhere in the clause
// still negates it, an event asked about does not.
func (a *analysis) readMainEvent(d *pipeline.Doc, toks []int, low func(int) string) {
	mainAt := a.mainAt
	if mainAt >= 0 {
		a.irrealis = irrealisAt(d, toks, mainAt, low)
		l := a.predicate
		a.mainClass = eventClasses[l]
		if lightVerbs[l] || l == "be" || l == "have" {
			for _, e := range a.events {
				if e.position > mainAt && e.position <= mainAt+8 {
					a.mainClass = e.class
					a.negated = e.negated
					break
				}
			}
		}
		for _, e := range a.events {
			if e.position == mainAt {
				a.negated = e.negated
			}
		}
		for j := mainAt - 1; j >= 0 && j >= mainAt-3; j-- {
			if negators[low(j)] && !(j+1 < len(toks) && focusAfterNot(low(j+1))) || low(j) == "yet" && low(j+1) == "to" {
				a.negated = true // "did not endorse", "has yet to endorse"
			}
		}
	} else if len(a.events) > 0 {
		a.mainClass, a.negated = a.events[0].class, a.events[0].negated
	}
	if !a.negated {
		for _, e := range a.events {
			if e.negated && !e.inQuery {
				a.negated = true
			}
		}
	}
	// the object of the main verb, or of the negated verb: what a negation
	// may be of ("they're not sending their best")
	objectOf := mainAt
	for _, e := range a.events {
		if e.negated && !e.inQuery && isVerbToken(d, toks[e.position]) {
			objectOf = e.position
			break
		}
	}
	if objectOf >= 0 {
		a.objectWord = objectHead(d, toks, objectOf, low)
	}
}

// readWords sets what single words of the clause say, wherever they
// stand: its extent ("all", "most"), the branch of the forces (air,
// ground, naval), its compass words, and whether any word negates.
func (a *analysis) readWords(d *pipeline.Doc, toks []int, low func(int) string) {
	for k := range toks {
		w := low(k)
		if negators[w] && w != "little" && w != "few" && w != "without" {
			a.negatorWord = true
		}
		if x, ok := extentWords[w]; ok && !(w == "all" && k > 0 && low(k-1) == "after") && !(w == "most" && superlativeMost(d, toks, k)) && x > a.extent {
			a.extent = x
		}
		if a.force == "" {
			n := nounLemma(w)
			if k+1 < len(toks) {
				if f, ok := forceTypes[w+" "+nounLemma(low(k+1))]; ok {
					a.force = f
				}
			}
			if f, ok := forceTypes[n]; ok && a.force == "" {
				a.force = f
			}
		}
		switch strings.TrimSuffix(strings.TrimSuffix(w, "ern"), "-west") {
		case "north", "south", "east", "west":
			a.compass = append(a.compass, strings.TrimSuffix(w, "ern"))
		}
	}
}

// readRoles sets the roles and keys the clause's mentions fill, by the
// preposition before each and its side of the main verb: where the event
// happens ("in Aleppo"), a place it only touches ("from Raqa"), the side
// acted upon ("against the rebels"), and the actors, subject and object.
func (a *analysis) readRoles(d *pipeline.Doc, cl pipeline.Span, toks []int, low func(int) string) {
	mainAt := a.mainAt
	for _, mi := range mentionsIn(d, cl) {
		m := d.Mentions[mi]
		k := tokenIndexAt(d, toks, m.Start)
		prep := ""
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			w := low(j)
			if locativePreps[w] {
				prep = w
				break
			}
			if p := d.Tokens[toks[j]].POS; !strings.HasPrefix(p, "DT") && !strings.HasPrefix(p, "JJ") && !strings.HasPrefix(p, "NN") && p != "POS" {
				break
			}
		}
		isPlace := m.Label == pipeline.LabelGPE || m.Label == pipeline.LabelLoc || m.Label == pipeline.LabelFac
		opponent := opponentPreps[prep] || prep == "in" && m.Label != pipeline.LabelNORP
		a.entities = appendKey(a.entities, m.EntityID)
		if n := nationOf(m); n != "" {
			a.entities = appendKey(a.entities, "nation:"+n)
		}
		switch {
		case isPlace && placePreps[prep]:
			a.places = appendKey(a.places, m.EntityID)
			if a.place == "" {
				a.place = m.EntityID
			}
		case isPlace && prep != "" && prep != "of":
			// "from Raqa", "to Palmyra": a place, but not where it happens
			a.places = appendKey(a.places, m.EntityID)
		case opponent:
			// "from ISIS", "against the rebels": the side acted upon
			if mainAt >= 0 && k > mainAt && a.object == "" {
				a.object = m.EntityID
			}
		default:
			a.actors = appendKey(a.actors, m.EntityID)
			if n := nationOf(m); n != "" {
				a.actors = appendKey(a.actors, "nation:"+n)
			}
			if mainAt >= 0 && k < mainAt && a.subject == "" {
				a.subject = m.EntityID
			} else if mainAt >= 0 && k > mainAt && a.object == "" && m.Label != pipeline.LabelNORP {
				a.object = m.EntityID
			}
		}
	}
}

// readPronouns sets the actors and subject that pronouns name, which no
// mention does: "it"/"its"/"we"/"our" in a reported claim are the
// claimant; "they"/"their" the last actor named before the claim.
func (a *analysis) readPronouns(d *pipeline.Doc, cl pipeline.Span, toks []int, low func(int) string, quote int, claimantID string) {
	mainAt := a.mainAt
	for k := range toks {
		subjectPos := mainAt < 0 || k < mainAt
		switch w := low(k); {
		case w == "its" || w == "our" || subjectPos && (w == "it" || w == "we"):
			// an organisation's or a country's spokesman speaks of it as
			// "it" and "we"; a person's "it" is a thing ("It's a never
			// ending line!")
			if quote >= 0 && claimantID != "" && (w == "we" || w == "our" || !isPersonEntity(d, claimantID)) {
				a.actors = appendKey(a.actors, claimantID)
				for _, m := range d.Mentions {
					if m.EntityID == claimantID {
						if n := nationOf(m); n != "" {
							a.actors = appendKey(a.actors, "nation:"+n)
						}
						break
					}
				}
				if a.subject == "" {
					a.subject = claimantID
				}
			}
		case subjectPos && a.subject == "" && quote >= 0 && claimantID != "" && (w == "i" || (w == "he" || w == "she") && lastPersonBefore(d, cl.Start) == claimantID):
			// "I" in a quote is its speaker; "Brazile said she never sent
			// ..." speaks of herself when the last person named before
			// the claim is the speaker ("Brazile said Trump ... he" is not).
			// It is the subject of the claim's proposition, not an actor of
			// its events: the events of conflict reporting keep to the
			// actors named ("she neither sent nor received" is not about
			// another "sent" that names her).
			a.subject = claimantID
		case w == "their" || subjectPos && w == "they":
			if m, ok := lastActorBefore(d, cl.Start); ok {
				a.actors = appendKey(a.actors, m.EntityID)
				if n := nationOf(m); n != "" {
					a.actors = appendKey(a.actors, "nation:"+n)
				}
				if a.subject == "" {
					a.subject = m.EntityID
				}
			}
		}
	}
}

// prenominal says whether the participle at k modifies the noun after it
// ("the remaining cases were dismissed", "its armed forces", "a never
// ending line"): it follows a determiner, a possessive or an adjective,
// perhaps with adverbs between, and precedes a noun.
func prenominal(d *pipeline.Doc, toks []int, k int) bool {
	t := d.Tokens[toks[k]]
	if t.POS != "VBG" && t.POS != "VBN" || k == 0 || k+1 >= len(toks) {
		return false
	}
	j := k - 1
	for j > 0 && strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") {
		j--
	}
	switch p := d.Tokens[toks[j]].POS; {
	case p == "DT" || p == "PRP$" || p == "POS" || strings.HasPrefix(p, "JJ"):
	default:
		return false
	}
	return strings.HasPrefix(d.Tokens[toks[k+1]].POS, "NN")
}

// negatedAt says whether a negator governs the event word at k: "no air
// strikes", "did not carry out strikes", "was not defeated", "is not in
// rubble". The negation reaches back over determiners, adjectives,
// auxiliaries and light verbs, but not over a punctuation mark, a
// conjunction, another verb ("does not justify the shelling") or a
// preposition ("no intention of attacking", whose negation is of the
// intention).
func negatedAt(d *pipeline.Doc, toks []int, k int, low func(int) string) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		pw := low(j)
		if isPunct(pw) || pw == "and" || pw == "but" || pw == "or" && j != k-1 {
			return false
		}
		if negators[pw] {
			return !notQuantifier(toks, j, low)
		}
		t := d.Tokens[toks[j]]
		if (t.POS == "IN" || t.POS == "TO") && !(pw == "in" && j > 0 && negators[low(j-1)]) {
			return false
		}
		if l := lemma(pw); isVerbToken(d, toks[j]) && !auxiliaries[l] && !lightVerbs[l] {
			return false
		}
	}
	return false
}

// focusAfterNot says whether a word after "not" makes it a contrast ("the
// fight is not just about the depot", "the board not only sold it but
// ..."): the claim is what follows, not a denial.
func focusAfterNot(w string) bool {
	switch w {
	case "only", "just", "merely", "simply", "solely":
		return true
	}
	return false
}

// intentionNouns take an event as their complement without asserting it:
// "no intention of attacking", "a plan to withdraw", "the threat of
// strikes".
var intentionNouns = setOf(`intention intentions intent plan plans threat threats attempt attempts effort efforts
bid ability capacity right reason need goal aim readiness willingness refusal call calls demand demands
proposal offer promise pledge hope hopes fear fears risk possibility option`)

// irrealisAt says whether the event word at k is only intended, planned or
// threatened: "out to kill", "plans to attack" (but "continues to strike"
// is an event), or the complement of an intention noun.
func irrealisAt(d *pipeline.Doc, toks []int, k int, low func(int) string) bool {
	if modalBefore(d, toks, k) {
		return true // "we will defeat", "would not attack"
	}
	if k >= 1 && low(k-1) == "to" && isVerbToken(d, toks[k]) && (k < 2 || !aspectVerbs[lemma(low(k-2))]) {
		return true
	}
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if w := low(j); w == "of" || w == "to" || w == "for" {
			return intentionNouns[low(j-1)]
		}
		if p := d.Tokens[toks[j]].POS; !strings.HasPrefix(p, "JJ") && !strings.HasPrefix(p, "NN") && p != "DT" {
			return false
		}
	}
	return false
}

// irrealisModals make the verb they govern a prediction, a wish or a
// requirement; "can" and "could" state an ability, which is a fact.
var irrealisModals = setOf(`will wo would 'll ’ll should shall must might may ought`)

// modalBefore says whether the verb at k is governed by an irrealis modal
// ("will defeat", "would not have attacked").
func modalBefore(d *pipeline.Doc, toks []int, k int) bool {
	if !isVerbToken(d, toks[k]) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := d.Tokens[toks[j]]
		w := lowerTok(d, toks[j])
		switch {
		case t.POS == "MD":
			return irrealisModals[w]
		case strings.HasPrefix(t.POS, "RB") || negators[w] || auxiliaries[lemma(w)]:
			continue
		}
		return false
	}
	return false
}

// superlativeMost says whether "most" at k forms a superlative ("the most
// wanted man") rather than a quantity ("most Russian warplanes", "most of
// its forces").
func superlativeMost(d *pipeline.Doc, toks []int, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch d.Tokens[toks[k+1]].POS {
	case "JJ", "JJR", "JJS", "VBN", "RB", "RBR":
	default:
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+3; j++ {
		switch d.Tokens[toks[j]].POS {
		case "NNS", "NNPS":
			return false
		case "NN", "NNP":
			return true
		}
	}
	return true
}

// notQuantifier says whether the negator at j only bounds a quantifier
// ("if not all", "not only", "no longer"), negating nothing.
func notQuantifier(toks []int, j int, low func(int) string) bool {
	if j+1 >= len(toks) {
		return false
	}
	switch low(j + 1) {
	case "all", "longer", "least", "more", "doubt", "question", "wonder":
		return true
	}
	if focusAfterNot(low(j + 1)) {
		return true
	}
	// "did not leave before ...", "not until": a time bound, not a denial
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		switch low(k) {
		case "before", "until", "till":
			return true
		}
	}
	return false
}

// aspectVerbs before "to" + verb assert that the event takes place.
var aspectVerbs = setOf(`continue continues continued begin began start started resume resumed keep kept`)

// opponentPreps introduce the side an event is done to, not the actor.
var opponentPreps = setOf(`from against on at over into to toward towards`)

// complementVerbs report a clause that carries the event.
var complementVerbs = setOf(`say report claim believe think know assess confirm estimate find announce note add insist
conclude suggest show`)

// auxBefore says whether a form of be or have precedes toks[k] closely.
func auxBefore(d *pipeline.Doc, toks []int, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch lemma(lowerTok(d, toks[j])) {
		case "be", "have", "get":
			return true
		}
	}
	return false
}

func appendKey(list []string, key string) []string {
	if key == "" {
		return list
	}
	for _, k := range list {
		if k == key {
			return list
		}
	}
	return append(list, key)
}

// nextVerb returns the position of a verb within three tokens after k
// (skipping adverbs and negation), or -1.
func nextVerb(d *pipeline.Doc, toks []int, k int) int {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if isVerbToken(d, toks[j]) {
			return j
		}
		p := d.Tokens[toks[j]].POS
		w := lowerTok(d, toks[j])
		if !strings.HasPrefix(p, "RB") && !negators[w] && p != "PRP" {
			return -1
		}
	}
	return -1
}

// eventWord returns the event class of toks[k]: a verb lemma, a noun
// lemma, or the compound "air strike".
func eventWord(d *pipeline.Doc, toks []int, k int) (string, bool) {
	t := d.Tokens[toks[k]]
	w := lowerTok(d, toks[k])
	next := ""
	if k+1 < len(toks) {
		next = lowerTok(d, toks[k+1])
	}
	if w == "over" {
		// "the battle is (not) over (yet)", not "control over Palmyra"
		// or "double over"
		after := strings.TrimLeft(d.Text[t.End:], " \u00a0")
		r, _ := firstRune(after)
		atEnd := next == "yet" || after == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
		for j := k - 1; atEnd && j >= 0 && j >= k-3; j-- {
			pw := lowerTok(d, toks[j])
			if lemma(pw) == "be" {
				return eventClasses[w], true
			}
			if !negators[pw] && pw != "all" && pw != "already" {
				break
			}
		}
		return "", false
	}
	if isVerbToken(d, toks[k]) {
		if prenominal(d, toks, k) {
			return "", false // a modifier: "a never ending line" tells of no ending
		}
		if lemma(w) == "leave" && k > 0 && lemma(lowerTok(d, toks[k-1])) == "be" && !auxBefore(d, toks, k-1) {
			return "", false // "what little is left": what remains, not a departure
		}
		if c, ok := eventClasses[lemma(w)]; ok {
			return c, true
		}
		return "", false
	}
	switch {
	case strings.HasPrefix(t.POS, "NN"), strings.HasPrefix(t.POS, "JJ"):
	default:
		return "", false
	}
	if k+1 < len(toks) && strings.HasPrefix(d.Tokens[toks[k+1]].POS, "NN") && !isPunct(next) {
		// a modifier ("strike aircraft", "bombing campaign"), not the event
		return "", false
	}
	n := nounLemma(w)
	if k > 0 {
		prev := lowerTok(d, toks[k-1])
		if c, ok := eventClasses[prev+" "+n]; ok {
			return c, true
		}
	}
	if c, ok := eventClasses[n]; ok {
		return c, true
	}
	if c, ok := eventClasses[w]; ok {
		return c, true
	}
	return "", false
}

// tokenIndexAt returns the index in toks of the token starting at or
// containing off.
func tokenIndexAt(d *pipeline.Doc, toks []int, off int) int {
	for k, ti := range toks {
		if d.Tokens[ti].End > off {
			return k
		}
	}
	return len(toks)
}

// lastPersonBefore returns the entity id of the last person named before
// off in its sentence, or "".
func lastPersonBefore(d *pipeline.Doc, off int) string {
	si := d.SentenceAt(off)
	last := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > off }) - 1
	for i := last; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Sentence != si {
			break
		}
		if m.Label == pipeline.LabelPerson {
			return m.EntityID
		}
	}
	return ""
}

// lastActorBefore returns the last ORG, NORP or GPE mention ending before
// off in the same or the previous two sentences.
func lastActorBefore(d *pipeline.Doc, off int) (pipeline.Mention, bool) {
	si := d.SentenceAt(off)
	// mentions are in text order: from the last that ends by off
	last := sort.Search(len(d.Mentions), func(i int) bool { return d.Mentions[i].End > off }) - 1
	for i := last; i >= 0; i-- {
		m := d.Mentions[i]
		if m.End > off {
			continue
		}
		if si >= 0 && m.Sentence < si-2 {
			break
		}
		switch m.Label {
		case pipeline.LabelOrg, pipeline.LabelNORP, pipeline.LabelGPE:
			return m, true
		}
	}
	return pipeline.Mention{}, false
}

// degreeNegated says whether the negation of the event at k is of its
// degree, not of the event: "is not moving fast enough" says it is moving.
func degreeNegated(toks []int, k int, low func(int) string) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if low(j) == "enough" {
			return true
		}
	}
	return false
}

// isPersonEntity says whether the entity id is a person's.
func isPersonEntity(d *pipeline.Doc, id string) bool {
	for _, m := range d.Mentions {
		if m.EntityID == id {
			return m.Label == pipeline.LabelPerson
		}
	}
	return false
}

// objectHead returns the head word of the noun phrase right after the verb
// at k ("best" of "sending their best", "people" of "sending people that
// ..."), or "" when none follows.
func objectHead(d *pipeline.Doc, toks []int, k int, low func(int) string) string {
	head := ""
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		p := d.Tokens[toks[j]].POS
		switch {
		case strings.HasPrefix(p, "NN") || p == "JJS":
			head = nounLemma(low(j))
			continue
		case head == "" && (p == "DT" || p == "PRP$" || p == "CD" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "RB")):
			continue
		}
		break
	}
	return head
}
