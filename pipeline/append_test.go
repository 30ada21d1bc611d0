package pipeline_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

// tableRows reads every Parquet file of a table of the dataset in dir and
// returns its rows, one string each, sorted: the table's content, order and
// partitions aside.
func tableRows(t testing.TB, dir, table string) []string {
	t.Helper()
	var rows []string
	err := filepath.WalkDir(filepath.Join(dir, table), func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".parquet") {
			return err
		}
		tbl := readParquet(t, path)
		defer tbl.Release()
		tr := arrowRows(tbl)
		rows = append(rows, tr...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(rows)
	return rows
}

// arrowRows formats every row of a table as one string.
func arrowRows(tbl arrow.Table) []string {
	rows := make([]string, tbl.NumRows())
	for c := 0; c < int(tbl.NumCols()); c++ {
		i := 0
		for _, chunk := range tbl.Column(c).Data().Chunks() {
			for j := 0; j < chunk.Len(); j++ {
				rows[i] += fmt.Sprintf("%s=%s\t", tbl.Schema().Field(c).Name, chunk.ValueStr(j))
				i++
			}
		}
	}
	return rows
}

var partitionedTables = []string{"documents", "zones", "sentences", "tokens", "mentions",
	"quantities", "quotes", "claims", "claim_links", "errors"}

// TestAppendEqualsBuild appends the seeds one article at a time and checks
// that the dataset holds the rows of one build of all of them: every table,
// the entities with their ids and counts, and the claim links. Two
// republished copies of seeds (another line at the end: new documents)
// come first and last, so that claims link across appends.
//
// Appended in doc_id order, the order of a build, the claim links are the
// build's, row for row. Appended in the order of their file names, the
// same pairs of claims are linked with the same relations; which claim of a
// pair is claim_a, the earlier, follows the order they arrived in.
func TestAppendEqualsBuild(t *testing.T) {
	dir := t.TempDir()
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	articles := map[string][]byte{}
	for _, seed := range seeds {
		data, err := os.ReadFile(seed)
		if err != nil {
			t.Fatal(err)
		}
		articles[filepath.Base(seed)] = data
	}
	const republished = "\n\nThis article was republished with permission.\n"
	articles["000_first_copy.txt"] = append(slices.Clone(articles[filepath.Base(seeds[3])]), republished...)
	articles["999_last_copy.txt"] = append(slices.Clone(articles[filepath.Base(seeds[0])]), republished...)
	byName := slices.Sorted(maps.Keys(articles))
	byID := slices.SortedFunc(maps.Keys(articles), func(a, b string) int {
		return strings.Compare(pipeline.DocID(articles[a]), pipeline.DocID(articles[b]))
	})
	if slices.Equal(byName, byID) {
		t.Fatal("file names in doc_id order: the test would not vary the order")
	}

	all := filepath.Join(dir, "all")
	for _, name := range byName {
		writeFile(t, filepath.Join(all, name), articles[name])
	}
	whole := filepath.Join(dir, "whole")
	run(t, pipeline.Config{Inputs: []string{all}, Out: whole, Tokens: true, Linker: stages.NewLinker()})

	for _, order := range []struct {
		name  string
		names []string
	}{{"doc_id order", byID}, {"file name order", byName}} {
		appended := filepath.Join(dir, order.name)
		for i, name := range order.names {
			// one folder a night, as a nightly job gets them: documents.source
			// is the path within the folder, as in the build of all of them
			night := filepath.Join(dir, fmt.Sprintf("%s night %d", order.name, i))
			writeFile(t, filepath.Join(night, name), articles[name])
			res := run(t, pipeline.Config{Inputs: []string{night}, Out: appended, Append: true, Tokens: true, Linker: stages.NewLinker()})
			if res.Batch != i+1 || res.Documents != 1 {
				t.Fatalf("%s: append %d: batch %d, %d documents", order.name, i+1, res.Batch, res.Documents)
			}
		}
		for _, table := range append(partitionedTables, "entities") {
			a, b := tableRows(t, whole, table), tableRows(t, appended, table)
			if table == "claim_links" && !slices.Equal(order.names, byID) {
				a, b = unorderedLinks(a), unorderedLinks(b)
			}
			if !slices.Equal(a, b) {
				t.Errorf("%s: %s: %d rows in one build, %d after %d appends; first difference:\n%s",
					order.name, table, len(a), len(b), len(order.names), firstDiff(a, b))
			}
			if table == "claim_links" {
				b := tableRows(t, appended, table)
				across := 0
				for _, row := range b {
					if f := strings.Split(row, "\t"); f[0][len("doc_id_a="):] != f[2][len("doc_id_b="):] {
						across++
					}
				}
				t.Logf("%s: %d claim links in one build, %d after the appends, %d of them across documents", order.name, len(a), len(b), across)
				if across == 0 {
					t.Error("no links across documents: the comparison says nothing about linking across appends")
				}
			}
		}
		m, err := pipeline.ReadManifest(appended)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(order.names); len(m.Partitions) != n || m.Partitions[n-1].Path != fmt.Sprintf("batch=%05d", n) {
			t.Errorf("partitions %+v, want batch=00001 to batch=%05d", m.Partitions, n)
		}

		// Appending them all again changes nothing.
		before := treeSnapshot(t, appended)
		res := run(t, pipeline.Config{Inputs: []string{all}, Out: appended, Append: true, Tokens: true, Linker: stages.NewLinker()})
		if res.Batch != 0 || res.Skipped != len(byName) || res.Documents != 0 {
			t.Errorf("append of documents already there: batch %d, %d skipped, %d documents; want 0, %d, 0",
				res.Batch, res.Skipped, res.Documents, len(byName))
		}
		if treeSnapshot(t, appended) != before {
			t.Error("an append with nothing new changed the dataset")
		}
	}
}

// unorderedLinks reduces claim_links rows to their pair of claims, in
// sorted order, and relation.
func unorderedLinks(rows []string) []string {
	var out []string
	for _, row := range rows {
		f := strings.Split(row, "\t")
		a := f[0][len("doc_id_a="):] + "/" + f[1][len("claim_a="):]
		b := f[2][len("doc_id_b="):] + "/" + f[3][len("claim_b="):]
		if b < a {
			a, b = b, a
		}
		out = append(out, a+" "+b+" "+f[4])
	}
	slices.Sort(out)
	return out
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return "  " + a[i] + "\n  " + b[i]
		}
	}
	return "(one is a prefix of the other)"
}

// treeSnapshot is every file of a directory tree with its bytes.
func treeSnapshot(t testing.TB, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		fmt.Fprintf(&b, "%s %x\n", rel, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestAppendReproducible checks that the same sequence of appends gives
// byte-identical datasets, paths included, whatever the number of workers,
// and that an append leaves every file of the partitions before it as it
// was.
func TestAppendReproducible(t *testing.T) {
	in, _ := mixedInputs(t)
	dir := t.TempDir()
	var snapshots []string
	for _, workers := range []int{1, 3} {
		out := filepath.Join(dir, fmt.Sprint(workers))
		run(t, pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Workers: workers, Append: true, Linker: stages.NewLinker()})
		first, err := pipeline.ReadManifest(out)
		if err != nil {
			t.Fatal(err)
		}
		run(t, pipeline.Config{Inputs: []string{in}, Out: out, Workers: workers, Append: true, Linker: stages.NewLinker()})
		for _, p := range first.Partitions {
			for _, tbl := range p.Tables {
				for _, f := range tbl.Files {
					data, err := os.ReadFile(filepath.Join(out, f.Path))
					if err != nil || fmt.Sprintf("%x", sha256.Sum256(data)) != f.SHA256 {
						t.Errorf("%s changed after an append (err %v)", f.Path, err)
					}
				}
			}
		}
		snapshots = append(snapshots, treeSnapshot(t, out))
	}
	if snapshots[0] != snapshots[1] {
		t.Error("the same appends with 1 and 3 workers gave different files")
	}
}

// TestAppendChecksTheDataset checks that an append refuses a dataset it
// cannot add to, and says why.
func TestAppendChecksTheDataset(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	run(t, pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Format: pipeline.FormatParquet})
	_, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Append: true,
		Format: pipeline.FormatBoth, Stages: defaultStages(t)})
	if err == nil || !strings.Contains(err.Error(), "same options") {
		t.Errorf("append with another format: err = %v", err)
	}
	old := filepath.Join(dir, "old")
	writeFile(t, filepath.Join(old, "manifest.json"), []byte(`{"tool":"newsclaims","version":"v1","tables":[]}`))
	writeFile(t, filepath.Join(old, "documents.parquet"), []byte("PAR1"))
	_, err = pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../seeds"}, Out: old, Append: true, Stages: defaultStages(t)})
	if err == nil || !strings.Contains(err.Error(), "single-file layout") {
		t.Errorf("append to a dataset of the single-file layout: err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(old, "documents.parquet")); !bytes.Equal(b, []byte("PAR1")) {
		t.Error("the old dataset changed")
	}
	writeFile(t, filepath.Join(out, "_index", "doc_ids"), []byte("0123456789abcdef"))
	_, err = pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Append: true,
		Format: pipeline.FormatParquet, Stages: defaultStages(t)})
	if err == nil || !strings.Contains(err.Error(), "does not match its manifest") {
		t.Errorf("append to a dataset whose index is not its manifest's: err = %v", err)
	}
}

// TestCompact checks that compact merges the partitions of every table
// into one without changing a row, that the manifest keeps every run, and
// that appends go on after it.
func TestCompact(t *testing.T) {
	seeds, _ := filepath.Glob("../seeds/*.txt")
	out := filepath.Join(t.TempDir(), "out")
	for _, seed := range seeds[:3] {
		run(t, pipeline.Config{Inputs: []string{seed}, Out: out, Append: true, Tokens: true, Linker: stages.NewLinker()})
	}
	before := map[string][]string{}
	for _, table := range append(partitionedTables, "entities") {
		before[table] = tableRows(t, out, table)
	}
	m, err := pipeline.Compact(context.Background(), out)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Partitions) != 1 || m.Partitions[0].Path != "batch=00001" || len(m.Partitions[0].Runs) != 3 {
		t.Fatalf("partitions after compact: %+v", m.Partitions)
	}
	for _, table := range append(partitionedTables, "entities") {
		if after := tableRows(t, out, table); !slices.Equal(before[table], after) {
			t.Errorf("%s: %d rows before compact, %d after; first difference:\n%s", table, len(before[table]), len(after), firstDiff(before[table], after))
		}
		if n, _ := filepath.Glob(filepath.Join(out, table, "*")); table != "entities" && len(n) != 1 {
			t.Errorf("%s: %v after compact, want one partition", table, n)
		}
		if n, _ := filepath.Glob(filepath.Join(out, "arrow", table, "*")); table != "entities" && len(n) != 1 {
			t.Errorf("arrow/%s: %v after compact, want one partition", table, n)
		}
	}
	if read, err := pipeline.ReadManifest(out); err != nil || read.Tables[0].Rows != m.Tables[0].Rows {
		t.Errorf("manifest after compact: %v", err)
	}
	snap := treeSnapshot(t, out)
	if _, err := pipeline.Compact(context.Background(), out); err != nil || treeSnapshot(t, out) != snap {
		t.Errorf("compacting a dataset of one partition changed it (err %v)", err)
	}
	res := run(t, pipeline.Config{Inputs: []string{seeds[3]}, Out: out, Append: true, Tokens: true, Linker: stages.NewLinker()})
	if res.Batch != 4 {
		t.Errorf("the append after compact wrote batch %d, want 4", res.Batch)
	}
}

// TestNextRunRemovesDebris checks that a run removes the staging and work
// directories a killed run left beside the dataset (a half-written
// partition, or the previous version after the swap), and nothing else.
func TestNextRunRemovesDebris(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	run(t, pipeline.Config{Inputs: []string{"../seeds/000_bb11a3c3858c11d8.txt"}, Out: out, Append: true, Format: pipeline.FormatParquet})
	writeFile(t, filepath.Join(parent, ".out.tmp-999999999-123", "claims", "batch=00002", "part-0.parquet"), []byte("PAR1 half"))
	writeFile(t, filepath.Join(parent, ".out.work-999999999-456", "input-1.jsonl"), []byte("{}"))
	writeFile(t, filepath.Join(parent, ".other.tmp-789", "x"), []byte("another dataset's"))
	run(t, pipeline.Config{Inputs: []string{"../seeds"}, Out: out, Append: true, Format: pipeline.FormatParquet})
	if names := listDir(t, parent); strings.Join(names, " ") != ".other.tmp-789 out" {
		t.Errorf("beside the dataset after the next run: %v", names)
	}
}
