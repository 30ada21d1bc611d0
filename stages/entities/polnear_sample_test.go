package entities

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
	"github.com/newsclaims/newsclaims/stages/ingest"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// The PolNeAR samples annotated blind (docs/MODEL.md, "Politics news
// annotated blind"): a development sample from PolNeAR's train split, whose
// errors the stage rules may be written from, and a test sample from its
// dev split, of which only the figures are read. The gold holds offsets
// only; the articles are research data read from the shared folder.
var polnearSamples = []polnearSample{
	{"train sample (development)", "train", "polnear_train_sample.tsv", 0.87, 0.90},
	{"dev sample (test)", "dev", "polnear_dev_sample.tsv", 0.87, 0.90},
}

// polnearSample is one annotated sample: its gold file under testdata and
// the PolNeAR split its articles come from.
type polnearSample struct {
	name, split, gold string
	// floors a little under the figures measured: exact span and label
	// over all eight labels, and PER/ORG/LOC collapsed (CoNLL-2003 scheme)
	floorAll, floorCoNLL float64
}

// sampleDoc is one annotated article: the region annotated (from byte 0 to
// end) and its gold mentions, typed by their index in ner.Types.
type sampleDoc struct {
	file string
	end  int
	gold []charSpan
}

// readSample reads a gold file of the form "file<TAB>start<TAB>end<TAB>label",
// where the label SAMPLE marks the annotated region of a file. Files keep
// the order of their SAMPLE lines.
func readSample(path string) ([]*sampleDoc, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var docs []*sampleDoc
	byFile := map[string]*sampleDoc{}
	sc := bufio.NewScanner(fh)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields, got %d", path, n, len(f))
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return nil, fmt.Errorf("%s:%d: bad offsets %q %q", path, n, f[1], f[2])
		}
		if f[3] == "SAMPLE" {
			if byFile[f[0]] != nil || start != 0 {
				return nil, fmt.Errorf("%s:%d: a second or shifted SAMPLE line for %s", path, n, f[0])
			}
			d := &sampleDoc{file: f[0], end: end}
			byFile[f[0]] = d
			docs = append(docs, d)
			continue
		}
		d := byFile[f[0]]
		if d == nil {
			return nil, fmt.Errorf("%s:%d: mention before the SAMPLE line of %s", path, n, f[0])
		}
		typ := typeIndex(f[3])
		if typ < 0 {
			return nil, fmt.Errorf("%s:%d: unknown label %q", path, n, f[3])
		}
		d.gold = append(d.gold, charSpan{start, end, typ})
	}
	return docs, sc.Err()
}

// typeIndex returns the index of a label in ner.Types, or -1.
func typeIndex(label string) int {
	for i, t := range ner.Types {
		if t == label {
			return i
		}
	}
	return -1
}

// polnearSampleDir returns the PolNeAR folder, or skips the test.
func polnearSampleDir(t *testing.T) string {
	t.Helper()
	dir := gold.SharedDir("data", "attribution", "polnear")
	if dir == "" {
		t.Skip("PolNeAR corpus not found in ../shared/data/attribution/polnear (research data kept outside the repository)")
	}
	return dir
}

// readArticle reads one sampled article as ingest sees it.
func readArticle(t *testing.T, dir, split, file string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, split, "input", file))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestPolnearSampleOffsets checks the gold files against the articles:
// every span starts and ends on a token boundary of the segment stage, lies
// inside the annotated region, and overlaps no other.
func TestPolnearSampleOffsets(t *testing.T) {
	dir := polnearSampleDir(t)
	for _, smp := range polnearSamples {
		docs, err := readSample(filepath.Join("testdata", smp.gold))
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) == 0 {
			t.Fatalf("%s: no documents", smp.gold)
		}
		for _, sd := range docs {
			raw := readArticle(t, dir, smp.split, sd.file)
			d := gold.Annotate(t, raw, ingest.New(), gold.Must(zones.New()), gold.Must(segment.New()))
			starts, ends := map[int]bool{}, map[int]bool{}
			for _, tok := range d.Tokens {
				starts[tok.Start] = true
				ends[tok.End] = true
			}
			if sd.end > len(d.Text) || !ends[sd.end] {
				t.Errorf("%s: region end %d is no token end", sd.file, sd.end)
			}
			spans := append([]charSpan(nil), sd.gold...)
			sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
			for i, g := range spans {
				if !starts[g.start] || !ends[g.end] {
					t.Errorf("%s: span %d-%d %s is not on token boundaries", sd.file, g.start, g.end, ner.Types[g.typ])
				}
				if g.end > sd.end {
					t.Errorf("%s: span %d-%d ends after the region (%d)", sd.file, g.start, g.end, sd.end)
				}
				if i > 0 && spans[i-1].end > g.start {
					t.Errorf("%s: spans %d-%d and %d-%d overlap", sd.file, spans[i-1].start, spans[i-1].end, g.start, g.end)
				}
			}
		}
	}
}

// TestPolnearSample runs the whole entity stage (shipped model) over each
// sample and scores its mentions inside the annotated regions against the
// gold: exact span and label, micro and per label over the eight labels,
// and PER/ORG/LOC collapsed as the held-out corpora are scored.
//
// NER_POLNEAR_ERRORS=file writes the stage's misses and false names on the
// development sample (never on the test sample) for error analysis.
func TestPolnearSample(t *testing.T) {
	dir := polnearSampleDir(t)
	s := stage(t)
	for _, smp := range polnearSamples {
		// a subtest per sample, so that -run TestPolnearSample/train
		// scores the development sample alone
		t.Run(smp.split, func(t *testing.T) { scorePolnearSample(t, s, dir, smp) })
	}
}

// scorePolnearSample scores the stage on one sample and asserts its floors.
func scorePolnearSample(t *testing.T, s *Stage, dir string, smp polnearSample) {
	docs, err := readSample(filepath.Join("testdata", smp.gold))
	if err != nil {
		t.Fatal(err)
	}
	var all, conll ner.Counts
	var errs errorLog
	for _, sd := range docs {
		raw := readArticle(t, dir, smp.split, sd.file)
		d := gold.Annotate(t, raw, ingest.New(), gold.Must(zones.New()), gold.Must(segment.New()), s)
		var pred []charSpan
		for _, m := range d.Mentions {
			if m.Start < sd.end {
				pred = append(pred, charSpan{m.Start, m.End, typeIndex(m.Label)})
			}
		}
		missed, wrong := scoreSpans(&all, sd.gold, pred)
		if smp.split == "train" {
			errs.addTyped(sd.file, d.Text, missed, wrong)
		}
		scoreSpans(&conll, collapse(sd.gold), collapse(pred))
	}
	var types []int
	for i, name := range ner.Types {
		types = append(types, i)
		if all.Gold[i]+all.Pred[i] == 0 {
			continue
		}
		p, r, f := all.PRF(i)
		t.Logf("%-28s %-6s P %.3f R %.3f F1 %.3f (right %d, found %d, gold %d)", smp.name, name, p, r, f,
			all.TP[i], all.Pred[i], all.Gold[i])
	}
	p, r, fAll := all.PRF(types...)
	var tp, np, ng int
	for _, i := range types {
		tp, np, ng = tp+all.TP[i], np+all.Pred[i], ng+all.Gold[i]
	}
	t.Logf("%-28s all    P %.3f R %.3f F1 %.3f (right %d, found %d, gold %d; %d articles)", smp.name, p, r, fAll, tp, np, ng, len(docs))
	fCoNLL := logCounts(t, smp.name+" PER/ORG/LOC", &conll)
	if fAll < smp.floorAll || fCoNLL < smp.floorCoNLL {
		t.Errorf("%s: F1 %.3f (all labels), %.3f (PER/ORG/LOC); floors %.2f, %.2f", smp.name, fAll, fCoNLL, smp.floorAll, smp.floorCoNLL)
	}
	if out := os.Getenv("NER_POLNEAR_ERRORS"); out != "" && smp.split == "train" {
		if err := os.WriteFile(out, []byte(errs.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// collapse maps spans typed by ner.Types to the CoNLL-2003 scheme, leaving
// out the labels it does not score.
func collapse(spans []charSpan) []charSpan {
	var out []charSpan
	for _, sp := range spans {
		if typ := conllType(ner.Types[sp.typ]); typ >= 0 {
			out = append(out, charSpan{sp.start, sp.end, typ})
		}
	}
	return out
}

// addTyped logs misses and false names typed by ner.Types, with the label
// the other side gives the same span ("label"), an overlapping one
// ("boundary") or none ("alone").
func (e *errorLog) addTyped(doc, text string, missed, wrong []charSpan) {
	e.write(doc, text, missed, wrong, ner.Types, true)
}
