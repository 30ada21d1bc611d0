package interop

import (
	"database/sql"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestKillAppend kills `newsclaims build --append` at random points (a
// different point for each seed of randomness, one in each fifth of the
// run; SIGKILL, and once SIGINT as Ctrl-C sends) and checks that the dataset is then either the one before the
// append or the one after it, byte for byte, that DuckDB reads every table
// of it, and that the next run completes the append and removes what the
// killed one left behind.
func TestKillAppend(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it a dozen times")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsclaims")
	build := exec.Command("go", "build", "-o", bin, "./cmd/newsclaims")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	newsclaims := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("newsclaims %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}

	// The night's articles: republished copies of the seeds, new documents
	// enough for the append to spend time in every phase.
	night := filepath.Join(dir, "night")
	if err := os.MkdirAll(night, 0o755); err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for i := range 20 {
		text, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		text = fmt.Appendf(text, "\nRepublished, copy %d.\n", i)
		if err := os.WriteFile(filepath.Join(night, fmt.Sprintf("%02d.txt", i)), text, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := filepath.Join(dir, "base", "ds")
	newsclaims("build", "--quiet", "--format", "parquet", "--out", base, "../seeds")
	before := treeSnapshot(t, base)

	ref := filepath.Join(dir, "ref", "ds")
	copyTree(t, base, ref)
	start := time.Now()
	newsclaims("build", "--append", "--quiet", "--format", "parquet", "--out", ref, night)
	whole := time.Since(start)
	after := treeSnapshot(t, ref)
	t.Logf("an uninterrupted append takes %v", whole.Round(time.Millisecond))

	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	// One random point in each fifth of the run (and a little past its
	// end, as its length varies), so that the points cover start-up,
	// processing, writing and the swap, whatever the seeds draw.
	const kills = 5
	for seed := range uint64(kills) {
		sig := syscall.SIGKILL
		if seed == 2 {
			sig = syscall.SIGINT
		}
		rng := rand.New(rand.NewPCG(seed, 19))
		delay := time.Duration((float64(seed) + rng.Float64()) / kills * 1.1 * float64(whole))
		ds := filepath.Join(dir, fmt.Sprint("kill", seed), "ds")
		copyTree(t, base, ds)
		cmd := exec.Command(bin, "build", "--append", "--quiet", "--format", "parquet", "--out", ds, night)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Signal(sig)
		waitErr := cmd.Wait()

		state := ""
		switch treeSnapshot(t, ds) {
		case before:
			state = "the dataset before the append"
		case after:
			state = "the dataset after the append"
		default:
			t.Errorf("seed %d: %v after %v left a dataset that is neither the one before the append nor the one after", seed, sig, delay)
		}
		t.Logf("seed %d: %v after %v (%s): %s", seed, sig, delay.Round(time.Millisecond), exitOf(waitErr), state)
		m, err := pipeline.ReadManifest(ds)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		checkManifest(t, ds, m)
		for _, table := range m.Tables {
			var n int64
			if err := db.QueryRow("SELECT count(*) FROM " + tableSQL(ds, table.Name)).Scan(&n); err != nil || n != table.Rows {
				t.Errorf("seed %d: DuckDB reads %d rows of %s (err %v), manifest says %d", seed, n, table.Name, err, table.Rows)
			}
		}
		if sig == syscall.SIGINT && waitErr != nil {
			if left := besides(t, ds); len(left) > 0 {
				t.Errorf("an interrupted append left %v", left)
			}
		}

		newsclaims("build", "--append", "--quiet", "--format", "parquet", "--out", ds, night)
		if treeSnapshot(t, ds) != after {
			t.Errorf("seed %d: the append after the killed one gave another dataset", seed)
		}
		if left := besides(t, ds); len(left) > 0 {
			t.Errorf("seed %d: the next run left %v beside the dataset", seed, left)
		}
	}
}

func exitOf(err error) string {
	if err == nil {
		return "it had finished"
	}
	return err.Error()
}

// besides lists what is in the dataset's directory besides the dataset.
func besides(t *testing.T, ds string) []string {
	entries, err := os.ReadDir(filepath.Dir(ds))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.Name() != filepath.Base(ds) {
			out = append(out, e.Name())
		}
	}
	return out
}

// treeSnapshot is every file of a directory tree with its bytes.
func treeSnapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		fmt.Fprintf(&b, "%s %x\n", rel, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if e.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
}
