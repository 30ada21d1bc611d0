package pipeline

import (
	"errors"
	"fmt"
	"sync"
)

// syncGroup syncs the files of a new version of the dataset all at once,
// in the background, as each is closed, and closes them. Every file must be
// on disk before the version is swapped in, but not one after the other:
// a file system that journals (ext4, XFS) commits the syncs that wait
// together in one transaction, where the same files synced in turn cost a
// commit each, and the run goes on writing the next files meanwhile.
type syncGroup struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	err error
}

// add syncs and closes o in the background.
func (g *syncGroup) add(o *outFile) {
	g.wg.Go(func() {
		err := o.f.Sync()
		if cerr := o.f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			g.mu.Lock()
			g.err = errors.Join(g.err, fmt.Errorf("writing %s: %w", o.path, err))
			g.mu.Unlock()
		}
	})
}

// wait returns once every file added is synced and closed, with what
// failed.
func (g *syncGroup) wait() error {
	g.wg.Wait()
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.err
}
