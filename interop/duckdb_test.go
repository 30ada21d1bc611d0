package interop

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

// buildSeeds writes the dataset of the seed articles into a temporary
// directory and returns it with its manifest.
func buildSeeds(t *testing.T) (string, pipeline.Manifest) {
	t.Helper()
	st, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	_, err = pipeline.Run(context.Background(), pipeline.Config{
		Inputs: []string{"../seeds"}, Out: out, Format: pipeline.FormatParquet, Tokens: true,
		Stages: st, Linker: stages.NewLinker(),
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m pipeline.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return out, m
}

// TestDuckDBReadsEveryTable opens each Parquet file with DuckDB and checks its
// row count against the manifest, and that the offsets mean what
// docs/SCHEMA.md says: code points, so that substring() finds the text.
func TestDuckDBReadsEveryTable(t *testing.T) {
	out, m := buildSeeds(t)
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	query := func(q string, args ...any) int64 {
		t.Helper()
		var n int64
		if err := db.QueryRow(q, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	checkManifest(t, out, m)
	tables := map[string]string{}
	rows := map[string]int64{}
	for _, table := range m.Tables {
		rows[table.Name] = table.Rows
		if len(table.Files) != 1 {
			t.Fatalf("table %s: %d files, want 1 parquet file", table.Name, len(table.Files))
		}
		// Every table as its readers read it: all partitions, as one table.
		tables[table.Name] = tableSQL(out, table.Name)
		got := query(fmt.Sprintf("SELECT count(*) FROM %s", tables[table.Name]))
		t.Logf("%-12s %5d rows", table.Name, got)
		if got != table.Rows {
			t.Errorf("%s: DuckDB reads %d rows, manifest says %d", table.Name, got, table.Rows)
		}
	}
	if n := query(fmt.Sprintf("SELECT count(*) FROM %s WHERE batch = 1", tables["mentions"])); n != rows["mentions"] {
		t.Errorf("the batch column of the Hive partition reads %d mentions in batch 1", n)
	}
	for _, name := range []string{"documents", "zones", "sentences", "tokens", "mentions", "entities",
		"quantities", "quotes", "claims", "claim_links", "errors"} {
		if tables[name] == "" {
			t.Errorf("table %s missing from the manifest", name)
		}
	}
	if n := query(fmt.Sprintf("SELECT count(*) FROM %s", tables["documents"])); n != 5 {
		t.Errorf("documents = %d, want the 5 seeds", n)
	}
	// Every span table: text[start:end] (1-based substring in SQL) is the span's text.
	spans := []struct{ table, start, end, text string }{
		{"tokens", "start", "\"end\"", "text"},
		{"mentions", "start", "\"end\"", "text"},
		{"quantities", "start", "\"end\"", "text"},
		{"claims", "start", "\"end\"", "text"},
		{"quotes", "content_start", "content_end", "content"},
		{"quotes", "source_start", "source_end", "source_text"},
		{"quotes", "cue_start", "cue_end", "cue"},
	}
	for _, s := range spans {
		bad := query(fmt.Sprintf(`SELECT count(*) FROM %s x JOIN %s d USING (doc_id)
			WHERE x.%s IS NOT NULL AND substring(d.text, x.%s + 1, x.%s - x.%s) <> x.%s`,
			tables[s.table], tables["documents"], s.start, s.start, s.end, s.start, s.text))
		if bad != 0 {
			t.Errorf("%s: %d rows whose %s..%s is not %s in the document text", s.table, bad, s.start, s.end, s.text)
		}
	}
	// Every mention's entity is in the entities table.
	if n := query(fmt.Sprintf(`SELECT count(*) FROM %s m ANTI JOIN %s e USING (entity_id)`,
		tables["mentions"], tables["entities"])); n != 0 {
		t.Errorf("%d mentions name an entity_id missing from entities", n)
	}
	// Rows are sorted by doc_id.
	if n := query(fmt.Sprintf(`SELECT count(*) FROM (SELECT doc_id < lag(doc_id) OVER () AS down FROM %s) WHERE down`,
		tables["sentences"])); n != 0 {
		t.Errorf("sentences not sorted by doc_id")
	}
}

// tableSQL is the DuckDB table expression that reads a table of the
// dataset in dir whole: every partition, with the batch column.
func tableSQL(dir, table string) string {
	if table == "entities" {
		return fmt.Sprintf("read_parquet('%s/entities/*.parquet')", dir)
	}
	return fmt.Sprintf("read_parquet('%s/%s/*/*.parquet', hive_partitioning = true)", dir, table)
}

// checkManifest checks that every file the manifest lists has its bytes and
// sha256, and that the dataset holds no other file.
func checkManifest(t *testing.T, dir string, m pipeline.Manifest) {
	t.Helper()
	listed := map[string]bool{"manifest.json": true}
	var files []pipeline.FileInfo
	for _, table := range m.Tables {
		files = append(files, table.Files...)
	}
	for _, f := range append(files, m.Index...) {
		listed[f.Path] = true
		data, err := os.ReadFile(filepath.Join(dir, f.Path))
		if err != nil {
			t.Error(err)
			continue
		}
		if sum := fmt.Sprintf("%x", sha256.Sum256(data)); sum != f.SHA256 || int64(len(data)) != f.Bytes {
			t.Errorf("%s: sha256 %s (%d bytes), manifest says %s (%d bytes)", f.Path, sum, len(data), f.SHA256, f.Bytes)
		}
	}
	filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			if rel, _ := filepath.Rel(dir, path); !listed[filepath.ToSlash(rel)] {
				t.Errorf("%s is in the dataset but not in its manifest", rel)
			}
		}
		return err
	})
}
