package entities

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/internal/benchcorpus"
	"github.com/newsclaims/newsclaims/pipeline"
)

// benchDocs returns segmented documents of the bench corpus
// (internal/benchcorpus, which logs the one read), up to ~2 MB.
func benchDocs(b *testing.B) []*pipeline.Doc {
	var docs []*pipeline.Doc
	for _, text := range benchcorpus.Read(b, 2<<20) {
		docs = append(docs, bodyDoc(b, text))
	}
	return docs
}

// BenchmarkProcess times the entity stage alone over pre-segmented text.
func BenchmarkProcess(b *testing.B) {
	docs := benchDocs(b)
	s := stage(b)
	tokens := 0
	for _, d := range docs {
		tokens += len(d.Tokens)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := processCPU() - cpu0
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		// Tokens per CPU-second of the whole process (the garbage collector
		// included): the per-core figure, whatever else the machine runs.
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
	b.ReportMetric(float64(tokens), "tokens/op")
}

// BenchmarkNew times loading the embedded model and gazetteer.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
