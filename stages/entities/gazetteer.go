package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the choice of gazetteer entries for names the model did
// not find: which entry a match takes, which matches may stand on their
// words, and the names inside hyphenated words ("U.S.-led").

// known reports whether toks[a:b] as a whole is a gazetteer surface.
func (s *Stage) known(toks []string, a, b int) bool {
	end, _ := s.gaz.Longest(toks[:b], a, false)
	return end == b
}

// junk reports a span that is capitalised only because it sits in a
// heading or opens a sentence: every word is a common lower-case word and
// the gazetteer does not know the span.
func (s *Stage) junk(toks []string, a int, prev string, heading bool) bool {
	if !heading && !(len(toks) == 1 && (a == 0 || isEdgePunct(prev))) {
		return false
	}
	for _, t := range toks {
		if !s.feat.IsCommon(t) {
			return false
		}
	}
	end, _ := s.gaz.Longest(toks, 0, heading)
	return end != len(toks)
}

// fallbackWords reports whether a gazetteer match the model did not find
// may stand on its words: a compass word alone ("South", "WEST") is a
// direction, not a place, and in a heading, where every word is
// capitalised, a town or paper named by common words ("MAN", "YOUNG",
// "THE NATION") is left to the model; countries and nationalities stand.
func (s *Stage) fallbackWords(toks []string, e ner.Entry, heading bool) bool {
	if e.Kind == ner.KindCountry || e.Kind == ner.KindNORP {
		return true
	}
	if len(toks) == 1 && compassWords[ner.Hash(toks[0], true)] {
		return false
	}
	return !heading || !s.allCommon(toks)
}

var compassWords = hashSet("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
	"south-west", "northeastern", "northwestern", "southeastern", "southwestern")

// fallbackEntry picks the entry a gazetteer-only mention takes: small towns
// are left to the model (their names collide with surnames and words).
func (s *Stage) fallbackEntry(grp []int32, multiword, heading bool) (ner.Entry, bool) {
	best, found := ner.Entry{}, false
	for _, ei := range grp {
		e := s.gaz.Entries[ei]
		// In a heading (ALL CAPS or Title Case) every word is capitalised
		// and the model has little to go on, so a town's own name counts
		// there.
		if e.Kind == ner.KindCity && !(heading && e.Primary && !e.Ambiguous) {
			continue
		}
		if e.Kind == ner.KindAdmin1 && !e.Primary && !multiword {
			continue
		}
		if !found || better(e, best) {
			best, found = e, true
		}
	}
	return best, found
}

// strongEntry reports a country, nationality or organisation name.
func (s *Stage) strongEntry(grp []int32) bool {
	for _, ei := range grp {
		e := s.gaz.Entries[ei]
		if !e.Ambiguous && (e.Kind == ner.KindCountry || e.Kind == ner.KindNORP || e.Kind == ner.KindOrg) {
			return true
		}
	}
	return false
}

// better orders entries for one surface: unambiguous, primary name, then
// countries before organisations before cities, then by population.
func better(a, b ner.Entry) bool {
	if a.Ambiguous != b.Ambiguous {
		return !a.Ambiguous
	}
	if a.Primary != b.Primary {
		return a.Primary
	}
	if a.Kind != b.Kind {
		return kindRank(a.Kind) < kindRank(b.Kind)
	}
	return a.Pop > b.Pop
}

func kindRank(k ner.Kind) int {
	switch k {
	case ner.KindCountry:
		return 0
	case ner.KindNORP:
		return 1
	case ner.KindOrg:
		return 2
	case ner.KindCityBig:
		return 3
	case ner.KindLoc:
		return 4
	case ner.KindAdmin1:
		return 5
	}
	return 6
}

// embedded adds the names inside a hyphenated token; only strong lists
// count (countries, big cities, nationalities, organisations).
func (s *Stage) embedded(sc *scratch, si, i int, heading bool) {
	t := sc.toks[i]
	off := 0
	for off < len(t.text) {
		r, size := utf8.DecodeRuneInString(t.text[off:])
		if r == '-' || r == '‐' || r == '‑' {
			off += size
			continue
		}
		end := off
		for end < len(t.text) {
			r, size := utf8.DecodeRuneInString(t.text[end:])
			if r == '-' || r == '‐' || r == '‑' {
				break
			}
			end += size
		}
		part := t.text[off:end]
		if r0, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r0) {
			var best ner.Entry
			found := false
			for _, ei := range s.gaz.Lookup(part, false) {
				e := s.gaz.Entries[ei]
				if e.Ambiguous || e.Kind == ner.KindCity || e.Kind == ner.KindAdmin1 {
					continue
				}
				if !found || better(e, best) {
					best, found = e, true
				}
			}
			if found {
				sc.ms = append(sc.ms, mention{Span: pipeline.Span{Start: t.Start + off, End: t.Start + end},
					sent: si, label: best.Label, canonical: best.Canonical, heading: heading})
			}
		}
		off = end
	}
}

// nameOrganisations gives an organisation its name from the organisation
// list (organisations_more.tsv, ner.KindOrgName) once every other rule has
// chosen labels, spans and names: an ORG mention whose name, the text or
// the one a rule gave it (an acronym's expansion, an organisations.tsv
// canonical, the longer name a short form stands for), is a form of a
// list entry takes the entry's canonical, so "GOP" and "Republican Party"
// are one entity. Keying on the name a rule chose keeps that choice and
// carries it to the rule's short forms ("Dems" after "Lib Dems"). A form
// the list flags ambiguous ("Fed", "Tories") is renamed only where the
// document also names the organisation by its canonical or by a form that
// is not ambiguous: alone it may be another body. Labels and spans stay.
func (s *Stage) nameOrganisations(d *pipeline.Doc, ms []mention) {
	type hit struct {
		i int
		e ner.Entry
	}
	var hits []hit
	var named map[string]bool // canonicals the document names unambiguously
	for i := range ms {
		m := &ms[i]
		if m.label != pipeline.LabelOrg {
			continue
		}
		name := m.canonical
		if name == "" {
			name = plainName(d.Text[m.Start:m.End], m.heading)
		}
		e, ok := s.gaz.OrgName(name)
		if !ok {
			continue
		}
		hits = append(hits, hit{i, e})
		if !e.Ambiguous || name == e.Canonical {
			if named == nil {
				named = map[string]bool{}
			}
			named[e.Canonical] = true
		}
	}
	for _, h := range hits {
		if !h.e.Ambiguous || named[h.e.Canonical] {
			ms[h.i].canonical = h.e.Canonical
		}
	}
}
