// Package interop checks the dataset newsclaims writes from outside the
// main module, as its users read it. It is a module of its own so that the
// main module does not depend on DuckDB's cgo driver.
//
//	make test ─┬─► interop (this module, go test)
//	           │     duckdb_test.go   DuckDB loads every table; row counts as the manifest says;
//	           │                      offsets are code points, as docs/SCHEMA.md says
//	           │     readme_test.go   every SQL statement of README.md runs and returns rows
//	           │     kill_test.go     an append killed anywhere leaves the dataset before or after it
//	           │     report_test.go   the report in headless Chromium: no error, no request
//	           │                      beyond its files, its figures as DuckDB computes them
//	           └─► python/run ──► build/venv (requirements.txt, pinned) ──► pytest:
//	                 pandas, polars, pyarrow and DuckDB's Python package read every table with
//	                 SCHEMA.md's types, the README's snippets, examples/explore.ipynb
//
// The tests build their datasets, of the seed articles mostly, in temporary
// folders, with the newsclaims of this checkout.
package interop
