package quotes

// "The company" resolved to the business the text named last
// (lastBusiness), or to one it describes with the noun ("Acme, the parent
// company of Bolt"); a business tagged as something else but spoken of as
// "it" (thingNamed); and the modifiers that make it another company.

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// companyNouns head a description of a business, which the text names
// just before it: "Acme reported a loss. The company said …".
var companyNouns = set("company", "firm")

// otherBusiness modifiers make "the company" another than the one named
// last: "the combined company", "the rival firm".
var otherBusiness = set("combined", "merged", "new", "other", "rival", "parent")

// lastBusiness resolves "the company" to the organisation named last
// before off in paragraph pi or the one before it, outside quotation
// marks ("Acme's shares fell. The company said …"); one the text
// describes with the noun ("Acme, the parent company of Bolt") wins
// over the names after it.
func (x *extraction) lastBusiness(pi, off int, head string) (name, eid string) {
	lo := x.paras[pi].start
	if pi > 0 && x.paras[pi-1].kind == x.paras[pi].kind {
		lo = x.paras[pi-1].start
	}
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	var last *pipeline.Mention
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelOrg || x.quotedAt(m.Start) {
			continue
		}
		if describedAs(x.text[m.End:min(len(x.text), m.End+60)], head) {
			return m.Canonical, m.EntityID
		}
		if last == nil {
			last = m
		}
	}
	if last == nil {
		// a business the entity layer tags as a person or a place, which
		// the text calls "it" ("Acme has lost money since its listing")
		if m := x.thingNamed(lo, off); m != nil {
			return m.Text, m.EntityID
		}
		// a business the text names only by its web address
		return x.webAddress(lo, off), ""
	}
	return last.Canonical, last.EntityID
}

// thingNamed returns the last one-word mention in [lo, off), outside
// quotation marks, that the entity layer does not tag as an organisation
// but that the text speaks of as a thing: "its" or "itself" among the
// next six words of its sentence, before any other name, or ", which"
// right after it ("firms such as Acme, which fought the levy").
func (x *extraction) thingNamed(lo, off int) *pipeline.Mention {
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= off })
	for k--; k >= 0 && x.d.Mentions[k].Start >= lo; k-- {
		m := &x.d.Mentions[k]
		if m.Label == pipeline.LabelOrg || strings.ContainsAny(m.Text, " ’'") || x.quotedAt(m.Start) {
			continue
		}
		if _, first := firstNameGender[m.Text]; first {
			continue
		}
		toks := tokenize(x.text, m.End, min(len(x.text), m.End+80))
		if len(toks) > 1 && toks[0].text == "," && toks[1].lower == "which" {
			return m
		}
		for i, t := range toks {
			if i >= 6 || t.text == "." || t.kind == 'w' && isCapitalized(t.text) {
				break
			}
			if t.lower == "its" || t.lower == "itself" {
				return m
			}
		}
	}
	return nil
}

// describedAs reports whether the text after a name is an appositive
// headed by noun: ", the parent company of", ", a drug company".
func describedAs(after, noun string) bool {
	toks := tokenize(after, 0, len(after))
	if len(toks) < 3 || toks[0].text != "," || !determiners[toks[1].lower] {
		return false
	}
	for _, t := range toks[2:min(len(toks), 6)] {
		if t.kind != 'w' || headStops[t.lower] {
			return false
		}
		if t.lower == noun {
			return true
		}
	}
	return false
}
