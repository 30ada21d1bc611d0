package pipeline

import (
	"fmt"
	"path"
)

// The dataset directory:
//
//	manifest.json                               partitions, their runs and inputs, every file's sha256
//	<table>/batch=00001/part-0.parquet           every table but entities: one partition per run
//	entities/part-0.parquet                      the whole dataset's entities, rewritten by every run
//	arrow/<table>/batch=00001/part-0.arrow       the same tables as Arrow IPC files (--format arrow or both)
//	arrow/entities/part-0.arrow
//	_index/doc_ids                               every doc_id of the dataset, for an append to skip
//	_index/claims                                the claim linker's keys, for an append to link against
//
// A table is a directory that pandas, polars, pyarrow and DuckDB read as one
// table, with the partition's batch number as a column. The partition key
// is the run's sequence number: deterministic (the same sequence of appends
// gives the same paths and bytes), ordered as the runs were, and short. A
// hash of the inputs would be deterministic too, but would order the
// partitions at random and could not say which run came last. The Arrow
// files live in a tree of their own because a reader of a directory of
// Parquet files takes every file in it for Parquet. Readers skip names that
// start with "_" or ".", so _index is not taken for a table.
const (
	arrowDir = "arrow"
	indexDir = "_index"
	partName = "part-0"
)

// batchDir is the partition directory of batch n.
func batchDir(n int) string { return fmt.Sprintf("batch=%05d", n) }

// tableFile is the slash-separated path, relative to the dataset, of a
// table's file of one format (FormatParquet or FormatArrow) in one
// partition, or in the table's own directory when partition is "".
func tableFile(table, partition, format string) string {
	var parts []string
	if format == FormatArrow {
		parts = append(parts, arrowDir)
	}
	parts = append(parts, table)
	if partition != "" {
		parts = append(parts, partition)
	}
	return path.Join(append(parts, partName+"."+format)...)
}
