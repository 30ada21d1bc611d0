package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// contentForm tells a reported clause from a reported phrase in an
// indirect quote's content, so that a user can keep propositions only:
// "said the bridge was closed", "said it's over" and "pledged to cancel
// the toll" report a clause; "slammed the ruling", "noted the drop in
// sales" and "described the plan as reckless" report a noun phrase, a
// gerund or a characterisation. The cue frames that admit a phrase are
// many and spread over the stage's files, so the form is read from the
// finished content, once, by the tagger's tags on the tokens layer (whose
// tokens split contractions, "it" + "'s", which the stage's own tokens
// keep whole): a content is a clause when it opens with an infinitive or
// holds a finite verb, or a bare verb not after "to" (an imperative), that
// is not inside a relative clause of its noun phrase ("the levy that
// raised the tolls" is a phrase).
func (x *extraction) contentForm(c *cand) string {
	if c.q.Type != pipeline.QuoteIndirect {
		return ""
	}
	toks := x.d.Tokens
	span := c.q.Content
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= span.Start })
	if first == len(toks) || toks[first].POS == "" {
		return x.untaggedContentForm(c)
	}
	for k := first; k < len(toks) && toks[k].Start < span.End; k++ {
		prev := ""
		if k > first {
			prev = strings.ToLower(toks[k-1].Text)
		}
		switch toks[k].POS {
		case "VBD", "VBZ", "VBP", "MD":
			if !opensRelative(prev, k-1 > first) {
				return pipeline.ContentClause
			}
		case "VB":
			// an imperative, or an infinitive opening the content; not
			// "urged voters to act"
			if prev != "to" || k == first+1 {
				return pipeline.ContentClause
			}
		}
	}
	return pipeline.ContentPhrase
}

// untaggedContentForm reads the form from the stage's own tokens and word
// lists when the document carries no tags (the stage run alone).
func (x *extraction) untaggedContentForm(c *cand) string {
	if c.para < 0 || c.para >= len(x.paras) {
		return pipeline.ContentPhrase
	}
	p := &x.paras[c.para]
	a, hi := p.tokIndex(c.q.Content.Start), p.tokIndex(c.q.Content.End)
	if a < hi && p.toks[a].lower == "to" {
		return pipeline.ContentClause
	}
	for k := a; k < hi; k++ {
		if x.finiteVerbAt(p, a, k) && !(k > a && opensRelative(p.toks[k-1].lower, k-1 > a)) {
			return pipeline.ContentClause
		}
	}
	return pipeline.ContentPhrase
}

// opensRelative reports whether the word before a finite verb opens a
// relative clause of the phrase before it ("the levy that raised the
// tolls"); a relative word that opens the content itself ("who would
// win") opens no such clause, so afterNoun says whether words precede it.
func opensRelative(prev string, afterNoun bool) bool {
	return afterNoun && (relativePronouns[prev] || prev == "which")
}
