package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Attributions through what the speaker called something ("called the
// plan “a disaster”", "slammed it as “…”") and through what the speaker
// committed to ("vowed to fight on").

// evaluativeCues name something in the speaker's words: "Smith called the
// plan “a disaster”", "termed the vote “a farce”".
var evaluativeCues = set("called", "calls", "termed", "terms", "branded", "brands", "labelled", "labeled",
	"calling", "branding", "labeling", "labelling", "dubbed", "dubs", "dubbing")

// asEvaluativeCues name something in the speaker's words through "as":
// "described the plan as “a disaster”", "slammed the proposal as “…”".
var asEvaluativeCues = set("described", "describes", "describing", "slammed", "slams", "slamming",
	"blasted", "blasts", "blasting", "dismissed", "dismisses", "dismissing", "denounced",
	"denounces", "denouncing", "praised", "praises", "praising", "criticized", "criticised",
	"criticizes", "criticizing", "decried", "decries", "derided", "derides", "hailed", "hails",
	"characterized", "characterizes", "portrayed", "portrays", "touted", "touts",
	"portraying", "characterizing", "touting", "hailing", "decrying", "deriding",
	// "referred to Stone as “a steady hand”": the object follows "to"
	"referred", "refers", "referring")

// calledQuote handles "X called Y “…”": a finite verb with a source, an
// object, then a quoted fragment of two or more words that is not a title.
// The content (mixed) is the object and the fragment. "a group called
// “Friends”" (no object between) stays a naming.
func (x *extraction) calledQuote(p *para, pi, i int) (cand, bool) {
	var c cand
	if x.usedCue[p.toks[i].start] || x.inSource(p.toks[i].start) {
		return c, false
	}
	gerund := strings.HasSuffix(p.toks[i].lower, "ing")
	if tag := x.posTag(p.toks[i].start); tag != "" && tag != "VBD" && tag != "VBZ" && tag != "VBP" && tag != "VBN" && !(gerund && tag == "VBG") {
		return c, false
	}
	if i > 0 && (passiveAux[p.toks[i-1].lower] || p.toks[i-1].lower == "to") {
		return c, false
	}
	rlo, rhi, quoted := p.region(p.toks[i].start)
	lo, hi := p.tokIndex(rlo), p.tokIndex(rhi)
	if i+2 >= hi || p.toks[i+1].kind != 'w' {
		return c, false
	}
	// "called for more regulation of “shadow banking” that …" demands:
	// the particle verb reports the whole phrase
	if f, ok := cueForms[p.toks[i].lower]; ok && particleVerbs[f.lemma][p.toks[i+1].lower] {
		return c, false
	}
	// the first quote mark after a short object
	k := i + 1
	for k < hi && k < i+8 && p.toks[k].kind == 'w' {
		k++
	}
	if k >= hi || k == i+1 || p.toks[k].kind != 'q' {
		return c, false
	}
	// one quoted word is enough after an object: "called her “third-rate”"
	mi := -1
	for j, m := range p.marks {
		if m.open == p.toks[k].start && !p.direct[j] && m.words >= 1 {
			mi = j
		}
	}
	if mi < 0 || isTitleLike(x.text[p.marks[mi].content[0]:p.marks[mi].content[1]]) {
		return c, false
	}
	// "described the plan as “…”": the object is a noun phrase and "as"
	if asEvaluativeCues[p.toks[i].lower] && p.toks[k-1].lower != "as" {
		return c, false
	}
	srcS, srcE, ok := x.evaluativeSource(p, lo, i, gerund, quoted)
	if !ok {
		return c, false
	}
	m := p.marks[mi]
	cueE := i + 1
	if strings.HasPrefix(p.toks[i].lower, "refer") {
		if p.toks[i+1].lower != "to" || k < i+4 {
			return cand{}, false
		}
		cueE = i + 2
	}
	c = report(pi, pipeline.QuoteMixed, x.span(p, srcS, srcE), x.span(p, i, cueE), pipeline.Span{Start: p.toks[cueE].start, End: m.closeEnd})
	c.q.QuotedFragments = []pipeline.Span{{Start: m.content[0], End: m.content[1]}}
	return c, true
}

// evaluativeSource finds who called something what in [lo, i): the
// subject right before the verb ("Smith called …"), or for a verb
// coordinated with an earlier one ("Lee knocked Stone on taxes and
// called him a “dreamer”", "…, called her “second-best”") and for a
// gerund after a comma ("Lee attacked Stone, calling him a “quitter”")
// the subject of the main clause; a gerund right after its subject is
// an absolute phrase ("Lee saying …, and Stone calling it a “fine
// start”").
func (x *extraction) evaluativeSource(p *para, lo, i int, gerund, quoted bool) (int, int, bool) {
	if i == lo {
		return 0, 0, false
	}
	prev := p.toks[i-1]
	if gerund && prev.text == "," {
		return x.mainSubject(p, lo, i, quoted)
	}
	if s, e, ok := x.sourceLeft(p, lo, i); ok && x.validSource(p, s, e, quoted) {
		return s, e, true
	}
	if !gerund && (prev.lower == "and" || prev.text == ",") {
		return x.clauseSubject(p, lo, i-1, quoted)
	}
	return 0, 0, false
}

// calledUnquoted handles "X called Y a Z" without quote marks: "Ward
// called him divisive", "…, calling Stone a bully". The object must be
// an object pronoun or a short name, and what follows it an article or,
// with tags, an adjective; the content (indirect) is the object and its
// description, to the next punctuation. "called him on Tuesday", "called
// the police" name no quality and are no attribution.
func (x *extraction) calledUnquoted(p *para, pi, i int) (cand, bool) {
	var c cand
	t := p.toks[i]
	if !evaluativeCues[t.lower] || x.usedCue[t.start] || x.inSource(t.start) {
		return c, false
	}
	gerund := strings.HasSuffix(t.lower, "ing")
	if tag := x.posTag(t.start); tag != "" && tag != "VBD" && tag != "VBZ" && tag != "VBP" && !(gerund && tag == "VBG") {
		return c, false
	}
	if i > 0 && (passiveAux[p.toks[i-1].lower] || p.toks[i-1].lower == "to") {
		return c, false
	}
	rlo, rhi, quoted := p.region(t.start)
	lo, hi := p.tokIndex(rlo), p.tokIndex(rhi)
	// the object: a pronoun, or a name of up to three words
	k := i + 1
	switch {
	case k < hi && objectPronouns[p.toks[k].lower]:
		k++
	default:
		for k < hi && k < i+4 && isNameTok(p.toks[k]) && !isDate(p.toks[k]) {
			k++
		}
	}
	if k == i+1 || k+1 >= hi || p.toks[k].kind != 'w' {
		return c, false
	}
	// its description: "a fascist", "an opportunist", or an adjective
	next := p.toks[k]
	if next.lower != "a" && next.lower != "an" && x.posTag(next.start) != "JJ" {
		return c, false
	}
	e := k + 1
	for e < hi && p.toks[e].kind == 'w' {
		e++
	}
	var srcS, srcE int
	var ok bool
	if gerund {
		if i == lo || p.toks[i-1].text != "," {
			return c, false
		}
		srcS, srcE, ok = x.mainSubject(p, lo, i, quoted)
	} else {
		srcS, srcE, ok = x.sourceLeft(p, lo, i)
		ok = ok && x.validSource(p, srcS, srcE, quoted)
	}
	if !ok {
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, srcS, srcE), x.span(p, i, i+1), pipeline.Span{Start: p.toks[i+1].start, End: p.toks[e-1].end})
	return c, true
}

// objectPronouns can be the object of "called".
var objectPronouns = set("him", "her", "them", "it", "himself", "herself", "themselves", "me", "us")

// commissiveVerbs commit the speaker to an act: they report an infinitive
// ("vowed to fight on").
var commissiveVerbs = set("vow", "pledge", "promise", "threaten")

// infinitiveAt reports whether token k (after "to") is a bare verb,
// possibly in quote marks: "to cancel", "to “cancel”"; not "to the voters".
func (x *extraction) infinitiveAt(p *para, k, hi int) bool {
	marked := false
	if k+1 < hi && p.toks[k].kind == 'q' {
		k, marked = k+1, true
	}
	t := p.toks[k]
	if t.kind != 'w' || isCapitalized(t.text) || determiners[t.lower] {
		return false
	}
	// the tagger reads a quoted verb out of context: trust the marks
	if tag := x.posTag(t.start); tag != "" && !marked {
		return tag == "VB" || tag == "VBP" // the tagger reads some bare verbs as present tense
	}
	return !personPronouns[t.lower] && !thingPronouns[t.lower]
}
