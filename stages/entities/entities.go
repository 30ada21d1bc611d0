package entities

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/newsclaims/newsclaims/internal/newsnames"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// Name is the stage name used in the errors table.
const Name = "entities"

// The model and the compiled gazetteer are rebuilt from data/ by
// `go run ./stages/entities/internal/train`.
var (
	//go:embed model/ner.model.zst
	modelFile []byte
	//go:embed model/gazetteer.tsv.zst
	gazetteerFile []byte
)

// Stage tags named entities and gives each a canonical name. It is safe for
// concurrent use: the model and gazetteer are read-only and every call to
// Process takes its scratch space from a pool.
type Stage struct {
	model *ner.Model
	feat  *ner.Featurizer
	gaz   *ner.Gazetteer
	pool  sync.Pool
	// kbIDs are the knowledge-base ids (GeoNames, ISO 3166) of the
	// gazetteer's canonicals that have exactly one.
	kbIDs map[labelName]string
	// agencies maps a demonym to its country's news agency ("Syrian" ->
	// "Syrian Arab News Agency") where the gazetteer knows only one.
	agencies map[string]string
	// countryDemonyms are the adjectives of today's countries ("American"),
	// as against historic peoples ("Roman").
	countryDemonyms map[string]bool
}

// New loads the embedded model and gazetteer. Loading is a fixed cost of
// every run, paid before the first document, so the independent parts (the
// model; the gazetteer's index; the knowledge-base ids of its canonicals)
// are built side by side. Entity ids are hashed when a mention needs one,
// not for every canonical up front: that took as long as reading the model
// for a cache most runs barely used.
func New() (*Stage, error) {
	var (
		m       *ner.Model
		entries []ner.Entry
		g       *ner.Gazetteer
	)
	var load errgroup.Group
	load.Go(func() (err error) {
		if m, err = ner.ReadModel(modelFile); err != nil {
			return fmt.Errorf("entities: loading model: %w", err)
		}
		return nil
	})
	var err error
	if entries, err = ner.ReadCompiled(gazetteerFile); err != nil {
		load.Wait()
		return nil, fmt.Errorf("entities: loading gazetteer: %w", err)
	}
	load.Go(func() error {
		g = ner.NewGazetteer(entries)
		return nil
	})
	kbIDs := knowledgeBaseIDs(entries)
	if err := load.Wait(); err != nil {
		return nil, err
	}
	s := &Stage{model: m, gaz: g, feat: m.Featurizer(g), kbIDs: kbIDs}
	s.agencies = newsAgencies(g)
	s.countryDemonyms = map[string]bool{}
	for _, e := range entries {
		if e.Kind == ner.KindDemonym {
			s.countryDemonyms[e.Canonical] = true
		}
	}
	s.pool.New = func() any { return new(scratch) }
	return s, nil
}

// knowledgeBaseIDs maps each (label, canonical) of the gazetteer to its
// entries' knowledge-base id. Entries with one canonical and different ids
// (a country and a US state both "Georgia") cannot say which one a mention
// means, so that canonical gets none.
func knowledgeBaseIDs(entries []ner.Entry) map[labelName]string {
	n := 0
	for _, e := range entries {
		if e.ID != "" {
			n++
		}
	}
	out := make(map[labelName]string, n) // sized once: growing it was most of its cost
	clash := map[labelName]bool{}
	for _, e := range entries {
		if e.ID == "" {
			continue
		}
		k := labelName{e.Label, e.Canonical}
		if id, ok := out[k]; ok && id != e.ID {
			clash[k] = true
		}
		out[k] = e.ID
	}
	for k := range clash {
		delete(out, k)
	}
	return out
}

// Name returns "entities".
func (*Stage) Name() string { return Name }

// subToken is a token as the model sees it: segment's tokens with a trailing
// possessive split off ("Russia’s" -> "Russia", "’s").
type subToken struct {
	pipeline.Span
	text string
}

// mention is a candidate before canonicalisation; toks index the sentence's
// sub-tokens.
type mention struct {
	pipeline.Span
	sent      int
	label     string
	canonical string
	fromModel bool
	ambiguous bool // the surface is an ambiguous gazetteer alias
	heading   bool
	// prev and next are the neighbouring sub-tokens ("" at the edges), the
	// context that decides an ambiguous alias.
	prev, next string
}

type scratch struct {
	tagger ner.Tagger
	toks   []subToken
	texts  []string
	spans  []ner.Span
	cands  []cand
	ms     []mention
	// Per-document tables, cleared and reused.
	supported map[labelName]bool
	voteIndex map[string]int
	votes     []vote
	// institutions holds, per institutionHeads entry, the canonical the
	// head got with a country in this document ("defense ministry" ->
	// "Russian Ministry of Defence"), for later bare mentions.
	institutions []string
	occ          occurrences
}

// Process fills d.Mentions from the sentences of content zones other than
// bylines.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sc := s.pool.Get().(*scratch)
	defer s.pool.Put(sc)
	sc.ms = sc.ms[:0]
	clear(sc.institutions)
	for si := range d.Sentences {
		if si%pipeline.CheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		sent := &d.Sentences[si]
		if !searched(d, si) || sent.FirstToken < 0 || sent.EndToken > len(d.Tokens) || sent.FirstToken >= sent.EndToken {
			continue
		}
		s.sentence(d, si, d.Tokens[sent.FirstToken:sent.EndToken], sc)
	}
	s.resolve(d, sc)
	return nil
}

// searched reports whether sentence si is searched for entities. Byline
// and credit lines ("Reporting by X; Editing by Y") name the article's own
// staff, which documents.byline already holds; the model, trained on news
// sentences, reads them poorly ("Editing" as an event), so they are not.
func searched(d *pipeline.Doc, si int) bool {
	if z := d.Sentences[si].Zone; z >= 0 && z < len(d.Zones) {
		if k := d.Zones[z].Kind; k == pipeline.ZoneBoilerplate || k == pipeline.ZoneByline {
			return false
		}
	}
	return true
}

// splitTokens fills sc.toks and sc.texts from segment's tokens.
func splitTokens(d *pipeline.Doc, toks []pipeline.Token, sc *scratch) {
	sc.toks, sc.texts = sc.toks[:0], sc.texts[:0]
	for i, t := range toks {
		if t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
			continue
		}
		text := d.Text[t.Start:t.End]
		if n := possessiveLen(text); n > 0 && n < len(text) {
			cut := t.End - n
			sc.toks = append(sc.toks, subToken{pipeline.Span{Start: t.Start, End: cut}, text[:len(text)-n]},
				subToken{pipeline.Span{Start: cut, End: t.End}, text[len(text)-n:]})
			continue
		}
		if n := len(text); i == len(toks)-1 && n > 2 && text[n-1] == '.' && strings.Count(text, ".") == 1 {
			// A sentence-final period the tokenizer left on a word ("Day.").
			sc.toks = append(sc.toks, subToken{pipeline.Span{Start: t.Start, End: t.End - 1}, text[:n-1]},
				subToken{pipeline.Span{Start: t.End - 1, End: t.End}, "."})
			continue
		}
		sc.toks = append(sc.toks, subToken{t.Span, text})
	}
	for _, t := range sc.toks {
		sc.texts = append(sc.texts, t.text)
	}
}

// possessiveLen returns the byte length of a trailing 's or ’s, or 0.
func possessiveLen(s string) int {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(s, suf) {
			return len(suf)
		}
	}
	return 0
}

func isPossessive(s string) bool {
	switch s {
	case "'s", "’s", "'", "’", "'S", "’S":
		return true
	}
	return false
}

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
		if b-a == 1 && s.hyphenTail(texts[a]) {
			continue // "Roman-era", "U.S.-led": the embedded pass takes the name
		}
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
		for b > a && (isPossessive(texts[b-1]) || isEdgePunct(texts[b-1]) ||
			typ != "EVENT" && s.lowerWord(texts[b-1]) && !s.known(texts, a, b)) {
			b--
		}
		if b-a >= 2 && texts[b-1] == "group" {
			b-- // "Islamic State group" names the group without the word
		}
		if a < b && b-a >= 2 && (typ == "PERSON" || typ == "ORG") {
			if n := titleLen(texts[a:b]); n > 0 && n < b-a && upperInitial(texts[a+n]) && !(typ == pipeline.LabelOrg && hasOrgHead(texts[a+n:b])) {
				a += n
				typ = pipeline.LabelPerson
			} else if k := s.nameAfterTitle(texts[a:b]); k > 0 {
				// "House Minority Leader Nancy Pelosi", "Senate Majority
				// Leader Mitch McConnell": a title that does not open the
				// span, then the person's name
				a += k
				typ = pipeline.LabelPerson
			}
		}
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
			continue // "R-Ky.", "D-N.Y.": a legislator's party and state
		}
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
		if a < b && typ != "EVENT" && typ != "PERSON" && locationHead(texts[b-1]) && b-a >= 2 {
			typ = pipeline.LabelLoc
		}
		if a >= b || s.junk(texts[a:b], a, prevText(texts, a), heading) || lowerCaseSpan(texts, a, b) {
			continue
		}
		if typ == pipeline.LabelPerson && b-a >= 2 && indexHeads[ner.Hash(texts[b-1], true)] {
			continue // "Dow Jones Industrial Average": a market index, named after its publisher
		}
		sc.cands = append(sc.cands, cand{a: a, b: b, label: typ, canonical: canonical, fromModel: true})
	}
	// 1b. Capitalised runs with an organisation's head word ("Harvard
	// University", "Bank of England") are ORG.
	s.orgHeads(sc, texts, heading)
	// 2. Multi-word names the gazetteer knows win over the model's pieces
	// ("Syrian Observatory for Human Rights", "The Independent", "Homs province").
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
	// 3. Other gazetteer names the model missed; ambiguous forms are checked
	// against the whole document later.
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
	if allCaps {
		s.dropWireSlug(sc, texts)
	}
	// 3b. Vessels, events, sites, nicknames, "UNESCO World Heritage Site".
	s.candRules(d, sc, texts, heading)
	first := len(sc.ms)
	for _, c := range sc.cands {
		m := mention{Span: pipeline.Span{Start: sc.toks[c.a].Start, End: sc.toks[c.b-1].End},
			sent: si, label: c.label, canonical: c.canonical, fromModel: c.fromModel, ambiguous: c.ambiguous, heading: heading,
			prev: prevText(texts, c.a)}
		if c.b < len(texts) {
			m.next = texts[c.b]
		}
		sc.ms = append(sc.ms, m)
	}
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

// covered reports whether a candidate overlaps sub-tokens [a, b).
func (sc *scratch) covered(a, b int) bool {
	for _, c := range sc.cands {
		if c.a < b && a < c.b {
			return true
		}
	}
	return false
}

func isDeterminer(s string) bool { return s == "the" || s == "The" || s == "THE" }

// lowerWord reports a lower-case common word ("southern", "recaptures"),
// which does not begin or end a name.
func (s *Stage) lowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r) && !strings.Contains(t, "-") && s.feat.IsCommon(t)
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

// hashSet returns the folded hashes of words.
func hashSet(words ...string) map[uint64]bool {
	m := make(map[uint64]bool, len(words))
	for _, w := range words {
		m[ner.Hash(w, true)] = true
	}
	return m
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

// allCommon reports whether every word of toks is a common lower-case word.
func (s *Stage) allCommon(toks []string) bool {
	for _, t := range toks {
		if hasLetter(t) && !s.feat.IsCommon(t) {
			return false
		}
	}
	return true
}

func hasLetter(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// hyphenTail reports a compound whose last part is lower case: "U.S.-led".
func (s *Stage) hyphenTail(t string) bool {
	i := strings.LastIndexAny(t, "-‐‑")
	if i <= 0 || i == len(t)-1 {
		return false
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	r, _ := utf8.DecodeRuneInString(t[i+size:])
	return unicode.IsLower(r)
}

func upperInitial(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// titles are words before a name that are not part of it.
var titles = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"President": true, "Colonel": true, "Col.": true, "General": true, "Gen.": true, "Lieutenant": true,
	"Lt.": true, "Major": true, "Maj.": true, "Captain": true, "Capt.": true, "Sergeant": true, "Sgt.": true,
	"Admiral": true, "Adm.": true, "Senator": true, "Sen.": true, "Rep.": true, "Governor": true, "Gov.": true,
	"Minister": true, "Prime": true, "Secretary": true, "Mayor": true, "Judge": true, "Chancellor": true,
	"King": true, "Queen": true, "Prince": true, "Pope": true, "Sheikh": true, "Ambassador": true,
	"Commander": true, "Spokesman": true, "Professor": true, "Prof.": true, "Premier": true, "Vice": true,
	"Defense": true, "Foreign": true, "Interior": true,
}

// headTitles end a title that can stand between other words and a name:
// "House Minority Leader", "Senate Foreign Relations Committee Chairman".
var headTitles = map[string]bool{
	"Leader": true, "Speaker": true, "Chairman": true, "Chairwoman": true, "Secretary": true,
	"Minister": true, "President": true, "Director": true, "Spokesman": true, "Spokeswoman": true,
	"Commissioner": true, "Envoy": true, "Ambassador": true, "Governor": true, "Mayor": true,
	"Senator": true, "Judge": true, "Chancellor": true, "Premier": true, "Whip": true,
}

// nameAfterTitle returns the index in toks of a person's name that follows
// a title ending inside the span ("House Minority Leader Nancy Pelosi" →
// 3), or 0: the title word is one of headTitles, and one to three
// capitalised words that are not titles or common words follow it to the
// end of the span.
func (s *Stage) nameAfterTitle(toks []string) int {
	for k := len(toks) - 2; k >= 1 && k >= len(toks)-4; k-- {
		if !headTitles[toks[k]] {
			continue
		}
		for _, t := range toks[k+1:] {
			if !upperInitial(t) || titles[t] || headTitles[t] || s.feat.IsCommon(t) || strings.ContainsAny(t, "'’") {
				return 0
			}
		}
		return k + 1
	}
	return 0
}

// nameRun returns the end of the one to three capitalised words from i
// that can be a person's name (not titles, not common words), or i.
func (s *Stage) nameRun(texts []string, i int) int {
	k := i
	for k < len(texts) && k < i+3 && upperInitial(texts[k]) && !titles[texts[k]] && !headTitles[texts[k]] &&
		!s.feat.IsCommon(texts[k]) && !strings.ContainsAny(texts[k], "'’") && !isEdgePunct(texts[k]) {
		k++
	}
	if k < len(texts) && upperInitial(texts[k]) && !isPossessive(texts[k]) {
		return i // a longer capitalised run is some other name
	}
	return k
}

// speakerVerbs follow a person more often than a place: "X said", "X has
// vowed".
var speakerVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "has": true, "had": true, "vowed": true,
	"added": true, "warned": true, "insisted": true, "argued": true, "wrote": true, "tweeted": true,
	"pledged": true, "promised": true, "denied": true, "acknowledged": true, "admitted": true,
}

// monthSurnames are month names that are also surnames.
var monthSurnames = map[string]bool{"May": true, "March": true, "April": true, "June": true, "August": true}

func startsWithDigit(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }

// inDateline reports whether sentence si lies in a dateline zone.
func inDateline(d *pipeline.Doc, si int) bool {
	z := d.Sentences[si].Zone
	return z >= 0 && z < len(d.Zones) && d.Zones[z].Kind == pipeline.ZoneDateline
}

// lowerCaseSpan reports a span without a capital letter in a sentence
// that capitalises other words after its first: where the text keeps case,
// a name has a capital ("muzzle" in "Tanks & muzzle flash: Syrian special
// ops" is not one). The model learnt lower-case names from social-media
// corpora, where case is not kept. A user name ("@nytimes", quoted from
// a post) is a name whatever its case.
func lowerCaseSpan(texts []string, a, b int) bool {
	for _, t := range texts[a:b] {
		if strings.IndexFunc(t, unicode.IsUpper) >= 0 || isHandle(t) {
			return false
		}
	}
	for i := 1; i < len(texts); i++ {
		if (i < a || i >= b) && upperInitial(texts[i]) {
			return true
		}
	}
	return false
}

// isHandle reports a social-media user name: "@" and then letters, digits
// or underscores, at least one a letter.
func isHandle(t string) bool {
	if len(t) < 2 || t[0] != '@' {
		return false
	}
	letter := false
	for _, r := range t[1:] {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r) || r == '_':
		default:
			return false
		}
	}
	return letter
}

// isLoneDash reports a dash that stands as a token of its own.
func isLoneDash(t string) bool {
	switch t {
	case "—", "–", "--", "-":
		return true
	}
	return false
}

// titleLen returns how many leading words of a span are titles.
func titleLen(toks []string) int {
	n := 0
	for n < len(toks) && titles[toks[n]] {
		n++
	}
	return n
}

// locationHead reports a head word that makes a name a non-GPE location.
func locationHead(t string) bool {
	switch t {
	case "Mountain", "Mountains", "River", "Sea", "Ocean", "Gulf", "Valley", "Desert", "Island", "Islands",
		"Lake", "Bay", "Strait", "Peninsula", "Mount", "Range", "Plateau", "Basin", "Coast":
		return true
	}
	return false
}

func prevText(texts []string, a int) string {
	if a == 0 {
		return ""
	}
	return texts[a-1]
}

func isEdgePunct(s string) bool {
	switch s {
	case ",", ".", ":", ";", "\"", "“", "”", "(", ")", "-", "–", "—", "'", "’", "‘":
		return true
	}
	return false
}

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

func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}
