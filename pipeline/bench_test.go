package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

// seedCopies writes the seeds copied n times into a folder (each copy made
// distinct so none is a duplicate) and returns it with its size in bytes.
func seedCopies(b *testing.B, n int) (dir string, bytes int64) {
	dir = b.TempDir()
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		b.Fatal("no seeds")
	}
	for copy := range n {
		for _, s := range seeds {
			raw, err := os.ReadFile(s)
			if err != nil {
				b.Fatal(err)
			}
			raw = append(raw, fmt.Sprintf("\n\nCopy %d.\n", copy)...)
			bytes += int64(len(raw))
			writeFile(b, filepath.Join(dir, fmt.Sprintf("%02d_%s", copy, filepath.Base(s))), raw)
		}
	}
	return dir, bytes
}

// BenchmarkRun times the whole pipeline, Parquet and Arrow written, over the
// seeds copied 20 times.
func BenchmarkRun(b *testing.B) {
	in, bytes := seedCopies(b, 20)
	chain := defaultStages(b)
	out := filepath.Join(b.TempDir(), "out")
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	var tokens int
	for b.Loop() {
		res, err := pipeline.Run(context.Background(), pipeline.Config{
			Inputs: []string{in}, Out: out, Workers: 1, Stages: chain, Linker: stages.NewLinker()})
		if err != nil {
			b.Fatal(err)
		}
		tokens = res.Tokens
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAppend times an append of one new document to a dataset of the
// seeds copied 20 times (100 documents): what a nightly run costs beyond
// its documents. Each round appends to a fresh copy of the dataset (hard
// links, untimed).
func BenchmarkAppend(b *testing.B) {
	in, _ := seedCopies(b, 20)
	chain := defaultStages(b)
	dir := b.TempDir()
	history := filepath.Join(dir, "history")
	if _, err := pipeline.Run(context.Background(), pipeline.Config{
		Inputs: []string{in}, Out: history, Workers: 1, Stages: chain, Linker: stages.NewLinker()}); err != nil {
		b.Fatal(err)
	}
	night := filepath.Join(dir, "night")
	seed, err := os.ReadFile("../seeds/004_e8bd326e938f300c.txt")
	if err != nil {
		b.Fatal(err)
	}
	writeFile(b, filepath.Join(night, "new.txt"), append(seed, "\n\nUpdated.\n"...))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		out := filepath.Join(dir, fmt.Sprint("out", i))
		linkTree(b, history, out)
		b.StartTimer()
		res, err := pipeline.Run(context.Background(), pipeline.Config{
			Inputs: []string{night}, Out: out, Append: true, Workers: 1, Stages: chain, Linker: stages.NewLinker()})
		if err != nil || res.Documents != 1 {
			b.Fatalf("append: %v", err)
		}
	}
}

// linkTree makes dst a copy of the directory tree src, files hard-linked.
func linkTree(b *testing.B, src, dst string) {
	err := filepath.WalkDir(src, func(path string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if e.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		return os.Link(path, filepath.Join(dst, rel))
	})
	if err != nil {
		b.Fatal(err)
	}
}
