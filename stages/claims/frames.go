package claims

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A reporting frame is what is left of an attribution the quotes layer did
// not find: a part of the article's own voice that opens with "According
// to NP," or "NP said (that)", or ends with ", according to NP". The claim
// is the reported content and its claimant the named source, not the
// outlet: "Labor leaders point out that ..." is a claim of labor leaders.

// frameVerbs are the lemmas of verbs that report what their subject says.
var frameVerbs = setOf(`say tell add claim insist note report announce acknowledge admit argue explain confirm
deny warn tweet state testify allege assert maintain contend reiterate stress emphasize predict complain
concede reveal disclose recall write point dispute reject reply respond answer counter observe remark declare
assure boast vow pledge caution notice conclude`)

// frame is a reporting frame found in a part of the own voice.
type frame struct {
	content    pipeline.Span
	claimant   string
	claimantID string
	cue        string // lemma of the reporting verb, or "according to"
}

// maxSourceTokens bounds the subject of a frame: a source is a name with
// perhaps a title or a short description, not a clause.
const maxSourceTokens = 14

// reportingFrame finds a reporting frame with a named source in part.
func reportingFrame(d *pipeline.Doc, part pipeline.Span) (frame, bool) {
	toks := tokensIn(d, part)
	if len(toks) < 4 {
		return frame{}, false
	}
	for len(toks) > 4 && isPunct(d.Tokens[toks[0]].Text) {
		toks = toks[1:] // "(According to ...", "“According to ..."
	}
	low := func(k int) string { return strings.ToLower(d.Tokens[toks[k]].Text) }
	// "According to NP, content"
	if low(0) == "according" && low(1) == "to" {
		for k := 2; k < len(toks) && k < 2+maxSourceTokens; k++ {
			if d.Tokens[toks[k]].Text == "," && k+1 < len(toks) {
				return namedFrame(d, toks[2:k], pipeline.Span{Start: d.Tokens[toks[k+1]].Start, End: part.End}, "according to")
			}
		}
		return frame{}, false
	}
	// "content, according to NP.", "content according to NP", "content —
	// according to NP"
	for k := len(toks) - 2; k >= 2 && k >= len(toks)-maxSourceTokens-2; k-- {
		if low(k) == "according" && low(k+1) == "to" && (isPunct(low(k-1)) || finiteBetween(d, toks, 0, k)) {
			src := toks[k+2:]
			for len(src) > 0 && isPunct(d.Tokens[src[len(src)-1]].Text) {
				src = src[:len(src)-1]
			}
			end := d.Tokens[toks[k]].Start // no separator: the content ends right before "according"
			if isPunct(low(k - 1)) {
				end = d.Tokens[toks[k-1]].Start
			}
			return namedFrame(d, src, trim(d, pipeline.Span{Start: part.Start, End: end}), "according to")
		}
	}
	// "Former Clinton Pollster Says content", "content, Trevor Noah Says"
	if f, ok := headlineFrame(d, part, toks); ok {
		return f, true
	}
	// "content,'' Mr. Rubin said.", "content, said Mr. Trump."
	if f, ok := trailingFrame(d, part, toks); ok {
		return f, true
	}
	// "As another study noted, content", "And as Menendez pointed out,
	// content", "As reported by Western Journalism, content", perhaps
	// after a leading adverbial ("Only last month, as ...")
	if f, ok := asFrame(d, part, toks); ok {
		return f, true
	}
	if f, ok := subjectFrame(d, part, toks); ok {
		return f, true
	}
	if f, ok := insideFrame(d, part, toks); ok {
		return f, true
	}
	// "On Sunday, NP said ...", "Shortly afterward, NP said ...": a
	// leading adverbial before the frame
	for k := 1; k < len(toks)-4 && k <= 8; k++ {
		if d.Tokens[toks[k]].Text == "," {
			return subjectFrame(d, part, toks[k+1:])
		}
	}
	return frame{}, false
}

// maxApposedTokens bounds a source with its appositions and parentheses
// ("Jane Holloway, who values farm land for the county assessor's office
// in Lakeside and its two neighbouring towns, said"): the apposed words do
// not count against maxSourceTokens, but a source is still not a page.
const maxApposedTokens = 3 * maxSourceTokens

// subjectFrame finds "NP said (that) content", "NP told reporters (that)
// content" or "NP has said (that) content" at the start of toks, perhaps
// after a connective ("But NP said ...").
func subjectFrame(d *pipeline.Doc, part pipeline.Span, toks []int) (frame, bool) {
	toks = afterConnectives(d, toks)
	low := func(k int) string { return strings.ToLower(d.Tokens[toks[k]].Text) }
	inApposition, inParens := false, false
	own := 0       // words of the source outside appositions and parentheses
	relative := -1 // where a relative clause in the source begins
	for k := 1; k < len(toks)-2 && k <= maxApposedTokens; k++ {
		t := d.Tokens[toks[k]]
		switch {
		case t.Text == "(":
			inParens = true
			continue
		case t.Text == ")":
			inParens = false
			continue
		case inParens:
			continue
		}
		if t.Text == "," && !inApposition && k+1 < len(toks) && isFrameVerb(d.Tokens[toks[k+1]]) {
			continue // the source ends: "..., a group allied with the council, said"
		}
		if t.Text == "," || isDash(t.Text) {
			// "Mark Stone, Lee's director of field offices,
			// said": an apposition, closed by a second comma (or dash:
			// "The appeals court judge -- who has been ... -- said")
			if !inApposition && !closingComma(d, toks, k) {
				return frame{}, false
			}
			inApposition = !inApposition
			continue
		}
		if inApposition {
			continue
		}
		if relative < 0 && (t.POS == "WP" || t.POS == "WDT") && strings.HasPrefix(d.Tokens[toks[k-1]].POS, "NN") {
			relative = k // "Another nurse who worked at the clinic here ... said"
		}
		if relative < 0 {
			if own++; own > maxSourceTokens {
				return frame{}, false
			}
		}
		if isPunct(t.Text) {
			continue // a dash the tagger read as a verb: "Democrats — and some Republicans — say"
		}
		if t.POS == "NNS" && k+1 < len(toks) && low(k+1) == "that" && strings.HasPrefix(d.Tokens[toks[k-1]].POS, "NNP") && frameVerbs[lemma(low(k))] {
			t.POS = "VBZ" // a verb the tagger read as a plural noun: "Pew notes that"
		}
		if t.POS != "VBD" && t.POS != "VBZ" && t.POS != "VBP" {
			continue
		}
		if !frameVerbs[lemma(strings.ToLower(t.Text))] && k+1 < len(toks) && d.Tokens[toks[k+1]].POS == "IN" && strings.HasPrefix(d.Tokens[toks[k-1]].POS, "NN") {
			continue // a participle the tagger read as a past tense: "People told of the plan said"
		}
		if t.POS == "VBD" && !frameVerbs[lemma(low(k))] && k+1 < len(toks) && strings.HasPrefix(d.Tokens[toks[k+1]].POS, "NN") {
			if p := d.Tokens[toks[k-1]].POS; strings.HasPrefix(p, "JJ") || p == "DT" || p == "CD" {
				continue // a participle before its noun: "Democratic registered voters say"
			}
		}
		src := toks[:k]
		// "NP has said", "NP have repeatedly insisted": the participle
		// after a perfect auxiliary is the reporting verb
		if perfectAuxiliaries[strings.ToLower(t.Text)] {
			v := k + 1
			for v < len(toks) && strings.HasPrefix(d.Tokens[toks[v]].POS, "RB") {
				v++
			}
			// (the tagger reads some participles as past tenses: "has
			// said" as VBD)
			if p := d.Tokens[toks[v]].POS; v < len(toks)-2 && (p == "VBN" || p == "VBD") && frameVerbs[lemma(low(v))] {
				k, t = v, d.Tokens[toks[v]]
			}
		}
		l := lemma(strings.ToLower(t.Text))
		if !frameVerbs[l] {
			if relative > 0 {
				continue // the verb of the relative clause: the frame is after it
			}
			return frame{}, false // the subject's own verb: no frame
		}
		if relative > 0 {
			src = toks[:relative]
		}
		j := k + 1
		if l == "point" {
			if low(j) != "out" {
				return frame{}, false
			}
			j++
		}
		if l == "tell" {
			// the addressee: "told reporters", "told the National Post"
			for j < len(toks) && j <= k+5 && low(j) != "that" && !clauseStart(d, toks, j) {
				j++
			}
		}
		for j < len(toks) && (strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || isWeekday(low(j))) {
			j++ // "said Tuesday", "said repeatedly"
		}
		// an adjunct before "that": "said on his Twitter feed that",
		// "testified, for example, that"
		for h := j; h < len(toks) && h <= j+10; h++ {
			if low(h) == "that" {
				j = h
				break
			}
			if p := d.Tokens[toks[h]].POS; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
				break
			}
		}
		complementizer := false
		if j < len(toks) && (low(j) == "that" || low(j) == ",") {
			complementizer = low(j) == "that"
			j++
		}
		if !complementizer {
			j = afterShortAdjunct(d, toks, j)
		}
		if j >= len(toks) || !complementizer && !clauseStart(d, toks, j) && !(l == "say" && longSubjectClause(d, toks, k, j)) {
			return frame{}, false
		}
		return namedFrame(d, sourceHead(d, src), pipeline.Span{Start: d.Tokens[toks[j]].Start, End: part.End}, l)
	}
	return frame{}, false
}

// perfectAuxiliaries open a perfect tense: "has said", "had told".
var perfectAuxiliaries = setOf(`has have had`)

// sourceHead returns the tokens of a source before its first apposition
// or parenthesis ("Mark Stone" of "Mark Stone, a bus driver from Dale,
// Ore., who is a member of the drivers' union,"): the apposition's names
// are not the speaker.
//
// When the words before the apposition name no one and the apposition does
// ("the other speaker at the lectern, former Mayor of Lakeside Ann
// Lee,"), the apposition is the source.
func sourceHead(d *pipeline.Doc, src []int) []int {
	for i, ti := range src {
		if t := d.Tokens[ti].Text; i > 0 && (t == "," || t == "(") {
			if t == "," && !hasName(d, src[:i]) {
				rest := src[i+1:]
				for j, tj := range rest {
					if d.Tokens[tj].Text == "," {
						rest = rest[:j]
						break
					}
				}
				if hasName(d, rest) {
					return rest
				}
			}
			return src[:i]
		}
	}
	return src
}

// afterLeadingAdverbial drops a leading prepositional phrase closed by a
// comma ("Over the past two weeks, Emanuel ...", "In Washington, ...").
func afterLeadingAdverbial(d *pipeline.Doc, toks []int) []int {
	if len(toks) == 0 || d.Tokens[toks[0]].POS != "IN" {
		return toks
	}
	for k := 1; k < len(toks)-2 && k <= 8; k++ {
		if d.Tokens[toks[k]].Text == "," {
			return toks[k+1:]
		}
	}
	return toks
}

// afterShortAdjunct returns where a content clause starts after a short
// prepositional adjunct of the reporting verb ("has said for weeks he's
// the only candidate", "said on Tuesday the party would"), or j.
func afterShortAdjunct(d *pipeline.Doc, toks []int, j int) int {
	if j >= len(toks) || d.Tokens[toks[j]].POS != "IN" || strings.EqualFold(d.Tokens[toks[j]].Text, "that") {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		p := d.Tokens[toks[k]].POS
		if !(p == "DT" || p == "CD" || p == "PRP$" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "NN")) {
			return j
		}
		if clauseStart(d, toks, k+1) {
			return k + 1
		}
	}
	return j
}

// closingComma says whether a comma after toks[k] closes an apposition
// opened there.
func closingComma(d *pipeline.Doc, toks []int, k int) bool {
	open := d.Tokens[toks[k]].Text
	for j := k + 1; j < len(toks) && j <= maxApposedTokens; j++ {
		if t := d.Tokens[toks[j]].Text; t == open || isDash(open) && isDash(t) {
			return true
		}
	}
	return false
}

// isDash says whether a token is a dash setting off an apposition.
func isDash(s string) bool {
	switch s {
	case "--", "—", "–", "-":
		return true
	}
	return false
}

// clauseStart says whether toks[j] opens the content clause: a subject
// noun phrase ("he", "the campaign", "Mr. Trump's aides") followed by a
// tensed verb, perhaps after adverbs.
func clauseStart(d *pipeline.Doc, toks []int, j int) bool {
	if j >= len(toks) {
		return false
	}
	k := j
	for k < len(toks)-1 && isQuoteMark(d.Tokens[toks[k]].Text) {
		k++ // a subject opening a quotation: "“thousands” of emails"
	}
	if p := d.Tokens[toks[k]].POS; p == "PRP" || p == "EX" {
		k++
		if k+1 < len(toks) && strings.EqualFold(d.Tokens[toks[k]].Text, "and") {
			// a coordinated subject: "he and other church elders are"
			for k++; k < len(toks) && k < j+8; k++ {
				if p := d.Tokens[toks[k]].POS; !(p == "DT" || p == "PRP" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "NN")) {
					break
				}
			}
		}
	} else {
		// a noun phrase, perhaps with prepositional phrases and quote
		// marks ("Lee's recent trips to a few of the county's poorest
		// farm towns", "his staff “did")
		for k < len(toks) && k < j+12 {
			t := d.Tokens[toks[k]]
			p := t.POS
			if p == "DT" || p == "PRP$" || p == "CD" || p == "POS" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "NN") ||
				k > j && (p == "IN" && t.Text != "that" || isQuoteMark(t.Text) || p == "CC" && (t.Text == "and" || t.Text == "or") && nounNext(d, toks, k)) {
				k++
				continue
			}
			break
		}
		if k == j {
			return false
		}
	}
	for k < len(toks) && (strings.HasPrefix(d.Tokens[toks[k]].POS, "RB") || isQuoteMark(d.Tokens[toks[k]].Text)) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch d.Tokens[toks[k]].POS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// namedFrame builds a frame whose source is the tokens src: the canonical
// name of the person or organisation mentioned there, else the source as
// written when it is a noun phrase with a name or a plural noun ("Labor
// leaders", "People briefed on the move"). A pronoun or an empty source
// gives no frame: who "he" is belongs to the quotes layer.
func namedFrame(d *pipeline.Doc, src []int, content pipeline.Span, cue string) (frame, bool) {
	if len(src) == 0 || content.Len() == 0 {
		return frame{}, false
	}
	sp := pipeline.Span{Start: d.Tokens[src[0]].Start, End: d.Tokens[src[len(src)-1]].End}
	mentions := mentionsIn(d, sp)
	// a source whose head is a name is that name, not a modifier named
	// before it: "Florida Gov. Rick Scott", "Clinton campaign
	// communications director Jennifer Palmieri"
	for _, mi := range mentions {
		m := d.Mentions[mi]
		if m.Span.End != sp.End || afterPreposition(d, src, m.Span.Start) {
			continue // "Mr. Hale of the River Trust" is Mr. Hale
		}
		switch m.Label {
		case pipeline.LabelPerson, pipeline.LabelOrg:
			mentions = []int{mi}
		}
	}
	for _, mi := range mentions {
		m := d.Mentions[mi]
		switch m.Label {
		case pipeline.LabelPerson, pipeline.LabelOrg, pipeline.LabelGPE, pipeline.LabelNORP:
			name := m.Canonical
			if name == "" {
				name = m.Text
			}
			return frame{content: content, claimant: name, claimantID: m.EntityID, cue: cue}, true
		}
	}
	hasNoun := false
	for _, ti := range src {
		t := d.Tokens[ti]
		if t.POS == "PRP" || t.POS == "WP" || t.POS == "WDT" {
			return frame{}, false
		}
		if strings.HasPrefix(t.POS, "NN") {
			hasNoun = true
		}
	}
	if !hasNoun {
		return frame{}, false
	}
	name := strings.TrimSpace(d.Text[sp.Start:sp.End])
	first := d.Tokens[src[0]]
	if first.POS == "DT" && len(src) > 1 {
		name = strings.TrimSpace(d.Text[d.Tokens[src[1]].Start:sp.End])
	}
	if r, _ := firstRune(name); !unicode.IsLetter(r) {
		return frame{}, false
	}
	return frame{content: content, claimant: name, cue: cue}, true
}

// afterPreposition says whether the word of src starting at off follows a
// preposition, perhaps with a determiner between: a name in a
// prepositional phrase after the source's head.
func afterPreposition(d *pipeline.Doc, src []int, off int) bool {
	for i, ti := range src {
		if d.Tokens[ti].Start != off {
			continue
		}
		j := i - 1
		if j >= 0 && d.Tokens[src[j]].POS == "DT" {
			j--
		}
		return j >= 0 && d.Tokens[src[j]].POS == "IN"
	}
	return false
}

func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// trailingFrame finds a source named after its content: "content,” Mr.
// Rubin said." or "content, said Mr. Trump." The comma must close the
// content, right after it or after its closing quote mark.
func trailingFrame(d *pipeline.Doc, part pipeline.Span, toks []int) (frame, bool) {
	end := len(toks)
	for end > 0 && isPunct(d.Tokens[toks[end-1]].Text) {
		end--
	}
	for k := end - 2; k >= 2 && k >= end-maxApposedTokens-2; k-- {
		t := d.Tokens[toks[k]]
		if t.Text != "," {
			continue
		}
		rest := toks[k+1 : end]
		for len(rest) > 0 && isPunct(d.Tokens[rest[0]].Text) {
			rest = rest[1:] // the closing quote mark after the comma
		}
		if len(rest) < 2 {
			return frame{}, false
		}
		// the source before its verb, perhaps with an adjunct after it
		// ("Mr. McCain recalled last week"), or after it ("said Mr. Trump")
		// ("Mr. McCain recalled last week"), or after it ("said Mr. Trump");
		// a verb after the next comma is an apposition's ("said Jane Holloway,
		// the director of Lakeside Research Group, which tracks ...")
		v := -1
		for i, ti := range rest {
			if d.Tokens[ti].Text == "," {
				break
			}
			if p := d.Tokens[ti].POS; p == "VBD" || p == "VBZ" || p == "VBP" {
				v = i
				break
			}
		}
		if v < 0 {
			continue // an apposition of the source: "said Senator Tom Baker, Democrat of Oregon"
		}
		if !isFrameVerb(d.Tokens[rest[v]]) {
			if relativeBefore(d, rest[:v]) {
				// the verb of a relative clause in the source's
				// apposition ("said Stone, a Lakeside Republican who
				// founded ..."): the frame is before it
				continue
			}
			return frame{}, false
		}
		verb := lemma(strings.ToLower(d.Tokens[rest[v]].Text))
		src := rest[:v]
		if v == 0 {
			src = sourceHead(d, rest[1:])
		} else if len(rest)-v-1 > maxTrailingAdjunct || finiteBetween(d, rest, v+1, len(rest)) {
			return frame{}, false // more than an adjunct follows the verb
		}
		for _, ti := range src {
			if p := d.Tokens[ti].POS; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
				return frame{}, false // a clause, not a source
			}
		}
		f, ok := namedFrame(d, src, trim(d, pipeline.Span{Start: part.Start, End: t.Start}), verb)
		if !ok || !hasName(d, src) {
			return frame{}, false
		}
		return f, true
	}
	return frame{}, false
}

// maxTrailingAdjunct bounds what may follow a trailing frame's verb: a
// time or a place ("Lee said at a school hall here", "former Mayor Mark
// Stone said this week at a county fair in Dale"), with no verb.
const maxTrailingAdjunct = 14

// relativeBefore says whether a relative pronoun lies among toks.
func relativeBefore(d *pipeline.Doc, toks []int) bool {
	for _, ti := range toks {
		switch strings.ToLower(d.Tokens[ti].Text) {
		case "who", "which", "whose", "whom":
			return true
		}
	}
	return false
}

// isFrameVerb says whether a token is a tensed reporting verb.
func isFrameVerb(t pipeline.Token) bool {
	return (t.POS == "VBD" || t.POS == "VBZ" || t.POS == "VBP") && frameVerbs[lemma(strings.ToLower(t.Text))]
}

// hasName says whether the tokens hold a proper noun.
func hasName(d *pipeline.Doc, toks []int) bool {
	for _, ti := range toks {
		if strings.HasPrefix(d.Tokens[ti].POS, "NNP") {
			return true
		}
	}
	return false
}

// isQuoteMark says whether a token is a quote mark.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "''", "``":
		return true
	}
	return false
}

// asFrame finds "as NP said," or "as reported by NP," among the first
// words of toks, before a comma that opens the content, or ", as NP has
// acknowledged." ending it. The verb may take a short adjunct ("as Jane
// Holloway points out in her weekly letter to members,", "as she reported
// in her book,"), and the frame may follow a leading adverbial of a dozen
// words ("In the old port district of the city before the war, as ...").
func asFrame(d *pipeline.Doc, part pipeline.Span, toks []int) (frame, bool) {
	low := func(k int) string { return strings.ToLower(d.Tokens[toks[k]].Text) }
	at := -1
	for k := 0; k < len(toks) && k <= maxAsOffset; k++ {
		if low(k) == "as" && (k == 0 || leadingConnectives[low(k-1)] || d.Tokens[toks[k-1]].Text == ",") {
			at = k
			break
		}
	}
	if at >= 0 {
		for k := at + 2; k+1 < len(toks) && k <= at+maxSourceTokens; k++ {
			if d.Tokens[toks[k]].Text == "," {
				return asSource(d, toks[at+1:k], pipeline.Span{Start: d.Tokens[toks[k+1]].Start, End: part.End})
			}
		}
	}
	// "content, as NP has acknowledged."
	end := len(toks)
	for end > 0 && isPunct(low(end-1)) {
		end--
	}
	for k := end - 3; k >= 2 && k >= end-maxSourceTokens-1; k-- {
		if low(k) == "as" && d.Tokens[toks[k-1]].Text == "," && !slices.ContainsFunc(toks[k+1:end], func(ti int) bool { return d.Tokens[ti].Text == "," }) {
			return asSource(d, toks[k+1:end], trim(d, pipeline.Span{Start: part.Start, End: d.Tokens[toks[k-1]].Start}))
		}
	}
	return frame{}, false
}

// maxAsOffset is how far into a part an "as" frame may start: after a
// leading adverbial of up to a dozen words.
const maxAsOffset = 12

// asSource reads the words between "as" and the content of an "as" frame:
// "reported by NP", or "NP (adverbs) VERB (out) (adjunct)" where the
// adjunct opens with a preposition.
func asSource(d *pipeline.Doc, inner []int, content pipeline.Span) (frame, bool) {
	word := func(k int) string { return strings.ToLower(d.Tokens[inner[k]].Text) }
	// "as reported by NP"
	if len(inner) > 2 && frameVerbs[lemma(word(0))] && word(1) == "by" {
		return namedFrame(d, inner[2:], content, lemma(word(0)))
	}
	for k := 1; k < len(inner); k++ {
		v := d.Tokens[inner[k]]
		if !strings.HasPrefix(v.POS, "VB") || !frameVerbs[lemma(word(k))] {
			continue
		}
		rest := k + 1
		if rest < len(inner) && word(rest) == "out" {
			rest++
		}
		if rest < len(inner) && d.Tokens[inner[rest]].POS != "IN" {
			return frame{}, false // "as NP said the vote", not a frame
		}
		src := inner[:k]
		for len(src) > 1 && (strings.HasPrefix(d.Tokens[src[len(src)-1]].POS, "RB") || auxiliaries[lemma(strings.ToLower(d.Tokens[src[len(src)-1]].Text))]) {
			src = src[:len(src)-1] // "as the mayor has sometimes acknowledged"
		}
		return namedFrame(d, src, content, lemma(word(k)))
	}
	return frame{}, false
}

// afterConnectives drops the connectives that open a clause of more than
// four words ("But", "And yet"): a frame's subject starts after them.
func afterConnectives(d *pipeline.Doc, toks []int) []int {
	for len(toks) > 4 && leadingConnectives[strings.ToLower(d.Tokens[toks[0]].Text)] {
		toks = toks[1:]
	}
	return toks
}

// subjectAndVerb returns the tokens of part after its connectives and a
// leading adverbial, and the index among them of the first tensed verb:
// the words before it are the subject. ok is false when no tensed verb
// follows a subject within maxApposedTokens (outside appositions).
func subjectAndVerb(d *pipeline.Doc, part pipeline.Span) (toks []int, verb int, ok bool) {
	toks = afterLeadingAdverbial(d, afterConnectives(d, tokensIn(d, part)))
	for k, ti := range toks {
		if p := d.Tokens[ti].POS; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
			return toks, k, k >= 1
		}
		if k > maxApposedTokens {
			break
		}
	}
	return toks, -1, false
}

// participleFrame finds a reporting participle after the main clause of
// the article's own voice: "Lee sought to play down her defeat,
// pointing to a large win in Kent" is the article's, but in "Mr. Stone
// hardly mentioned his two rivals, saying that his mind was already on
// the autumn" what follows "saying that" is a claim of the clause's
// subject, as in "Stone got himself into trouble by saying that ...".
// It returns the frame and where the main clause ends.
func participleFrame(d *pipeline.Doc, part pipeline.Span) (frame, int, bool) {
	toks, verb, ok := subjectAndVerb(d, part)
	if !ok {
		return frame{}, 0, false
	}
	for k := verb + 2; k+2 < len(toks); k++ {
		t := d.Tokens[toks[k]]
		// ", saying that ..." or "by saying that ...": the manner of the
		// main clause's act is what its subject said
		if prev := d.Tokens[toks[k-1]].Text; t.POS != "VBG" || prev != "," && !strings.EqualFold(prev, "by") {
			continue
		}
		l := lemma(strings.ToLower(t.Text))
		if !frameVerbs[l] {
			continue
		}
		j := k + 1
		if l == "point" {
			if !strings.EqualFold(d.Tokens[toks[j]].Text, "out") {
				continue
			}
			j++
		}
		if l == "tell" {
			for j < len(toks) && j <= k+5 && !strings.EqualFold(d.Tokens[toks[j]].Text, "that") && !clauseStart(d, toks, j) {
				j++
			}
		}
		complementizer := j < len(toks) && strings.EqualFold(d.Tokens[toks[j]].Text, "that")
		if complementizer {
			j++
		}
		if j >= len(toks) || !complementizer && !clauseStart(d, toks, j) {
			continue // "saying nothing", "telling the story of"
		}
		f, ok := namedFrame(d, sourceHead(d, toks[:verb]), pipeline.Span{Start: d.Tokens[toks[j]].Start, End: part.End}, l)
		if !ok {
			return frame{}, 0, false
		}
		return f, d.Tokens[toks[k-1]].Start, true
	}
	return frame{}, 0, false
}

// nounNext says whether a noun phrase goes on after toks[k] ("the former
// mayor of Lakeside and Stone had split"), not a verb ("the charges and
// accused her of theft").
func nounNext(d *pipeline.Doc, toks []int, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	p := d.Tokens[toks[k+1]].POS
	return p == "DT" || p == "PRP$" || p == "CD" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "NN")
}

// insideFrame finds a frame set between commas inside its content: "In
// the late 1980s, Ms. Lee said, when she was working ...", "As the vote
// draws near, Stone says, the number of true swing voters ... falls",
// "And Baker, said Holloway, who is still close to her old boss, never
// lets a slight go". The claim is the whole part,
// the frame with it: the content is on both sides.
func insideFrame(d *pipeline.Doc, part pipeline.Span, toks []int) (frame, bool) {
	for k := 1; k+3 < len(toks); k++ {
		if d.Tokens[toks[k]].Text != "," {
			continue
		}
		// ", NP said," or ", said NP,": a short source and a tensed
		// reporting verb, closed by a comma
		end := -1
		for j := k + 1; j < len(toks) && j <= k+1+maxSourceTokens/2; j++ {
			if d.Tokens[toks[j]].Text == "," {
				end = j
				break
			}
		}
		if end < 0 || end-k < 3 || end+2 >= len(toks) {
			continue
		}
		inner := toks[k+1 : end]
		var src []int
		var verb string
		switch {
		case isFrameVerb(d.Tokens[inner[len(inner)-1]]):
			src, verb = inner[:len(inner)-1], strings.ToLower(d.Tokens[inner[len(inner)-1]].Text)
		case isFrameVerb(d.Tokens[inner[0]]):
			src, verb = inner[1:], strings.ToLower(d.Tokens[inner[0]].Text)
		default:
			continue
		}
		if !hasName(d, src) {
			continue
		}
		for _, ti := range src {
			if p := d.Tokens[ti].POS; strings.HasPrefix(p, "VB") || p == "MD" {
				return frame{}, false
			}
		}
		// the content goes on after the frame with a clause of its own
		if !finiteAfter(d, toks, end+1) {
			continue
		}
		return namedFrame(d, src, part, lemma(verb))
	}
	return frame{}, false
}

// coordinatedFrame finds a reporting verb coordinated with the main
// clause's verb: "Lee has backed raising the number of market permits
// but has since said she now thinks the scheme needs to be changed",
// "Other retired nurses bristled at such criticism and said ...".
// The main clause is the article's own; what follows the second verb is a
// claim of the subject. It returns the frame and where the main clause
// ends.
func coordinatedFrame(d *pipeline.Doc, part pipeline.Span) (frame, int, bool) {
	toks, verb, ok := subjectAndVerb(d, part)
	if !ok {
		return frame{}, 0, false
	}
	low := func(k int) string { return strings.ToLower(d.Tokens[toks[k]].Text) }
	// the first tensed verb must be the main clause's: not one of a
	// clause opening the sentence ("When Trump later referred to ...",
	// "Speaking on a local radio station on Monday, Mr. Stone called") or
	// of a relative clause in the subject
	if p := d.Tokens[toks[0]].POS; p == "IN" || p == "VBG" || p == "WRB" || isQuoteMark(d.Tokens[toks[0]].Text) {
		return frame{}, 0, false
	}
	for _, ti := range toks[:verb] {
		if p := d.Tokens[ti].POS; p == "WP" || p == "WDT" || p == "IN" && subordinators[strings.ToLower(d.Tokens[ti].Text)] {
			return frame{}, 0, false
		}
	}
	for k := verb + 2; k+2 < len(toks); k++ {
		if p := d.Tokens[toks[k]].POS; p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" || p == "WP" || p == "WDT" {
			// another clause before the coordination: "..., in which
			// Trump called himself ... and admitted"
			return frame{}, 0, false
		}
		if low(k) != "and" && low(k) != "but" {
			continue
		}
		// the second verb, perhaps after a perfect auxiliary and adverbs
		// ("but has since said", "and then told")
		v := k + 1
		if perfectAuxiliaries[low(v)] {
			v++
		}
		for v < len(toks) && (strings.HasPrefix(d.Tokens[toks[v]].POS, "RB") || low(v) == "since") {
			v++ // "has since said", tagged as a preposition
		}
		if v+1 >= len(toks) {
			return frame{}, 0, false
		}
		t := d.Tokens[toks[v]]
		if p := t.POS; p != "VBD" && p != "VBZ" && p != "VBP" && p != "VBN" || !frameVerbs[lemma(low(v))] || t.POS == "VBN" && !perfectAuxiliaries[low(k+1)] {
			continue
		}
		l := lemma(low(v))
		j := v + 1
		if l == "tell" {
			for j < len(toks) && j <= v+5 && low(j) != "that" && !clauseStart(d, toks, j) {
				j++
			}
		}
		complementizer := j < len(toks) && low(j) == "that"
		if complementizer {
			j++
		}
		if j >= len(toks) || !complementizer && !clauseStart(d, toks, j) {
			continue
		}
		f, ok := namedFrame(d, sourceHead(d, toks[:verb]), pipeline.Span{Start: d.Tokens[toks[j]].Start, End: part.End}, l)
		if !ok {
			return frame{}, 0, false
		}
		end := d.Tokens[toks[k]].Start
		if k > 0 && d.Tokens[toks[k-1]].Text == "," {
			end = d.Tokens[toks[k-1]].Start
		}
		return f, end, true
	}
	return frame{}, 0, false
}

// longSubjectClause says whether toks[j] opens a clause whose subject is
// too long or too branched for clauseStart: a noun phrase start, then a
// tensed verb further on ("said the days when the town had “one shared
// story” from its paper ... are gone", "said nearly every talk she
// has had with voters this month turns on ..."). After a
// reporting verb with a subject, a noun phrase followed by a tensed verb
// is what the source said, not the verb's object.
func longSubjectClause(d *pipeline.Doc, toks []int, verb, j int) bool {
	if j >= len(toks) || d.Tokens[toks[j-1]].Text == "," {
		return false // "say, gosh, Ann, you got ...": a quotation, not a clause
	}
	// "Part of the trouble in finding leaks, say experts like Ann Lee, a
	// Lakeside engineer, is the soil itself": a frame set
	// inside its content between commas, the words after it its source,
	// not the start of what was said
	inverted := verb > 0 && d.Tokens[toks[verb-1]].Text == ","
	k := j
	for k < len(toks)-1 && (isQuoteMark(d.Tokens[toks[k]].Text) || strings.HasPrefix(d.Tokens[toks[k]].POS, "RB")) {
		k++
	}
	switch p := d.Tokens[toks[k]].POS; {
	case p == "DT" || p == "PRP$" || p == "CD" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "NN"):
	default:
		return false
	}
	for v := k + 1; v < len(toks); v++ {
		if inverted && d.Tokens[toks[v]].Text == "," {
			return false
		}
		switch d.Tokens[toks[v]].POS {
		case "VBD", "VBZ", "VBP", "MD":
			// the verb of a second predicate of the frame's subject
			// ("said “BBC” three times, and then mentioned")
			// opens no clause
			b := v - 1
			for b > k && strings.HasPrefix(d.Tokens[toks[b]].POS, "RB") {
				b--
			}
			return d.Tokens[toks[b]].POS != "CC"
		}
	}
	return false
}
