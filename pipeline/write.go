package pipeline

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"time"
	"unicode"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// Formats a dataset can be written in.
const (
	FormatParquet = "parquet"
	FormatArrow   = "arrow"
	FormatBoth    = "both"
)

// createdBy is written into every Parquet footer. It is pinned, not taken
// from the library, so that output bytes do not change with a library
// upgrade.
const createdBy = "newsclaims"

const (
	// batchRows is the most rows a record batch (and a Parquet row group:
	// pqarrow starts one per Write) holds. Every table holds one batch in
	// memory, and whatever is pending when the last document is written is
	// encoded after it, on the run's critical path: 8k rows keep both
	// small (32k rows cost 40 MB more peak RSS on the Brown corpus and twice
	// the closing time) at 1.4% larger Parquet files.
	batchRows = 8 * 1024
	// batchBytes caps the string bytes of a batch, for tables of long texts
	// (the documents table holds every article's text).
	batchBytes = 2 << 20
	// fileBuffer is the write buffer of each output file.
	fileBuffer = 256 << 10
)

// tableWriter streams the rows of one table into its Parquet and Arrow IPC
// files, one record batch at a time.
type tableWriter struct {
	table   Table
	mem     memory.Allocator
	builder *array.RecordBuilder
	rowType reflect.Type     // of table.Row
	columns []columnAppender // one per field of the row struct
	pending int              // rows in builder
	bytes   int              // string bytes in builder
	rows    int64

	files       []*outFile
	closedFiles []*outFile
	pq          *pqarrow.FileWriter
	arrow       *ipc.FileWriter
}

// outFile is one file being written: buffered, with its sha256 computed as
// it is written. The buffer hides the file's Close from the format writers,
// which would otherwise close it before it is synced.
type outFile struct {
	path string
	f    *os.File
	buf  *bufio.Writer
	hash hashWriter
	// syncs, when set, syncs and closes the file once it is written;
	// else close does.
	syncs *syncGroup
}

type hashWriter struct {
	h interface {
		io.Writer
		Sum([]byte) []byte
	}
	n int64
}

func (h *hashWriter) Write(p []byte) (int, error) {
	h.n += int64(len(p))
	return h.h.Write(p)
}

func createOut(path string) (*outFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	o := &outFile{path: path, f: f, hash: hashWriter{h: sha256.New()}}
	o.buf = bufio.NewWriterSize(io.MultiWriter(f, &o.hash), fileBuffer)
	return o, nil
}

// close writes what is buffered, then syncs and closes the file, or hands
// it to its syncGroup to do so.
func (o *outFile) close() error {
	err := o.buf.Flush()
	if err == nil && o.syncs != nil {
		o.syncs.add(o)
		return nil
	}
	if err == nil {
		err = o.f.Sync()
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// FileInfo describes one written file in the manifest.
type FileInfo struct {
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

func (o *outFile) info(dir string) FileInfo {
	rel, _ := filepath.Rel(dir, o.path)
	return FileInfo{Path: filepath.ToSlash(rel), Bytes: o.hash.n, SHA256: hex.EncodeToString(o.hash.h.Sum(nil))}
}

// newTableWriter opens the files of table t in the dataset directory dir:
// in the partition directory partition (batch=00001), or directly in the
// table's directory when partition is "".
func newTableWriter(dir string, t Table, partition, format string, mem memory.Allocator) (w *tableWriter, err error) {
	if err := checkRowStruct(t); err != nil {
		return nil, err
	}
	t.Schema = withPandasMetadata(t.Schema)
	w = &tableWriter{table: t, mem: mem, builder: array.NewRecordBuilder(mem, t.Schema), rowType: reflect.TypeOf(t.Row)}
	w.columns = newColumnAppenders(t, w.builder)
	defer func() {
		if err != nil {
			w.abort()
		}
	}()
	if format == FormatParquet || format == FormatBoth {
		o, err := createOut(filepath.Join(dir, tableFile(t.Name, partition, FormatParquet)))
		if err != nil {
			return nil, err
		}
		w.files = append(w.files, o)
		opts := []parquet.WriterProperty{
			parquet.WithCreatedBy(createdBy),
			parquet.WithCompression(compress.Codecs.Zstd),
			parquet.WithCompressionLevel(1),
			parquet.WithDictionaryDefault(false),
			parquet.WithAllocator(mem),
		}
		for _, col := range t.Categorical {
			opts = append(opts, parquet.WithDictionaryFor(col, true))
		}
		for _, col := range t.WholeTexts {
			opts = append(opts, parquet.WithStatsFor(col, false))
		}
		props := parquet.NewWriterProperties(opts...)
		w.pq, err = pqarrow.NewFileWriter(t.Schema, o.buf, props,
			pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(mem)))
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.Name, err)
		}
	}
	if format == FormatArrow || format == FormatBoth {
		o, err := createOut(filepath.Join(dir, tableFile(t.Name, partition, FormatArrow)))
		if err != nil {
			return nil, err
		}
		w.files = append(w.files, o)
		w.arrow, err = ipc.NewFileWriter(o.buf, ipc.WithSchema(t.Schema), ipc.WithAllocator(mem))
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.Name, err)
		}
	}
	return w, nil
}

// appendRows adds rows to a table writer, writing a record batch whenever
// one is full. R must be the table's row struct.
func appendRows[R any](w *tableWriter, rows []R) error {
	if len(rows) == 0 {
		return nil
	}
	if rt := reflect.TypeFor[R](); rt != w.rowType {
		panic(fmt.Sprintf("table %s: rows of %v, not %v", w.table.Name, rt, w.rowType))
	}
	for i := range rows {
		row := unsafe.Pointer(&rows[i])
		for c := range w.columns {
			w.bytes += w.columns[c].append(row)
		}
		w.pending++
		if w.pending >= batchRows || w.bytes >= batchBytes {
			if err := w.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

// columnAppender appends one field of a row struct to its column's builder.
//
// The writer goroutine appends every row of every table, in order, while
// the workers process the next documents; with two workers it competes
// with them for the cores. Appending through reflect.Value cost a quarter
// of its table time, so each field is read at its offset in the row
// instead. checkRowStruct has made sure, once per table, that the field's
// Go type is the one the kind below reads.
type columnAppender struct {
	offset uintptr
	kind   fieldKind
	// nullable: "" (for strings) and nil (for lists) are written as null
	nullable bool
	str      *array.StringBuilder // kindString, kindDate, kindStringList: the values
	i32      *array.Int32Builder  // kindInt32, kindInt32Ptr, kindInt32List: the values
	f64      *array.Float64Builder
	boolean  *array.BooleanBuilder
	date     *array.Date32Builder
	list     *array.ListBuilder
}

// fieldKind is the Go type of a row struct field, as written.
type fieldKind uint8

const (
	kindString     fieldKind = iota // string
	kindDate                        // string holding an ISO date
	kindInt32                       // int32
	kindInt32Ptr                    // *int32, nil written as null
	kindFloat64                     // float64
	kindFloat64Ptr                  // *float64, nil written as null
	kindBool                        // bool
	kindStringList                  // []string
	kindInt32List                   // []int32
)

// newColumnAppenders compiles the appenders of a table's row struct.
func newColumnAppenders(t Table, b *array.RecordBuilder) []columnAppender {
	rt := reflect.TypeOf(t.Row)
	cols := make([]columnAppender, rt.NumField())
	for i := range cols {
		f, col := rt.Field(i), t.Schema.Field(i)
		c := columnAppender{offset: f.Offset, nullable: col.Nullable}
		switch bb := b.Field(i).(type) {
		case *array.StringBuilder:
			c.kind, c.str = kindString, bb
		case *array.Date32Builder:
			c.kind, c.date = kindDate, bb
		case *array.Int32Builder:
			c.kind, c.i32 = kindInt32, bb
			if f.Type.Kind() == reflect.Pointer {
				c.kind = kindInt32Ptr
			}
		case *array.Float64Builder:
			c.kind, c.f64 = kindFloat64, bb
			if f.Type.Kind() == reflect.Pointer {
				c.kind = kindFloat64Ptr
			}
		case *array.BooleanBuilder:
			c.kind, c.boolean = kindBool, bb
		case *array.ListBuilder:
			c.list = bb
			switch vb := bb.ValueBuilder().(type) {
			case *array.StringBuilder:
				c.kind, c.str = kindStringList, vb
			case *array.Int32Builder:
				c.kind, c.i32 = kindInt32List, vb
			default:
				panic(fmt.Sprintf("table %s: no appender for lists of %T", t.Name, vb))
			}
		default:
			panic(fmt.Sprintf("table %s: no appender for %T", t.Name, bb))
		}
		cols[i] = c
	}
	return cols
}

// append appends the field of the row at row and returns the string bytes
// it added.
func (c *columnAppender) append(row unsafe.Pointer) int {
	p := unsafe.Add(row, c.offset)
	switch c.kind {
	case kindString:
		s := *(*string)(p)
		if s == "" && c.nullable {
			c.str.AppendNull()
			return 0
		}
		c.str.Append(s)
		return len(s)
	case kindDate:
		if d, ok := isoDate32(*(*string)(p)); ok {
			c.date.Append(d)
		} else {
			c.date.AppendNull()
		}
	case kindInt32:
		c.i32.Append(*(*int32)(p))
	case kindInt32Ptr:
		if v := *(**int32)(p); v != nil {
			c.i32.Append(*v)
		} else {
			c.i32.AppendNull()
		}
	case kindFloat64:
		c.f64.Append(*(*float64)(p))
	case kindFloat64Ptr:
		if v := *(**float64)(p); v != nil {
			c.f64.Append(*v)
		} else {
			c.f64.AppendNull()
		}
	case kindBool:
		c.boolean.Append(*(*bool)(p))
	case kindStringList:
		v := *(*[]string)(p)
		if v == nil && c.nullable {
			c.list.AppendNull()
			return 0
		}
		c.list.Append(true)
		n := 0
		for _, s := range v {
			c.str.Append(s)
			n += len(s)
		}
		return n
	case kindInt32List:
		v := *(*[]int32)(p)
		if v == nil && c.nullable {
			c.list.AppendNull()
			return 0
		}
		c.list.Append(true)
		c.i32.AppendValues(v, nil)
	}
	return 0
}

// isoDate32 reads a YYYY-MM-DD date as days since 1970-01-01; ok is false
// for anything time.Parse(time.DateOnly, s) would reject. (time.Parse was a
// quarter of the appending time of tables with dates.)
func isoDate32(s string) (d arrow.Date32, ok bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	day, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || day < 1 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // past the end of the month
		return 0, false
	}
	return arrow.Date32FromTime(t), true
}

// flush writes the pending rows as one record batch to every format.
func (w *tableWriter) flush() error {
	if w.pending == 0 {
		return nil
	}
	full := w.pending >= batchRows || w.bytes >= batchBytes
	rec := w.builder.NewRecordBatch()
	defer rec.Release()
	if full {
		// The next batch will most likely fill up the same way: size its
		// buffers once instead of doubling them from empty.
		w.reserveLike(rec)
	}
	w.pending, w.bytes = 0, 0
	return w.write(rec)
}

// write writes one record batch to every format.
func (w *tableWriter) write(rec arrow.RecordBatch) error {
	w.rows += rec.NumRows()
	if w.pq != nil {
		if err := w.pq.Write(rec); err != nil {
			return fmt.Errorf("writing %s.parquet: %w", w.table.Name, err)
		}
	}
	if w.arrow != nil {
		if err := w.arrow.Write(rec); err != nil {
			return fmt.Errorf("writing %s.arrow: %w", w.table.Name, err)
		}
	}
	return nil
}

// reserveLike sizes the builder's buffers for a batch like rec: as many
// rows, and as many string bytes in each string column.
func (w *tableWriter) reserveLike(rec arrow.RecordBatch) {
	w.builder.Reserve(int(rec.NumRows()))
	for i, col := range rec.Columns() {
		if s, ok := col.(*array.String); ok {
			if b, ok := w.builder.Field(i).(*array.StringBuilder); ok {
				if offs := s.ValueOffsets(); len(offs) > 1 {
					b.ReserveData(int(offs[len(offs)-1] - offs[0]))
				}
			}
		}
	}
}

// close writes what is pending and the files' footers, and syncs them.
func (w *tableWriter) close() error {
	err := w.flush()
	if w.pq != nil {
		if cerr := w.pq.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("closing %s.parquet: %w", w.table.Name, cerr)
		}
		w.pq = nil
	}
	if w.arrow != nil {
		if cerr := w.arrow.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("closing %s.arrow: %w", w.table.Name, cerr)
		}
		w.arrow = nil
	}
	for _, o := range w.files {
		if cerr := o.close(); err == nil {
			err = cerr
		}
	}
	w.closedFiles, w.files = w.files, nil
	w.builder.Release()
	return err
}

// abort releases what the writer holds; its files are left for the caller
// to remove with the staging directory.
func (w *tableWriter) abort() {
	for _, o := range w.files {
		o.f.Close()
	}
	w.files = nil
	w.builder.Release()
}

// checkRowStruct reports whether the row struct of t has one field per
// column, in order, of a Go type that can be written to that column.
func checkRowStruct(t Table) error {
	rt := reflect.TypeOf(t.Row)
	if rt.Kind() != reflect.Struct || rt.NumField() != t.Schema.NumFields() {
		return fmt.Errorf("table %s: row struct %v has %d fields, schema has %d columns", t.Name, rt, rt.NumField(), t.Schema.NumFields())
	}
	for i := 0; i < rt.NumField(); i++ {
		f, col := rt.Field(i), t.Schema.Field(i)
		if !goTypeFits(f.Type, col.Type, col.Nullable) {
			return fmt.Errorf("table %s: field %s (%v) cannot be written to column %s (%v, nullable=%v)",
				t.Name, f.Name, f.Type, col.Name, col.Type, col.Nullable)
		}
		if want := snakeCase(f.Name); want != col.Name {
			return fmt.Errorf("table %s: field %s is named for column %s, schema has %s", t.Name, f.Name, want, col.Name)
		}
	}
	return nil
}

func goTypeFits(gt reflect.Type, at arrow.DataType, nullable bool) bool {
	ptr := gt.Kind() == reflect.Pointer
	if ptr {
		if !nullable {
			return false
		}
		gt = gt.Elem()
	}
	switch at.ID() {
	case arrow.STRING, arrow.DATE32:
		return gt.Kind() == reflect.String && !ptr
	case arrow.INT32:
		return gt.Kind() == reflect.Int32
	case arrow.FLOAT64:
		return gt.Kind() == reflect.Float64
	case arrow.BOOL:
		return gt.Kind() == reflect.Bool && !ptr
	case arrow.LIST:
		return gt.Kind() == reflect.Slice && !ptr &&
			goTypeFits(gt.Elem(), at.(*arrow.ListType).Elem(), false)
	}
	return false
}

// snakeCase turns a Go field name into its column name: DocID → doc_id,
// NSentences → n_sentences, QuantityIDs → quantity_ids, DocIDA → doc_id_a.
func snakeCase(name string) string {
	name = initialisms.Replace(name)
	var out []rune
	runes := []rune(name)
	for i, r := range runes {
		if unicode.IsUpper(r) && i > 0 {
			prev := runes[i-1]
			nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || nextLower {
				out = append(out, '_')
			}
		}
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}

var initialisms = strings.NewReplacer("IDs", "Ids", "ID", "Id", "POS", "Pos", "URL", "Url")
