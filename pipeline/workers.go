package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"sync"

	"github.com/apache/arrow-go/v18/arrow/memory"
	"golang.org/x/sync/errgroup"
)

// This file holds the run's concurrency: the workers that apply the stages
// to documents, and the one writer that takes their rows in doc_id order.

// job is one document on its way through the workers.
type job struct {
	doc       *Doc
	duplicate bool // a second copy of a document already kept
	source    string
	size      int // bytes read
	prepared  any // what Linker.Prepare returned for doc
	rows      *docRows
	tokens    int // len(doc.Tokens) before shedLayers
	done      chan struct{}
}

// built is what build wrote: the partition's tables, the entities table of
// the whole dataset, and the doc_ids of the partition.
type built struct {
	res      *Result
	tables   []ManifestTable
	entities ManifestTable
	docIDs   []docKey
}

// build processes every document of sc and writes the tables of partition
// part into the dataset directory dir, and the entities table from cat and
// the partition's documents. Its files are synced by syncs.
func build(ctx context.Context, cfg Config, sc *scan, dir, part string, cat *catalog, syncs *syncGroup) (*built, error) {
	mem := memory.DefaultAllocator
	w, err := openWriters(dir, part, cfg.Format, cfg.Tokens, mem, syncs)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	closed := false
	defer func() {
		if !closed {
			w.abort()
		}
	}()
	if err := appendRows(w.errors, sc.problems); err != nil {
		return nil, err
	}

	prog := newProgress(cfg.Progress, len(sc.docs))
	defer prog.finish()
	out := &orderedWriter{cfg: cfg, w: w, cat: cat, prog: prog, res: resultOfScan(sc.problems)}

	g, gctx := errgroup.WithContext(ctx)
	// Documents are processed in parallel but written in order: the reader
	// hands out jobs in doc_id order, and the writer waits for each in turn.
	// At most inFlight documents are held at once, which bounds memory.
	inFlight := cfg.Workers * 4
	jobs := make(chan *job)
	ordered := make(chan *job, inFlight)
	g.Go(func() error { return readInOrder(gctx, sc, jobs, ordered) })
	for range cfg.Workers {
		g.Go(func() error { return work(gctx, cfg, jobs) })
	}
	g.Go(func() error { return out.run(gctx, ordered) })
	if err := g.Wait(); err != nil {
		return nil, err
	}

	closed = true
	if err := finish(cfg, w, cat); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	return builtOf(w, dir, out.res, out.docIDs), nil
}

// resultOfScan starts the run's result with the problems found while
// scanning the inputs, before any document is read: warnings, and
// failures of files that give no document.
func resultOfScan(problems []ErrorRow) *Result {
	res := &Result{}
	for _, p := range problems {
		if p.Severity == SeverityWarning {
			res.Warnings++
		} else {
			res.Failed++
		}
	}
	return res
}

// readInOrder loads the documents of sc in doc_id order and sends each
// job to ordered, where the writer takes them, and the ones to process
// to jobs, where the workers take them: a duplicate or an unreadable
// document goes to the writer alone, done already. It closes both
// channels when it returns.
func readInOrder(ctx context.Context, sc *scan, jobs, ordered chan<- *job) error {
	defer close(jobs)
	defer close(ordered)
	seen := map[string]string{} // doc_id -> first source; ids only
	for _, ref := range sc.docs {
		j := loadJob(sc, ref, seen)
		select {
		case ordered <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
		if isDone(j) {
			continue
		}
		select {
		case jobs <- j:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// loadJob reads the document of ref into a job. A second copy of a doc_id
// already seen is not read: its job carries only a warning, done. A
// document that cannot be read is failed, done.
func loadJob(sc *scan, ref docRef, seen map[string]string) *job {
	j := &job{done: make(chan struct{})}
	if first, dup := seen[ref.id]; dup {
		j.duplicate = true
		j.doc = &Doc{ID: ref.id, Source: ref.source, Failed: true}
		j.doc.Problems = append(j.doc.Problems, Problem{Stage: "ingest", Severity: SeverityWarning,
			Message: fmt.Sprintf("duplicate of %s (same doc_id); kept %s once", first, first)})
		close(j.done)
		return j
	}
	seen[ref.id] = ref.source
	doc, err := sc.load(ref)
	j.doc, j.source, j.size = doc, doc.Source, len(doc.Raw)
	if err != nil {
		fail(doc, "read", err)
		close(j.done)
	}
	return j
}

// work is one worker: it applies the stages to each job it takes, builds
// the document's rows and prepares its claims for the linker, then sheds
// the layers the writer no longer needs and marks the job done.
func work(ctx context.Context, cfg Config, jobs <-chan *job) error {
	for j := range jobs {
		process(ctx, cfg.Stages, j.doc)
		if err := ctx.Err(); err != nil {
			return err // the document is half done; the run stops
		}
		if cfg.Linker != nil && !j.doc.Failed {
			j.prepared = cfg.Linker.Prepare(j.doc)
		}
		j.rows = rowsOf(j.doc, cfg.Tokens)
		j.tokens = len(j.doc.Tokens)
		shedLayers(j.doc)
		close(j.done)
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	return nil
}

// orderedWriter is the one goroutine that writes rows: it takes the jobs
// in doc_id order, and counts what it writes into res and docIDs, which
// build reads once every goroutine has returned.
type orderedWriter struct {
	cfg    Config
	w      *writers
	cat    *catalog
	prog   *progress
	res    *Result
	docIDs []docKey // the partition's documents, duplicates aside
}

// run writes the jobs of ordered as each is done, in the order they come.
func (o *orderedWriter) run(ctx context.Context, ordered <-chan *job) error {
	for j := range ordered {
		if err := o.prog.await(ctx, j.done, j.source, j.size); err != nil {
			return err
		}
		if err := o.write(ctx, j); err != nil {
			return err
		}
		o.prog.add(1)
	}
	return nil
}

// write writes the rows of one done job and counts its document: a kept
// one goes into the entity catalog and to the linker, a failed one is
// counted as such, and a duplicate only by its warning.
func (o *orderedWriter) write(ctx context.Context, j *job) error {
	d := j.doc
	if j.rows == nil { // not processed: unreadable, or a duplicate
		j.rows = rowsOf(d, o.cfg.Tokens)
	}
	err := o.w.writeRows(j.rows)
	j.rows.release()
	j.rows = nil
	if err != nil {
		return err
	}
	if k, ok := docKeyOf(d.ID); ok && !j.duplicate {
		o.docIDs = append(o.docIDs, k)
	}
	switch {
	case j.duplicate:
	case d.Failed:
		o.res.Failed++
	default:
		o.res.Documents++
		o.res.Tokens += j.tokens
		o.cat.add(d)
		if o.cfg.Linker != nil {
			if err := o.cfg.Linker.AddContext(ctx, d, j.prepared); err != nil {
				return err
			}
		}
	}
	for _, p := range d.Problems {
		if p.Severity == SeverityWarning {
			o.res.Warnings++
		}
	}
	return nil
}

// builtOf describes what build wrote, once every table is closed: each
// table's rows and files, the entities table apart, the others by name.
func builtOf(w *writers, dir string, res *Result, docIDs []docKey) *built {
	b := &built{res: res, docIDs: docIDs}
	for _, tw := range w.all {
		t := ManifestTable{Name: tw.table.Name, Rows: tw.rows}
		for _, o := range tw.closedFiles {
			t.Files = append(t.Files, o.info(dir))
		}
		if tw == w.entities {
			b.entities = t
		} else {
			b.tables = append(b.tables, t)
		}
	}
	sort.Slice(b.tables, func(i, j int) bool { return b.tables[i].Name < b.tables[j].Name })
	return b
}

// finish writes the entities and claim_links tables and closes every
// table. The others are complete once the last document is written: while
// this goroutine builds those two, as the writer goroutine did during the
// run, cfg.Workers goroutines write the last batch, footer and sync of
// each, the largest pending batch first so that no long one is left for
// the end.
func finish(cfg Config, w *writers, cat *catalog) error {
	var queue []*tableWriter
	for _, tw := range w.all {
		if tw != w.entities && tw != w.links {
			queue = append(queue, tw)
		}
	}
	sort.SliceStable(queue, func(i, j int) bool { return queue[i].bytes > queue[j].bytes })
	toClose := make(chan *tableWriter, len(w.all))
	for _, tw := range queue {
		toClose <- tw
	}
	errs := make([]error, cfg.Workers)
	var closing sync.WaitGroup
	for i := range cfg.Workers {
		closing.Go(func() {
			// every table is closed, whatever failed before: close
			// releases what a table holds
			for tw := range toClose {
				errs[i] = errors.Join(errs[i], tw.close())
			}
		})
	}
	err := appendRows(w.entities, cat.rows())
	toClose <- w.entities
	if cfg.Linker != nil && err == nil {
		row := make([]ClaimLinkRow, 1)
		for l := range cfg.Linker.Links() {
			row[0] = claimLinkRow(l)
			if err = appendRows(w.links, row); err != nil {
				break
			}
		}
	}
	toClose <- w.links
	close(toClose)
	closing.Wait()
	return errors.Join(append(errs, err)...)
}

// shedLayers drops the layers of a document whose rows are built and whose
// claims are prepared for the linker: the writer still needs its id, date,
// mentions (for the entity catalog) and problems, nothing else. Until the
// writer's turn comes, a long document's tokens and sentences were most of
// the heap (70 MB of a 4 MB article).
func shedLayers(d *Doc) {
	d.Zones, d.Sentences, d.Tokens, d.Markup = nil, nil, nil, nil
	d.Quantities, d.Quotes, d.Claims = nil, nil, nil
	d.ClaimAnalyses = nil
}

func isDone(j *job) bool {
	select {
	case <-j.done:
		return true
	default:
		return false
	}
}

// fail marks a document failed with an error row from stage.
func fail(d *Doc, stage string, err error) {
	d.Failed = true
	d.Problems = append(d.Problems, Problem{Stage: stage, Severity: SeverityError, Message: err.Error()})
}

// process applies the stages to one document. A stage's error or panic
// fails the document alone; once ctx is done, the document is left as it
// is (the run stops and writes nothing).
func process(ctx context.Context, stages []Stage, d *Doc) {
	for _, s := range stages {
		if ctx.Err() != nil {
			return
		}
		if err := runStage(ctx, s, d); err != nil {
			if ctx.Err() != nil {
				return
			}
			fail(d, s.Name(), err)
			d.Raw = nil
			return
		}
	}
}

func runStage(ctx context.Context, s Stage, d *Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error (panic): %v\n%s", r, firstLines(string(debug.Stack()), 12))
		}
	}()
	return s.Process(ctx, d)
}

func firstLines(s string, n int) string {
	for i, c := range s {
		if c == '\n' {
			n--
			if n == 0 {
				return s[:i]
			}
		}
	}
	return s
}
