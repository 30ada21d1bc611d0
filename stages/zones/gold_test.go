package zones

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// The gold annotations (internal/gold) give the boilerplate lines of each seed, the zone of every annotated span,
// the reader comments and the metadata. The seeds themselves are the
// repository's seeds/ directory.

type goldDoc struct {
	gold  gold.Annotation
	text  string
	lines []string // the raw lines, 0-based
}

func loadGold(t testing.TB) []goldDoc {
	t.Helper()
	seeds, err := gold.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var docs []goldDoc
	for _, seed := range seeds {
		text := strings.ReplaceAll(string(seed.Raw), "\r\n", "\n")
		docs = append(docs, goldDoc{gold: seed.Gold, text: text, lines: strings.Split(text, "\n")})
	}
	return docs
}

// find returns the byte offset of the k-th (1-based) hit of s in text by the
// gold occurrence rule, or -1.
func find(text, s string, k int) int {
	span, ok := gold.Find(text, s, k)
	if !ok {
		return -1
	}
	return span.Start
}

// lineKinds returns the zone kind of each line (0-based); "" for blank lines.
func lineKinds(text string, zones []pipeline.Zone) []pipeline.ZoneKind {
	lines := strings.Split(text, "\n")
	kinds := make([]pipeline.ZoneKind, len(lines))
	off := 0
	for i, l := range lines {
		for _, z := range zones {
			if z.Start < off+len(l) && off < z.End {
				kinds[i] = z.Kind
			}
		}
		off += len(l) + 1
	}
	return kinds
}

// goldLineZones returns the gold zone of each line that holds an annotated
// span or a reader comment (0-based line index → zone).
func goldLineZones(t *testing.T, d goldDoc) map[int]string {
	zones := map[int]string{}
	add := func(s string, k int, zone string) {
		if s == "" {
			return
		}
		p := find(d.text, s, k)
		if p < 0 {
			t.Errorf("%s: gold span %q (occurrence %d) not in text", d.gold.File, s, k)
			return
		}
		zones[strings.Count(d.text[:p], "\n")] = zone
	}
	for _, e := range d.gold.Entities {
		add(e.Text, e.Occurrence, e.Zone)
	}
	for _, q := range d.gold.Quantities {
		add(q.Text, q.Occurrence, q.Zone)
	}
	for _, c := range d.gold.Claims {
		add(c.Text, c.Occurrence, c.Zone)
	}
	for _, q := range d.gold.Quotes {
		add(q.Content, q.ContentOccurrence, q.Zone)
	}
	for _, c := range d.gold.Comments {
		for n := c.LineStart; n <= c.LineEnd; n++ {
			if strings.TrimSpace(d.lines[n-1]) != "" {
				zones[n-1] = "comment"
			}
		}
	}
	return zones
}

func TestGold(t *testing.T) {
	s := newStage(t)
	var (
		bpTP, bpFP, bpFN            int
		headerLines, headerAsChrome int
		zoneHit, zoneAll            int
		keyHit, keyAll              int // headline, dateline and comment lines
		titleHit, pubHit, byHit     int
		outletHit, outletAll        int
	)
	docs := loadGold(t)
	for _, d := range docs {
		r := s.Analyze(d.text)
		kinds := lineKinds(d.text, r.Zones)

		// Boilerplate lines: the k-th listing of a line is its k-th occurrence.
		goldBP := map[int]bool{}
		used := map[string]int{}
		for _, b := range d.gold.Boilerplate {
			seen := 0
			for i, l := range d.lines {
				if strings.TrimSpace(l) == b {
					if seen == used[b] {
						goldBP[i] = true
						break
					}
					seen++
				}
			}
			used[b]++
		}
		headers := map[int]bool{}
		for _, c := range d.gold.Comments {
			for i, l := range d.lines {
				if strings.TrimSpace(l) == c.Header {
					headers[i] = true
				}
			}
		}
		for i := range d.lines {
			predicted := kinds[i] == pipeline.ZoneBoilerplate
			if headers[i] {
				// Comment headers are listed apart from boilerplate in the
				// gold; this stage keeps them out of the comment text as
				// boilerplate (see doc.go), so they are scored apart.
				headerLines++
				if predicted {
					headerAsChrome++
				}
				continue
			}
			switch {
			case predicted && goldBP[i]:
				bpTP++
			case predicted:
				bpFP++
				t.Logf("%s line %d: false boilerplate %q", d.gold.File, i+1, d.lines[i])
			case goldBP[i]:
				bpFN++
				t.Logf("%s line %d: missed boilerplate %q", d.gold.File, i+1, d.lines[i])
			}
		}

		for i, zone := range goldLineZones(t, d) {
			hit := string(kinds[i]) == zone
			zoneAll++
			if hit {
				zoneHit++
			} else {
				t.Logf("%s line %d: zone %q, gold %q: %q", d.gold.File, i+1, kinds[i], zone, d.lines[i])
			}
			if zone == "headline" || zone == "dateline" || zone == "comment" {
				keyAll++
				if hit {
					keyHit++
				}
			}
		}
		for _, c := range d.gold.Comments {
			if z := zoneOfLine(r.Zones, d.text, c.LineStart-1); z == nil || z.Author != c.Author {
				t.Errorf("%s: comment by %q at line %d not found with its author", d.gold.File, c.Author, c.LineStart)
			}
		}

		m := d.gold.Metadata
		check := func(field, got string, want *string, hit *int) {
			w := ""
			if want != nil {
				w = *want
			}
			if got == w {
				*hit++
			} else {
				t.Logf("%s: %s %q, gold %q", d.gold.File, field, got, w)
			}
		}
		check("title", r.Title, &m.Title, &titleHit)
		check("published", r.Published, m.Published, &pubHit)
		check("byline", r.Byline, m.Byline, &byHit)
		if m.OutletInText {
			outletAll++
			if m.Outlet != nil && outletMatches(r.Outlet, *m.Outlet) {
				outletHit++
			} else {
				t.Logf("%s: outlet %q, gold %v", d.gold.File, r.Outlet, *m.Outlet)
			}
		}
	}

	precision := float64(bpTP) / float64(max(bpTP+bpFP, 1))
	recall := float64(bpTP) / float64(max(bpTP+bpFN, 1))
	n := float64(len(docs))
	t.Logf("boilerplate lines: precision %.3f recall %.3f (tp %d fp %d fn %d)", precision, recall, bpTP, bpFP, bpFN)
	t.Logf("comment headers labelled boilerplate: %d/%d", headerAsChrome, headerLines)
	t.Logf("zone kind accuracy, headline/dateline/comment lines: %.3f (%d/%d)", ratio(keyHit, keyAll), keyHit, keyAll)
	t.Logf("zone kind accuracy, all gold-zoned lines: %.3f (%d/%d)", ratio(zoneHit, zoneAll), zoneHit, zoneAll)
	t.Logf("metadata: title %.2f published %.2f byline %.2f outlet %.2f (%d/%d where stated)",
		float64(titleHit)/n, float64(pubHit)/n, float64(byHit)/n, ratio(outletHit, outletAll), outletHit, outletAll)

	floors := []struct {
		name       string
		got, floor float64
	}{
		{"boilerplate precision", precision, 0.95},
		{"boilerplate recall", recall, 0.95},
		{"headline/dateline/comment accuracy", ratio(keyHit, keyAll), 0.95},
		{"all-zone accuracy", ratio(zoneHit, zoneAll), 0.95},
		{"title", float64(titleHit) / n, 1},
		{"published", float64(pubHit) / n, 1},
		{"byline", float64(byHit) / n, 1},
		{"outlet", ratio(outletHit, outletAll), 1},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f below the floor %.3f", f.name, f.got, f.floor)
		}
	}
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

// outletMatches accepts the gold outlet or one of its " / " parts
// ("NPR / KCUR": the article's outlet and the station that carries it).
func outletMatches(got, gold string) bool {
	if got == "" {
		return false
	}
	for _, part := range strings.Split(gold, " / ") {
		if strings.EqualFold(got, strings.TrimSpace(part)) {
			return true
		}
	}
	return false
}

// zoneOfLine returns the zone overlapping the 0-based line n, or nil.
func zoneOfLine(zones []pipeline.Zone, text string, n int) *pipeline.Zone {
	start := 0
	for i := 0; i < n; i++ {
		start += strings.IndexByte(text[start:], '\n') + 1
	}
	end := start + strings.IndexByte(text[start:]+"\n", '\n')
	for i := range zones {
		if zones[i].Start < end && start < zones[i].End {
			return &zones[i]
		}
	}
	return nil
}
