// Package interop checks that an independent reader, DuckDB, loads every
// table newsclaims writes. It is a module of its own so that the main module
// does not depend on DuckDB's cgo driver. Its python/ folder (run by `make
// test`) checks the same dataset from pandas, polars, DuckDB's Python package
// and examples/explore.ipynb.
package interop
