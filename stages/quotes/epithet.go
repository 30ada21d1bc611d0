package quotes

// Definite descriptions of the person just spoken of: "Sen. Ann Lee
// defended the bill. / “…,” the senator said", "Lee told reporters … /
// The candidate declined to say". News writers vary the name of the
// person a passage is about with such epithets; a reader takes them for
// that person when the text names the person with the noun.

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// epithetNouns head a definite description that news uses for the person
// a passage is about, besides the offices of officeNouns: "the
// candidate", "the real estate mogul", "the actress".
var epithetNouns = set("candidate", "nominee", "frontrunner", "front-runner", "mogul",
	"billionaire", "businessman", "businesswoman", "actor", "actress", "singer", "star",
	"politician", "lawmaker", "democrat", "republican", "contender", "challenger",
	"incumbent", "hopeful", "tycoon", "developer", "entrepreneur", "celebrity")

// epithetHolder resolves a definite, singular description of a person
// ("the senator", "the presumptive nominee") that neither an earlier
// source nor a title in the text pins down, to the person the text was
// just speaking of: the last person speaker of the paragraph, else among
// the persons this paragraph or the one before names outside quote marks
// the one the document has named most often so far (the person the
// passage is about, not one mentioned on the way: "Lee urged Mayor Ann
// Ward to act. Ward refused. / “…,” the candidate said" is Lee), the
// first on a tie.
//
// That person must be one the text names with the noun somewhere: before
// the name ("Republican candidate Ann Lee", "Sen. Ann Lee") or in an
// appositive after it ("Lee, the party's nominee"); else the description
// stays as written, for a noun the text does not tie to the person the
// passage is about ("the minority leader") is often someone else, and the
// last one titled so ("Sen. John Roe") is often not the one spoken of.
//
// It stays unresolved when the text brought in someone new with the
// noun ("an organizer … / the organizer said"), when a name modifies the
// noun ("the French president" is often someone new), and when the
// noun's gender disagrees with the person's first name.
func (x *extraction) epithetHolder(order []int, i int, info []resolved) (name, eid string) {
	r, c := info[i], &x.cands[i]
	off := c.q.Source.Start
	if !r.definite || r.properModifier || !(officeNouns[r.head] || epithetNouns[r.head]) || x.introducedBefore(r.head, off) {
		return "", ""
	}
	// the named words of the description ("the Democratic candidate")
	// must name the person too: Ann Lee is no "Democratic candidate"
	// for being a "Republican candidate"
	var names []string
	for k, t := range tokenize(x.text, c.q.Source.Start, c.q.Source.End) {
		if t.lower == r.head {
			break
		}
		if k > 0 && t.kind == 'w' && isCapitalized(t.text) {
			names = append(names, strings.ToLower(trimPossessive(t.text)))
		}
	}
	// the last person speaker of the same paragraph, else the person the
	// document has named most often so far among those spoken of just
	// before; never one the quotation names (“As you know, Mr. Lee, …”,
	// the moderator said)
	best := -1
	if j := x.previousSpeaker(order, i, info, kindPerson, 0); j >= 0 && x.cands[j].q.SpeakerEntityID != "" && !x.namedIn(x.cands[j].q.SpeakerEntityID, c.q.Content) {
		name, eid, best = x.cands[j].q.Speaker, x.cands[j].q.SpeakerEntityID, 1<<30
	}
	for pi := c.para; best < 1<<30 && pi >= 0 && c.para-pi <= 1; pi-- {
		p := &x.paras[pi]
		for k := range x.d.Mentions {
			m := &x.d.Mentions[k]
			if m.Label != pipeline.LabelPerson || m.Start < p.start || m.End > min(p.end, off) || m.EntityID == "" || x.insideMark(p, m.Start) || x.namedIn(m.EntityID, c.q.Content) {
				continue
			}
			if n := x.mentionsBefore(m.EntityID, off); n > best {
				name, eid, best = x.personName(m), m.EntityID, n
			}
		}
	}
	if name != "" && !x.linkedTo(eid, r.head, names, c.q.Source) {
		return "", ""
	}
	if name == "" || !genderAgrees(genderedWords[r.head], x.personGender(name, eid, off)) {
		return "", ""
	}
	return name, eid
}

// namedIn reports whether a mention of entity eid lies inside s.
func (x *extraction) namedIn(eid string, s pipeline.Span) bool {
	for k := range x.d.Mentions {
		if m := &x.d.Mentions[k]; m.EntityID == eid && s.Contains(m.Span) {
			return true
		}
	}
	return false
}

// mentionsBefore counts the mentions of entity eid that end by off.
func (x *extraction) mentionsBefore(eid string, off int) int {
	n := 0
	for k := range x.d.Mentions {
		if m := &x.d.Mentions[k]; m.EntityID == eid && m.End <= off {
			n++
		}
	}
	return n
}

// introducedBefore reports whether the text before off brings in someone
// with the noun and an indefinite article: "an organizer", "a Senate
// candidate"; not an appositive, which names the person ("Ann Lee, a
// senator from Ohio").
func (x *extraction) introducedBefore(noun string, off int) bool {
	for pi := range x.paras {
		p := &x.paras[pi]
		if p.start >= off {
			break
		}
		for k, t := range p.toks {
			if t.start >= off {
				break
			}
			if t.lower != noun {
				continue
			}
			for b := k - 1; b >= 0 && k-b <= 4 && p.toks[b].kind == 'w'; b-- {
				if l := p.toks[b].lower; l == "a" || l == "an" {
					return b == 0 || p.toks[b-1].text != ","
				}
			}
		}
	}
	return false
}

// linkedTo reports whether the text names entity eid with the noun: the
// noun or its short form right before a mention, titles aside ("GOP
// presidential candidate Ann Lee", "Sen. Ann Lee"), or in an appositive
// right after one ("Ann Lee, the party's nominee, ..."); the named words
// of the description (lower case) among those words or the four before. The description
// itself is no link: in "an interview with Ann Lee, the candidate said"
// the candidate is someone else.
func (x *extraction) linkedTo(eid, noun string, names []string, self pipeline.Span) bool {
	for k := range x.d.Mentions {
		m := &x.d.Mentions[k]
		if m.EntityID != eid {
			continue
		}
		p := x.paraHolding(m.Span)
		if p == nil {
			continue
		}
		// the noun right before the name, or before its other names
		// and titles: "candidate Ann Lee", "senator and Dr. Ann Lee";
		// with up to four modifiers before it
		b := p.tokIndex(m.Start)
		j := b - 1
		for j >= 0 && p.toks[j].kind == 'w' && p.toks[j].lower != noun && roleAbbreviations[p.toks[j].lower] != noun && isCapitalized(p.toks[j].text) {
			j--
		}
		if j >= 0 && p.toks[j].kind == 'w' && (p.toks[j].lower == noun || roleAbbreviations[p.toks[j].lower] == noun) {
			lo := j
			for lo > 0 && j-lo < 4 && p.toks[lo-1].kind == 'w' {
				lo--
			}
			if hasNoun(p.toks[lo:b], noun, names) {
				return true
			}
		}
		e := b
		for e < len(p.toks) && p.toks[e].start < m.End {
			e++
		}
		if e < len(p.toks) && p.toks[e].text == "," {
			hi := e + 1
			for hi < len(p.toks) && hi-e <= 8 && p.toks[hi].kind == 'w' {
				hi++
			}
			if hi > e+1 && !self.Contains(pipeline.Span{Start: p.toks[e+1].start, End: p.toks[e+1].end}) && hasNoun(p.toks[e+1:hi], noun, names) {
				return true
			}
		}
	}
	return false
}

// hasNoun reports whether words hold the noun (or its short form) and
// every one of names.
func hasNoun(words []token, noun string, names []string) bool {
	found := false
	seen := map[string]bool{}
	for _, t := range words {
		found = found || t.lower == noun || roleAbbreviations[t.lower] == noun
		seen[strings.ToLower(trimPossessive(t.text))] = true
	}
	for _, n := range names {
		found = found && seen[n]
	}
	return found
}
