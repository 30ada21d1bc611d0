package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// This file holds how a finished dataset replaces the previous one in
// --out, whole or not at all.

// checkReplaceable refuses to replace a directory that is not a dataset:
// --out names a directory that Run replaces as a whole.
func checkReplaceable(out string) error {
	info, err := os.Stat(out)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return pathError("output", out, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("output %s exists and is not a directory", out)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return pathError("output", out, err)
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
