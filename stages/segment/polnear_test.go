package segment

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/ingest"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// looseTag is any "<...>" run on at most two lines, wider than what
// findTags accepts, so that the count below measures the tokenizer rather
// than repeating its rule.
var looseTag = regexp.MustCompile(`</?[A-Za-z][^<>\n]*(?:\n[^<>\n]*)?>`)

// TestPolnearMarkupTokens counts, in the PolNeAR training articles that
// carry markup, the tokens that hold part of a tag ("\">Candidates",
// "tweet-id=\"5\">"). It skips when the corpus is absent.
func TestPolnearMarkupTokens(t *testing.T) {
	dir := gold.SharedDir("data", "attribution", "polnear", "train", "input")
	if dir == "" {
		t.Skip("PolNeAR train split not found in shared/data/attribution/polnear beside the repository: skipping")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("no texts in %s", dir)
	}
	sort.Strings(paths)
	zs, err := zones.New()
	if err != nil {
		t.Fatal(err)
	}
	stages := []pipeline.Stage{ingest.New(), zs, stage(t)}
	articles, tags, glued := 0, 0, 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !looseTag.Match(raw) {
			continue
		}
		articles++
		d := &pipeline.Doc{Raw: raw}
		for _, st := range stages {
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatalf("%s: %s: %v", filepath.Base(p), st.Name(), err)
			}
		}
		spans := looseTag.FindAllStringIndex(d.Text, -1)
		tags += len(spans)
		for _, tok := range d.Tokens {
			for _, m := range spans {
				if tok.Start < m[1] && m[0] < tok.End {
					glued++
					if os.Getenv("MARKUP_TOKENS") != "" {
						t.Logf("%s: %q", filepath.Base(p), strings.ReplaceAll(tok.Text, "\n", `\n`))
					}
					break
				}
			}
		}
	}
	t.Logf("train articles with markup %d, tags %d, tokens holding part of a tag %d", articles, tags, glued)
	if glued > 10 {
		t.Errorf("%d tokens hold part of a tag, want at most 10", glued)
	}
}
