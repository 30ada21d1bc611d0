package claims

import (
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// "As" frames: "As another study noted, content", "content, as NP has
// acknowledged.", "As reported by NP, content".

// asFrame finds "as NP said," or "as reported by NP," among the first
// words of toks, before a comma that opens the content, or ", as NP has
// acknowledged." ending it. The verb may take a short adjunct ("as Jane
// Holloway points out in her weekly letter to members,", "as she reported
// in her book,"), and the frame may follow a leading adverbial of a dozen
// words ("In the old port district of the city before the war, as ...").
func asFrame(d *pipeline.Doc, part pipeline.Span, toks []int) (frame, bool) {
	low := func(k int) string { return lowerTok(d, toks[k]) }
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
	word := func(k int) string { return lowerTok(d, inner[k]) }
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
		for len(src) > 1 && (strings.HasPrefix(d.Tokens[src[len(src)-1]].POS, "RB") || auxiliaries[lemma(lowerTok(d, src[len(src)-1]))]) {
			src = src[:len(src)-1] // "as the mayor has sometimes acknowledged"
		}
		return namedFrame(d, src, content, lemma(word(k)))
	}
	return frame{}, false
}
