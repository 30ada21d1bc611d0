package pipeline

import (
	"context"
	"io"
	"iter"
)

// Relations between two claims in the claim_links table.
const (
	RelationAgrees    = "agrees"    // same measure, compatible values or both assert the same event
	RelationConflicts = "conflicts" // different values for the same measure, or one denies what the other asserts
	RelationRepeats   = "repeats"   // the same claim again (same claimant or a relay)
	RelationUpdates   = "updates"   // the same claimant revises an earlier claim
)

// ClaimRef names one claim in the dataset.
type ClaimRef struct {
	DocID   string
	ClaimID int // index in that document's Claims
}

// ClaimLink says that two claims, in one document or in two, are about the
// same thing, and how they relate.
type ClaimLink struct {
	A, B     ClaimRef
	Relation string // one of the Relation constants
	// Reason is a human-readable explanation, e.g. "same measure 'airstrike
	// near Palmyra': 64 (Russian Ministry of Defence) vs at least 70 (Syrian
	// Observatory for Human Rights)".
	Reason string
}

// A Linker finds links between claims across the whole dataset. Run calls
// Prepare for each document on the worker that processed it, concurrently
// with other documents; then AddContext once per document, from one goroutine, in
// output order (sorted by doc_id), with what Prepare returned; then Links
// once. Work that needs only the document belongs in Prepare, where it runs
// in parallel. A Linker keeps only what it needs of each claim, not the
// documents.
type Linker interface {
	// Prepare reads what Add will need from d alone. It must not change the
	// Linker: it is called from several goroutines at once.
	Prepare(d *Doc) any
	// AddContext adds d, with what Prepare returned for it. Linking one
	// long document takes seconds: it returns ctx's error soon after ctx
	// is done, and the Linker is not used again.
	AddContext(ctx context.Context, d *Doc, prepared any) error
	// Links yields the links in a deterministic order, one at a time, so
	// that they never all exist as rows at once.
	Links() iter.Seq[ClaimLink]
}

// A LinkerIndex is a Linker that can save what it keeps of the dataset's
// claims (their keys, not their texts) and start again from it, so that an
// append links its new claims with those of every earlier partition
// without reading them. The index describes the claims Add has seen, in
// the order it saw them; links found before LoadIndex are not in it.
type LinkerIndex interface {
	Linker
	// SaveIndex writes the index of every claim added so far.
	SaveIndex(w io.Writer) error
	// LoadIndex makes an empty Linker what it was when it saved the index.
	LoadIndex(r io.Reader) error
}
