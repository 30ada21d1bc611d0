package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

func main() {
	os.Exit(run())
}

type options struct {
	corpus, seeds, bin string
	size               int64
	repeat, runs       int
	workers            string
	prose, stageTimes  bool
	proseBytes         int64
	keep               bool
	appendBench        bool
	longMB             int
	cpuProfile         string
	memProfile         string
}

func run() int {
	var o options
	flag.StringVar(&o.corpus, "corpus", "", "folder of .txt/.jsonl articles to time; empty: the seeds repeated to -size")
	flag.StringVar(&o.seeds, "seeds", "seeds", "seed articles repeated when no -corpus is given")
	flag.StringVar(&o.bin, "bin", "bin/newsclaims", "newsclaims binary to time")
	flag.Int64Var(&o.size, "size", 2<<20, "bytes of repeated seeds when no -corpus is given")
	flag.IntVar(&o.repeat, "repeat", 1, "copies of -corpus to time (each copy made distinct), e.g. 10 for a corpus ten times larger")
	flag.IntVar(&o.runs, "runs", 3, "runs per worker count; the median is printed")
	flag.StringVar(&o.workers, "workers", "1,2", "comma-separated worker counts to time; empty: in-process timings only")
	flag.BoolVar(&o.prose, "prose", true, "also time prose's default pipeline on the same files")
	flag.Int64Var(&o.proseBytes, "prose-bytes", 0, "time prose on the first files up to this many bytes (0: all files)")
	flag.BoolVar(&o.stageTimes, "stages", true, "also time each stage in-process for the per-stage shares")
	flag.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the in-process stage run to `file`")
	flag.StringVar(&o.memProfile, "memprofile", "", "write an allocation profile of the in-process stage run to `file`")
	flag.BoolVar(&o.keep, "keep", false, "keep the built corpus and outputs (printed path)")
	flag.BoolVar(&o.appendBench, "append", true, "also time build --append of 1% new documents against a rebuild of the whole")
	flag.IntVar(&o.longMB, "long", 4, "also time one article of this many MB (the seeds repeated) against as many articles of 1 MB; 0: skip")
	flag.Parse()
	if err := bench(o, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "benchcorpus: %v\n", err)
		return 1
	}
	return 0
}

func bench(o options, w io.Writer) error {
	if _, err := os.Stat(o.bin); err != nil {
		return fmt.Errorf("binary %s: %w (run make build)", o.bin, err)
	}
	tmp, err := os.MkdirTemp("", "benchcorpus-")
	if err != nil {
		return err
	}
	if o.keep {
		fmt.Fprintf(w, "work directory: %s\n", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	corpus, label, err := prepareCorpus(o, filepath.Join(tmp, "corpus"))
	if err != nil {
		return err
	}
	docs, err := readArticles(corpus)
	if err != nil {
		return err
	}
	var bytesTotal int64
	for _, d := range docs {
		bytesTotal += int64(len(d.text))
	}
	fmt.Fprintf(w, "corpus: %s: %d documents, %.1f MB\n", label, len(docs), float64(bytesTotal)/1e6)
	fmt.Fprintf(w, "machine: %d CPUs, %s/%s, %s\n\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version())

	workerCounts, err := parseInts(o.workers)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "newsclaims build (%s; median of %d runs; CPU = user+system time of the process)\n", o.bin, o.runs)
	fmt.Fprintf(w, "%-8s %9s %10s %12s %14s %12s %12s\n", "workers", "wall s", "docs/s", "tokens/s", "tokens/CPU-s", "CPU s", "peak RSS MB")
	// The runs go round-robin over the worker counts, so that a slow spell
	// of a shared machine touches every count alike, and the scaling is
	// also given as the median of each round's own ratio.
	all := map[int][]runStats{}
	var rounds []float64
	for r := 0; r < o.runs; r++ {
		for _, n := range workerCounts {
			st, err := runBinary(o.bin, n, corpus, filepath.Join(tmp, "out"))
			if err != nil {
				return err
			}
			all[n] = append(all[n], st)
		}
		if one, two := all[1], all[2]; len(one) == r+1 && len(two) == r+1 {
			rounds = append(rounds, two[r].tokensPerSec()/one[r].tokensPerSec())
		}
	}
	medians := map[int]runStats{}
	for _, n := range workerCounts {
		m := median(all[n])
		medians[n] = m
		fmt.Fprintf(w, "%-8d %9.2f %10.1f %12.0f %14.0f %12.2f %12.1f\n", n, m.wall.Seconds(), m.docsPerSec(), m.tokensPerSec(), m.tokensPerCPU(), m.cpu.Seconds(), float64(m.maxRSS)/(1<<20))
	}
	one, okOne := medians[1]
	two, okTwo := medians[2]
	if okOne && okTwo {
		slices.Sort(rounds)
		fmt.Fprintf(w, "scaling with 2 workers: %.2fx tokens/s of 1 worker (medians; wall clock); per round: median %.2fx, range %.2f-%.2fx; CPU per token %.2fx\n",
			two.tokensPerSec()/one.tokensPerSec(), rounds[len(rounds)/2], rounds[0], rounds[len(rounds)-1], one.tokensPerCPU()/two.tokensPerCPU())
	}
	ours := 0.0
	if okOne {
		ours = one.tokensPerCPU()
	} else {
		for _, m := range medians {
			ours = m.tokensPerCPU()
		}
	}

	if o.stageTimes {
		fmt.Fprintln(w)
		if err := stageShares(w, docs, one.cpu); err != nil {
			return err
		}
	}
	if o.cpuProfile != "" || o.memProfile != "" {
		fmt.Fprintln(w)
		if err := profileRun(w, corpus, filepath.Join(tmp, "profile-out"), o.cpuProfile, o.memProfile); err != nil {
			return err
		}
	}
	if o.prose {
		fmt.Fprintln(w)
		if err := proseRun(w, docs, o.proseBytes, ours); err != nil {
			return err
		}
	}
	if o.appendBench && len(workerCounts) > 0 {
		fmt.Fprintln(w)
		if err := appendRun(w, o, corpus, len(docs), filepath.Join(tmp, "append"), slices.Max(workerCounts)); err != nil {
			return err
		}
	}
	if o.longMB > 0 {
		fmt.Fprintln(w)
		if err := longRun(w, o, filepath.Join(tmp, "long")); err != nil {
			return err
		}
	}
	return nil
}

// article is one document's text and where it came from.
type article struct {
	source string
	text   string
}

// prepareCorpus returns the folder to time: -corpus itself, or a folder of
// copies made distinct.
func prepareCorpus(o options, dir string) (string, string, error) {
	if o.corpus != "" && o.repeat <= 1 {
		return o.corpus, o.corpus, nil
	}
	src, target, copies := o.corpus, int64(0), o.repeat
	if src == "" {
		src, target, copies = o.seeds, o.size, 0
	}
	files, err := articleFiles(src)
	if err != nil {
		return "", "", err
	}
	if len(files) == 0 {
		return "", "", fmt.Errorf("no .txt or .jsonl articles in %s", src)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", err
	}
	var written int64
	for c := 0; copies == 0 && written < target || c < copies; c++ {
		for _, f := range files {
			n, err := copyDistinct(f, src, dir, c)
			if err != nil {
				return "", "", err
			}
			written += n
		}
		if copies == 0 && c > 100000 {
			break
		}
	}
	if o.corpus == "" {
		return dir, fmt.Sprintf("%s repeated to %.1f MB", src, float64(written)/1e6), nil
	}
	return dir, fmt.Sprintf("%s x%d", src, copies), nil
}

// copyDistinct writes copy c of one article file into dir with a trailing
// line naming the copy, so that no two copies share a doc_id.
func copyDistinct(path, root, dir string, c int) (int64, error) {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return 0, err
	}
	rel = strings.ReplaceAll(rel, string(filepath.Separator), "_")
	marker := fmt.Sprintf("\n\n(benchmark copy %d)\n", c+1)
	dst := filepath.Join(dir, fmt.Sprintf("c%05d_%s", c+1, strings.TrimSuffix(rel, ".gz")))
	if !isJSONL(path) {
		b, err := os.ReadFile(path)
		if err != nil {
			return 0, err
		}
		b = append(b, marker...)
		return int64(len(b)), os.WriteFile(dst, b, 0o644)
	}
	var out bytes.Buffer
	err = eachJSONL(path, func(line []byte) error {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			return nil // the pipeline reports bad lines; copy nothing
		}
		if t, ok := m["text"].(string); ok {
			m["text"] = t + marker
		}
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		out.Write(b)
		out.WriteByte('\n')
		return nil
	})
	if err != nil {
		return 0, err
	}
	return int64(out.Len()), os.WriteFile(dst, out.Bytes(), 0o644)
}

func isJSONL(path string) bool {
	return strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".jsonl.gz")
}

func articleFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && (strings.HasSuffix(path, ".txt") || isJSONL(path)) {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

func eachJSONL(path string, fn func(line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return err
		}
		defer gz.Close()
		r = gz
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// readArticles reads every article of the corpus into memory for the
// in-process timings.
func readArticles(root string) ([]article, error) {
	files, err := articleFiles(root)
	if err != nil {
		return nil, err
	}
	var docs []article
	for _, f := range files {
		if !isJSONL(f) {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			docs = append(docs, article{source: f, text: string(b)})
			continue
		}
		line := 0
		err := eachJSONL(f, func(b []byte) error {
			line++
			var v struct {
				Text *string `json:"text"`
			}
			if json.Unmarshal(b, &v) == nil && v.Text != nil {
				docs = append(docs, article{source: fmt.Sprintf("%s:%d", f, line), text: *v.Text})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no articles in %s", root)
	}
	return docs, nil
}

// runStats is one timed run of the binary.
type runStats struct {
	docs, tokens int
	wall, cpu    time.Duration
	maxRSS       int64 // bytes
}

func (s runStats) docsPerSec() float64   { return float64(s.docs) / s.wall.Seconds() }
func (s runStats) tokensPerSec() float64 { return float64(s.tokens) / s.wall.Seconds() }
func (s runStats) tokensPerCPU() float64 { return float64(s.tokens) / s.cpu.Seconds() }

// median returns the run with the median wall time (CPU time and RSS are
// reported from the same run, so that the row is one real run).
func median(all []runStats) runStats {
	sort.Slice(all, func(i, j int) bool { return all[i].wall < all[j].wall })
	return all[len(all)/2]
}

var wroteLine = regexp.MustCompile(`(?:wrote|appended) (\d+) documents \((\d+) tokens\)`)

// runBinary runs one build and reads the counts from its summary line.
func runBinary(bin string, workers int, corpus, out string) (runStats, error) {
	os.RemoveAll(out)
	return runBuild(bin, "build", "--workers", strconv.Itoa(workers), "--out", out, corpus)
}

// runBuild runs the binary with args and reads the counts from its summary
// line.
func runBuild(bin string, args ...string) (runStats, error) {
	var stderr bytes.Buffer
	cmd := exec.CommandContext(context.Background(), bin, args...)
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return runStats{}, fmt.Errorf("%s: %w\n%s", cmd, err, stderr.String())
	}
	m := wroteLine.FindStringSubmatch(stderr.String())
	if m == nil {
		return runStats{}, fmt.Errorf("%s printed no summary line:\n%s", cmd, stderr.String())
	}
	st := runStats{wall: wall}
	st.docs, _ = strconv.Atoi(m[1])
	st.tokens, _ = strconv.Atoi(m[2])
	st.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		st.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return st, nil
}

// stageShares runs every stage in this process, one document at a time on
// one goroutine, and prints each stage's share of the time. The binary's CPU
// time beyond the stages is reading, writing the tables and the runtime.
func stageShares(w io.Writer, docs []article, binaryCPU time.Duration) error {
	chain, err := stages.Default()
	if err != nil {
		return err
	}
	ctx := context.Background()
	spent := make([]time.Duration, len(chain))
	var total time.Duration
	tokens := 0
	cpu0 := processCPU()
	for _, a := range docs {
		d := &pipeline.Doc{Source: a.source, Raw: []byte(a.text), ID: pipeline.DocID([]byte(a.text))}
		for i, s := range chain {
			t0 := time.Now()
			err := s.Process(ctx, d)
			dt := time.Since(t0)
			spent[i] += dt
			total += dt
			if err != nil {
				break
			}
		}
		tokens += len(d.Tokens)
	}
	cpu := processCPU() - cpu0
	fmt.Fprintf(w, "stages in-process (one goroutine, %d tokens, %.0f tokens/s in the stages, %.0f tokens/CPU-s):\n",
		tokens, float64(tokens)/total.Seconds(), float64(tokens)/cpu.Seconds())
	for i, s := range chain {
		fmt.Fprintf(w, "  %-12s %6.1f%%  %8.3f s  %10.0f tokens/s\n", s.Name(), 100*spent[i].Seconds()/total.Seconds(), spent[i].Seconds(), float64(tokens)/spent[i].Seconds())
	}
	if binaryCPU > 0 {
		rest := binaryCPU - cpu
		fmt.Fprintf(w, "  outside the stages in the 1-worker binary (reading, tables, GC): about %.0f%% of its CPU time\n",
			100*max(rest.Seconds(), 0)/binaryCPU.Seconds())
	}
	return nil
}

// profileRun runs the whole pipeline in this process with one worker, the
// same work as the binary does, under the CPU and allocation profilers.
func profileRun(w io.Writer, corpus, out, cpuProfile, memProfile string) error {
	chain, err := stages.Default()
	if err != nil {
		return err
	}
	cfg := pipeline.Config{Inputs: []string{corpus}, Out: out, Workers: 1, Stages: chain, Linker: stages.NewLinker()}
	if memProfile != "" {
		runtime.MemProfileRate = 64 << 10
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	cpu0 := processCPU()
	res, err := pipeline.Run(context.Background(), cfg)
	cpu := processCPU() - cpu0
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return err
	}
	if memProfile != "" {
		f, err := os.Create(memProfile)
		if err != nil {
			return err
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "profiled in-process run (1 worker): %d documents, %d tokens, %.0f tokens/CPU-s; profiles: %s %s\n",
		res.Documents, res.Tokens, float64(res.Tokens)/cpu.Seconds(), cpuProfile, memProfile)
	return nil
}

// proseRun times prose's default pipeline (segmentation, tokens, tags,
// entities) used well: the model is loaded once and shared by every call.
func proseRun(w io.Writer, docs []article, limit int64, ours float64) error {
	model := prose.ModelFromData("bench")
	var used int64
	tokens, n := 0, 0
	cpu0 := processCPU()
	start := time.Now()
	for _, a := range docs {
		if limit > 0 && used >= limit {
			break
		}
		doc, err := prose.NewDocument(a.text, prose.UsingModel(model))
		if err != nil {
			return fmt.Errorf("prose on %s: %w", a.source, err)
		}
		tokens += len(doc.Tokens())
		used += int64(len(a.text))
		n++
	}
	wall := time.Since(start)
	cpu := processCPU() - cpu0
	what := "all files"
	if n < len(docs) {
		what = fmt.Sprintf("first %d of %d files", n, len(docs))
	}
	perCPU := float64(tokens) / cpu.Seconds()
	fmt.Fprintf(w, "prose v2 default pipeline (model loaded once, one goroutine, %s, %.1f MB): %d tokens, %.0f tokens/s, %.0f tokens/CPU-s\n",
		what, float64(used)/1e6, tokens, float64(tokens)/wall.Seconds(), perCPU)
	if ours > 0 {
		fmt.Fprintf(w, "newsclaims (1 worker, whole pipeline with tables written) / prose: %.1fx tokens per CPU-second\n", ours/perCPU)
	}
	return nil
}

// processCPU is this process's user plus system time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func parseInts(s string) ([]int, error) {
	var out []int
	if s == "" {
		return nil, nil
	}
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, errors.New("-workers wants positive integers separated by commas")
		}
		out = append(out, n)
	}
	return out, nil
}

// appendRun times what a nightly job does: the corpus is the dataset's
// history, and 1% more documents (distinct copies of its first files) are
// appended to it with build --append, against a rebuild of all of them.
// Each round builds the history afresh (untimed), then times the rebuild
// and the append one after the other, so that a slow spell of a shared
// machine touches both.
func appendRun(w io.Writer, o options, corpus string, nDocs int, dir string, workers int) error {
	files, err := articleFiles(corpus)
	if err != nil {
		return err
	}
	nNew := max(1, nDocs/100)
	news := filepath.Join(dir, "new")
	if err := os.MkdirAll(news, 0o755); err != nil {
		return err
	}
	for _, f := range files[:min(nNew, len(files))] {
		if _, err := copyDistinct(f, corpus, news, 1_000_000); err != nil {
			return err
		}
	}
	n := strconv.Itoa(workers)
	history, rebuilt, appended := filepath.Join(dir, "history"), filepath.Join(dir, "rebuilt"), filepath.Join(dir, "appended")
	var rebuilds, appends []runStats
	for range o.runs {
		for _, out := range []string{history, rebuilt} {
			os.RemoveAll(out)
		}
		if _, err := runBuild(o.bin, "build", "--workers", n, "--out", history, corpus); err != nil {
			return err
		}
		full, err := runBuild(o.bin, "build", "--workers", n, "--out", rebuilt, corpus, news)
		if err != nil {
			return err
		}
		os.RemoveAll(appended)
		if err := os.Rename(history, appended); err != nil {
			return err
		}
		app, err := runBuild(o.bin, "build", "--append", "--workers", n, "--out", appended, news)
		if err != nil {
			return err
		}
		rebuilds, appends = append(rebuilds, full), append(appends, app)
	}
	ratios := make([]float64, len(appends))
	for i := range appends {
		ratios[i] = appends[i].wall.Seconds() / rebuilds[i].wall.Seconds()
	}
	slices.Sort(ratios)
	full, app := median(rebuilds), median(appends) // median sorts: ratios first
	fmt.Fprintf(w, "build --append of %d new documents (1%%) to a dataset of the corpus, --workers %d, median of %d rounds\n", app.docs, workers, o.runs)
	fmt.Fprintf(w, "%-24s %9s %9s %12s\n", "", "wall s", "CPU s", "peak RSS MB")
	for _, r := range []struct {
		name string
		st   runStats
	}{{"rebuild of everything", full}, {"append of the 1%", app}} {
		fmt.Fprintf(w, "%-24s %9.2f %9.2f %12.1f\n", r.name, r.st.wall.Seconds(), r.st.cpu.Seconds(), float64(r.st.maxRSS)/(1<<20))
	}
	fmt.Fprintf(w, "append/rebuild wall time: %.1f%% (medians); per round %.1f-%.1f%%\n",
		100*app.wall.Seconds()/full.wall.Seconds(), 100*ratios[0], 100*ratios[len(ratios)-1])
	return nil
}
