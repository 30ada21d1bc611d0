package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCommands(t *testing.T) {
	tmp := t.TempDir()
	emptyDir := filepath.Join(tmp, "empty")
	os.Mkdir(emptyDir, 0o755)
	os.WriteFile(filepath.Join(tmp, "afile"), nil, 0o644)
	readOnly := filepath.Join(tmp, "ro")
	os.Mkdir(readOnly, 0o555)
	tests := []struct {
		name       string
		args       []string
		code       int
		wantOut    string
		wantErr    string
		once       string // said exactly once in stderr: a path, a command
		skipAsRoot bool
	}{
		{name: "no command", args: nil, code: 2, wantErr: "Usage"},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, wantErr: `unknown command "frobnicate"`},
		{name: "version", args: []string{"version"}, code: 0, wantOut: "newsclaims "},
		{name: "schema lists tables", args: []string{"schema"}, code: 0, wantOut: "claim_links:"},
		{name: "schema lists columns", args: []string{"schema"}, code: 0, wantOut: "speaker_entity_id"},
		{name: "schema writes types as SCHEMA.md", args: []string{"schema"}, code: 0, wantOut: "  published            date (nullable)\n"},
		{name: "schema writes lists as SCHEMA.md", args: []string{"schema"}, code: 0, wantOut: "  quantity_ids         list<int32>\n"},
		{name: "build without input", args: []string{"build"}, code: 2, wantErr: "no INPUT"},
		{name: "bad flag", args: []string{"build", "--nope", "seeds"}, code: 2, wantErr: "newsclaims build: flag provided but not defined: -nope"},
		{name: "bad flag value", args: []string{"build", "--workers", "many", "seeds"}, code: 2, wantErr: `newsclaims build: invalid value "many" for flag -workers`},
		{name: "bad format", args: []string{"build", "--format", "csv", "--out", filepath.Join(tmp, "o1"), "../../seeds"}, code: 2, wantErr: "newsclaims build: --format csv: want parquet, arrow or both"},
		{name: "missing input", args: []string{"build", "--out", filepath.Join(tmp, "o2"), filepath.Join(tmp, "nope")}, code: 1, wantErr: "newsclaims build: input " + filepath.Join(tmp, "nope") + ": no such file", once: filepath.Join(tmp, "nope")},
		{name: "no documents", args: []string{"build", "--out", filepath.Join(tmp, "o3"), emptyDir}, code: 1, wantErr: "input " + emptyDir + ": no input documents"},
		{name: "workers 0", args: []string{"build", "--workers", "0", "../../seeds"}, code: 2, wantErr: "--workers 0: want at least 1"},
		{name: "workers -1", args: []string{"build", "--workers=-1", "../../seeds"}, code: 2, wantErr: "--workers -1: want at least 1"},
		{name: "max-doc-bytes 0", args: []string{"build", "--max-doc-bytes", "0", "../../seeds"}, code: 2, wantErr: "want a positive size"},
		{name: "flags after inputs", args: []string{"build", "../../seeds", "--out", filepath.Join(tmp, "o4"), "--quiet", "--format", "parquet"}, code: 0},
		{name: "bad flag after inputs", args: []string{"build", "../../seeds", "--nope"}, code: 2, wantErr: "flag provided but not defined: -nope"},
		{name: "inputs after --", args: []string{"build", "--out", filepath.Join(tmp, "o5"), "--", "-not-a-flag"}, code: 1, wantErr: "input -not-a-flag"},
		{name: "compact without a dataset", args: []string{"compact", "--out", filepath.Join(tmp, "none")}, code: 1, wantErr: "none: no such dataset directory"},
		{name: "compact of a folder that is no dataset", args: []string{"compact", "--out", emptyDir}, code: 1, wantErr: "empty holds no newsclaims dataset (no manifest.json)"},
		{name: "compact bad flag", args: []string{"compact", "--nope"}, code: 2, wantErr: "newsclaims compact: flag provided but not defined: -nope"},
		{name: "report without a dataset", args: []string{"report", "--out", filepath.Join(tmp, "none")}, code: 1, wantErr: "newsclaims report: --out " + filepath.Join(tmp, "none") + ": no such dataset directory"},
		{name: "report of a folder with no tables", args: []string{"report", "--out", emptyDir}, code: 1, wantErr: "newsclaims report: dataset " + emptyDir + " has no documents table", once: "report"},
		{name: "report page size 0", args: []string{"report", "--page-size", "0"}, code: 2, wantErr: "newsclaims report: --page-size 0: want at least 1"},
		{name: "report workers 0", args: []string{"report", "--workers", "0"}, code: 2, wantErr: "newsclaims report: --workers 0: want at least 1"},
		{name: "report bad flag value", args: []string{"report", "--page-size", "ten"}, code: 2, wantErr: `newsclaims report: invalid value "ten" for flag -page-size`},
		{name: "out under a file", args: []string{"build", "--out", filepath.Join(tmp, "afile", "out"), "../../seeds"}, code: 1, wantErr: "afile/out: not a directory", once: "afile/out"},
		{name: "compact with an argument", args: []string{"compact", "out"}, code: 2, wantErr: "unexpected argument"},
		{name: "unwritable out", args: []string{"build", "--out", filepath.Join(readOnly, "out"), "../../seeds"}, code: 1, wantErr: "not writable", skipAsRoot: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skipAsRoot && os.Geteuid() == 0 {
				t.Skip("root can write anywhere")
			}
			code, out, errOut := runCLI(tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout %q does not contain %q", out, tt.wantOut)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr %q does not contain %q", errOut, tt.wantErr)
			}
			if n := strings.Count(errOut, tt.once); tt.once != "" && n != 1 {
				t.Errorf("stderr %q says %q %d times, want once", errOut, tt.once, n)
			}
		})
	}
}

// TestBuildReportsFailures checks the exit code and the one stderr line when
// some documents fail, and that --quiet prints nothing else.
func TestBuildReportsFailures(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "good.txt"), []byte("Russia said it conducted 64 airstrikes.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	out := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCLI("build", "--quiet", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "1 document(s) failed") {
		t.Errorf("stdout %q, stderr %q; want one line saying 1 document failed", stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "errors", "batch=00001", "part-0.parquet")); err != nil {
		t.Error(err)
	}
}

// TestProgressIsPlainWhenNotATerminal checks that a non-terminal stderr gets
// no bar control characters.
func TestProgressIsPlainWhenNotATerminal(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI("build", "--out", out, "../../seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.ContainsAny(stderr, "\r\x1b") {
		t.Errorf("progress bar written to a non-terminal: %q", stderr)
	}
	if !strings.Contains(stderr, "wrote 5 documents") {
		t.Errorf("stderr %q", stderr)
	}
}

// TestCPUProfile checks that --cpuprofile leaves a non-empty profile (pprof
// files are gzip-compressed protocol buffers) and a bad path is an error.
func TestCPUProfile(t *testing.T) {
	dir := t.TempDir()
	prof := filepath.Join(dir, "cpu.out")
	code, _, stderr := runCLI("build", "--quiet", "--cpuprofile", prof, "--out", filepath.Join(dir, "out"), "../../seeds")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(prof)
	if err != nil || len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("profile %s not written as gzip (err %v, %d bytes)", prof, err, len(b))
	}
	code, _, stderr = runCLI("build", "--quiet", "--cpuprofile", filepath.Join(dir, "no", "cpu.out"), "--out", filepath.Join(dir, "out"), "../../seeds")
	if code != 1 || !strings.Contains(stderr, "newsclaims build: --cpuprofile: ") {
		t.Errorf("unwritable profile: exit %d, stderr %q", code, stderr)
	}
}

// TestAppend checks the nightly use: appends with no more than --append and
// --out take the dataset's options, say what they added, and skip what the
// dataset holds.
func TestAppend(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	code, _, stderr := runCLI("build", "--format", "parquet", "--tokens", "--out", out, seeds[0])
	if code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	code, _, stderr = runCLI("build", "--append", "--out", out, "../../seeds")
	if code != 0 || !strings.Contains(stderr, "appended 4 documents") || !strings.Contains(stderr, "batch 2; 1 already there") {
		t.Errorf("append: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI("build", "--append", "--out", out, "../../seeds")
	if code != 0 || !strings.Contains(stderr, "nothing new: 5 document(s) already in") {
		t.Errorf("append of nothing new: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI("build", "--append", "--format", "both", "--out", out, "../../seeds")
	if code != 1 || !strings.Contains(stderr, "same options") {
		t.Errorf("append with another format: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI("compact", "--out", out)
	if code != 0 || !strings.Contains(stderr, "1 partition(s) of 2 run(s)") {
		t.Errorf("compact: exit %d, stderr %q", code, stderr)
	}
}

// TestPauseGCOverlapping checks that two model loads overlapping, in
// either order of ending, leave the collector as it was before the first
// (saving and restoring the setting per load left it off for good when the
// first load ended first). The setting is a fake: other tests of the
// package load models at the same time.
func TestPauseGCOverlapping(t *testing.T) {
	for _, firstEndsFirst := range []bool{false, true} {
		setting := 73
		p := &gcPauser{set: func(v int) int { old := setting; setting = v; return old }}
		first := p.pause()
		second := p.pause()
		if firstEndsFirst {
			first, second = second, first
		}
		second()
		if setting != -1 {
			t.Errorf("collector back on (%d) while a load is still under way", setting)
		}
		first()
		if setting != 73 {
			t.Errorf("first ends first %v: after both loads the collector setting is %d, want 73", firstEndsFirst, setting)
		}
	}
}

// TestReportErrorsSayWhere checks what a user reads when the report of a
// dataset fails: one line naming the command once, then the table or the
// directory that is wrong; exit 1 and no report written.
func TestReportErrorsSayWhere(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	if code, _, stderr := runCLI("build", "--quiet", "--format", "parquet", "--out", out, "../../seeds/000_bb11a3c3858c11d8.txt"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	os.WriteFile(filepath.Join(tmp, "afile"), nil, 0o644)
	tests := []struct {
		name    string
		remove  string // a table removed from the dataset first
		args    []string
		wantErr string
	}{
		{name: "report under a file", args: []string{"--dir", filepath.Join(tmp, "afile", "report")},
			wantErr: "newsclaims report: report directory " + filepath.Join(tmp, "afile", "report") + ": mkdir " + filepath.Join(tmp, "afile") + ": not a directory\n"},
		{name: "a table missing", remove: "quotes",
			wantErr: "newsclaims report: dataset " + out + " has no quotes table (quotes.parquet or quotes/*.parquet)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.remove != "" {
				if err := os.RemoveAll(filepath.Join(out, tt.remove)); err != nil {
					t.Fatal(err)
				}
			}
			code, _, stderr := runCLI(append([]string{"report", "--out", out}, tt.args...)...)
			if code != 1 || stderr != tt.wantErr {
				t.Errorf("exit %d, stderr %q; want exit 1, %q", code, stderr, tt.wantErr)
			}
			if _, err := os.Stat(filepath.Join(out, "report")); !os.IsNotExist(err) {
				t.Errorf("a failed report left %s/report", out)
			}
		})
	}
}
