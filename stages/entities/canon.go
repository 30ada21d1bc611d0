package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/internal/newsnames"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

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
	ms = kept

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
	ms = kept

	ms = acronyms(d, ms)
	s.shortForms(d, ms)
	sc.consistentLabels(d, ms)
	s.surnamesOfPersons(d, sc, ms)
	ms = s.otherOccurrences(d, sc, ms)

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

// shortForms maps a surname to the full name mentioned in the same document
// ("Parasiliti" -> "Andrew Parasiliti") and a one-word ORG to the longer ORG
// it ends or heads ("Observatory" -> "Syrian Observatory for Human Rights").
// Only a form that points to one full name is resolved.
func (s *Stage) shortForms(d *pipeline.Doc, ms []mention) {
	type target struct {
		canonical string
		n         int // distinct full names with this short form
	}
	var persons, given, orgs, orgHeads map[string]target
	add := func(tab *map[string]target, key, canon string) {
		if *tab == nil {
			*tab = map[string]target{}
		}
		if t, ok := (*tab)[key]; ok {
			if t.canonical != canon {
				t.n++
				(*tab)[key] = t
			}
			return
		}
		(*tab)[key] = target{canon, 1}
	}
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		if (m.label != pipeline.LabelPerson && m.label != pipeline.LabelOrg) || !strings.Contains(text, " ") {
			continue
		}
		words := strings.Fields(text)
		canon := m.canonical
		if canon == "" {
			canon = plainName(text, m.heading)
		}
		switch m.label {
		case pipeline.LabelPerson:
			last := words[len(words)-1]
			add(&persons, last, canon)
			if first := words[0]; !isInitial(first) {
				add(&given, first, canon)
			}
			if bare := stripArticle(last); bare != last {
				add(&persons, bare, canon)
			}
		case pipeline.LabelOrg:
			add(&orgHeads, orgHead(words), canon)
			for k, w := range words[1:] {
				// The head noun ("Army" of "Syrian Army") or a rare capitalised word.
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && (k == len(words)-2 || !s.feat.IsCommon(w)) {
					add(&orgs, w, canon)
				}
			}
		}
	}
	if persons == nil && orgs == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		text := d.Text[m.Start:m.End]
		if strings.ContainsAny(text, " ") {
			continue
		}
		if t, ok := persons[text]; ok && t.n == 1 && (m.label == pipeline.LabelPerson || m.fromModel && m.canonical == "") {
			// A word that ends a person's name elsewhere in the document is
			// that person, whatever the model made of it alone.
			m.label, m.canonical = pipeline.LabelPerson, t.canonical
			continue
		}
		if t, ok := given[text]; ok && t.n == 1 && m.label == pipeline.LabelPerson && m.canonical == "" {
			// A given name alone ("Hillary") is the one person of the
			// document with that given name, unless it is also someone's
			// surname there.
			if _, surname := persons[text]; !surname {
				m.canonical = t.canonical
				continue
			}
		}
		if t, ok := orgHeads[text]; ok && t.n == 1 && m.label != pipeline.LabelOrg && m.fromModel && m.canonical == "" {
			// Likewise the head word of one organisation's name
			// ("Observatory" after "Syrian Observatory for Human Rights").
			m.label, m.canonical = pipeline.LabelOrg, t.canonical
			continue
		}
		switch m.label {
		case pipeline.LabelOrg:
			if t, ok := orgs[text]; ok && t.n == 1 && m.canonical == "" {
				m.canonical = t.canonical
			}
		}
	}
}

// isInitial reports a middle-initial-like word: "J." or "J".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && (size == len(w) || w[size:] == ".")
}

// orgHead returns the head noun of an organisation's name: the word before
// its first "of"/"for"/"on" ("Observatory" of "Syrian Observatory for Human
// Rights", "Bank" of "Bank of England"), else its last word ("Army").
func orgHead(words []string) string {
	for k := 1; k < len(words); k++ {
		switch words[k] {
		case "of", "for", "on":
			return words[k-1]
		}
	}
	return words[len(words)-1]
}

// stripArticle drops an Arabic article: "al-Assad" -> "Assad".
func stripArticle(w string) string {
	for _, p := range [...]string{"al-", "Al-", "el-", "El-", "ad-", "as-", "ash-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return w[len(p):]
		}
	}
	return w
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
// even where one sentence reads it as a person). Running text outvotes
// headings.
// surnamesOfPersons relabels "Boris Johnson", read by the model as an ORG,
// where the document's own mentions of "Johnson" are PERSON: a first name
// and a known surname. Neither word may be a common word, a place or
// anything else the gazetteer knows ("New England", "Providence Journal"),
// nor an organisation's head word.
func (s *Stage) surnamesOfPersons(d *pipeline.Doc, sc *scratch, ms []mention) {
	person := labelIndex(pipeline.LabelPerson)
	for i := range ms {
		m := &ms[i]
		if !m.fromModel || m.label != pipeline.LabelOrg || m.canonical != "" {
			continue
		}
		first, last, ok := strings.Cut(d.Text[m.Start:m.End], " ")
		if !ok || strings.Contains(last, " ") || !upperInitial(first) || !upperInitial(last) {
			continue
		}
		vi, ok := sc.voteIndex[last]
		if !ok || sc.votes[vi].n[person] == 0 || sc.votes[vi].n[person] < sc.votes[vi].total() {
			continue // "Johnson" must be a PERSON wherever it stands alone
		}
		if s.feat.IsCommon(first) || s.feat.IsCommon(last) || orgHeadWords[ner.Hash(last, true)] || notNamePart(first) || notNamePart(last) ||
			len(s.gaz.Lookup(first, true)) > 0 || len(s.gaz.Lookup(last, true)) > 0 {
			continue
		}
		m.label = pipeline.LabelPerson
	}
}

// notNamePart reports a word with the ending of an adjective or an
// abstract noun ("English", "Synthetic", "Confederate", "Cubism",
// "Pathology"), which a person's name seldom has; short words are let
// through ("Hal", "Kate").
func notNamePart(w string) bool {
	if len(w) <= 4 {
		return false
	}
	for _, suf := range []string{"ic", "al", "ish", "ate", "ese", "ism", "ogy", "ics", "ity", "ern"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

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
		w := 2
		if m.heading {
			w = 1
		}
		l := labelIndex(m.label)
		if v.n[l] == 0 {
			v.canonical[l] = m.canonical
		}
		v.n[l] += w
	}
	for i := range ms {
		m := &ms[i]
		if !m.fromModel {
			continue
		}
		v := &sc.votes[sc.voteIndex[d.Text[m.Start:m.End]]]
		best := labelIndex(m.label)
		for l, n := range v.n {
			if n > v.n[best] {
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

// vote counts the labels one surface form got in a document.
type vote struct {
	n         [len(labels)]int
	canonical [len(labels)]string
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

// otherOccurrences adds the occurrences of the document's names that no
// mention covers: a name found once in running text is the same name
// wherever the same words stand in the document (the model reads each
// sentence alone and misses some occurrences; "Coron" found in one
// sentence is found in all). The surname of a person named in full counts
// as a name of its own ("Higuchi" after "Ichiyo Higuchi"). Only names
// with one label in the document, not common lower-case words alone, and
// exact matches of their words are taken.
func (s *Stage) otherOccurrences(d *pipeline.Doc, sc *scratch, ms []mention) []mention {
	o := &sc.occ
	o.reset()
	add := func(text, label, canonical string) {
		if i, ok := o.byText[text]; ok {
			n := &o.names[i]
			if n.label != label {
				n.clash = true
			} else if n.canonical != canonical {
				n.canonical = plainName(text, false) // a surname of several people
			}
			return
		}
		first := len(o.words)
		for w := range strings.FieldsSeq(text) {
			o.words = append(o.words, w)
		}
		if len(o.words)-first == 1 && (s.feat.IsCommon(text) || !upperInitial(text) || isInitial(text) || isAcronym(text) && canonical == text) {
			o.words = o.words[:first]
			return
		}
		i := int32(len(o.names))
		o.byText[text] = i
		next, ok := o.byFirst[o.words[first]]
		if !ok {
			next = -1
		}
		o.byFirst[o.words[first]] = i
		o.names = append(o.names, occName{first: int32(first), end: int32(len(o.words)), label: label, canonical: canonical, next: next})
	}
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		if m.heading || m.ambiguous || strings.ContainsAny(text, "\n\t") {
			continue
		}
		canon := m.canonical
		if canon == "" {
			canon = plainName(text, false)
		}
		add(text, m.label, canon)
		if k := strings.LastIndexByte(text, ' '); k > 0 && m.label == pipeline.LabelPerson {
			add(text[k+1:], m.label, canon)
		}
	}
	if len(o.names) == 0 {
		return ms
	}
	// The mentions are sorted by start; so are the tokens.
	next := 0
	n0 := len(ms)
	for ti := 0; ti < len(d.Tokens); ti++ {
		tok := d.Tokens[ti]
		for next < n0 && ms[next].End <= tok.Start {
			next++
		}
		if next < n0 && ms[next].Start < tok.End {
			continue // inside a mention
		}
		if tok.Sentence < 0 || tok.Sentence >= len(d.Sentences) || !searched(d, tok.Sentence) {
			continue
		}
		word := tok.Text
		if n := possessiveLen(word); n > 0 && n < len(word) {
			word = word[:len(word)-n]
		}
		i, ok := o.byFirst[word]
		if !ok {
			continue
		}
		for ; i >= 0; i = o.names[i].next {
			n := &o.names[i]
			words := o.words[n.first:n.end]
			if n.clash {
				continue
			}
			end, ok := matchWords(d, ti, words)
			if !ok || end > d.Sentences[tok.Sentence].End || (next < n0 && ms[next].Start < end) || inLongerName(d, ti, len(words)) {
				continue
			}
			ms = append(ms, mention{Span: pipeline.Span{Start: tok.Start, End: end}, sent: tok.Sentence, label: n.label, canonical: n.canonical})
			ti += len(words) - 1
			break
		}
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// occurrences holds otherOccurrences' per-document tables, reused.
type occurrences struct {
	names   []occName
	words   []string         // the names' words, names[i].first to .end
	byText  map[string]int32 // name text -> index in names
	byFirst map[string]int32 // first word -> the last name with it (then .next)
}

// occName is one name of a document.
type occName struct {
	first, end       int32
	label, canonical string
	clash            bool  // the document gives it two labels
	next             int32 // the previous name with the same first word, or -1
}

func (o *occurrences) reset() {
	o.names, o.words = o.names[:0], o.words[:0]
	if o.byText == nil {
		o.byText, o.byFirst = map[string]int32{}, map[string]int32{}
	}
	clear(o.byText)
	clear(o.byFirst)
}

// inLongerName reports whether the n tokens from ti stand inside a longer
// capitalised run ("the Emperor Norton Bridge", "York Outer Ring Road"):
// a capitalised word right after them, or right before them other than at
// the start of the sentence.
func inLongerName(d *pipeline.Doc, ti, n int) bool {
	si := d.Tokens[ti].Sentence
	if e := ti + n; e < len(d.Tokens) && d.Tokens[e].Sentence == si && upperInitial(d.Tokens[e].Text) {
		return true
	}
	return ti > 0 && d.Tokens[ti-1].Sentence == si && ti-1 > d.Sentences[si].FirstToken && upperInitial(d.Tokens[ti-1].Text)
}

// matchWords reports whether the tokens from ti on spell words, the last
// one possibly followed by a possessive, and returns the end of the match.
func matchWords(d *pipeline.Doc, ti int, words []string) (int, bool) {
	if ti+len(words) > len(d.Tokens) {
		return 0, false
	}
	for k, w := range words {
		t := d.Tokens[ti+k]
		if t.Text == w {
			continue
		}
		if k == len(words)-1 && strings.HasPrefix(t.Text, w) && possessiveLen(t.Text) == len(t.Text)-len(w) {
			return t.Start + len(w), true
		}
		return 0, false
	}
	return d.Tokens[ti+len(words)-1].End, true
}
