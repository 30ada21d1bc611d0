package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the post-rules for names the model has no label or no
// span for: vessels, events, sites, nicknames, an organisation followed by
// a generic title-case phrase, market indices and wire slugs. The
// descriptive names of institutions are in institutions.go.

// replaceCand drops the candidates overlapping [c.a, c.b) and adds c.
func (sc *scratch) replaceCand(c cand) {
	kept := sc.cands[:0]
	for _, o := range sc.cands {
		if o.b <= c.a || o.a >= c.b {
			kept = append(kept, o)
		}
	}
	sc.cands = append(kept, c)
}

// candRules applies the span rules over the sentence's candidates. Headings
// are left alone: every word is capitalised there, so a capitalised run
// says nothing about a name. Lists of persons and organisations before a
// generic phrase are typed in headings too: a team sheet is often written
// in capitals.
func (s *Stage) candRules(d *pipeline.Doc, sc *scratch, texts []string, heading bool) {
	s.orgTails(sc, texts)
	s.personLists(sc, texts)
	if heading {
		return
	}
	s.nicknames(sc, texts)
	s.vessels(sc, texts)
	s.events(sc, texts)
	s.sites(d, sc, texts)
}

// genericTails are title-case common nouns that follow an organisation's
// name without being part of it: "UNESCO World Heritage Site", "NATO
// Summit", "Nobel Prize"-like awards. Programme and Fund are left out: UN
// programmes and funds are organisations themselves.
var genericTails = hashSet("site", "sites", "heritage", "award", "awards", "prize", "prizes", "day", "report",
	"reports", "summit", "conference", "meeting", "envoy", "chief", "official", "officials", "spokesman",
	"spokeswoman", "spokesperson", "mission", "headquarters", "statement", "status", "list", "index",
	"survey", "member", "members", "world", "ranking", "rankings")

// orgTails cuts a model span that is a known organisation followed by
// generic title-case nouns ("UNESCO World Heritage Site") to the
// organisation, whatever label the model gave the whole run: Wikipedia
// corpora tag "World Heritage Site" as a place, so the run may come as LOC.
func (s *Stage) orgTails(sc *scratch, texts []string) {
	for k := range sc.cands {
		c := &sc.cands[k]
		if !c.fromModel || c.label == pipeline.LabelPerson || c.label == pipeline.LabelNORP || c.b-c.a < 2 || s.known(texts, c.a, c.b) {
			continue
		}
		end, grp := s.gaz.Longest(texts[:c.b], c.a, false)
		if end <= c.a || end >= c.b {
			continue
		}
		var org ner.Entry
		found := false
		for _, ei := range grp {
			if e := s.gaz.Entries[ei]; e.Kind == ner.KindOrg && !e.Ambiguous {
				org, found = e, true
				break
			}
		}
		if !found {
			continue
		}
		generic := genericTails[ner.Hash(texts[c.b-1], true)]
		for _, t := range texts[end:c.b] {
			// A listed tail word is generic by itself; another must be a
			// common word of the training text ("Site", "Annual").
			if !upperInitial(t) || !genericTails[ner.Hash(t, true)] && !s.feat.IsCommon(t) {
				generic = false
			}
		}
		if generic {
			c.b, c.label, c.canonical, c.fromModel = end, org.Label, org.Canonical, false
		}
	}
}

// nicknames drops the pieces of a quoted title-case nickname ("known as
// the “Pearl of the Desert”"): the model reads "Pearl" and "Desert" as
// names of their own.
func (s *Stage) nicknames(sc *scratch, texts []string) {
	for i := 1; i < len(texts); i++ {
		if !isOpenQuote(texts[i]) {
			continue
		}
		p := i - 1
		if p > 0 && (texts[p] == "the" || texts[p] == "a") {
			p--
		}
		switch strings.ToLower(texts[p]) {
		case "as", "dubbed", "nicknamed", "called", "named":
		default:
			continue
		}
		end := i + 1
		for end < len(texts) && end-i <= 8 && !isCloseQuote(texts[end]) {
			end++
		}
		if end >= len(texts) || !isCloseQuote(texts[end]) || end-i < 4 {
			continue
		}
		// "X of the Y": a title-case phrase with a lower-case joiner.
		inner := texts[i+1 : end]
		if !upperInitial(inner[0]) || !upperInitial(inner[len(inner)-1]) || !hasJoiner(inner) {
			continue
		}
		kept := sc.cands[:0]
		for _, c := range sc.cands {
			if c.b <= i || c.a >= end || !c.fromModel {
				kept = append(kept, c)
			}
		}
		sc.cands = kept
		i = end
	}
}

func hasJoiner(toks []string) bool {
	for _, t := range toks {
		switch t {
		case "of", "the", "and", "in", "on":
			return true
		}
	}
	return false
}

func isOpenQuote(t string) bool { return t == "\"" || t == "“" || t == "``" || t == "‘" }

func isCloseQuote(t string) bool { return t == "\"" || t == "”" || t == "''" || t == "’" }

// vesselNouns name a ship type; a capitalised name right before or after
// one is the ship's name ("the Admiral Essen frigate", "the destroyer USS
// Cole"). "carrier" counts only as "aircraft carrier" (airlines are
// carriers too).
var vesselNouns = hashSet("frigate", "destroyer", "warship", "submarine", "cruiser", "vessel", "ship",
	"corvette", "battleship", "icebreaker", "tanker", "freighter", "minesweeper", "gunboat")

// warshipNouns may follow a ship's name ("the Admiral Essen frigate",
// "Krasnodar submarine"). Before the generic nouns a name is the owner or
// the home port ("a Salem ship", "a Maersk vessel"), so only the name after
// them counts ("the ship Titanic").
var warshipNouns = hashSet("frigate", "destroyer", "warship", "submarine", "cruiser", "corvette",
	"battleship", "minesweeper", "gunboat", "carrier")

// shipPrefixes are the navies' standard ship prefixes ("HMS Ocean", "USS
// Bataan", "HMAS Sydney"): the prefix and the capitalised name after it are
// one ship. Prefixes that are also common acronyms ("SS", "INS", "MV") are
// left out.
var shipPrefixes = map[string]bool{"HMS": true, "USS": true, "USNS": true, "HMAS": true, "HMCS": true,
	"HMNZS": true, "HNLMS": true, "HDMS": true, "HNoMS": true, "HSwMS": true}

// vessels tags ship names next to a vessel noun or after a ship prefix as
// FAC (the schema has no vehicle label).
func (s *Stage) vessels(sc *scratch, texts []string) {
	n := len(texts)
	for k := 0; k < n; k++ {
		t := texts[k]
		if shipPrefixes[t] {
			b := k + 1
			for b < n && b-k <= 3 && s.nameWord(texts[b]) {
				b++
			}
			if b > k+1 {
				sc.replaceCand(cand{a: k, b: b, label: pipeline.LabelFac})
				k = b - 1
			}
			continue
		}
		first := k // first word of the vessel noun phrase
		switch {
		case t == "carrier" && k > 0 && texts[k-1] == "aircraft":
			first = k - 1
		case upperInitial(t) || !vesselNouns[ner.Hash(t, true)]:
			continue
		}
		// The name before the noun.
		a := first
		for a > 0 && first-a < 4 && s.nameWord(texts[a-1]) {
			a--
		}
		// "A Russian warship": an article or a common word opening the
		// sentence is not part of the name.
		for a < first && (articles[texts[a]] || a == 0 && s.feat.IsCommon(texts[a])) {
			a++
		}
		if a < first && warshipNouns[ner.Hash(t, true)] && s.vesselName(texts[a:first]) {
			sc.replaceCand(cand{a: a, b: first, label: pipeline.LabelFac})
			continue
		}
		// The name after it.
		b := k + 1
		for b < n && b-k <= 4 && s.nameWord(texts[b]) {
			b++
		}
		if b > k+1 && s.vesselName(texts[k+1:b]) {
			sc.replaceCand(cand{a: k + 1, b: b, label: pipeline.LabelFac})
			k = b - 1
		}
	}
}

// nameWord reports a capitalised word that may be part of a name in
// running text.
func (s *Stage) nameWord(t string) bool {
	return upperInitial(t) && !isDeterminer(t) && !s.hyphenTail(t) && !isEdgePunct(t)
}

// vesselName reports whether a capitalised run next to a vessel noun is a
// ship's name: not a nationality, country or organisation ("the Russian
// frigate", "the US destroyer", "a Royal Navy destroyer"), nor a date.
func (s *Stage) vesselName(toks []string) bool {
	if orgHeadWords[ner.Hash(toks[len(toks)-1], true)] || dateWords[ner.Hash(toks[0], true)] {
		return false
	}
	for _, ei := range s.gaz.Lookup(strings.Join(toks, " "), false) {
		switch s.gaz.Entries[ei].Kind {
		case ner.KindNORP, ner.KindCountry, ner.KindOrg, ner.KindDemonym:
			return false
		}
	}
	return !(len(toks) == 1 && s.gaz.Demonym(toks[0]) != "")
}

var articles = map[string]bool{"A": true, "An": true, "The": true, "This": true, "That": true, "Its": true,
	"Their": true, "His": true, "Her": true, "Our": true}

var dateWords = hashSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december")

// events tags "<nationality> civil war" ("Syrian civil war"), capitalised
// names ending in War ("Vietnam War", "World War II") and holidays ending
// in Day whose other words are common words or places ("Independence
// Day", "Special Operations Forces Day") as EVENT.
func (s *Stage) events(sc *scratch, texts []string) {
	n := len(texts)
	for k := range sc.cands {
		c := &sc.cands[k]
		if (c.label == pipeline.LabelNORP || c.label == pipeline.LabelGPE) && c.b+1 < n &&
			strings.EqualFold(texts[c.b], "civil") && strings.EqualFold(texts[c.b+1], "war") {
			c.b += 2
			c.label, c.canonical, c.fromModel = pipeline.LabelEvent, "", false
		}
	}
	for i := 0; i < n; {
		if !s.nameWord(texts[i]) {
			i++
			continue
		}
		j := i
		for j < n && s.nameWord(texts[j]) {
			j++
		}
		a, b := i, j
		i = j
		if b < n && (texts[b] == "’s" || texts[b] == "'s") {
			continue // "Mother’s Day": the run goes on past the possessive
		}
		if b-a >= 2 && romanNumeral(texts[b-1]) && texts[b-2] == "War" {
			b-- // "World War II" is matched on "World War", then extended
		}
		// "During World War 2", "On Election Day": a function word opening
		// the run is not part of the name.
		for a < b && functionWords[ner.Hash(texts[a], true)] {
			a++
		}
		if b-a < 2 || b-a > 6 || hasFunctionWord(texts[a:b]) {
			continue // one word, or a title ("Three Minutes A Day")
		}
		switch texts[b-1] {
		case "War", "Wars":
		case "Day":
			if !s.holidayWords(texts[a : b-1]) {
				continue
			}
		default:
			continue
		}
		if b < j {
			b = j
		}
		numbered := b < n && texts[b-1] == "War" && (romanNumeral(texts[b]) || len(texts[b]) == 1 && texts[b][0] >= '1' && texts[b][0] <= '9')
		if numbered {
			b++ // "World War 2"
		}
		if sc.coveredBy(a, b, pipeline.LabelOrg) || sc.coveredBy(a, b, pipeline.LabelEvent) {
			if numbered {
				sc.extendEvent(b) // the model's "World War" before its number
			}
			continue // "Ministry of ... War" named by the gazetteer or a head word
		}
		sc.replaceCand(cand{a: a, b: b, label: pipeline.LabelEvent})
	}
}

// coveredBy reports a candidate with label over [a, b): the gazetteer's
// or a head word's ORG, or the model's own EVENT ("World War 2").
func (sc *scratch) coveredBy(a, b int, label string) bool {
	for _, c := range sc.cands {
		if c.a < b && a < c.b && c.label == label && (label == pipeline.LabelEvent || !c.fromModel) {
			return true
		}
	}
	return false
}

// extendEvent makes an EVENT candidate that ends just before token b-1
// (the number of "World War 2") end at b.
func (sc *scratch) extendEvent(b int) {
	for k := range sc.cands {
		if c := &sc.cands[k]; c.label == pipeline.LabelEvent && c.b == b-1 {
			c.b = b
		}
	}
}

// functionWords are capitalised only because they open a sentence or a
// title: "During World War 2", "Since Election Day", "Three Minutes A Day".
var functionWords = hashSet("a", "an", "the", "during", "since", "on", "in", "after", "before", "following",
	"until", "by", "at", "for", "from", "with", "every", "this", "next", "last", "of", "and", "or", "to", "but",
	"when", "as", "through", "throughout", "till", "like")

func hasFunctionWord(toks []string) bool {
	for _, t := range toks {
		if functionWords[ner.Hash(t, true)] {
			return true
		}
	}
	return false
}

func romanNumeral(t string) bool {
	switch t {
	case "I", "II", "III", "IV", "One", "Two":
		return true
	}
	return false
}

// holidayWords reports whether the words before "Day" name a holiday:
// common words ("Independence", "Special Operations Forces") or places and
// nationalities ("Australia Day"), not a person ("Doris Day").
func (s *Stage) holidayWords(toks []string) bool {
	for _, t := range toks {
		if s.feat.IsCommon(t) {
			continue
		}
		placeOrNation := false
		for _, ei := range s.gaz.Lookup(t, false) {
			switch s.gaz.Entries[ei].Kind {
			case ner.KindCountry, ner.KindNORP:
				placeOrNation = true
			}
		}
		if !placeOrNation {
			return false
		}
	}
	return true
}

// siteNouns after a nationality or place name make a site: "Roman
// theater", "Russian airbase". After a place name only fortifications
// count: "Palmyra castle" is a site, while in "Baghdad airport", "the
// Moscow theater" or "a Tokyo temple" news conventions tag the city.
var (
	siteNouns = hashSet("castle", "citadel", "theater", "theatre", "amphitheater", "amphitheatre",
		"mosque", "cathedral", "temple", "palace", "fortress", "airbase")
	// artNouns after a living nation's adjective name an art or a kind
	// ("the American theatre", "a French cathedral"), after a historic
	// people a site ("the Roman theater", "an Ottoman mosque").
	artNouns          = hashSet("theater", "theatre", "mosque", "cathedral", "temple", "palace")
	historicSiteNouns = hashSet("castle", "citadel", "fortress", "amphitheater", "amphitheatre")
)

// sites extends a nationality or place followed by a site noun to a FAC.
func (s *Stage) sites(d *pipeline.Doc, sc *scratch, texts []string) {
	n := len(texts)
	for k := range sc.cands {
		c := &sc.cands[k]
		if c.b >= n || c.b-c.a > 3 {
			continue
		}
		h := ner.Hash(texts[c.b], true)
		var ok bool
		switch c.label {
		case pipeline.LabelNORP:
			ok = siteNouns[h] && !(artNouns[h] && s.countryDemonyms[texts[c.b-1]])
		case pipeline.LabelGPE:
			ok = historicSiteNouns[h]
		default:
			// The model may read a town before "castle" as a person.
			ok = historicSiteNouns[h] && c.b-c.a == 1 && s.isPlace(texts[c.a])
		}
		if !ok || upperInitial(texts[c.b]) && c.label == pipeline.LabelNORP && c.b+1 < n && upperInitial(texts[c.b+1]) {
			continue
		}
		if c.b+1 < n && s.modifies(d, sc, c.b+1) {
			continue // "the Roman theater stage"
		}
		c.b++
		c.label, c.canonical, c.fromModel = pipeline.LabelFac, "", false
	}
}

// isPlace reports a single word the gazetteer knows as a place.
func (s *Stage) isPlace(t string) bool {
	for _, ei := range s.gaz.Lookup(t, false) {
		if e := s.gaz.Entries[ei]; e.Label == pipeline.LabelGPE && !e.Ambiguous {
			return true
		}
	}
	return false
}

// indexHeads end the names of market indices and their like, which take
// their publisher's or founders' names ("Dow Jones Industrial Average",
// "Russell 2000 Index"): a model PERSON span ending in one is not a person.
var indexHeads = hashSet("average", "averages", "index", "indices", "indexes", "composite")

// dropWireSlug drops the candidates in the topic slug of an ALL CAPS wire
// heading: up to three words before a lone dash, the first a common
// lower-case word ("RUGBY UNION - CUTTITTA BACK FOR ITALY", "SOCCER -
// JAPAN GET LUCKY WIN"). The slug names a subject, not an organisation;
// a slug the gazetteer or the name lists know as a whole ("UNITED NATIONS
// - ...", "GENERAL MOTORS - ...") is kept.
func (s *Stage) dropWireSlug(sc *scratch, texts []string) {
	k := -1
	for i := 1; i < len(texts) && i <= 3; i++ {
		if isLoneDash(texts[i]) {
			k = i
			break
		}
	}
	if k < 0 || !s.feat.IsCommon(texts[0]) {
		return
	}
	if end, _ := s.gaz.Longest(texts[:k], 0, true); end == k {
		return
	}
	if end, _ := s.gaz.LongestName(texts[:k], 0, true); end == k {
		return // a company or club ("GENERAL MOTORS - PROFIT FALLS")
	}
	kept := sc.cands[:0]
	for _, c := range sc.cands {
		if c.a >= k {
			kept = append(kept, c)
		}
	}
	sc.cands = kept
}

// listSeparators separate the items of a list of names.
var listSeparators = map[string]bool{",": true, ";": true, "and": true, "&": true}

// personLists types the one-word items of a list of names by its majority:
// in a list of four or more single capitalised words joined by commas
// ("Mignolet, Johnson, Skrtel, Agger and Flanagan", a team sheet or a
// list of surnames) of which the model read at least half as persons,
// the other items are persons too, unless the gazetteer knows them as a
// country or a nationality. The model reads each surname alone, and
// takes the rarer ones for places.
func (s *Stage) personLists(sc *scratch, texts []string) {
	single := func(i int) bool {
		return upperInitial(texts[i]) && hasLetter(texts[i]) && !listSeparators[texts[i]] &&
			(i == 0 || listSeparators[texts[i-1]] || isEdgePunct(texts[i-1])) &&
			(i+1 == len(texts) || listSeparators[texts[i+1]] || isEdgePunct(texts[i+1]))
	}
	for i := 0; i < len(texts); {
		if !single(i) {
			i++
			continue
		}
		items := []int{i}
		for j := i + 2; j < len(texts) && listSeparators[texts[j-1]] && single(j); j += 2 {
			items = append(items, j)
		}
		i = items[len(items)-1] + 1
		if len(items) < 4 {
			continue
		}
		persons := 0
		for _, it := range items {
			for _, c := range sc.cands {
				if c.a == it && c.b == it+1 && c.label == pipeline.LabelPerson {
					persons++
				}
			}
		}
		if 2*persons < len(items) {
			continue
		}
		for _, it := range items {
			if end, grp := s.gaz.Longest(texts, it, false); end == it+1 && s.strongPlace(grp) {
				continue
			}
			found := false
			for k := range sc.cands {
				c := &sc.cands[k]
				if c.a == it && c.b == it+1 {
					c.label, c.canonical, found = pipeline.LabelPerson, "", true
				}
			}
			if !found && !sc.covered(it, it+1) {
				sc.cands = append(sc.cands, cand{a: it, b: it + 1, label: pipeline.LabelPerson, fromModel: true})
			}
		}
	}
}

// strongPlace reports a gazetteer match that is a country or a nationality.
func (s *Stage) strongPlace(grp []int32) bool {
	for _, ei := range grp {
		if k := s.gaz.Entries[ei].Kind; k == ner.KindCountry || k == ner.KindNORP {
			return true
		}
	}
	return false
}
