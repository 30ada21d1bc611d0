package claims

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities"
	"github.com/newsclaims/newsclaims/stages/ingest"
	"github.com/newsclaims/newsclaims/stages/quantities"
	"github.com/newsclaims/newsclaims/stages/quotes"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// The gold test scores the stage on the five annotated seeds. The stages
// before claims are replaced by the gold layers (zones, mentions,
// quantities, quotes), so the figures measure this stage alone; sentences
// and tokens come from the real segment stage.

// find locates the k-th occurrence of s by the gold rule; {-1, -1} when
// there is none.
func find(text, s string, k int) pipeline.Span {
	if sp, ok := gold.Find(text, s, k); ok {
		return sp
	}
	return pipeline.Span{Start: -1, End: -1}
}

var seedNames = []string{
	"000_bb11a3c3858c11d8", "001_562542cb488f0fcb", "002_4f3239acc70076bd",
	"003_feb44209a768c95e", "004_e8bd326e938f300c",
}

func loadGold(t testing.TB, name string) (*gold.Annotation, string) {
	t.Helper()
	seeds, err := gold.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, seed := range seeds {
		if seed.Name != name+".txt" {
			continue
		}
		return &seed.Gold, string(seed.Raw)
	}
	t.Fatalf("no gold for seed %s", name)
	return nil, ""
}

// goldDoc builds a Doc with the gold layers standing in for the stages
// before claims, and real sentences and tokens.
func goldDoc(t testing.TB, seg *segment.Stage, g *gold.Annotation, text string) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{ID: pipeline.DocID([]byte(text)), Text: text, Source: g.File}
	if g.Metadata.Outlet != nil && g.Metadata.OutletInText {
		d.Outlet = *g.Metadata.Outlet
	}
	if g.Metadata.Published != nil {
		d.Published = *g.Metadata.Published
	}
	if g.Metadata.Byline != nil {
		d.Byline = *g.Metadata.Byline
	}
	// Zones, one per non-empty line.
	lineZone := map[int]string{}
	lineOf := func(off int) int { return strings.Count(text[:off], "\n") + 1 }
	mark := func(s string, k int, zone string) {
		if sp := find(text, s, k); sp.Start >= 0 {
			if zone == "headline" || zone == "caption" || zone == "dateline" || lineZone[lineOf(sp.Start)] == "" {
				lineZone[lineOf(sp.Start)] = zone
			}
		}
	}
	for _, e := range g.Entities {
		mark(e.Text, e.Occurrence, e.Zone)
	}
	for _, q := range g.Quantities {
		mark(q.Text, q.Occurrence, q.Zone)
	}
	for _, c := range g.Claims {
		mark(c.Text, c.Occurrence, c.Zone)
	}
	bp := map[string]bool{}
	for _, b := range g.Boilerplate {
		bp[b] = true
	}
	commentAuthor := map[int]string{}
	headers := map[string]bool{}
	for _, c := range g.Comments {
		headers[c.Header] = true
		for l := c.LineStart; l <= c.LineEnd; l++ {
			commentAuthor[l] = c.Author
		}
	}
	start := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		n := i + 1
		body := strings.TrimRight(line, "\n")
		sp := pipeline.Span{Start: start, End: start + len(body)}
		start += len(line)
		if strings.TrimSpace(body) == "" {
			continue
		}
		z := pipeline.Zone{Span: sp, Kind: pipeline.ZoneBody}
		switch {
		case bp[body] || headers[body]:
			z.Kind = pipeline.ZoneBoilerplate
		case body == g.Metadata.Title:
			z.Kind = pipeline.ZoneHeadline
		case commentAuthor[n] != "":
			z.Kind, z.Author = pipeline.ZoneComment, commentAuthor[n]
		case lineZone[n] != "":
			z.Kind = pipeline.ZoneKind(lineZone[n])
		}
		d.Zones = append(d.Zones, z)
	}
	d.Zones, _ = zones.SplitWireDatelines(text, d.Zones) // as the zones stage does
	d.Turns = zones.ReadTurns(text, d.Zones)
	if err := seg.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	labelOf := map[string]string{}
	for _, e := range g.Entities {
		sp := find(text, e.Text, e.Occurrence)
		if sp.Start < 0 {
			t.Fatalf("%s: entity %q not found", g.File, e.Text)
		}
		labelOf[e.Canonical] = e.Label
		d.Mentions = append(d.Mentions, pipeline.Mention{Span: sp, Sentence: d.SentenceAt(sp.Start), Text: e.Text,
			Label: e.Label, Canonical: e.Canonical, EntityID: pipeline.EntityID(e.Label, e.Canonical)})
	}
	sort.Slice(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	for _, q := range g.Quantities {
		sp := find(text, q.Text, q.Occurrence)
		pq := pipeline.Quantity{Span: sp, Sentence: d.SentenceAt(sp.Start), Text: q.Text, ValueMax: q.ValueMax,
			Qualifier: q.Qualifier, Kind: q.Kind}
		switch v := q.Value.(type) {
		case float64:
			pq.Value = &v
		case string:
			pq.Normalized = v
			if !strings.Contains(v, "X") {
				pq.Resolved = v
			}
		}
		if q.Unit != nil {
			pq.Unit = *q.Unit
		}
		if q.Per != nil {
			pq.Per = *q.Per
		}
		if q.Resolved != nil {
			pq.Resolved = *q.Resolved
		}
		d.Quantities = append(d.Quantities, pq)
	}
	sort.Slice(d.Quantities, func(i, j int) bool { return d.Quantities[i].Start < d.Quantities[j].Start })
	index := map[string]int{}
	for i, q := range g.Quotes {
		index[q.ID] = i
	}
	opt := func(s *string, k int) pipeline.Span {
		if s == nil {
			return pipeline.Span{}
		}
		return find(text, *s, k)
	}
	for _, q := range g.Quotes {
		pq := pipeline.Quote{Type: q.Type, Content: find(text, q.Content, q.ContentOccurrence),
			Source: opt(q.Source, q.SourceOccurrence), Cue: opt(q.Cue, q.CueOccurrence),
			Addressee: opt(q.Addressee, q.AddresseeOccurrence), EmbeddedIn: -1}
		if q.SourceCanonical != nil {
			pq.Speaker = *q.SourceCanonical
			if l, ok := labelOf[pq.Speaker]; ok {
				pq.SpeakerEntityID = pipeline.EntityID(l, pq.Speaker)
			}
		}
		if q.EmbeddedIn != "" {
			pq.EmbeddedIn = index[q.EmbeddedIn]
		}
		d.Quotes = append(d.Quotes, pq)
	}
	return d
}

// overlap is the Jaccard overlap of two spans.
func overlap(a, b pipeline.Span) float64 {
	inter := min(a.End, b.End) - max(a.Start, b.Start)
	if inter <= 0 {
		return 0
	}
	union := max(a.End, b.End) - min(a.Start, b.Start)
	return float64(inter) / float64(union)
}

// nameMatch compares a gold claimant with a predicted one: equal, every
// word of the shorter in the longer, or an acronym of the longer's words.
func nameMatch(gold, pred string) bool {
	norm := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '/' || r == '(' || r == ')' }) {
			if w != "the" && w != "of" && w != "for" {
				out = append(out, w)
			}
		}
		return out
	}
	g, p := norm(gold), norm(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if len(p) > len(g) {
		g, p = p, g
	}
	initials := ""
	for _, w := range g {
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				initials += part[:1]
			}
		}
	}
	for _, w := range p {
		found := strings.Trim(w, ".") == initials
		for _, x := range g {
			if x == w {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

type match struct {
	gold gold.Claim
	gi   int
	pred int // index in d.Claims
}

// matchClaims pairs gold and predicted claims one to one, best overlap first.
func matchClaims(d *pipeline.Doc, g *gold.Annotation) []match {
	type cand struct {
		gi, pi int
		ov     float64
	}
	var cands []cand
	for gi, gc := range g.Claims {
		gs := find(d.Text, gc.Text, gc.Occurrence)
		for pi, pc := range d.Claims {
			if ov := overlap(gs, pc.Span); ov >= 0.5 {
				cands = append(cands, cand{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].ov > cands[j].ov })
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []match
	for _, c := range cands {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		out = append(out, match{gold: g.Claims[c.gi], gi: c.gi, pred: c.pi})
	}
	return out
}

// contradiction is a pair of gold claims (by text and occurrence) that the
// gold's "contradicts" notes name.
type contradiction struct {
	File string `json:"file"`
	A    string `json:"a"`
	B    string `json:"b"`
}

// figures are the scores of one run over the seeds.
type figures struct {
	recall, precision, claimant, hedged, contradictions float64
	gold, predicted, matched, conflicts, links          int
}

// evaluate runs build on every seed, links the claims and scores them
// against the gold.
func evaluate(t *testing.T, label string, build func(g *gold.Annotation, text string) *pipeline.Doc) figures {
	t.Helper()
	linker := NewLinker()
	var f figures
	var nClaimant, nHedged int
	docs := map[string]*pipeline.Doc{}
	matches := map[string][]match{}
	for _, name := range seedNames {
		g, text := loadGold(t, name)
		d := build(g, text)
		docs[g.File] = d
		ms := matchClaims(d, g)
		matches[g.File] = ms
		f.gold += len(g.Claims)
		f.predicted += len(d.Claims)
		f.matched += len(ms)
		matchedG, matchedP := map[int]bool{}, map[int]bool{}
		for _, m := range ms {
			matchedG[m.gi], matchedP[m.pred] = true, true
			pc := d.Claims[m.pred]
			okClaimant := false
			if m.gold.OwnVoice {
				okClaimant = pc.Quote < 0 && (pc.Claimant == d.Outlet || pc.Claimant == d.Byline && d.Outlet == "")
			} else {
				okClaimant = nameMatch(m.gold.Claimant, pc.Claimant)
			}
			if okClaimant {
				nClaimant++
			} else if testing.Verbose() {
				t.Logf("%s %s claimant: gold %q got %q: %q", label, name[:3], m.gold.Claimant, pc.Claimant, pc.Text)
			}
			if pc.Hedged == m.gold.Hedged {
				nHedged++
			} else if testing.Verbose() {
				t.Logf("%s %s hedged: gold %v got %v: %q", label, name[:3], m.gold.Hedged, pc.Hedged, pc.Text)
			}
		}
		if testing.Verbose() {
			for gi, gc := range g.Claims {
				if !matchedG[gi] {
					t.Logf("%s %s missed: %q", label, name[:3], gc.Text)
				}
			}
			for pi, pc := range d.Claims {
				if !matchedP[pi] {
					t.Logf("%s %s extra: %q (%s)", label, name[:3], pc.Text, pc.Claimant)
				}
			}
		}
	}
	// The linker sees documents in doc_id order, as pipeline.Run feeds it.
	var order []*pipeline.Doc
	for _, d := range docs {
		order = append(order, d)
	}
	sort.Slice(order, func(i, j int) bool { return order[i].ID < order[j].ID })
	for _, d := range order {
		linker.Add(d, nil)
	}
	links := slices.Collect(linker.Links())
	f.links = len(links)

	f.recall = float64(f.matched) / float64(f.gold)
	f.precision = float64(f.matched) / float64(max(f.predicted, 1))
	f.claimant = float64(nClaimant) / float64(max(f.matched, 1))
	f.hedged = float64(nHedged) / float64(max(f.matched, 1))

	raw, err := os.ReadFile(filepath.Join("testdata", "contradictions.json"))
	if err != nil {
		t.Fatal(err)
	}
	var pairs []contradiction
	if err := json.Unmarshal(raw, &pairs); err != nil {
		t.Fatal(err)
	}
	predOf := func(file, text string) int {
		for _, m := range matches[file] {
			if strings.Contains(m.gold.Text, text) {
				return m.pred
			}
		}
		return -1
	}
	conflicts := map[[2]pipeline.ClaimRef]bool{}
	for _, l := range links {
		if l.Relation == pipeline.RelationConflicts {
			conflicts[[2]pipeline.ClaimRef{l.A, l.B}] = true
			conflicts[[2]pipeline.ClaimRef{l.B, l.A}] = true
			f.conflicts++
		}
	}
	found := 0
	for _, p := range pairs {
		d := docs[p.File]
		a, b := predOf(p.File, p.A), predOf(p.File, p.B)
		if a >= 0 && b >= 0 && conflicts[[2]pipeline.ClaimRef{{DocID: d.ID, ClaimID: a}, {DocID: d.ID, ClaimID: b}}] {
			found++
		} else {
			t.Logf("%s: contradiction not found in %s: %q vs %q (claims %d, %d)", label, p.File[:3], p.A, p.B, a, b)
		}
	}
	f.contradictions = float64(found) / float64(len(pairs))

	t.Logf("%s: claims gold %d, predicted %d, matched %d (span overlap >= 0.5)", label, f.gold, f.predicted, f.matched)
	t.Logf("%s: recall %.3f  precision %.3f  claimant %.3f  hedged %.3f", label, f.recall, f.precision, f.claimant, f.hedged)
	t.Logf("%s: gold contradictions found as conflicts links %d of %d; %d links, %d conflicts", label, found, len(pairs), f.links, f.conflicts)
	byID := map[string]*pipeline.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	for _, l := range links {
		if testing.Verbose() || l.Relation == pipeline.RelationConflicts {
			t.Logf("%s: %s %s[%d] %s[%d]: %s", label, l.Relation, byID[l.A.DocID].Source[:3], l.A.ClaimID, byID[l.B.DocID].Source[:3], l.B.ClaimID, l.Reason)
		}
	}
	return f
}

func checkFloors(t *testing.T, label string, f figures, floor figures) {
	t.Helper()
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"recall", f.recall, floor.recall},
		{"precision", f.precision, floor.precision},
		{"claimant", f.claimant, floor.claimant},
		{"hedged", f.hedged, floor.hedged},
		{"contradictions", f.contradictions, floor.contradictions},
	} {
		if c.got < c.floor {
			t.Errorf("%s: %s %.3f below floor %.3f", label, c.name, c.got, c.floor)
		}
	}
}

// TestGold scores the stage with the gold layers as its inputs: the
// figures of this stage alone.
func TestGold(t *testing.T) {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	st, _ := New()
	f := evaluate(t, "gold inputs", func(g *gold.Annotation, text string) *pipeline.Doc {
		d := goldDoc(t, seg, g, text)
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return d
	})
	checkFloors(t, "gold inputs", f, floorGoldInputs)
}

// TestGoldChain scores the whole chain, ingest to claims, on the raw seeds.
func TestGoldChain(t *testing.T) {
	chain := realChain(t)
	f := evaluate(t, "real chain", func(g *gold.Annotation, text string) *pipeline.Doc {
		d := &pipeline.Doc{Source: g.File, Raw: []byte(text), ID: pipeline.DocID([]byte(text))}
		for _, s := range chain {
			if err := s.Process(context.Background(), d); err != nil {
				t.Fatalf("%s: %s: %v", g.File, s.Name(), err)
			}
		}
		return d
	})
	checkFloors(t, "real chain", f, floorRealChain)
}

func realChain(t testing.TB) []pipeline.Stage {
	t.Helper()
	return []pipeline.Stage{ingest.New(), gold.Must(zones.New()), gold.Must(segment.New()), gold.Must(entities.New()),
		gold.Must(quantities.New()), gold.Must(quotes.New()), gold.Must(New())}
}

// Floors, slightly below the figures reached.
var (
	floorGoldInputs = figures{recall: 0.97, precision: 0.84, claimant: 0.97, hedged: 0.97, contradictions: 1}
	// The real chain also depends on the stages before claims; its floors
	// leave them a little room.
	floorRealChain = figures{recall: 0.95, precision: 0.83, claimant: 0.90, hedged: 0.97, contradictions: 0.94}
)
