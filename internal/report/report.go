package report

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/newsclaims/newsclaims/pipeline"
)

// DefaultPageSize is how many documents one page of the document index
// lists.
const DefaultPageSize = 100

// Options configure Write. The zero value works.
type Options struct {
	// Dir is where the report is written; empty means <dataset>/report.
	// An existing report there is replaced when the new one is complete.
	Dir string
	// PageSize is how many documents a page of the document index lists;
	// zero means DefaultPageSize.
	PageSize int
	// Workers is how many files of documents are drawn and written at
	// once; zero means runtime.GOMAXPROCS(0).
	Workers int
	// DocFileBytes is how many bytes of document text one file of
	// documents holds (doc/N.html, see docJob); zero means
	// DefaultDocFileBytes.
	DocFileBytes int
}

// Summary says what Write wrote.
type Summary struct {
	Dir        string // the report directory
	Documents  int    // documents shown
	DocFiles   int    // files of documents (doc/N.html)
	IndexPages int    // pages of the document index
	Overview   Overview
}

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// pages are the templates of the pages, parsed when a report is first
// written rather than when the program starts: every command of the
// program would pay for it, and a report parses them while it opens the
// tables.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(template.FuncMap{
		"percent": percent,
		"add":     func(a, b int) int { return a + b },
	}).ParseFS(templateFiles, "templates/*.html"))
})

// Write reads the dataset in directory dataset and writes its report: an
// overview (index.html), a paginated document index (pages/N.html) and
// files of documents (doc/N.html, a document at doc/N.html#DOC_ID), with a
// shared style sheet and script.
// The pages load nothing but each other and those two files. The report is
// written beside its destination and moved into place only when complete.
// A dataset lacking a table the report reads is refused (checkTables).
func Write(ctx context.Context, dataset string, opts Options) (Summary, error) {
	go pages() // parsed while the tables are opened
	if opts.PageSize <= 0 {
		opts.PageSize = DefaultPageSize
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.DocFileBytes <= 0 {
		opts.DocFileBytes = DefaultDocFileBytes
	}
	dest := opts.Dir
	if dest == "" {
		dest = filepath.Join(dataset, "report")
	}
	sum := Summary{Dir: dest}
	if err := checkTables(dataset); err != nil {
		return sum, err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return sum, fmt.Errorf("report directory %s: %w", dest, err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), ".report-tmp-")
	if err != nil {
		return sum, fmt.Errorf("report directory %s: %w", dest, err)
	}
	// Removing tmp is a no-op once it has been renamed; MkdirTemp makes it
	// private, the report is not.
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return sum, fmt.Errorf("report directory %s: %w", dest, err)
	}
	w := &writer{dataset: dataset, dir: tmp, pageSize: opts.PageSize, workers: opts.Workers,
		fileBytes: opts.DocFileBytes, tally: newTally()}
	if err := w.write(ctx); err != nil {
		return sum, err
	}
	if err := os.RemoveAll(dest); err != nil {
		return sum, fmt.Errorf("report directory %s: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		return sum, fmt.Errorf("report directory %s: %w", dest, err)
	}
	sum.Documents, sum.DocFiles, sum.IndexPages, sum.Overview = w.docs, w.docFiles, w.indexPages, w.overview
	return sum, nil
}

// checkTables refuses a dataset that lacks a table the report reads: its
// report would show the table empty ("no quotes") rather than missing.
// Errors name the dataset or the table, once, and not the report: the
// caller says which command failed.
func checkTables(dataset string) error {
	for _, t := range pipeline.Tables() {
		if !readTables[t.Name] {
			continue
		}
		files, err := tableFiles(dataset, t.Name)
		if err != nil {
			return fmt.Errorf("table %s: %w", t.Name, err)
		}
		if len(files) > 0 {
			continue
		}
		hint := ""
		if t.Name == "documents" {
			hint = "; is it a dataset built with --format parquet or both?"
		}
		return fmt.Errorf("dataset %s has no %s table (%s.parquet or %s/*.parquet)%s", dataset, t.Name, t.Name, t.Name, hint)
	}
	return nil
}

// writer writes one report.
type writer struct {
	dataset    string
	dir        string
	pageSize   int
	workers    int
	fileBytes  int // of document text in a file of documents
	tally      *tally
	nDocs      int64 // documents in the dataset
	docs       int   // documents shown
	docFiles   int   // files of documents
	indexPages int
	overview   Overview
	index      []indexEntry  // of the index page being filled
	prevDoc    string        // address of the last document read
	docNav     template.HTML // the navigation bar of a document page
}

// indexEntry is one document in the document index.
type indexEntry struct {
	Page                                           string
	Doc                                            pipeline.DocumentRow
	Mentions, Quantities, Quotes, Claims, Problems int
}

func (w *writer) write(ctx context.Context) error {
	// The tables that are not per document are read, the charts of the
	// entity labels drawn, the tables the report does not read counted
	// and the report's folders made, while the files of the tables read
	// document by document are opened: a small dataset's report is
	// mostly such fixed costs.
	var (
		sizes               tableSizes
		charts              overviewCharts
		globalErr, laterErr error // of reading the global tables; of what follows
		globalRead          = make(chan struct{})
		labelsDrawn         = make(chan struct{})
	)
	go func() {
		defer close(labelsDrawn)
		globalErr = w.tally.readGlobal(ctx, w.dataset, &sizes)
		close(globalRead)
		if globalErr == nil {
			charts.Labels, laterErr = drawLabelCharts(w.tally.ov.Labels)
		}
		for _, t := range pipeline.Tables() {
			if !readTables[t.Name] && laterErr == nil {
				laterErr = sizes.count(w.dataset, t.Name) // the tables only counted
			}
		}
	}()
	defer func() { <-labelsDrawn }() // nothing is left running once Write returns
	folders := make(chan error, 1)
	go func() { folders <- w.folders() }()
	streams, err := openDocStreams(ctx, w.dataset, &sizes)
	if err := errors.Join(err, <-folders); err != nil {
		if streams != nil {
			streams.Close()
		}
		return err
	}
	defer streams.Close()
	w.nDocs = streams.docs.size.Rows
	var nav strings.Builder
	if err := pages().ExecuteTemplate(&nav, "nav", struct{ Root string }{"../"}); err != nil {
		return err
	}
	w.docNav = template.HTML(nav.String()) // from the template, with nothing of the data
	if <-globalRead; globalErr != nil {
		return globalErr
	}
	// The overview is drawn and written once the documents are read,
	// while the last files of documents are being written.
	overview := func() error {
		w.overview = w.tally.finish()
		err := drawCharts(&w.overview, &charts)
		if <-labelsDrawn; err == nil {
			err = laterErr
		}
		if err == nil { // every table sized, by now
			w.overview.Tables, err = sizes.list(w.dataset)
		}
		if err != nil {
			return err
		}
		return w.page("index.html", "overview", struct {
			Dataset     string
			Root        string
			Ov          *Overview
			Charts      overviewCharts
			Rows        overviewRows
			IndexPages  int
			Documents   int64
			TopEntities int
		}{filepath.Base(filepath.Clean(w.dataset)), "", &w.overview, charts, drawOverviewRows(&w.overview), w.indexTotal(), w.nDocs, topEntities})
	}
	return w.documents(ctx, streams, overview)
}

// folders makes the report's folders and writes its style sheet and
// script.
func (w *writer) folders() error {
	for _, sub := range []string{"doc", "pages"} {
		if err := os.Mkdir(filepath.Join(w.dir, sub), 0o755); err != nil {
			return err
		}
	}
	return fs.WalkDir(staticFiles, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFiles.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(w.dir, d.Name()), b, 0o644)
	})
}

// documents streams the documents with their rows, writing the files of
// documents and the document index, then calls overview. This goroutine
// reads the tables, tallies the overview and fills the index, in doc_id
// order; the files of documents, most of the work, are drawn and written
// by w.workers goroutines, the last of them while overview runs. The
// documents of at most 2*w.workers+1 files are in memory at once.
func (w *writer) documents(ctx context.Context, streams *docStreams, overview func() error) error {
	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan docJob, w.workers)
	for range w.workers {
		g.Go(func() error {
			var buf pageBuffers // kept from page to page
			for job := range jobs {
				if err := w.docPage(job, &buf); err != nil {
					return err
				}
			}
			return nil
		})
	}
	err := w.readDocuments(gctx, streams, jobs)
	close(jobs)
	if err == nil {
		g.Go(w.lastIndexPage) // beside the overview: the index is no longer filled
		err = overview()
	}
	if werr := g.Wait(); err == nil || errors.Is(err, context.Canceled) && werr != nil {
		err = werr // a failed page cancels the reading: its error is the one to tell
	}
	return err
}

// pageBuffers are the buffers a page writer keeps from one document file
// to the next, rather than allocating them for each of thousands.
type pageBuffers struct {
	out  *bufio.Writer // to the file
	rows []byte        // a document's rows' JSON, see rowViews
}

// Documents are written several to a file, in doc_id order, so that a
// report of many short documents does not create a file for each: on a
// busy disk, creating files was most of the time such a report took. A
// file holds documents until their texts reach DefaultDocFileBytes
// (Options.DocFileBytes), or maxDocsPerFile documents; a document longer
// than that has a file of its own. A document's address is
// doc/N.html#ANCHOR (docAnchor).
const (
	DefaultDocFileBytes = 128 << 10
	maxDocsPerFile      = 100
)

// docJob is one document file to write.
type docJob struct {
	file  int // the file's number, doc/1.html first
	docs  []docEntry
	bytes int // of the documents' texts
}

// docEntry is one document of a file.
type docEntry struct {
	d          *docRows
	prev, next string // the addresses of the documents before and after it, relative to doc/
	number     int    // 1 for the first document
	indexPage  int    // the page of the document index that lists it
}

// fits says whether document d goes into the file of job, which holds
// fileBytes of text.
func (job *docJob) fits(d *docRows, fileBytes int) bool {
	return len(job.docs) > 0 && len(job.docs) < maxDocsPerFile && job.bytes+len(d.Doc.Text) <= fileBytes
}

// readTables are the tables the report reads; the others it counts.
var readTables = map[string]bool{"documents": true, "zones": true, "mentions": true, "quantities": true,
	"quotes": true, "claims": true, "entities": true, "claim_links": true, "errors": true}

// docStreams are the tables read document by document, merged by doc_id.
type docStreams struct {
	docs       *stream[pipeline.DocumentRow]
	zones      *stream[pipeline.ZoneRow]
	mentions   *stream[pipeline.MentionRow]
	quantities *stream[pipeline.QuantityRow]
	quotes     *stream[pipeline.QuoteRow]
	claims     *stream[pipeline.ClaimRow]
}

// openDocStreams opens the files of the tables read document by document,
// adding their sizes to sizes. They are opened at once: opening decodes
// each file's footer and first batch, which is most of what reading a
// small dataset takes.
func openDocStreams(ctx context.Context, dir string, sizes *tableSizes) (*docStreams, error) {
	s := &docStreams{}
	var g errgroup.Group
	g.Go(func() (err error) {
		s.docs, err = openStream[pipeline.DocumentRow](ctx, dir, "documents", sizes,
			"doc_id", "source", "url", "title", "outlet", "published", "byline", "text") // what a page shows
		return err
	})
	g.Go(func() (err error) { s.zones, err = openStream[pipeline.ZoneRow](ctx, dir, "zones", sizes); return err })
	g.Go(func() (err error) {
		s.mentions, err = openStream[pipeline.MentionRow](ctx, dir, "mentions", sizes)
		return err
	})
	g.Go(func() (err error) {
		s.quantities, err = openStream[pipeline.QuantityRow](ctx, dir, "quantities", sizes)
		return err
	})
	g.Go(func() (err error) {
		s.quotes, err = openStream[pipeline.QuoteRow](ctx, dir, "quotes", sizes)
		return err
	})
	g.Go(func() (err error) {
		s.claims, err = openStream[pipeline.ClaimRow](ctx, dir, "claims", sizes)
		return err
	})
	if err := g.Wait(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close releases every file of the streams.
func (s *docStreams) Close() {
	if s.docs != nil {
		s.docs.Close()
	}
	if s.zones != nil {
		s.zones.Close()
	}
	if s.mentions != nil {
		s.mentions.Close()
	}
	if s.quantities != nil {
		s.quantities.Close()
	}
	if s.quotes != nil {
		s.quotes.Close()
	}
	if s.claims != nil {
		s.claims.Close()
	}
}

// readDocuments merges the per-document tables by doc_id and sends each
// document to jobs, adding it to the overview and the document index.
func (w *writer) readDocuments(ctx context.Context, s *docStreams, jobs chan<- docJob) error {
	docs, zones, mentions, quantities, quotes, claims := s.docs, s.zones, s.mentions, s.quantities, s.quotes, s.claims
	pages := w.indexTotal()
	job := docJob{file: 1}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, ok, err := docs.next()
		if err != nil {
			return fmt.Errorf("table documents: %w", err)
		}
		if !ok {
			break
		}
		d := &docRows{Doc: doc, Errors: w.tally.docErrors[doc.DocID]}
		if d.Zones, err = zones.rowsOf(doc.DocID, nil); err != nil {
			return fmt.Errorf("table zones: %w", err)
		}
		if d.Mentions, err = mentions.rowsOf(doc.DocID, nil); err != nil {
			return fmt.Errorf("table mentions: %w", err)
		}
		if d.Quantities, err = quantities.rowsOf(doc.DocID, nil); err != nil {
			return fmt.Errorf("table quantities: %w", err)
		}
		if d.Quotes, err = quotes.rowsOf(doc.DocID, nil); err != nil {
			return fmt.Errorf("table quotes: %w", err)
		}
		if d.Claims, err = claims.rowsOf(doc.DocID, nil); err != nil {
			return fmt.Errorf("table claims: %w", err)
		}
		file := job.file
		if len(job.docs) > 0 && !job.fits(d, w.fileBytes) {
			file++
		}
		addr := docAddress(file, doc.DocID)
		if n := len(job.docs); n > 0 {
			job.docs[n-1].next = addr
		}
		if file != job.file {
			select {
			case jobs <- job:
			case <-ctx.Done():
				return ctx.Err()
			}
			job = docJob{file: file}
		}
		job.docs = append(job.docs, docEntry{d: d, prev: w.prevDoc, number: w.docs + 1, indexPage: w.indexPages + 1})
		job.bytes += len(doc.Text)
		w.tally.addDocument(d, "doc/"+addr)
		if err := w.indexed(d, addr, pages); err != nil {
			return err
		}
	}
	if len(job.docs) > 0 {
		w.docFiles = job.file
		select {
		case jobs <- job:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// lastIndexPage writes the last page of the document index, unless it is
// written already.
func (w *writer) lastIndexPage() error {
	if len(w.index) > 0 || w.indexPages == 0 {
		return w.indexPage(w.indexTotal())
	}
	return nil
}

// indexTotal is the number of pages of the document index.
func (w *writer) indexTotal() int {
	return max(1, int((w.nDocs+int64(w.pageSize)-1)/int64(w.pageSize)))
}

// docPage writes one file of documents. It runs on several goroutines at
// once and reads nothing of w that changes. The text with its spans, the
// table of quotes and the rows the spans show, most of the file's bytes,
// are written into the file as they are drawn, between the parts of the
// page's template: executing a template costs a reflective call for every
// value, and a document has thousands.
func (w *writer) docPage(job docJob, buf *pageBuffers) error {
	first, last := job.docs[0], job.docs[len(job.docs)-1]
	title := cmp.Or(first.d.Doc.Title, first.d.Doc.Source)
	if len(job.docs) > 1 {
		title = fmt.Sprintf("Documents %d to %d of %d", first.number, last.number, w.nDocs)
	}
	data := struct {
		Title string
		Nav   template.HTML
	}{title, w.docNav}
	if buf.out == nil {
		buf.out = bufio.NewWriterSize(nil, 64<<10)
	}
	return w.writeFileWith(buf.out, filepath.Join("doc", strconv.Itoa(job.file)+".html"), func(bw *bufio.Writer) error {
		if err := pages().ExecuteTemplate(bw, "doc-top", data); err != nil {
			return err
		}
		for _, e := range job.docs {
			if err := w.docSection(bw, e, buf); err != nil {
				return err
			}
		}
		return pages().ExecuteTemplate(bw, "doc-end", data)
	})
}

// docSection writes one document of a file: its header, its text with
// every layer drawn, its table of quotes and the rows its spans show.
func (w *writer) docSection(bw *bufio.Writer, e docEntry, buf *pageBuffers) error {
	d := e.d
	zones, spans, rows := annotate(d, buf.rows[:0])
	defer func() { buf.rows = rows.rows }()
	bw.WriteString(`<section class="doc" id="`)
	bw.WriteString(docAnchor(d.Doc.DocID)) // letters, digits, _ and - only
	bw.WriteString("\">\n")
	docHeader(bw, e, w.nDocs)
	if err := pages().ExecuteTemplate(bw, "doc-text", nil); err != nil {
		return err
	}
	highlight(bw, d.Doc.Text, zones, spans)
	if err := pages().ExecuteTemplate(bw, "doc-rows", nil); err != nil {
		return err
	}
	quoteTable(bw, d.Quotes)
	// The rows are JSON made safe to inline (appendJSONString) in an
	// element that viewer.js reads as data, not code.
	bw.WriteString(`<script type="application/json" class="row-data">`)
	rows.writeJSON(bw)
	bw.WriteString("</script>\n</section>\n")
	return nil
}

// indexed adds document d, whose address is addr, to the document index,
// writing the index page it fills.
func (w *writer) indexed(d *docRows, addr string, pages int) error {
	w.docs++
	w.prevDoc = addr
	doc := d.Doc
	doc.Text = "" // not shown; the index need not keep it
	w.index = append(w.index, indexEntry{Page: addr, Doc: doc, Mentions: len(d.Mentions),
		Quantities: len(d.Quantities), Quotes: len(d.Quotes), Claims: len(d.Claims), Problems: len(d.Errors)})
	if len(w.index) == w.pageSize {
		return w.indexPage(pages)
	}
	return nil
}

// indexPage writes the next page of the document index.
func (w *writer) indexPage(pages int) error {
	w.indexPages++
	n := w.indexPages
	err := w.page(filepath.Join("pages", fmt.Sprintf("%d.html", n)), "index", struct {
		Root   string
		Page   int
		Pages  int
		Rows   template.HTML
		Around []int
	}{"../", n, pages, indexRows(w.index, (n-1)*w.pageSize+1), around(n, pages)})
	w.index = w.index[:0]
	return err
}

// around returns the page numbers the pager links to: the first, the last
// and a few around page n.
func around(n, pages int) []int {
	var out []int
	for p := 1; p <= pages; p++ {
		if p == 1 || p == pages || (p >= n-3 && p <= n+3) {
			out = append(out, p)
		}
	}
	return out
}

// page executes a template into a file of the report.
func (w *writer) page(name, tmpl string, data any) error {
	return w.writeFile(name, func(bw *bufio.Writer) error {
		return pages().ExecuteTemplate(bw, tmpl, data)
	})
}

// writeFile writes a file of the report through a buffer; a write error
// is kept by the buffer and returned by its Flush.
func (w *writer) writeFile(name string, write func(*bufio.Writer) error) error {
	return w.writeFileWith(bufio.NewWriterSize(nil, 64<<10), name, write)
}

// writeFileWith is writeFile through the buffer bw, reset to the file.
func (w *writer) writeFileWith(bw *bufio.Writer, name string, write func(*bufio.Writer) error) error {
	f, err := os.Create(filepath.Join(w.dir, name))
	if err != nil {
		return err
	}
	bw.Reset(f)
	defer bw.Reset(nil) // keeps no file open through the buffer
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

var plainID = regexp.MustCompile(`^[0-9A-Za-z_-]{1,64}$`)

// docAnchor is the id of a document's section in its file: its doc_id, or
// the hash of a doc_id that is not a plain name.
func docAnchor(docID string) string {
	if plainID.MatchString(docID) {
		return docID
	}
	h := sha256.Sum256([]byte(docID))
	return "x" + hex.EncodeToString(h[:16])
}

// docAddress is the address of a document in file number file, relative
// to the folder of the document files.
func docAddress(file int, docID string) string {
	return strconv.Itoa(file) + ".html#" + docAnchor(docID)
}
