package entities

import (
	"slices"
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
	ms = s.splitDashedNames(d, s.splitPossessives(d, kept))

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
	ms = dropDiseases(d, kept)

	ms = acronyms(d, ms)
	s.shortForms(d, ms)
	sc.consistentLabels(d, ms)
	s.surnamesOfPersons(d, sc, ms)
	s.organisationsShown(d, ms)
	ms = s.otherOccurrences(d, sc, ms)
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

// shortForms maps a surname to the full name mentioned in the same document
// ("Parasiliti" -> "Andrew Parasiliti") and a one-word ORG to the longer ORG
// it ends or heads ("Observatory" -> "Syrian Observatory for Human Rights").
// Full names that differ only by middle initials or a suffix ("Ann K. Holt",
// "Ann Holt", "Ann Holt Jr.") are one person, named by the shortest form.
// A surname several people of the document share is the person named in
// full first: news names the subject first and calls a relative or a
// namesake by the full or the given name. A given name alone and an
// organisation's word are resolved only when they point to one name.
func (s *Stage) shortForms(d *pipeline.Doc, ms []mention) {
	type target struct {
		canonical string
		n         int // distinct full names with this short form
	}
	var orgs, orgHeads map[string]target
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
	var people personTable
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
			if m.heading {
				words = strings.Fields(canon) // "DONALD DUCK" is "Donald Duck"
			}
			people.add(words, canon, m.canonical == "", m.sent, s.nameShaped(words))
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
	people.dropMiddleInitials()
	if len(people.persons) == 0 && orgs == nil && orgHeads == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		text := d.Text[m.Start:m.End]
		if strings.ContainsAny(text, " ") {
			if m.label == pipeline.LabelPerson {
				// "Ann K. Holt" is "Ann Holt" where both are written.
				canon := m.canonical
				if canon == "" {
					canon = plainName(text, m.heading)
				}
				if c := people.variantOf(canon); c != canon {
					m.canonical = c
				}
			}
			continue
		}
		if m.heading {
			text = plainName(text, true) // "DUCK" in a heading is "Duck"
		}
		if c, ok := people.bySurname(text); ok && (m.label == pipeline.LabelPerson || m.fromModel && m.canonical == "" ||
			s.firstName(people.givenNameOf(text)) && s.townOrOrgByName(m, text)) {
			// A word that ends a person's name elsewhere in the document is
			// that person, whatever the model made of it alone.
			m.label, m.canonical = pipeline.LabelPerson, c
			continue
		}
		if c, ok := people.byGivenName(text); ok && m.label == pipeline.LabelPerson && m.canonical == "" {
			// A given name alone ("Hillary") is the one person of the
			// document with that given name, unless it is also someone's
			// surname there.
			if _, surname := people.bySurname(text); !surname {
				m.canonical = c
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

// personTable holds the people a document names in full, in order of
// first mention, one entry per person whatever the variants of the name.
type personTable struct {
	persons  []person
	variants map[string]int // full-name canonical -> index in persons
}

// person is one person named in full: given name, surname, the words
// between them and after the surname ("K.", "Jr."), and the canonical of
// the shortest variant seen.
type person struct {
	given, surname, rest, canonical string
	nWords                          int
	plain                           bool // canonical is the text, not the gazetteer's
	sent                            int  // sentence of the first full mention
	givenLike                       bool // the first word may be a given name
}

// dropMiddleInitials names a person written with one middle initial
// ("Ann K. Holt", a house style of some papers) as others write the name
// ("Ann Holt"), so that the documents of several outlets give one entity;
// not when the document names another person with that given name and
// surname ("Ann R. Holt" beside "Ann K. Holt"), nor a gazetteer's name.
func (t *personTable) dropMiddleInitials() {
	for i := range t.persons {
		p := &t.persons[i]
		if !p.plain || p.given == "" || !isInitial(p.rest) {
			continue
		}
		namesake := false
		for j, q := range t.persons {
			namesake = namesake || j != i && q.given == p.given && q.surname == p.surname
		}
		if namesake {
			continue
		}
		words := strings.Fields(p.canonical)
		if len(words) == 3 && words[1] == p.rest {
			p.canonical = words[0] + " " + words[2]
		}
	}
}

// add records a full name (its words and canonical) in text order, with
// the sentence it stands in; plain tells a canonical made of the text from
// one the gazetteer gave, givenLike a name that opens with what may be a
// given name (see nameShaped).
func (t *personTable) add(words []string, canon string, plain bool, sent int, givenLike bool) {
	if _, ok := t.variants[canon]; ok {
		return
	}
	given, surname, rest := nameParts(words)
	if t.variants == nil {
		t.variants = map[string]int{}
	}
	for i := range t.persons {
		p := &t.persons[i]
		// "George W. Bush" and "George H. W. Bush" are two people;
		// "George Bush" may be either and is taken for the first.
		if given != "" && p.given == given && p.surname == surname && (p.rest == rest || p.rest == "" || rest == "") {
			t.variants[canon] = i
			if len(words) < p.nWords {
				p.canonical, p.nWords, p.rest, p.plain = canon, len(words), rest, plain
			}
			return
		}
	}
	t.variants[canon] = len(t.persons)
	t.persons = append(t.persons, person{given: given, surname: surname, rest: rest, canonical: canon, nWords: len(words),
		plain: plain, sent: sent, givenLike: givenLike && given != ""})
}

// variantOf returns the canonical of the person a full name is a variant
// of, or the name itself.
func (t *personTable) variantOf(canon string) string {
	if i, ok := t.variants[canon]; ok {
		return t.persons[i].canonical
	}
	return canon
}

// bySurname returns the person first named in full with this surname (or
// this surname without its Arabic article: "Assad" of "Bashar al-Assad").
// Among several, a name whose first word is no given name ("Mayor Holt",
// a word glued to the name: "Anti-Ann Holt"), or with a common word
// inside, gives way to one whose first word is; two people first named in
// one sentence ("Ann Holt and Ben Holt arrived") leave the surname
// unresolved.
func (t *personTable) bySurname(w string) (string, bool) {
	best, tie := -1, false
	for i, p := range t.persons {
		if p.surname != w && stripArticle(p.surname) != w {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		b := t.persons[best]
		switch {
		case t.realGiven(i) && !t.realGiven(best):
			best, tie = i, false
		case t.realGiven(i) == t.realGiven(best) && p.sent == b.sent:
			tie = true
		}
	}
	if best < 0 || tie {
		return "", false
	}
	return t.persons[best].canonical, true
}

// givenNameOf returns the given name of the person bySurname gives for w,
// or "" when the name opens with no given name ("Mayor Holt", a word glued
// to the name).
func (t *personTable) givenNameOf(w string) string {
	c, ok := t.bySurname(w)
	if !ok {
		return ""
	}
	for i, p := range t.persons {
		if p.canonical == c && (p.surname == w || stripArticle(p.surname) == w) && t.realGiven(i) {
			return p.given
		}
	}
	return ""
}

// firstName reports a word the name lists know as a given name ("Ann",
// not "Vale" of a resort's name read as a person, "Vale National Draper").
func (s *Stage) firstName(w string) bool { return s.nameListWord(w, ner.KindFirstName) }

// surnameWord reports a word the name lists know as a surname.
func (s *Stage) surnameWord(w string) bool { return s.nameListWord(w, ner.KindLastName) }

func (s *Stage) nameListWord(w string, kind ner.Kind) bool {
	if w == "" {
		return false
	}
	end, grp := s.gaz.LongestName([]string{w}, 0, false)
	for _, ei := range grp {
		if end == 1 && s.gaz.Entries[ei].Kind == kind {
			return true
		}
	}
	return false
}

// townOrOrgByName reports a one-word mention the gazetteer named as a town
// or an organisation, read where a person's surname may stand: a
// candidate "Draper" is no town of that name, a mayor "Bloomberg" no news
// agency, once the document names them in full. Countries, provinces
// and large cities keep their name ("Washington", "Georgia"), and so does
// a word after a preposition of place ("in Draper") or an organisation's
// after "the" ("the Bloomberg"; but "the Draper years" are hers).
func (s *Stage) townOrOrgByName(m *mention, text string) bool {
	if m.canonical == "" || m.heading || m.label == pipeline.LabelPerson {
		return false
	}
	switch strings.ToLower(m.prev) {
	case "in", "at", "near", "from", "outside", "across", "around", "throughout", "inside", "into", "via":
		return false
	}
	e, ok := s.entryFor(text, m.label, false)
	if !ok {
		return false
	}
	if e.Kind == ner.KindCity {
		return true // "the Draper years" is hers; "the" opens no town's name
	}
	return (e.Kind == ner.KindOrg || e.Kind == ner.KindCompany) && !strings.EqualFold(m.prev, "the")
}

// realGiven reports whether person i's first word is a given name: it
// looks like one and is not another given name of the same surname with a
// prefix ("Anti-Ann" beside "Ann").
func (t *personTable) realGiven(i int) bool {
	p := t.persons[i]
	if !p.givenLike {
		return false
	}
	for j, q := range t.persons {
		if j != i && q.surname == p.surname && q.given != "" && strings.HasSuffix(p.given, "-"+q.given) {
			return false
		}
	}
	return true
}

// byGivenName returns the one person with this given name, if only one.
func (t *personTable) byGivenName(w string) (string, bool) {
	found := -1
	for i, p := range t.persons {
		if p.given == w {
			if found >= 0 {
				return "", false
			}
			found = i
		}
	}
	if found < 0 {
		return "", false
	}
	return t.persons[found].canonical, true
}

// nameParts returns a full name's given name (empty when it opens with an
// initial: "J. Holt"), its surname, the last word that is no generational
// suffix ("Holt" of "Ann K. Holt Jr."), and the other words ("K. Jr.").
func nameParts(words []string) (given, surname, rest string) {
	last := len(words) - 1
	for last > 0 && (isNameSuffix(words[last]) || strings.Trim(words[last], ",") == "") {
		last-- // "Ann Holt, Jr.", and "Ann Holt , Jr." with a spaced comma
	}
	if !isInitial(words[0]) {
		given = words[0]
	}
	var others []string
	if last > 0 { // not "Jr. Holt"-like odd spans, whose surname is the first word
		others = slices.Clip(words[1:last])
	}
	others = append(others, words[last+1:]...)
	return given, strings.TrimRight(words[last], ","), strings.Join(others, " ")
}

// isNameSuffix reports a generational suffix that ends a person's name.
func isNameSuffix(w string) bool {
	switch strings.TrimRight(w, ".,") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// nameShaped reports whether a person's name found in full opens with what
// may be a given name (not a title such as "Mayor", nor a lower-case word
// glued to the name) and has no common word inside ("Ann Holt With Ben
// Holt", two names glued by a capitalised heading word).
func (s *Stage) nameShaped(words []string) bool {
	if !upperInitial(words[0]) || titles[words[0]] {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if s.feat.IsCommon(w) {
			return false
		}
	}
	return true
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
	// A surname is the person shortForms took it for; the mentions come in
	// text order, so a surname's first canonical is that person's.
	var people personTable
	for _, m := range ms {
		if text := d.Text[m.Start:m.End]; m.label == pipeline.LabelPerson && strings.Contains(text, " ") {
			canon := m.canonical
			if canon == "" {
				canon = plainName(text, m.heading)
			}
			words := strings.Fields(text)
			if m.heading {
				words = strings.Fields(canon)
			}
			people.add(words, canon, m.canonical == "", m.sent, s.nameShaped(words))
		}
	}
	add := func(text, label, canonical string, surname bool) {
		if i, ok := o.byText[text]; ok {
			n := &o.names[i]
			if n.label != label {
				n.clash = true
			} else if n.canonical != canonical && !surname {
				n.canonical = plainName(text, false)
			}
			return
		}
		first := len(o.words)
		for w := range strings.FieldsSeq(text) {
			o.words = append(o.words, w)
		}
		if len(o.words) == first {
			return // no words: an empty name is no name
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
		single := !strings.Contains(text, " ")
		add(text, m.label, canon, single && m.label == pipeline.LabelPerson)
		if !single && m.label == pipeline.LabelPerson {
			_, surname, _ := nameParts(strings.Fields(text))
			c, ok := people.bySurname(surname)
			if !ok {
				c = plainName(surname, false) // a surname of several people
			}
			add(surname, m.label, c, true)
		}
	}
	if len(o.names) == 0 {
		return ms
	}
	n0 := len(ms)
	o.covered = o.covered[:0]
	for _, m := range ms {
		o.covered = append(o.covered, m.Span)
	}
	o.found = freeOccurrences(d, o.covered, searchedSentence, o, o.found[:0])
	for _, f := range o.found {
		n := &o.names[f.name]
		ms = append(ms, mention{Span: f.Span, sent: f.sent, label: n.label, canonical: n.canonical})
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// A nameIndex lists the names a scan for free occurrences looks for, by
// their first word: start returns the first name to try where word stands,
// after the one to try after name i (-1 ends either), and wordsOf a name's
// words.
type nameIndex interface {
	start(word string) int
	after(i int) int
	wordsOf(i int) []string
}

// nameAt is a place where a name of a nameIndex stands.
type nameAt struct {
	name int // the name's index
	pipeline.Span
	sent int
}

// freeOccurrences appends to found the places in d where a name of names
// stands and no span of covered (sorted by start) does, in the sentences
// inScope accepts, in text order. At a token it takes the first name, in
// the index's order, whose exact words stand there (the last one possibly
// with a possessive, which stays outside the span), inside the sentence,
// before the next covered span, and not inside a longer capitalised run
// (inLongerName); the scan goes on after the name taken. The document pass
// (otherOccurrences) and the batch vote both read occurrences this way.
func freeOccurrences(d *pipeline.Doc, covered []pipeline.Span, inScope func(d *pipeline.Doc, si int) bool,
	names nameIndex, found []nameAt) []nameAt {
	// The covered spans are sorted by start; so are the tokens.
	next := 0
	for ti := 0; ti < len(d.Tokens); ti++ {
		tok := d.Tokens[ti]
		for next < len(covered) && covered[next].End <= tok.Start {
			next++
		}
		if next < len(covered) && covered[next].Start < tok.End {
			continue // inside a covered span
		}
		if !inScope(d, tok.Sentence) {
			continue
		}
		word := tok.Text
		if n := possessiveLen(word); n > 0 && n < len(word) {
			word = word[:len(word)-n]
		}
		for i := names.start(word); i >= 0; i = names.after(i) {
			words := names.wordsOf(i)
			end, ok := matchWords(d, ti, words)
			if !ok || end > d.Sentences[tok.Sentence].End || (next < len(covered) && covered[next].Start < end) || inLongerName(d, ti, len(words)) {
				continue
			}
			found = append(found, nameAt{name: i, Span: pipeline.Span{Start: tok.Start, End: end}, sent: tok.Sentence})
			ti += len(words) - 1
			break
		}
	}
	return found
}

// searchedSentence reports whether si is a sentence of d searched for
// entities (searched).
func searchedSentence(d *pipeline.Doc, si int) bool {
	return si >= 0 && si < len(d.Sentences) && searched(d, si)
}

// occurrences holds otherOccurrences' per-document tables, reused.
type occurrences struct {
	names   []occName
	words   []string         // the names' words, names[i].first to .end
	byText  map[string]int32 // name text -> index in names
	byFirst map[string]int32 // first word -> the last name with it (then .next)
	covered []pipeline.Span  // the spans of the mentions found before the scan
	found   []nameAt         // the scan's finds
}

// occName is one name of a document.
type occName struct {
	first, end       int32
	label, canonical string
	clash            bool  // the document gives it two labels
	next             int32 // the previous name with the same first word, or -1
}

// start, after and wordsOf make the document's names a nameIndex; a name
// the document gives two labels is skipped.
func (o *occurrences) start(word string) int {
	i, ok := o.byFirst[word]
	if !ok {
		return -1
	}
	return o.unclashed(i)
}

func (o *occurrences) after(i int) int { return o.unclashed(o.names[i].next) }

func (o *occurrences) wordsOf(i int) []string { return o.words[o.names[i].first:o.names[i].end] }

// unclashed returns i or the first name after it with one label, or -1.
func (o *occurrences) unclashed(i int32) int {
	for ; i >= 0; i = o.names[i].next {
		if !o.names[i].clash {
			return int(i)
		}
	}
	return -1
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
