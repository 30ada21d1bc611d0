// Command newsclaims turns news articles into a dataset of entities,
// quantities, quotes and claims, written as Parquet and Arrow tables.
//
//	newsclaims build [flags] INPUT...   build the dataset, or add to it with --append
//	newsclaims compact [--out DATASET]  merge the partitions of every table into one
//	newsclaims report [--out DATASET]   write DATASET/report: an HTML overview and document viewer
//	newsclaims schema                   print every table's columns and types
//	newsclaims version                  print the version
//
// main.go sets the memory limit and the signals; cli.go reads the command
// and its flags (parseFlags) and hands them on:
//
//	os.Args ──► run (cli.go) ─┬─► build: flags ──► pipeline.Config ──► pipeline.Run ──► DATASET
//	                          ├─► compact: pipeline.Compact(DATASET)
//	                          ├─► report (report.go): report.Write ──► DATASET/report
//	                          └─► schema, version: stdout
//
// Exit codes: 0 done (documents that failed are rows of DATASET/errors,
// counted on stderr); 1 nothing written, with a line naming the input, the
// output or the dataset; 2 a bad command, flag or flag value, with a line
// naming the command and the flag; 130 interrupted, the previous dataset
// kept.
package main
