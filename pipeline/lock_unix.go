//go:build unix

package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// lockOutput takes the lock of out's parent directory, waiting while
// another run holds it, so that one run at a time stages a dataset there
// and no run stages into a folder another live run is writing. A killed run's lock
// goes with its process.
func lockOutput(ctx context.Context, out string) (unlock func(), err error) {
	d, err := os.Open(filepath.Dir(out))
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(d.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { d.Close() }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			d.Close()
			return nil, err
		}
		select {
		case <-ctx.Done():
			d.Close()
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
