package claims

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Where the content of a reporting verb starts: a clause opening with a
// subject and a tensed verb, short or long ("said the days when ... are
// gone").

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

// afterAddressee skips the addressee of "tell" ("told reporters", "told
// the National Post"): from toks[j] to "that" or a clause start, at most
// five words past the verb at toks[v].
func afterAddressee(d *pipeline.Doc, toks []int, v, j int) int {
	for j < len(toks) && j <= v+5 && !strings.EqualFold(d.Tokens[toks[j]].Text, "that") && !clauseStart(d, toks, j) {
		j++
	}
	return j
}

// reportedClause returns where the content of a reporting verb (lemma l,
// at toks[v]) starts, reading from toks[j]: past the addressee of "tell",
// after "that", or at a clause start. ok is false when no clause follows
// ("saying nothing", "telling the story of").
func reportedClause(d *pipeline.Doc, toks []int, v, j int, l string) (start int, ok bool) {
	if l == "tell" {
		j = afterAddressee(d, toks, v, j)
	}
	complementizer := j < len(toks) && strings.EqualFold(d.Tokens[toks[j]].Text, "that")
	if complementizer {
		j++
	}
	return j, j < len(toks) && (complementizer || clauseStart(d, toks, j))
}
