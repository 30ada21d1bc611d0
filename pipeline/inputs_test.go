package pipeline_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// errorRows returns the errors table as "source|severity|message" lines.
func errorLines(t *testing.T, out string) []string {
	t.Helper()
	errs := readParquet(t, firstPartition(out, "errors"))
	sources, severities, messages := stringColumn(t, errs, "source"), stringColumn(t, errs, "severity"), stringColumn(t, errs, "message")
	var lines []string
	for i := range sources {
		lines = append(lines, sources[i]+"|"+severities[i]+"|"+messages[i])
	}
	return lines
}

// hasLine reports whether some line starts with prefix and contains every want.
func hasLine(lines []string, prefix string, want ...string) bool {
	for _, l := range lines {
		if !strings.HasPrefix(l, prefix) {
			continue
		}
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(l, w)
		}
		if ok {
			return true
		}
	}
	return false
}

const article = "Russia said on Monday it had conducted 64 airstrikes near Palmyra.\n"

// TestInputTolerance checks that odd inputs are kept, coerced, or become
// rows of the errors table that say what happened, and never stop the run.
func TestInputTolerance(t *testing.T) {
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "upper.TXT"), []byte("An upper-case extension. "+article))
	writeFile(t, filepath.Join(in, "big.txt"), []byte(strings.Repeat("Long text. ", 200)))
	writeFile(t, filepath.Join(in, "lines.JSONL"), []byte(strings.Join([]string{
		`{"id":17,"url":"https://example.org/a","title":123,"outlet":["x"],"published":"Fri, 18 Mar 2016 10:00:00 GMT","text":"Numeric id. ` + strings.TrimSpace(article) + `"}`,
		`{"id":"same","published":"March 19, 2016","text":"First text with the id. ` + strings.TrimSpace(article) + `"}`,
		`{"id":"same","published":1458345600,"text":"Second text with the id. ` + strings.TrimSpace(article) + `"}`,
		`{"id":"n","text":null}`,
		`{"id":"w","published":"someday","text":"Unknown date. ` + strings.TrimSpace(article) + `"}`,
		`{"id":"big","text":"` + strings.Repeat("Long text. ", 200) + `"}`,
	}, "\n")+"\n"))
	var many strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&many, `{"text":"Line %d: %d strikes were reported."}`+"\n", i, i*7919%1000)
	}
	truncated := gz(t, many.String())
	writeFile(t, filepath.Join(in, "cut.jsonl.gz"), truncated[:len(truncated)*2/3])
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	res := run(t, pipeline.Config{Inputs: []string{in}, Out: out, Workers: 2, MaxDocBytes: 1000})
	lines := errorLines(t, out)
	for _, c := range []struct {
		name, prefix string
		want         []string
	}{
		{"a txt over the limit", "big.txt|error|", []string{"2200 bytes", "limit of 1000 bytes", "--max-doc-bytes"}},
		{"a JSONL text over the limit", "lines.JSONL:6|error|", []string{"2200 bytes", "--max-doc-bytes"}},
		{"text null", "lines.JSONL:4|error|", []string{`"text" is null`}},
		{"a number coerced", "lines.JSONL:1|warning|", []string{`"title" is a number`}},
		{"an array ignored", "lines.JSONL:1|warning|", []string{`"outlet" is an array`, "ignored"}},
		{"an id reused", "lines.JSONL:", []string{`id "same" is also the id of lines.JSONL:`, "text differs"}},
		{"an unknown date", "lines.JSONL:5|warning|", []string{`"someday"`, "left null"}},
		{"a truncated gzip", "cut.jsonl.gz|error|", []string{"gzip", "line ", "truncated"}},
		{"a named pipe", "pipe.txt|error|", []string{"named pipe", "not read"}},
	} {
		if !hasLine(lines, c.prefix, c.want...) {
			t.Errorf("%s: no error row %s... with %q in\n%s", c.name, c.prefix, c.want, strings.Join(lines, "\n"))
		}
	}
	docs := readParquet(t, firstPartition(out, "documents"))
	sources := stringColumn(t, docs, "source")
	for _, want := range []string{"upper.TXT", "lines.JSONL:1", "lines.JSONL:2", "lines.JSONL:3", "lines.JSONL:5", "cut.jsonl.gz:1"} {
		if !contains(sources, want) {
			t.Errorf("document %s not kept; documents: %q", want, sources)
		}
	}
	ids := stringColumn(t, docs, "external_id")
	if !contains(ids, "17") {
		t.Errorf("numeric id not kept as a string: %q", ids)
	}
	if res.Documents < 6 {
		t.Errorf("%d documents written", res.Documents)
	}
}

// TestSourcesUnique checks that files of the same name under two input
// roots keep distinct sources, prefixed by their root.
func TestSourcesUnique(t *testing.T) {
	parent := t.TempDir()
	a, b := filepath.Join(parent, "a"), filepath.Join(parent, "b")
	writeFile(t, filepath.Join(a, "x.txt"), []byte("From a. "+article))
	writeFile(t, filepath.Join(b, "x.txt"), []byte("From b. "+article))
	out := filepath.Join(parent, "out")
	run(t, pipeline.Config{Inputs: []string{a, b}, Out: out})
	sources := stringColumn(t, readParquet(t, firstPartition(out, "documents")), "source")
	wantA, wantB := filepath.ToSlash(a)+"/x.txt", filepath.ToSlash(b)+"/x.txt"
	if len(sources) != 2 || !contains(sources, wantA) || !contains(sources, wantB) {
		t.Errorf("sources %q, want %s and %s", sources, wantA, wantB)
	}
	m, err := pipeline.ReadManifest(out)
	if err != nil {
		t.Fatal(err)
	}
	var inputs []string
	for _, p := range m.Partitions {
		for _, r := range p.Runs {
			for _, f := range r.Inputs {
				inputs = append(inputs, f.Path)
			}
		}
	}
	if len(inputs) != 2 || !contains(inputs, wantA) || !contains(inputs, wantB) {
		t.Errorf("manifest inputs %q, want %s and %s", inputs, wantA, wantB)
	}
	// One root: paths relative to it.
	out1 := filepath.Join(parent, "out1")
	run(t, pipeline.Config{Inputs: []string{a}, Out: out1})
	if s := stringColumn(t, readParquet(t, firstPartition(out1, "documents")), "source"); len(s) != 1 || s[0] != "x.txt" {
		t.Errorf("one root: sources %q, want x.txt", s)
	}
}

// TestSymlinkedDirectories checks that a linked directory is read once and
// a link back to an ancestor is reported, not followed for ever.
func TestSymlinkedDirectories(t *testing.T) {
	parent := t.TempDir()
	in, elsewhere := filepath.Join(parent, "in"), filepath.Join(parent, "elsewhere")
	writeFile(t, filepath.Join(in, "own.txt"), []byte("Own. "+article))
	writeFile(t, filepath.Join(elsewhere, "linked.txt"), []byte("Linked. "+article))
	for link, target := range map[string]string{"more": elsewhere, "again": elsewhere, "loop": in} {
		if err := os.Symlink(target, filepath.Join(in, link)); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(parent, "out")
	res := run(t, pipeline.Config{Inputs: []string{in}, Out: out})
	if res.Failed != 0 || res.Warnings == 0 {
		t.Errorf("failed %d, warnings %d; want 0 failed and the loop as a warning", res.Failed, res.Warnings)
	}
	sources := stringColumn(t, readParquet(t, firstPartition(out, "documents")), "source")
	if len(sources) != 2 || !contains(sources, "own.txt") || !(contains(sources, "again/linked.txt") || contains(sources, "more/linked.txt")) {
		t.Errorf("sources %q, want own.txt and the linked file once", sources)
	}
	lines := errorLines(t, out)
	if !hasLine(lines, "loop|warning|", "already read") {
		t.Errorf("link loop not reported:\n%s", strings.Join(lines, "\n"))
	}
}

// TestUnreadable checks that a directory that cannot be listed and a file
// that cannot be opened are error rows, and the rest of the input is read.
// Root reads everything, so as root the test runs itself again as an
// unprivileged user (asUnprivileged).
func TestUnreadable(t *testing.T) {
	if ranUnprivileged(t) {
		return
	}
	in := t.TempDir()
	writeFile(t, filepath.Join(in, "ok.txt"), []byte(article))
	locked := filepath.Join(in, "locked")
	writeFile(t, filepath.Join(locked, "hidden.txt"), []byte(article))
	secret := filepath.Join(in, "secret.txt")
	writeFile(t, secret, []byte("Secret. "+article))
	for _, p := range []string{locked, secret} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(p, 0o755)
	}
	out := filepath.Join(t.TempDir(), "out")
	res := run(t, pipeline.Config{Inputs: []string{in}, Out: out})
	lines := errorLines(t, out)
	if res.Documents != 1 || !hasLine(lines, "locked|error|", "directory not read", "permission denied") ||
		!hasLine(lines, "secret.txt|error|", "permission denied") {
		t.Errorf("documents %d, errors %q; want ok.txt and a row for each of locked and secret.txt", res.Documents, lines)
	}
}

// unprivilegedEnv marks the copy of a test that asUnprivileged runs.
const unprivilegedEnv = "NEWSCLAIMS_TEST_UNPRIVILEGED"

// ranUnprivileged returns false at once when the test runs as a user that
// file permissions apply to: the test goes on. As root it runs the calling
// test again in a child process as user and group 65534 (nobody), from a
// copy of the test binary that user can execute, fails if the child fails,
// and returns true: the test is done. A machine that refuses the change of
// user skips the test and says so.
func ranUnprivileged(t *testing.T) bool {
	t.Helper()
	if os.Geteuid() != 0 {
		return false
	}
	if os.Getenv(unprivilegedEnv) != "" {
		t.Fatal("still root after the change of user")
	}
	bin, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "unprivileged-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	raw, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	copied := filepath.Join(dir, "pipeline.test")
	if err := os.WriteFile(copied, raw, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(copied, "-test.run", "^"+t.Name()+"$", "-test.v", "-test.count=1")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), unprivilegedEnv+"=1", "TMPDIR="+os.TempDir(), "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	output, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
		t.Logf("as user 65534:\n%s", output)
	case errors.As(err, &exit):
		t.Errorf("as user 65534: %v\n%s", err, output)
	default:
		t.Skipf("cannot run as another user here: %v", err)
	}
	return true
}

// TestSpecialFilesNamedAsInputs checks that a device or a named pipe given
// on the command line is an error row, not read: reading either could
// block the run for ever.
func TestSpecialFilesNamedAsInputs(t *testing.T) {
	if _, err := os.Stat("/dev/null"); err != nil {
		t.Skip("no /dev/null")
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, []byte(article))
	pipe := filepath.Join(dir, "pipe.jsonl")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	res := run(t, pipeline.Config{Inputs: []string{good, "/dev/null", pipe}, Out: out})
	lines := errorLines(t, out)
	if res.Documents != 1 || !hasLine(lines, "/dev/null|error|", "device", "not read") ||
		!hasLine(lines, filepath.ToSlash(pipe)+"|error|", "named pipe", "not read") {
		t.Errorf("documents %d, errors %q; want good.txt and a row for each special file", res.Documents, lines)
	}
}
