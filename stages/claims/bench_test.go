package claims

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode"

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

// BenchmarkProcessPrepare times what a worker does for claims: the stage,
// then the linker's Prepare on the same document.
func BenchmarkProcessPrepare(b *testing.B) {
	seg := segmenter(b)
	st, _ := New()
	l := NewLinker()
	var docs []*pipeline.Doc
	for _, name := range seedNames {
		g, text := loadGold(b, name)
		docs = append(docs, goldDoc(b, seg, g, text))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if err := st.Process(context.Background(), d); err != nil {
				b.Fatal(err)
			}
			l.Prepare(d)
		}
	}
}

type goldInput struct{ d *pipeline.Doc }

// BenchmarkLinkerLongDocument adds one document made of the seeds' text
// repeated k times (in different words each time: every copy's words get
// a suffix, so no claim repeats another). A claim is compared only with
// the earlier claims of its document listed under one of its keys, each
// key listing at most maxDocPostings and a claim meeting at most
// maxDocCandidates of them in all, so the time per claim is bounded however
// long the document (it grows until the candidates reach that bound),
// where comparing every pair would grow with the length.
func BenchmarkLinkerLongDocument(b *testing.B) {
	var seeds []string
	for _, name := range seedNames {
		_, text := loadGold(b, name)
		seeds = append(seeds, text)
	}
	chain := realChain(b)
	for _, k := range []int{1, 4, 16} {
		var sb strings.Builder
		for c := range k {
			for _, s := range seeds {
				// "copy3" after every word of five letters or more keeps
				// the sentences' shape and changes their wording
				for _, w := range strings.Fields(s) {
					sb.WriteString(w)
					if len(w) >= 5 && unicode.IsLetter(rune(w[len(w)-1])) {
						fmt.Fprintf(&sb, "x%d", c)
					}
					sb.WriteByte(' ')
				}
				sb.WriteString("\n\n")
			}
		}
		raw := []byte(sb.String())
		d := &pipeline.Doc{Raw: raw, ID: pipeline.DocID(raw)}
		for _, s := range chain {
			if err := s.Process(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
		prepared := NewLinker().Prepare(d)
		b.Run(fmt.Sprintf("copies=%d/claims=%d", k, len(d.Claims)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l := NewLinker()
				l.Add(d, prepared)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(d.Claims)), "ns/claim")
		})
	}
}
