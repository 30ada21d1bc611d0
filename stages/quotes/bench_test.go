package quotes

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// benchText returns the benchmark corpus: the files of $CORPUS (default
// /work/shared/bench/brown), else the seed articles.
func benchText(b *testing.B) []string {
	dir := os.Getenv("CORPUS")
	if dir == "" {
		dir = "/work/shared/bench/brown"
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		paths, _ = filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	}
	if len(paths) == 0 {
		b.Skip("no corpus")
	}
	var docs []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err == nil {
			docs = append(docs, strings.ReplaceAll(string(raw), "\r\n", "\n"))
		}
	}
	return docs
}

// BenchmarkProcess measures the stage alone on Docs with one body zone per
// line and no tokens or mentions.
func BenchmarkProcess(b *testing.B) {
	texts := benchText(b)
	docs := make([]*pipeline.Doc, len(texts))
	total := 0
	for i, t := range texts {
		docs[i] = bodyDoc(t)
		total += len(t)
	}
	st := newStage(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			d.Quotes = nil
			if err := st.Process(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
