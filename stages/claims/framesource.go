package claims

import (
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Who a frame's source is: the head of the source before its appositions,
// and the person or organisation named there (else the source as written
// when it is a noun phrase that can speak).

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

// hasName says whether the tokens hold a proper noun.
func hasName(d *pipeline.Doc, toks []int) bool {
	for _, ti := range toks {
		if strings.HasPrefix(d.Tokens[ti].POS, "NNP") {
			return true
		}
	}
	return false
}
