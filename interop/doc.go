// Package interop checks that an independent reader, DuckDB, loads every
// table newsclaims writes. It is a module of its own so that the main module
// does not depend on DuckDB's cgo driver.
package interop
