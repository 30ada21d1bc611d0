package quotes

// Resolving every source to a speaker in text order (resolveSpeakers):
// pronouns, relative pronouns and descriptions ("the spokesman", "a
// spokesman") look back, or ahead, to the speakers of the other
// attributions. What one source says by itself is firstPass, in speaker.go.

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// resolveSpeakers fills Speaker and SpeakerEntityID of every candidate.
func (x *extraction) resolveSpeakers() {
	n := len(x.cands)
	info := make([]resolved, n)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return x.anchor(order[a]) < x.anchor(order[b])
	})
	for i := range x.cands {
		c := &x.cands[i]
		if c.copyFrom < 0 && !c.fixed && c.speakerOf == 0 {
			info[i] = x.firstPass(c.q.Source)
		}
	}
	done := make([]bool, n)
	var resolve func(i int)
	resolve = func(i int) {
		if done[i] {
			return
		}
		done[i] = true
		c := &x.cands[i]
		switch {
		case c.fixed:
			c.q.SpeakerEntityID = x.entityFor(c.q.Speaker, "")
			info[i] = resolved{kind: kindPerson, name: c.q.Speaker}
			return
		case c.copyFrom >= 0:
			resolve(c.copyFrom)
			r := x.cands[c.copyFrom]
			c.q.Source, c.q.Cue, c.q.Addressee = r.q.Source, r.q.Cue, r.q.Addressee
			c.q.Speaker, c.q.SpeakerEntityID = r.q.Speaker, r.q.SpeakerEntityID
			info[i] = info[c.copyFrom]
			return
		case c.speakerOf > 0:
			resolve(c.speakerOf - 1)
			r := x.cands[c.speakerOf-1]
			c.q.Speaker, c.q.SpeakerEntityID = r.q.Speaker, r.q.SpeakerEntityID
			info[i] = info[c.speakerOf-1]
			return
		case c.noSpeaker:
			return
		case c.inherit:
			// a sentence that names someone outside its quoted words
			// ("Lee thanked Ward for “…”") is theirs or no one's that the
			// text tells, rarely the previous speaker's (a quarter of such
			// sentences on the annotated news): no speaker is better than a
			// wrong one
			if x.namesSomeone(c.q) {
				return
			}
			if j := x.previousSpeaker(order, i, info, kindNone, 2); j >= 0 {
				c.q.Speaker, c.q.SpeakerEntityID = x.cands[j].q.Speaker, x.cands[j].q.SpeakerEntityID
			}
			return
		}
		r := info[i]
		switch r.kind {
		case kindPerson, kindOrg:
			c.q.Speaker, c.q.SpeakerEntityID = r.name, r.eid
			if r.kind == kindOrg {
				if j := x.metonymicSpeaker(order, i, info); j >= 0 {
					c.q.Speaker, c.q.SpeakerEntityID = x.cands[j].q.Speaker, x.cands[j].q.SpeakerEntityID
				}
			}
		case kindPronoun:
			if x.impersonalIt(r, c.q) {
				return // "it was widely reported that …" names no one
			}
			// a speaker of the pronoun's gender first; the gender of a
			// first name is only likely, so without one any speaker
			if g := pronounGender(r.head); !x.resolvePronoun(order, i, info, r, g) && g != genderUnknown {
				x.resolvePronoun(order, i, info, r, genderUnknown)
			}
			if (r.head == "they" || r.head == "it") && info[i].kind == kindPerson && !strings.Contains(c.q.Speaker, " and ") {
				// "they" and "it" are no one person: "Lee and Ward toured
				// the mills … they said" is not the last speaker, a lone
				// Lee; "“…,” it reads" after Ward's email is not Ward
				c.q.Speaker, c.q.SpeakerEntityID = "", ""
			}
			if r.head == "it" && info[i].kind != kindPerson && personDescription(c.q.Speaker) {
				// nor a person described: "“…,” a spokesman for the lender
				// said. … The loan is large, it says" is not the spokesman
				c.q.Speaker, c.q.SpeakerEntityID = "", ""
			}
			if r.head == "they" && c.q.Speaker == "" {
				// the group the writer has just made the subject (they.go);
				// it stays a pronoun, which previousSpeakerOf passes over
				// outside its paragraph and for a "they" inside a quotation
				if name := x.theyGroup(c.para, c.q.Source.Start); name != "" {
					c.q.Speaker = name
				}
			}
			x.answerTurn(order, i, info) // turns.go
		case kindDescription:
			if r.own {
				c.q.Speaker = r.name // "a spokesman for Ann Lee", "the 30 percent"
			} else if j := x.describedSpeaker(order, i, info); j >= 0 {
				resolve(j)
				if o := x.cands[j].q; o.SpeakerEntityID == "" && len(strings.Fields(o.Speaker)) < len(strings.Fields(r.name)) && strings.HasSuffix(r.name, o.Speaker) {
					// "Lee's campaign" says more than an earlier "the campaign"
					c.q.Speaker = r.name
				} else {
					c.q.Speaker, c.q.SpeakerEntityID = o.Speaker, o.SpeakerEntityID
					info[i].kind = info[j].kind
				}
			} else if name, eid := x.describedFallback(order, i, info); name != "" {
				c.q.Speaker, c.q.SpeakerEntityID = name, x.entityFor(name, eid)
			} else if name, eid := x.epithetHolder(order, i, info); name != "" {
				c.q.Speaker, c.q.SpeakerEntityID = name, x.entityFor(name, eid)
			} else {
				c.q.Speaker = r.name
			}
		case kindLiteral:
			c.q.Speaker = r.name
		}
	}
	for _, i := range order {
		resolve(i)
	}
	x.labelSpeakers() // turns.go
	// the affiliation of a named or described speaker, cut from its source
	for i := range x.cands {
		switch info[i].kind {
		case kindPerson, kindDescription, kindLiteral:
			c := &x.cands[i]
			c.q.Affiliation, c.q.AffiliationEntityID = x.affiliation(c.q.Source)
			// the speaker's own name is no affiliation: the preposition
			// was inside a title ("Secretary of State Ann Lee")
			if a := c.q.Affiliation; info[i].kind == kindPerson && !a.IsEmpty() && holdsName(x.text[a.Start:a.End], c.q.Speaker) {
				c.q.Affiliation, c.q.AffiliationEntityID = pipeline.Span{}, ""
			}
		}
	}
}

// holdsName reports whether text holds the last word of a person's name.
func holdsName(text, name string) bool {
	w := strings.Fields(name)
	return len(w) > 0 && containsWord(text, w[len(w)-1])
}

// antecedent returns the noun phrase a relative pronoun at src refers to:
// "Jessica Leeds" in "Jessica Leeds, who told …", "officials" in
// "officials who said".
func (x *extraction) antecedent(src pipeline.Span) (pipeline.Span, bool) {
	p := x.paraHolding(src)
	if p == nil {
		return pipeline.Span{}, false
	}
	k := p.tokIndex(src.Start)
	e := k
	if e > 0 && p.toks[e-1].text == "," {
		e--
	}
	lo := p.tokIndex(p.sentenceOf(src.Start)[0])
	if e <= lo || p.toks[e-1].kind != 'w' {
		return pipeline.Span{}, false
	}
	s := segmentLeft(p, lo, e)
	// a clause before "who" ends in the noun phrase it refers to:
	// after its last verb ("Voters have never elected a gloomy
	// president who"), and after the last preposition that leaves
	// a person ("the question came from a child who", not "spoke to
	// Ann Lee on camera, who")
	for k := e - 1; k > s; k-- {
		if strings.HasPrefix(x.posTag(p.toks[k].start), "VB") && !isCapitalized(p.toks[k].text) {
			s = k + 1
			for j := e - 2; j >= s; j-- {
				// not inside a count ("six in 10 voters", "dozens of women")
				if headStops[p.toks[j].lower] && !(j > s && quantityWord(p.toks[j-1])) && x.namesPeople(p, j+1, e) {
					s = j + 1
					break
				}
			}
			break
		}
	}
	// the noun phrase, without the preposition that opens its
	// segment: "Among those who said", "compared with four in 10 who"
	for s < e-1 {
		if antecedentOpeners[p.toks[s].lower] {
			s++
		} else if s < e-2 && (p.toks[s].lower == "compared" || p.toks[s].lower == "along") && (p.toks[s+1].lower == "with" || p.toks[s+1].lower == "to") {
			s += 2
		} else {
			break
		}
	}
	if s >= e {
		return pipeline.Span{}, false
	}
	return x.span(p, s, e), true
}

// namesPeople reports whether tokens [s,e) of a paragraph can name the
// people a "who" refers to: a person's name, a plural noun, a role or a
// gendered noun ("a child", "voters", "the Mexican president"), or
// "those"; not "camera", "Congress" or "the left".
func (x *extraction) namesPeople(p *para, s, e int) bool {
	for k := s; k < e; k++ {
		t := p.toks[k]
		tag := x.posTag(t.start)
		if roleNouns[t.lower] || genderedWords[t.lower] != genderUnknown && ownerPronouns[t.lower] == "" && !honorifics[strings.TrimSuffix(t.lower, ".")] ||
			peopleNouns[t.lower] || tag == "NNS" && !isCapitalized(t.text) || tag == "NNPS" {
			return true
		}
	}
	lo, hi := x.d.MentionsStartingIn(x.span(p, s, e))
	for _, m := range x.d.Mentions[lo:hi] {
		if m.Label == pipeline.LabelPerson || m.Label == pipeline.LabelNORP {
			return true
		}
	}
	return false
}

// quantityWord reports whether a token counts: a number or "dozens".
func quantityWord(t token) bool {
	return numberWords[t.lower] || t.text != "" && t.text[0] >= '0' && t.text[0] <= '9'
}

// peopleNouns name people without a role: "those who", "a child who".
var peopleNouns = set("those", "people", "child", "children", "kid", "kids", "voters", "women", "men", "someone", "anyone", "everyone")

// descriptionOwner returns the name that owns a description, "Ward" in
// "Ward's campaign", or "".
func (x *extraction) descriptionOwner(src pipeline.Span) string {
	toks := tokenize(x.text, src.Start, src.End)
	if len(toks) < 2 || !isCapitalized(toks[0].text) || trimPossessive(toks[0].text) == toks[0].text {
		return ""
	}
	return trimPossessive(toks[0].text)
}

// antecedentOpeners are prepositions that open the segment before a
// "who" but not the noun phrase it refers to.
var antecedentOpeners = set("among", "amid", "for", "by", "with", "of", "in", "on", "at", "from", "to", "like", "unlike",
	"besides", "including", "after", "before", "despite", "during")

// anchor orders candidates by where they are attributed.
func (x *extraction) anchor(i int) int {
	c := x.cands[i]
	if !c.q.Cue.IsEmpty() && c.copyFrom < 0 {
		return c.q.Cue.Start
	}
	return c.q.Content.Start
}

// previousSpeaker returns the latest candidate before i (in order) with a
// speaker of the wanted kind (any when kindNone), within maxParas paragraphs.
func (x *extraction) previousSpeaker(order []int, i int, info []resolved, want speakerKind, maxParas int) int {
	return x.previousSpeakerOf(order, i, info, want, maxParas, genderUnknown)
}

// previousSpeakerOf is previousSpeaker for a pronoun of gender g: a
// speaker known to be of the other gender is passed over ("she said"
// after Michael Flynn spoke goes back to the interviewer). For "she", a
// speaker whose gender the text does not tell also loses to an earlier
// one known to be a woman ("she" after Jack Mozloom, whose first name the
// list lacks, goes back to the woman quoted before him); not for "he":
// most speakers in the news are men, and a name the list lacks ("Barack
// Obama", "Newt Gingrich") is then most often a man's, so the nearer one
// stays the likelier antecedent.
func (x *extraction) previousSpeakerOf(order []int, i int, info []resolved, want speakerKind, maxParas int, g byte) int {
	pos := -1
	for k, j := range order {
		if j == i {
			pos = k
		}
	}
	unknown := -1
	for k := pos - 1; k >= 0; k-- {
		j := order[k]
		c := x.cands[j]
		if x.cands[i].para-c.para > maxParas {
			break
		}
		if c.q.Speaker == "" || c.fixed != x.cands[i].fixed || x.cands[i].q.Content.Contains(c.q.Content) {
			continue
		}
		if info[j].kind == kindPronoun && info[j].head == "they" && (c.para != x.cands[i].para || x.quotedAt(x.cands[i].q.Source.Start)) {
			continue // a group only its own paragraph's writer goes on with (theyGroup)
		}
		k := info[j].kind
		orgDescription := k == kindDescription && info[j].head != "" && !roleNouns[info[j].head] && !roleNouns[strings.TrimSuffix(info[j].head, "s")]
		if g != genderUnknown && (k == kindOrg || !genderAgrees(g, x.speakerGender(j))) {
			continue
		}
		if want == kindNone || k == want || (want == kindOrg && (k == kindLiteral || orgDescription)) {
			if g != genderFemale || x.speakerGender(j) == g {
				return j
			}
			if unknown < 0 {
				unknown = j
			}
		}
	}
	return unknown
}

// describedSpeaker resolves "the spokesman" to the latest earlier source
// with the same head noun, and "a spokesman" to the next named one.
func (x *extraction) describedSpeaker(order []int, i int, info []resolved) int {
	r := info[i]
	if r.head == "" || campaignNouns[r.head] && ownerPronouns[r.modifier] != "" {
		// "his campaign" is not any earlier campaign: its candidate is
		// the one the text names with the noun (describedOrg)
		return -1
	}
	pos := -1
	for k, j := range order {
		if j == i {
			pos = k
		}
	}
	isRole := roleNouns[r.head] || roleNouns[strings.TrimSuffix(r.head, "s")]
	if r.indefinite {
		for k := pos + 1; k < len(order); k++ {
			j := order[k]
			c := x.cands[j]
			if c.para-x.cands[i].para > 3 {
				break
			}
			// a named person must carry the same role noun: "a spokesman"
			// ... "spokesman John Kirby", not any later speaker
			src := strings.ToLower(x.text[c.q.Source.Start:c.q.Source.End])
			// an organisation only for an organisation's noun, named in the
			// next sentences ("a monitoring group said. … according to the
			// Harbor Observatory"), or one the description itself names ("a
			// 2009 report by the progressive Harbor Institute"): "a report",
			// "a poll", "a friend" are no organisation speaking later
			if isRole && info[j].kind == kindPerson && strings.Contains(src, r.head) && x.namesIn(x.cands[i].q.Source, src) ||
				!isRole && info[j].kind == kindOrg && x.namesDescribedOrg(i, j, r, src) {
				return j
			}
		}
	}
	owner := x.descriptionOwner(x.cands[i].q.Source)
	best := -1
	for k := pos - 1; k >= 0; k-- {
		j := order[k]
		c := x.cands[j]
		if x.cands[i].para-c.para > 12 {
			break
		}
		if c.q.Source.IsEmpty() || c.copyFrom >= 0 || info[j].kind == kindNone {
			continue
		}
		src := strings.ToLower(x.text[c.q.Source.Start:c.q.Source.End])
		if r.modifier != "" && strings.Contains(src, r.modifier+" "+r.head) {
			return j
		}
		// "the Florida senator" is not "Sanders, the senator from
		// Vermont": a name modifying the head must be in the source too,
		// and so must an owner ("Ward's campaign" is not "the Lee campaign")
		if r.properModifier && !containsWord(src, r.modifier) || owner != "" && !containsWord(src, owner) || !x.namesIn(x.cands[i].q.Source, src) {
			continue
		}
		if best < 0 && (x.sourceHead(c.q.Source) == r.head || isRole && strings.Contains(" "+src+" ", " "+r.head+" ")) {
			best = j
		}
	}
	return best
}

// namesDescribedOrg reports whether the organisation source j, after the
// indefinite description i (head r.head) that no role noun heads, names
// what i describes: for an organisation's noun, one in the next sentences
// ("a monitoring group said. … according to the Harbor Observatory"); for
// any noun, one in the same sentence ("In a poll of 800 voters, Acme
// found"), one the description itself names ("a 2009 report by the
// progressive Harbor Institute"), or one whose own source has the same
// noun in the next paragraph ("A new poll suggests … / A Harbor Gazette
// poll found"). "A report", "a friend", "a footnote" are otherwise no
// organisation that speaks later.
func (x *extraction) namesDescribedOrg(i, j int, r resolved, jsrc string) bool {
	ci, cj := x.cands[i], x.cands[j]
	if toks := tokenize(x.text, cj.q.Source.Start, cj.q.Source.End); len(toks) == 0 || quantityWord(toks[0]) && toks[0].lower != "a" && toks[0].lower != "an" {
		return false // "a new poll shows … Six in 10 said": a count, no organisation
	}
	near := cj.para-ci.para <= 1
	if genericOrgNouns[r.head] && near {
		return true
	}
	if ci.para == cj.para && x.paras[ci.para].sentenceOf(ci.q.Source.Start) == x.paras[cj.para].sentenceOf(cj.q.Source.Start) {
		return true
	}
	if info := strings.ToLower(x.text[ci.q.Source.Start:ci.q.Source.End]); r.name != "" && info != "" {
		if n := strings.ToLower(x.firstPass(cj.q.Source).name); n != "" && strings.Contains(info, n) {
			return true
		}
	}
	return near && containsWord(jsrc, r.head)
}

// namesIn reports whether every capitalised word of a description's
// source before its head's phrase, past its first word, is in src, the words of another source it
// would link to: "a Lee campaign spokesman" is not the "State Department
// spokesman" quoted before, nor "one Lee supporter" the "Tom Ward, a Vance
// supporter" quoted after.
func (x *extraction) namesIn(desc pipeline.Span, src string) bool {
	for k, t := range tokenize(x.text, desc.Start, desc.End) {
		if t.kind != 'w' || k > 0 && headStops[t.lower] {
			break // "a spokesman for the Parks Department": whom the holder serves
		}
		if k > 0 && isCapitalized(t.text) && !containsWord(src, trimPossessive(t.text)) {
			return false
		}
	}
	return true
}

// sourceHead returns the lower-cased head word of a source: the last word
// before a comma or a preposition.
func (x *extraction) sourceHead(src pipeline.Span) string {
	head := ""
	for k, t := range tokenize(x.text, src.Start, src.End) {
		if t.kind == 'p' || k > 0 && (t.lower == "of" || t.lower == "on" || t.lower == "for" || t.lower == "at" || t.lower == "in" || t.lower == "from") {
			break
		}
		if t.kind == 'w' {
			head = t.lower
		}
	}
	return head
}

func (x *extraction) paraKindAt(off int) pipeline.ZoneKind {
	for _, p := range x.paras {
		if off >= p.start && off < p.end {
			return p.kind
		}
	}
	return pipeline.ZoneBody
}

// beForms are the forms of "be" that make a reporting verb passive.
var beForms = set("is", "was", "are", "were", "be", "been", "being")

// impersonalIt reports whether an "it" source is the empty subject of a
// passive report ("it was widely reported that", "it is said that"):
// the words between the pronoun and the cue hold a form of "be" and
// nothing but words. The report is no one's the text names; the thing
// named in the sentence before did not say it.
func (x *extraction) impersonalIt(r resolved, q pipeline.Quote) bool {
	if r.head != "it" || q.Cue.IsEmpty() || q.Cue.Start < q.Source.End {
		return false
	}
	passive := false
	for _, t := range tokenize(x.text, q.Source.End, q.Cue.Start) {
		if t.kind != 'w' {
			return false
		}
		passive = passive || beForms[t.lower]
	}
	return passive
}

// personDescription reports whether a speaker is a description of a person
// or of people by its head, the last word before a preposition
// ("spokesman for the lender", "senior officials"): no "it".
func personDescription(speaker string) bool {
	w := strings.Fields(strings.ToLower(speaker))
	head := ""
	for _, t := range w {
		if prepositionWords[t] {
			break
		}
		head = t
	}
	return roleNouns[head] || roleNouns[strings.TrimSuffix(head, "s")] || peopleNouns[head] || genderedWords[head] != genderUnknown
}
