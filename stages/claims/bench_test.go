package claims

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// BenchmarkProcess runs the claims stage over the five seeds, with the gold
// layers as inputs (the stages before claims are not timed).
func BenchmarkProcess(b *testing.B) {
	seg := segmenter(b)
	st, _ := New()
	var docs []*goldInput
	for _, name := range seedNames {
		g, text := loadGold(b, name)
		docs = append(docs, &goldInput{d: goldDoc(b, seg, g, text)})
	}
	bytes := 0
	for _, in := range docs {
		bytes += len(in.d.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range docs {
			if err := st.Process(context.Background(), in.d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkLinker adds the seeds' claims 20 times over (100 documents) and
// links them.
func BenchmarkLinker(b *testing.B) {
	seg := segmenter(b)
	st, _ := New()
	var docs []*goldInput
	for _, name := range seedNames {
		g, text := loadGold(b, name)
		in := &goldInput{d: goldDoc(b, seg, g, text)}
		if err := st.Process(context.Background(), in.d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, in)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := NewLinker()
		for r := 0; r < 20; r++ {
			for _, in := range docs {
				l.Add(in.d, nil)
			}
		}
		for range l.Links() {
		}
	}
}

// BenchmarkLinkerAdd times what the pipeline's writer goroutine does: Add
// with the documents prepared beforehand (the workers prepare them).
func BenchmarkLinkerAdd(b *testing.B) {
	seg := segmenter(b)
	st, _ := New()
	var docs []*pipeline.Doc
	var prepared []any
	for _, name := range seedNames {
		g, text := loadGold(b, name)
		d := goldDoc(b, seg, g, text)
		if err := st.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		prepared = append(prepared, NewLinker().Prepare(d))
	}
	b.ReportAllocs()
	for b.Loop() {
		l := NewLinker()
		for range 20 {
			for i, d := range docs {
				l.Add(d, prepared[i])
			}
		}
		for range l.Links() {
		}
	}
}

type goldInput struct{ d *pipeline.Doc }
