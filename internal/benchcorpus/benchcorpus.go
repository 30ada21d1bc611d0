package benchcorpus

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
)

// Corpus is the bench corpus found.
type Corpus struct {
	// Name says which corpus it is and where: "$CORPUS /data/news",
	// "shared Brown /work/shared/bench/brown", "seeds /repo/seeds".
	Name string
	// Files are its .txt files, in name order.
	Files []string
	// Seeds is set when neither $CORPUS nor the Brown corpus is here and
	// the corpus is the repository's seed articles.
	Seeds bool
}

// Find returns the bench corpus. A $CORPUS that holds no .txt file is an
// error: the one who set it asked for that corpus and no other.
func Find() (Corpus, error) {
	if dir := os.Getenv("CORPUS"); dir != "" {
		files := textFiles(dir)
		if len(files) == 0 {
			return Corpus{}, fmt.Errorf("bench corpus: no .txt files under $CORPUS %s", dir)
		}
		return Corpus{Name: "$CORPUS " + dir, Files: files}, nil
	}
	if dir := gold.SharedDir("bench", "brown"); dir != "" {
		if files := textFiles(dir); len(files) > 0 {
			return Corpus{Name: "shared Brown " + dir, Files: files}, nil
		}
	}
	if dir := seedsDir(); dir != "" {
		if files := textFiles(dir); len(files) > 0 {
			return Corpus{Name: "seeds " + dir, Files: files, Seeds: true}, nil
		}
	}
	return Corpus{}, fmt.Errorf("bench corpus: no $CORPUS, no shared/bench/brown and no seeds/ found")
}

// Read returns the texts of the bench corpus in file order, up to the
// first file that brings them to limit bytes or more (all of them when
// limit is 0), and logs on tb the corpus read and its size. It fails tb
// when no corpus is found.
func Read(tb testing.TB, limit int) []string {
	tb.Helper()
	c, err := Find()
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	total := 0
	for _, f := range c.Files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(raw))
		if total += len(raw); limit > 0 && total >= limit {
			break
		}
	}
	tb.Logf("bench corpus: %s (%d of %d files, %d bytes)", c.Name, len(texts), len(c.Files), total)
	return texts
}

// textFiles lists the .txt files under dir, in name order.
func textFiles(dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".txt") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// seedsDir finds the seeds/ folder of the module the working directory is
// in: benchmarks run in their package's folder, at any depth.
func seedsDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "seeds")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
