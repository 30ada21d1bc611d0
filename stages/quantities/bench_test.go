package quantities

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/benchcorpus"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/segment"
)

// benchDocs builds one-zone documents, segmented when segmented is true.
func benchDocs(b *testing.B, texts []string, segmented bool) ([]*pipeline.Doc, int64, int) {
	var seg *segment.Stage
	if segmented {
		var err error
		if seg, err = segment.New(); err != nil {
			b.Fatal(err)
		}
	}
	var docs []*pipeline.Doc
	var bytes int64
	tokens := 0
	for _, text := range texts {
		d := docFor(text, "")
		if seg != nil {
			if err := seg.Process(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
		docs = append(docs, d)
		bytes += int64(len(text))
		tokens += len(strings.Fields(text))
	}
	return docs, bytes, tokens
}

func benchmarkProcess(b *testing.B, segmented bool, limit int) {
	docs, bytes, tokens := benchDocs(b, benchcorpus.Read(b, limit), segmented)
	stage, err := New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := stage.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkProcess runs the stage alone on segmented documents (sentences
// and POS tags from the segment stage, built before the timer starts), as
// in the pipeline.
func BenchmarkProcess(b *testing.B) { benchmarkProcess(b, true, 2<<20) }

// BenchmarkProcessLines runs the stage on unsegmented documents, where it
// reads lines and guesses tags.
func BenchmarkProcessLines(b *testing.B) { benchmarkProcess(b, false, 8<<20) }
