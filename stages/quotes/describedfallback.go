package quotes

// A definite description that no earlier source shares its head with
// (describedFallback): "the spokesman" to the person last named with the
// role (titleHolder), "the ministry" to the organisation whose name holds
// the noun (namedOrg), "the group" to the organisation that spoke last or
// opens an earlier sentence, or to the one organisation named just before
// (soleOrgBefore). "The company" is in business.go.

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// describedFallback resolves a definite description that no earlier source
// shares its head with: "the spokesman" to the last person named with that
// role, "the ministry" to the last organisation whose name holds the noun,
// and "the group" (a noun any organisation can take) to the organisation
// that spoke last or opens an earlier sentence of the paragraph.
func (x *extraction) describedFallback(order []int, i int, info []resolved) (name, eid string) {
	r, c := info[i], &x.cands[i]
	if r.head == "" || r.indefinite {
		return "", ""
	}
	if campaignNouns[r.head] {
		return x.describedOrg(r, c.para, c.q.Source.Start)
	}
	if officeNouns[r.head] {
		if w := x.titleHolder(r.head, r.modifier, c.para, c.q.Source.Start); w != "" {
			return w, ""
		}
		// "Marco Rubio … stressed defense issues. / The Florida senator
		// told reporters": a role pinned by a place, held by no one the
		// text titles so, is the person the text just spoke of. A role
		// pinned by a nationality, a party or an organisation ("the French
		// president", "the FBI director") is too often someone new.
		if r.placeModifier {
			for pi := c.para; pi >= 0 && c.para-pi <= 1; pi-- {
				if name, eid, at := x.personSubject(pi, c.q.Source.Start); at >= 0 && !strings.Contains(name, " and ") {
					return name, eid
				}
			}
		}
		return "", ""
	}
	if !genericOrgNouns[r.head] && (campaignNouns[r.head] || newspaperNouns[r.head] || orgDescriptionNouns[r.head]) {
		return x.describedOrg(r, c.para, c.q.Source.Start)
	}
	if roleNouns[r.head] || !genericOrgNouns[r.head] {
		return "", ""
	}
	if name, eid := x.namedOrg(r.head, c.q.Source.Start); name != "" && sharesModifier(name, r.modifier) {
		return name, eid
	}
	if !companyNouns[r.head] {
		// "the newspaper", "the agency": the one body the text names with the noun
		if name, eid := x.describedOrg(r, c.para, c.q.Source.Start); name != "" {
			return name, eid
		}
	}
	if companyNouns[r.head] && r.definite {
		if otherBusiness[r.modifier] {
			return "", "" // "the combined company" is neither of the two just named
		}
		return x.lastBusiness(c.para, c.q.Source.Start, r.head)
	}
	if !anyOrgNouns[r.head] {
		return "", ""
	}
	j := x.previousSpeaker(order, i, info, kindOrg, 1)
	if j >= 0 && info[j].kind == kindLiteral {
		j = -1
	}
	if name, eid, at := x.sentenceSubject(c.para, c.q.Source.Start, false); at >= 0 && (j < 0 || x.cands[j].para < c.para || at > x.anchor(j)) {
		return name, eid
	}
	if j >= 0 {
		return x.cands[j].q.Speaker, x.cands[j].q.SpeakerEntityID
	}
	return x.soleOrgBefore(c.para, c.q.Source.Start)
}

// genericOrgNouns head a description of an organisation: "the group", "the
// ministry", "the agency".
var genericOrgNouns = set("group", "ministry", "agency", "organisation", "organization",
	"movement", "militia", "government", "army", "military", "coalition", "observatory",
	"department", "office", "committee", "council", "company", "party", "alliance",
	"network", "outlet", "newspaper", "channel", "broadcaster", "authority", "authorities",
	"command", "institute", "center", "centre", "agency", "regime", "administration")

// anyOrgNouns can stand for any organisation named just before ("the
// group" after "Human Rights Watch"), unlike "the ministry".
var anyOrgNouns = set("group", "organisation", "organization", "movement", "militia")

// officeNouns are roles that one named person holds and the text names
// with the role ("spokesman John Kirby"), so "the spokesman" is that
// person. Everyday nouns ("the man", "the witness") are left out.
var officeNouns = set("spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
	"director", "president", "commander", "governor", "mayor", "ambassador", "envoy",
	"chairman", "chairwoman", "senator", "prosecutor", "conductor", "founder", "premier",
	"chancellor", "negotiator", "correspondent", "editor", "host", "anchor", "moderator",
	"columnist", "commentator", "interviewer", "congressman", "congresswoman", "strategist", "pollster",
	"leader", "judge")

// roleAbbreviations are the written short forms of roles before a name
// ("Florida Sen. Marco Rubio" holds "the Florida senator").
var roleAbbreviations = map[string]string{"sen.": "senator", "gov.": "governor", "pres.": "president",
	"amb.": "ambassador", "cmdr.": "commander", "gen.": "general"}

// titleHolder returns the person named with a role noun before off in the
// last few paragraphs: "spokesman John Kirby", "John Kirby, a Pentagon
// spokesman", "the spokesman, John Kirby".
//
// A modifier of the description must precede the role there too: "the
// foreign minister" is not "Defence Minister Sergei Shoigu".
func (x *extraction) titleHolder(role, modifier string, pi, off int) string {
	for qi := pi; qi >= 0 && pi-qi <= 12; qi-- {
		p := &x.paras[qi]
		for k := len(p.toks) - 1; k >= 0; k-- {
			t := p.toks[k]
			// a short form only with the modifier that pins it: "the
			// senator" is rather the person just spoken of than the last
			// "Sen." named
			if t.end > off || t.lower != role && (roleAbbreviations[t.lower] != role || modifier == "" || determiners[modifier]) {
				continue
			}
			if modifier != "" && !determiners[modifier] && (k == 0 || p.toks[k-1].lower != modifier) {
				continue
			}
			// the name after the role: "spokesman John Kirby", "spokesman, John Kirby,"
			e := k + 1
			if e < len(p.toks) && p.toks[e].text == "," {
				e++
			}
			if w := nameAt(p, e); w != "" {
				return w
			}
			// the name before an appositive: "John Kirby, a Pentagon spokesman"
			for b := k - 1; b >= 0 && k-b <= 6; b-- {
				if p.toks[b].text == "," {
					if w := nameEndingAt(p, b); w != "" {
						return w
					}
					break
				}
				if p.toks[b].kind != 'w' {
					break
				}
			}
		}
	}
	return ""
}

// nameAt returns the person name (titles dropped) of the capitalised run
// starting at token k, or "".
func nameAt(p *para, k int) string {
	var w []string
	for e := k; e < len(p.toks) && isNameTok(p.toks[e]) && len(w) < 6; e++ {
		w = append(w, p.toks[e].text)
	}
	if w = stripTitles(w); personLike(w) {
		return strings.Join(w, " ")
	}
	return ""
}

// nameEndingAt returns the person name of the capitalised run ending just
// before token e, or "".
func nameEndingAt(p *para, e int) string {
	b := e
	for b > 0 && isNameTok(p.toks[b-1]) && e-b < 6 {
		b--
	}
	var w []string
	for k := b; k < e; k++ {
		w = append(w, p.toks[k].text)
	}
	if w = stripTitles(w); personLike(w) {
		return strings.Join(w, " ")
	}
	return ""
}

// namedOrg returns the organisation named before off whose name holds the
// head noun ("the ministry" -> "Defence Ministry"): the tagged ORG mention
// (canonical name) when there are mentions, else the capitalised run.
func (x *extraction) namedOrg(head string, off int) (name, eid string) {
	if len(x.d.Mentions) > 0 {
		// the last organisation ending by off whose name holds the word
		orgs := x.orgsWithWord()[strings.ToLower(head)]
		k := sort.Search(len(orgs), func(k int) bool { return x.d.Mentions[orgs[k]].End > off })
		if k == 0 {
			return "", ""
		}
		m := x.d.Mentions[orgs[k-1]]
		return m.Canonical, m.EntityID
	}
	for k := len(x.names) - 1; k >= 0; k-- {
		r := x.names[k]
		if r.end > off || x.paraKindAt(r.start) == pipeline.ZoneHeadline {
			continue
		}
		for _, w := range r.words {
			if strings.EqualFold(trimPossessive(w), head) {
				return strings.Join(r.words, " "), ""
			}
		}
	}
	return "", ""
}

// orgsWithWord maps each word (lower case, possessive trimmed) of the text
// or canonical name of an organisation mention to the indexes of those
// mentions, in text order; built on first use.
func (x *extraction) orgsWithWord() map[string][]int {
	if x.orgWords != nil {
		return x.orgWords
	}
	x.orgWords = map[string][]int{}
	for i, m := range x.d.Mentions {
		if m.Label != pipeline.LabelOrg {
			continue
		}
		for _, s := range [2]string{m.Text, m.Canonical} {
			for _, t := range tokenize(s, 0, len(s)) {
				if t.kind != 'w' {
					continue
				}
				w := strings.ToLower(trimPossessive(t.text))
				if list := x.orgWords[w]; len(list) == 0 || list[len(list)-1] != i {
					x.orgWords[w] = append(list, i)
				}
			}
		}
	}
	return x.orgWords
}

// sharesModifier reports whether an organisation's name agrees with the
// word before the head noun of its description: "the nuclear agency" is
// not the "Central Intelligence Agency", "the defense ministry" is the
// "Ministry of Defence" (a shared stem of five letters is enough).
func sharesModifier(name, modifier string) bool {
	if modifier == "" || determiners[modifier] || len(modifier) < 3 || strings.ContainsAny(modifier, "'’") {
		return true
	}
	stem := modifier[:min(5, len(modifier))]
	for _, t := range tokenize(name, 0, len(name)) {
		if strings.HasPrefix(strings.ToLower(t.text), stem) {
			return true
		}
	}
	return false
}

// soleOrgBefore returns the one organisation that the sentence holding off
// (before off) and the sentence before it name outside quotation marks:
// "Ward helps lead a program called Fair Rivers. The group seeks …", "At
// a meeting of the Harbor Caucus, of which he is a member, Ward argued
// that the group should …". Two bodies there leave it unresolved.
func (x *extraction) soleOrgBefore(pi, off int) (name, eid string) {
	p := &x.paras[pi]
	lo := p.sentenceOf(off)[0]
	for k, s := range p.sents {
		if s[0] == lo && k > 0 {
			lo = p.sents[k-1][0]
			break
		}
	}
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	var fit *pipeline.Mention
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelOrg || m.End > off || x.quotedAt(m.Start) {
			continue
		}
		if fit != nil && fit.EntityID != m.EntityID {
			return "", ""
		}
		fit = m
	}
	if fit == nil {
		return "", ""
	}
	return fit.Canonical, fit.EntityID
}
