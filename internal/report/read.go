package report

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/newsclaims/newsclaims/pipeline"
)

// readBatchRows is how many rows a Parquet reader decodes at a time: the
// report holds one batch per open file, whatever the size of the dataset.
const readBatchRows = 1024

// tableFiles lists the Parquet files of one table in either dataset layout:
// the file <dir>/<table>.parquet, or every *.parquet below the directory
// <dir>/<table>/ (a Hive-partitioned table such as
// mentions/batch=00001/part-0.parquet), in sorted order. A table that is
// absent gives no files and no error.
func tableFiles(dir, table string) ([]string, error) {
	single := filepath.Join(dir, table+".parquet")
	if st, err := os.Stat(single); err == nil && st.Mode().IsRegular() {
		return []string{single}, nil
	}
	root := filepath.Join(dir, table)
	st, err := os.Stat(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, nil
	}
	var files []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && strings.HasSuffix(d.Name(), ".parquet") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// parquetRows returns the number of rows of a table from the files' footers,
// without decoding any data.
func parquetRows(files []string) (int64, error) {
	var n int64
	for _, path := range files {
		pf, err := file.OpenParquetFile(path, false)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", path, err)
		}
		n += pf.NumRows()
		pf.Close()
	}
	return n, nil
}

// tables are pipeline's output tables by name.
var tables = func() map[string]pipeline.Table {
	m := map[string]pipeline.Table{}
	for _, t := range pipeline.Tables() {
		m[t.Name] = t
	}
	return m
}()

// tableByName returns the declaration of one output table.
func tableByName(name string) pipeline.Table {
	t, ok := tables[name]
	if !ok {
		panic("report: no table " + name)
	}
	return t
}

// stream reads the rows of one table, decoded into its row struct T (one
// of pipeline's row types), in doc_id order: each file is sorted by doc_id,
// and the files of a partitioned table are merged.
type stream[T any] struct {
	table   string
	cursors []*cursor[T]
	size    TableCount // rows and files, from the files' footers
}

// openStream opens every file of a table, to read the given columns, or
// all of them if none is given. A table without files is an empty stream.
// The table's size is added to sizes unless it is nil.
func openStream[T any](ctx context.Context, dir, table string, sizes *tableSizes, columns ...string) (*stream[T], error) {
	files, err := tableFiles(dir, table)
	if err != nil {
		return nil, fmt.Errorf("table %s: %w", table, err)
	}
	s := &stream[T]{table: table, size: TableCount{Name: table, Files: len(files)}}
	for _, path := range files {
		c, err := openCursor[T](ctx, dir, tableByName(table), path, columns)
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("table %s: %w", table, err)
		}
		s.size.Rows += c.rows
		if c.ok {
			s.cursors = append(s.cursors, c)
		} else {
			c.Close()
		}
	}
	if len(files) > 0 {
		sizes.add(s.size)
	}
	return s, nil
}

// tableSizes collects the size of each table as its files are opened, by
// goroutines reading different tables at once.
type tableSizes struct {
	mu    sync.Mutex
	sizes map[string]TableCount
}

func (ts *tableSizes) add(c TableCount) {
	if ts == nil {
		return
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.sizes == nil {
		ts.sizes = map[string]TableCount{}
	}
	ts.sizes[c.Name] = c
}

// count sizes a table from its files' footers.
func (ts *tableSizes) count(dir, table string) error {
	files, err := tableFiles(dir, table)
	if err != nil {
		return fmt.Errorf("table %s: %w", table, err)
	}
	if len(files) == 0 {
		return nil
	}
	n, err := parquetRows(files)
	if err != nil {
		return fmt.Errorf("table %s: %w", table, err)
	}
	ts.add(TableCount{Name: table, Rows: n, Files: len(files)})
	return nil
}

// list returns the sizes of the tables present, in `newsclaims schema`
// order, counting those not sized yet.
func (ts *tableSizes) list(dir string) ([]TableCount, error) {
	var out []TableCount
	for _, t := range pipeline.Tables() {
		ts.mu.Lock()
		c, ok := ts.sizes[t.Name]
		ts.mu.Unlock()
		if !ok {
			if err := ts.count(dir, t.Name); err != nil {
				return nil, err
			}
			ts.mu.Lock()
			c, ok = ts.sizes[t.Name]
			ts.mu.Unlock()
		}
		if ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// head returns the cursor whose next row has the smallest doc_id, or nil at
// the end of the table.
func (s *stream[T]) head() *cursor[T] {
	var best *cursor[T]
	for _, c := range s.cursors {
		if c.ok && (best == nil || c.docID < best.docID) {
			best = c
		}
	}
	return best
}

// next returns the next row, or false at the end of the table.
func (s *stream[T]) next() (T, bool, error) {
	c := s.head()
	if c == nil {
		var zero T
		return zero, false, nil
	}
	row := c.row
	return row, true, c.advance()
}

// rowsOf returns the rows of document docID, skipping rows of documents
// ordered before it (rows of a document missing from the documents table).
func (s *stream[T]) rowsOf(docID string, rows []T) ([]T, error) {
	rows = rows[:0]
	for {
		c := s.head()
		if c == nil || c.docID > docID {
			return rows, nil
		}
		if c.docID == docID {
			rows = append(rows, c.row)
		}
		if err := c.advance(); err != nil {
			return rows, err
		}
	}
}

// Close releases every file of the stream.
func (s *stream[T]) Close() {
	for _, c := range s.cursors {
		c.Close()
	}
	s.cursors = nil
}

// each calls fn for every row of a table, in file order, adding the
// table's size to sizes unless it is nil. Only the given columns are read,
// or all if none is given; the others are left zero.
func each[T any](ctx context.Context, dir, table string, sizes *tableSizes, fn func(T), columns ...string) error {
	s, err := openStream[T](ctx, dir, table, sizes, columns...)
	if err != nil {
		return err
	}
	defer s.Close()
	for _, c := range s.cursors {
		for c.ok {
			fn(c.row)
			if err := c.advance(); err != nil {
				return fmt.Errorf("table %s: %w", table, err)
			}
		}
	}
	return nil
}

// cursor walks the rows of one Parquet file, or of its Arrow copy.
type cursor[T any] struct {
	path   string
	table  pipeline.Table
	rows   int64 // in the file, from its footer
	pf     *file.Reader
	rr     batchReader
	read   int64 // rows read
	rec    arrow.RecordBatch
	setter []cellSetter // one per column of rec
	docCol int          // index of doc_id in rec, or -1
	i      int          // next row of rec

	ok    bool   // row holds a row
	row   T      // the current row
	docID string // its doc_id
}

// batchReader is where a cursor's record batches come from: a Parquet
// file through pqarrow, or an Arrow IPC file (ipcBatches).
type batchReader interface {
	Schema() *arrow.Schema
	Next() bool
	RecordBatch() arrow.RecordBatch // valid until the next call of Next
	Err() error
	Release()
}

// openCursor opens one Parquet file of a table, to read the given columns
// or all of them, from its Arrow copy when the dataset has a small one
// (arrowCopy).
func openCursor[T any](ctx context.Context, dir string, table pipeline.Table, path string, columns []string) (*cursor[T], error) {
	pf, err := file.OpenParquetFile(path, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c := &cursor[T]{path: path, table: table, rows: pf.NumRows(), pf: pf, docCol: -1}
	if reflect.TypeOf(c.row) != reflect.TypeOf(table.Row) {
		c.Close()
		return nil, fmt.Errorf("%s: rows of %s are %T, not %T", path, table.Name, table.Row, c.row)
	}
	if arrowPath, ok := arrowCopy(dir, path); ok {
		pf.Close()
		c.pf, c.path = nil, arrowPath
		if c.rr, err = openIPCBatches(arrowPath); err != nil {
			return nil, fmt.Errorf("%s: %w", arrowPath, err)
		}
	} else {
		fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: readBatchRows}, memory.DefaultAllocator)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rr, err := fr.GetRecordReader(ctx, leafColumns(pf, columns), nil)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		c.rr = rr
	}
	if err := c.setters(c.rr.Schema()); err != nil {
		c.Close()
		return nil, err
	}
	return c, c.advance()
}

// maxArrowCopy is the largest Arrow copy of a Parquet file that the report
// reads instead of it.
const maxArrowCopy = 4 << 20

// arrowCopy returns the Arrow IPC copy of a Parquet file of the dataset in
// dir (DATASET/arrow/<the same path>.arrow, written by --format both) when
// there is one of at most maxArrowCopy bytes. Reading an IPC file decodes
// nothing: for a small dataset, decoding Parquet was the most of reading
// it (arrow-go spends 0.5 to 1.5 ms setting up and decoding a small
// file's columns). A batch of the copy is read whole, up to the 8k rows a
// batch of the build holds, which is why a large file is read from
// Parquet, 1,024 rows at a time.
func arrowCopy(dir, parquetPath string) (string, bool) {
	rel, err := filepath.Rel(dir, parquetPath)
	if err != nil || !strings.HasSuffix(rel, ".parquet") || strings.HasPrefix(rel, "..") {
		return "", false
	}
	path := filepath.Join(dir, "arrow", strings.TrimSuffix(rel, ".parquet")+".arrow")
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxArrowCopy {
		return "", false
	}
	return path, true
}

// ipcBatches reads the record batches of an Arrow IPC file.
type ipcBatches struct {
	f    *os.File
	r    *ipc.FileReader
	next int // the batch Next reads
	rec  arrow.RecordBatch
	err  error
}

func openIPCBatches(path string) (*ipcBatches, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	r, err := ipc.NewFileReader(f, ipc.WithAllocator(memory.DefaultAllocator))
	if err != nil {
		f.Close()
		return nil, err
	}
	return &ipcBatches{f: f, r: r}, nil
}

func (b *ipcBatches) Schema() *arrow.Schema { return b.r.Schema() }

func (b *ipcBatches) Next() bool {
	if b.err != nil || b.next >= b.r.NumRecords() {
		return false
	}
	b.rec, b.err = b.r.RecordBatch(b.next)
	b.next++
	return b.err == nil
}

func (b *ipcBatches) RecordBatch() arrow.RecordBatch { return b.rec }
func (b *ipcBatches) Err() error                     { return b.err }

func (b *ipcBatches) Release() {
	b.r.Close()
	b.f.Close()
}

// leafColumns returns the indices of the named top-level columns of a
// file, or nil (every column) when columns is empty or one of them is not
// a plain column of the file. Reading only the columns a table's use needs
// skips decoding the others: entities has lists of aliases the overview
// does not show.
func leafColumns(pf *file.Reader, columns []string) []int {
	if len(columns) == 0 {
		return nil
	}
	schema := pf.MetaData().Schema
	out := make([]int, 0, len(columns))
	for _, name := range columns {
		i := schema.ColumnIndexByName(name)
		if i < 0 {
			return nil
		}
		out = append(out, i)
	}
	return out
}

// setters maps each column of the file to a field of T by name, so that a
// file with columns added, dropped or reordered still reads.
func (c *cursor[T]) setters(schema *arrow.Schema) error {
	c.setter = make([]cellSetter, schema.NumFields())
	for j, f := range schema.Fields() {
		idx := c.table.Schema.FieldIndices(f.Name)
		if len(idx) != 1 {
			continue // a column the report does not know, e.g. a partition key
		}
		set, err := setterFor(f.Type, reflect.TypeOf(c.table.Row).Field(idx[0]).Type, idx[0])
		if err != nil {
			return fmt.Errorf("%s: column %s: %w", c.path, f.Name, err)
		}
		c.setter[j] = set
		if f.Name == "doc_id" {
			c.docCol = j
		}
	}
	return nil
}

// advance moves to the next row; ok is false at the end of the file.
func (c *cursor[T]) advance() error {
	prev := c.docID
	for c.rec == nil || c.i >= int(c.rec.NumRows()) {
		if c.rec != nil {
			c.rec.Release()
			c.rec = nil
		}
		if !c.rr.Next() {
			c.ok = false
			if err := c.rr.Err(); err != nil {
				return fmt.Errorf("%s: %w", c.path, err)
			}
			if c.read != c.rows { // an Arrow copy that is not the Parquet file's
				return fmt.Errorf("%s: %d rows, where the Parquet file has %d", c.path, c.read, c.rows)
			}
			return nil
		}
		c.rec = c.rr.RecordBatch()
		c.rec.Retain()
		c.read += c.rec.NumRows()
		c.i = 0
	}
	var row T
	v := reflect.ValueOf(&row).Elem()
	for j, set := range c.setter {
		if set != nil {
			set(c.rec.Column(j), c.i, v)
		}
	}
	c.row, c.ok = row, true
	c.i++
	if c.docCol >= 0 {
		c.docID = v.Field(c.table.Schema.FieldIndices("doc_id")[0]).String()
		if c.docID < prev {
			return fmt.Errorf("%s: rows are not sorted by doc_id (%s after %s)", c.path, c.docID, prev)
		}
	}
	return nil
}

// Close releases the file.
func (c *cursor[T]) Close() {
	if c.rec != nil {
		c.rec.Release()
		c.rec = nil
	}
	if c.rr != nil {
		c.rr.Release()
		c.rr = nil
	}
	if c.pf != nil {
		c.pf.Close()
		c.pf = nil
	}
}

// A cellSetter copies row i of an Arrow column into field of a row struct.
type cellSetter func(col arrow.Array, i int, row reflect.Value)

// setterFor returns the setter from an Arrow column type to a row struct
// field type, following pipeline's conventions: a null string is "", a
// nullable number is a pointer, a date is an ISO string.
func setterFor(dt arrow.DataType, ft reflect.Type, field int) (cellSetter, error) {
	bad := fmt.Errorf("type %s does not fit %s", dt, ft)
	switch ft.Kind() {
	case reflect.String:
		switch dt.ID() {
		case arrow.STRING, arrow.LARGE_STRING, arrow.DICTIONARY:
			return func(col arrow.Array, i int, row reflect.Value) {
				if col.IsValid(i) {
					row.Field(field).SetString(stringAt(col, i))
				}
			}, nil
		case arrow.DATE32:
			return func(col arrow.Array, i int, row reflect.Value) {
				if col.IsValid(i) {
					row.Field(field).SetString(col.(*array.Date32).Value(i).ToTime().Format("2006-01-02"))
				}
			}, nil
		}
	case reflect.Int32:
		if dt.ID() == arrow.INT32 {
			return func(col arrow.Array, i int, row reflect.Value) {
				row.Field(field).SetInt(int64(col.(*array.Int32).Value(i)))
			}, nil
		}
	case reflect.Bool:
		if dt.ID() == arrow.BOOL {
			return func(col arrow.Array, i int, row reflect.Value) {
				row.Field(field).SetBool(col.(*array.Boolean).Value(i))
			}, nil
		}
	case reflect.Pointer:
		switch {
		case ft.Elem().Kind() == reflect.Int32 && dt.ID() == arrow.INT32:
			return func(col arrow.Array, i int, row reflect.Value) {
				if col.IsValid(i) {
					v := col.(*array.Int32).Value(i)
					row.Field(field).Set(reflect.ValueOf(&v))
				}
			}, nil
		case ft.Elem().Kind() == reflect.Float64 && dt.ID() == arrow.FLOAT64:
			return func(col arrow.Array, i int, row reflect.Value) {
				if col.IsValid(i) {
					v := col.(*array.Float64).Value(i)
					row.Field(field).Set(reflect.ValueOf(&v))
				}
			}, nil
		}
	case reflect.Slice:
		if dt.ID() != arrow.LIST {
			return nil, bad
		}
		switch ft.Elem().Kind() {
		case reflect.String:
			return func(col arrow.Array, i int, row reflect.Value) {
				l := col.(*array.List)
				if !l.IsValid(i) {
					return
				}
				start, end := l.ValueOffsets(i)
				vals := l.ListValues()
				out := make([]string, 0, end-start)
				for k := start; k < end; k++ {
					out = append(out, stringAt(vals, int(k)))
				}
				row.Field(field).Set(reflect.ValueOf(out))
			}, nil
		case reflect.Int32:
			return func(col arrow.Array, i int, row reflect.Value) {
				l := col.(*array.List)
				if !l.IsValid(i) {
					return
				}
				start, end := l.ValueOffsets(i)
				vals := l.ListValues().(*array.Int32)
				out := make([]int32, 0, end-start)
				for k := start; k < end; k++ {
					out = append(out, vals.Value(int(k)))
				}
				row.Field(field).Set(reflect.ValueOf(out))
			}, nil
		}
	}
	return nil, bad
}

// stringAt reads a string from a plain or dictionary-encoded column.
func stringAt(col arrow.Array, i int) string {
	switch a := col.(type) {
	case *array.String:
		return a.Value(i)
	case *array.LargeString:
		return a.Value(i)
	case *array.Dictionary:
		return stringAt(a.Dictionary(), a.GetValueIndex(i))
	}
	return col.ValueStr(i)
}
