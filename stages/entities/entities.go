package entities

import (
	"context"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

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
	// partyStems holds the first words of the gazetteer's two-word names
	// ending in "Party", and those words without an ending "ic"
	// ("Democratic", "Democrat"): the only words partyAdjective needs to
	// look up.
	partyStems map[string]bool
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
	s.partyStems = map[string]bool{}
	for _, e := range entries {
		if e.Kind == ner.KindDemonym {
			s.countryDemonyms[e.Canonical] = true
		}
		if w, ok := strings.CutSuffix(e.Surface, " Party"); ok && w != "" && !strings.Contains(w, " ") {
			s.partyStems[w] = true
			s.partyStems[strings.TrimSuffix(w, "ic")] = true
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

func sortMentions(ms []mention) {
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}
