package gold

import (
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// The PolNeAR articles (../shared/data/attribution/polnear) are research
// data whose texts must stay outside the repository: tests and tools read
// them in place, and the examples in docs, comments and test tables are
// invented, not quoted. TestNoPolNeARText keeps it so: no run of
// copyWindow words of a tracked text file may stand in a PolNeAR article.
// Eight words is a sentence fragment, not a set phrase: the shortest runs
// it finds in practice are quotations of the articles, while common
// phrases ("in the first half of", "one of the most") are shorter.
const copyWindow = 8

// polnearFileName matches a PolNeAR file name, which the judged samples
// may hold (its words are the headline's, but a file name is a reference,
// not a copy of the text).
var polnearFileName = regexp.MustCompile(`[\w.-]+_\d{4}-\d{2}-\d{2}_[\w.-]+\.txt`)

func TestNoPolNeARText(t *testing.T) {
	corpus := SharedDir("data", "attribution", "polnear")
	if corpus == "" {
		t.Skip("no shared PolNeAR folder beside the checkout")
	}
	root, err := seedsDir()
	if err != nil {
		t.Fatal(err)
	}
	root = filepath.Dir(root)

	runs := map[uint64]bool{}
	articles, _ := filepath.Glob(filepath.Join(corpus, "*", "input", "*.txt"))
	if len(articles) == 0 {
		t.Skip("no PolNeAR articles under " + corpus)
	}
	for _, p := range articles {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		eachRun(string(b), func(h uint64) bool { runs[h] = true; return true })
	}

	skipDirs := map[string]bool{".git": true, "bin": true, "build": true, "out": true, "seeds": true}
	err = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if e.IsDir() {
			// the NER corpora and gazetteers are other shipped data under their own licences
			if skipDirs[e.Name()] || rel == filepath.Join("data", "ner") || rel == filepath.Join("data", "gazetteers") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".go", ".md", ".py", ".tsv", ".txt", ".json", ".ipynb", ".html", ".js", ".css":
		default:
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i, line := range strings.Split(polnearFileName.ReplaceAllString(string(b), " "), "\n") {
			eachRun(line, func(h uint64) bool {
				if runs[h] {
					t.Errorf("%s:%d repeats %d words of a PolNeAR article: %.120s", rel, i+1, copyWindow, strings.TrimSpace(line))
					return false
				}
				return true
			})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// eachRun calls f with the hash of every run of copyWindow words of s
// (letters, digits and apostrophes, folded to lower case, curly apostrophes
// as straight ones), until f returns false.
func eachRun(s string, f func(uint64) bool) {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
	})
	for i := range words {
		words[i] = strings.ToLower(strings.ReplaceAll(words[i], "’", "'"))
	}
	for i := 0; i+copyWindow <= len(words); i++ {
		h := fnv.New64a()
		for _, w := range words[i : i+copyWindow] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		if !f(h.Sum64()) {
			return
		}
	}
}
