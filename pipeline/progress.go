package pipeline

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress reports how many documents are done: a bar when the writer is a
// terminal, otherwise a plain line at most every few seconds. progressbar
// does not check for a terminal itself, so the choice is made here.
type progress struct {
	bar   *progressbar.ProgressBar
	plain io.Writer
	total int
	done  int
	last  time.Time
	start time.Time
	// slowAfter is how long await waits before it names the document it
	// waits for (a field, so that a test need not wait as long).
	slowAfter time.Duration
}

// plainEvery is how often a plain progress line is written.
const plainEvery = 5 * time.Second

func newProgress(w io.Writer, total int) *progress {
	p := &progress{total: total, start: time.Now(), slowAfter: slowAfter}
	p.last = p.start
	if w == nil {
		return p
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("documents"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
		return p
	}
	p.plain = w
	return p
}

func (p *progress) add(n int) {
	p.done += n
	switch {
	case p.bar != nil:
		p.bar.Add(n)
	case p.plain != nil && time.Since(p.last) >= plainEvery:
		p.last = time.Now()
		fmt.Fprintf(p.plain, "newsclaims: %d/%d documents (%.0f%%)\n", p.done, p.total, 100*float64(p.done)/float64(max(p.total, 1)))
	}
}

// slowAfter is how long the writer waits for one document before progress
// says which document holds the run up, and then how often it says so again.
const slowAfter = 15 * time.Second

// await waits until done is closed or ctx is done. While it waits, it says
// every p.slowAfter which document the run is waiting for.
func (p *progress) await(ctx context.Context, done <-chan struct{}, source string, size int) error {
	select { // the common case, without a timer
	case <-done:
		return nil
	default:
	}
	tick := time.NewTicker(p.slowAfter)
	defer tick.Stop()
	start := time.Now()
	for {
		select {
		case <-done:
			if p.bar != nil {
				p.bar.Describe("documents")
			}
			return nil
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
			msg := fmt.Sprintf("still processing %s (%d KB) after %v", source, size>>10, time.Since(start).Round(time.Second))
			switch {
			case p.bar != nil:
				p.bar.Describe("documents; " + msg)
			case p.plain != nil:
				fmt.Fprintf(p.plain, "newsclaims: %s\n", msg)
			}
		}
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
