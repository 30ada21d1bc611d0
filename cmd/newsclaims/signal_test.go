package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run this binary as the newsclaims command in a child
// process, so that it can be sent signals.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSCLAIMS_RUN_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// manyArticles writes n distinct small articles made from the seeds.
func manyArticles(t *testing.T, n int) string {
	t.Helper()
	in := t.TempDir()
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for i := range n {
		raw, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		raw = append(raw, fmt.Sprintf("\n\nCopy %d.\n", i)...)
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("%04d.txt", i)), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return in
}

// startBuild starts newsclaims build in a child process.
func startBuild(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"build"}, args...)...)
	cmd.Env = append(os.Environ(), "NEWSCLAIMS_RUN_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, &stderr
}

// scratchOf lists the run directories beside out.
func scratchOf(t *testing.T, out string) []string {
	t.Helper()
	var found []string
	for _, kind := range []string{".tmp-", ".work-"} {
		m, err := filepath.Glob(filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+kind+"*"))
		if err != nil {
			t.Fatal(err)
		}
		found = append(found, m...)
	}
	return found
}

// waitForRows waits until the child has written rows into its staging
// directory: its models are loaded and documents are being processed.
func waitForRows(t *testing.T, out string) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		for _, dir := range scratchOf(t, out) {
			if strings.Contains(dir, ".tmp-") {
				if entries, _ := os.ReadDir(dir); len(entries) > 0 {
					time.Sleep(200 * time.Millisecond)
					return
				}
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the run never started writing")
}

// exitCode waits for cmd and returns its exit code, failing the test after
// limit.
func exitCode(t *testing.T, cmd *exec.Cmd, limit time.Duration) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), time.Since(start)
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, time.Since(start)
	case <-time.After(limit):
		t.Fatalf("still running %v after the signal", limit)
		return 0, 0
	}
}

// previousDataset makes out look like a dataset and returns its manifest.
func previousDataset(t *testing.T, out string) []byte {
	t.Helper()
	manifest := []byte(`{"tool":"newsclaims","version":"previous"}`)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "manifest.json"), manifest, 0o644); err != nil {
		t.Fatal(err)
	}
	return manifest
}

// TestInterrupt checks that SIGINT and SIGTERM stop a run promptly with exit
// code 130, keep the previous dataset and leave no temporary folder, and
// that a second SIGINT exits at once.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	in := manyArticles(t, 2000)
	for _, tt := range []struct {
		name    string
		signals []syscall.Signal
		message string
	}{
		{"SIGINT", []syscall.Signal{syscall.SIGINT}, "interrupted; previous dataset kept"},
		{"SIGTERM", []syscall.Signal{syscall.SIGTERM}, "interrupted; previous dataset kept"},
		{"second SIGINT", []syscall.Signal{syscall.SIGINT, syscall.SIGINT}, "previous dataset kept"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			manifest := previousDataset(t, out)
			cmd, stderr := startBuild(t, "--workers", "1", "--out", out, in)
			waitForRows(t, out)
			for _, sig := range tt.signals {
				cmd.Process.Signal(sig)
			}
			code, took := exitCode(t, cmd, time.Minute)
			t.Logf("%s: exit %d after %v", tt.name, code, took.Round(time.Millisecond))
			if code != exitInterrupted || !strings.Contains(stderr.String(), tt.message) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr.String(), exitInterrupted, tt.message)
			}
			if got, _ := os.ReadFile(filepath.Join(out, "manifest.json")); !bytes.Equal(got, manifest) {
				t.Error("the previous dataset changed")
			}
			if len(tt.signals) == 1 {
				if left := scratchOf(t, out); len(left) > 0 {
					t.Errorf("left behind: %q", left)
				}
			}
		})
	}
}

// TestKilledRunScratchRemoved kills a run with SIGKILL, which leaves its
// staging and work folders, and checks that the next run removes them and
// only them.
func TestKilledRunScratchRemoved(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	in := manyArticles(t, 2000)
	out := filepath.Join(t.TempDir(), "out")
	manifest := previousDataset(t, out)
	cmd, _ := startBuild(t, "--workers", "1", "--out", out, in)
	waitForRows(t, out)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	left := scratchOf(t, out)
	if len(left) < 2 {
		t.Fatalf("a killed run left %q; want its staging and work folders", left)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "manifest.json")); !bytes.Equal(got, manifest) {
		t.Error("kill -9 changed the previous dataset")
	}
	// A folder of a live process (this one) is not touched.
	live := filepath.Join(filepath.Dir(out), fmt.Sprintf(".%s.tmp-%d-1", filepath.Base(out), os.Getpid()))
	if err := os.Mkdir(live, 0o755); err != nil {
		t.Fatal(err)
	}
	small := t.TempDir()
	os.WriteFile(filepath.Join(small, "a.txt"), []byte("Russia said it conducted 64 airstrikes.\n"), 0o644)
	code, _, stderr := runCLI("build", "--out", out, small)
	if code != 0 || !strings.Contains(stderr, fmt.Sprintf("removed %d temporary folder(s)", len(left))) {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if got := scratchOf(t, out); len(got) != 1 || got[0] != live {
		t.Errorf("after the next run: %q, want only %s", got, live)
	}
}

// TestInterruptInsideOneLongDocument sends SIGINT while the run's only
// document, 2 MB of news text, is inside the stages, and checks that the
// run stops without finishing it: exit code 130, the documented message,
// the previous dataset kept and no temporary folder left. The signal goes
// once the child has spent more CPU time than loading the models and
// reading the input take, so that it lands inside the document on a busy
// machine too; a run that ignored it until the document was done would
// print its summary line instead.
func TestInterruptInsideOneLongDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	if runtime.GOOS != "linux" {
		t.Skip("reads the child's CPU time from /proc")
	}
	in := t.TempDir()
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	var text []byte
	for i := 0; len(text) < 2<<20-4096; i++ {
		raw, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		text = append(append(text, raw...), "\n\n"...)
	}
	if err := os.WriteFile(filepath.Join(in, "long.txt"), text[:2<<20-4096], 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	manifest := previousDataset(t, out)
	cmd, stderr := startBuild(t, "--workers", "1", "--out", out, in)
	deadline := time.Now().Add(5 * time.Minute)
	before, alive := cpuTimeOf(t, cmd.Process.Pid)
	for ; alive && before < 1500*time.Millisecond; before, alive = cpuTimeOf(t, cmd.Process.Pid) {
		if time.Now().After(deadline) {
			t.Fatalf("the child used %v of CPU in 5 minutes", before)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if !alive {
		t.Fatalf("the child ended before the signal: %s", stderr)
	}
	cmd.Process.Signal(syscall.SIGINT)
	code, took := exitCode(t, cmd, 2*time.Minute)
	t.Logf("signal after %v of CPU; exit %d %v later", before.Round(time.Millisecond), code, took.Round(time.Millisecond))
	if code != exitInterrupted || !strings.Contains(stderr.String(), "interrupted; previous dataset kept") || strings.Contains(stderr.String(), "wrote 1 documents") {
		t.Errorf("exit %d, stderr %q; want %d, the run stopped inside the document", code, stderr.String(), exitInterrupted)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "manifest.json")); !bytes.Equal(got, manifest) {
		t.Error("the previous dataset changed")
	}
	if left := scratchOf(t, out); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
}

// cpuTimeOf is the user and system CPU time of a child process, from
// /proc/PID/stat, and whether it is still running (not a zombie).
func cpuTimeOf(t *testing.T, pid int) (time.Duration, bool) {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	// The command name, field 2, is in parentheses and may hold spaces:
	// the fields counted are those after it: the state, the 3rd of the
	// line, and utime and stime, the 14th and 15th, in clock ticks of
	// 1/100 s on Linux.
	fields := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
	if len(fields) < 13 {
		t.Fatalf("/proc/%d/stat: %q", pid, raw)
	}
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond, fields[0] != "Z"
}
