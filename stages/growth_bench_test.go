package stages_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

// growthSizes are the document sizes BenchmarkGrowth times every stage on:
// a stage that is linear in the document's length takes about ten and then
// four times longer from one size to the next.
var growthSizes = []struct {
	name  string
	bytes int
}{{"0.1MB", 100 << 10}, {"1MB", 1 << 20}, {"4MB", 4 << 20}}

// repeatedSeeds returns about n bytes of news text: the seeds, repeated.
func repeatedSeeds(tb testing.TB, n int) []byte {
	tb.Helper()
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		tb.Fatal("no seeds")
	}
	var text []byte
	for i := 0; len(text) < n; i++ {
		raw, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			tb.Fatal(err)
		}
		text = append(text, raw...)
		text = append(text, "\n\n"...)
	}
	return text[:n]
}

// BenchmarkGrowth times each stage, and the claim linker, on one document
// of 0.1, 1 and 4 MB made by repeating the seeds. Each stage gets the
// document as the stages before it left it. Compare the sizes of one stage:
// docs/BENCHMARKS.md records the ratios.
//
//	go test -run '^$' -bench Growth -benchtime 1x ./stages
func BenchmarkGrowth(b *testing.B) {
	chain, err := stages.Default()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, size := range growthSizes {
		raw := repeatedSeeds(b, size.bytes)
		d := &pipeline.Doc{Raw: raw}
		for _, s := range chain {
			before := *d // the layers this stage writes are still empty here
			b.Run(s.Name()+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				cpu := cpuTime()
				for b.Loop() {
					in := before
					if err := s.Process(ctx, &in); err != nil {
						b.Fatal(err)
					}
				}
				reportCPU(b, cpu)
			})
			if err := s.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		// The linker in two parts: Prepare runs on the workers, in
		// parallel; Add (with the links it finds) on the one goroutine
		// that writes the rows in order, so that every document waits
		// for it.
		var prepared any
		b.Run("linker-prepare/"+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			cpu := cpuTime()
			for b.Loop() {
				prepared = stages.NewLinker().Prepare(d)
			}
			reportCPU(b, cpu)
		})
		b.Run("linker-add/"+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			cpu := cpuTime()
			for b.Loop() {
				l := stages.NewLinker()
				if err := l.AddContext(ctx, d, prepared); err != nil {
					b.Fatal(err)
				}
				for range l.Links() {
				}
			}
			reportCPU(b, cpu)
		})
		b.Logf("%s: %d sentences, %d mentions, %d quotes, %d claims", size.name, len(d.Sentences), len(d.Mentions), len(d.Quotes), len(d.Claims))
	}
}

// cpuTime is the process's user and system CPU time so far. On a shared
// machine the wall time of a benchmark depends on the other jobs; the CPU
// time it uses does not, and one goroutine runs the benchmark.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU milliseconds per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
