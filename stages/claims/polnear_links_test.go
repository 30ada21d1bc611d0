package claims

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// PolNeAR train and dev linked together: the links counted by relation
// and scope, and the precision of a sample judged by hand.

// polnearLinked links the claims of train and dev together, documents in
// doc_id order as pipeline.Run feeds them.
func polnearLinked(t *testing.T) ([]pipeline.ClaimLink, map[string]*polnearDoc) {
	t.Helper()
	byID := map[string]*polnearDoc{}
	var order []*polnearDoc
	for _, split := range []string{"train", "dev"} {
		docs := loadPolnear(t, split)
		for i := range docs {
			if byID[docs[i].doc.ID] != nil {
				continue // the same article under two names: one document
			}
			byID[docs[i].doc.ID] = &docs[i]
			order = append(order, &docs[i])
		}
	}
	sort.Slice(order, func(i, j int) bool { return order[i].doc.ID < order[j].doc.ID })
	l := NewLinker()
	for _, pd := range order {
		l.Add(pd.doc, l.Prepare(pd.doc))
	}
	var links []pipeline.ClaimLink
	for k := range l.Links() {
		links = append(links, k)
	}
	return links, byID
}

// outletOf is the outlet a PolNeAR file name opens with.
func outletOf(file string) string { return strings.SplitN(file, "_", 2)[0] }

var polnearDump = flag.String("polnear.dump", "", "write every link of PolNeAR train+dev, with both claims in context, to this file")

// TestPolNeARLinks links PolNeAR train and dev and counts the links.
func TestPolNeARLinks(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole chain over PolNeAR train and dev")
	}
	links, byID := polnearLinked(t)
	counts := map[string]int{}
	var dump strings.Builder
	for _, k := range links {
		a, b := byID[k.A.DocID], byID[k.B.DocID]
		scope := "within"
		switch {
		case outletOf(a.file) != outletOf(b.file):
			scope = "across outlets"
		case a != b:
			scope = "across documents"
		}
		counts[k.Relation+" "+scope]++
		if *polnearDump != "" {
			ca, cb := a.doc.Claims[k.A.ClaimID], b.doc.Claims[k.B.ClaimID]
			fmt.Fprintf(&dump, "%s\t%s\t%s\n  A %s [%s] %q\n    in %q\n  B %s [%s] %q\n    in %q\n\n", k.Relation, scope, k.Reason,
				linkRef(a, ca), ca.Claimant, ca.Text, sentenceOf(a.doc, ca.Span), linkRef(b, cb), cb.Claimant, cb.Text, sentenceOf(b.doc, cb.Span))
		}
	}
	t.Logf("PolNeAR train+dev: %d links: %v", len(links), counts)
	checkJudgedLinks(t, links, byID)
	if *polnearDump != "" {
		if err := os.WriteFile(*polnearDump, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// linkRef names a claim by its file and code-point offsets, the form the
// judged sample keeps.
func linkRef(pd *polnearDoc, c pipeline.Claim) string {
	return fmt.Sprintf("%s:%d-%d", pd.file, utf8.RuneCountInString(pd.doc.Text[:c.Start]), utf8.RuneCountInString(pd.doc.Text[:c.End]))
}

// sentenceOf returns the text of the sentences a span lies in.
func sentenceOf(d *pipeline.Doc, sp pipeline.Span) string {
	start, end := sp.Start, sp.End
	for _, s := range d.Sentences {
		if s.Overlaps(sp) {
			start, end = min(start, s.Start), max(end, s.End)
		}
	}
	return d.Text[start:end]
}

// minJudgedPrecision is the floor of the precision of the hand-judged
// links that the linker still makes.
const minJudgedPrecision = 0.80

// checkJudgedLinks recomputes the precision of the linker over the sample
// of links judged by hand (testdata/polnear_links.tsv: file names, offsets
// and verdicts) that it still makes, and asserts a floor. Links of the
// sample the linker no longer makes are counted apart: when most of the
// sample is gone, the sample must be judged again.
func checkJudgedLinks(t *testing.T, links []pipeline.ClaimLink, byID map[string]*polnearDoc) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "polnear_links.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	made := map[string]bool{}
	for _, k := range links {
		a, b := byID[k.A.DocID], byID[k.B.DocID]
		made[k.Relation+" "+linkRef(a, a.doc.Claims[k.A.ClaimID])+" "+linkRef(b, b.doc.Claims[k.B.ClaimID])] = true
	}
	judged, still, correct := 0, 0, 0
	byRelation := map[string][2]int{} // still made: correct, all
	var acrossOutlets [2]int          // still made, of two outlets: correct, all
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			t.Fatalf("polnear_links.tsv: %q: want 8 fields", line)
		}
		judged++
		key := fmt.Sprintf("%s %s:%s-%s %s:%s-%s", f[0], f[1], f[2], f[3], f[4], f[5], f[6])
		if !made[key] {
			continue
		}
		still++
		c, o := byRelation[f[0]], acrossOutlets
		c[1]++
		if outletOf(f[1]) != outletOf(f[4]) {
			o[1]++
		}
		if f[7] == "correct" {
			correct++
			c[0]++
			if outletOf(f[1]) != outletOf(f[4]) {
				o[0]++
			}
		}
		byRelation[f[0]], acrossOutlets = c, o
	}
	precision := ratio(correct, still)
	t.Logf("PolNeAR judged links: %d judged, %d still made, precision %.3f (%d correct); by relation (correct, judged): %v; across outlets %d of %d",
		judged, still, precision, correct, byRelation, acrossOutlets[0], acrossOutlets[1])
	if still < judged/2 {
		t.Errorf("only %d of %d judged links are still made: judge a new sample", still, judged)
	}
	if precision < minJudgedPrecision {
		t.Errorf("judged precision %.3f below floor %.2f", precision, minJudgedPrecision)
	}
}
