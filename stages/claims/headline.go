package claims

import (
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A title written in title case defeats the tagger: in "Former Lee
// Adviser Says Lee Is In Trouble" every word is a proper noun, so the
// frame readers, which look for a tensed reporting verb, see none. In a
// headline a capitalised inflected reporting verb ("Says", "Tells",
// "Reveals", "Explained") after a short subject is the frame: "NP Says
// content" or "content, NP Says".

// headlineFrame finds a reporting frame in a title-case headline.
func headlineFrame(d *pipeline.Doc, part pipeline.Span, toks []int) (frame, bool) {
	if len(toks) < 4 || !inHeadline(d, toks[0]) {
		return frame{}, false
	}
	end := len(toks)
	for end > 0 && isPunct(d.Tokens[toks[end-1]].Text) {
		end--
	}
	for k := 1; k < end && k <= maxSourceTokens; k++ {
		t := d.Tokens[toks[k]]
		if t.Text == "," || t.Text == ":" {
			break // a frame after the content is read below
		}
		if !headlineReportingVerb(t) {
			continue
		}
		src := toks[:k]
		for len(src) > 1 && strings.HasPrefix(d.Tokens[src[len(src)-1]].POS, "RB") || len(src) > 1 && strings.EqualFold(d.Tokens[src[len(src)-1]].Text, "just") {
			src = src[:len(src)-1] // "Kasich Just Revealed"
		}
		if end-k-1 < 2 || !plainSource(d, src) {
			return frame{}, false
		}
		content := pipeline.Span{Start: d.Tokens[toks[k+1]].Start, End: part.End}
		return namedFrame(d, src, content, lemma(strings.ToLower(t.Text)))
	}
	// "content, NP Says."
	for k := end - 2; k >= 2 && k >= end-maxSourceTokens-1; k-- {
		if d.Tokens[toks[k]].Text != "," {
			continue
		}
		if !headlineReportingVerb(d.Tokens[toks[end-1]]) {
			return frame{}, false
		}
		src := toks[k+1 : end-1]
		if !plainSource(d, src) {
			return frame{}, false
		}
		return namedFrame(d, src, trim(d, pipeline.Span{Start: part.Start, End: d.Tokens[toks[k]].Start}), lemma(lowerTok(d, toks[end-1])))
	}
	return frame{}, false
}

// inHeadline says whether the token's sentence lies in a headline zone.
func inHeadline(d *pipeline.Doc, ti int) bool {
	si := d.Tokens[ti].Sentence
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	z := d.Sentences[si].Zone
	return z >= 0 && z < len(d.Zones) && d.Zones[z].Kind == pipeline.ZoneHeadline
}

// headlineReportingVerb says whether a headline's word is an inflected
// reporting verb written with a capital ("Says", "Warns", "Explained"), or
// one the tagger read as a tensed verb. A bare lemma ("Report", "Claim")
// is as often a noun.
func headlineReportingVerb(t pipeline.Token) bool {
	w := strings.ToLower(t.Text)
	l := lemma(w)
	if !frameVerbs[l] || w == l || objectReports[l] {
		return false
	}
	if t.POS == "VBZ" || t.POS == "VBD" {
		return true
	}
	if nounLikeReports[w] {
		return false // "United States", "Clinton's Claims"
	}
	r, _ := firstRune(t.Text)
	return unicode.IsUpper(r) && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || irregularVerbs[w] != "")
}

// plainSource says whether words can be a headline's source: no verb, no
// pronoun alone, at least one noun.
func plainSource(d *pipeline.Doc, src []int) bool {
	if len(src) == 0 {
		return false
	}
	noun := false
	for i, ti := range src {
		t := d.Tokens[ti]
		if p := t.POS; strings.HasPrefix(p, "VB") || p == "MD" || p == "WP" || p == "WDT" || isPunct(t.Text) && t.Text != "." && t.Text != "'s" {
			return false // "Hacker who revealed ...", "After Trump Heard What ..."
		}
		if w := lowerTok(d, ti); i > 0 && w != lemma(w) && verbLemmas[lemma(w)] && !strings.HasSuffix(w, "'s") {
			return false // a title-case verb: "Ann Lee Calls for Outside Inquiry after Audit Reveals"
		}
		if t.POS == "IN" && headlineSubordinators[lowerTok(d, ti)] {
			return false
		}
		if strings.HasPrefix(t.POS, "NN") {
			noun = true
		}
	}
	return noun
}

// nounLikeReports are inflected reporting verbs that a title case headline
// more often uses as plural nouns.
var nounLikeReports = setOf(`claims reports notes states points answers counters remarks pledges vows cautions notices tweets posts writes`)

// objectReports are reporting verbs whose headline object is more often a
// thing than a statement: "Mark Stone Tweets A Badly Cropped
// Photo", "The Gazette Just Responded To Stone's ... Demand", "Councillors
// Finally Confirmed A Judge".
var objectReports = setOf(`tweet respond reply answer counter post write confirm remark notice observe`)

// headlineSubordinators open a clause before the headline's main one:
// "After Trump Heard What ... Said, He ...".
var headlineSubordinators = setOf(`after before when while as if because since although though`)
