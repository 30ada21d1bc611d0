package quotes

// Resolving one source by itself (firstPass): the mention or capitalised
// name it holds, its head noun, a document that speaks for its owner
// ("the statement on the ministry's website"), and the entity a name
// belongs to. The order in which all sources are resolved, and what a
// pronoun or a description points back to, is in speakerorder.go; the
// name runs of the text and surname expansion are in nameruns.go.

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// speakerKind says how a source was resolved.
type speakerKind uint8

const (
	kindNone        speakerKind = iota
	kindPerson                  // a person's name
	kindOrg                     // an organisation, place or outlet
	kindPronoun                 // he, she, it, they
	kindDescription             // "the spokesman", "a monitoring group"
	kindLiteral                 // "activists", "early reports": unnamed
)

// resolved is what the first pass learns about a source.
type resolved struct {
	kind      speakerKind
	name, eid string
	head      string // head noun of a description
	modifier  string // the word before the head noun
	// properModifier: the modifier is a name ("the Florida senator"),
	// which pins the person described; placeModifier: a tagged place
	properModifier, placeModifier bool
	indefinite                    bool
	// definite: the description opens with "the" ("the senator"), not a
	// possessive ("his son") or an indefinite article
	definite bool
	// own: the description pins its own referent, so it is no other
	// holder of its noun: it names the person it serves or belongs to
	// ("a spokesman for Ann Lee"), or is a share ("the 30 percent")
	own bool
}

// firstPass resolves what a source span says by itself.
func (x *extraction) firstPass(src pipeline.Span) resolved {
	return x.resolveSpan(src, false)
}

// resolveSpan is firstPass for a source span, or for the antecedent of a
// "who" (ante), whose span the clause before it may open: there the last
// name is the antecedent whatever precedes it. The readings go from the
// surest to the weakest: a pronoun, a list of persons, the owner of a
// document or of a claim noun, a person mention, an organisation mention,
// a capitalised run, and last a description or an unnamed source.
func (x *extraction) resolveSpan(src pipeline.Span, ante bool) resolved {
	if src.IsEmpty() {
		return resolved{}
	}
	toks := tokenize(x.text, src.Start, src.End)
	if len(toks) == 0 {
		return resolved{}
	}
	if len(toks) == 1 && (personPronouns[toks[0].lower] || thingPronouns[toks[0].lower]) {
		return resolved{kind: kindPronoun, head: toks[0].lower}
	}
	if len(toks) == 1 && toks[0].lower == "who" {
		if span, ok := x.antecedent(src); ok {
			return x.resolveSpan(span, true)
		}
		return resolved{}
	}
	src, toks = withoutRelativeAfterHead(src, toks)
	headIdx := x.headIndex(toks)
	person, org, other := x.sourceMentions(src, toks, headIdx)
	// "Ann Lee and Tom Ward", "Ms. Lee, Mr. Ward and other donors": a
	// list of persons is the group, as written, not its last member
	if name := x.personList(toks); name != "" && !ante {
		return resolved{kind: kindLiteral, name: name}
	}
	// a head that cannot be a name ("Attorneys for the mayor", "reports
	// earlier Friday") is a common noun even when capitalised
	headLower := headIdx >= 0 && (!isCapitalized(toks[headIdx].text) || !x.opensName(toks[headIdx]) && !x.inName(toks, headIdx))
	// "a spokesman for Ann Lee", "supporters of Lee", "the popularity of
	// Mr. Lee": a person in the phrase after a common-noun head is whom
	// the head speaks for or belongs to, not the speaker (the capitalised
	// runs below skip such a name the same way)
	serves := person != nil && headLower && !ante && x.speaksFor(toks, headIdx, person.Start)
	if serves {
		person = nil
	}
	if r, ok := x.documentOwner(src, toks, headIdx); ok {
		return r
	}
	if r, ok := x.claimOwner(src, toks, headIdx); ok {
		return r
	}
	if person != nil && x.personNotSpeaking(toks, headIdx, person, headLower, ante) {
		person = nil
	}
	if person != nil {
		name := x.personName(person)
		return resolved{kind: kindPerson, name: name, eid: x.entityFor(name, person.EntityID)}
	}
	if r, ok := x.orgSpeaker(toks, headIdx, org, headLower); ok {
		return r
	}
	var buf [2][]token // most sources hold a run or two: no allocation
	runs := x.appendCapitalisedRuns(buf[:0], toks)
	if r, ok := placeAtHead(toks, headIdx, runs, other); ok {
		return r
	}
	if !headLower && headIdx >= 0 {
		if r, ok := x.personAtHead(toks, headIdx, runs); ok {
			return r
		}
	}
	if r, ok := x.lastPersonRun(toks, headIdx, runs, headLower, ante); ok {
		return r
	}
	if !headLower && headIdx >= 0 {
		if r, ok := x.runAtHead(src, toks, headIdx, runs, other); ok {
			return r
		}
	}
	if other != nil && !headLower {
		return mentionOrg(other)
	}
	r := x.readDescription(toks, headIdx)
	r.own = serves || r.head == "percent"
	return r
}

// withoutRelativeAfterHead cuts a relative clause after the source's head
// off the span and its tokens: a name in it is someone the speaker met or
// acted on, not the speaker ("the Ohio grocer, who spoke Tuesday in South
// Dakota").
func withoutRelativeAfterHead(src pipeline.Span, toks []token) (pipeline.Span, []token) {
	for k := 2; k < len(toks); k++ {
		if toks[k-1].text == "," && (toks[k].lower == "who" || toks[k].lower == "whose") && toks[k-2].kind == 'w' {
			src.End = toks[k-2].end
			return src, toks[:k-1]
		}
	}
	return src, toks
}

// headIndex returns the index of the source's head noun: the last word
// before a comma, a preposition, a relative pronoun or a participle after
// a noun; -1 when no word comes before them.
func (x *extraction) headIndex(toks []token) int {
	headIdx := -1
	for k, t := range toks {
		if t.kind == 'p' || k > 0 && (headStops[t.lower] || relativePronouns[t.lower] || x.participleAfterNoun(toks, k)) {
			break
		}
		if t.kind == 'w' {
			headIdx = k
		}
	}
	return headIdx
}

// sourceMentions returns the mentions inside the source that may name
// the speaker: the person mention holding the head, else the last one;
// the first organisation; the first mention of any other label. The
// person at the head wins over one inside an appositive ("Robert
// Snodgrass, state GOP chairman"), and a lone acronym is no person's name.
func (x *extraction) sourceMentions(src pipeline.Span, toks []token, headIdx int) (person, org, other *pipeline.Mention) {
	lo, hi := x.d.MentionsStartingIn(src)
	for i := lo; i < hi; i++ {
		m := &x.d.Mentions[i]
		if !src.Contains(m.Span) {
			continue
		}
		switch m.Label {
		case pipeline.LabelPerson:
			if isAllCaps(m.Text) && !strings.Contains(m.Text, " ") {
				continue
			}
			if person == nil || headIdx < 0 || !(person.Start <= toks[headIdx].start && toks[headIdx].end <= person.End) {
				person = m
			}
		case pipeline.LabelOrg:
			if org == nil {
				org = m
			}
		default:
			if other == nil {
				other = m
			}
		}
	}
	return person, org, other
}

// documentOwner resolves a source whose head is a document to the
// document's author: "the statement on the defense ministry’s website",
// "the ministry's statement". It reports false when the head is no
// document or its owner resolves to no person, organisation or
// description.
func (x *extraction) documentOwner(src pipeline.Span, toks []token, headIdx int) (resolved, bool) {
	if headIdx < 0 || !documentNouns[toks[headIdx].lower] {
		return resolved{}, false
	}
	if sub, ok := ownerSpan(toks, headIdx); ok && sub != src {
		if r := x.firstPass(sub); r.kind == kindPerson || r.kind == kindOrg || r.kind == kindDescription {
			return r, true
		}
	}
	return resolved{}, false
}

// claimOwner resolves a source whose head is a claim noun ("Mr. Trump's
// assertion that …", "accusations that …"), which names what was said,
// not who said it: its owner speaks, or no one. It reports false when the
// head is no claim noun; a document noun's plural ("statements") is none.
func (x *extraction) claimOwner(src pipeline.Span, toks []token, headIdx int) (resolved, bool) {
	if headIdx < 0 {
		return resolved{}, false
	}
	if h := toks[headIdx].lower; !nominalCues[h] || documentNouns[strings.TrimSuffix(h, "s")] {
		return resolved{}, false
	}
	for k := 0; k < headIdx; k++ {
		if p, ok := ownerPronouns[toks[k].lower]; ok {
			return resolved{kind: kindPronoun, head: p}, true // "his claim": he
		}
	}
	if sub, ok := ownerSpan(toks, headIdx); ok && sub != src {
		if r := x.firstPass(sub); r.kind == kindPerson || r.kind == kindOrg || r.kind == kindDescription || r.kind == kindPronoun {
			return r, true
		}
	}
	return resolved{}, true
}

// personNotSpeaking reports whether the person mention in the source is
// whom the head belongs to or works for, not the speaker: the owner of
// the head ("Kelly Ayotte’s campaign", "Sanders’ aides"), or a name that
// modifies a person noun after it ("a Lee campaign spokesman", "a senior
// Ward adviser", "a Lee supporter"; "the Lee campaign" stays Lee's own
// voice).
func (x *extraction) personNotSpeaking(toks []token, headIdx int, person *pipeline.Mention, headLower, ante bool) bool {
	if headIdx >= 0 && toks[headIdx].start >= person.End && (isPossessor(x.text, person.Span) || pluralPossessor(x.text, person.Span)) && !isNameTok(toks[headIdx]) {
		return true
	}
	return headLower && !ante && x.modifiesPersonHead(toks, headIdx, person)
}

// orgSpeaker resolves a source with an organisation mention and no
// person speaking: to the name before an appositive that holds the
// organisation ("Robert Snodgrass, state GOP chairman"), or to the
// organisation when it is the head. It reports false when there is no
// organisation, when a name follows it as its possessor ("NPR's Alice
// Fordham") and when it only modifies a common-noun head.
func (x *extraction) orgSpeaker(toks []token, headIdx int, org *pipeline.Mention, headLower bool) (resolved, bool) {
	if org == nil {
		return resolved{}, false
	}
	if isPossessor(x.text, org.Span) {
		for _, t := range toks {
			if t.start >= org.End && isNameTok(t) {
				return resolved{}, false // "NPR's Alice Fordham": the name after the possessor
			}
		}
	}
	if headIdx >= 0 && (org.Start > toks[headIdx].end || org.End <= toks[headIdx].start) {
		if w := x.headName(toks, headIdx); w != nil {
			return x.namedPerson(strings.Join(w, " ")), true
		}
	}
	if !headLower || org.Start <= toks[headIdx].start && org.End >= toks[headIdx].end {
		return x.orgOrTitledPerson(org), true
	}
	return resolved{}, false
}

// orgOrTitledPerson resolves an organisation mention, unless its name ends
// in a person's: "Air Force Brigadier General Jane Roe" tagged as an
// organisation, where a personal title stands right before the name, or
// a role after the body ("House Speaker Tom Ward").
func (x *extraction) orgOrTitledPerson(org *pipeline.Mention) resolved {
	if w := strings.Fields(org.Canonical); len(w) > 2 {
		if rest := stripTitles(w); len(rest) < len(w) && personLike(rest) && !orgWords[strings.ToLower(w[len(w)-len(rest)-1])] {
			return x.namedPerson(strings.Join(rest, " "))
		}
		if rest := ownName(w); len(rest) < len(w) && personLike(rest) && !orgWords[strings.ToLower(w[len(w)-len(rest)-1])] {
			return x.namedPerson(strings.Join(rest, " "))
		}
	}
	return mentionOrg(org)
}

// namedPerson is the person a name in the source names, with the entity
// of the document that bears the name.
func (x *extraction) namedPerson(name string) resolved {
	return resolved{kind: kindPerson, name: name, eid: x.entityFor(name, "")}
}

// mentionOrg is the organisation or place a mention names.
func mentionOrg(m *pipeline.Mention) resolved {
	return resolved{kind: kindOrg, name: m.Canonical, eid: m.EntityID}
}

// appendCapitalisedRuns appends to runs the runs of name words in the
// source (joined by connectors: "Bank of America"), each trimmed by
// trimRun, for the sources the mentions left unresolved. A possessor
// ("Lee's campaign") is whom the head belongs to, and a run inside a
// nationality ("the Sri Lankan official") no one's name: both are left
// out.
func (x *extraction) appendCapitalisedRuns(runs [][]token, toks []token) [][]token {
	for k := 0; k < len(toks); {
		if !isNameTok(toks[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(toks) && !strings.HasSuffix(toks[e-1].lower, "'s") && !strings.HasSuffix(toks[e-1].lower, "’s") &&
			(isNameTok(toks[e]) || isConnector(toks[e]) && e+1 < len(toks) && isNameTok(toks[e+1])) {
			e++
		}
		possessor := strings.HasSuffix(toks[e-1].lower, "'s") || strings.HasSuffix(toks[e-1].lower, "’s") ||
			e < len(toks) && (toks[e].text == "'" || toks[e].text == "’") && toks[e].start == toks[e-1].end && strings.HasSuffix(toks[e-1].lower, "s")
		run := x.trimRun(toks[k:e])
		if !possessor && len(run) > 0 && !x.insideLabel(pipeline.Span{Start: run[0].start, End: run[len(run)-1].end}, pipeline.LabelNORP) {
			runs = append(runs, run)
		}
		k = e
	}
	return runs
}

// runWords returns the texts of a run's tokens.
func runWords(r []token) []string {
	w := make([]string, len(r))
	for i, t := range r {
		w[i] = t.text
	}
	return w
}

// placeAtHead resolves a source whose head stands in a capitalised run
// that a tagged place spans whole ("the United States") to the place,
// which is no person's name; "Lawrence Burbank" stays a person.
func placeAtHead(toks []token, headIdx int, runs [][]token, other *pipeline.Mention) (resolved, bool) {
	if other == nil || other.Label != pipeline.LabelGPE || headIdx < 0 {
		return resolved{}, false
	}
	for _, r := range runs {
		if r[0].start <= toks[headIdx].start && toks[headIdx].end <= r[len(r)-1].end &&
			other.Start <= r[0].start && r[len(r)-1].end <= other.End {
			return mentionOrg(other), true
		}
	}
	return resolved{}, false
}

// personAtHead resolves a source to the name at its capitalised head when
// that reads as a person's, before a place or a name inside the
// appositive after it can ("Paul Dunn — a baker from Cedar Falls").
func (x *extraction) personAtHead(toks []token, headIdx int, runs [][]token) (resolved, bool) {
	for _, r := range runs {
		if r[0].start <= toks[headIdx].start && toks[headIdx].end <= r[len(r)-1].end {
			if w := stripTitles(runWords(r)); len(w) >= 2 && personLike(w) {
				return x.namedPerson(strings.Join(dropPlace(w), " ")), true
			}
			break
		}
	}
	return resolved{}, false
}

// lastPersonRun resolves a source to its last capitalised run that reads
// as a person's name. It passes over a run that modifies the words after
// it and, under a common-noun head, a name inside the head's modifiers or
// whom the head speaks for.
func (x *extraction) lastPersonRun(toks []token, headIdx int, runs [][]token, headLower, ante bool) (resolved, bool) {
	for i := len(runs) - 1; i >= 0; i-- {
		if r := runs[i]; modifierRun(toks, runEnd(toks, r)) || headLower && (x.insideModifier(toks, headIdx, r[0].start) || !ante && x.speaksFor(toks, headIdx, r[0].start)) {
			continue
		}
		w := stripTitles(runWords(runs[i]))
		if personLike(w) {
			return x.namedPerson(strings.Join(dropPlace(w), " ")), true
		}
	}
	return resolved{}, false
}

// runAtHead resolves a source to the capitalised run at its head, or the
// first run that ends at or after the head, when no person's name was
// read there: a lone surname the text gives in full, "Mr. Kane", or else
// an organisation (a lone word the text names in full expanded to it).
func (x *extraction) runAtHead(src pipeline.Span, toks []token, headIdx int, runs [][]token, other *pipeline.Mention) (resolved, bool) {
	for _, r := range runs {
		if r[0].start <= toks[headIdx].start && toks[headIdx].end <= r[len(r)-1].end || headIdx >= 0 && r[len(r)-1].end >= toks[headIdx].end {
			w := runWords(r)
			if len(w) == 1 && !orgWords[strings.ToLower(w[0])] && !isAllCaps(w[0]) {
				if full := x.expandSurname(w[0], src.Start); full != "" {
					return x.namedPerson(full), true
				}
			}
			if s := stripTitles(w); personLike(s) {
				w = s
			} else if len(w) == 2 && honorifics[strings.ToLower(strings.TrimSuffix(w[0], "."))] {
				// "Mr. Kane": the surname, expanded when the text has the full name
				if full := x.expandSurname(w[1], src.Start); full != "" {
					return x.namedPerson(full), true
				}
				return x.namedPerson(w[1]), true
			}
			if len(w) == 1 {
				if full := x.expandOrg(w[0], src.Start); full != "" {
					w = []string{full}
				}
			}
			name := strings.Join(w, " ")
			if other != nil && len(runs) == 1 && other.Text == name {
				return mentionOrg(other), true
			}
			return resolved{kind: kindOrg, name: name, eid: x.entityFor(name, "")}, true
		}
	}
	return resolved{}, false
}

// readDescription reads a source that names no one as a description ("the
// spokesman", "a monitoring group", "his campaign") or an unnamed source
// ("activists"): its words without the determiner and without a relative
// clause or participle phrase after the head, the head noun and the word
// before it. A description is what a later step may tie to a speaker.
func (x *extraction) readDescription(toks []token, headIdx int) resolved {
	start := 0
	indefinite := false
	// "one" heads its own phrase before a preposition ("one of his aides",
	// "one in five voters"): no determiner to cut there
	if determiners[toks[0].lower] && !(toks[0].lower == "one" && len(toks) > 1 && oneOfWords[toks[1].lower]) {
		indefinite = toks[0].lower == "a" || toks[0].lower == "an"
		start = 1
	}
	end := len(toks)
	// "an official who relayed the exchange": the description without
	// its relative clause
	// or its participle phrase ("the coalition conducting air strikes")
	for k := start + 1; k < end; k++ {
		if relativePronouns[toks[k].lower] || toks[k].lower == "which" || x.participleAfterNoun(toks, k) {
			end = k
			break
		}
	}
	for end > start && toks[end-1].kind == 'p' {
		end--
	}
	literal := ""
	if start < end {
		literal = x.text[toks[start].start:toks[end-1].end]
	}
	r := resolved{kind: kindLiteral, name: literal, indefinite: indefinite, definite: toks[0].lower == "the"}
	if headIdx >= 0 {
		r.head = strings.ToLower(toks[headIdx].text)
		if headIdx > 0 && toks[headIdx-1].kind == 'w' {
			r.modifier = toks[headIdx-1].lower
			r.properModifier = headIdx > 1 && isCapitalized(toks[headIdx-1].text)
			r.placeModifier = r.properModifier && toks[0].lower != "one" &&
				x.insideLabel(pipeline.Span{Start: toks[headIdx-1].start, End: toks[headIdx-1].end}, pipeline.LabelGPE)
		}
	}
	// "his campaign" is a description too: a campaign speaks for its
	// candidate, whom the text names with the noun
	if start == 1 || r.head != "" && strings.ContainsAny(toks[0].lower, "'’") ||
		headIdx == 1 && campaignNouns[r.head] && ownerPronouns[toks[0].lower] != "" {
		r.kind = kindDescription
	}
	return r
}

// oneOfWords follow a "one" that is the head of its phrase, not a
// determiner: "one of", "one in five", "one among them".
var oneOfWords = set("of", "in", "among", "out")

// headStops end the noun phrase whose last word is the head of a source:
// "the coalition against Islamic State", "the director of the agency".
var headStops = set("of", "on", "for", "at", "in", "from", "against", "with", "by", "to", "over", "about", "under")

// participleAfterNoun reports whether toks[k] is a lower-case participle
// that starts a modifier of the noun before it: "the coalition conducting
// air strikes", "the report released Monday".
func (x *extraction) participleAfterNoun(toks []token, k int) bool {
	t := toks[k]
	if t.kind != 'w' || isCapitalized(t.text) || k == 0 || toks[k-1].kind != 'w' {
		return false
	}
	switch x.posTag(t.start) {
	case "VBG", "VBN":
		return strings.HasPrefix(x.posTag(toks[k-1].start), "NN")
	}
	return false
}

// insideModifier reports whether offset off lies in a prepositional or
// participle phrase after the head toks[head] without a comma before it:
// "Iraq" in "the coalition conducting strikes in Iraq" (but not "John
// Kirby" in "the spokesman, John Kirby").
func (x *extraction) insideModifier(toks []token, head, off int) bool {
	for k := head + 1; k < len(toks) && toks[k].start < off; k++ {
		if toks[k].kind == 'p' {
			return false
		}
		if headStops[toks[k].lower] || x.participleAfterNoun(toks, k) {
			return true
		}
	}
	return false
}

// speaksFor reports whether a person named at off is the complement of
// the common-noun head at toks[head] rather than the speaker: a
// preposition other than "by" or "from" links them with no comma between
// ("a spokesman for Ann Lee", "an aide to Mayor Lee", "supporters of
// Lee"), or a relative clause does ("executives who worked with Lee").
// An office's "of" phrase is its domain, and a name after it the holder
// ("the former secretary of state Ann Lee"); "by" and "from" give the
// author of a work ("a study by Ann Lee"); a finite verb means the
// source is a clause, not a noun phrase.
func (x *extraction) speaksFor(toks []token, head, off int) bool {
	prep := -1
	for k := head + 1; k < len(toks) && toks[k].start < off; k++ {
		t := toks[k]
		switch {
		case t.kind != 'w':
			return false
		case t.lower == "who" || t.lower == "whom" || t.lower == "whose" || t.lower == "which":
			// the name right after the pronoun is its clause's subject,
			// whose verb is the cue ("the preacher whom Lee accused")
			return !x.onlyTitlesBetween(toks, k+1, off)
		case headStops[t.lower] && !isCapitalized(t.text):
			prep = k
		case prep < 0 && finiteTag(x.posTag(t.start)):
			return false
		}
	}
	if prep < 0 || toks[prep].lower == "by" || toks[prep].lower == "from" {
		return false
	}
	if !titles[toks[head].lower] || roleComplementHeads[toks[head].lower] {
		return true
	}
	// an office: "of" gives its domain, and a name after the domain is
	// the holder ("the former secretary of state Ann Lee"); after another
	// preposition only a name with titles alone is the complement ("the
	// chief of staff to Sen. Ann Lee")
	return toks[prep].lower != "of" && x.onlyTitlesBetween(toks, prep+1, off)
}

// onlyTitlesBetween reports whether the tokens from k up to offset off
// are determiners, titles and honorifics alone.
func (x *extraction) onlyTitlesBetween(toks []token, k, off int) bool {
	for ; k < len(toks) && toks[k].start < off; k++ {
		w := strings.ToLower(strings.TrimSuffix(toks[k].text, "."))
		if !determiners[w] && !titles[w] && !honorifics[w] {
			return false
		}
	}
	return true
}

// roleComplementHeads are titles whose phrase names whom the speaker
// serves, never the speaker: "a spokesman for Ann Lee".
var roleComplementHeads = set("spokesman", "spokeswoman", "spokesperson", "attorney", "adviser", "advisor", "analyst",
	"correspondent", "reporter", "editor", "envoy", "negotiator", "member", "official", "officer", "deputy")

// finiteTag reports whether a part-of-speech tag is a finite verb.
func finiteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// runEnd returns the index in toks after the last token of run.
func runEnd(toks []token, run []token) int {
	last := run[len(run)-1].start
	for k, t := range toks {
		if t.start == last {
			return k + 1
		}
	}
	return len(toks)
}

// inName reports whether token k continues a name that an earlier token of
// toks opens ("Grand Jury" in "The Fulton County Grand Jury").
func (x *extraction) inName(toks []token, k int) bool {
	for j := k - 1; j >= 0 && isNameTok(toks[j]); j-- {
		if x.opensName(toks[j]) {
			return true
		}
	}
	return false
}

// headName returns the person's name that ends at the head token of a
// source, without titles ("U.N. Secretary-General Ban Ki-moon" -> "Ban
// Ki-moon"), or nil.
func (x *extraction) headName(toks []token, head int) []string {
	s := head
	for s > 0 && (isNameTok(toks[s-1]) || isConnector(toks[s-1]) && s-1 > 0 && isNameTok(toks[s-2])) {
		s--
	}
	run := x.trimRun(toks[s : head+1])
	var w []string
	for _, t := range run {
		w = append(w, t.text)
	}
	if w = stripTitles(w); personLike(w) {
		return w
	}
	return nil
}

// honorifics precede only a person's name.
var honorifics = set("mr", "mrs", "ms", "dr", "sir", "dame", "rev", "prof", "miss", "mme", "messrs")

// documentNouns are things that carry someone's words.
var documentNouns = set("statement", "report", "website", "site", "communique", "communiqué",
	"release", "post", "account", "channel", "announcement", "letter", "message", "tweet",
	"broadcast", "bulletin", "blog", "feed", "page", "video", "notice", "memo", "document")

// ownerPronouns map an owner's pronoun to the pronoun that speaks.
var ownerPronouns = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}

// modifiesPersonHead reports whether the person mention stands before
// the head toks[head] as its modifier, only words between them (no comma,
// no preposition: "Ann Lee, a senior adviser", "Lee of the farm lobby"),
// and the head names a person by what they do ("spokesman", "adviser",
// "supporter", "official").
func (x *extraction) modifiesPersonHead(toks []token, head int, person *pipeline.Mention) bool {
	if head < 0 || person.End > toks[head].start {
		return false
	}
	for _, t := range toks[:head] {
		if t.start >= person.End && (t.kind != 'w' || headStops[t.lower]) {
			return false
		}
	}
	h := toks[head].lower
	if campaignNouns[h] {
		return false
	}
	if roleNouns[h] || roleNouns[strings.TrimSuffix(h, "s")] || peopleNouns[h] {
		return true
	}
	for _, suffix := range []string{"er", "ers", "or", "ors", "ist", "ists"} {
		if strings.HasSuffix(h, suffix) {
			return true
		}
	}
	return false
}

// isPossessor reports whether the span is followed by (or ends with) 's.
func isPossessor(text string, s pipeline.Span) bool {
	t := text[s.Start:s.End]
	after := text[s.End:min(len(text), s.End+4)]
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
}

// pluralPossessor reports whether a name ending in s is followed by a bare
// apostrophe: "Sanders’ aides".
func pluralPossessor(text string, s pipeline.Span) bool {
	after := text[s.End:min(len(text), s.End+4)]
	return strings.HasSuffix(text[s.Start:s.End], "s") && (strings.HasPrefix(after, "' ") || strings.HasPrefix(after, "’ "))
}

// ownerSpan returns the owner of a document noun: the phrase after "on",
// "of", "from" or "by", or a possessor before it, without the 's.
func ownerSpan(toks []token, head int) (pipeline.Span, bool) {
	trimPoss := func(t token) int {
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(t.text, suf) {
				return t.end - len(suf)
			}
		}
		return t.end
	}
	if head+2 < len(toks) {
		switch toks[head+1].lower {
		case "on", "of", "from", "by":
			s := head + 2
			for e := s; e < len(toks); e++ {
				if toks[e].kind == 'p' {
					return pipeline.Span{Start: toks[s].start, End: toks[e-1].end}, e > s
				}
				if end := trimPoss(toks[e]); end != toks[e].end {
					return pipeline.Span{Start: toks[s].start, End: end}, true
				}
			}
			return pipeline.Span{Start: toks[s].start, End: toks[len(toks)-1].end}, true
		}
	}
	for k := head - 1; k >= 0; k-- {
		if end := trimPoss(toks[k]); end != toks[k].end {
			s := 0
			if determiners[toks[0].lower] {
				s = 1
			}
			if s <= k {
				return pipeline.Span{Start: toks[s].start, End: end}, true
			}
		}
	}
	return pipeline.Span{}, false
}

// entityFor returns the entity id of a name: the given one, or that of a
// mention whose canonical name matches.
func (x *extraction) entityFor(name, eid string) string {
	if eid != "" {
		return eid
	}
	if x.entityByName == nil {
		x.entityByName = make(map[string]string, 2*len(x.d.Mentions))
		x.personBySurname = map[string]string{}
		for _, m := range x.d.Mentions {
			key := strings.ToLower(m.Canonical)
			if _, seen := x.entityByName[key]; !seen {
				x.entityByName[key] = m.EntityID
			}
			if m.Label != pipeline.LabelPerson {
				continue
			}
			if w := strings.Fields(key); len(w) > 0 {
				last := w[len(w)-1]
				if id, seen := x.personBySurname[last]; !seen {
					x.personBySurname[last] = m.EntityID
				} else if id != m.EntityID {
					x.personBySurname[last] = "" // two persons share it
				}
			}
		}
		// a mention's own words name its entity too, unless the
		// canonical names already took them
		for _, m := range x.d.Mentions {
			if key := strings.ToLower(m.Text); x.entityByName[key] == "" {
				x.entityByName[key] = m.EntityID
			}
		}
	}
	if id := x.entityByName[strings.ToLower(name)]; id != "" {
		return id
	}
	// the words after the titles, or any last two or more words, as a
	// canonical name ("Supreme Court Justice Sonia Sotomayor"), then a
	// person's surname that one person of the document bears ("Fiorina"
	// after "Carly Fiorina")
	w := strings.Fields(name)
	for k := 1; k+2 <= len(w); k++ {
		if id := x.entityByName[strings.ToLower(strings.Join(w[k:], " "))]; id != "" {
			return id
		}
	}
	if s := stripTitles(w); len(s) > 0 && len(s) < len(w) {
		w = s
	}
	if len(w) == 1 || personLike(w) {
		return x.personBySurname[strings.ToLower(w[len(w)-1])]
	}
	return ""
}

// personList returns the words of a list of persons opening a source
// ("Ann Lee and Tom Ward", "Lee, Ward and Pike", "Ms. Lee, Mrs. Ward and
// other donors"), through its last member, or "". Each member is a PERSON
// mention, its titles before it; a comma must be followed by another
// member (else it opens an appositive: "Lee, a lawyer"), and the list
// ends with "and" or "or" before a last member or "other …".
func (x *extraction) personList(toks []token) string {
	member := func(k int) (end int, ok bool) { // the token index after a member opening at k
		for k < len(toks) && titles[strings.ToLower(strings.TrimSuffix(toks[k].text, "."))] {
			k++
		}
		if k >= len(toks) {
			return 0, false
		}
		lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: toks[k].start, End: toks[k].start + 1})
		for _, m := range x.d.Mentions[lo:hi] {
			if m.Label == pipeline.LabelPerson && m.Start == toks[k].start && !isPossessor(x.text, m.Span) {
				e := k
				for e < len(toks) && toks[e].start < m.End {
					e++
				}
				return e, true
			}
		}
		return 0, false
	}
	k, ok := member(0)
	if !ok {
		return ""
	}
	for k < len(toks) {
		switch toks[k].lower {
		case ",":
			e, ok := member(k + 1)
			if !ok {
				return ""
			}
			k = e
		case "and", "or":
			if k+1 < len(toks) && (toks[k+1].lower == "other" || toks[k+1].lower == "others") {
				e := k + 1
				for e < len(toks) && toks[e].text != "," {
					e++
				}
				return strings.Join(strings.Fields(x.text[toks[0].start:toks[e-1].end]), " ")
			}
			e, ok := member(k + 1)
			if !ok {
				return ""
			}
			if e < len(toks) && (toks[e].lower == "and" || toks[e].lower == "or") {
				k = e // "Lee and Ward and Pike"
				continue
			}
			return strings.Join(strings.Fields(x.text[toks[0].start:toks[e-1].end]), " ")
		default:
			return ""
		}
	}
	return ""
}
