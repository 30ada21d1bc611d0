package claims

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Frames named after their content ("content, Mr. Rubin said.", "content,
// said Mr. Trump.") or set inside it between commas ("In those years, Ms.
// Lee said, when she was working ...").

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
		verb := lemma(lowerTok(d, rest[v]))
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
		switch lowerTok(d, ti) {
		case "who", "which", "whose", "whom":
			return true
		}
	}
	return false
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
			src, verb = inner[:len(inner)-1], lowerTok(d, inner[len(inner)-1])
		case isFrameVerb(d.Tokens[inner[0]]):
			src, verb = inner[1:], lowerTok(d, inner[0])
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
