package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the descriptive names of state institutions: "Syrian
// army", "Russia's defense ministry", "the Syrian state-run news agency",
// and "the defense ministry" after the country's own was named.

// institutionHeads are the nouns that make "<nationality> <head>" the name
// of a state institution ("Syrian army", "Russia's defense ministry").
var institutionHeads = [][]string{
	{"army"}, {"military"}, {"navy"}, {"air", "force"}, {"armed", "forces"},
	{"defense", "ministry"}, {"defence", "ministry"}, {"foreign", "ministry"}, {"interior", "ministry"},
}

// descriptive turns "<NORP|GPE['s]> <institution head>" into one ORG mention
// when the head ends the noun phrase ("the Syrian army repelled", not
// "Russian military advisors").
func (s *Stage) descriptive(d *pipeline.Doc, sc *scratch, si, first int, heading bool) {
	for mi := first; mi < len(sc.ms); mi++ {
		m := &sc.ms[mi]
		if m.label != pipeline.LabelNORP && m.label != pipeline.LabelGPE {
			continue
		}
		// Find the sub-token after the mention.
		j := 0
		for j < len(sc.toks) && sc.toks[j].Start < m.End {
			j++
		}
		if j < len(sc.toks) && m.label == pipeline.LabelGPE && isPossessive(sc.texts[j]) {
			j++
		}
		for hi, head := range institutionHeads {
			if j+len(head) > len(sc.toks) {
				continue
			}
			ok := true
			for k, w := range head {
				if !strings.EqualFold(sc.texts[j+k], w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			after := j + len(head)
			if after < len(sc.toks) && !heading && s.modifies(d, sc, after) {
				break
			}
			country := d.Text[m.Start:m.End]
			demonym := country
			if m.label == pipeline.LabelGPE {
				demonym = s.gaz.Demonym(country)
				if demonym == "" {
					break
				}
			} else if m.canonical != "" {
				demonym = m.canonical
			}
			m.End = sc.toks[after-1].End
			m.label = pipeline.LabelOrg
			m.canonical = s.institutionName(demonym, head)
			sc.noteInstitution(hi, m.canonical)
			m.fromModel = false
			m.ambiguous = false
			break
		}
	}
}

// modifies reports whether the sub-token at i continues the noun phrase, so
// the head before it is only a modifier.
func (s *Stage) modifies(d *pipeline.Doc, sc *scratch, i int) bool {
	t := sc.texts[i]
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsLetter(r) {
		return false
	}
	// Prefer the segment stage's POS tag when the token is unsplit.
	if k := d.TokenAt(sc.toks[i].Start); k >= 0 {
		tok := d.Tokens[k]
		if tok.POS != "" {
			if !strings.HasPrefix(tok.POS, "NN") {
				return false
			}
			// A word in -s followed by a determiner, adjective, name,
			// pronoun or number is a verb the tagger read as a plural
			// ("Syria army retakes ancient Palmyra").
			if k+1 < len(d.Tokens) && strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
				switch d.Tokens[k+1].POS {
				case "DT", "JJ", "NN", "NNP", "PRP", "PRP$", "CD":
					return false
				}
			}
			return true
		}
	}
	return !s.feat.IsCommon(t) || strings.HasSuffix(t, "s")
}

// institutionName gives the canonical name of "<demonym> <head>": the
// gazetteer's when it knows the form, else the form in title case.
func (s *Stage) institutionName(demonym string, head []string) string {
	form := demonym + " " + strings.Join(head, " ")
	for _, ei := range s.gaz.Lookup(form, true) {
		if e := s.gaz.Entries[ei]; e.Label == pipeline.LabelOrg {
			return e.Canonical
		}
	}
	var b strings.Builder
	b.WriteString(demonym)
	for _, w := range head {
		b.WriteByte(' ')
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// newsAgencyModifiers may stand between a nationality and "news agency".
var newsAgencyModifiers = hashSet("state-run", "state", "official", "state-owned", "government-run",
	"government", "national", "state-controlled", "government-controlled", "semi-official", "semiofficial")

// newsAgencies maps a demonym ("Syrian") to the one news agency of that
// country the gazetteer knows ("Syrian Arab News Agency"), read from the
// agency names that begin with the nationality or the country.
func newsAgencies(g *ner.Gazetteer) map[string]string {
	out := map[string]string{}
	for _, e := range g.Entries {
		if e.Kind != ner.KindOrg || !e.Primary || e.Surface != e.Canonical || !strings.Contains(e.Canonical, "News Agency") {
			continue
		}
		first, _, _ := strings.Cut(e.Canonical, " ")
		demonym := g.Demonym(first)
		for _, ei := range g.Lookup(first, false) {
			if x := g.Entries[ei]; x.Kind == ner.KindNORP {
				demonym = x.Canonical
			}
		}
		if demonym == "" {
			continue
		}
		if prev, seen := out[demonym]; seen && prev != e.Canonical {
			out[demonym] = "" // two agencies: the country does not decide
			continue
		}
		out[demonym] = e.Canonical
	}
	return out
}

// stateAgencies turns "<nationality> [state-run] news agency" into an ORG
// mention of the country's news agency when the gazetteer has one.
func (s *Stage) stateAgencies(d *pipeline.Doc, sc *scratch, first int) {
	for mi := first; mi < len(sc.ms); mi++ {
		m := &sc.ms[mi]
		if m.label != pipeline.LabelNORP {
			continue
		}
		demonym := m.canonical
		if demonym == "" {
			demonym = d.Text[m.Start:m.End]
		}
		agency := s.agencies[demonym]
		if agency == "" {
			continue
		}
		j := sc.tokenAfter(m.End)
		for j < len(sc.toks) && newsAgencyModifiers[ner.Hash(sc.texts[j], true)] {
			j++
		}
		if j+1 < len(sc.toks) && strings.EqualFold(sc.texts[j], "news") && strings.EqualFold(sc.texts[j+1], "agency") {
			m.End = sc.toks[j+1].End
			m.label, m.canonical, m.fromModel, m.ambiguous = pipeline.LabelOrg, agency, false, false
		}
	}
}

// tokenAfter returns the index of the first sub-token starting at or after
// the byte offset end.
func (sc *scratch) tokenAfter(end int) int {
	j := 0
	for j < len(sc.toks) && sc.toks[j].Start < end {
		j++
	}
	return j
}

// bareInstitutions tags "the defense ministry" as the institution named
// earlier in the document with its country ("Russia's defense ministry"
// ... "the defense ministry's website"). Without such a mention the
// country is unknown and nothing is tagged.
func (s *Stage) bareInstitutions(d *pipeline.Doc, sc *scratch, si, first int, heading bool) {
	if len(sc.institutions) == 0 {
		return
	}
	for i := 1; i < len(sc.toks); i++ {
		if !isDeterminer(sc.texts[i-1]) {
			continue
		}
		for hi, head := range institutionHeads {
			// Only ministries: "the army" or "the military" may be any
			// country's, even in an article about one.
			if head[len(head)-1] != "ministry" || i+len(head) > len(sc.toks) {
				continue
			}
			ok := true
			for k, w := range head {
				if !strings.EqualFold(sc.texts[i+k], w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			canon := sc.institutions[hi]
			after := i + len(head)
			if canon == "" || canon == conflicting || after < len(sc.toks) && !heading && s.modifies(d, sc, after) {
				break
			}
			sp := pipeline.Span{Start: sc.toks[i].Start, End: sc.toks[after-1].End}
			overlaps := false
			for _, m := range sc.ms[first:] {
				if m.Start < sp.End && sp.Start < m.End {
					overlaps = true
				}
			}
			if !overlaps {
				sc.ms = append(sc.ms, mention{Span: sp, sent: si, label: pipeline.LabelOrg, canonical: canon,
					heading: heading, prev: sc.texts[i-1]})
			}
			break
		}
	}
}

// institutionSuffixes are the institution heads as the end of a longer
// name: " defense ministry".
var institutionSuffixes = func() []string {
	out := make([]string, len(institutionHeads))
	for i, h := range institutionHeads {
		out[i] = " " + strings.Join(h, " ")
	}
	return out
}()

// noteInstitutions records the country-qualified institutions of the
// sentence that the gazetteer named ("the Russian defense ministry").
func (s *Stage) noteInstitutions(d *pipeline.Doc, sc *scratch, first int) {
	for _, m := range sc.ms[first:] {
		if m.label != pipeline.LabelOrg || m.canonical == "" {
			continue
		}
		text := d.Text[m.Start:m.End]
		for hi, suf := range institutionSuffixes {
			if len(text) > len(suf) && strings.EqualFold(text[len(text)-len(suf):], suf) {
				sc.noteInstitution(hi, m.canonical)
			}
		}
	}
}

// conflicting marks an institution head named for two countries in one
// document: a bare mention of it is not resolved.
const conflicting = "\x00"

// noteInstitution records the canonical a country-qualified institution
// head got in the document.
func (sc *scratch) noteInstitution(head int, canonical string) {
	if sc.institutions == nil {
		sc.institutions = make([]string, len(institutionHeads))
	}
	switch sc.institutions[head] {
	case "":
		sc.institutions[head] = canonical
	case canonical:
	default:
		sc.institutions[head] = conflicting
	}
}
