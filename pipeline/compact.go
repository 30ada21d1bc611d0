package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// Compact merges the partitions of every table of the dataset in dir into
// one, for readers that prefer few files: the rows, in the same order, in
// one file per table and format, in the partition directory of the first
// batch. The manifest keeps every run the partition holds. Like an append,
// it stages the new version beside the dataset and swaps it in whole. A
// dataset of one partition is left as it is.
func Compact(ctx context.Context, dir string) (Manifest, error) {
	out, err := filepath.Abs(dir)
	if err != nil {
		return Manifest{}, err
	}
	unlock, err := lockOutput(ctx, out)
	if err != nil {
		return Manifest{}, fmt.Errorf("dataset %s: %w", dir, err)
	}
	defer unlock()
	if _, err := removeStaleScratch(out); err != nil {
		return Manifest{}, fmt.Errorf("dataset %s: removing what a killed run left: %w", dir, err)
	}
	m, err := ReadManifest(out)
	if err != nil {
		return m, err
	}
	if len(m.Partitions) <= 1 {
		return m, nil
	}
	staging, err := makeScratchDir(out, scratchPrefixes(out)[0])
	if err != nil {
		return m, fmt.Errorf("dataset %s: %w", dir, err)
	}
	defer os.RemoveAll(staging)
	if err := os.Chmod(staging, 0o755); err != nil {
		return m, err
	}

	merged := Partition{Batch: m.Partitions[0].Batch, Path: batchDir(m.Partitions[0].Batch)}
	for _, p := range m.Partitions {
		merged.Runs = append(merged.Runs, p.Runs...)
	}
	for _, t := range Tables() {
		if t.Name == entitiesTable.Name || m.table(t.Name) == nil {
			continue
		}
		mt, err := mergeTable(ctx, out, staging, merged.Path, t, m)
		if err != nil {
			return m, fmt.Errorf("dataset %s: table %s: %w", dir, t.Name, err)
		}
		merged.Tables = append(merged.Tables, mt)
	}
	sort.Slice(merged.Tables, func(i, j int) bool { return merged.Tables[i].Name < merged.Tables[j].Name })
	entities := *m.table(entitiesTable.Name)
	for _, f := range append(append([]FileInfo{}, entities.Files...), m.Index...) {
		if err := linkFile(filepath.Join(out, f.Path), filepath.Join(staging, f.Path)); err != nil {
			return m, fmt.Errorf("dataset %s: %w", dir, err)
		}
	}
	m.Partitions = []Partition{merged}
	m.summarize(entities)
	if err := writeManifest(staging, m); err != nil {
		return m, err
	}
	if err := ctx.Err(); err != nil {
		return m, err
	}
	return m, replaceDir(staging, out)
}

// mergeTable writes the rows of every partition of table t, in batch
// order, into one partition of the staging directory. It reads the Parquet
// files when there are, else the Arrow ones (both hold the same rows), and
// writes every format of the dataset.
func mergeTable(ctx context.Context, dir, staging, partition string, t Table, m Manifest) (ManifestTable, error) {
	mem := memory.DefaultAllocator
	read := FormatParquet
	if m.Options.Format == FormatArrow {
		read = FormatArrow
	}
	w, err := newTableWriter(staging, t, partition, m.Options.Format, mem)
	if err != nil {
		return ManifestTable{}, err
	}
	for _, p := range m.Partitions {
		if err := ctx.Err(); err != nil {
			w.abort()
			return ManifestTable{}, err
		}
		err := readRecords(ctx, filepath.Join(dir, tableFile(t.Name, p.Path, read)), mem, func(rec arrow.RecordBatch) error {
			return w.writeRecord(rec)
		})
		if err != nil {
			w.abort()
			return ManifestTable{}, err
		}
	}
	if err := w.close(); err != nil {
		return ManifestTable{}, err
	}
	mt := ManifestTable{Name: t.Name, Rows: w.rows}
	for _, o := range w.closedFiles {
		mt.Files = append(mt.Files, o.info(staging))
	}
	return mt, nil
}

// writeRecord writes a record batch read back from a file of the table, as
// it is, to every format, under the table's own schema (a reader's may
// differ in metadata).
func (w *tableWriter) writeRecord(rec arrow.RecordBatch) error {
	own := array.NewRecordBatch(w.table.Schema, rec.Columns(), rec.NumRows())
	defer own.Release()
	return w.write(own)
}
