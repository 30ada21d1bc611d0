package claims

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A reporting frame is what is left of an attribution the quotes layer did
// not find: a part of the article's own voice that opens with "According
// to NP," or "NP said (that)", or ends with ", according to NP". The claim
// is the reported content and its claimant the named source, not the
// outlet: "Labor leaders point out that ..." is a claim of labor leaders.
//
// This file holds what a frame is, reportingFrame, which tries the frame
// readers in turn, and the "NP said (that) ..." reader; the others are
// headline.go, trailingframes.go and asframe.go, and, for the frames that
// leave a main clause to the article, mainclauseframes.go. framesource.go
// says who the source is, clausestart.go where the content starts.

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
	low := func(k int) string { return lowerTok(d, toks[k]) }
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
	low := func(k int) string { return lowerTok(d, toks[k]) }
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
			j = afterAddressee(d, toks, k, j)
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

func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// isFrameVerb says whether a token is a tensed reporting verb.
func isFrameVerb(t pipeline.Token) bool {
	return (t.POS == "VBD" || t.POS == "VBZ" || t.POS == "VBP") && frameVerbs[lemma(strings.ToLower(t.Text))]
}

// isQuoteMark says whether a token is a quote mark.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "''", "``":
		return true
	}
	return false
}

// afterConnectives drops the connectives that open a clause of more than
// four words ("But", "And yet"): a frame's subject starts after them.
func afterConnectives(d *pipeline.Doc, toks []int) []int {
	for len(toks) > 4 && leadingConnectives[lowerTok(d, toks[0])] {
		toks = toks[1:]
	}
	return toks
}
