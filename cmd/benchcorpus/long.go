package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// longRun times one long article against as many 1 MB articles holding the
// same text, each set built by the binary with --workers 1 (so that the
// long one cannot lean on a second core) and --max-doc-bytes raised above
// the long one. A pipeline linear in a document's length takes about as
// long for both; the ratio shows what grows faster than the length. The
// articles are the seeds repeated (news text dense in quotes, names and
// numbers); the rounds alternate the two sets like the worker counts.
func longRun(w io.Writer, o options, dir string) error {
	long, parts := filepath.Join(dir, "long"), filepath.Join(dir, "parts")
	for _, d := range []string{long, parts} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	seeds, err := articleFiles(o.seeds)
	if err != nil {
		return err
	}
	if len(seeds) == 0 {
		return fmt.Errorf("no seed articles in %s", o.seeds)
	}
	text, err := repeatedText(seeds, 0, o.longMB<<20)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(long, "long.txt"), text, 0o644); err != nil {
		return err
	}
	for i := range o.longMB {
		// Each part starts at another seed and ends with its number, so
		// that no two parts share a doc_id.
		part, err := repeatedText(seeds, i, 1<<20)
		if err != nil {
			return err
		}
		part = append(part, fmt.Sprintf("\n\n(part %d)\n", i+1)...)
		if err := os.WriteFile(filepath.Join(parts, fmt.Sprintf("part%02d.txt", i+1)), part, 0o644); err != nil {
			return err
		}
	}
	limit := strconv.Itoa((o.longMB + 1) << 20)
	var longs, partRuns []runStats
	for range o.runs {
		for _, set := range []struct {
			in  string
			all *[]runStats
		}{{long, &longs}, {parts, &partRuns}} {
			out := filepath.Join(dir, "out")
			os.RemoveAll(out)
			st, err := runBuild(o.bin, "build", "--workers", "1", "--format", "parquet", "--max-doc-bytes", limit, "--out", out, set.in)
			if err != nil {
				return err
			}
			*set.all = append(*set.all, st)
		}
	}
	ratios := make([]float64, len(longs))
	for i := range longs {
		ratios[i] = longs[i].cpu.Seconds() / partRuns[i].cpu.Seconds()
	}
	slices.Sort(ratios)
	maxRSS := slices.MaxFunc(longs, func(a, b runStats) int { return int(a.maxRSS - b.maxRSS) }).maxRSS
	one, many := median(longs), median(partRuns)
	fmt.Fprintf(w, "one %d MB article against %d articles of 1 MB (seeds repeated; --workers 1 --format parquet; median of %d rounds)\n", o.longMB, o.longMB, o.runs)
	fmt.Fprintf(w, "%-24s %9s %9s %12s\n", "", "wall s", "CPU s", "peak RSS MB")
	for _, r := range []struct {
		name string
		st   runStats
	}{{fmt.Sprintf("one %d MB article", o.longMB), one}, {fmt.Sprintf("%d articles of 1 MB", o.longMB), many}} {
		fmt.Fprintf(w, "%-24s %9.2f %9.2f %12.1f\n", r.name, r.st.wall.Seconds(), r.st.cpu.Seconds(), float64(r.st.maxRSS)/(1<<20))
	}
	fmt.Fprintf(w, "long/parts CPU time: %.2fx (medians); per round %.2f-%.2fx; largest peak RSS of the long article %.1f MB\n",
		one.cpu.Seconds()/many.cpu.Seconds(), ratios[0], ratios[len(ratios)-1], float64(maxRSS)/(1<<20))
	return nil
}

// repeatedText returns n bytes of the seed articles one after the other,
// from seed first on, repeated as often as needed.
func repeatedText(seeds []string, first int, n int) ([]byte, error) {
	var text []byte
	for i := first; len(text) < n; i++ {
		raw, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			return nil, err
		}
		text = append(text, raw...)
		text = append(text, "\n\n"...)
	}
	return text[:n], nil
}
