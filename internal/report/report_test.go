package report

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

var (
	loadOnce   sync.Once
	loadStages []pipeline.Stage
	loadErr    error
)

// build writes the Parquet dataset of inputs into out.
func build(tb testing.TB, out string, inputs ...string) {
	tb.Helper()
	runPipeline(tb, pipeline.Config{Inputs: inputs, Out: out, Format: pipeline.FormatParquet})
}

// runPipeline runs cfg through the default stages and a new linker, the
// stages loaded once for the whole test binary.
func runPipeline(tb testing.TB, cfg pipeline.Config) {
	tb.Helper()
	loadOnce.Do(func() { loadStages, loadErr = stages.Default() })
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	cfg.Stages, cfg.Linker = loadStages, stages.NewLinker()
	if _, err := pipeline.Run(context.Background(), cfg); err != nil {
		tb.Fatal(err)
	}
}

// seedFiles returns the sample articles of seeds/: at least three, enough
// for a report of several index pages and files of documents.
func seedFiles(tb testing.TB) []string {
	tb.Helper()
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) < 3 {
		tb.Fatalf("seeds: %v (%d files)", err, len(seeds))
	}
	return seeds
}

// reportFiles returns the contents of the files of the report in dir by
// their path below it.
func reportFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// sameFiles checks that two reports, written in the ways named a and b,
// have the same files byte for byte.
func sameFiles(t *testing.T, filesA, filesB map[string]string, a, b string) {
	t.Helper()
	if len(filesA) != len(filesB) {
		t.Errorf("%d files %s, %d %s", len(filesA), a, len(filesB), b)
	}
	for name, fa := range filesA {
		if fb, ok := filesB[name]; !ok || fa != fb {
			t.Errorf("%s differs between the report %s and the one %s (present in the second: %v)", name, a, b, ok)
		}
	}
}

func parseFile(t *testing.T, path string) *html.Node {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, err := html.Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return n
}

func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func byID(root *html.Node, id string) *html.Node {
	var found *html.Node
	walk(root, func(n *html.Node) {
		if v, ok := attr(n, "id"); ok && v == id && found == nil {
			found = n
		}
	})
	return found
}

// byClass returns the first element below n with class class.
func byClass(n *html.Node, class string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) {
		if v, ok := attr(c, "class"); ok && found == nil && slices.Contains(strings.Fields(v), class) {
			found = c
		}
	})
	return found
}

// docSections returns the documents of a file of documents by their
// anchors: the section.doc elements.
func docSections(root *html.Node) map[string]*html.Node {
	out := map[string]*html.Node{}
	walk(root, func(n *html.Node) {
		if class, _ := attr(n, "class"); n.Type == html.ElementNode && n.Data == "section" && class == "doc" {
			id, _ := attr(n, "id")
			out[id] = n
		}
	})
	return out
}

// textOf concatenates the text nodes below n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}

// TestHostileText writes documents made of markup, scripts, entities and a
// very long line, and checks that every page shows them as text: the only
// scripts are the report's own, no element or event handler comes from the
// articles, and the document view's text is the document's text exactly.
func TestHostileText(t *testing.T) {
	in := t.TempDir()
	docs := map[string]string{
		"script.txt": "<script>alert('headline')</script> Obama <b>wins</b> in Ohio\n\n" +
			`President Barack Obama said "<img src=x onerror=alert(1)> we won 52 seats" on Tuesday.` + "\n\n" +
			"Reuters reported that </script><script>alert(2)</script> 300 people & 40% of \"voters\" left Chicago.\n",
		"long.txt": "A very long line\n\n" + strings.Repeat("Smith said that 5 <i>x</i> &amp; y. ", 200) + "\n\n" +
			strings.Repeat("<i>x</i>&amp;", 20000) + "\n",
		"attr.txt": `"><svg onload=alert(3)> Headline ' " & <!-- comment -->` + "\n\n" +
			`John Brown told CNN: "It's <style>body{display:none}</style> over," on Monday in Paris.` + "\n",
	}
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(in, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	build(t, out, in)
	sum, err := Write(context.Background(), out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != len(docs) {
		t.Fatalf("%d documents shown, want %d", sum.Documents, len(docs))
	}
	texts := map[string]string{}
	err = each(context.Background(), out, "documents", nil, func(d pipeline.DocumentRow) { texts[d.DocID] = d.Text })
	if err != nil {
		t.Fatal(err)
	}
	quoted := map[string][]string{} // doc_id -> contents of its quotes
	err = each(context.Background(), out, "quotes", nil, func(q pipeline.QuoteRow) {
		quoted[q.DocID] = append(quoted[q.DocID], q.Content)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(quoted) < 2 {
		t.Fatalf("quotes found in %d documents: the table of quotes is not tested", len(quoted))
	}
	pagesSeen, docsSeen := 0, 0
	err = filepath.WalkDir(sum.Dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".html") {
			return err
		}
		pagesSeen++
		root := parseFile(t, path)
		walk(root, func(n *html.Node) {
			if n.Type != html.ElementNode {
				return
			}
			switch n.Data {
			case "img", "b", "i", "style", "iframe":
				t.Errorf("%s: a <%s> element from the articles", path, n.Data)
			case "script":
				class, _ := attr(n, "class")
				src, _ := attr(n, "src")
				if class != "row-data" && src != "../viewer.js" {
					t.Errorf("%s: a script that is not the report's: %q", path, textOf(n))
				}
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: an event handler %s=%q", path, a.Key, a.Val)
				}
			}
		})
		if !strings.Contains(path, string(filepath.Separator)+"doc"+string(filepath.Separator)) {
			return nil
		}
		for id, section := range docSections(root) {
			docsSeen++
			if got := textOf(byClass(section, "text")); got != texts[id] {
				t.Errorf("%s#%s: the document view's text differs from the document's (%d and %d bytes)", path, id, len(got), len(texts[id]))
			}
			// The table of quotes shows each content as text.
			cells := map[string]bool{}
			walk(section, func(n *html.Node) {
				if n.Type == html.ElementNode && n.Data == "td" {
					cells[textOf(n)] = true
				}
			})
			for _, content := range quoted[id] {
				if !cells[content] {
					t.Errorf("%s#%s: the table of quotes has no cell %q", path, id, content)
				}
			}
			var rows struct {
				Columns map[string][]string
				Rows    map[string][2]json.RawMessage
			}
			if err := json.Unmarshal([]byte(textOf(byClass(section, "row-data"))), &rows); err != nil {
				t.Errorf("%s#%s: row data: %v", path, id, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if docsSeen != len(docs) {
		t.Errorf("%d documents shown, want %d", docsSeen, len(docs))
	}
	if want := sum.DocFiles + 2; pagesSeen != want {
		t.Errorf("%d pages, want %d (overview, index, documents)", pagesSeen, want)
	}
	b, err := os.ReadFile(filepath.Join(sum.Dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt;") &&
		!strings.Contains(string(b), "&lt;script&gt;alert(&#39;headline&#39;)") {
		t.Log("the hostile headline is not on the overview (no chart or list names it)")
	}
}

// TestHiveLayout reads a dataset whose tables are directories of
// partitions, each sorted by doc_id but interleaved with the others, and
// checks that every document gets its own rows, as from one file.
func TestHiveLayout(t *testing.T) {
	seeds := seedFiles(t)
	tmp := t.TempDir()
	flat := filepath.Join(tmp, "flat")
	build(t, flat, seeds...)
	// The same seeds as a build of two and an append of the rest: two
	// partitions of every table but entities, which each run rewrites.
	hive := filepath.Join(tmp, "hive")
	build(t, hive, seeds[:2]...)
	runPipeline(t, pipeline.Config{Inputs: seeds[2:], Out: hive, Append: true, Format: pipeline.FormatParquet})
	want, err := Write(context.Background(), flat, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Write(context.Background(), hive, Options{PageSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got.Documents != want.Documents || got.IndexPages != 3 {
		t.Errorf("hive layout: %d documents on %d index pages, want %d on 3", got.Documents, got.IndexPages, want.Documents)
	}
	for _, tc := range got.Overview.Tables {
		if tc.Name != "entities" && tc.Rows > 0 && tc.Files != 2 {
			t.Errorf("table %s: %d files, want 2", tc.Name, tc.Files)
		}
	}
	// Per-document tables read the same; entities and links are per build.
	for _, name := range []string{"documents", "zones", "mentions", "quantities", "quotes", "claims"} {
		if g, w := rowsOf(got.Overview, name), rowsOf(want.Overview, name); g != w {
			t.Errorf("table %s: %d rows, want %d", name, g, w)
		}
	}
	if got.Overview.Quotes != want.Overview.Quotes || got.Overview.Claims != want.Overview.Claims ||
		!slices.Equal(got.Overview.Kinds, want.Overview.Kinds) || !slices.Equal(got.Overview.Speakers, want.Overview.Speakers) {
		t.Errorf("hive layout: quotes %d, claims %d, kinds %v, speakers %v; want %d, %d, %v, %v",
			got.Overview.Quotes, got.Overview.Claims, got.Overview.Kinds, got.Overview.Speakers,
			want.Overview.Quotes, want.Overview.Claims, want.Overview.Kinds, want.Overview.Speakers)
	}
	for _, dir := range []string{want.Dir, got.Dir} {
		pages, _ := filepath.Glob(filepath.Join(dir, "doc", "*.html"))
		for _, p := range pages {
			a, _ := os.ReadFile(p)
			b, err := os.ReadFile(filepath.Join(got.Dir, "doc", filepath.Base(p)))
			if err != nil {
				t.Fatal(err)
			}
			// The document views match but for the pager around them.
			sa, sb := docSections(parseBytes(t, a)), docSections(parseBytes(t, b))
			if len(sa) != len(sb) {
				t.Errorf("%s: %d and %d documents in the two layouts", filepath.Base(p), len(sa), len(sb))
			}
			for id, section := range sa {
				if sb[id] == nil || textOf(byClass(section, "text")) != textOf(byClass(sb[id], "text")) {
					t.Errorf("%s#%s: the document view differs between layouts", filepath.Base(p), id)
				}
			}
		}
	}
}

func parseBytes(t *testing.T, b []byte) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func rowsOf(ov Overview, table string) int64 {
	for _, tc := range ov.Tables {
		if tc.Name == table {
			return tc.Rows
		}
	}
	return -1
}

// TestMissingTables checks that a dataset lacking a table the report reads
// is refused, with an error naming the dataset and the table once and not
// the report (the command says that), and that no report is left behind.
func TestMissingTables(t *testing.T) {
	built := filepath.Join(t.TempDir(), "out")
	build(t, built, seedFiles(t)[0])
	for _, tc := range []struct {
		name    string
		dataset string
		remove  string // a table removed from the dataset first
		want    string
	}{
		{name: "no dataset", dataset: t.TempDir(), want: "has no documents table"},
		{name: "no claims table", dataset: built, remove: "claims", want: "dataset " + built + " has no claims table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.remove != "" {
				if err := os.RemoveAll(filepath.Join(tc.dataset, tc.remove)); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Write(context.Background(), tc.dataset, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.HasPrefix(err.Error(), "report") {
				t.Fatalf("err = %v, want one saying %q, not prefixed by the package", err, tc.want)
			}
			if n := strings.Count(err.Error(), tc.dataset); n != 1 {
				t.Errorf("err = %v names the dataset %d times, want once", err, n)
			}
			if _, err := os.Stat(filepath.Join(tc.dataset, "report")); !os.IsNotExist(err) {
				t.Errorf("a failed report left %s/report behind", tc.dataset)
			}
		})
	}
}

// TestWorkersSameReport checks that the report does not depend on how many
// files of documents are written at once: every file is the same, byte for byte.
func TestWorkersSameReport(t *testing.T) {
	seeds := seedFiles(t)
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	build(t, out, seeds...)
	files := map[int]map[string]string{}
	for _, workers := range []int{1, 4} {
		sum, err := Write(context.Background(), out, Options{Dir: filepath.Join(tmp, "r", strconv.Itoa(workers)), PageSize: 2, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		files[workers] = reportFiles(t, sum.Dir)
	}
	if len(files[1]) < 6 { // overview, style, script, 3 index pages, documents
		t.Fatalf("%d files for %d documents", len(files[1]), len(seeds))
	}
	sameFiles(t, files[1], files[4], "with one worker", "with four")
}

// BenchmarkWrite times the report of the seeds, written on one worker and
// on two.
func BenchmarkWrite(b *testing.B) {
	seeds := seedFiles(b)
	tmp := b.TempDir()
	out := filepath.Join(tmp, "out")
	build(b, out, seeds...)
	for _, workers := range []int{1, 2} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Write(context.Background(), out, Options{Dir: filepath.Join(tmp, "r"), Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteDataset times the report of the dataset in the directory
// $REPORT_BENCH_DATASET (for instance one built from the bench corpus with
// `newsclaims build --format parquet`), on two workers; it is skipped when
// the variable is unset.
func BenchmarkWriteDataset(b *testing.B) {
	dataset := os.Getenv("REPORT_BENCH_DATASET")
	if dataset == "" {
		b.Skip("REPORT_BENCH_DATASET is not set")
	}
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(context.Background(), dataset, Options{Dir: filepath.Join(dir, "r"), Workers: 2}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDocumentLinks writes the report of the seeds with the documents one
// to a file, two or three to a file and all in one, and checks that every
// link to a document (from the overview, the index, and the pager of each
// document) names a file that exists and a document in it, and that the
// pagers chain the documents in order.
func TestDocumentLinks(t *testing.T) {
	seeds := seedFiles(t)
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	build(t, out, seeds...)
	var total int
	if err := each(context.Background(), out, "documents", nil, func(d pipeline.DocumentRow) { total += len(d.Text) }); err != nil {
		t.Fatal(err)
	}
	for _, fileBytes := range []int{1, total/2 + 1, 0} {
		sum, err := Write(context.Background(), out, Options{Dir: filepath.Join(tmp, "r", strconv.Itoa(fileBytes)), PageSize: 2, DocFileBytes: fileBytes})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case fileBytes == 1 && sum.DocFiles != sum.Documents,
			fileBytes == 0 && sum.DocFiles != 1,
			fileBytes > 1 && (sum.DocFiles < 2 || sum.DocFiles >= sum.Documents):
			t.Errorf("DocFileBytes %d: %d files for %d documents", fileBytes, sum.DocFiles, sum.Documents)
		}
		sections := map[string]map[string]*html.Node{} // file -> anchor -> section
		for n := 1; n <= sum.DocFiles; n++ {
			name := strconv.Itoa(n) + ".html"
			sections[name] = docSections(parseFile(t, filepath.Join(sum.Dir, "doc", name)))
		}
		// resolve checks that href, relative to the folder from, is a
		// document, and returns it as "N.html#ANCHOR".
		resolve := func(page, from, href string) string {
			rel, err := filepath.Rel(filepath.Join(sum.Dir, "doc"), filepath.Join(sum.Dir, from, href))
			file, anchor, ok := strings.Cut(rel, "#")
			if err != nil || !ok || sections[file][anchor] == nil {
				t.Errorf("DocFileBytes %d: %s links to %s, not a document", fileBytes, page, href)
			}
			return rel
		}
		linked := map[string]bool{}
		for _, page := range []string{"index.html", "pages/1.html", "pages/2.html", "pages/3.html"} {
			walk(parseFile(t, filepath.Join(sum.Dir, page)), func(n *html.Node) {
				if href, _ := attr(n, "href"); n.Data == "a" && strings.Contains(href, "doc/") {
					linked[resolve(page, filepath.Dir(page), href)] = true
				}
			})
		}
		if len(linked) != sum.Documents {
			t.Errorf("DocFileBytes %d: the index links to %d documents, want %d", fileBytes, len(linked), sum.Documents)
		}
		// Following "next" from the first document visits every document
		// once, and "previous" leads back.
		at, seen := "1.html#", 0
		for anchor, section := range sections["1.html"] {
			if byRel(section, "prev") == nil {
				at += anchor
			}
		}
		for at != "" && seen <= sum.Documents {
			seen++
			file, anchor, _ := strings.Cut(at, "#")
			section := sections[file][anchor]
			next := byRel(section, "next")
			if next == nil {
				break
			}
			href, _ := attr(next, "href")
			to := resolve("doc/"+at, "doc", href)
			toFile, toAnchor, _ := strings.Cut(to, "#")
			if back := byRel(sections[toFile][toAnchor], "prev"); back == nil {
				t.Errorf("DocFileBytes %d: %s has no previous document", fileBytes, to)
			} else if href, _ := attr(back, "href"); resolve("doc/"+to, "doc", href) != at {
				t.Errorf("DocFileBytes %d: the previous document of %s is %s, not %s", fileBytes, to, href, at)
			}
			at = to
		}
		if seen != sum.Documents {
			t.Errorf("DocFileBytes %d: the pagers chain %d documents, want %d", fileBytes, seen, sum.Documents)
		}
	}
}

// byRel returns the first link below n with the given rel.
func byRel(n *html.Node, rel string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) {
		if r, _ := attr(c, "rel"); c.Data == "a" && r == rel && found == nil {
			found = c
		}
	})
	return found
}

// BenchmarkCharts draws the charts of the overview of the seeds, most of
// the fixed time a report takes.
func BenchmarkCharts(b *testing.B) {
	seeds := seedFiles(b)
	tmp := b.TempDir()
	out := filepath.Join(tmp, "out")
	build(b, out, seeds...)
	sum, err := Write(context.Background(), out, Options{Dir: filepath.Join(tmp, "r")})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var ch overviewCharts
		var err error
		if ch.Labels, err = drawLabelCharts(sum.Overview.Labels); err != nil {
			b.Fatal(err)
		}
		if err := drawCharts(&sum.Overview, &ch); err != nil {
			b.Fatal(err)
		}
	}
}

// TestArrowCopy writes the report of the seeds built as Parquet alone and
// as Parquet and Arrow, whose small Arrow copies the report reads instead
// of the Parquet files, and checks that the two reports are the same byte
// for byte; an Arrow copy that does not hold the Parquet file's rows is an
// error naming it.
func TestArrowCopy(t *testing.T) {
	seeds := seedFiles(t)
	tmp := t.TempDir()
	files := map[string]map[string]string{}
	for _, format := range []string{pipeline.FormatParquet, pipeline.FormatBoth} {
		out := filepath.Join(tmp, format, "out")
		runPipeline(t, pipeline.Config{Inputs: seeds, Out: out, Format: format})
		sum, err := Write(context.Background(), out, Options{})
		if err != nil {
			t.Fatal(err)
		}
		files[format] = reportFiles(t, sum.Dir)
	}
	sameFiles(t, files[pipeline.FormatParquet], files[pipeline.FormatBoth], "read from Parquet", "read from the Arrow copies")
	// The copy of quotes replaced by the copy of another table.
	out := filepath.Join(tmp, pipeline.FormatBoth, "out")
	quotes, _ := filepath.Glob(filepath.Join(out, "arrow", "quotes", "*", "*.arrow"))
	links, _ := filepath.Glob(filepath.Join(out, "arrow", "claim_links", "*", "*.arrow"))
	if len(quotes) != 1 || len(links) != 1 {
		t.Fatalf("Arrow copies: %v and %v", quotes, links)
	}
	b, err := os.ReadFile(links[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(quotes[0], b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(context.Background(), out, Options{}); err == nil || !strings.Contains(err.Error(), quotes[0]) {
		t.Errorf("err = %v, want one naming %s", err, quotes[0])
	}
}
