package zones

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// polnearTexts returns the texts of one PolNeAR split by file name, or
// skips the test when the corpus is not there.
func polnearTexts(t *testing.T, split string) map[string]string {
	t.Helper()
	dir := gold.SharedDir("data", "attribution", "polnear", split, "input")
	if dir == "" {
		t.Skipf("PolNeAR %s split not found in shared/data/attribution/polnear beside the repository: skipping", split)
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("PolNeAR %s split has no texts in %s", split, dir)
	}
	sort.Strings(paths)
	texts := map[string]string{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(raw)
	}
	return texts
}

// TestPolnearTitles checks that the title found is the article's first
// line: PolNeAR gives every headline that way, in sentence or title case,
// with a full stop added.
func TestPolnearTitles(t *testing.T) {
	st := newStage(t)
	for _, split := range []string{"train", "dev"} {
		texts := polnearTexts(t, split)
		names := make([]string, 0, len(texts))
		for n := range texts {
			names = append(names, n)
		}
		sort.Strings(names)
		hit, misses := 0, 0
		for _, n := range names {
			text := texts[n]
			first, _, _ := strings.Cut(text, "\n")
			first = strings.TrimSpace(first)
			got := st.Analyze(text).Title
			if got == first {
				hit++
				continue
			}
			if misses++; misses <= 400 {
				t.Logf("%s %s: title %q, want %q", split, n, got, first)
			}
		}
		share := float64(hit) / float64(len(texts))
		t.Logf("PolNeAR %s: title equals the first line in %d of %d articles (%.3f)", split, hit, len(texts), share)
		if share < 0.95 {
			t.Errorf("PolNeAR %s title share %.3f below the floor 0.95", split, share)
		}
	}
}

// TestBrownNoTitle checks the other side: the Brown corpus news texts open
// with their lede, not a headline, so a title found there is a lede taken
// for one.
func TestBrownNoTitle(t *testing.T) {
	dir := gold.SharedDir("bench", "brown")
	paths, _ := filepath.Glob(filepath.Join(dir, "news_*.txt"))
	if dir == "" || len(paths) == 0 {
		t.Skip("Brown news texts not found in shared/bench/brown beside the repository: skipping")
	}
	st := newStage(t)
	titled := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if title := st.Analyze(string(raw)).Title; title != "" {
			titled++
			t.Logf("%s: lede taken for a title: %q", filepath.Base(p), title)
		}
	}
	share := float64(titled) / float64(len(paths))
	t.Logf("Brown news: %d of %d untitled texts given a title (%.3f)", titled, len(paths), share)
	if share > 0.1 {
		t.Errorf("Brown news: %.3f of untitled texts given a title, above the ceiling 0.10", share)
	}
}
