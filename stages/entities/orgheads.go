package entities

import (
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the organisations found by their head word: a
// capitalised run ending in "University", "Bank", "Party" ... or opening
// with one before "of" ("Bank of England").

// hasOrgHead reports an organisation's head word among toks: an ORG span
// that opens with a title word and goes on to one ("Major League
// Baseball", "General Motors Company") is the organisation, not a titled
// person.
func hasOrgHead(toks []string) bool {
	for _, t := range toks {
		if orgHeadWords[ner.Hash(t, true)] {
			return true
		}
	}
	return false
}

// orgHeadWords end the names of organisations ("Harvard University",
// "Labour Party", "Sumitomo Bank Ltd") or, followed by "of", begin them
// ("Bank of England", "Ministry of Defence").
var orgHeadWords = hashSet("university", "bank", "party", "council", "committee", "ministry", "agency",
	"corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "group", "association",
	"federation", "union", "institute", "foundation", "company", "army", "navy", "police", "court",
	"parliament", "assembly", "commission", "organization", "organisation", "department", "bureau",
	"authority", "fund", "league", "alliance", "college", "church", "brigade", "brigades", "airlines",
	"airways", "society", "command")

// placeLikeHeads also end place names ("Soviet Union", "Russian
// Federation", "West Bank"): a model span of exactly the run labelled as
// a place keeps its label.
var placeLikeHeads = hashSet("union", "federation", "bank")

// orgHeads types names by an organisation's head word. A capitalised run
// ending in a head word, or with a head word followed by "of"/"for", is an
// organisation: a model span that ends the run there is relabelled ORG
// (the model's start is kept, so "Afghan" stays out of "Afghan Supreme
// Court" when the model leaves it out); a run the model did not cover, or
// covered only in pieces inside it ("Kiev Institute" + "Sociology"),
// becomes one ORG candidate. A model span
// reaching outside the run ("Economic and Monetary Union") is left alone.
// In headings every word is capitalised, so there only a model span ending
// in a head word is relabelled. Known gazetteer names win later (step 2).
func (s *Stage) orgHeads(sc *scratch, texts []string, heading bool) {
	isHead := func(t string) bool { return orgHeadWords[ner.Hash(t, true)] }
	keepsPlace := func(c *cand) bool {
		return placeLikeHeads[ner.Hash(texts[c.b-1], true)] && (c.label == pipeline.LabelGPE || c.label == pipeline.LabelLoc)
	}
	if heading {
		for k := range sc.cands {
			c := &sc.cands[k]
			if !c.fromModel || c.label == "EVENT" {
				continue
			}
			// A heading's words are all capitalised, so a span may run on
			// past the name: "Harvard University | Wins Award". After a
			// head word, common words end the name.
			for h := c.a + 1; h < c.b-1; h++ {
				if isHead(texts[h]) && s.allCommon(texts[h+1:c.b]) {
					c.b = h + 1
					break
				}
			}
			if c.b-c.a >= 2 && isHead(texts[c.b-1]) && !keepsPlace(c) {
				c.label = pipeline.LabelOrg
			}
		}
		return
	}
	n := len(texts)
	inRun := func(k int) bool { return upperInitial(texts[k]) && !s.hyphenTail(texts[k]) }
	for i := 0; i < n; {
		if !inRun(i) {
			i++
			continue
		}
		// The run: capitalised words, joined by "of", "for", "de", "&",
		// "of the".
		j := i + 1
		for j < n {
			if inRun(j) {
				j++
				continue
			}
			k := j
			if orgJoiners[ner.Hash(texts[k], true)] {
				k++
				if k < n && texts[k] == "the" {
					k++
				}
			}
			if k > j && k < n && inRun(k) {
				j = k + 1
				continue
			}
			break
		}
		a, b := i, j
		i = j
		if b-a < 2 || b-a > 8 {
			continue // one word, or a title-case line inside a sentence
		}
		head := -1
		if isHead(texts[b-1]) {
			head = b - 1
		} else {
			for k := a; k+1 < b; k++ {
				if isHead(texts[k]) && (texts[k+1] == "of" || texts[k+1] == "for") {
					head = k
					break
				}
			}
		}
		if head < 0 {
			continue
		}
		// The model's spans over the run.
		covering, outside := -1, false
		for k := range sc.cands {
			c := &sc.cands[k]
			if !c.fromModel || c.b <= a || c.a >= b {
				continue
			}
			if c.a < a || c.b > b {
				outside = true
			}
			if c.a <= head && head < c.b {
				covering = k
			}
		}
		if outside {
			continue
		}
		if covering >= 0 && sc.cands[covering].b == b {
			if c := &sc.cands[covering]; c.label != "EVENT" && !keepsPlace(c) {
				c.label = pipeline.LabelOrg
			}
			continue
		}
		// Leading words that are not part of the name: "The", a
		// capitalised common word opening the sentence ("Officials of the
		// Kiev Institute") and the joiners after it.
		for a < head && (!upperInitial(texts[a]) || isDeterminer(texts[a]) ||
			(a == 0 || isEdgePunct(texts[a-1])) && s.feat.IsCommon(texts[a])) {
			a++
		}
		if b-a < 2 || titleLen(texts[a:b]) > 0 {
			continue
		}
		kept := sc.cands[:0]
		for _, c := range sc.cands {
			if c.b <= a || c.a >= b {
				kept = append(kept, c)
			}
		}
		sc.cands = append(kept, cand{a: a, b: b, label: pipeline.LabelOrg, fromModel: true})
	}
}

var orgJoiners = hashSet("of", "for", "de", "&")
