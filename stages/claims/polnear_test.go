package claims

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// The PolNeAR scorer runs the whole chain over real political news whose
// every attribution is annotated (source, cue, content) and measures how
// the claims layer covers what the articles report. The corpus lives
// beside the checkout (shared/data/attribution/polnear) and is never copied
// into the repository; without it the tests skip. This file loads the
// corpus and holds TestPolNeARClaims; the scorer is polnear_score_test.go,
// the comparison of a claimant with a source polnear_names_test.go, and
// TestPolNeARLinks polnear_links_test.go.
//
// go test ./stages/claims -run PolNeAR -v -polnear.split=train -polnear.errors
// lists the misses of the training split; dev is for the figures only.

var (
	polnearSplit  = flag.String("polnear.split", "dev", "PolNeAR split the scorer reads (train or dev)")
	polnearErrors = flag.Bool("polnear.errors", false, "log every miss of the PolNeAR scorer")
)

// polnearAttribution is one annotated attribution, offsets in code points.
type polnearAttribution struct {
	ID         string  `json:"id"`
	Type       string  `json:"type"`
	Source     [][]int `json:"source"`
	Cue        [][]int `json:"cue"`
	Content    [][]int `json:"content"`
	SourceText string  `json:"source_text"`
	CueText    string  `json:"cue_text"`
	Direct     bool    `json:"direct"`
}

// polnearDoc is one article of a split, run through the chain, with its
// attributions' spans converted to byte offsets.
type polnearDoc struct {
	file  string
	doc   *pipeline.Doc
	attrs []polnearAttr
}

type polnearAttr struct {
	polnearAttribution
	source, cue, content []pipeline.Span
}

var polnearCache = struct {
	sync.Mutex
	docs map[string][]polnearDoc
}{docs: map[string][]polnearDoc{}}

// loadPolnear runs the chain over every article of a split (once per test
// binary) and returns them in file order. It skips the test when the
// corpus is absent.
func loadPolnear(t *testing.T, split string) []polnearDoc {
	t.Helper()
	root := gold.SharedDir("data", "attribution", "polnear")
	if root == "" {
		t.Skip("PolNeAR not found: shared/data/attribution/polnear is not beside this checkout (set NEWSCLAIMS_SHARED)")
	}
	polnearCache.Lock()
	defer polnearCache.Unlock()
	if docs, ok := polnearCache.docs[split]; ok {
		return docs
	}
	f, err := os.Open(filepath.Join(root, split, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chain := realChain(t)
	var docs []polnearDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var g struct {
			File         string               `json:"file"`
			Attributions []polnearAttribution `json:"attributions"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(root, split, "input", g.File))
		if err != nil {
			t.Fatal(err)
		}
		d := &pipeline.Doc{Source: g.File, Raw: raw, ID: pipeline.DocID(raw)}
		for i, st := range chain {
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatalf("%s: %s: %v", g.File, st.Name(), err)
			}
			if i == 0 {
				// The publication date is metadata, as a JSONL input
				// would give it: the file name carries it.
				d.Published = polnearDate(g.File)
			}
		}
		if d.Text != string(raw) {
			t.Fatalf("%s: ingest changed the text; the scorer needs the offsets as stored", g.File)
		}
		byteAt := codePointOffsets(d.Text)
		conv := func(parts [][]int) []pipeline.Span {
			var out []pipeline.Span
			for _, p := range parts {
				out = append(out, pipeline.Span{Start: byteAt[p[0]], End: byteAt[p[1]]})
			}
			return out
		}
		pd := polnearDoc{file: g.File, doc: d}
		for _, a := range g.Attributions {
			pd.attrs = append(pd.attrs, polnearAttr{polnearAttribution: a, source: conv(a.Source), cue: conv(a.Cue), content: conv(a.Content)})
		}
		docs = append(docs, pd)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].file < docs[j].file })
	polnearCache.docs[split] = docs
	return docs
}

// polnearDate reads the ISO date in a PolNeAR file name
// ("nyt_2016-10-07_title.txt"); "" when there is none.
func polnearDate(file string) string {
	parts := strings.Split(file, "_")
	if len(parts) < 3 || len(parts[1]) != 10 {
		return ""
	}
	return parts[1]
}

// codePointOffsets maps every code point offset of s (and its end) to a
// byte offset.
func codePointOffsets(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// Floors on PolNeAR dev, a little below the figures reached (0.883,
// 0.905, 4 of 4). The claimant figure also measures the speakers the
// quotes layer resolves. Dev holds 4 denials of a proposition, so the
// denial figure is also asserted over train and dev together (0.925, 49
// of 53), where the rules were developed: a wider sample, not a held-out
// one.
const (
	floorPolnearCoverage   = 0.87
	floorPolnearClaimant   = 0.89
	floorPolnearDenial     = 0.75
	floorPolnearDenialWide = 0.90
	maxPolnearRefusalTaken = 0.02 // a ceiling: refusals wrongly taken for denials, train and dev
)

// TestPolNeARClaims scores the claims of the whole chain against the
// attributions of PolNeAR: reported statements covered by a claim, the
// claimant agreeing with the named source, and denial cues giving a
// denying or disputing stance.
func TestPolNeARClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole chain over a PolNeAR split")
	}
	docs := loadPolnear(t, *polnearSplit)
	f := scorePolnear(t, docs)
	t.Logf("PolNeAR %s: %d articles, %d claims (%d reported, %d own voice), stances %v", *polnearSplit, len(docs), f.claims, f.quoted, f.ownVoice, f.stances)
	t.Logf("PolNeAR %s: reported statements covered by a claim %.3f (%d of %d); misses %v", *polnearSplit, f.coverage(), f.covered, f.statements, f.misses)
	t.Logf("PolNeAR %s: claimant agrees with the named source %.3f (%d of %d); misses %v; %d more relay a nested attribution; by the source's words alone %.3f (%d), the others %v",
		*polnearSplit, f.claimant(), f.claimantAgrees, f.named, f.claimantMisses, f.relayed, ratio(f.plainAgrees, f.named), f.plainAgrees, f.fairOnly)
	t.Logf("PolNeAR %s: denial cues of a proposition giving denies or disputes %.3f (%d of %d); all denial cues %.3f (%d of %d); refusal cues (refuse, decline) taken for denials %d of %d",
		*polnearSplit, f.denial(), f.denialStances, f.denials, f.anyDenial(), f.allDenialStances, f.allDenials, f.refusalDenials, f.refusals)
	if *polnearSplit != "dev" {
		return
	}
	// dev holds 4 denials of a proposition, too few for a rate: the
	// figure over train and dev together is the meaningful one (rules were
	// developed on train, so it is no held-out figure).
	tr := scorePolnear(t, loadPolnear(t, "train"))
	wide := ratio(f.denialStances+tr.denialStances, f.denials+tr.denials)
	refusalsTaken := ratio(f.refusalDenials+tr.refusalDenials, f.refusals+tr.refusals)
	t.Logf("PolNeAR train+dev: denial cues of a proposition giving denies or disputes %.3f (%d of %d); refusal cues taken for denials %d of %d",
		wide, f.denialStances+tr.denialStances, f.denials+tr.denials, f.refusalDenials+tr.refusalDenials, f.refusals+tr.refusals)
	if wide < floorPolnearDenialWide {
		t.Errorf("PolNeAR train+dev: denial %.3f below floor %.3f", wide, floorPolnearDenialWide)
	}
	if refusalsTaken > maxPolnearRefusalTaken {
		t.Errorf("PolNeAR train+dev: %.3f of refusals taken for denials, above %.3f", refusalsTaken, maxPolnearRefusalTaken)
	}
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"coverage", f.coverage(), floorPolnearCoverage},
		{"claimant", f.claimant(), floorPolnearClaimant},
		{"denial", f.denial(), floorPolnearDenial},
	} {
		if c.got < c.floor {
			t.Errorf("PolNeAR dev: %s %.3f below floor %.3f", c.name, c.got, c.floor)
		}
	}
}
