package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

var (
	stagesOnce sync.Once
	allStages  []pipeline.Stage
	stagesErr  error
)

// defaultStages loads the real stages once for every test.
func defaultStages(t testing.TB) []pipeline.Stage {
	t.Helper()
	stagesOnce.Do(func() { allStages, stagesErr = stages.Default() })
	if stagesErr != nil {
		t.Fatal(stagesErr)
	}
	return allStages
}

func run(t testing.TB, cfg pipeline.Config) *pipeline.Result {
	t.Helper()
	if cfg.Stages == nil {
		cfg.Stages = defaultStages(t)
	}
	res, err := pipeline.Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// readParquet reads a whole Parquet table.
func readParquet(t testing.TB, path string) arrow.Table {
	t.Helper()
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tbl
}

// readArrow reads a whole Arrow IPC file and returns its row count and schema.
func readArrow(t testing.TB, path string) (int64, *arrow.Schema) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := ipc.NewFileReader(f)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var n int64
	for i := 0; i < r.NumRecords(); i++ {
		rec, err := r.RecordBatch(i)
		if err != nil {
			t.Fatal(err)
		}
		n += rec.NumRows()
	}
	return n, r.Schema()
}

// stringColumn returns every value of a string column ("" for null).
func stringColumn(t testing.TB, tbl arrow.Table, name string) []string {
	t.Helper()
	idx := tbl.Schema().FieldIndices(name)
	if len(idx) != 1 {
		t.Fatalf("no column %s", name)
	}
	var out []string
	for _, chunk := range tbl.Column(idx[0]).Data().Chunks() {
		s := chunk.(*array.String)
		for i := 0; i < s.Len(); i++ {
			out = append(out, s.Value(i))
		}
	}
	return out
}

func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// mixedInputs writes a folder with good and bad documents of every kind.
func mixedInputs(t testing.TB) (dir string, sources []string) {
	dir = t.TempDir()
	seed, err := os.ReadFile("../seeds/004_e8bd326e938f300c.txt")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"a/good.txt":      seed,
		"a/crlf.txt":      []byte("Palmyra retaken\r\n\r\nThe army said on Monday it had retaken the city.\r\n"),
		"a/latin1.txt":    []byte("Caf\xe9 owners in Raqqa said 12 shops had closed.\n"),
		"b/empty.txt":     {},
		"b/binary.txt":    {0x89, 'P', 'N', 'G', 0, 0, 0, 13},
		"b/duplicate.txt": seed,
		"c/articles.jsonl": []byte(`{"id":"x1","url":"https://example.org/1","title":"Strikes","outlet":"Example News","published":"2016-03-18T10:00:00Z","text":"Air strikes killed at least 39 civilians, a monitoring group said."}
not json
{"id":"x3","title":"no text field"}

{"id":"x5","text":"Russia said it conducted 64 airstrikes."}
`),
		"c/more.jsonl.gz": gz(t, `{"text":"The ministry said all attacks were repelled."}`+"\n"),
		"c/ignored.csv":   []byte("not,an,article\n"),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), data)
	}
	sources = []string{"a/good.txt", "a/crlf.txt", "a/latin1.txt", "b/empty.txt", "b/binary.txt", "b/duplicate.txt",
		"c/articles.jsonl:1", "c/articles.jsonl:2", "c/articles.jsonl:3", "c/articles.jsonl:5", "c/more.jsonl.gz:1"}
	return dir, sources
}

// TestNothingLost checks that every input document is in documents or in
// errors, and that the dataset is still written when some fail.
func TestNothingLost(t *testing.T) {
	in, sources := mixedInputs(t)
	out := filepath.Join(t.TempDir(), "out")
	res := run(t, pipeline.Config{Inputs: []string{in}, Out: out, Workers: 2})
	docs := readParquet(t, firstPartition(out, "documents"))
	errs := readParquet(t, firstPartition(out, "errors"))
	seen := map[string]bool{}
	for _, s := range stringColumn(t, docs, "source") {
		seen[s] = true
	}
	errSources := stringColumn(t, errs, "source")
	messages := stringColumn(t, errs, "message")
	for _, s := range errSources {
		seen[s] = true
	}
	for _, s := range sources {
		if !seen[s] {
			t.Errorf("input %s is neither in documents nor in errors", s)
		}
	}
	if docs.NumRows() != 6 {
		t.Errorf("documents = %d, want 6 (good, crlf, latin1, two JSONL lines, one gzipped line)", docs.NumRows())
	}
	if res.Failed != 4 {
		t.Errorf("failed = %d, want 4 (empty, binary, bad JSON, missing text)", res.Failed)
	}
	want := map[string]string{
		"b/empty.txt":         "empty",
		"b/binary.txt":        "binary",
		"c/articles.jsonl:2":  "invalid JSON",
		"c/articles.jsonl:3":  `missing required field "text"`,
		"a/latin1.txt":        "U+FFFD",
		"b/duplicate.txt":     "duplicate of a/good.txt",
		"c/articles.jsonl:99": "",
	}
	for i, s := range errSources {
		if w, ok := want[s]; ok && !strings.Contains(messages[i], w) {
			t.Errorf("error for %s = %q, want it to mention %q", s, messages[i], w)
		}
	}
	titles := stringColumn(t, docs, "title")
	if !contains(titles, "Strikes") {
		t.Errorf("JSONL title not kept: %q", titles)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestReproducible checks that two runs give byte-identical files whatever
// the number of workers.
func TestReproducible(t *testing.T) {
	in, _ := mixedInputs(t)
	inputs := []string{in, "../seeds"}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	run(t, pipeline.Config{Inputs: inputs, Out: a, Workers: 1, Tokens: true, Linker: stages.NewLinker()})
	run(t, pipeline.Config{Inputs: inputs, Out: b, Workers: 3, Tokens: true, Linker: stages.NewLinker()})
	filesA, filesB := strings.Split(treeSnapshot(t, a), "\n"), strings.Split(treeSnapshot(t, b), "\n")
	if len(filesA) != len(filesB) {
		t.Fatalf("%d files with --workers 1, %d with --workers 3", len(filesA), len(filesB))
	}
	for i := range filesA {
		if filesA[i] != filesB[i] {
			t.Errorf("%s differs between --workers 1 and --workers 3", strings.Fields(filesA[i])[0])
		}
	}
	if n := len(filesA) - 1; n != 2*11+1+2 {
		t.Errorf("%d files, want 11 tables in two formats, manifest.json and two index files", n)
	}
}

// firstPartition is the Parquet file of a table's first partition.
func firstPartition(out, table string) string {
	return filepath.Join(out, table, "batch=00001", "part-0.parquet")
}

func listDir(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

// cancelAfter is a stage that cancels the run after n documents, as an
// interrupt would.
type cancelAfter struct {
	n      atomic.Int32
	cancel context.CancelFunc
}

func (c *cancelAfter) Name() string { return "cancel" }
func (c *cancelAfter) Process(ctx context.Context, d *pipeline.Doc) error {
	if c.n.Add(-1) <= 0 {
		c.cancel()
	}
	return ctx.Err()
}

// TestAtomic checks that an interrupted or failed run leaves the previous
// dataset as it was and no temporary directories behind.
func TestAtomic(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	run(t, pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Format: pipeline.FormatParquet})
	before := treeSnapshot(t, out)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c := &cancelAfter{cancel: cancel}
	c.n.Store(2)
	cfg := pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Stages: append(append([]pipeline.Stage{}, defaultStages(t)...), c)}
	if _, err := pipeline.Run(ctx, cfg); !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted run: err = %v, want context.Canceled", err)
	}
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{filepath.Join(parent, "missing")}, Out: out, Stages: defaultStages(t)}); err == nil {
		t.Fatal("run on a missing input succeeded")
	}
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{t.TempDir()}, Out: out, Stages: defaultStages(t)}); !errors.Is(err, pipeline.ErrNoInputs) {
		t.Fatalf("run on an empty folder: err = %v, want ErrNoInputs", err)
	}
	broken := func() ([]pipeline.Stage, error) { return nil, errors.New("model file truncated") }
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../seeds"}, Out: out, LoadStages: broken}); err == nil ||
		!strings.Contains(err.Error(), "loading models: model file truncated") {
		t.Errorf("run whose models fail to load: err = %v", err)
	}
	if after := treeSnapshot(t, out); after != before {
		t.Error("the previous dataset changed after failed runs")
	}
	if names := listDir(t, parent); len(names) != 1 {
		t.Errorf("left behind: %v", names)
	}

	// Stages loaded by Run give the same dataset as stages built before.
	loaded := filepath.Join(parent, "loaded")
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../seeds"}, Out: loaded, Format: pipeline.FormatParquet,
		LoadStages: func() ([]pipeline.Stage, error) { return defaultStages(t), nil }}); err != nil {
		t.Fatal(err)
	}
	if treeSnapshot(t, loaded) != before {
		t.Error("LoadStages gave a different dataset")
	}
	os.RemoveAll(loaded)

	// A directory that is not a dataset is never replaced.
	notDataset := filepath.Join(parent, "notes")
	writeFile(t, filepath.Join(notDataset, "keep.txt"), []byte("mine"))
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../seeds"}, Out: notDataset, Stages: defaultStages(t)}); err == nil {
		t.Error("replaced a directory that holds no dataset")
	}
}

// inFlight counts documents that a stage has seen but the writer has not yet
// written (the Linker sees a document right after its rows are written).
type inFlight struct {
	now, peak atomic.Int64
}

func (f *inFlight) Name() string { return "count" }
func (f *inFlight) Process(context.Context, *pipeline.Doc) error {
	n := f.now.Add(1)
	for {
		p := f.peak.Load()
		if n <= p || f.peak.CompareAndSwap(p, n) {
			return nil
		}
	}
}
func (f *inFlight) Prepare(*pipeline.Doc) any { return nil }
func (f *inFlight) AddContext(context.Context, *pipeline.Doc, any) error {
	f.now.Add(-1)
	return nil
}
func (f *inFlight) Links() iter.Seq[pipeline.ClaimLink] {
	return func(func(pipeline.ClaimLink) bool) {}
}

// TestStreaming checks that the number of documents held at once is bounded
// by the worker pool, not by the size of the input.
func TestStreaming(t *testing.T) {
	in := t.TempDir()
	for i := range 300 {
		writeFile(t, filepath.Join(in, fmt.Sprintf("%03d.txt", i)), []byte(fmt.Sprintf("Document %d says 4 things.\n", i)))
	}
	counter := &inFlight{}
	st := append(append([]pipeline.Stage{}, defaultStages(t)...), counter)
	res := run(t, pipeline.Config{Inputs: []string{in}, Out: filepath.Join(t.TempDir(), "out"), Workers: 2, Stages: st, Linker: counter})
	if res.Documents != 300 {
		t.Fatalf("documents = %d", res.Documents)
	}
	if peak := counter.peak.Load(); peak > 2*4+2 {
		t.Errorf("%d documents held at once with 2 workers; want at most 10", peak)
	}
}

// TestFormats checks that each format writes exactly its files, and that the
// Arrow files hold the same rows as the manifest says.
func TestFormats(t *testing.T) {
	for _, format := range []string{pipeline.FormatParquet, pipeline.FormatArrow, pipeline.FormatBoth} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			res := run(t, pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Format: format})
			for _, table := range res.Manifest.Tables {
				want := map[string]bool{pipeline.FormatParquet: format != pipeline.FormatArrow, pipeline.FormatArrow: format != pipeline.FormatParquet}
				for _, f := range table.Files {
					ext := strings.TrimPrefix(filepath.Ext(f.Path), ".")
					if !want[ext] {
						t.Errorf("%s written with --format %s", f.Path, format)
					}
					delete(want, ext)
					if ext == "arrow" {
						n, schema := readArrow(t, filepath.Join(out, f.Path))
						if n != table.Rows {
							t.Errorf("%s: %d rows, manifest says %d", f.Path, n, table.Rows)
						}
						if schema.NumFields() == 0 {
							t.Errorf("%s: empty schema", f.Path)
						}
					}
				}
				for ext, w := range want {
					if w {
						t.Errorf("table %s: no %s file", table.Name, ext)
					}
				}
			}
		})
	}
}

// TestParquetEncodings checks that exactly the columns a table declares
// Categorical are dictionary-encoded in its Parquet file.
func TestParquetEncodings(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	run(t, pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Format: pipeline.FormatParquet})
	for _, table := range pipeline.Tables() {
		if table.Name == "tokens" {
			continue // written only with Config.Tokens
		}
		path := firstPartition(out, table.Name)
		if table.Name == "entities" {
			path = filepath.Join(out, "entities", "part-0.parquet")
		}
		rdr, err := file.OpenParquetFile(path, false)
		if err != nil {
			t.Fatal(err)
		}
		categorical := map[string]bool{}
		for _, c := range table.Categorical {
			categorical[c] = true
		}
		md := rdr.MetaData()
		for rg := 0; rg < md.NumRowGroups(); rg++ {
			for c := 0; c < md.Schema.NumColumns(); c++ {
				col, err := md.RowGroup(rg).ColumnChunk(c)
				if err != nil {
					t.Fatal(err)
				}
				name := md.Schema.Column(c).Path()
				dict := col.HasDictionaryPage()
				if top := strings.Split(name, ".")[0]; dict != categorical[top] {
					t.Errorf("%s.%s: dictionary page %v, Categorical %v", table.Name, name, dict, categorical[top])
				}
			}
		}
		rdr.Close()
	}
}
