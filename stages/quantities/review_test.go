package quantities

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestGMBReview scores the stage on testdata/gmb_review.tsv: wire sentences
// from the GMB dev split annotated by hand (the rules are developed on GMB
// train sentences; docs/REAL_NEWS.md tells the set's history). A quantity
// counts when its span matches; kind and qualifier are
// scored on the matches.
func TestGMBReview(t *testing.T) {
	raw, err := os.ReadFile("testdata/gmb_review.tsv")
	if err != nil {
		t.Fatal(err)
	}
	q, seg := newStages(t)
	var nGold, nPred, nMatch, nKind, nQual int
	for _, line := range strings.Split(strings.TrimRight(string(raw), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		sentence, annotations, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("no tab in %q", line)
		}
		want := map[string][2]string{}
		for _, a := range strings.Split(annotations, ";") {
			if a == "" {
				continue
			}
			f := strings.Split(a, "|")
			if len(f) != 3 {
				t.Fatalf("want span|kind|qualifier, got %q", a)
			}
			want[f[0]] = [2]string{f[1], f[2]}
		}
		d := docFor(sentence, "")
		if err := seg.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := q.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		nGold += len(want)
		nPred += len(d.Quantities)
		got := map[string]bool{}
		for _, x := range d.Quantities {
			got[x.Text] = true
			w, ok := want[x.Text]
			if !ok {
				t.Logf("EXTRA %q (%s %s) in %q", x.Text, x.Kind, x.Qualifier, sentence)
				continue
			}
			nMatch++
			if x.Kind == w[0] {
				nKind++
			}
			if x.Qualifier == w[1] {
				nQual++
			}
			if x.Kind != w[0] || x.Qualifier != w[1] {
				t.Logf("WRONG %q: %s %s, want %s %s", x.Text, x.Kind, x.Qualifier, w[0], w[1])
			}
		}
		for span := range want {
			if !got[span] {
				t.Logf("MISS  %q in %q", span, sentence)
			}
		}
	}
	p, r := ratio(nMatch, nPred), ratio(nMatch, nGold)
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("GMB review: gold %d, predicted %d, matched %d: span P %.3f R %.3f F1 %.3f; kind %.3f qualifier %.3f on matches",
		nGold, nPred, nMatch, p, r, f1, ratio(nKind, nMatch), ratio(nQual, nMatch))
	// 0.885 on first measurement; 0.984 after fixing patterns seen on a
	// sample of GMB train sentences (weekdays after a place name,
	// possessive weekdays, "others"). The floor sits a little under.
	if f1 < 0.95 {
		t.Errorf("span F1 %.3f below the floor 0.95", f1)
	}
}
