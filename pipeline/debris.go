package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// A run writes beside --out into two directories of its own: the staging
// directory that becomes the dataset (".<out>.tmp-<pid>-<random>", and
// "<staging>.old" for the previous dataset while the two are swapped) and a
// work directory for decompressed inputs (".<out>.work-<pid>-<random>").
// Both are removed when the run ends, however it ends, except when the
// process is killed. The process id in their names lets the next run tell
// the debris of a dead run from the directories of one still running.

// scratchPrefixes are the name prefixes of a run's directories beside out.
func scratchPrefixes(out string) [2]string {
	base := "." + filepath.Base(out)
	return [2]string{base + ".tmp-", base + ".work-"}
}

// makeScratchDir creates the directory beside out with the given prefix and
// this process's id.
func makeScratchDir(out, prefix string) (string, error) {
	return os.MkdirTemp(filepath.Dir(out), prefix+strconv.Itoa(os.Getpid())+"-")
}

// removeStaleScratch removes the staging and work directories beside out
// that were left by runs whose process is gone (killed, or a machine that
// went down), and returns their paths. Directories of live processes, and
// any whose name does not carry a process id, are left alone.
func removeStaleScratch(out string) ([]string, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var removed []string
	var errs []error
	for _, e := range entries {
		pid, ok := scratchOwner(out, e.Name())
		if !ok || !e.IsDir() || processAlive(pid) {
			continue
		}
		path := filepath.Join(filepath.Dir(out), e.Name())
		if err := os.RemoveAll(path); err != nil {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, path)
	}
	return removed, errors.Join(errs...)
}

// scratchOwner returns the process id in the name of a run's directory
// beside out, and false for any other name.
func scratchOwner(out, name string) (int, bool) {
	for _, prefix := range scratchPrefixes(out) {
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok {
			continue
		}
		digits, _, ok := strings.Cut(rest, "-")
		if !ok {
			return 0, false
		}
		pid, err := strconv.Atoi(digits)
		return pid, err == nil && pid > 0
	}
	return 0, false
}

// processAlive reports whether a process with this id exists. A process
// owned by another user (EPERM) exists too; where signal 0 cannot be sent
// the answer errs on the side of alive, so that nothing in use is removed.
func processAlive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		return true
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
