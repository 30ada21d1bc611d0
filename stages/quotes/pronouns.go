package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Resolving a pronoun source ("he said", "it said") to a speaker. A
// pronoun names no one, so its speaker is found by looking back: for
// he/she, a person of the pronoun's gender opening a sentence of the
// paragraph (or of the paragraph before), else the last speaker, else the
// last person named outside quotations; for it/they, the subject of the
// paragraph when newer than the last organisation speaker, else that
// speaker. speakerorder.go calls this for each pronoun in text order, so an
// earlier resolved pronoun passes its speaker on.

// resolvePronoun resolves candidate i's pronoun source r to a speaker
// whose gender agrees with g, and reports whether it found one.
func (x *extraction) resolvePronoun(order []int, i int, info []resolved, r resolved, g byte) bool {
	c := &x.cands[i]
	want := kindOrg
	if personPronouns[r.head] {
		want = kindPerson
	}
	// inside a quotation the speaker talks of someone the quotation has
	// just named ("Judge Ward was right when he ruled"): that person
	if want == kindPerson {
		if m := x.personInHoldingQuote(c.q.Source.Start, g); m != nil {
			c.q.Speaker, c.q.SpeakerEntityID = x.personName(m), m.EntityID
			info[i].kind = kindPerson
			return true
		}
	}
	j := x.previousSpeakerOf(order, i, info, want, 6, g)
	if want == kindOrg && r.head != "this" {
		// a subject in the same paragraph more recent than the last
		// organisation speaker: "The Pentagon released figures. It said ..."
		name, eid, at := x.sentenceSubject(c.para, c.q.Source.Start, r.head == "it")
		if at >= 0 && (j < 0 || x.cands[j].para < c.para || at > x.anchor(j)) {
			c.q.Speaker, c.q.SpeakerEntityID = name, x.entityFor(name, eid)
			info[i].kind = kindOrg
			return true
		}
	}
	if want == kindPerson {
		// a person opening a sentence of the paragraph after the last
		// person speaker: "Lawrence, a lawyer, argued ... when he said"
		name, eid, at := x.personSubject(c.para, c.q.Source.Start)
		if at >= 0 && genderAgrees(g, x.personGender(name, eid, at)) && (j < 0 || x.cands[j].para < c.para || at > x.anchor(j)) {
			c.q.Speaker, c.q.SpeakerEntityID = name, x.entityFor(name, eid)
			info[i].kind = kindPerson
			return true
		}
		// or of the paragraph before, when the pronoun's paragraph names
		// no one before it: "Trump coined the phrase at a rally. / “I'm
		// not controlled by special interests,” he said."
		if pp := c.para - 1; at < 0 && pp >= 0 && x.paras[pp].kind == x.paras[c.para].kind && !x.namesBefore(c.para, c.q.Source.Start) {
			name, eid, at := x.personSubject(pp, x.paras[pp].end)
			if at >= 0 && genderAgrees(g, x.personGender(name, eid, at)) && (j < 0 || x.cands[j].para < pp || at > x.anchor(j)) && !x.addressedTo(c.q, name) {
				c.q.Speaker, c.q.SpeakerEntityID = name, x.entityFor(name, eid)
				info[i].kind = kindPerson
				return true
			}
		}
	}
	if want == kindPerson && g != genderUnknown && j >= 0 {
		// an unnamed speaker of the pronoun's gender after the named one:
		// "“…,” said the woman, a cashier. “Too much hate,” she said"
		if d := x.unnamedSpeakerAfter(order, i, info, j, g); d >= 0 {
			c.q.Speaker, c.q.SpeakerEntityID = x.cands[d].q.Speaker, x.cands[d].q.SpeakerEntityID
			info[i].kind = info[d].kind
			return true
		}
	}
	if want == kindPerson && g != genderUnknown && j >= 0 && x.cands[j].para < c.para {
		// the one person of the pronoun's gender this paragraph names
		// before it, where the last such speaker spoke paragraphs ago:
		// "Lee's campaign has been out of step with voters … the work she
		// promised", after a woman quoted the paragraph before
		if m := x.soleParagraphPerson(c.para, c.q.Source.Start, g); m != nil && !x.addressedTo(c.q, x.personName(m)) &&
			!x.namedInParagraph(c.para, c.q.Source.Start, x.cands[j].q.Speaker) {
			c.q.Speaker, c.q.SpeakerEntityID = x.personName(m), m.EntityID
			info[i].kind = kindPerson
			return true
		}
		// or of the paragraph before, when the pronoun's own names no one
		// before it and that speaker spoke before it: "“…,” Lee said. /
		// This is not the race Ward hoped for. She admits it. / “…,” she
		// said" is Ward
		if pp := c.para - 1; x.cands[j].para < pp && x.paras[pp].kind == x.paras[c.para].kind && !x.namesBefore(c.para, c.q.Source.Start) && !x.insideContent(c.q.Source) {
			if m := x.soleParagraphPerson(pp, x.paras[pp].end, g); m != nil && !x.addressedTo(c.q, x.personName(m)) &&
				!x.namedInParagraph(pp, x.paras[pp].end, x.cands[j].q.Speaker) {
				c.q.Speaker, c.q.SpeakerEntityID = x.personName(m), m.EntityID
				info[i].kind = kindPerson
				return true
			}
		}
	}
	if j < 0 {
		j = x.previousSpeakerOf(order, i, info, kindNone, 3, g)
		if j >= 0 && want == kindPerson && !x.mayBePerson(info[j]) {
			j = -1 // "he" is no organisation nor "a news account"
		}
	}
	if j >= 0 && g == genderFemale && x.speakerGender(j) != g {
		// a speaker of unknown gender loses to a woman named after it
		// outside quotations ("… said Carl Mott. … Dairy farmers are
		// still angry about remarks Lee made … she offered up")
		if m := x.lastPersonMentionOf(c.q.Source.Start, g); m != nil && m.Start > x.anchor(j) {
			c.q.Speaker, c.q.SpeakerEntityID = x.personName(m), m.EntityID
			info[i].kind = kindPerson
			return true
		}
	}
	if j >= 0 {
		c.q.Speaker, c.q.SpeakerEntityID = x.cands[j].q.Speaker, x.cands[j].q.SpeakerEntityID
		info[i].kind = info[j].kind
		return true
	}
	if want == kindPerson {
		// no earlier speaker: the last person named before the pronoun
		// (not a name inside a quotation, and one of the pronoun's
		// gender): a person the entity model tags, else a capitalised
		// run that looks like a person's name and that the model does
		// not tag as a place or an organisation ("he" after "the North
		// Carolina law" and "Schilling" is Schilling)
		if m := x.lastPersonMention(c.q.Source.Start, g); m != nil {
			c.q.Speaker, c.q.SpeakerEntityID = x.personName(m), m.EntityID
			return true
		}
		for k := len(x.names) - 1; k >= 0; k-- {
			r := x.names[k]
			if w := stripTitles(r.words); r.start < c.q.Source.Start && personLike(w) && !x.quotedAt(r.start) && genderAgrees(g, x.personGender(strings.Join(r.words, " "), "", r.start)) &&
				!x.insideLabel(pipeline.Span{Start: r.start, End: r.end}, notPersonLabels...) {
				c.q.Speaker = strings.Join(w, " ")
				c.q.SpeakerEntityID = x.entityFor(c.q.Speaker, "")
				return true
			}
		}
	}
	return false
}

// personInHoldingQuote returns the last PERSON mention, of a gender that
// agrees with g, between the start of the quotation holding off and off,
// or nil when off is in no quotation or the quotation names no one.
func (x *extraction) personInHoldingQuote(off int, g byte) *pipeline.Mention {
	var hold pipeline.Span
	for _, c := range x.cands {
		if c.q.Type == pipeline.QuoteDirect && !c.q.Unmarked && off > c.q.Content.Start && off < c.q.Content.End &&
			(hold.IsEmpty() || c.q.Content.Start > hold.Start) {
			hold = c.q.Content
		}
	}
	if hold.IsEmpty() {
		return nil
	}
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	for k--; k >= 0 && x.d.Mentions[k].Start >= hold.Start; k-- {
		m := &x.d.Mentions[k]
		if m.Label == pipeline.LabelPerson && !isPossessor(x.text, m.Span) && genderAgrees(g, x.mentionGender(m)) {
			return m
		}
	}
	return nil
}

// addressedTo reports whether the quote is told to the person named
// ("“…,” he told Hannity" after "Hannity asked Trump …"): who is told
// does not speak.
func (x *extraction) addressedTo(q pipeline.Quote, name string) bool {
	if q.Addressee.IsEmpty() {
		return false
	}
	w := strings.Fields(name)
	return len(w) > 0 && containsWord(x.text[q.Addressee.Start:q.Addressee.End], w[len(w)-1])
}

// namesBefore reports whether paragraph pi has a capitalised name or a
// PERSON mention before off outside quotation marks.
func (x *extraction) namesBefore(pi, off int) bool {
	p := &x.paras[pi]
	for _, t := range p.toks {
		if t.start >= off {
			break
		}
		if t.kind == 'w' && isCapitalized(t.text) && !x.insideMark(p, t.start) && x.opensName(t) {
			return true
		}
	}
	return false
}

// mayBePerson reports whether a resolved speaker can be the antecedent of
// "he" or "she": not an organisation, nor a description whose head is no
// role ("a news account", "the report").
func (x *extraction) mayBePerson(r resolved) bool {
	switch r.kind {
	case kindOrg:
		return false
	case kindDescription:
		return r.head == "" || roleNouns[r.head] || roleNouns[strings.TrimSuffix(r.head, "s")]
	case kindLiteral:
		// "he" is no "research by economists" nor "several people I
		// spoke with": an unnamed source only as a person noun
		return r.head == "" || roleNouns[r.head] || genderedWords[r.head] != genderUnknown || peopleNouns[r.head] && !strings.HasSuffix(r.head, "s") ||
			surnameLike(r.name)
	}
	return true
}

// surnameLike reports whether an unnamed source is one capitalised word
// that may be a surname the entity model missed ("Pence" in a title), not
// a plural nor an indefinite pronoun ("Critics", "Nobody").
func surnameLike(name string) bool {
	if name == "" || strings.Contains(name, " ") || !isCapitalized(name) || strings.HasSuffix(name, "s") {
		return false
	}
	switch strings.ToLower(name) {
	case "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "none", "each", "either", "neither":
		return false
	}
	return true
}

// notPersonLabels are the entity labels of things that are no person.
var notPersonLabels = []string{pipeline.LabelGPE, pipeline.LabelLoc, pipeline.LabelOrg, pipeline.LabelNORP, pipeline.LabelFac, pipeline.LabelEvent}

// lastPersonMention returns the last PERSON mention before off that is
// not inside a quotation nor a possessor ("Trump's campaign") and whose
// gender agrees with g, or nil.
func (x *extraction) lastPersonMention(off int, g byte) *pipeline.Mention {
	return x.lastPerson(off, func(have byte) (take, stop bool) { return genderAgrees(g, have), false })
}

// lastPersonMentionOf is lastPersonMention for a person known to be of
// gender g: one whose gender the text does not tell is passed over, and
// the search stops at the nearest person of the other gender.
func (x *extraction) lastPersonMentionOf(off int, g byte) *pipeline.Mention {
	return x.lastPerson(off, func(have byte) (take, stop bool) {
		return have == g, have != g && have != genderUnknown
	})
}

// lastPerson walks the person mentions before off, nearest first, that
// are no possessor and stand outside quotations, and returns the first
// whose name's gender judge takes; nil when judge stops the walk first.
func (x *extraction) lastPerson(off int, judge func(gender byte) (take, stop bool)) *pipeline.Mention {
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	for k--; k >= 0; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelPerson || isPossessor(x.text, m.Span) || x.quotedAt(m.Start) {
			continue
		}
		take, stop := judge(x.mentionGender(m))
		if take {
			return m
		}
		if stop {
			return nil
		}
	}
	return nil
}

// insideContent reports whether s lies inside the content of a quote of
// any type: a pronoun there is a speaker's own word, not the writer's.
func (x *extraction) insideContent(s pipeline.Span) bool {
	for _, c := range x.cands {
		if c.q.Content.Contains(s) {
			return true
		}
	}
	return false
}

// quotedAt reports whether off lies inside the content of a direct quote.
func (x *extraction) quotedAt(off int) bool {
	for _, c := range x.cands {
		if c.q.Type == pipeline.QuoteDirect && !c.q.Unmarked && off >= c.q.Content.Start && off < c.q.Content.End {
			return true
		}
	}
	return false
}

// soleParagraphPerson returns the PERSON mention of paragraph pi before
// off, outside quotation marks, whose gender is known to be g, when the
// paragraph names one such person only (possessors count: "Lee's campaign"
// names Lee); nil otherwise. A name governed by a preposition ("asked
// about Lee", "a letter to Lee") is what the sentence is about, not who
// acts, and is left out.
func (x *extraction) soleParagraphPerson(pi, off int, g byte) *pipeline.Mention {
	p := &x.paras[pi]
	var found *pipeline.Mention
	lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: p.start, End: off})

	for k := lo; k < hi; k++ {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelPerson || m.End > off || x.quotedAt(m.Start) || x.insideMark(p, m.Start) || x.mentionGender(m) != g {
			continue
		}
		if next := x.text[m.End:min(len(x.text), m.End+5)]; !x.inSubjectPosition(p, m.Start, isPossessor(x.text, m.Span)) && !x.beforeFiniteVerb(p, m.Span) ||
			strings.HasPrefix(next, " and ") || strings.HasPrefix(next, " or ") {
			continue // "Lee and Marsh toured the mill" names no one person
		}
		if found != nil && x.personName(found) != x.personName(m) {
			return nil
		}
		found = m
	}
	if found != nil && x.pronounOfGenderBefore(p, found.Start, g) {
		return nil // the paragraph goes on about someone named before it
	}
	return found
}

// mentionGender is the gender of a person mention: of the person it names
// (personGender), else of its own words, else of a title right before it
// ("Mrs. Lee"). Every search over person mentions asks it.
func (x *extraction) mentionGender(m *pipeline.Mention) byte {
	if g := x.personGender(x.personName(m), m.EntityID, m.Start); g != genderUnknown {
		return g
	}
	if g := nameGender(m.Text); g != genderUnknown {
		return g
	}
	before := strings.Fields(x.text[max(0, m.Start-6):m.Start])
	if len(before) > 0 {
		return genderedWords[strings.ToLower(before[len(before)-1])]
	}
	return genderUnknown
}

// inSubjectPosition reports whether the name at off in paragraph p opens
// a clause, its titles and the words of its name aside: at the start of a
// sentence, after a comma or a clause word ("…, Ward said", "after Lee
// suffered a fall"); not as the object of a verb or a preposition ("he
// never saw Ward", "asked about Lee"), nor one of two names joined by
// "and" or "or". A possessor opens a clause only at the start of a
// sentence or after a comma ("Lee's career has …"; not "after Lee's
// speech").
func (x *extraction) inSubjectPosition(p *para, off int, possessor bool) bool {
	opens := func(k int) bool { // whether the run of words from token k+1 opens a clause
		if k < 0 {
			return true
		}
		t := p.toks[k]
		if t.text == "." || t.text == "," || t.text == ";" {
			return true
		}
		return !possessor && clauseBoundaries[t.lower] && t.lower != "and" && t.lower != "or" && t.lower != "than"
	}
	k := p.tokIndex(off) - 1
	for k >= 0 && p.toks[k].kind == 'w' && (isCapitalized(p.toks[k].text) || titles[strings.ToLower(strings.TrimSuffix(p.toks[k].text, "."))] || roleNouns[p.toks[k].lower]) {
		if opens(k - 1) {
			return !determiners[p.toks[k].lower] && !prepositionWords[p.toks[k].lower]
		}
		k--
	}
	return opens(k)
}

// beforeFiniteVerb reports whether the name at s is followed by a finite
// verb, an adverb aside, and governed by no preposition: the subject of a
// clause a noun or a verb opens ("the race Ward hoped to run", "aides say
// Lee still advises"), which inSubjectPosition, reading the words before,
// misses; not "an alternative to Lee is found".
func (x *extraction) beforeFiniteVerb(p *para, s pipeline.Span) bool {
	if k := p.tokIndex(s.Start) - 1; k >= 0 && (prepositionWords[p.toks[k].lower] || p.toks[k].lower == "than") {
		return false
	}
	k := p.tokIndex(s.End)
	if k < len(p.toks) && strings.HasSuffix(x.posTag(p.toks[k].start), "RB") {
		k++
	}
	return k < len(p.toks) && p.toks[k].kind == 'w' && x.finiteTag(p.toks[k])
}

// pronounOfGenderBefore reports whether paragraph p has a pronoun of
// gender g ("she", "her") outside quotation marks before off.
func (x *extraction) pronounOfGenderBefore(p *para, off int, g byte) bool {
	for _, t := range p.toks {
		if t.start >= off {
			break
		}
		if t.kind == 'w' && pronounGender(t.lower) == g && !x.insideMark(p, t.start) {
			return true
		}
	}
	return false
}

// prepositionWords may open a capitalised run before a name ("In Ohio",
// "Under Lee") without being part of it.
var prepositionWords = set("in", "on", "at", "by", "for", "with", "from", "under", "after", "before", "to", "of", "about", "against")

// namedInParagraph reports whether paragraph pi names the person called
// name (by the last word of the name) before off, outside quotation marks.
func (x *extraction) namedInParagraph(pi, off int, name string) bool {
	w := strings.Fields(name)
	if len(w) == 0 {
		return false
	}
	p := &x.paras[pi]
	for _, t := range p.toks {
		if t.start >= off {
			break
		}
		if trimPossessive(t.text) == w[len(w)-1] && !x.insideMark(p, t.start) {
			return true
		}
	}
	return false
}

// unnamedSpeakerAfter returns the latest candidate between named speaker j
// and pronoun candidate i (in order) whose speaker is a description of a
// person known to be of gender g ("the woman", "a spokeswoman"), in i's
// paragraph or the one before, or -1.
func (x *extraction) unnamedSpeakerAfter(order []int, i int, info []resolved, j int, g byte) int {
	pos, from := -1, -1
	for k, o := range order {
		if o == i {
			pos = k
		}
		if o == j {
			from = k
		}
	}
	for k := pos - 1; k > from && k >= 0; k-- {
		d := order[k]
		c := x.cands[d]
		if x.cands[i].para-c.para > 1 {
			break // order is text order: the rest are further back
		}
		if c.q.Speaker == "" || x.cands[i].q.Content.Contains(c.q.Content) {
			continue
		}
		if (info[d].kind == kindDescription || info[d].kind == kindLiteral) && x.mayBePerson(info[d]) && x.spanGender(c.q.Source) == g {
			return d
		}
	}
	return -1
}
