package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// invertedIndirect parses a reported sentence whose attribution follows it
// with the verb first: "The harvest is late, said Mark Stone, the chief
// analyst of …", and a quotation that runs on outside its marks before
// one ("“Some would call that a setback” if she did not win by
// more, said Jane Holloway, an analyst at …"), and a short quotation that
// ends it ("X may be “strategic,” said Y"). Token i is the cue, right after
// the comma that ends the content (or the mark closing after it); the source runs from the cue to the
// sentence end, its description included as appositiveTail keeps it.
func (x *extraction) invertedIndirect(p *para, pi, i, lo, hi int, quoted bool) (cand, bool) {
	var c cand
	f, ok := x.verbCue(p, i)
	if !ok || f.gerund || f.class == cueTailOnly || isCapitalized(p.toks[i].text) || i-2 < lo || p.toks[i-1].text != "," && !(p.toks[i-1].kind == 'q' && p.toks[i-2].text == ",") {
		return c, false
	}
	s, e := npRight(p, i+1, hi, invertedStops)
	if s >= e || !x.validSource(p, s, e, true) || !isNameTok(p.toks[s]) && !determiners[p.toks[s].lower] && !x.pluralGroup(p, s, e, f.lemma == "say") && !x.describedNameRun(p, s, e) {
		return c, false
	}
	if c, ok := x.invertedAside(p, pi, i, lo, hi, s, e); ok {
		return c, true
	}
	e = x.appositiveTail(p, s, e, hi)
	if !x.tailish(p, e, hi) {
		return c, false
	}
	// the content is a clause of its own: a fronted participle phrase
	// ("Asked about the vote, said X") reports nothing
	end, ok := contentBeforeEnd(p, lo, i)
	if tag := x.posTag(p.toks[lo].start); !ok || tag == "VBN" || tag == "VBG" || !x.clauseLike(p, lo, i-1) {
		return c, false
	}
	c = report(pi, pipeline.QuoteIndirect, x.span(p, s, e), x.span(p, i, i+1), pipeline.Span{Start: p.toks[lo].start, End: end})
	return c, true
}

// invertedAside reads an inverted cue and its source set off by commas
// inside the reported sentence: "The contrast with Ward, said Lee, would
// be clear", "And Ward, said Ann Lee, who knows him well, does not
// forget". The words before the cue hold no finite verb (a subject or a
// fronted phrase); the source, from s, runs over an appositive or a
// relative clause to a comma after which the sentence goes on with a
// clause. The content is the sentence from its start, aside and all.
func (x *extraction) invertedAside(p *para, pi, i, lo, hi, s, e int) (cand, bool) {
	var c cand
	for k := lo; k < i-1; k++ {
		if p.toks[k].kind == 'q' || x.finiteVerbAt(p, lo, k) {
			return c, false
		}
	}
	relative := e+1 < hi && p.toks[e].text == "," && relativePronouns[p.toks[e+1].lower]
	for k := e; k < hi && k <= e+25; k++ {
		t := p.toks[k]
		if t.kind == 'q' || isSentenceEnd(t) || t.text == ";" || t.text == ":" {
			return c, false
		}
		if k > e && !relative && x.finiteVerbAt(p, e, k) {
			return c, false // the words after the source are a clause of their own
		}
		if t.text != "," || k == e && relative || k+1 >= hi {
			continue
		}
		n := p.toks[k+1]
		if n.kind != 'w' || isCapitalized(n.text) || relativePronouns[n.lower] || n.lower == "according" || n.lower == "citing" || x.tailish(p, k+1, hi) {
			continue
		}
		if f, ok := cueForms[n.lower]; ok && f.gerund {
			return c, false // "…, said Lee, adding that …"
		}
		if !x.clauseLike(p, k+1, hi) {
			continue
		}
		rest, ok := x.contentAfter(p, k+1, lo, hi, false)
		if !ok {
			return c, false
		}
		c = report(pi, pipeline.QuoteIndirect, x.span(p, s, k), x.span(p, i, i+1), pipeline.Span{Start: p.toks[lo].start, End: rest.End})
		return c, true
	}
	return c, false
}

// pluralGroup reports whether the source [s, e) after an inverted cue
// names a group of people by a plural noun, bare or after a quantifier:
// "…, said several farmers", "…, say some voters", "…, said officials".
// A bare plural only after "say": after another cue the word may be its
// participle before a noun ("…, pledged delegates").
func (x *extraction) pluralGroup(p *para, s, e int, say bool) bool {
	k := s
	if groupQuantifiers[p.toks[k].lower] && k+1 < e {
		k++
	} else if !say {
		return false
	}
	return p.toks[k].kind == 'w' && !isCapitalized(p.toks[k].text) && x.posTag(p.toks[k].start) == "NNS"
}

// groupQuantifiers open a plural group without a determiner.
var groupQuantifiers = set("several", "some", "many", "most", "few", "numerous", "other", "two", "three", "four", "five")

// describedNameRun reports whether tokens [s,e) are a name after a bare
// description of its bearer, with no determiner: "said lobbyist Tom
// Ward", "wrote dock worker Ann Lee" (up to three lower-case nouns or
// adjectives, then two or more capitalised words to the end). A title the
// lexicon knows is read already (isNameTok); these are the descriptions
// it does not list.
func (x *extraction) describedNameRun(p *para, s, e int) bool {
	k := s
	for k < e && k < s+3 && p.toks[k].kind == 'w' && !isCapitalized(p.toks[k].text) {
		// a noun or its modifier ("retired"), not "goodbye to Tom Ward"
		if tag := x.posTag(p.toks[k].start); !strings.HasPrefix(tag, "NN") && tag != "JJ" && tag != "VBN" {
			return false
		}
		k++
	}
	if k == s || e-k < 2 || !x.wordsOnly(p, s, e) {
		return false
	}
	for j := k; j < e; j++ {
		if !isNameTok(p.toks[j]) {
			return false
		}
	}
	return true
}
