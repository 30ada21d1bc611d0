package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/newsclaims/newsclaims/internal/report"
)

// writeReport is `newsclaims report`: the HTML report of a dataset.
func writeReport(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	out := fs.String("out", "out", "the dataset `directory` to report on")
	var opts report.Options
	fs.StringVar(&opts.Dir, "dir", "", "where to write the report (default DATASET/report), replaced when the new report is complete")
	fs.IntVar(&opts.PageSize, "page-size", report.DefaultPageSize, "documents per page of the document index")
	fs.IntVar(&opts.Workers, "workers", 2, "files of documents written at once, at least 1 (the report does not depend on it)")
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	header := "Usage: newsclaims report [flags]\n\nWrites an HTML overview of the dataset and a view of each document; open\nDATASET/report/index.html in a browser (no network access needed).\n\nFlags:\n"
	if code, ok := parseFlags(fs, header, stderr, func() error { return fs.Parse(args) }); !ok {
		return code
	}
	if opts.Workers < 1 {
		fmt.Fprintf(stderr, "newsclaims report: --workers %d: want at least 1\n", opts.Workers)
		return 2
	}
	if opts.PageSize < 1 {
		fmt.Fprintf(stderr, "newsclaims report: --page-size %d: want at least 1\n", opts.PageSize)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newsclaims report: unexpected argument %q (the dataset is given with --out)\n", fs.Arg(0))
		return 2
	}
	if _, err := os.Stat(*out); err != nil {
		// The report reads the tables, of this layout or the single-file
		// one, and says which it lacks; a missing directory is said here.
		fmt.Fprintf(stderr, "newsclaims report: --out %s: no such dataset directory\n", *out)
		return 1
	}
	defer collectFrom(reportHeapFloor)()
	sum, err := report.Write(ctx, *out, opts)
	if err != nil {
		fmt.Fprintf(stderr, "newsclaims report: %v\n", err)
		return 1
	}
	if !*quiet {
		fmt.Fprintf(stderr, "newsclaims: wrote the report of %d documents to %s/index.html\n", sum.Documents, sum.Dir)
	}
	return 0
}

// reportHeapFloor is the heap below which the report command does not
// collect garbage: the report of a few hundred documents allocates less
// than that in all, and collecting it as the default pacing does (from a
// 4 MB heap on) was a quarter of the CPU the report of the seeds takes.
const reportHeapFloor = 64 << 20

// collectFrom turns the collector off until the heap reaches floor bytes,
// or the memory limit if lower, and then back to the pacing it had, so that
// a large report's heap stays as it was. It returns the function that
// restores that pacing at once.
func collectFrom(floor int64) (restore func()) {
	limit := debug.SetMemoryLimit(-1)
	percent := debug.SetGCPercent(-1)
	debug.SetMemoryLimit(min(floor, limit))
	var once sync.Once
	restore = func() {
		once.Do(func() {
			debug.SetGCPercent(percent)
			debug.SetMemoryLimit(limit)
		})
	}
	// With the collector off, the memory limit triggers the first
	// collection; the finalizer of an object nothing refers to runs
	// after it.
	sentinel := &struct{ _ [64]byte }{}
	runtime.SetFinalizer(sentinel, func(*struct{ _ [64]byte }) { restore() })
	return restore
}
