package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/apache/arrow-go/v18/arrow/memory"
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
