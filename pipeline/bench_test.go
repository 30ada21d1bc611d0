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

// BenchmarkRun times the whole pipeline, Parquet and Arrow written, over the
// seeds copied 20 times (each copy made distinct so none is a duplicate).
func BenchmarkRun(b *testing.B) {
	in := b.TempDir()
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		b.Fatal("no seeds")
	}
	var bytes int64
	for copy := range 20 {
		for _, s := range seeds {
			raw, err := os.ReadFile(s)
			if err != nil {
				b.Fatal(err)
			}
			raw = append(raw, fmt.Sprintf("\n\nCopy %d.\n", copy)...)
			bytes += int64(len(raw))
			writeFile(b, filepath.Join(in, fmt.Sprintf("%02d_%s", copy, filepath.Base(s))), raw)
		}
	}
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
