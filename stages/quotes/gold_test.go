package quotes

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities"
	"github.com/newsclaims/newsclaims/stages/ingest"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// findOccurrence returns the byte offset of the k-th hit of s by the gold
// occurrence rule, or -1.
func findOccurrence(text, s string, k int) int {
	span, ok := gold.Find(text, s, k)
	if !ok {
		return -1
	}
	return span.Start
}

// loadGold returns the seed articles with their gold annotations.
func loadGold(t testing.TB) []gold.Seed {
	t.Helper()
	seeds, err := gold.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	return seeds
}

// realStages returns the stages that run before quotes.
func realStages(t testing.TB) []pipeline.Stage {
	t.Helper()
	return []pipeline.Stage{ingest.New(), gold.Must(zones.New()), gold.Must(segment.New()), gold.Must(entities.New())}
}

// builtDoc builds a Doc without the other stages: zones from the gold's
// boilerplate lines and comments, one zone per line, no mentions.
func builtDoc(text string, g *gold.Annotation) *pipeline.Doc {
	d := &pipeline.Doc{Text: text}
	boiler := map[string]int{}
	for _, b := range g.Boilerplate {
		boiler[b]++
	}
	start := 0
	for n, line := range strings.SplitAfter(text, "\n") {
		lineNo := n + 1
		end := start + len(line)
		body := strings.TrimRight(line, "\n")
		if strings.TrimSpace(body) != "" {
			z := pipeline.Zone{Span: pipeline.Span{Start: start, End: start + len(body)}, Kind: pipeline.ZoneBody}
			switch {
			case boiler[body] > 0:
				boiler[body]--
				z.Kind = pipeline.ZoneBoilerplate
			case body == g.Metadata.Title:
				z.Kind = pipeline.ZoneHeadline
			}
			for _, c := range g.Comments {
				if lineNo >= c.LineStart && lineNo <= c.LineEnd {
					z.Kind, z.Author = pipeline.ZoneComment, c.Author
				}
			}
			d.Zones = append(d.Zones, z)
		}
		start = end
	}
	d.Zones, _ = zones.SplitWireDatelines(text, d.Zones) // as the zones stage does
	d.Turns = zones.ReadTurns(text, d.Zones)
	return d
}

func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// tokenF1 is the word-overlap F1 of two texts.
func tokenF1(a, b string) float64 {
	wa, wb := normWords(a), normWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wb {
		count[w]++
	}
	common := 0
	for _, w := range wa {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(wa)), float64(common)/float64(len(wb))
	return 2 * p * r / (p + r)
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "unnamed ")
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(normWords(s), " ")
}

// score holds the matching counts of one quote class.
type score struct {
	gold, pred, matched, speakerOK int
	misses                         []string
}

func (s score) f1() float64 {
	if s.gold == 0 || s.pred == 0 {
		return 0
	}
	p, r := float64(s.matched)/float64(s.pred), float64(s.matched)/float64(s.gold)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s score) speakerRate() float64 {
	if s.matched == 0 {
		return 0
	}
	return float64(s.speakerOK) / float64(s.matched)
}

// scoreDoc matches predicted quotes to gold quotes of the same class
// (direct, or indirect+mixed) by content overlap: a pair matches when the
// contents overlap in the text and their word F1 is at least 0.5.
func scoreDoc(text string, g *gold.Annotation, quotes []pipeline.Quote, direct, indirect *score, includeComments bool, zoneOf func(int) pipeline.ZoneKind) {
	class := func(typ string) bool { return typ == pipeline.QuoteDirect }
	type gq struct {
		q    gold.Quote
		span pipeline.Span
	}
	var golds []gq
	for _, q := range g.Quotes {
		off := findOccurrence(text, q.Content, q.ContentOccurrence)
		if off < 0 {
			continue
		}
		golds = append(golds, gq{q, pipeline.Span{Start: off, End: off + len(q.Content)}})
	}
	used := make([]bool, len(quotes))
	for _, isDirect := range []bool{true, false} {
		sc := indirect
		if isDirect {
			sc = direct
		}
		for i, q := range quotes {
			if class(q.Type) == isDirect && (includeComments || zoneOf(q.Content.Start) != pipeline.ZoneComment) {
				sc.pred++
				_ = i
			}
		}
		for _, gl := range golds {
			if class(gl.q.Type) != isDirect {
				continue
			}
			sc.gold++
			best, bestF := -1, 0.0
			for i, q := range quotes {
				if used[i] || class(q.Type) != isDirect || !q.Content.Overlaps(gl.span) {
					continue
				}
				if f := tokenF1(text[q.Content.Start:q.Content.End], gl.q.Content); f >= 0.5 && f > bestF {
					best, bestF = i, f
				}
			}
			if best < 0 {
				sc.misses = append(sc.misses, g.File[:3]+" "+gl.q.ID+" not found: "+trunc(gl.q.Content))
				continue
			}
			used[best] = true
			sc.matched++
			want := ""
			if gl.q.SourceCanonical != nil {
				want = *gl.q.SourceCanonical
			}
			if normName(quotes[best].Speaker) == normName(want) {
				sc.speakerOK++
			} else {
				sc.misses = append(sc.misses, g.File[:3]+" "+gl.q.ID+" speaker "+quotes[best].Speaker+" != "+want)
			}
		}
		for i, q := range quotes {
			if !used[i] && class(q.Type) == isDirect && (includeComments || zoneOf(q.Content.Start) != pipeline.ZoneComment) {
				sc.misses = append(sc.misses, g.File[:3]+" extra "+q.Type+": "+trunc(text[q.Content.Start:q.Content.End]))
			}
		}
	}
}

func trunc(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}

func runGold(t *testing.T, real bool, includeComments bool) (direct, indirect score) {
	t.Helper()
	var stages []pipeline.Stage
	if real {
		stages = realStages(t)
	}
	st := newStage(t)
	for _, seed := range loadGold(t) {
		g, raw := &seed.Gold, seed.Raw
		var d *pipeline.Doc
		if real {
			d = &pipeline.Doc{Raw: raw, ID: pipeline.DocID(raw)}
			for _, s := range stages {
				if err := s.Process(context.Background(), d); err != nil {
					t.Fatalf("%s: %s: %v", g.File, s.Name(), err)
				}
			}
		} else {
			d = builtDoc(string(raw), g)
		}
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		zoneOf := func(off int) pipeline.ZoneKind {
			if z := d.ZoneAt(off); z >= 0 {
				return d.Zones[z].Kind
			}
			return pipeline.ZoneBody
		}
		scoreDoc(d.Text, g, d.Quotes, &direct, &indirect, includeComments, zoneOf)
	}
	return direct, indirect
}

// TestGold scores the stage on the five seed articles, once with the real
// zones, segment and entities stages in front of it and once on Docs built
// from the gold's zones with no mentions (the fallback path).
func TestGold(t *testing.T) {
	for _, tc := range []struct {
		name                string
		real                bool
		directF1, directSpk float64
		indirF1, indirSpk   float64
	}{
		{"real-stages", true, 0.95, 0.95, 0.95, 0.91},
		{"no-mentions", false, 0.95, 0.90, 0.95, 0.62},
	} {
		t.Run(tc.name, func(t *testing.T) {
			direct, indirect := runGold(t, tc.real, false)
			t.Logf("direct:          gold %d pred %d matched %d  F1 %.3f  speaker %.3f", direct.gold, direct.pred, direct.matched, direct.f1(), direct.speakerRate())
			t.Logf("indirect+mixed:  gold %d pred %d matched %d  F1 %.3f  speaker %.3f", indirect.gold, indirect.pred, indirect.matched, indirect.f1(), indirect.speakerRate())
			for _, m := range append(direct.misses, indirect.misses...) {
				t.Logf("  miss: %s", m)
			}
			withComments, _ := runGold(t, tc.real, true)
			t.Logf("direct counting comment paragraphs (not annotated as quotes in the gold): pred %d F1 %.3f", withComments.pred, withComments.f1())
			if direct.f1() < tc.directF1 || direct.speakerRate() < tc.directSpk || indirect.f1() < tc.indirF1 || indirect.speakerRate() < tc.indirSpk {
				t.Errorf("below floor: direct F1 %.3f (>= %.2f) speaker %.3f (>= %.2f); indirect+mixed F1 %.3f (>= %.2f) speaker %.3f (>= %.2f)",
					direct.f1(), tc.directF1, direct.speakerRate(), tc.directSpk, indirect.f1(), tc.indirF1, indirect.speakerRate(), tc.indirSpk)
			}
		})
	}
}
