package gold

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

//go:embed seeds/*.gold.json
var files embed.FS

// Seed is one seed article with its gold annotations.
type Seed struct {
	Name string     // the seed's file name, e.g. 000_bb11a3c3858c11d8.txt
	Raw  []byte     // the article's bytes, as in seeds/
	JSON []byte     // its gold annotations
	Gold Annotation // the same, read
}

// Seeds returns every seed article, in name order, with its gold
// annotations. It reads the articles from the repository's seeds/ folder.
func Seeds() ([]Seed, error) {
	dir, err := seedsDir()
	if err != nil {
		return nil, err
	}
	entries, err := files.ReadDir("seeds")
	if err != nil {
		return nil, err
	}
	var seeds []Seed
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".gold.json") + ".txt"
		js, err := files.ReadFile("seeds/" + e.Name())
		if err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		seed := Seed{Name: name, Raw: raw, JSON: js}
		if err := json.Unmarshal(js, &seed.Gold); err != nil {
			return nil, fmt.Errorf("gold: seeds/%s: %w", e.Name(), err)
		}
		seeds = append(seeds, seed)
	}
	sort.Slice(seeds, func(i, j int) bool { return seeds[i].Name < seeds[j].Name })
	return seeds, nil
}

// seedsDir finds the repository's seeds/ folder above the working directory
// (a test runs in its package's folder).
func seedsDir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "seeds"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("gold: no go.mod above the working directory")
		}
		dir = parent
	}
}

// SharedDir finds a folder of the shared data beside the checkout or one of
// its parent folders ($NEWSCLAIMS_SHARED first); "" when absent. The texts
// there are research data that stay outside the repository, so the tests
// read them in place and skip when they are absent (a fresh clone).
func SharedDir(parts ...string) string {
	if dir := os.Getenv("NEWSCLAIMS_SHARED"); dir != "" {
		p := filepath.Join(append([]string{dir}, parts...)...)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		return ""
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(append([]string{dir, "shared"}, parts...)...)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Find locates the k-th occurrence (1-based; 0 means 1) of s in text by the
// gold convention: repeated text.find(s, previous hit + 1) over the raw file,
// case-sensitive, overlapping, without word boundaries.
func Find(text, s string, k int) (pipeline.Span, bool) {
	if s == "" {
		return pipeline.Span{}, false
	}
	k = max(k, 1)
	from := 0
	for {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return pipeline.Span{}, false
		}
		at := from + i
		if k--; k == 0 {
			return pipeline.Span{Start: at, End: at + len(s)}, true
		}
		from = at + 1
	}
}

// Must returns a freshly built stage, or panics with the constructor's
// error: gold.Must(zones.New()). A test that cannot build its stages
// cannot run.
func Must[S any](stage S, err error) S {
	if err != nil {
		panic(fmt.Sprintf("building a stage: %v", err))
	}
	return stage
}

// Annotate runs an article's raw bytes through the stages, the first of
// which is ingest, and fails the test at the first stage error.
func Annotate(t testing.TB, raw []byte, stages ...pipeline.Stage) *pipeline.Doc {
	t.Helper()
	d := &pipeline.Doc{Raw: raw, ID: pipeline.DocID(raw)}
	for _, st := range stages {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatalf("%s: %v", st.Name(), err)
		}
	}
	return d
}
