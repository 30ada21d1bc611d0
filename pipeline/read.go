package pipeline

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// readRecords calls fn with every record batch of one table file, Parquet
// or Arrow IPC by its extension, in order. The batch is released when fn
// returns.
func readRecords(ctx context.Context, path string, mem memory.Allocator, fn func(arrow.RecordBatch) error) error {
	if strings.HasSuffix(path, "."+FormatArrow) {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r, err := ipc.NewFileReader(f, ipc.WithAllocator(mem))
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		defer r.Close()
		for i := 0; i < r.NumRecords(); i++ {
			rec, err := r.RecordBatch(i)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			if err := fn(rec); err != nil {
				return err
			}
		}
		return nil
	}
	pf, err := file.OpenParquetFile(path, false)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer pf.Close()
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: batchRows}, mem)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	rr, err := fr.GetRecordReader(ctx, nil, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer rr.Release()
	for rr.Next() {
		if err := fn(rr.RecordBatch()); err != nil {
			return err
		}
	}
	if err := rr.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// entityRows reads the rows of a record batch of the entities table.
func entityRows(rec arrow.RecordBatch) ([]EntityRow, error) {
	col := func(name string) arrow.Array {
		if idx := rec.Schema().FieldIndices(name); len(idx) == 1 {
			return rec.Column(idx[0])
		}
		return nil
	}
	ids, okID := col("entity_id").(*array.String)
	names, okName := col("name").(*array.String)
	labels, okLabel := col("label").(*array.String)
	aliases, okAliases := col("aliases").(*array.List)
	mentions, okMentions := col("n_mentions").(*array.Int32)
	docs, okDocs := col("n_docs").(*array.Int32)
	first, okFirst := col("first_seen").(*array.Date32)
	last, okLast := col("last_seen").(*array.Date32)
	kbIDs, okKB := col("kb_id").(*array.String)
	if !okID || !okName || !okLabel || !okAliases || !okMentions || !okDocs || !okFirst || !okLast || !okKB {
		return nil, fmt.Errorf("entities table: columns %v are not those of this version", rec.Schema())
	}
	aliasValues, ok := aliases.ListValues().(*array.String)
	if !ok {
		return nil, fmt.Errorf("entities table: aliases are not a list of strings")
	}
	day := func(a *array.Date32, i int) string {
		if a.IsNull(i) {
			return ""
		}
		return a.Value(i).ToTime().Format("2006-01-02")
	}
	rows := make([]EntityRow, rec.NumRows())
	for i := range rows {
		r := EntityRow{EntityID: strings.Clone(ids.Value(i)), Name: strings.Clone(names.Value(i)),
			Label: strings.Clone(labels.Value(i)), NMentions: mentions.Value(i), NDocs: docs.Value(i),
			FirstSeen: day(first, i), LastSeen: day(last, i)}
		if kbIDs.IsValid(i) {
			r.KBID = strings.Clone(kbIDs.Value(i))
		}
		start, end := aliases.ValueOffsets(i)
		for j := start; j < end; j++ {
			r.Aliases = append(r.Aliases, strings.Clone(aliasValues.Value(int(j))))
		}
		rows[i] = r
	}
	return rows, nil
}
