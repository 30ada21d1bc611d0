package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ErrNoInputs is returned when the inputs hold no article files.
var ErrNoInputs = errors.New("no input documents: expected .txt, .jsonl or .jsonl.gz files")

// maxDocBytes is the largest article read; larger ones are an error row.
const maxDocBytes = 64 << 20

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
	// (decompressed) form of the file.
	offset, length int64
}

// scan is what the first pass over the inputs found: every document's id and
// where to read it, sorted by id, and the problems met on the way.
type scan struct {
	files    []InputFile
	readable []string // per file: a path to read documents from (a decompressed copy for .gz)
	jsonl    []bool
	docs     []docRef
	problems []ErrorRow
}

// jsonlDoc is one line of a JSONL input. Only Text is required.
type jsonlDoc struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Byline    string  `json:"byline"`
	Text      *string `json:"text"`
}

// inputFile is a file to read and the path it is reported under.
type inputFile struct{ path, rel string }

// listInputs expands the inputs into files, in sorted order. A directory is
// walked recursively for .txt, .jsonl and .jsonl.gz files; a file named
// directly is read whatever its extension (JSONL by its extension, else text).
func listInputs(inputs []string) ([]inputFile, error) {
	var files []inputFile
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
		if !info.IsDir() {
			files = append(files, inputFile{path: in, rel: filepath.ToSlash(filepath.Clean(in))})
			continue
		}
		var found []inputFile
		err = filepath.WalkDir(in, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("input %s: %w", path, err)
			}
			if e.IsDir() || !isArticleFile(path) {
				return nil
			}
			rel, err := filepath.Rel(in, path)
			if err != nil {
				return err
			}
			found = append(found, inputFile{path: path, rel: filepath.ToSlash(rel)})
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Slice(found, func(i, j int) bool { return found[i].rel < found[j].rel })
		files = append(files, found...)
	}
	return files, nil
}

func isArticleFile(path string) bool {
	return strings.HasSuffix(path, ".txt") || isJSONL(path)
}

func isJSONL(path string) bool {
	return strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".jsonl.gz")
}

// scanInputs reads every input once: it hashes each file for the manifest,
// computes every document's id, and sorts the documents by id, so that the
// dataset's row order depends on the documents alone. Decompressed copies of
// .jsonl.gz files are written into tmpDir so that their lines can be read
// again in id order.
func scanInputs(inputs []string, tmpDir string) (*scan, error) {
	files, err := listInputs(inputs)
	if err != nil {
		return nil, err
	}
	s := &scan{}
	for _, in := range files {
		fi := len(s.files)
		s.files = append(s.files, InputFile{Path: in.rel})
		s.jsonl = append(s.jsonl, isJSONL(in.path))
		s.readable = append(s.readable, in.path)
		if err := s.scanFile(fi, in, tmpDir); err != nil {
			s.problems = append(s.problems, ErrorRow{Source: in.rel, Stage: "read", Severity: SeverityError, Message: err.Error()})
		}
	}
	if len(s.docs) == 0 && len(s.problems) == 0 {
		return nil, ErrNoInputs
	}
	sort.SliceStable(s.docs, func(i, j int) bool { return s.docs[i].id < s.docs[j].id })
	return s, nil
}

func (s *scan) scanFile(fi int, in inputFile, tmpDir string) error {
	f, err := os.Open(in.path)
	if err != nil {
		return err
	}
	defer f.Close()
	fileHash := sha256.New()
	counted := &countingReader{r: io.TeeReader(f, fileHash)}
	defer func() {
		s.files[fi].SHA256 = hex.EncodeToString(fileHash.Sum(nil))
		s.files[fi].Bytes = counted.n
	}()
	if !s.jsonl[fi] {
		raw, err := io.ReadAll(io.LimitReader(counted, maxDocBytes+1))
		if err != nil {
			return err
		}
		if len(raw) > maxDocBytes {
			return fmt.Errorf("larger than %d MiB", maxDocBytes>>20)
		}
		s.docs = append(s.docs, docRef{id: DocID(raw), source: in.rel, file: fi})
		s.files[fi].Documents = 1
		return nil
	}
	var r io.Reader = counted
	if strings.HasSuffix(in.path, ".gz") {
		gz, err := gzip.NewReader(counted)
		if err != nil {
			return fmt.Errorf("gzip: %w", err)
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
	return s.scanJSONL(fi, in.rel, r)
}

// scanJSONL records the id and position of every line of a JSONL stream.
func (s *scan) scanJSONL(fi int, rel string, r io.Reader) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var offset int64
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			source := fmt.Sprintf("%s:%d", rel, lineNo)
			if doc, perr := parseJSONL(line); perr != nil {
				if len(bytes.TrimSpace(line)) > 0 {
					s.problems = append(s.problems, ErrorRow{Source: source, Stage: "read", Severity: SeverityError, Message: perr.Error()})
				}
			} else {
				s.docs = append(s.docs, docRef{id: DocID([]byte(*doc.Text)), source: source, file: fi, offset: offset, length: int64(len(line))})
				s.files[fi].Documents++
			}
			offset += int64(len(line))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func parseJSONL(line []byte) (*jsonlDoc, error) {
	var doc jsonlDoc
	if err := json.Unmarshal(line, &doc); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if doc.Text == nil {
		return nil, errors.New(`missing required field "text"`)
	}
	return &doc, nil
}

// load reads one document's bytes and metadata.
func (s *scan) load(ref docRef) (*Doc, error) {
	d := &Doc{ID: ref.id, Source: ref.source}
	if !s.jsonl[ref.file] {
		raw, err := os.ReadFile(s.readable[ref.file])
		if err != nil {
			return d, err
		}
		if DocID(raw) != ref.id {
			return d, errors.New("file changed while the dataset was being built")
		}
		d.Raw = raw
		return d, nil
	}
	f, err := os.Open(s.readable[ref.file])
	if err != nil {
		return d, err
	}
	defer f.Close()
	line := make([]byte, ref.length)
	if _, err := f.ReadAt(line, ref.offset); err != nil {
		return d, err
	}
	doc, err := parseJSONL(line)
	if err != nil {
		return d, err
	}
	d.Raw = []byte(*doc.Text)
	d.ExternalID, d.URL, d.Title, d.Outlet, d.Byline = doc.ID, doc.URL, doc.Title, doc.Outlet, doc.Byline
	d.Published = isoDate(doc.Published)
	return d, nil
}

// isoDate returns the YYYY-MM-DD prefix of a date or timestamp, or "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
			if s[i] < '0' || s[i] > '9' {
				return ""
			}
		}
		return s[:10]
	}
	return ""
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
