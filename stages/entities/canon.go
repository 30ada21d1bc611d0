package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/internal/newsnames"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the document pass (resolve), which runs once the
// sentences are read: the gazetteer's canonical names, the ambiguous
// aliases, and one label per surface form. Its other steps stand in
// acronyms.go, shortforms.go (with persons.go, the people of the
// document), orgevidence.go and occurrences.go.

// resolve drops overlapping and unsupported candidates, gives every mention
// its canonical name and writes d.Mentions.
func (s *Stage) resolve(d *pipeline.Doc, sc *scratch) {
	ms := sc.ms
	sortMentions(ms)
	kept := ms[:0]
	lastEnd := -1
	for _, m := range ms {
		if m.Start < lastEnd {
			continue
		}
		kept = append(kept, m)
		lastEnd = m.End
	}
	ms = s.splitDashedNames(d, s.splitPossessives(d, kept))
	ms = s.splitPlaceParty(d, s.splitPartySpans(d, s.keepPartyWordAlone(d, s.dropMemberTitles(d, ms))))

	// Gazetteer canonicals and labels.
	for i := range ms {
		m := &ms[i]
		text := d.Text[m.Start:m.End]
		if m.canonical != "" {
			continue
		}
		e, ok := s.entryFor(text, m.label, m.heading || newsnames.AllCaps(text))
		if !ok && m.label == pipeline.LabelOrg {
			// "Russia Air Force" is the gazetteer's "Russian Air Force".
			if alt := s.demonymForm(text); alt != "" {
				if e, ok = s.entryFor(alt, m.label, m.heading); ok && e.Label != m.label {
					ok = false
				}
			}
		}
		if ok {
			strong := e.Kind == ner.KindCountry || e.Kind == ner.KindOrg || e.Kind == ner.KindNORP || e.Kind == ner.KindLoc
			if e.Label != m.label && !strong && !(m.heading && e.Primary && !e.Ambiguous) {
				continue
			}
			m.label, m.canonical, m.ambiguous = e.Label, e.Canonical, e.Ambiguous
		}
	}

	// Ambiguous aliases (IS, AP, RT, Isis) stand only with support: the model
	// found them in running text (after another word, or before a
	// possessive: "AP's photographer" opening a sentence), or the document
	// names the same entity unambiguously.
	if sc.supported == nil {
		sc.supported = map[labelName]bool{}
	}
	supported := sc.supported
	clear(supported)
	for _, m := range ms {
		if !m.ambiguous && m.canonical != "" {
			supported[labelName{m.label, m.canonical}] = true
		}
	}
	kept = ms[:0]
	for _, m := range ms {
		if m.ambiguous && !supported[labelName{m.label, m.canonical}] && !cue(m.prev) && !cue(m.next) &&
			!(m.fromModel && !m.heading && (m.prev != "" && !isEdgePunct(m.prev) || isPossessive(m.next))) {
			continue
		}
		kept = append(kept, m)
	}
	ms = dropPluralAcronyms(d, dropDiseases(d, kept))

	ms = acronyms(d, ms)
	s.shortForms(d, ms)
	sc.consistentLabels(d, ms)
	s.surnamesOfPersons(d, sc, ms)
	s.organisationsShown(d, ms)
	ms = s.otherOccurrences(d, sc, ms)
	s.partyMembersAsGroups(d, ms)
	ms = s.partyWordsUnread(d, ms)
	s.nameOrganisations(d, ms)

	d.Mentions = d.Mentions[:0]
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		canon := m.canonical
		if canon == "" {
			canon = plainName(text, m.heading)
		}
		d.Mentions = append(d.Mentions, pipeline.Mention{
			Span: m.Span, Sentence: m.sent, Text: text, Label: m.label,
			Canonical: canon, EntityID: pipeline.EntityID(m.label, canon), KBID: s.kbIDs[labelName{m.label, canon}],
		})
	}
}

// demonymForm rewrites a name that starts with a country ("Russia Air
// Force", "United States Army") with the country's demonym ("Russian Air
// Force"), or returns "".
func (s *Stage) demonymForm(text string) string {
	for i, c := range text {
		if c != ' ' {
			continue
		}
		if dem := s.gaz.Demonym(text[:i]); dem != "" {
			return dem + text[i:]
		}
	}
	return ""
}

// entryFor returns the best gazetteer entry for a whole mention, preferring
// entries of the model's label.
func (s *Stage) entryFor(text, label string, fold bool) (ner.Entry, bool) {
	grp := s.gaz.Lookup(text, false)
	if len(grp) == 0 && fold {
		grp = s.gaz.Lookup(text, true)
	}
	var best ner.Entry
	found, bestSame := false, false
	for _, ei := range grp {
		e := s.gaz.Entries[ei]
		same := e.Label == label
		if !found || (same && !bestSame) || (same == bestSame && better(e, best)) {
			best, found, bestSame = e, true, same
		}
	}
	return best, found
}

// plainName is the canonical of a mention the gazetteer does not know: its
// text with white space collapsed, typographic apostrophes made plain, and
// an all-caps heading word in title case.
func plainName(text string, heading bool) string {
	if !heading && !strings.ContainsAny(text, "’\t\n\u00a0") && !strings.Contains(text, "  ") {
		return text
	}
	name := strings.Join(strings.Fields(text), " ")
	name = strings.ReplaceAll(name, "’", "'")
	if heading && newsnames.AllCaps(name) && len(name) > 4 {
		var b strings.Builder
		for i, w := range strings.Fields(name) {
			if i > 0 {
				b.WriteByte(' ')
			}
			r, size := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
			b.WriteString(strings.ToLower(w[size:]))
		}
		name = b.String()
	}
	return name
}

// consistentLabels gives every model mention of one surface form the label
// most of its mentions in the document have ("Palmyra" is a city throughout,
// even where one sentence reads it as a person); a tie goes to the first
// mention's label. Running text outvotes headings; a one-word event casts
// no vote (an event is seldom named by one word: "Holt" of "the Holt
// campaign" is what the document's other "Holt" are).
func (sc *scratch) consistentLabels(d *pipeline.Doc, ms []mention) {
	if sc.voteIndex == nil {
		sc.voteIndex = map[string]int{}
	}
	clear(sc.voteIndex)
	sc.votes = sc.votes[:0]
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		vi, ok := sc.voteIndex[text]
		if !ok {
			vi = len(sc.votes)
			sc.voteIndex[text] = vi
			sc.votes = append(sc.votes, vote{})
		}
		v := &sc.votes[vi]
		if m.label == pipeline.LabelEvent && !strings.Contains(text, " ") {
			continue // "Holt" left of "the Holt campaign": it takes the others' label
		}
		w := 2
		if m.heading {
			w = 1
		}
		l := labelIndex(m.label)
		if v.n[l] == 0 {
			v.canonical[l] = m.canonical
		}
		if v.total() == 0 || !m.heading && v.firstHeading {
			v.first, v.firstHeading = l, m.heading
		}
		v.n[l] += w
	}
	for i := range ms {
		m := &ms[i]
		if !m.fromModel {
			continue
		}
		v := &sc.votes[sc.voteIndex[d.Text[m.Start:m.End]]]
		if v.total() == 0 {
			continue
		}
		best := labelIndex(m.label)
		for l, n := range v.n {
			if n > v.n[best] || n == v.n[best] && l == v.first {
				best = l
			}
		}
		if labels[best] != m.label {
			m.label, m.canonical = labels[best], v.canonical[best]
		}
	}
}

// labels are the output labels in a fixed order.
var labels = [...]string{pipeline.LabelPerson, pipeline.LabelOrg, pipeline.LabelGPE, pipeline.LabelLoc,
	pipeline.LabelNORP, pipeline.LabelFac, pipeline.LabelEvent}

func labelIndex(l string) int {
	for i, x := range labels {
		if x == l {
			return i
		}
	}
	return 0
}

// vote counts the labels one surface form got in a document. A tie goes
// to the label of its first mention in running text, where news
// introduces a name ("she runs drama at Tallo", then "Tallo's
// revival").
type vote struct {
	n            [len(labels)]int
	canonical    [len(labels)]string
	first        int  // label of the first mention, in running text if any
	firstHeading bool // first is a heading's
}

func (v *vote) total() int {
	t := 0
	for _, n := range v.n {
		t += n
	}
	return t
}

// labelName is a (label, canonical) pair used as a map key.
type labelName struct{ label, canonical string }

// cue reports a neighbouring word that marks an ambiguous short form as an
// organisation: "IS fighters", "AP reported", "told RT".
func cue(w string) bool {
	switch strings.ToLower(w) {
	case "fighters", "militants", "jihadists", "group", "forces", "supporters", "leader", "leaders",
		"said", "says", "reported", "reports", "told", "claimed", "according", "stronghold", "attack", "attacks":
		return true
	}
	return false
}
