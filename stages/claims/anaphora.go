package claims

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A denial often names what it denies only by a pronoun or a claim noun
// that points back at a statement made just before:
//
//	claims that he bribed Carl Dunmore, which he has denied
//	the count had been "fixed" against her, a charge that Lakeside
//	    county officials firmly denied
//	... had delayed the harbour repairs - a claim rejected by a string
//	    of council reviews
//	... belongs to the county under the old lease, although the mill
//	    disputes this
//	Even some of Lee's friends have called it a plain error of
//	    tone. Lee has disputed both complaints, ...
//
// The claim of such a denial is the statement pointed at (its content is
// the antecedent, not the word "which"), its claimant the denier, its
// stance denies or disputes. The statement itself stays a claim of whoever
// made it: the two claims share their words and differ in claimant and
// stance, which is how the linker finds an accusation and its denial in
// one article.

// pointingDenialVerbs deny or dispute a statement even when their object is
// only "this", "it" or "which". Rejecting and dismissing are said of plans
// and requests as often ("rejected it" may refuse an offer), so they count
// only with a claim noun ("rejected the allegation", "a charge that X
// rejected").
var pointingDenialVerbs = setOf(`deny dispute refute rebut contradict contest`)

// anaphoricVerbs are every verb whose object may point back at a claim.
var anaphoricVerbs = setOf(`deny dispute refute rebut contradict contest reject dismiss rebuff`)

// anaphoricInitials are the first letters of anaphoricVerbs, in both
// cases: a test cheap enough for every verb of the text, which spares the
// lemma of all the others.
var anaphoricInitials = func() (in [256]bool) {
	for v := range anaphoricVerbs {
		in[v[0]], in[v[0]-'a'+'A'] = true, true
	}
	return in
}()

// pointingWords stand for a statement made before.
var pointingWords = setOf(`this that it which these those something`)

// anaphoricDenials appends to d.Claims the claims of denials whose object
// points back at an earlier statement of the sentence or of the sentence
// before. claims are the claims built so far, in the order they were built.
func anaphoricDenials(d *pipeline.Doc, memo analysisMemo) {
	built := len(d.Claims)
	for si, s := range d.Sentences {
		if s.Zone < 0 || s.Zone >= len(d.Zones) || d.Zones[s.Zone].Kind != pipeline.ZoneBody {
			continue
		}
		toks := tokensIn(d, s.Span)
		for v, ti := range toks {
			t := d.Tokens[ti]
			if !strings.HasPrefix(t.POS, "VB") || len(t.Text) < 5 || !anaphoricInitials[t.Text[0]] {
				continue // no denial verb: spare the lemma (every verb of the text comes here)
			}
			verb := lemma(lowerTok(d, ti))
			if !anaphoricVerbs[verb] {
				continue
			}
			ref, ok := pointingDenial(d, toks, v, verb)
			if !ok {
				continue
			}
			antecedent, ok := antecedentOf(d, d.Claims[:built], si, ref.start)
			if !ok {
				continue
			}
			claimant, id, quote, ok := denierOf(d, ref.source, ti, antecedent)
			if !ok {
				continue
			}
			u := unit{quote: quote, claimant: claimant, claimantID: id, reported: true, stance: pipeline.StanceDenies}
			if disputeCues[verb] {
				u.stance = pipeline.StanceDisputes
			}
			if hasClaim(d.Claims, antecedent, claimant, u.stance) {
				continue
			}
			d.Claims = append(d.Claims, buildClaim(d, antecedent, u, memo))
		}
	}
}

// pointing is a denial whose object points back: where its tail or clause
// starts (the antecedent ends before it) and the tokens of the denier.
type pointing struct {
	start  int // byte offset
	source []int
}

// pointingDenial reads the denial verb at toks[v] as one whose object
// points back, in one of two forms:
//
//   - a tail after a comma or dash: ", which SOURCE (has) denied", ", a
//     charge that SOURCE denied", "-- something SOURCE denied", ", an
//     allegation rejected by SOURCE";
//   - a clause whose object is a pointing word or a claim noun with a
//     determiner, ending the clause: "(although) SOURCE disputes this",
//     "SOURCE has disputed both critiques".
func pointingDenial(d *pipeline.Doc, toks []int, v int, verb string) (pointing, bool) {
	low := func(k int) string { return lowerTok(d, toks[k]) }
	// a negated denial concedes: "did not dispute that ..."
	for j := v - 1; j >= 0 && j >= v-3; j-- {
		if negators[low(j)] {
			return pointing{}, false
		}
	}
	pointingOK := pointingDenialVerbs[verb]

	// The tail: walk back over adverbs, auxiliaries and a conjoined verb
	// phrase ("has heard many times and has always denied") to the
	// source, then to the relative word or claim noun opening the tail.
	if d.Tokens[toks[v]].POS == "VBN" && v+1 < len(toks) && low(v+1) == "by" && v >= 2 {
		// passive: ", an allegation rejected by SOURCE"
		end := v + 2
		for end < len(toks) && !isPunct(low(end)) && end < v+2+maxSourceTokens {
			end++
		}
		if open, ok := tailOpening(d, toks, v-1, pointingOK); ok && end > v+2 {
			return pointing{start: d.Tokens[toks[open]].Start, source: toks[v+2 : end]}, true
		}
		return pointing{}, false
	}
	j := v - 1
	for j >= 0 && (strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || auxiliaries[lemma(low(j))]) {
		j--
	}
	if j >= 0 && low(j) == "and" {
		// a conjoined verb phrase: back to its subject
		for j--; j >= 0 && !isPunct(low(j)) && !pointingWords[low(j)] && !claimNouns[low(j)]; j-- {
			if t := d.Tokens[toks[j]]; strings.HasPrefix(t.POS, "VB") && !auxiliaries[lemma(low(j))] {
				// the first verb of the conjunction: its auxiliaries and
				// subject are before it
				for j--; j >= 0 && (strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || auxiliaries[lemma(low(j))]); j-- {
				}
				break
			}
		}
	}
	srcEnd := j + 1
	for j >= 0 && srcEnd-j <= maxSourceTokens && !isPunct(low(j)) && !isVerbToken(d, toks[j]) && !(pointingWords[low(j)] && j < srcEnd-1 || low(j) == "which" || low(j) == "that") {
		j--
	}
	if j >= 0 && j+1 < srcEnd && (low(j) == "which" || low(j) == "that" || low(j) == "something") {
		if open, ok := tailOpening(d, toks, j, pointingOK); ok {
			return pointing{start: d.Tokens[toks[open]].Start, source: toks[j+1 : srcEnd]}, true
		}
	}

	// The clause: "SOURCE disputes this", its object ending the clause.
	k := v + 1
	if k >= len(toks) {
		return pointing{}, false
	}
	object := false
	switch w := low(k); {
	case pointingWords[w] && w != "which" && (k+1 >= len(toks) || isPunct(low(k+1)) || low(k+1) == "but" || low(k+1) == "and"):
		object = pointingOK
		k++
	case w == "this" || w == "that" || w == "these" || w == "those" || w == "both" || w == "such":
		// a demonstrative points back at statements; "the charges" at a
		// noun phrase named before ("police reports ... He denied the
		// charges"), whose statement is not the sentence before
		for k++; k < len(toks) && strings.HasPrefix(d.Tokens[toks[k]].POS, "JJ"); k++ {
		}
		if k < len(toks) && claimNouns[low(k)] && (k+1 >= len(toks) || isPunct(low(k+1)) || low(k+1) == "but" || low(k+1) == "and") {
			object = true
			k++
		}
	}
	if !object {
		return pointing{}, false
	}
	// the subject: back from the verb over adverbs and auxiliaries to the
	// clause's start (the sentence's, or a comma and a connective)
	j = v - 1
	for j >= 0 && (strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || auxiliaries[lemma(low(j))]) {
		j--
	}
	srcEnd = j + 1
	for j >= 0 && !isPunct(low(j)) && !subordinators[low(j)] && !leadingConnectives[low(j)] && srcEnd-j <= maxSourceTokens {
		if isVerbToken(d, toks[j]) {
			return pointing{}, false // the object of another verb
		}
		j--
	}
	if j+1 >= srcEnd {
		return pointing{}, false
	}
	start := d.Tokens[toks[j+1]].Start
	for j >= 0 && (subordinators[low(j)] || leadingConnectives[low(j)]) {
		start = d.Tokens[toks[j]].Start
		j--
	}
	return pointing{start: start, source: toks[j+1+countOpeners(d, toks, j+1) : srcEnd]}, true
}

// countOpeners counts the connectives opening a clause at toks[from].
func countOpeners(d *pipeline.Doc, toks []int, from int) int {
	n := 0
	for from+n < len(toks) {
		w := lowerTok(d, toks[from+n])
		if !subordinators[w] && !leadingConnectives[w] {
			break
		}
		n++
	}
	return n
}

// tailOpening says whether the word at toks[at] ("which", "that",
// "something", or the last word before a passive participle) opens a
// tail after a comma or a dash: a relative right after it (", which"),
// or a claim noun phrase ("a charge that", "an allegation rejected by").
// It returns the index of the comma or dash.
func tailOpening(d *pipeline.Doc, toks []int, at int, pointingOK bool) (int, bool) {
	low := func(k int) string { return lowerTok(d, toks[k]) }
	separator := func(k int) bool {
		switch low(k) {
		case ",", "-", "--", "—", "–", "(":
			return true
		}
		return false
	}
	k := at
	noun := false
	if low(k) == "that" || low(k) == "which" {
		if k > 0 && separator(k-1) {
			return k - 1, low(k) == "which" && pointingOK
		}
		k--
	}
	if k >= 0 && (claimNouns[low(k)] || low(k) == "something") {
		noun = claimNouns[low(k)] || pointingOK
		k--
	}
	for k >= 0 && (d.Tokens[toks[k]].POS == "DT" || strings.HasPrefix(d.Tokens[toks[k]].POS, "JJ")) {
		k--
	}
	if noun && k >= 1 && separator(k) {
		return k, true
	}
	return 0, false
}

// antecedentOf returns the statement a denial starting at off points back
// at: the claim that ends last before off in the sentence si, right before
// it; else, for a denial that opens its sentence, the last claim of the
// sentence before.
func antecedentOf(d *pipeline.Doc, claims []pipeline.Claim, si, off int) (pipeline.Span, bool) {
	s := d.Sentences[si]
	best := -1
	for ci, c := range claims {
		if c.Start >= s.Start && c.End <= off && (best < 0 || c.End > claims[best].End || c.End == claims[best].End && c.Len() < claims[best].Len()) {
			best = ci
		}
	}
	if best >= 0 {
		gap := strings.TrimSpace(strings.Trim(d.Text[claims[best].End:off], " \"”’'.,;:-–—)"))
		if gap == "" {
			if sp, ok := allegedContent(d, claims[best].Span, off); ok {
				return sp, true
			}
			return claims[best].Span, true
		}
		return pipeline.Span{}, false
	}
	if strings.TrimSpace(d.Text[s.Start:off]) != "" {
		return complementBefore(d, s, off)
	}
	if si == 0 {
		return pipeline.Span{}, false
	}
	prev := d.Sentences[si-1]
	for ci, c := range claims {
		if c.Start >= prev.Start && c.End <= prev.End && (best < 0 || c.End > claims[best].End) {
			best = ci
		}
	}
	if best < 0 {
		return pipeline.Span{}, false
	}
	return claims[best].Span, true
}

// denierOf names the source of a pointing denial: the speaker the quotes
// layer resolved for an attribution at this verb, else the named source,
// else for "he" or "she" the person the antecedent is about (the accused
// denies the accusation) or the first person the sentence names.
func denierOf(d *pipeline.Doc, src []int, verb int, antecedent pipeline.Span) (name, id string, quote int, ok bool) {
	if len(src) == 0 {
		return "", "", -1, false
	}
	srcSpan := pipeline.Span{Start: d.Tokens[src[0]].Start, End: d.Tokens[src[len(src)-1]].End}
	for qi, q := range d.Quotes {
		if q.Speaker != "" && !claimNouns[lastWord(q.Speaker)] && q.Cue.Overlaps(d.Tokens[verb].Span) && q.Source.Overlaps(srcSpan) {
			return speakerName(d, q), q.SpeakerEntityID, qi, true
		}
	}
	if f, ok := namedFrame(d, src, antecedent, ""); ok {
		return f.claimant, f.claimantID, -1, true
	}
	if len(src) != 1 {
		return "", "", -1, false
	}
	if w := lowerTok(d, src[0]); w != "he" && w != "she" {
		return "", "", -1, false
	}
	a := analyze(d, antecedent, -1, "")
	for _, mi := range mentionsIn(d, antecedent) {
		if m := d.Mentions[mi]; m.EntityID == a.subject && m.Label == pipeline.LabelPerson {
			return m.Canonical, m.EntityID, -1, true
		}
	}
	si := d.Tokens[verb].Sentence
	lo, hi := d.MentionsStartingIn(d.Sentences[si].Span)
	for _, m := range d.Mentions[lo:hi] {
		if m.Label == pipeline.LabelPerson {
			return m.Canonical, m.EntityID, -1, true
		}
	}
	return "", "", -1, false
}

// hasClaim says whether a claim of this span, claimant and stance exists.
func hasClaim(claims []pipeline.Claim, sp pipeline.Span, claimant, stance string) bool {
	for _, c := range claims {
		if c.Span == sp && c.Claimant == claimant && c.Stance == stance {
			return true
		}
	}
	return false
}

// allegedContent returns the content of a claim noun ending a claim right
// before a pointing denial: in "the senator faces questions about his
// business, including allegations that he hid a loan, which he has denied"
// what is denied is that he hid a loan, not that he faces questions.
func allegedContent(d *pipeline.Doc, claim pipeline.Span, off int) (pipeline.Span, bool) {
	toks := tokensIn(d, pipeline.Span{Start: claim.Start, End: off})
	for k := len(toks) - 2; k >= 1; k-- {
		if !strings.EqualFold(d.Tokens[toks[k]].Text, "that") || !claimNouns[lowerTok(d, toks[k-1])] {
			continue
		}
		sp := trim(d, pipeline.Span{Start: d.Tokens[toks[k+1]].Start, End: off})
		if !clauseStart(d, toks, k+1) || !hasFiniteVerb(d, sp) {
			return pipeline.Span{}, false
		}
		return sp, true
	}
	return pipeline.Span{}, false
}

// complementBefore returns the clause a tail at off follows when no claim
// ends there: the complement of the last "whether" or "that" before it
// ("left doubts about whether the trust acted to favour its
// sponsors, a charge that ..."). A "that" must open a clause, not a relative.
func complementBefore(d *pipeline.Doc, s pipeline.Sentence, off int) (pipeline.Span, bool) {
	toks := tokensIn(d, pipeline.Span{Start: s.Start, End: off})
	for k := len(toks) - 2; k >= 0; k-- {
		w := lowerTok(d, toks[k])
		if w != "whether" && w != "that" {
			continue
		}
		sp := trim(d, pipeline.Span{Start: d.Tokens[toks[k+1]].Start, End: off})
		if w == "that" && !clauseStart(d, toks, k+1) || !hasFiniteVerb(d, sp) {
			return pipeline.Span{}, false
		}
		return sp, true
	}
	return pipeline.Span{}, false
}
