package quotes

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Relayed reports. A speaker's words often reach the article through
// someone else: "“…,” Lee said, according to a pool report", "According
// to the Harbor Gazette, Lee said …", "The Gazette reported that Lee said
// …", "“The council said it would wait,” Ward said". The quote keeps Lee
// (or the council) as its speaker, which is who a reader wants, and
// learns the relay in RelayedBy. Annotations that take only the outermost
// attribution of a passage (PolNeAR) name the relay as the source.

// citingStop ends a relay's noun phrase before a chained "citing Y".
var citingStop = set("citing")

// relayWindow bounds the words between an attribution and a trailing
// ", according to Y" that relays it ("Lee said Tuesday, according to …").
const relayWindow = 6

// relays sets RelayedBy and RelayedByEntityID of every candidate with a
// source and a cue of its own: the outermost source of the candidates
// enclosing it, else an "according to Y" that frames its sentence. It runs
// after nest (parents known) and after the speakers are resolved (a
// parent's entity is its speaker's). The "according to Y" attribution
// whose content is only the relayed attribution's words ("Lee said") is
// removed: the relayed quote now carries Y.
func (x *extraction) relays() {
	done := make([]bool, len(x.cands))
	drop := make([]bool, len(x.cands))
	dropAny := false
	var visit func(i, depth int)
	visit = func(i, depth int) {
		if done[i] {
			return
		}
		done[i] = true
		c := &x.cands[i]
		if c.q.Source.IsEmpty() || c.q.Cue.IsEmpty() || reportCue(x.text, c.q.Cue) {
			return
		}
		if p := c.parent; p >= 0 && p != i && depth < 8 && x.quotedBy(c, &x.cands[p]) {
			visit(p, depth+1)
			o := &x.cands[p]
			if o.q.RelayedBy.IsEmpty() {
				c.q.RelayedBy, c.q.RelayedByEntityID = o.q.Source, o.q.SpeakerEntityID
			} else {
				c.q.RelayedBy, c.q.RelayedByEntityID = o.q.RelayedBy, o.q.RelayedByEntityID
			}
			return
		}
		if s, ok := x.accordingRelay(c); ok {
			c.q.RelayedBy, c.q.RelayedByEntityID = s, x.relayEntity(s)
			if j := x.relayingReport(i, s); j >= 0 {
				drop[j], dropAny = true, true
			}
		}
	}
	for i := range x.cands {
		visit(i, 0)
	}
	if dropAny {
		x.removeCands(drop)
	}
}

// relayingReport returns the "according to Y" candidate of relay span y
// whose content holds only candidate i's attribution (its source or cue,
// none of its content): "Lee said" in "“…,” Lee said, according to Y".
// Else -1.
func (x *extraction) relayingReport(i int, y pipeline.Span) int {
	c := &x.cands[i]
	for j := range x.cands {
		o := &x.cands[j]
		if j == i || o.q.Source != y || !reportCue(x.text, o.q.Cue) || o.q.Content.Overlaps(c.q.Content) {
			continue
		}
		if o.q.Content.Overlaps(c.q.Source) || o.q.Content.Overlaps(c.q.Cue) {
			return j
		}
	}
	return -1
}

// quotedBy reports whether candidate c is a report inside the quoted
// words of another speaker o ("“She told me it was over,” Ward said"):
// o is a direct quote between quote marks (not an unmarked excerpt, whose
// "source" is often a heading) with a source of its own that names
// someone else.
func (x *extraction) quotedBy(c, o *cand) bool {
	if o.q.Type != pipeline.QuoteDirect || o.q.Unmarked || o.q.Source.IsEmpty() || o.q.Source.Overlaps(c.q.Source) {
		return false
	}
	if c.q.Speaker != "" && c.q.Speaker == o.q.Speaker {
		return false
	}
	a, b := strings.ToLower(x.text[c.q.Source.Start:c.q.Source.End]), strings.ToLower(x.text[o.q.Source.Start:o.q.Source.End])
	return !strings.Contains(a, b) && !strings.Contains(b, a)
}

// reportCue reports whether a cue already names a report as the source
// ("according to", "citing"): the quote is the relay itself.
func reportCue(text string, cue pipeline.Span) bool {
	w := text[cue.Start:cue.End]
	return len(w) >= 9 && (w[:9] == "according" || w[:9] == "According") || w == "citing" || w == "Citing"
}

// accordingRelay finds an "according to Y" that frames c's sentence: a
// trailing ", according to Y" a few words after the attribution and its
// content ("“…,” Lee said Tuesday, according to Y."), or an opening
// "According to Y," before c's source ("According to Y, Lee said …").
func (x *extraction) accordingRelay(c *cand) (pipeline.Span, bool) {
	if c.para < 0 || c.para >= len(x.paras) {
		return pipeline.Span{}, false
	}
	p := &x.paras[c.para]
	sent := p.sentenceOf(c.q.Cue.Start)
	lo, hi := p.tokIndex(sent[0]), p.tokIndex(sent[1])
	after := max(c.q.Source.End, c.q.Cue.End, c.q.Content.End)
	for k, n := p.tokIndex(after), 0; k+2 < hi && n <= relayWindow; k, n = k+1, n+1 {
		t := p.toks[k]
		if isSentenceEnd(t) {
			break
		}
		if t.lower == "according" && p.toks[k+1].lower == "to" && k > lo && p.toks[k-1].text == "," {
			if s, e := npRight(p, k+2, hi, citingStop); s < e && x.validSource(p, s, e, false) {
				return x.span(p, s, e), true
			}
			break
		}
	}
	if hi-lo > 3 && p.toks[lo].lower == "according" && p.toks[lo+1].lower == "to" {
		s, e := npRight(p, lo+2, hi, citingStop)
		if s < e && e < hi && p.toks[e].text == "," && p.toks[e].end <= c.q.Source.Start && x.validSource(p, s, e, false) {
			return x.span(p, s, e), true
		}
	}
	return pipeline.Span{}, false
}

// relayEntity is the entity a relay names: the first organisation or
// person mentioned inside it ("an Associated Press account"), else a
// place, else the entity whose canonical name it is.
func (x *extraction) relayEntity(span pipeline.Span) string {
	return x.namedEntity(span, true)
}
