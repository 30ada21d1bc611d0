package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// campaignNouns head a description of a candidate's campaign, which the
// text names with its candidate: "the Lee campaign", "Lee's campaign".
// The speaker of such a campaign is the candidate, as for a source that
// names it ("the Lee campaign said" gives Ann Lee).
var campaignNouns = set("campaign")

// newspaperNouns head a description of a newspaper, which the text names
// by its masthead: "the Harbor Gazette reported … / the newspaper said".
var newspaperNouns = set("newspaper", "paper", "daily")

// mastheadWords are the words newspaper names are made of.
var mastheadWords = set("times", "post", "journal", "tribune", "herald", "gazette", "globe",
	"chronicle", "inquirer", "sentinel", "register", "examiner", "observer", "guardian",
	"telegraph", "independent", "courier", "bulletin", "dispatch", "star", "daily",
	"sun", "record", "press", "mirror", "express", "plain", "dealer", "enquirer")

// orgDescriptionNouns head a description of an organisation beyond those
// of genericOrgNouns: "the union", "the magazine", "the foundation".
var orgDescriptionNouns = set("union", "magazine", "foundation", "commission", "caucus",
	"station", "association", "federation", "society", "league", "bureau", "board", "panel",
	"website", "site", "publication")

// agencyNameWords make an organisation's name one of a public body, which
// "the agency" describes: "the State Department … / the agency said".
var agencyNameWords = set("department", "agency", "bureau", "administration", "service",
	"commission", "office")

// describedOrg resolves "the campaign", "the newspaper" and a definite
// organisation noun ("the group", "the committee") to the one body the
// text names with that noun in the paragraph or the two before it,
// outside quotation marks: the candidate of "the Lee campaign" (but
// "Lee's campaign" as written, the way a source so worded is given), the
// newspaper of a masthead ("the Harbor Gazette"), the organisation an
// appositive describes with the noun ("Acme, a watchdog group") or that
// the noun stands right before ("the advocacy group Acme"). When two
// bodies fit, the description is left as it is.
func (x *extraction) describedOrg(r resolved, pi, off int) (name, eid string) {
	// "his campaign": the candidate of that gender the text names with
	// the noun, as "his claim" is his
	owner := ownerPronouns[r.modifier]
	noun := r.head
	if r.head == "board" && r.modifier == "editorial" && r.definite {
		// "the editorial board", "the paper's editorial board" writes
		// what its newspaper says: the masthead named before
		noun, owner = "newspaper", ""
	} else if !campaignNouns[r.head] || !personPronouns[owner] {
		owner = ""
		if !r.definite || (r.modifier != "" && !determiners[r.modifier]) {
			return "", ""
		}
	}
	lo := x.paras[pi].start
	for k := pi - 1; k >= 0 && pi-k <= 2 && x.paras[k].kind == x.paras[pi].kind; k-- {
		lo = x.paras[k].start
	}
	end := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	var fit *pipeline.Mention
	for k := end - 1; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.End > off || x.quotedAt(m.Start) || !x.namesWith(m, noun) ||
			owner != "" && !genderAgrees(pronounGender(owner), x.mentionGender(m)) {
			continue
		}
		if fit != nil && fit.EntityID != m.EntityID {
			return "", "" // two bodies fit: which one is not told
		}
		fit = m
	}
	if fit == nil && campaignNouns[noun] {
		fit = x.campaigner(pi, off, owner)
	}
	if fit == nil && campaignNouns[noun] {
		if m := x.campaignHolder(pi, off, owner); m != nil {
			name := x.personName(m)
			return name, x.entityFor(name, m.EntityID)
		}
	}
	switch {
	case fit == nil && (noun == "website" || noun == "site"):
		return x.webAddress(lo, off), ""
	case fit == nil:
		return "", ""
	case fit.Label == pipeline.LabelPerson && owner == "" && isPossessor(x.text, fit.Span):
		// "Lee's campaign" is the campaign, as when it is the source
		toks := tokenize(x.text, fit.End, min(len(x.text), fit.End+24))
		for _, t := range toks {
			if t.lower == noun {
				return x.text[fit.Start:t.end], ""
			}
		}
		return "", ""
	case fit.Label == pipeline.LabelPerson:
		name := x.personName(fit) // "the Lee campaign" is Lee's, as when it is the source
		return name, x.entityFor(name, fit.EntityID)
	}
	return fit.Canonical, fit.EntityID
}

// namesWith reports whether the text names mention m with noun: a person
// before "campaign", a masthead for "newspaper", a public body for
// "agency", else an organisation whose name holds the noun ("the Harbor
// Pilots union") or with the noun in an appositive after it or right
// before or after it.
func (x *extraction) namesWith(m *pipeline.Mention, noun string) bool {
	after := x.text[m.End:min(len(x.text), m.End+60)]
	switch {
	case campaignNouns[noun]:
		if m.Label != pipeline.LabelPerson {
			return false
		}
		for _, suf := range []string{"'s", "’s", "'", "’"} {
			if strings.HasPrefix(after, suf) {
				after = after[len(suf):]
				break
			}
		}
		toks := tokenize(after, 0, len(after))
		return len(toks) > 0 && toks[0].lower == noun
	case m.Label != pipeline.LabelOrg:
		return false
	case newspaperNouns[noun]:
		for _, t := range tokenize(m.Text, 0, len(m.Text)) {
			if mastheadWords[strings.ToLower(trimPossessive(t.text))] {
				return true
			}
		}
	case noun == "agency":
		for _, t := range tokenize(m.Text, 0, len(m.Text)) {
			if agencyNameWords[strings.ToLower(t.text)] {
				return true
			}
		}
	}
	return containsWord(m.Text, noun) || containsWord(m.Canonical, noun) || describedAs(after, noun) || x.nounBefore(m.Start, noun) || nounAfter(after, noun)
}

// nounAfter reports whether the text after a name goes on with noun: "the
// Harbor Pilots union", "Acme magazine’s".
func nounAfter(after, noun string) bool {
	toks := tokenize(after, 0, min(len(after), 24))
	return len(toks) > 0 && strings.ToLower(trimPossessive(toks[0].text)) == noun
}

// nounBefore reports whether noun is the word right before offset off:
// "the advocacy group Acme".
func (x *extraction) nounBefore(off int, noun string) bool {
	toks := tokenize(x.text, max(0, off-24), off)
	return len(toks) > 0 && toks[len(toks)-1].lower == noun
}

// campaigner returns the candidate whose campaign "the campaign" or "his
// campaign" is when no one near it is named with the noun: the person
// the passage is about (the one the document has named most often so
// far among those this paragraph and the one before name outside quote
// marks, of the pronoun's gender for "his" and "her"), if the text names
// that person with a campaign somewhere ("the Lee campaign", "Lee's
// campaign"); else nil. "Lee thanked donors in Ohio. / The campaign said
// …" is Lee's campaign when the text speaks of Lee's campaign elsewhere;
// a campaign manager spoken of on the way is named less often.
func (x *extraction) campaigner(pi, off int, owner string) *pipeline.Mention {
	var best *pipeline.Mention
	most := 0
	for k := pi; k >= 0 && pi-k <= 1 && x.paras[k].kind == x.paras[pi].kind; k-- {
		p := &x.paras[k]
		for mi := range x.d.Mentions {
			m := &x.d.Mentions[mi]
			if m.Label != pipeline.LabelPerson || m.EntityID == "" || m.Start < p.start || m.End > min(p.end, off) || x.quotedAt(m.Start) ||
				owner != "" && !genderAgrees(pronounGender(owner), x.mentionGender(m)) {
				continue
			}
			if n := x.mentionsBefore(m.EntityID, off); n > most {
				best, most = m, n
			}
		}
	}
	if best == nil {
		return nil
	}
	for mi := range x.d.Mentions {
		if m := &x.d.Mentions[mi]; m.EntityID == best.EntityID && x.namesWith(m, "campaign") {
			return best
		}
	}
	return nil
}

// campaignHolder returns the candidate of "the campaign", "his campaign"
// or "her campaign" when the text names no one with the noun: the one
// person named outside quote marks in the description's sentence before
// it ("Lee toured the mills, and the campaign said"), and for "his" and
// "her" the one of that gender there, else in the sentence before, else
// earlier in the paragraph ("Lee's team was pleased. / Her campaign
// wrote"), else in the paragraph before (a paragraph opening with "On
// Saturday, his campaign" after one about the candidate). Two persons at the nearest reach that has any leave it
// unresolved, as does a person named with a role before the name
// ("campaign manager Tom Ward", "aide Ann Lee"): staff speak for a
// campaign, they do not own it. "the campaign" stops at its sentence:
// the person the sentence before speaks of is as often an aide.
func (x *extraction) campaignHolder(pi, off int, owner string) *pipeline.Mention {
	p := &x.paras[pi]
	reach := []int{}
	for k, s := range p.sents {
		if s[0] <= off && off < s[1] {
			reach = append(reach, s[0])
			if owner != "" {
				if k > 0 {
					reach = append(reach, p.sents[k-1][0])
				}
				reach = append(reach, p.start)
				if pi > 0 && x.paras[pi-1].kind == p.kind {
					reach = append(reach, x.paras[pi-1].start)
				}
			}
			break
		}
	}
	for _, lo := range reach {
		var one *pipeline.Mention
		for mi := range x.d.Mentions {
			m := &x.d.Mentions[mi]
			if m.Start < lo || m.End > off || m.Label != pipeline.LabelPerson || m.EntityID == "" || x.quotedAt(m.Start) {
				continue
			}
			if owner != "" && !genderAgrees(pronounGender(owner), nameGender(x.personName(m))) {
				continue
			}
			if x.roleBefore(m.Start) || one != nil && one.EntityID != m.EntityID {
				return nil
			}
			one = m
		}
		if one != nil {
			return one
		}
	}
	return nil
}

// roleBefore reports whether a role noun ("manager", "aide",
// "spokeswoman") stands right before offset off, naming the person there
// by the post they hold.
func (x *extraction) roleBefore(off int) bool {
	toks := tokenize(x.text, max(0, off-24), off)
	return len(toks) > 0 && (roleNouns[toks[len(toks)-1].lower] || officeNouns[toks[len(toks)-1].lower])
}

// webSuffixes end the web addresses a site or an online business is named
// by: "Acme.com".
var webSuffixes = []string{".com", ".org", ".net"}

// webAddress returns the one web address the text writes in [lo, off)
// outside quotation marks ("a statement posted on Acme.com"), which no
// entity model tags as an organisation; "" when there is none or two
// differ. "the website" and "the company" named by nothing else are the
// business the address names.
func (x *extraction) webAddress(lo, off int) string {
	one := ""
	for _, suf := range webSuffixes {
		for from := lo; ; {
			k := strings.Index(x.text[from:off], suf)
			if k < 0 {
				break
			}
			end := from + k + len(suf)
			from = end
			if end < len(x.text) && isAlnum(x.text[end]) {
				continue // ".community", ".network"
			}
			start := end - len(suf)
			for start > lo && (isAlnum(x.text[start-1]) || x.text[start-1] == '-') {
				start--
			}
			if start == end-len(suf) || x.quotedAt(start) {
				continue
			}
			addr := x.text[start:end]
			if one != "" && !strings.EqualFold(one, addr) {
				return ""
			}
			one = addr
		}
	}
	return one
}

// isAlnum reports whether b is an ASCII letter or digit.
func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
