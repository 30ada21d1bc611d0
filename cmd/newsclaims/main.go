// Command newsclaims turns news articles into a dataset of entities,
// quantities, quotes and claims, written as Parquet and Arrow tables.
//
//	newsclaims build [flags] INPUT...   build the dataset
//	newsclaims schema                   print every table's columns and types
//	newsclaims version                  print the version
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "devel"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
