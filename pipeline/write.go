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
	pending int // rows in builder
	bytes   int // string bytes in builder
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
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	o := &outFile{path: path, f: f, hash: hashWriter{h: sha256.New()}}
	o.buf = bufio.NewWriterSize(io.MultiWriter(f, &o.hash), fileBuffer)
	return o, nil
}

func (o *outFile) close() error {
	err := o.buf.Flush()
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
	return FileInfo{Path: rel, Bytes: o.hash.n, SHA256: hex.EncodeToString(o.hash.h.Sum(nil))}
}

func newTableWriter(dir string, t Table, format string, mem memory.Allocator) (w *tableWriter, err error) {
	if err := checkRowStruct(t); err != nil {
		return nil, err
	}
	w = &tableWriter{table: t, mem: mem, builder: array.NewRecordBuilder(mem, t.Schema)}
	defer func() {
		if err != nil {
			w.abort()
		}
	}()
	if format == FormatParquet || format == FormatBoth {
		o, err := createOut(filepath.Join(dir, t.Name+".parquet"))
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
		props := parquet.NewWriterProperties(opts...)
		w.pq, err = pqarrow.NewFileWriter(t.Schema, o.buf, props,
			pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(mem)))
		if err != nil {
			return nil, fmt.Errorf("table %s: %w", t.Name, err)
		}
	}
	if format == FormatArrow || format == FormatBoth {
		o, err := createOut(filepath.Join(dir, t.Name+".arrow"))
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
// one is full.
func appendRows[R any](w *tableWriter, rows []R) error {
	for i := range rows {
		v := reflect.ValueOf(&rows[i]).Elem()
		for f := 0; f < v.NumField(); f++ {
			w.bytes += appendValue(w.builder.Field(f), v.Field(f), w.table.Schema.Field(f).Nullable)
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

// appendValue appends one Go value to its column builder and returns the
// string bytes it added. The kinds handled are those checkRowStruct allows.
func appendValue(b array.Builder, v reflect.Value, nullable bool) int {
	switch b := b.(type) {
	case *array.StringBuilder:
		s := v.String()
		if s == "" && nullable {
			b.AppendNull()
			return 0
		}
		b.Append(s)
		return len(s)
	case *array.Int32Builder:
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				b.AppendNull()
				return 0
			}
			v = v.Elem()
		}
		b.Append(int32(v.Int()))
	case *array.Float64Builder:
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				b.AppendNull()
				return 0
			}
			v = v.Elem()
		}
		b.Append(v.Float())
	case *array.BooleanBuilder:
		b.Append(v.Bool())
	case *array.Date32Builder:
		s := v.String()
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			b.AppendNull()
			return 0
		}
		b.Append(arrow.Date32FromTime(t))
	case *array.ListBuilder:
		if v.IsNil() && nullable {
			b.AppendNull()
			return 0
		}
		b.Append(true)
		n := 0
		for i := 0; i < v.Len(); i++ {
			n += appendValue(b.ValueBuilder(), v.Index(i), false)
		}
		return n
	default:
		panic(fmt.Sprintf("no appender for %T", b))
	}
	return 0
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
	w.rows += int64(w.pending)
	w.pending, w.bytes = 0, 0
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
