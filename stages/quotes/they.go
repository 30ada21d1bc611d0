package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The group a "they" stands for when no earlier speaker is one. A "they"
// looks back for an organisation or a plural speaker (resolvePronoun) and
// is left without a speaker when the search ends on one person: "Lee and
// Ward toured the mills. They said …" is neither Lee nor Ward. What such a
// "they" names is most often the group the writer has just made the
// subject, though it said nothing itself: two or more persons joined by
// "and" (`Sens. Ann Lee and Tom Ward backed the bill. Last week, they
// wrote …`), or a plural noun phrase of people opening a clause (`As
// farmers waited for the rain, they said …`, `Several Dover councilors
// met on Monday. They argued …`).

// theyGroup returns the speaker a "they" source at off refers to, or "".
// It reads the pronoun's own sentence up to the pronoun, then the sentence
// before (the last of the paragraph before when the pronoun's sentence
// opens its paragraph); a sentence that gives no group but names a person
// or an organisation ends the search, as a nearer referent that is no
// group. A "they" inside quotation marks is the quoted speaker's, whose
// referents the writer's sentences do not give.
func (x *extraction) theyGroup(pi, off int) string {
	p := &x.paras[pi]
	if x.quotedAt(off) || x.insideMark(p, off) {
		return ""
	}
	own := p.sentenceOf(off)
	windows := [][2]int{{own[0], off}}
	prev := -1
	for si, s := range p.sents {
		if s[1] <= own[0] {
			prev = si
		}
	}
	switch {
	case prev >= 0:
		windows = append(windows, p.sents[prev])
	case pi > 0 && x.paras[pi-1].kind == p.kind && len(x.paras[pi-1].sents) > 0:
		pp := &x.paras[pi-1]
		windows = append(windows, pp.sents[len(pp.sents)-1])
	}
	for wi, w := range windows {
		wp := p
		if wi == 1 && prev < 0 {
			wp = &x.paras[pi-1]
		}
		persons := x.personsOutsideMarks(wp, w)
		if name := x.joinedPersons(wp, persons); name != "" && !x.theyBefore(wp, [2]int{w[0], persons[0].Start}) {
			return name
		}
		if name := x.pluralSubject(wp, w); name != "" {
			return name
		}
		if len(persons) > 0 || x.namesOrgOutsideMarks(wp, w) {
			break
		}
	}
	return ""
}

// personsOutsideMarks returns the PERSON mentions of window w of p that
// stand outside quotation marks, in text order.
func (x *extraction) personsOutsideMarks(p *para, w [2]int) []*pipeline.Mention {
	var out []*pipeline.Mention
	lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: w[0], End: w[1]})
	for mi := lo; mi < hi; mi++ {
		m := &x.d.Mentions[mi]
		if m.Label == pipeline.LabelPerson && m.End <= w[1] && !x.insideMark(p, m.Start) {
			out = append(out, m)
		}
	}
	return out
}

// namesOrgOutsideMarks reports whether window w of p names an
// organisation or a group of people (NORP) outside quotation marks.
func (x *extraction) namesOrgOutsideMarks(p *para, w [2]int) bool {
	lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: w[0], End: w[1]})
	for _, m := range x.d.Mentions[lo:hi] {
		if (m.Label == pipeline.LabelOrg || m.Label == pipeline.LabelNORP) && !x.insideMark(p, m.Start) {
			return true
		}
	}
	return false
}

// theyBefore reports whether window w of p holds a "they" outside
// quotation marks. Before a pair of names it is the clause's subject and
// the pair someone it met ("In a study they wrote with Lee and Ward, they
// found"): the group is that pronoun's, which the window does not name.
func (x *extraction) theyBefore(p *para, w [2]int) bool {
	for k := p.tokIndex(w[0]); k < len(p.toks) && p.toks[k].start < w[1]; k++ {
		if p.toks[k].lower == "they" && !x.insideMark(p, p.toks[k].start) {
			return true
		}
	}
	return false
}

// joinedPersons returns "Ann Lee and Tom Ward" when persons, all those a
// window of p names, are two or more names joined by "and" (with commas
// before the last: "Lee, Ward and Vance"), no one of them a possessor
// ("Lee and Ward's plan" is a plan) and the first not governed by a
// preposition ("spoke with Lee and Ward": whom someone else met); else
// "".
func (x *extraction) joinedPersons(p *para, persons []*pipeline.Mention) string {
	if len(persons) < 2 {
		return ""
	}
	k := p.tokIndex(persons[0].Start) - 1
	for k >= 0 && (titles[strings.ToLower(strings.TrimSuffix(p.toks[k].text, "."))] || roleNouns[p.toks[k].lower] || isCapitalized(p.toks[k].text) && p.toks[k].kind == 'w') {
		k-- // "Democratic candidates Ann Lee and …", "Sens. Ann Lee and …"
	}
	if k >= 0 && headStops[p.toks[k].lower] {
		return ""
	}
	names := make([]string, len(persons))
	for k, m := range persons {
		if isPossessor(x.text, m.Span) {
			return ""
		}
		names[k] = x.personName(m)
		if k == 0 {
			continue
		}
		sep := x.text[persons[k-1].End:m.Start]
		last := k == len(persons)-1
		if last && sep != " and " && sep != ", and " || !last && sep != ", " {
			return ""
		}
	}
	for _, name := range names {
		if strings.Contains(name, " and ") {
			return name // the run of names writes the pair: "Lee and Ward", as a source so worded gives
		}
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// clauseOpeners open a clause whose subject follows them at once: "As
// Republicans scrambled for cash, they proposed …".
var clauseOpeners = set("as", "when", "while", "after", "because", "although", "though", "since", "once", "until", "before", "if", "whenever")

// groupOpeners may open a plural noun phrase of people before its
// modifiers: "Several Dover councilors", "Other county clerks".
var groupOpeners = set("the", "these", "those", "several", "some", "many", "most", "other", "all", "both", "few", "numerous",
	"his", "her", "their", "its", "two", "three", "four", "five", "dozens", "hundreds", "thousands")

// pluralSubject returns the plural noun phrase of people that opens a
// clause of window w of p before a verb, as written
// (`Several Dover councilors met`, `the Harbor Pilots have found`, `As
// farmers waited`), or "". A phrase of time or place opening the
// sentence is passed at its comma. It needs the tagger's verb tags; a
// phrase of things ("Prices stay high") is no group.
func (x *extraction) pluralSubject(p *para, w [2]int) string {
	k := p.tokIndex(w[0])
	end := p.tokIndex(w[1])
	for k < end && (p.toks[k].lower == "and" || p.toks[k].lower == "but" || discourseAdverbs[p.toks[k].lower] || p.toks[k].text == ",") {
		k++
	}
	if k >= end {
		return ""
	}
	switch first := p.toks[k].lower; {
	case clauseOpeners[first]:
		k++
	case sentenceOpeners[first]:
		for k < end && (p.toks[k].text != "," || x.insideMark(p, p.toks[k].start)) {
			k++
		}
		k++
	}
	s := k
	for k < end && groupOpeners[p.toks[k].lower] {
		k++
	}
	for k < end && p.toks[k].kind == 'w' {
		// a capitalised modifier whatever its tag ("Ward supporters":
		// the tagger may read a surname as another word)
		if tag := x.posTag(p.toks[k].start); !nounPhraseTag(tag) && !(isCapitalized(p.toks[k].text) && !verbTag(tag)) {
			break
		}
		k++
	}
	if k <= s || k >= end || !verbTag(x.posTag(p.toks[k].start)) || x.insideMark(p, p.toks[s].start) {
		return ""
	}
	head := p.toks[k-1]
	if tag := x.posTag(head.start); tag != "NNS" && tag != "NNPS" || !x.peopleWord(head) {
		return ""
	}
	// the phrase as written, without "the": read through the first pass,
	// "Lee supporters" would give the person Lee
	if p.toks[s].lower == "the" {
		s++
	}
	return x.text[p.toks[s].start:head.end]
}

// nounPhraseTag reports whether a tag can stand inside a noun phrase
// before its verb: nouns, adjectives, numbers and possessive endings.
func nounPhraseTag(tag string) bool {
	return strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ") || tag == "CD" || tag == "POS"
}

// verbTag reports whether a tag is a verb or a modal.
func verbTag(tag string) bool {
	return strings.HasPrefix(tag, "VB") || tag == "MD"
}

// peopleWord reports whether a plural head noun names people: a role
// ("aides", "officials"), a word for people ("voters", "women"), a group
// the entity model tags (NORP: "Republicans"), or a noun of agents
// ("supporters", "economists", "associates", "critics").
func (x *extraction) peopleWord(t token) bool {
	if roleNouns[t.lower] || roleNouns[strings.TrimSuffix(t.lower, "s")] || peopleNouns[t.lower] || genderedWords[t.lower] != genderUnknown {
		return true
	}
	if x.insideLabel(pipeline.Span{Start: t.start, End: t.end}, pipeline.LabelNORP) {
		return true
	}
	for _, suffix := range agentSuffixes {
		if strings.HasSuffix(t.lower, suffix) {
			return true
		}
	}
	return false
}

// agentSuffixes end plural nouns of people who do something.
var agentSuffixes = []string{"ers", "ors", "ists", "ians", "ans", "ates", "ics", "ants", "ents"}
