package segment

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/newsclaims/newsclaims/internal/benchcorpus"
	"github.com/newsclaims/newsclaims/pipeline"
)

// benchDocs returns documents whose every non-blank line is body text,
// from the bench corpus (internal/benchcorpus, which logs the one read),
// and their size in bytes.
func benchDocs(b *testing.B) ([]*pipeline.Doc, int) {
	var docs []*pipeline.Doc
	size := 0
	for _, text := range benchcorpus.Read(b, 0) {
		docs = append(docs, bodyDoc(text))
		size += len(text)
	}
	return docs, size
}

// BenchmarkSegment runs the stage over the whole corpus once per iteration,
// the documents' slices reused, and reports tokens per second.
func BenchmarkSegment(b *testing.B) { benchSegment(b, false) }

// BenchmarkSegmentFreshDoc is the pipeline's case: every document is new,
// so the token and sentence slices are allocated once per document.
func BenchmarkSegmentFreshDoc(b *testing.B) { benchSegment(b, true) }

func benchSegment(b *testing.B, fresh bool) {
	s := stage(b)
	docs, size := benchDocs(b)
	ctx := context.Background()
	tokens := 0
	for _, d := range docs {
		s.Process(ctx, d)
		tokens += len(d.Tokens)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := processCPU(b)
	for b.Loop() {
		for _, d := range docs {
			if fresh {
				d.Tokens, d.Sentences = nil, nil
			}
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := processCPU(b) - cpu0
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/CPU-s")
	b.ReportMetric(float64(tokens), "tokens/op")
}

// processCPU is the CPU time the process has used so far (user and
// system). On a shared machine the wall time of a benchmark swings with the
// other processes' load; its CPU time much less. The stage allocates
// nothing per pass, so the collector adds next to nothing to it.
func processCPU(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
