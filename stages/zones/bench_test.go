package zones

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// BenchmarkProcess runs the stage over the five seeds; one op is one seed.
func BenchmarkProcess(b *testing.B) {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	var texts []string
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	stage := newStage(b)
	ctx := context.Background()
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d := &pipeline.Doc{Text: texts[i%len(texts)]}
		if err := stage.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
}
