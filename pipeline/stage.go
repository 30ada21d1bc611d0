package pipeline

import "context"

// A Stage adds one annotation layer to a Doc.
//
// Process is synchronous and must not start goroutines: concurrency lives in
// Run alone. A Stage is built once per process (models are loaded by its
// constructor) and its Process is called from several goroutines at once, so
// it must not mutate shared state.
//
// Process returns an error only when the document cannot go on; the error
// becomes a row of the errors table and the run continues with the next
// document. Recoverable oddities are recorded with Doc.Warn.
//
// A stage's loop over sentences, lines or paragraphs checks ctx every
// CheckEvery items and returns ctx.Err() when it is done, so that an
// interrupt is honoured inside a long document.
type Stage interface {
	Name() string
	Process(ctx context.Context, d *Doc) error
}

// CheckEvery is how many sentences, lines or paragraphs a stage processes
// between two checks of its context: a few milliseconds of work.
const CheckEvery = 256
