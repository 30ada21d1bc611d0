package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/internal/newsnames"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// This file holds the pass over one sentence: the model's spans trimmed
// to the minimal name, organisations by their head word, the gazetteer's
// names (known multi-word names first, then the names the model missed),
// the span rules, and the names inside hyphenated words and institutions.
// The document pass that follows is in canon.go.

// sentence tags one sentence and appends its candidate mentions to sc.ms.
func (s *Stage) sentence(d *pipeline.Doc, si int, toks []pipeline.Token, sc *scratch) {
	splitTokens(d, toks, sc)
	if len(sc.toks) == 0 {
		return
	}
	sc.tagger.Sent.Toks = sc.texts
	labels := s.model.Tag(s.feat, &sc.tagger)
	heading := sc.tagger.Sent.IsHeading()
	allCaps := sc.tagger.Sent.IsAllCaps()
	sc.spans = ner.Spans(labels, sc.spans[:0])
	texts := sc.texts

	// 1. The model's spans, trimmed to the minimal name.
	s.modelCands(d, si, sc, texts, heading)
	// 1b. Capitalised runs with an organisation's head word ("Harvard
	// University", "Bank of England") are ORG.
	s.orgHeads(sc, texts, heading)
	// 2. Multi-word names the gazetteer knows win over the model's pieces
	// ("Syrian Observatory for Human Rights", "The Independent", "Homs province").
	s.knownNames(sc, texts, allCaps, heading)
	// 3. Other gazetteer names the model missed; ambiguous forms are checked
	// against the whole document later.
	s.missedNames(sc, texts, allCaps, heading)
	if allCaps {
		s.dropWireSlug(sc, texts)
	}
	// 3b. Vessels, events, sites, nicknames, "UNESCO World Heritage Site".
	s.candRules(d, sc, texts, heading)
	// 3c. Tweet conventions: the retweet mark, names joined by "&" or "/",
	// organisations' accounts and hashtags of places.
	dropRetweetMarks(sc, texts)
	s.splitJoinedNames(sc, texts)
	s.dropForeignOpeners(sc, texts)
	s.accountNames(sc, texts)
	first := len(sc.ms)
	candMentions(sc, si, texts, heading)
	// 4. Names inside hyphenated compounds: "U.S.-led", "anti-ISIS", "Britain-based".
	for i, t := range texts {
		if strings.ContainsAny(t, "-‐‑") && !sc.covered(i, i+1) {
			s.embedded(sc, si, i, heading)
		}
	}
	// 5. "Syrian army", "Russia's defense ministry".
	s.descriptive(d, sc, si, first, heading)
	// 6. "the Syrian state-run news agency", "the defense ministry".
	s.stateAgencies(d, sc, first)
	s.noteInstitutions(d, sc, first)
	s.bareInstitutions(d, sc, si, first, heading)
	sortMentions(sc.ms[first:])
}

// modelCands sets sc.cands to the model's spans, each trimmed to the
// minimal name (modelCand). An ORG span that ends in a title is the title
// of the person named after it, who is the candidate.
func (s *Stage) modelCands(d *pipeline.Doc, si int, sc *scratch, texts []string, heading bool) {
	sc.cands = sc.cands[:0]
	named := 0 // sub-tokens before it already belong to a name after a title
	for _, sp := range sc.spans {
		typ := ner.Types[sp.Type]
		if typ == "MISC" || sp.Start < named {
			continue
		}
		a, b := sp.Start, sp.End
		if typ == pipeline.LabelOrg && headTitles[texts[b-1]] {
			// "Senate Majority Leader | Mitch McConnell": an ORG span that
			// ends in a title is the title of the name that follows
			if k := s.nameRun(texts, b); k > b {
				sc.cands = append(sc.cands, cand{a: b, b: k, label: pipeline.LabelPerson, fromModel: true})
				named = k
				continue
			}
		}
		if c, ok := s.modelCand(d, si, texts, a, b, typ, heading); ok {
			sc.cands = append(sc.cands, c)
		}
	}
}

// modelCand turns the model's span [a, b) of type typ into a candidate:
// cut to the minimal name, relabelled where its words tell more than the
// model read (a dateline's place, a person's title), and dropped where
// what is left is no name of its own.
func (s *Stage) modelCand(d *pipeline.Doc, si int, texts []string, a, b int, typ string, heading bool) (cand, bool) {
	if b-a == 1 && s.hyphenTail(texts[a]) {
		return cand{}, false // "Roman-era", "U.S.-led": the embedded pass takes the name
	}
	a, b, typ = s.trimModelSpan(texts, a, b, typ)
	var canonical string
	if a == 0 && typ != pipeline.LabelGPE && inDateline(d, si) {
		// "WASHINGTON (AP) —", "BEIRUT —": a dateline (a zone of its
		// own, found by the zones stage) names a place
		if e, ok := s.entryFor(strings.Join(texts[a:b], " "), pipeline.LabelGPE, true); ok && newsnames.AllCaps(strings.Join(texts[a:b], "")) &&
			(e.Label == pipeline.LabelGPE || e.Label == pipeline.LabelLoc) {
			typ, canonical = e.Label, e.Canonical
		}
	}
	if b-a == 1 && newsnames.PartyDesignation(texts[a]) {
		return cand{}, false // "R-Ky.", "D-N.Y.": a legislator's party and state
	}
	b, typ = s.relabelModelSpan(texts, a, b, typ)
	if a >= b || s.junk(texts[a:b], a, prevText(texts, a), heading) || lowerCaseSpan(texts, a, b) {
		return cand{}, false
	}
	if typ == pipeline.LabelPerson && b-a >= 2 && indexHeads[ner.Hash(texts[b-1], true)] {
		return cand{}, false // "Dow Jones Industrial Average": a market index, named after its publisher
	}
	return cand{a: a, b: b, label: typ, canonical: canonical, fromModel: true}, true
}

// trimModelSpan cuts a model span [a, b) of type typ to the minimal name:
// at a lone dash, without the punctuation, determiners and lower-case
// words at its edges, an event's tail or "group", and without a title
// before a person's name (then a PERSON). It returns the new span and
// type.
func (s *Stage) trimModelSpan(texts []string, a, b int, typ string) (int, int, string) {
	for k := a + 1; k < b; k++ {
		// A dash between spaces is never inside a name (hyphenated
		// names are one token): "BEIRUT - Air strikes" read as one
		// span is a dateline and the sentence after it.
		if isLoneDash(texts[k]) {
			b = k
			break
		}
	}
	for a < b && (isEdgePunct(texts[a]) || isDeterminer(texts[a]) && !s.known(texts, a, b) ||
		s.lowerWord(texts[a]) && !s.known(texts, a, b)) {
		a++
	}
	eventEnd := b
	for b > a && (isPossessive(texts[b-1]) || isEdgePunct(texts[b-1]) ||
		(typ != "EVENT" || !eventNouns[ner.Hash(texts[b-1], true)]) && s.lowerWord(texts[b-1]) && !s.known(texts, a, b)) {
		b--
	}
	if typ == pipeline.LabelEvent && a < b && b < eventEnd {
		typ, b = s.eventWithoutTail(texts, a, b, eventEnd)
	}
	if b-a >= 2 && texts[b-1] == "group" {
		b-- // "Islamic State group" names the group without the word
	}
	if a < b && b-a >= 2 && (typ == "PERSON" || typ == "ORG") {
		if n := titleLen(texts[a:b]); n > 0 && n < b-a && upperInitial(texts[a+n]) && !(typ == pipeline.LabelOrg && hasOrgHead(texts[a+n:b])) {
			a += n
			typ = pipeline.LabelPerson
		} else if k := s.nameAfterOffice(texts, a, b); k > 0 {
			a += k // "Secretary of State Ann Holt": the office, then the name
			typ = pipeline.LabelPerson
		} else if k := s.nameAfterTitle(texts[a:b]); k > 0 {
			// "House Minority Leader Nancy Pelosi", "Senate Majority
			// Leader Mitch McConnell": a title that does not open the
			// span, then the person's name
			a += k
			typ = pipeline.LabelPerson
		}
	}
	return a, b, typ
}

// relabelModelSpan corrects the type of a trimmed model span [a, b) where
// its words or the word after it tell what the model missed: the subject
// of a verb of speech, a surname that is also a month, a name after a kin
// noun, a sea or a mountain. It returns the span's end (a surname that is
// a month joins it) and the type.
func (s *Stage) relabelModelSpan(texts []string, a, b int, typ string) (int, string) {
	if typ == pipeline.LabelGPE && b-a == 1 && b < len(texts) && speakerVerbs[texts[b]] && !s.known(texts, a, b) &&
		!strings.HasSuffix(texts[a], ".") && !strings.HasSuffix(texts[a], "s") && !(a > 0 && isDeterminer(texts[a-1])) {
		// "Netanyahu has vowed", "Netanyahu said": a place the
		// gazetteer does not know, as the subject of a verb of
		// speech or will, is a person (not an abbreviated state,
		// "Mass.", a plural, "Easterners", nor after "the": "the
		// Brahmaputra has")
		typ = pipeline.LabelPerson
	}
	if typ == pipeline.LabelPerson && b < len(texts) && monthSurnames[texts[b]] && (b+1 == len(texts) || !startsWithDigit(texts[b+1])) {
		b++ // "Theresa May told": a surname, not a month (not "May 5")
	}
	if typ != pipeline.LabelPerson && typ != pipeline.LabelEvent && b-a <= 3 && afterKinNoun(texts, a) && s.fullNameShape(texts[a:b]) {
		typ = pipeline.LabelPerson // "his younger son, Tam", "her husband Ben Holt"
	}
	if typ == pipeline.LabelPerson && b-a >= 2 && (natureHeads[texts[b-1]] || texts[a] == "Mt" || texts[a] == "Mt." || texts[a] == "Mount") {
		typ = pipeline.LabelLoc // "Sargasso Sea", "Mt Yale": no surname is a sea or a mountain
	}
	if a < b && typ != "EVENT" && typ != "PERSON" && locationHead(texts[b-1]) && b-a >= 2 {
		typ = pipeline.LabelLoc
	}
	return b, typ
}

// knownNames puts the multi-word names the gazetteer knows in place of
// the candidates they overlap: the model often reads a long name in
// pieces. A model span that runs on from a known name to an organisation
// head word ("U.S. Army Materiel Command") keeps its candidate.
func (s *Stage) knownNames(sc *scratch, texts []string, allCaps, heading bool) {
	for i := 0; i < len(texts); {
		end, grp := s.gaz.Longest(texts, i, allCaps)
		if end-i >= 2 {
			if texts[end-1] == "group" && end-i >= 3 {
				end--
			}
			if isDeterminer(texts[i]) {
				// "The Associated Press" is "Associated Press" unless "The"
				// belongs to the name ("The Independent").
				if end2, grp2 := s.gaz.Longest(texts[:end], i+1, allCaps); end2 == end && len(grp2) > 0 {
					i++
					grp = grp2
				}
			}
			if k, ok := sc.longerName(texts, i, end, s.placeEntry(grp), heading); ok {
				i = k // "U.S. Army Materiel Command" is not "U.S. Army"
				continue
			}
			if e, ok := s.fallbackEntry(grp, true, heading); ok && !e.Ambiguous && s.fallbackWords(texts[i:end], e, heading) {
				kept := sc.cands[:0]
				for _, c := range sc.cands {
					if c.b <= i || c.a >= end {
						kept = append(kept, c)
					}
				}
				sc.cands = append(kept, cand{a: i, b: end, label: e.Label, canonical: e.Canonical})
				i = end
				continue
			}
		}
		i++
	}
}

// missedNames adds the gazetteer's names that no candidate covers, other
// than a place inside a longer capitalised run or a common word opening
// the sentence. Ambiguous forms are kept, marked, for the document pass
// to check against the whole document.
func (s *Stage) missedNames(sc *scratch, texts []string, allCaps, heading bool) {
	for i := 0; i < len(texts); {
		end, grp := s.gaz.Longest(texts, i, allCaps)
		if end == i {
			i++
			continue
		}
		e, ok := s.fallbackEntry(grp, false, heading)
		if ok && !s.fallbackWords(texts[i:end], e, heading) {
			ok = false
		}
		if ok && !heading && (e.Label == pipeline.LabelGPE || e.Label == pipeline.LabelLoc) && inCapitalisedRun(texts, i, end) {
			ok = false // "San Francisco Bay", "Madame Tussauds New York": part of another name
		}
		if ok && !sc.covered(i, end) && !(i == 0 && end == 1 && s.feat.IsCommon(texts[0]) && !s.strongEntry(grp) && !(end < len(texts) && cue(texts[end]))) {
			sc.cands = append(sc.cands, cand{a: i, b: end, label: e.Label, canonical: e.Canonical, ambiguous: e.Ambiguous})
			i = end
			continue
		}
		i++
	}
}

// candMentions appends the sentence's candidates to sc.ms as mentions,
// with their offsets in the text and the words beside them, which the
// document pass reads.
func candMentions(sc *scratch, si int, texts []string, heading bool) {
	for _, c := range sc.cands {
		m := mention{Span: pipeline.Span{Start: sc.toks[c.a].Start, End: sc.toks[c.b-1].End},
			sent: si, label: c.label, canonical: c.canonical, fromModel: c.fromModel, ambiguous: c.ambiguous, heading: heading,
			prev: prevText(texts, c.a)}
		if c.b < len(texts) {
			m.next = texts[c.b]
		}
		sc.ms = append(sc.ms, m)
	}
}

// inCapitalisedRun reports whether the words [a, b) of a sentence stand
// inside a longer capitalised run that the model did not read as a name
// ("San Francisco Bay", "York Outer Ring Road", "Madame Tussauds New
// York"), as the other occurrences of a name are not taken there
// (inLongerName): a capitalised word right after them, or right before
// them other than at the start of the sentence. A title beside a place
// ("Texas Governor Greg Abbott") leaves it a place.
func inCapitalisedRun(texts []string, a, b int) bool {
	run := func(t string) bool { return upperInitial(t) && !titles[t] && !headTitles[t] }
	return b < len(texts) && run(texts[b]) || a > 1 && run(texts[a-1])
}

// cand is a candidate mention over sub-tokens [a, b) of a sentence.
type cand struct {
	a, b      int
	label     string
	canonical string
	fromModel bool
	ambiguous bool
}

// longerName returns the end of a model ORG span that holds the known name
// at [a, b) and runs on through capitalised words to an organisation head
// word ("U.S. Army Materiel Command", "Federal Reserve Board"): a unit or
// body named after its parent, which the gazetteer match must not cut.
// With a head word, "of", "for" or "the" may join the words to the known
// name, on either side: "United States Court of Appeals", "Federal
// University of Santa Catarina" (a place that ends an organisation's name).
// Outside headings, a known place may open an organisation without a head
// word: a team or a company named after its city ("St. Louis Cardinals",
// "New York Yankees"); and a model LOC or FAC span of capitalised words
// holding a known place is a place named after it ("San Francisco Bay",
// "Clyst St. Mary").
// A span with another lower-case word or a comma outside the known name
// ("Credit Suisse and Deutsche Bank") is two names glued and gets no such
// protection. It returns the span's end, and false when there is none.
func (sc *scratch) longerName(texts []string, a, b int, place, heading bool) (int, bool) {
	for _, c := range sc.cands {
		if !c.fromModel || c.a > a || c.b < b || c.b-c.a == b-a {
			continue
		}
		head := false
		switch c.label {
		case pipeline.LabelOrg:
			head = hasOrgHead(texts[c.a:a]) || hasOrgHead(texts[b:c.b])
			if !head && (c.a != a || !place || heading) {
				continue
			}
		case pipeline.LabelLoc, pipeline.LabelFac:
			// a place named after a place: "San Francisco Bay", "Clyst
			// St. Mary", "York Outer Ring Road"
			if heading {
				continue
			}
		default:
			continue
		}
		longer := true
		for _, t := range texts[c.a:a] {
			longer = longer && orgWord(t, head)
		}
		for _, t := range texts[b:c.b] {
			longer = longer && orgWord(t, head)
		}
		if longer {
			return c.b, true
		}
	}
	return b, false
}

// orgWord reports whether t may stand beside a known name inside an
// organisation's name: a capitalised word that is not a title ("South
// Korea President ..."), or with a head word a joining word ("Court of
// Appeals").
func orgWord(t string, head bool) bool {
	if head && orgJoins[t] {
		return true
	}
	return upperInitial(t) && !titles[t] && !headTitles[t]
}

var orgJoins = map[string]bool{"of": true, "for": true, "the": true}

// placeEntry reports a gazetteer match that is a place (country, region,
// city).
func (s *Stage) placeEntry(grp []int32) bool {
	for _, ei := range grp {
		if l := s.gaz.Entries[ei].Label; l == pipeline.LabelGPE || l == pipeline.LabelLoc {
			return true
		}
	}
	return false
}

// covered reports whether a candidate overlaps sub-tokens [a, b).
func (sc *scratch) covered(a, b int) bool {
	for _, c := range sc.cands {
		if c.a < b && a < c.b {
			return true
		}
	}
	return false
}

// natureHeads end the names of seas, ranges and deserts, never a person's.
var natureHeads = map[string]bool{"Sea": true, "Ocean": true, "Mountains": true, "Islands": true,
	"Peninsula": true, "Strait": true, "Desert": true, "Gulf": true}
