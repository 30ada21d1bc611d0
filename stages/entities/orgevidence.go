package entities

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// organisationsShown relabels ORG the names the model read as persons or
// places that the document itself shows to be organisations: somewhere it
// writes them with a corporate suffix ("Norvex Inc."), a company's roles
// or stock ("Norvex's chief executive", "Norvex executives", "shares of
// Norvex"), after a job at them ("an analyst at Norvex"), in apposition
// with an organisation's noun ("Norvex, the Ohio automaker,") or with a
// stock exchange's ticker ("Norvex (NYSE: NVX)"). The model reads each
// sentence alone, and a company named after its founder or with an
// unfamiliar word reads as a person in the sentences that say nothing
// more.
//
// A name any occurrence of which reads as a person's is left alone: a
// title before it ("Mr. Norvex"), "he said" or ", who" after it, a full
// name of the document that ends with it and opens with a given name the
// name lists know ("Ann Norvex"), or a full name of its own ("Ann
// Norvex, the firm's founder": possessives and "firm" followed by a noun
// are no evidence either). A place the gazetteer knows stays a place
// ("the Ohio headquarters"). Every mention of the name, model's or not,
// becomes the organisation.
func (s *Stage) organisationsShown(d *pipeline.Doc, ms []mention) {
	var people []string // full names of persons, as written
	for _, m := range ms {
		if text := d.Text[m.Start:m.End]; m.label == pipeline.LabelPerson && strings.Contains(text, " ") {
			people = append(people, text)
		}
	}
	var decided map[string]bool
	for i := range ms {
		m := &ms[i]
		if m.label != pipeline.LabelPerson && m.label != pipeline.LabelGPE && m.label != pipeline.LabelLoc {
			continue
		}
		name := d.Text[m.Start:m.End]
		org, seen := decided[name]
		if !seen {
			org = s.shownAsOrganisation(d, name, m.label != pipeline.LabelPerson, people)
			if decided == nil {
				decided = map[string]bool{}
			}
			decided[name] = org
		}
		if org {
			s.makeOrganisation(m, name)
		}
	}
	if len(decided) == 0 {
		return
	}
	// A longer "person" ending in the organisation's name, without a given
	// name to open it, is the organisation too ("RJR Norvex" beside
	// "Norvex"); left a person, it would claim "Norvex" as its surname.
	for i := range ms {
		m := &ms[i]
		if m.label != pipeline.LabelPerson {
			continue
		}
		name := d.Text[m.Start:m.End]
		if sp := strings.LastIndexByte(name, ' '); sp > 0 && decided[name[sp+1:]] && !s.personsName(strings.Fields(name)) {
			s.makeOrganisation(m, name)
		}
	}
}

// makeOrganisation labels m ORG, with the gazetteer's canonical if it
// knows the name as an organisation.
func (s *Stage) makeOrganisation(m *mention, name string) {
	m.label, m.canonical, m.ambiguous = pipeline.LabelOrg, "", false
	if e, ok := s.entryFor(name, pipeline.LabelOrg, false); ok && e.Label == pipeline.LabelOrg {
		m.canonical = e.Canonical
	}
}

// shownAsOrganisation reports a name with an organisation's evidence at
// one of its occurrences in the document and a person's at none. An
// occurrence is the name's whole tokens ("Norvex" is none in "Norvexson"
// nor in "Norvex-based"); the evidence is in the three tokens before it and
// the eight after it, read from the segmenter's layer.
// A place needs more than its people ("the Ohio executives" are the
// region's).
func (s *Stage) shownAsOrganisation(d *pipeline.Doc, name string, place bool, people []string) bool {
	if s.personsName(strings.Fields(name)) {
		return false // "Ann Norvex" is a person's name whatever follows it
	}
	for _, p := range people {
		if len(p) > len(name) && strings.HasSuffix(p, " "+name) && s.personsName(strings.Fields(p)) {
			return false
		}
	}
	if place && s.knownPlace(name) {
		return false
	}
	org := false
	for a := 0; ; {
		k := strings.Index(d.Text[a:], name)
		if k < 0 {
			break
		}
		start, end := a+k, a+k+len(name)
		a = end
		before, after, ok := tokensAround(d.Tokens, start, end)
		if !ok {
			continue
		}
		if personContext(before, after) {
			return false
		}
		org = org || organisationContext(before, after, place)
	}
	return org
}

// tokensAround returns up to three tokens before text[start:end] and up to
// eight after it, across sentences, when the span is whole tokens; ok is
// false when it starts or ends inside one.
func tokensAround(toks []pipeline.Token, start, end int) (before, after []pipeline.Token, ok bool) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	if first == len(toks) || toks[first].Start != start {
		return nil, nil, false
	}
	last := first
	for last < len(toks) && toks[last].End < end {
		last++
	}
	if last == len(toks) || toks[last].End != end {
		return nil, nil, false
	}
	return toks[max(0, first-3):first], toks[last+1 : min(len(toks), last+9)], true
}

// personsName reports words that name a person: a given name the name
// lists know, then capitalised words, no acronym, ending in one that is
// no common word ("Ann Norvex"; "Ann Realty" and "Ann PAC" are bodies).
func (s *Stage) personsName(words []string) bool {
	if len(words) < 2 || !s.firstName(words[0]) {
		return false
	}
	for _, w := range words {
		if !upperInitial(w) || isAcronym(w) {
			return false
		}
	}
	last := words[len(words)-1]
	return !s.feat.IsCommon(last) && !orgHeadWords[ner.Hash(last, true)]
}

// knownPlace reports a name the gazetteer knows, unambiguously, as a place.
func (s *Stage) knownPlace(name string) bool {
	for _, ei := range s.gaz.Lookup(name, false) {
		e := s.gaz.Entries[ei]
		if (e.Label == pipeline.LabelGPE || e.Label == pipeline.LabelLoc) && !e.Ambiguous {
			return true
		}
	}
	return false
}

// personContext reports the words around an occurrence that make it a
// person: a title before it, "(,) he/she said" or ", who" after it.
func personContext(before, after []pipeline.Token) bool {
	if n := len(before); n > 0 && (titles[before[n-1].Text] || headTitles[before[n-1].Text]) {
		return true
	}
	if len(after) > 0 && after[0].Text == "," {
		after = after[1:]
		if len(after) > 0 && after[0].Text == "who" {
			return true
		}
	}
	return len(after) > 1 && (after[0].Text == "he" || after[0].Text == "she") && speakerVerbs[after[1].Text]
}

// organisationContext reports the words around an occurrence that show an
// organisation (see organisationsShown). after starts with a possessive
// ending's token for "Norvex's". A place's people and board are no evidence ("the Ohio
// executives", "Ohio's board of elections").
func organisationContext(before, after []pipeline.Token, place bool) bool {
	if n := len(before); n >= 2 {
		// "shares of Norvex", "an analyst at Norvex"
		if w := strings.ToLower(before[n-2].Text); (before[n-1].Text == "of" || before[n-1].Text == "in") && (w == "shares" || w == "stock") {
			return true
		}
		if before[n-1].Text == "at" && jobNouns[ner.Hash(before[n-2].Text, true)] {
			return true
		}
	}
	if len(after) == 0 {
		return false
	}
	if possessive(after[0]) {
		rest := after[1:]
		for len(rest) > 0 && roleModifiers[rest[0].Text] {
			rest = rest[1:]
		}
		return companyRole(rest, place)
	}
	if corporateSuffixes[after[0].Text] || after[0].Text == "," && len(after) > 1 && corporateSuffixes[after[1].Text] {
		return true
	}
	if !place && staffNouns[after[0].Text] || stockWord(after) {
		return true // "Norvex executives", "Norvex stock fell"
	}
	if after[0].Text == "(" && len(after) > 2 && exchanges[after[1].Text] && after[2].Text == ":" {
		return true
	}
	return appositiveOrganisation(after)
}

// companyRole reports the words after a possessive that name a company's
// officer, body or stock: "chief executive", "board", "shareholders",
// "stock fell".
func companyRole(w []pipeline.Token, place bool) bool {
	if len(w) == 0 {
		return false
	}
	switch {
	case w[0].Text == "chief" && len(w) > 1 && (w[1].Text == "executive" || w[1].Text == "financial" || w[1].Text == "operating"):
		return true
	case w[0].Text == "parent" && len(w) > 1 && w[1].Text == "company":
		return true
	}
	return !place && (companyRoles[w[0].Text] || staffNouns[w[0].Text]) || stockWord(w)
}

// stockWord reports "stock" or "shares" followed by what ends or moves a
// price ("stock fell", "shares.", "stock price"), not a verb's object
// ("shares the view") nor a noun of another sense ("stock answer").
func stockWord(w []pipeline.Token) bool {
	return len(w) > 1 && (w[0].Text == "stock" || w[0].Text == "shares") && priceFollowers[w[1].Text]
}

// appositiveOrganisation reports ", the/a <up to three words> <an
// organisation's noun>" closed by punctuation or a clause ("Norvex, the
// Ohio automaker, said", "Norvex, a firm that"), or ", the maker of".
// A noun followed by another noun names a person's role ("a newspaper
// editor", "the firm's founder"), not the name.
func appositiveOrganisation(w []pipeline.Token) bool {
	if len(w) < 3 || w[0].Text != "," || (w[1].Text != "the" && w[1].Text != "a" && w[1].Text != "an") {
		return false
	}
	for k := 2; k < len(w) && k <= 5; k++ {
		t := w[k].Text
		if isEdgePunct(t) || t == "," || peopleModifiers[t] {
			return false
		}
		if t == "maker" {
			return k+1 < len(w) && w[k+1].Text == "of"
		}
		if !organisationNouns[t] {
			continue
		}
		return k+1 == len(w) || appositionEnds[w[k+1].Text] || participle(w[k+1].Text)
	}
	return false
}

// participle reports a lower-case word ending in "ed" or "ing", which
// opens a clause after the apposition's noun ("a firm focused on", "a
// group preparing").
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && w == strings.ToLower(w)
}

var (
	// corporateSuffixes follow a company's name: "Norvex Inc.", "Norvex, Ltd.".
	corporateSuffixes = map[string]bool{
		"Inc.": true, "Inc": true, "Corp.": true, "Corp": true, "Corporation": true, "Co.": true,
		"LLC": true, "L.L.C.": true, "Ltd.": true, "Ltd": true, "PLC": true, "plc": true, "LLP": true,
		"Holdings": true, "AG": true, "GmbH": true, "S.A.": true, "N.V.": true,
	}
	// staffNouns after a name are its people or owners: "Norvex executives".
	staffNouns = map[string]bool{
		"executives": true, "employees": true, "shareholders": true, "stockholders": true,
	}
	// companyRoles after a possessive belong to a company: "Norvex's board".
	companyRoles = map[string]bool{
		"CEO": true, "CFO": true, "COO": true, "board": true, "subsidiary": true, "subsidiaries": true,
		"founder": true, "co-founder": true, "founders": true,
	}
	// roleModifiers may stand between the possessive and the role.
	roleModifiers = map[string]bool{
		"new": true, "former": true, "top": true, "longtime": true, "outgoing": true, "incoming": true,
		"interim": true, "then": true, "own": true,
	}
	// priceFollowers follow "stock" or "shares" meaning a company's.
	priceFollowers = map[string]bool{
		".": true, ",": true, ";": true, ")": true, "price": true, "prices": true, "fell": true, "rose": true,
		"dropped": true, "plunged": true, "tumbled": true, "jumped": true, "climbed": true, "gained": true,
		"slid": true, "sank": true, "soared": true, "closed": true, "traded": true, "were": true, "was": true,
	}
	// exchanges open a ticker in brackets: "Norvex (NYSE: NVX)".
	exchanges = map[string]bool{"NYSE": true, "NASDAQ": true, "Nasdaq": true, "LSE": true, "TSX": true, "AMEX": true}
	// jobNouns hold a job at an organisation: "an analyst at Norvex".
	jobNouns = hashSet("analyst", "analysts", "economist", "economists", "strategist", "strategists",
		"executive", "executives", "researcher", "researchers", "director", "manager", "managers", "editor",
		"editors", "partner", "partners", "engineer", "engineers", "trader", "traders", "banker", "bankers",
		"consultant", "consultants", "employee", "employees", "worker", "workers", "vice-president",
		"chairman", "CEO", "fellow", "scientist", "scientists", "staffer", "staffers", "intern", "interns",
		"spokesman", "spokeswoman", "spokesperson", "lobbyist", "lobbyists", "producer", "producers")
	// organisationNouns head an apposition that names an organisation.
	organisationNouns = map[string]bool{
		"company": true, "firm": true, "network": true, "group": true, "automaker": true, "carmaker": true,
		"bank": true, "retailer": true, "conglomerate": true, "corporation": true, "newspaper": true,
		"magazine": true, "website": true, "broadcaster": true, "channel": true, "studio": true,
		"chain": true, "airline": true, "insurer": true, "lender": true, "startup": true,
		"organization": true, "organisation": true, "nonprofit": true, "charity": true, "agency": true,
		"fund": true, "outlet": true, "utility": true,
	}
	// appositionEnds close an apposition whose noun is its head.
	appositionEnds = map[string]bool{
		",": true, ".": true, ";": true, ":": true, ")": true, "—": true, "--": true, "that": true,
		"which": true, "whose": true, "said": true, "says": true, "known": true, "in": true, "with": true,
	}
	// peopleModifiers make a "group" a people: "an ethnic group".
	peopleModifiers = map[string]bool{
		"ethnic": true, "minority": true, "religious": true, "tribal": true, "indigenous": true, "age": true,
		"income": true, "social": true,
	}
)

// possessive reports the token of a possessive ending: "'s", with a
// straight or curly apostrophe, as the segmenter splits it off a word.
func possessive(t pipeline.Token) bool {
	switch t.Text {
	case "'s", "’s", "&rsquo;s":
		return true
	}
	return false
}
