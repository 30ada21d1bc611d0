package quotes

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/benchcorpus"
	"github.com/newsclaims/newsclaims/pipeline"
)

// benchText returns the bench corpus (internal/benchcorpus, which logs
// the one read), with Windows line ends made Unix ones.
func benchText(b *testing.B) []string {
	docs := benchcorpus.Read(b, 0)
	for i, d := range docs {
		docs[i] = strings.ReplaceAll(d, "\r\n", "\n")
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
