package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// defaultMemoryLimit is the Go heap's soft limit unless GOMEMLIMIT says
// otherwise. The live heap of a run is small (models, a batch per table, the
// entity catalog and the claim linker: under 100 MB on 60 MB of text), but
// with the collector's default pacing the process grows to twice that and
// more between collections; the limit makes it collect sooner instead, for a
// few percent of CPU, so that a nightly job stays within a small machine.
const defaultMemoryLimit = 256 << 20

// version is set at build time with -ldflags "-X main.version=...".
var version = "devel"

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	ctx, stop := interruptible(context.Background(), os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// interruptible returns a context cancelled by the first SIGINT or SIGTERM,
// which lets the run stop cleanly (no half dataset, the previous one kept,
// temporary folders removed). A second signal exits at once; the next run
// removes what this one leaves.
func interruptible(parent context.Context, stderr io.Writer) (context.Context, func()) {
	ctx, cancel := context.WithCancel(parent)
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-signals:
		case <-done:
			return
		}
		fmt.Fprintln(stderr, "newsclaims: interrupting; press Ctrl-C again to stop at once")
		cancel()
		select {
		case <-signals:
			fmt.Fprintln(stderr, "newsclaims: stopped; previous dataset kept")
			os.Exit(exitInterrupted)
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(signals)
		close(done)
		cancel()
	}
}
