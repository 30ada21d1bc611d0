package stages_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

// cancelAfter is a context whose Err reports cancellation from its n+1th
// call on: a stage that checks only on entry sees it alive, one that checks
// inside its loops sees it cancelled.
type cancelAfter struct {
	context.Context
	calls, n atomic.Int64
}

func (c *cancelAfter) Err() error {
	if c.calls.Add(1) > c.n.Load() {
		return context.Canceled
	}
	return nil
}

// TestStagesHonourCancellationInside checks that every stage that loops
// over sentences, lines or paragraphs returns the context's error when it
// is cancelled while the stage runs, so an interrupt does not wait for the
// end of a long document.
func TestStagesHonourCancellationInside(t *testing.T) {
	chain, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	var text strings.Builder
	for text.Len() < 400<<10 {
		for _, s := range seeds {
			b, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			text.Write(b)
			text.WriteString("\n\n")
		}
	}
	d := &pipeline.Doc{Raw: []byte(text.String())}
	for _, s := range chain {
		name := s.Name()
		// Every stage runs to the end on a live context, for the next one.
		before := *d
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if name == "ingest" || name == "zones" {
			continue // one pass over the text, no loop to check in
		}
		// Then again on a copy, cancelled after the check on entry.
		copied := before
		ctx := &cancelAfter{Context: context.Background()}
		ctx.n.Store(1)
		if err := s.Process(ctx, &copied); !errors.Is(err, context.Canceled) {
			t.Errorf("%s ran to the end of a %d-byte document after a cancel (err %v)", name, len(d.Text), err)
		}
	}
	// The claim linker, which the writer runs on one document after
	// another: linking a long one takes seconds.
	l := stages.NewLinker()
	prepared := l.Prepare(d)
	ctx := &cancelAfter{Context: context.Background()}
	ctx.n.Store(1)
	if err := l.AddContext(ctx, d, prepared); !errors.Is(err, context.Canceled) {
		t.Errorf("the claim linker linked the %d claims of a %d-byte document after a cancel (err %v)", len(d.Claims), len(d.Text), err)
	}
	if err := stages.NewLinker().AddContext(context.Background(), d, prepared); err != nil {
		t.Errorf("the claim linker on a live context: %v", err)
	}
}
