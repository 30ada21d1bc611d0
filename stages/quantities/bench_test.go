package quantities

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/segment"
)

// sharedBrown finds shared/bench/brown beside the checkout or one of its
// parent folders; "" when absent.
func sharedBrown() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if p := filepath.Join(dir, "shared", "bench", "brown"); isDir(p) {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// benchTexts reads the bench corpus: $CORPUS, else the shared Brown corpus,
// else the repository's seeds. At most limit bytes are read.
func benchTexts(b *testing.B, limit int) []string {
	b.Helper()
	dirs := []string{os.Getenv("CORPUS"), sharedBrown(), filepath.Join("..", "..", "seeds")}
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		if len(paths) == 0 {
			continue
		}
		sort.Strings(paths)
		var texts []string
		total := 0
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
			if total += len(data); total >= limit {
				break
			}
		}
		b.Logf("corpus %s: %d files, %d bytes", dir, len(texts), total)
		return texts
	}
	b.Skip("no bench corpus")
	return nil
}

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
	docs, bytes, tokens := benchDocs(b, benchTexts(b, limit), segmented)
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
