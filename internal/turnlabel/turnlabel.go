package turnlabel

import (
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Person returns the index in d.Mentions of the person a label names, or
// -1: a person mention outside the label whose canonical name is a full
// name (two words or more) ending in the label's last word, written in
// any case, and, for a label of two words or more, opening with its first
// ("ANN LEE" is not Tom Lee). Of several, the one named most often wins,
// the first named on a tie;
// the index is that of its first mention.
func Person(d *pipeline.Doc, label pipeline.Span) int {
	lw := strings.Fields(d.Text[label.Start:label.End])
	if len(lw) == 0 {
		return -1
	}
	best := -1
	var count, first map[string]int
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Label != pipeline.LabelPerson || label.Overlaps(m.Span) {
			continue
		}
		w := strings.Fields(m.Canonical)
		if len(w) < 2 || !strings.EqualFold(w[len(w)-1], lw[len(lw)-1]) || len(lw) > 1 && !strings.EqualFold(w[0], lw[0]) {
			continue
		}
		if count == nil {
			count, first = map[string]int{}, map[string]int{}
		}
		if _, ok := first[m.Canonical]; !ok {
			first[m.Canonical] = k
		}
		count[m.Canonical]++
		if best < 0 || count[m.Canonical] > count[d.Mentions[best].Canonical] {
			best = first[m.Canonical]
		}
	}
	return best
}

// Place reports whether the entity layer reads a place (GPE, LOC, FAC) in
// the label: "NEW DELHI: …" is a dateline with a colon, and names no
// speaker.
func Place(d *pipeline.Doc, label pipeline.Span) bool {
	lo, hi := d.MentionsStartingIn(label)
	for _, m := range d.Mentions[lo:hi] {
		if m.Label == pipeline.LabelGPE || m.Label == pipeline.LabelLoc || m.Label == pipeline.LabelFac {
			return true
		}
	}
	return false
}

// TitleCase writes a label in capitals as a name: "ANA MARTINEZ" gives
// "Ana Martinez", "O'NEILL" gives "O'Neill".
func TitleCase(label string) string {
	var b strings.Builder
	upper := true
	for _, r := range label {
		if upper {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = !unicode.IsLetter(r)
	}
	return b.String()
}
