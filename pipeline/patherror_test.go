package pipeline

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestRunErrorsNamePathOnce checks that a missing input and an --out below
// a file name their path once ("input x: no such file or directory", not
// "input x: stat x: ..."), and that the cause can still be tested for.
func TestRunErrorsNamePathOnce(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "afile")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing, under := filepath.Join(dir, "nope"), filepath.Join(file, "out")
	_, inputErr := listInputs([]string{missing})
	for _, tc := range []struct {
		name  string
		err   error
		path  string
		want  string
		cause error
	}{
		{"missing input", inputErr, missing, "input " + missing + ": no such file or directory", fs.ErrNotExist},
		{"out below a file", checkReplaceable(under), under, "output " + under + ": not a directory", syscall.ENOTDIR},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil || tc.err.Error() != tc.want {
				t.Fatalf("err = %v, want %q", tc.err, tc.want)
			}
			if n := strings.Count(tc.err.Error(), tc.path); n != 1 {
				t.Errorf("err = %v names %s %d times, want once", tc.err, tc.path, n)
			}
			if !errors.Is(tc.err, tc.cause) {
				t.Errorf("err = %v is not %v", tc.err, tc.cause)
			}
		})
	}
}
