package benchcorpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFind checks the corpus named by $CORPUS: its .txt files at any
// depth, in name order, and an error when it holds none.
func TestFind(t *testing.T) {
	tests := []struct {
		name    string
		files   []string
		want    []string
		wantErr bool
	}{
		{name: "txt files at any depth", files: []string{"b.txt", "a.txt", "news/c.txt", "notes.md"}, want: []string{"a.txt", "b.txt", "news/c.txt"}},
		{name: "no txt file", files: []string{"notes.md"}, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tc.files {
				p := filepath.Join(dir, f)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte("The council met on Monday.\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Setenv("CORPUS", dir)
			c, err := Find()
			if tc.wantErr {
				if err == nil {
					t.Fatalf("no error, corpus %q", c.Name)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range c.Files {
				rel, _ := filepath.Rel(dir, f)
				got = append(got, filepath.ToSlash(rel))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") || c.Seeds || !strings.Contains(c.Name, dir) {
				t.Errorf("got %q %v (seeds %v), want %q", c.Name, got, c.Seeds, tc.want)
			}
		})
	}
}

// TestReadLimit checks that Read stops at the file that reaches the limit.
func TestReadLimit(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "b.txt", "c.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("0123456789"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("CORPUS", dir)
	if got := Read(t, 15); len(got) != 2 {
		t.Errorf("read %d texts with a limit of 15 bytes, want 2", len(got))
	}
	if got := Read(t, 0); len(got) != 3 {
		t.Errorf("read %d texts with no limit, want 3", len(got))
	}
}
