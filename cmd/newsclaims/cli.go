package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

const usage = `newsclaims turns news articles into Parquet and Arrow tables of entities,
quantities, quotes and claims.

Usage:
  newsclaims build [flags] INPUT...   build the dataset from INPUT files or directories
  newsclaims report [--out DATASET]   write DATASET/report: an HTML overview and document viewer
  newsclaims schema                   print every table's columns and types
  newsclaims version                  print the version

An INPUT directory is walked recursively in sorted order: each .txt file is one
article; each .jsonl or .jsonl.gz file holds one article per line with fields
id, url, title, outlet, published, byline and text (only text is required).

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
	fs.SetOutput(stderr)
	cfg := pipeline.Config{Version: version}
	fs.StringVar(&cfg.Out, "out", "out", "dataset `directory`, replaced as a whole when the new dataset is complete")
	fs.StringVar(&cfg.Format, "format", "both", "table format: parquet, arrow or both")
	fs.IntVar(&cfg.Workers, "workers", runtime.NumCPU(), "documents processed at once (the output does not depend on it)")
	fs.BoolVar(&cfg.Tokens, "tokens", false, "also write the tokens table")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to `file` (for go tool pprof)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newsclaims build [flags] INPUT...\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cfg.Inputs = fs.Args()
	if len(cfg.Inputs) == 0 {
		fmt.Fprintln(stderr, "newsclaims build: no INPUT given")
		fs.Usage()
		return 2
	}
	if !*quiet {
		cfg.Progress = stderr
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "newsclaims: %v\n", err)
			return 1
		}
		defer stop()
	}
	cfg.LoadStages = loadStages
	cfg.Linker = stages.NewLinker()
	res, err := pipeline.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "newsclaims: %v; no dataset written\n", err)
		return 1
	}
	if res.Failed > 0 {
		fmt.Fprintf(stderr, "newsclaims: %d document(s) failed; see %s/errors.*\n", res.Failed, cfg.Out)
	}
	if !*quiet {
		fmt.Fprintf(stderr, "newsclaims: wrote %d documents (%d tokens) to %s\n", res.Documents, res.Tokens, cfg.Out)
	}
	return 0
}

// loadStages builds the stages with the collector off: loading the models
// only adds to the heap (about 90 MB), so the four or five collections a
// growing heap triggers on the way find next to nothing to free. The
// memory limit set in main still applies.
func loadStages() ([]pipeline.Stage, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	return stages.Default()
}

// startCPUProfile profiles the whole process, model loading included, so
// that a profile of the binary shows what a user's run spends.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

func printSchema(w io.Writer) {
	for _, t := range pipeline.Tables() {
		fmt.Fprintf(w, "%s: %s\n", t.Name, t.Doc)
		for _, f := range t.Schema.Fields() {
			null := ""
			if f.Nullable {
				null = " (nullable)"
			}
			fmt.Fprintf(w, "  %-20s %s%s\n", f.Name, f.Type, null)
		}
		fmt.Fprintln(w)
	}
}
