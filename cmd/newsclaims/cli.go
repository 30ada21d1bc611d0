package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

const usage = `newsclaims turns news articles into Parquet and Arrow tables of entities,
quantities, quotes and claims.

Usage:
  newsclaims build [flags] INPUT...   build the dataset from INPUT files or directories
  newsclaims build --append --out DATASET INPUT...
                                      add INPUT to DATASET as one new partition
  newsclaims compact [--out DATASET]  merge the partitions of every table into one
  newsclaims report [--out DATASET]   write DATASET/report: an HTML overview and document viewer
  newsclaims schema                   print every table's columns and types
  newsclaims version                  print the version

An INPUT directory is walked recursively in sorted order: each .txt file is one
article; each .jsonl or .jsonl.gz file holds one article per line with fields
id, url, title, outlet, published, byline and text (only text is required).

Flags may come before or after the inputs. Ctrl-C stops a build and keeps the
previous dataset (exit code 130); a second Ctrl-C exits at once.

Run 'newsclaims build -h' for the build flags.
`

// run is the whole command; it returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "build":
		return build(ctx, args[1:], stderr)
	case "compact":
		return compact(ctx, args[1:], stderr)
	case "report":
		return writeReport(ctx, args[1:], stderr)
	case "schema":
		printSchema(stdout)
		return 0
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "newsclaims %s\n", version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "newsclaims: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func build(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	cfg := pipeline.Config{Version: version}
	fs.StringVar(&cfg.Out, "out", "out", "dataset `directory`, replaced as a whole (by its next version, with --append) when the new one is complete")
	fs.StringVar(&cfg.Format, "format", "both", "table format: parquet, arrow or both")
	fs.IntVar(&cfg.Workers, "workers", runtime.NumCPU(), "documents processed at once, at least 1 (the output does not depend on it)")
	fs.BoolVar(&cfg.Tokens, "tokens", false, "also write the tokens table")
	fs.Int64Var(&cfg.MaxDocBytes, "max-doc-bytes", pipeline.DefaultMaxDocBytes, "a document larger than this many `bytes` is an error row, not processed")
	fs.BoolVar(&cfg.Append, "append", false, "add the documents to the dataset in --out as one new partition (documents it holds are skipped)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to `file` (for go tool pprof)")
	var inputs []string
	code, ok := parseFlags(fs, "Usage: newsclaims build [flags] INPUT... [flags]\n\nFlags:\n", stderr, func() (err error) {
		inputs, err = parseInterspersed(fs, args)
		return err
	})
	if !ok {
		return code
	}
	switch cfg.Format {
	case "parquet", "arrow", "both":
	default:
		fmt.Fprintf(stderr, "newsclaims build: --format %s: want parquet, arrow or both\n", cfg.Format)
		return 2
	}
	if cfg.Append {
		inheritOptions(fs, &cfg)
	}
	cfg.Inputs = inputs
	if len(cfg.Inputs) == 0 {
		fmt.Fprintln(stderr, "newsclaims build: no INPUT given")
		fs.Usage()
		return 2
	}
	if cfg.Workers < 1 {
		fmt.Fprintf(stderr, "newsclaims build: --workers %d: want at least 1\n", cfg.Workers)
		return 2
	}
	if cfg.MaxDocBytes < 1 {
		fmt.Fprintf(stderr, "newsclaims build: --max-doc-bytes %d: want a positive size\n", cfg.MaxDocBytes)
		return 2
	}
	if !*quiet {
		cfg.Progress = stderr
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "newsclaims build: --cpuprofile: %v\n", err)
			return 1
		}
		defer stop()
	}
	cfg.LoadStages = loadStages
	cfg.Linker = stages.NewLinker()
	res, err := pipeline.Run(ctx, cfg)
	if err != nil && ctx.Err() != nil {
		fmt.Fprintln(stderr, "newsclaims: interrupted; previous dataset kept")
		return exitInterrupted
	}
	if err != nil {
		fmt.Fprintf(stderr, "newsclaims build: %v; no dataset written\n", err)
		return 1
	}
	if n := len(res.RemovedScratch); n > 0 && !*quiet {
		fmt.Fprintf(stderr, "newsclaims: removed %d temporary folder(s) left by a killed run\n", n)
	}
	if res.Failed > 0 {
		fmt.Fprintf(stderr, "newsclaims: %d document(s) failed; see %s/errors/\n", res.Failed, cfg.Out)
	}
	if !*quiet {
		switch {
		case cfg.Append && res.Batch == 0:
			fmt.Fprintf(stderr, "newsclaims: nothing new: %d document(s) already in %s, which is unchanged\n", res.Skipped, cfg.Out)
		case cfg.Append:
			fmt.Fprintf(stderr, "newsclaims: appended %d documents (%d tokens) to %s as batch %d; %d already there, skipped\n",
				res.Documents, res.Tokens, cfg.Out, res.Batch, res.Skipped)
		default:
			fmt.Fprintf(stderr, "newsclaims: wrote %d documents (%d tokens) to %s\n", res.Documents, res.Tokens, cfg.Out)
		}
	}
	return 0
}

func compact(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("compact", flag.ContinueOnError)
	out := fs.String("out", "out", "dataset `directory`")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	header := "Usage: newsclaims compact [flags]\n\nMerges the partitions of every table of the dataset into one, without changing a row.\n\nFlags:\n"
	if code, ok := parseFlags(fs, header, stderr, func() error { return fs.Parse(args) }); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newsclaims compact: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if err := isDataset(*out); err != nil {
		fmt.Fprintf(stderr, "newsclaims compact: --out %v\n", err)
		return 1
	}
	m, err := pipeline.Compact(ctx, *out)
	if err != nil {
		fmt.Fprintf(stderr, "newsclaims compact: %v; the dataset is unchanged\n", err)
		return 1
	}
	if !*quiet {
		runs := 0
		for _, p := range m.Partitions {
			runs += len(p.Runs)
		}
		fmt.Fprintf(stderr, "newsclaims: %s holds %d partition(s) of %d run(s)\n", *out, len(m.Partitions), runs)
	}
	return 0
}

// inheritOptions gives an append the --format and --tokens of the dataset
// it adds to, unless they were given: a nightly job then needs no more
// than --append and --out. Options given that differ from the dataset's
// are an error of the run.
func inheritOptions(fs *flag.FlagSet, cfg *pipeline.Config) {
	m, err := pipeline.ReadManifest(cfg.Out)
	if err != nil {
		return // no dataset yet, or one Run will refuse with this error
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	if !given["format"] {
		cfg.Format = m.Options.Format
	}
	if !given["tokens"] {
		cfg.Tokens = m.Options.Tokens
	}
}

// loadStages builds the stages with the collector off: loading the models
// only adds to the heap (about 90 MB), so the four or five collections a
// growing heap triggers on the way find next to nothing to free. The
// memory limit set in main still applies.
func loadStages() ([]pipeline.Stage, error) {
	defer pauseGC()()
	return stages.Default()
}

// gcPause counts the loads under way: a run that gives up early leaves its
// loader running, and a second load overlapping it must neither restore the
// setting too soon nor save "off" as the setting to restore.
var gcPause = &gcPauser{set: debug.SetGCPercent}

type gcPauser struct {
	sync.Mutex
	set     func(percent int) (previous int)
	loads   int
	percent int // the setting before the first load
}

// pauseGC turns the collector off until the function it returns is called
// by every load that paused it.
func pauseGC() (resume func()) { return gcPause.pause() }

func (p *gcPauser) pause() (resume func()) {
	p.Lock()
	if p.loads == 0 {
		p.percent = p.set(-1)
	}
	p.loads++
	p.Unlock()
	return func() {
		p.Lock()
		defer p.Unlock()
		if p.loads--; p.loads == 0 {
			p.set(p.percent)
		}
	}
}

// startCPUProfile profiles the whole process, model loading included, so
// that a profile of the binary shows what a user's run spends.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// printSchema prints every table's columns with their types as
// docs/SCHEMA.md writes them.
func printSchema(w io.Writer) {
	for _, t := range pipeline.Tables() {
		fmt.Fprintf(w, "%s: %s\n", t.Name, t.Doc)
		for _, f := range t.Schema.Fields() {
			null := ""
			if f.Nullable {
				null = " (nullable)"
			}
			fmt.Fprintf(w, "  %-20s %s%s\n", f.Name, pipeline.TypeName(f.Type), null)
		}
		fmt.Fprintln(w)
	}
}

// parseFlags parses a command's flags with parse and sets fs.Usage to
// print header and the flags. A flag error is one line that names the
// command and the flag ("newsclaims build: invalid value "x" for flag
// -workers: ..."), then the usage; -h prints the usage alone. When the
// command is to stop, ok is false and code is its exit code.
func parseFlags(fs *flag.FlagSet, header string, stderr io.Writer, parse func() error) (code int, ok bool) {
	// The flag package prints its error and the usage itself; quiet, so
	// that the error is printed once, with the command's name.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := parse()
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, header)
		fs.PrintDefaults()
	}
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return 0, false
	}
	fmt.Fprintf(stderr, "newsclaims %s: %v\n\n", fs.Name(), err)
	fs.Usage()
	return 2, false
}

// isDataset reports, as an error that starts with dir, why dir holds no
// dataset to compact: it is missing, or holds no manifest.json.
func isDataset(dir string) error {
	if _, err := os.Stat(dir); err != nil {
		return fmt.Errorf("%s: no such dataset directory", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err != nil {
		return fmt.Errorf("%s holds no newsclaims dataset (no manifest.json)", dir)
	}
	return nil
}

// exitInterrupted is the exit code of a run stopped by SIGINT or SIGTERM,
// as a shell reports a process killed by SIGINT.
const exitInterrupted = 130

// parseInterspersed parses flags wherever they stand among the inputs
// ("build in/ --out x" as "build --out x in/"); everything after "--" is an
// input. It returns the inputs.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(inputs, rest...), nil
		}
		if len(rest) == 0 {
			return inputs, nil
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
}
