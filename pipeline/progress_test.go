package pipeline

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// closeOnWrite records what is written and closes done at the first write
// that contains want.
type closeOnWrite struct {
	mu   sync.Mutex
	text strings.Builder
	want string
	done chan struct{}
}

func (w *closeOnWrite) Write(b []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.text.Write(b)
	if strings.Contains(w.text.String(), w.want) {
		select {
		case <-w.done:
		default:
			close(w.done)
		}
	}
	return len(b), nil
}

// TestProgressNamesTheSlowDocument checks that while the run waits for one
// long document, progress says which one and how large it is, and that an
// interrupt ends the wait. The document "ends" when the message has been
// written, so the test does not depend on how fast the machine is.
func TestProgressNamesTheSlowDocument(t *testing.T) {
	w := &closeOnWrite{want: "still processing long.txt (4096 KB) after", done: make(chan struct{})}
	p := newProgress(w, 3)
	p.slowAfter = time.Millisecond
	if err := p.await(context.Background(), w.done, "long.txt", 4<<20); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(w.text.String(), "newsclaims: still processing long.txt") {
		t.Errorf("progress wrote %q", w.text.String())
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.await(ctx, make(chan struct{}), "long.txt", 4<<20); !errors.Is(err, context.Canceled) {
		t.Errorf("await after an interrupt: %v, want context.Canceled", err)
	}
}
