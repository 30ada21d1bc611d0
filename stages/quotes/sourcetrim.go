package quotes

// trimReportingRelatives cuts from a source the relative clause that
// reports the speaker's own words or thoughts:
//
//	Harvey, who acknowledged Trump was his fourth choice, said  -> Harvey
//	Mr. Leenders, who estimated that a third of the workers …, said
//	Petrilli, who thinks the administration overreached, called
//
// Such a clause is an attribution of its own, not a description of the
// speaker, and the annotated news leaves it out of the source about three
// times in four; a clause that describes the speaker ("Eric Woolson, who
// managed the 2008 campaign, said") stays, as the annotation keeps it more
// often than not.
func (x *extraction) trimReportingRelatives() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.q.Source.IsEmpty() || c.copyFrom >= 0 {
			continue
		}
		p := &x.paras[c.para]
		if c.q.Source.Start < p.start || c.q.Source.End > p.end {
			continue
		}
		lo, hi := p.tokIndex(c.q.Source.Start), p.tokIndex(c.q.Source.End)
		for k := lo + 1; k+2 < hi; k++ {
			if p.toks[k].text != "," || p.toks[k+1].lower != "who" {
				continue
			}
			if x.reportsRelative(p, k+2, hi) {
				c.q.Source.End = p.toks[k-1].end
			}
			break
		}
	}
}

// reportsRelative reports whether the relative clause whose words start at
// token a opens with a verb of saying or thinking, after auxiliaries,
// adverbs and "not" ("who has repeatedly said", "who did not respond").
func (x *extraction) reportsRelative(p *para, a, hi int) bool {
	for ; a < hi; a++ {
		t := p.toks[a]
		if t.kind != 'w' {
			return false
		}
		if auxiliaries[t.lower] || t.lower == "not" || t.lower == "also" || x.isAdverbTok(t) {
			continue
		}
		if _, ok := cueForms[t.lower]; ok {
			return true
		}
		return relativeThinking[t.lower]
	}
	return false
}

// relativeThinking are the verbs of belief and refusal that, opening a
// relative clause in a source, tell of the speaker's words or views
// ("who thinks …", "who declined to be named").
var relativeThinking = set("think", "thinks", "thought", "believe", "believes", "believed",
	"decline", "declines", "declined")
