package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// InputFile is one file read, for the manifest.
type InputFile struct {
	Path      string `json:"path"`
	SHA256    string `json:"sha256"`
	Bytes     int64  `json:"bytes"`
	Documents int    `json:"documents"`
}

// docRef says where to read one document from, once its doc_id is known.
type docRef struct {
	id     string
	source string // path relative to the input root, or path:line
	file   int    // index into scan.files
	// For JSONL documents: the line's offset and length in the readable
	// (decompressed) form of the file, and the line's own id field.
	offset, length int64
	externalID     string
	// warnings found while scanning, for the document's error rows
	warnings []string
}

// scan is what the first pass over the inputs found: every document's id and
// where to read it, sorted by id, and the problems met on the way.
type scan struct {
	files    []InputFile
	readable []string // per file: a path to read documents from (a decompressed copy for .gz)
	jsonl    []bool
	docs     []docRef
	problems []ErrorRow

	ctx         context.Context // nil: never cancelled
	maxDocBytes int64           // 0: DefaultMaxDocBytes
}

// scanInputs reads every input once: it hashes each file for the manifest,
// computes every document's id, and sorts the documents by id, so that the
// dataset's row order depends on the documents alone. Decompressed copies of
// .jsonl.gz files are written into tmpDir so that their lines can be read
// again in id order. It stops with ctx's error when ctx is done.
func scanInputs(ctx context.Context, inputs []string, tmpDir string, maxDocBytes int64) (*scan, error) {
	l, err := listInputs(inputs)
	if err != nil {
		return nil, err
	}
	s := &scan{problems: l.problems, ctx: ctx, maxDocBytes: maxDocBytes}
	for _, in := range l.files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fi := len(s.files)
		s.files = append(s.files, InputFile{Path: in.rel})
		s.jsonl = append(s.jsonl, isJSONL(in.path))
		s.readable = append(s.readable, in.path)
		if err := s.scanFile(fi, in, tmpDir); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			s.problems = append(s.problems, ErrorRow{Source: in.rel, Stage: "read", Severity: SeverityError, Message: err.Error()})
		}
	}
	if len(s.docs) == 0 && len(s.problems) == 0 {
		return nil, fmt.Errorf("input %s: %w", strings.Join(inputs, ", "), ErrNoInputs)
	}
	sort.SliceStable(s.docs, func(i, j int) bool { return s.docs[i].id < s.docs[j].id })
	s.warnReusedIDs()
	return s, nil
}

// warnReusedIDs warns about JSONL lines that give the id of an earlier
// document to a different text: both are kept (doc_id comes from the text),
// but a join on the input's id would mix them up.
func (s *scan) warnReusedIDs() {
	first := map[string]*docRef{}
	for i := range s.docs {
		r := &s.docs[i]
		if r.externalID == "" {
			continue
		}
		f, seen := first[r.externalID]
		switch {
		case !seen:
			first[r.externalID] = r
		case f.id != r.id:
			r.warnings = append(r.warnings, fmt.Sprintf("id %q is also the id of %s, whose text differs; both kept", r.externalID, f.source))
		}
	}
}

func (s *scan) limit() int64 {
	if s.maxDocBytes > 0 {
		return s.maxDocBytes
	}
	return DefaultMaxDocBytes
}

// tooLarge is the error of a document over the size limit.
func (s *scan) tooLarge(size int64) error {
	return fmt.Errorf("document of %d bytes is larger than the limit of %d bytes; not processed (raise it with --max-doc-bytes)", size, s.limit())
}

func (s *scan) scanFile(fi int, in inputFile, tmpDir string) error {
	f, err := os.Open(in.path)
	if err != nil {
		return unwrapPath(err)
	}
	defer f.Close()
	fileHash := sha256.New()
	counted := &countingReader{r: io.TeeReader(f, fileHash)}
	defer func() {
		s.files[fi].SHA256 = hex.EncodeToString(fileHash.Sum(nil))
		s.files[fi].Bytes = counted.n
	}()
	if !s.jsonl[fi] {
		raw, err := io.ReadAll(io.LimitReader(counted, s.limit()+1))
		if err != nil {
			return unwrapPath(err)
		}
		if int64(len(raw)) > s.limit() {
			// hashed to the end for the manifest, never held
			if _, err := io.Copy(io.Discard, counted); err != nil {
				return unwrapPath(err)
			}
			return s.tooLarge(counted.n)
		}
		s.docs = append(s.docs, docRef{id: DocID(raw), source: in.rel, file: fi})
		s.files[fi].Documents = 1
		return nil
	}
	var r io.Reader = counted
	if isGzip(in.path) {
		gz, err := gzip.NewReader(counted)
		if err != nil {
			return fmt.Errorf("not a gzip file: %w", err)
		}
		defer gz.Close()
		plain, err := os.CreateTemp(tmpDir, "input-*.jsonl")
		if err != nil {
			return err
		}
		defer plain.Close()
		s.readable[fi] = plain.Name()
		r = io.TeeReader(gz, plain)
	}
	err = s.scanJSONL(fi, in.rel, r)
	if err != nil && isGzip(in.path) {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("gzip: %w: the file is truncated", err)
		}
		return fmt.Errorf("gzip: %w", err)
	}
	return err
}

// maxJSONLineBytes is the longest JSONL line read for a document limit:
// JSON escapes (\u00e9) can make a line six times longer than its text.
func maxJSONLineBytes(docLimit int64) int64 { return 6*docLimit + 1<<16 }

// scanJSONL records the id and position of every line of a JSONL stream.
// A read error says at which line it happened.
func (s *scan) scanJSONL(fi int, rel string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var offset int64
	var line []byte
	for lineNo := 1; ; lineNo++ {
		if lineNo%1024 == 0 && s.ctx != nil && s.ctx.Err() != nil {
			return s.ctx.Err()
		}
		var length int64
		var err error
		line, length, err = readLine(br, line[:0], maxJSONLineBytes(s.limit()))
		if length > 0 {
			source := fmt.Sprintf("%s:%d", rel, lineNo)
			doc, perr := (*jsonlDoc)(nil), error(nil)
			if length > int64(len(line)) {
				perr = fmt.Errorf("line of %d bytes is longer than a document of the size limit can be; not read (raise the limit of %d bytes with --max-doc-bytes)", length, s.limit())
			} else if doc, perr = parseJSONL(line); perr == nil && int64(len(doc.Text)) > s.limit() {
				perr = s.tooLarge(int64(len(doc.Text)))
			}
			if perr != nil {
				if len(bytes.TrimSpace(line)) > 0 {
					s.problems = append(s.problems, ErrorRow{Source: source, Stage: "read", Severity: SeverityError, Message: perr.Error()})
				}
			} else {
				s.docs = append(s.docs, docRef{id: DocID([]byte(doc.Text)), source: source, file: fi,
					offset: offset, length: length, externalID: doc.ID})
				s.files[fi].Documents++
			}
			offset += length
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", lineNo, err)
		}
	}
}

// readLine reads one line, its newline included, into buf: at most max
// bytes of it are kept, the rest is read and dropped. length is the whole
// line's length.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, length int64, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		length += int64(len(chunk))
		if room := max - int64(len(buf)); room > 0 {
			buf = append(buf, chunk[:min(int64(len(chunk)), room)]...)
		}
		if err != bufio.ErrBufferFull {
			return buf, length, err
		}
	}
}

// load reads one document's bytes and metadata.
func (s *scan) load(ref docRef) (*Doc, error) {
	d := &Doc{ID: ref.id, Source: ref.source}
	for _, w := range ref.warnings {
		d.Warn("read", w)
	}
	if !s.jsonl[ref.file] {
		raw, err := os.ReadFile(s.readable[ref.file])
		if err != nil {
			return d, unwrapPath(err)
		}
		if DocID(raw) != ref.id {
			return d, errors.New("file changed while the dataset was being built")
		}
		d.Raw = raw
		return d, nil
	}
	f, err := os.Open(s.readable[ref.file])
	if err != nil {
		return d, unwrapPath(err)
	}
	defer f.Close()
	line := make([]byte, ref.length)
	if _, err := f.ReadAt(line, ref.offset); err != nil {
		return d, unwrapPath(err)
	}
	doc, err := parseJSONL(line)
	if err != nil {
		return d, err
	}
	for _, w := range doc.Warnings {
		d.Warn("read", w)
	}
	d.Raw = []byte(doc.Text)
	d.ExternalID, d.URL, d.Title, d.Outlet, d.Byline = doc.ID, doc.URL, doc.Title, doc.Outlet, doc.Byline
	d.Published = doc.Published
	return d, nil
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
