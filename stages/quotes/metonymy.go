package quotes

// A country source that stands for the state body quoted just before it
// (metonymicSpeaker): "Russia's defense ministry says ... Russia said ..."
// gives the ministry. A country is matched to the body by its name, its
// canonical name or its demonym (isDemonymOf).

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// stateBodyWords head an organisation that acts for its country, so that a
// bare country name right after it is metonymy for it: "Russia's defense
// ministry says ... Russia said ...". Outlets and agencies are left out: a
// state news agency reports, it does not speak for the state.
var stateBodyWords = set("ministry", "ministries", "military", "army", "armed", "forces",
	"navy", "government", "administration", "cabinet", "embassy", "authorities",
	"command", "presidency", "department", "office", "mission", "kremlin")

// demonymEndings are what a nationality adds to the shared stem of its
// country: Russia-n, Syria-n, Iran-ian, Chin-ese, Brit-ish, Israel-i, German.
var demonymEndings = set("", "n", "an", "ian", "ean", "ese", "i", "ish", "ic", "ine")

// isDemonymOf reports whether word is the nationality adjective of country
// by their spelling alone: a shared stem of at least four letters that
// leaves at most three letters of the country ("Britain"/"British",
// "Germany"/"German", "Ukraine"/"Ukrainian") and a nationality ending on
// the word. "Australian" is not the demonym of "Austria", nor "Russ" of
// "Russia": a word that stops inside the country may only drop its last
// letter.
func isDemonymOf(word, country string) bool {
	if word == "" || country == "" || strings.ContainsRune(country, ' ') {
		return false
	}
	n := 0
	for n < len(word) && n < len(country) && word[n] == country[n] {
		n++
	}
	if n < 4 || len(country)-n > 3 || !demonymEndings[word[n:]] || n == len(word) && len(country)-n > 1 {
		return false
	}
	return word != country
}

// countrySource returns the country a source names when the source is
// nothing else ("Russia", "the United States"): the text of the country
// and, when the entities stage tagged it, its canonical name. Without
// mentions a lone capitalised name that is neither an organisation nor a
// person counts; the demonym and state-body checks guard the rest.
func (x *extraction) countrySource(src pipeline.Span) (text, canon string, ok bool) {
	toks := tokenize(x.text, src.Start, src.End)
	if len(toks) > 0 && toks[0].lower == "the" {
		toks = toks[1:]
	}
	if len(toks) == 0 || len(toks) > 3 {
		return "", "", false
	}
	inner := pipeline.Span{Start: toks[0].start, End: toks[len(toks)-1].end}
	if len(x.d.Mentions) > 0 {
		lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: inner.Start, End: inner.Start + 1})
		for _, m := range x.d.Mentions[lo:hi] {
			if m.Span == inner && m.Label == pipeline.LabelGPE {
				return x.text[inner.Start:inner.End], m.Canonical, true
			}
		}
		return "", "", false
	}
	words := make([]string, len(toks))
	for k, t := range toks {
		if !isNameTok(t) {
			return "", "", false
		}
		words[k] = t.text
	}
	if orgLike(words) || personLike(stripTitles(words)) {
		return "", "", false
	}
	return x.text[inner.Start:inner.End], "", true
}

// actsForCountry reports whether candidate j's source or resolved speaker
// is a state body of the country: "Russia's defense ministry", "the
// Russian military", "Russian Ministry of Defence".
func (x *extraction) actsForCountry(j int, country, canon string) bool {
	c := &x.cands[j]
	texts := [2]string{c.q.Speaker, ""}
	if !c.q.Source.IsEmpty() {
		texts[1] = x.text[c.q.Source.Start:c.q.Source.End]
	}
	for _, s := range texts {
		body, owned := false, false
		for _, t := range tokenize(s, 0, len(s)) {
			if t.kind != 'w' {
				continue
			}
			w := trimPossessive(t.text)
			lw := strings.ToLower(w)
			if stateBodyWords[lw] {
				body = true
			}
			if w == country || canon != "" && w == canon || isDemonymOf(w, country) || canon != "" && isDemonymOf(w, canon) {
				owned = true
			}
		}
		if !owned && !c.q.Source.IsEmpty() && s == texts[1] {
			// a tagged country inside the source ("US military" -> United States)
			for _, m := range x.d.Mentions {
				if c.q.Source.Contains(m.Span) && (m.Label == pipeline.LabelGPE || m.Label == pipeline.LabelNORP) &&
					canon != "" && (m.Canonical == canon || isDemonymOf(m.Canonical, canon)) {
					owned = true
				}
			}
		}
		if body && owned && !strings.Contains(s, " and ") {
			return true
		}
	}
	return false
}

// metonymicSpeaker returns the candidate whose speaker a country source
// stands for: the attribution right before it (same or previous paragraph)
// when that one is a state body of the same country. "Russia's defense
// ministry says ... Russia said ..." gives the ministry; "The UN said ...
// Russia said ..." keeps Russia.
func (x *extraction) metonymicSpeaker(order []int, i int, info []resolved) int {
	country, canon, ok := x.countrySource(x.cands[i].q.Source)
	if !ok {
		return -1
	}
	j := x.previousSpeaker(order, i, info, kindNone, 1)
	if j < 0 || !x.actsForCountry(j, country, canon) {
		return -1
	}
	return j
}
