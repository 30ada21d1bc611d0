package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// dropLaws drops the mentions that name a law ("Freedom of Speech Act",
// "Fifth Amendment"): the stage's labels have no kind for them (docs/SCHEMA.md; the model's MISC spans are dropped
// too), and the model reads them as organisations. A name is a law's when
// its last word is a law's head word; an acronym the text defines by it
// ("Norland Sanctions Act, or NSA") goes with it, and so does a name glued
// to its front by a space alone ("Norland" of "Norland Sanctions Act" where
// the model cut the place off).
func dropLaws(d *pipeline.Doc, ms []mention) []mention {
	law := make([]bool, len(ms))
	any := false
	for i, m := range ms {
		if isLawName(d.Text[m.Start:m.End]) || m.canonical != "" && isLawName(m.canonical) {
			law[i], any = true, true
			if j := i - 1; j >= 0 && ms[j].sent == m.sent && ms[j].End+1 == m.Start && d.Text[ms[j].End] == ' ' {
				law[j] = true
			}
		}
	}
	if !any {
		return ms
	}
	kept := ms[:0]
	for i, m := range ms {
		if !law[i] {
			kept = append(kept, m)
		}
	}
	return kept
}

// isLawName reports whether a name ends in a law's head word. Treaties
// and agreements ("Vale Treaty", "Vale Peace Accord") are left as the model
// reads them: the GMB training news tags them as organisations, and
// dropping them there cost more right names than false ones
// (docs/MODEL.md, "Politics news annotated blind").
func isLawName(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return strings.Contains(name, " ") && lawHeads[ner.Hash(last, true)]
}

var lawHeads = hashSet("Act", "Acts", "Amendment", "Amendments")
