package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"sync"

	"github.com/apache/arrow-go/v18/arrow/memory"
	"golang.org/x/sync/errgroup"
)

// Result summarises a run.
type Result struct {
	Documents int // documents written to the documents table
	Failed    int // documents that went to the errors table only
	Skipped   int // documents already in the dataset (Config.Append), not read again
	Warnings  int // warning rows
	Tokens    int // tokens in the documents written
	// Batch is the number of the partition the run wrote; 0 when an
	// append found nothing new and left the dataset as it was.
	Batch    int
	Manifest Manifest
	// RemovedScratch are the directories of dead runs removed beside Out.
	RemovedScratch []string
}

// Run builds a dataset, or with cfg.Append adds a partition to one: it
// reads every input, applies the stages to each document on a bounded pool
// of workers, and streams the rows into the tables of a staging directory
// beside cfg.Out, in doc_id order. Only when every table, the index and the
// manifest are complete does the staging directory replace cfg.Out; on any
// error the previous dataset is left as it was.
//
// One document's failure is a row of the errors table, not an error of Run.
// Run returns an error only when no dataset can be written.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	out, err := filepath.Abs(cfg.Out)
	if err != nil {
		return nil, err
	}
	// The models load from the start: on an append of a few documents
	// they are most of the run. They are ready when loaded delivers.
	loaded := startLoading(cfg)
	if err := checkReplaceable(out); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, fmt.Errorf("output %s: %w", cfg.Out, err)
	}
	unlock, err := lockOutput(ctx, out)
	if err != nil {
		return nil, fmt.Errorf("output %s: %w", cfg.Out, err)
	}
	defer unlock()
	removed, err := removeStaleScratch(out)
	if err != nil {
		return nil, fmt.Errorf("output %s: removing what a killed run left: %w", cfg.Out, err)
	}
	var prev *previous
	if cfg.Append {
		if prev, err = openPrevious(out, cfg); err != nil {
			return nil, err
		}
	}
	prefixes := scratchPrefixes(out)
	staging, err := makeScratchDir(out, prefixes[0])
	if err != nil {
		return nil, fmt.Errorf("output %s is not writable: %w", cfg.Out, err)
	}
	defer os.RemoveAll(staging) // a no-op once renamed into place
	if err := os.Chmod(staging, 0o755); err != nil {
		return nil, err
	}
	work, err := makeScratchDir(out, prefixes[1])
	if err != nil {
		return nil, fmt.Errorf("output %s is not writable: %w", cfg.Out, err)
	}
	defer os.RemoveAll(work)

	sc, err := scanInputs(ctx, cfg.Inputs, work, cfg.MaxDocBytes)
	var v *version
	if err == nil {
		// What an append needs of the previous dataset is read while the
		// models load: it is most of what an append costs beyond its
		// documents.
		v, err = startVersion(ctx, cfg.Linker, sc, prev, staging)
	}
	l := <-loaded
	if l.err != nil {
		return nil, fmt.Errorf("loading models: %w", l.err)
	}
	cfg.Stages = l.stages
	if err != nil {
		return nil, err
	}
	if v.batch == 0 {
		return &Result{Skipped: v.skipped, Manifest: v.manifest}, nil // nothing new
	}
	res, err := buildVersion(ctx, cfg, sc, v, staging)
	if err != nil {
		return nil, err
	}
	if err := replaceDir(staging, out); err != nil {
		return nil, err
	}
	res.RemovedScratch = removed
	return res, nil
}

// loadedStages is what startLoading delivers.
type loadedStages struct {
	stages []Stage
	err    error
}

// startLoading builds cfg's stages (cfg.LoadStages, unless cfg.Stages are
// given) on a goroutine of its own and delivers them on the channel it
// returns, which is buffered: a run that gives up early leaves nothing
// blocked.
func startLoading(cfg Config) <-chan loadedStages {
	loaded := make(chan loadedStages, 1)
	if len(cfg.Stages) > 0 {
		loaded <- loadedStages{stages: cfg.Stages}
		return loaded
	}
	go func() {
		s, err := cfg.LoadStages()
		if err == nil && len(s) == 0 {
			err = errNoStages
		}
		loaded <- loadedStages{s, err}
	}()
	return loaded
}

// version is the next version of the dataset as it starts: the previous
// one's manifest, partitions (linked into staging), entities and claim
// index, and the number of the partition to add.
type version struct {
	prev     *previous // nil for a plain build
	manifest Manifest
	batch    int // 0: an append with nothing new
	skipped  int
	cat      *catalog
}

// startVersion starts the next version of the dataset in staging from the
// previous one (none for a plain build): it drops from sc the documents the
// dataset holds, links the earlier partitions into staging, and loads the
// entities and, into linker, the claim index. It reads no Config field
// that the loading of the models writes.
func startVersion(ctx context.Context, linker Linker, sc *scan, prev *previous, staging string) (*version, error) {
	v := &version{prev: prev, batch: 1, cat: newCatalog()}
	if prev == nil {
		return v, nil
	}
	var err error
	if v.skipped, err = prev.dropKnown(sc); err != nil {
		return nil, err
	}
	v.manifest = prev.manifest
	if len(sc.docs) == 0 && len(sc.problems) == 0 {
		v.batch = 0
		return v, nil
	}
	v.batch = v.manifest.nextBatch()
	if err := prev.linkInto(staging); err != nil {
		return nil, err
	}
	if err := prev.loadCatalog(ctx, v.cat, memory.DefaultAllocator); err != nil {
		return nil, err
	}
	if li, ok := linker.(LinkerIndex); ok {
		if err := prev.loadLinker(li); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// buildVersion writes into staging the new partition of v, with the
// documents of sc, then the entities table, the index and the manifest of
// the whole dataset.
func buildVersion(ctx context.Context, cfg Config, sc *scan, v *version, staging string) (*Result, error) {
	batch, skipped, m := v.batch, v.skipped, v.manifest
	part := batchDir(batch)
	// Every file written is synced in the background from the moment it
	// is complete, and all are on disk before Run swaps the version in.
	syncs := &syncGroup{}
	defer syncs.wait() // on an error, before staging is removed
	b, err := build(ctx, cfg, sc, staging, part, v.cat, syncs)
	if err != nil {
		return nil, err
	}
	res := b.res
	res.Skipped, res.Batch = skipped, batch

	ids, err := writeDocIDs(staging, v.prev, b.docIDs, syncs)
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	m.Index = []FileInfo{ids}
	if li, ok := cfg.Linker.(LinkerIndex); ok {
		claims, err := writeClaimIndex(staging, li, syncs)
		if err != nil {
			return nil, fmt.Errorf("output: %w", err)
		}
		m.Index = append(m.Index, claims)
	}
	m.Tool, m.Layout, m.Version = "newsclaims", layoutVersion, cfg.Version
	m.Options = ManifestOptions{Format: cfg.Format, Tokens: cfg.Tokens}
	m.Partitions = append(slices.Clone(m.Partitions), Partition{Batch: batch, Path: part,
		Runs: []RunInfo{{Batch: batch, Version: cfg.Version, Inputs: sc.files,
			Documents: res.Documents, Failed: res.Failed, Skipped: skipped}},
		Tables: b.tables})
	m.summarize(b.entities)
	res.Manifest = m
	if err := writeManifest(staging, m); err != nil {
		return nil, err
	}
	if err := syncs.wait(); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	return res, nil
}

// writers holds one table writer per output table.
type writers struct {
	docs, zones, sentences, tokens, mentions, entities,
	quantities, quotes, claims, links, errors *tableWriter
	all []*tableWriter
}

// openWriters opens the tables of the partition directory partition in the
// dataset directory dir; the entities table, which describes the whole
// dataset, is not partitioned. Their files are synced by syncs.
func openWriters(dir, partition, format string, withTokens bool, mem memory.Allocator, syncs *syncGroup) (*writers, error) {
	w := &writers{}
	targets := []struct {
		dst **tableWriter
		t   Table
	}{
		{&w.docs, documentsTable}, {&w.zones, zonesTable}, {&w.sentences, sentencesTable},
		{&w.tokens, tokensTable}, {&w.mentions, mentionsTable}, {&w.entities, entitiesTable},
		{&w.quantities, quantitiesTable}, {&w.quotes, quotesTable}, {&w.claims, claimsTable},
		{&w.links, claimLinksTable}, {&w.errors, errorsTable},
	}
	for _, target := range targets {
		if target.t.Name == tokensTable.Name && !withTokens {
			continue
		}
		p := partition
		if target.t.Name == entitiesTable.Name {
			p = ""
		}
		tw, err := newTableWriter(dir, target.t, p, format, mem)
		if err != nil {
			w.abort()
			return nil, err
		}
		for _, o := range tw.files {
			o.syncs = syncs
		}
		*target.dst = tw
		w.all = append(w.all, tw)
	}
	return w, nil
}

func (w *writers) abort() {
	for _, tw := range w.all {
		tw.abort()
	}
}

// docRows are one document's rows, built on the worker that processed it:
// the single writer goroutine, which every document passes through in
// order, then only appends them to the tables. The buffers are pooled and
// reused, so building rows does not allocate slices per document.
type docRows struct {
	failed     bool // only errors is set
	docs       []DocumentRow
	zones      []ZoneRow
	sentences  []SentenceRow
	tokens     []TokenRow
	mentions   []MentionRow
	quantities []QuantityRow
	quotes     []QuoteRow
	claims     []ClaimRow
	errors     []ErrorRow
}

var docRowsPool = sync.Pool{New: func() any { return new(docRows) }}

// rowsOf returns the rows of a processed document (tokens only when
// withTokens); put them back with release once written.
func rowsOf(d *Doc, withTokens bool) *docRows {
	r := docRowsPool.Get().(*docRows)
	r.failed = d.Failed
	r.errors = errorRows(d, r.errors[:0])
	if d.Failed {
		return r
	}
	ro := NewRuneOffsets(d.Text)
	r.docs = documentRows(d, ro, r.docs[:0])
	r.zones = zoneRows(d, ro, r.zones[:0])
	r.sentences = sentenceRows(d, ro, r.sentences[:0])
	r.mentions = mentionRows(d, ro, r.mentions[:0])
	r.quantities = quantityRows(d, ro, r.quantities[:0])
	r.quotes = quoteRows(d, ro, r.quotes[:0])
	r.claims = claimRows(d, ro, r.claims[:0])
	r.tokens = r.tokens[:0]
	if withTokens {
		r.tokens = tokenRows(d, ro, r.tokens)
	}
	return r
}

// release clears the rows (they hold the document's strings) and pools them.
func (r *docRows) release() {
	clear(r.docs)
	clear(r.zones)
	clear(r.sentences)
	clear(r.tokens)
	clear(r.mentions)
	clear(r.quantities)
	clear(r.quotes)
	clear(r.claims)
	clear(r.errors)
	docRowsPool.Put(r)
}

// writeRows appends one document's rows to the tables.
func (w *writers) writeRows(r *docRows) error {
	if err := appendRows(w.errors, r.errors); err != nil {
		return err
	}
	if r.failed {
		return nil
	}
	errs := []error{
		appendRows(w.docs, r.docs),
		appendRows(w.zones, r.zones),
		appendRows(w.sentences, r.sentences),
		appendRows(w.mentions, r.mentions),
		appendRows(w.quantities, r.quantities),
		appendRows(w.quotes, r.quotes),
		appendRows(w.claims, r.claims),
	}
	if w.tokens != nil {
		errs = append(errs, appendRows(w.tokens, r.tokens))
	}
	return errors.Join(errs...)
}

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

	res := &Result{}
	for _, p := range sc.problems {
		if p.Severity == SeverityWarning {
			res.Warnings++
		} else {
			res.Failed++
		}
	}
	var docIDs []docKey
	prog := newProgress(cfg.Progress, len(sc.docs))
	defer prog.finish()

	g, gctx := errgroup.WithContext(ctx)
	// Documents are processed in parallel but written in order: the reader
	// hands out jobs in doc_id order, and the writer waits for each in turn.
	// At most inFlight documents are held at once, which bounds memory.
	inFlight := cfg.Workers * 4
	jobs := make(chan *job)
	ordered := make(chan *job, inFlight)
	g.Go(func() error {
		defer close(jobs)
		defer close(ordered)
		seen := map[string]string{} // doc_id -> first source; ids only
		for _, ref := range sc.docs {
			j := &job{done: make(chan struct{})}
			if first, dup := seen[ref.id]; dup {
				j.duplicate = true
				j.doc = &Doc{ID: ref.id, Source: ref.source, Failed: true}
				j.doc.Problems = append(j.doc.Problems, Problem{Stage: "ingest", Severity: SeverityWarning,
					Message: fmt.Sprintf("duplicate of %s (same doc_id); kept %s once", first, first)})
				close(j.done)
			} else {
				seen[ref.id] = ref.source
				doc, err := sc.load(ref)
				j.doc, j.source, j.size = doc, doc.Source, len(doc.Raw)
				if err != nil {
					fail(doc, "read", err)
					close(j.done)
				}
			}
			select {
			case ordered <- j:
			case <-gctx.Done():
				return gctx.Err()
			}
			if isDone(j) {
				continue
			}
			select {
			case jobs <- j:
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		return nil
	})
	for range cfg.Workers {
		g.Go(func() error {
			for j := range jobs {
				process(gctx, cfg.Stages, j.doc)
				if err := gctx.Err(); err != nil {
					return err // the document is half done; the run stops
				}
				if cfg.Linker != nil && !j.doc.Failed {
					j.prepared = cfg.Linker.Prepare(j.doc)
				}
				j.rows = rowsOf(j.doc, cfg.Tokens)
				j.tokens = len(j.doc.Tokens)
				shedLayers(j.doc)
				close(j.done)
				if err := gctx.Err(); err != nil {
					return err
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		for j := range ordered {
			if err := prog.await(gctx, j.done, j.source, j.size); err != nil {
				return err
			}
			d := j.doc
			if j.rows == nil { // not processed: unreadable, or a duplicate
				j.rows = rowsOf(d, cfg.Tokens)
			}
			err := w.writeRows(j.rows)
			j.rows.release()
			j.rows = nil
			if err != nil {
				return err
			}
			if k, ok := docKeyOf(d.ID); ok && !j.duplicate {
				docIDs = append(docIDs, k)
			}
			switch {
			case j.duplicate:
			case d.Failed:
				res.Failed++
			default:
				res.Documents++
				res.Tokens += j.tokens
				cat.add(d)
				if cfg.Linker != nil {
					if err := cfg.Linker.AddContext(gctx, d, j.prepared); err != nil {
						return err
					}
				}
			}
			for _, p := range d.Problems {
				if p.Severity == SeverityWarning {
					res.Warnings++
				}
			}
			prog.add(1)
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}

	closed = true
	if err := finish(cfg, w, cat); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
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
	return b, nil
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

// checkReplaceable refuses to replace a directory that is not a dataset:
// --out names a directory that Run replaces as a whole.
func checkReplaceable(out string) error {
	info, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output %s: %w", out, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("output %s exists and is not a directory", out)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("output %s: %w", out, err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, "manifest.json")); err != nil {
		return fmt.Errorf("output %s is not empty and holds no newsclaims dataset (no manifest.json); refusing to replace it", out)
	}
	return nil
}

// replaceDir puts the complete dataset in staging at out. Where the system
// can, the two directories are exchanged in one step, so that a reader sees
// the old dataset or the new one, whole. Elsewhere the previous dataset is
// moved aside first and removed only after the new one is in place, so an
// interruption leaves one of the two whole.
func replaceDir(staging, out string) error {
	old := ""
	if _, err := os.Stat(out); err == nil {
		if exchangeDirs(staging, out) == nil {
			syncDir(filepath.Dir(out))
			os.RemoveAll(staging) // the previous version; debris for the next run if this fails
			return nil
		}
		old = staging + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("output %s: moving the previous dataset aside: %w", out, err)
		}
	}
	if err := os.Rename(staging, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("output %s: %w", out, err)
	}
	syncDir(filepath.Dir(out))
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// syncDir makes a rename in dir durable; where a directory cannot be
// synced, the rename is still atomic, only not yet on disk.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
