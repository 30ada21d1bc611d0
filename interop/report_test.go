package interop

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newsclaims/newsclaims/internal/report"
	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages"
)

var screenshots = flag.Bool("screenshots", false, "write the screenshots of the report of the seeds into ../docs")

// chromium returns the path of a Chromium or Chrome binary. Without one the
// test is skipped on a developer's machine and fails in CI (CI=true), where
// `make test` installs Debian's chromium first.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium on PATH: `make test` installs it with apt-get install chromium")
	}
	t.Skip("no chromium on PATH (apt-get install chromium, or run `make test` as root); skipping the browser test")
	return ""
}

// browser is one headless Chromium with what it saw: console errors and
// warnings, uncaught exceptions, log errors, and every request for
// something that is not a file.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	b := &browser{}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithListener(b.event))
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	b.ctx = ctx
	for _, enable := range []func() error{
		func() error { _, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{}); return err },
		func() error { _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); return err },
		func() error { _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); return err },
	} {
		if err := enable(); err != nil {
			t.Fatalf("starting chromium: %v", err)
		}
	}
	return b
}

// event records what the browser reports that a clean page never causes.
func (b *browser) event(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		switch ev.Type {
		case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeWarning, runtime.ConsoleAPICalledTypeAssert:
			var args []string
			for _, a := range ev.Args {
				args = append(args, a.Description+fmt.Sprint(a.Value))
			}
			b.problems = append(b.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
		}
	case *runtime.EventExceptionThrown:
		b.problems = append(b.problems, fmt.Sprintf("exception: %s (%s:%d)", ev.ExceptionDetails.Text,
			ev.ExceptionDetails.URL, ev.ExceptionDetails.LineNumber))
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError || ev.Entry.Level == log.EntryLevelWarning {
			b.problems = append(b.problems, fmt.Sprintf("log %s: %s %s", ev.Entry.Level, ev.Entry.Text, ev.Entry.URL))
		}
	case *page.EventJavascriptDialogOpening:
		// Only a script from an article would open one; dismiss it so
		// that the page finishes loading and the test can say so.
		b.problems = append(b.problems, fmt.Sprintf("a %s dialog: %q", ev.Type, ev.Message))
		go chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
	case *network.EventRequestWillBeSent:
		if !strings.HasPrefix(ev.Request.URL, "file://") {
			b.problems = append(b.problems, "request: "+ev.Request.URL)
		}
	}
}

// open loads a page and fails the test on anything the browser reported
// while loading it.
func (b *browser) open(t *testing.T, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(b.ctx, chromedp.Navigate("file://"+abs)); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b.check(t, path)
}

// check fails the test on anything reported since the last check.
func (b *browser) check(t *testing.T, path string) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("%s: %s", path, p)
	}
	b.problems = nil
}

// eval evaluates a JavaScript expression on the open page.
func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// figureTables reads every table.figures of the page: its data-figures
// name (with data-label) and its rows of cell texts.
const figureTablesJS = `Array.from(document.querySelectorAll("table.figures")).map(t => ({
	name: t.dataset.figures + (t.dataset.label ? ":" + t.dataset.label : ""),
	rows: Array.from(t.tBodies[0].rows).map(r => Array.from(r.cells).map(c => c.textContent.trim()))
}))`

// chartsJS counts the charts that are drawn: an <svg> with a size on the
// page and filled shapes in it.
const chartsJS = `Array.from(document.querySelectorAll("figure.chart svg")).map(s => {
	const r = s.getBoundingClientRect();
	const shapes = Array.from(s.querySelectorAll("path")).filter(p => p.getBBox().width > 0 && p.getBBox().height > 0).length;
	return {w: r.width, h: r.height, shapes: shapes};
})`

type figureTable struct {
	Name string     `json:"name"`
	Rows [][]string `json:"rows"`
}

type chart struct {
	W, H   float64
	Shapes int
}

// leadingInt reads "12 (40%)" as 12.
func leadingInt(s string) string {
	return regexp.MustCompile(`^-?\d+`).FindString(s)
}

// TestReportInBrowser writes the report of the seeds, opens every page in
// headless Chromium, and checks that the pages load without an error or a
// request beyond their own files, that the charts are drawn, that every
// figure beside the charts is what DuckDB computes from the Parquet files,
// and that an entity, a quote and a conflict of the seeds are on the pages.
func TestReportInBrowser(t *testing.T) {
	b := newBrowser(t)
	out, m := buildSeeds(t)
	sum, err := report.Write(context.Background(), out, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tables := map[string]string{}
	for _, table := range m.Tables {
		tables[table.Name] = filepath.Join(out, table.Files[0].Path)
	}
	// rows runs a query with {table} names replaced by their Parquet files
	// and returns every row as strings.
	rows := func(q string, args ...any) [][]string {
		t.Helper()
		for name, path := range tables {
			q = strings.ReplaceAll(q, "{"+name+"}", fmt.Sprintf("read_parquet('%s')", path))
		}
		rs, err := db.Query(q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rs.Close()
		cols, _ := rs.Columns()
		var out [][]string
		for rs.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rs.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			row := make([]string, len(cols))
			for i, v := range vals {
				row[i] = v.String
			}
			out = append(out, row)
		}
		return out
	}

	overview := filepath.Join(sum.Dir, "index.html")
	b.open(t, overview)
	figures := eval[[]figureTable](t, b, figureTablesJS)
	charts := eval[[]chart](t, b, chartsJS)
	visible := eval[string](t, b, `document.body.innerText`)
	if *screenshots {
		shoot(t, b, overview, "../docs/report-overview.png", "")
	}

	// Charts: one per entity label, then speakers, claimants, kinds,
	// units and the timeline, each drawn.
	labels := rows(`SELECT label, count(*), sum(n_mentions)::BIGINT FROM {entities} GROUP BY label ORDER BY 3 DESC, label`)
	wantCharts := len(labels) + 5
	if len(rows(`SELECT 1 FROM {documents} WHERE published IS NOT NULL UNION ALL SELECT 1 FROM {quantities} WHERE resolved IS NOT NULL`)) == 0 {
		wantCharts--
	}
	if len(charts) != wantCharts {
		t.Errorf("%d charts, want %d", len(charts), wantCharts)
	}
	for i, c := range charts {
		if c.W < 200 || c.H < 100 || c.Shapes < 2 {
			t.Errorf("chart %d is not drawn: %.0fx%.0f px, %d filled shapes", i, c.W, c.H, c.Shapes)
		}
	}

	// Every figure is what DuckDB computes.
	got := map[string][][]string{}
	for _, f := range figures {
		got[f.Name] = f.Rows
	}
	check := func(name string, want [][]string, project func([]string) []string) {
		t.Helper()
		var have [][]string
		for _, r := range got[name] {
			have = append(have, project(r))
		}
		if fmt.Sprint(have) != fmt.Sprint(want) {
			t.Errorf("figures %s:\n page:   %v\n DuckDB: %v", name, have, want)
		}
	}
	same := func(r []string) []string { return r }
	var tableCounts [][]string
	for _, name := range []string{"documents", "zones", "sentences", "tokens", "mentions", "entities",
		"quantities", "quotes", "claims", "claim_links", "errors"} {
		tableCounts = append(tableCounts, []string{name, rows(`SELECT count(*) FROM {` + name + `}`)[0][0], "1"})
	}
	check("tables", tableCounts, same)
	for _, l := range labels {
		check("entities:"+l[0], rows(`SELECT name, n_mentions FROM {entities} WHERE label = ? ORDER BY n_mentions DESC, name LIMIT 10`, l[0]), same)
		if caption := fmt.Sprintf("%s: %s entities, %s mentions", l[0], l[1], l[2]); !strings.Contains(visible, caption) {
			t.Errorf("overview lacks the caption %q", caption)
		}
	}
	check("speakers", rows(`SELECT speaker, count(*) n FROM {quotes} WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY n DESC, speaker LIMIT 15`), same)
	check("claimants", rows(`SELECT claimant, count(*) n, count(*) FILTER (WHERE hedged), count(*) FILTER (WHERE stance = 'denies'),
		count(*) FILTER (WHERE stance = 'disputes') FROM {claims} WHERE claimant IS NOT NULL GROUP BY claimant ORDER BY n DESC, claimant LIMIT 15`),
		func(r []string) []string {
			return []string{r[0], r[1], leadingInt(r[2]), leadingInt(r[3]), r[4]}
		})
	check("kinds", rows(`SELECT kind, count(*) n FROM {quantities} GROUP BY kind ORDER BY n DESC, kind`), same)
	check("units", rows(`SELECT unit, kind, count(*) n FROM {quantities} WHERE unit IS NOT NULL GROUP BY unit, kind ORDER BY n DESC, unit, kind LIMIT 20`), same)
	check("timeline", rows(`SELECT ym, count(*) FILTER (WHERE what = 'p'), count(*) FILTER (WHERE what = 'e') FROM (
		SELECT strftime(published, '%Y-%m') AS ym, 'p' AS what FROM {documents} WHERE published IS NOT NULL
		UNION ALL SELECT strftime(resolved, '%Y-%m'), 'e' FROM {quantities} WHERE resolved IS NOT NULL) GROUP BY ym ORDER BY ym`), same)
	conflicts := rows(`SELECT l.reason, a.text, b.text, coalesce(a.claimant, 'unknown claimant'), coalesce(b.claimant, 'unknown claimant')
		FROM {claim_links} l JOIN {claims} a ON a.doc_id = l.doc_id_a AND a.claim_id = l.claim_a
		JOIN {claims} b ON b.doc_id = l.doc_id_b AND b.claim_id = l.claim_b WHERE l.relation = 'conflicts'`)
	nConflicts := eval[string](t, b, `document.querySelector('[data-figure="conflicts"]').textContent`)
	nErrors := eval[string](t, b, `document.querySelector('[data-figure="errors"]').textContent`)
	if nConflicts != strconv.Itoa(len(conflicts)) {
		t.Errorf("overview says %s conflicts, DuckDB counts %d", nConflicts, len(conflicts))
	}
	if want := rows(`SELECT count(*) FROM {errors}`)[0][0]; nErrors != want {
		t.Errorf("overview says %s errors, DuckDB counts %s", nErrors, want)
	}

	// A known entity, conflict and quote are on the pages.
	top := rows(`SELECT name FROM {entities} ORDER BY n_mentions DESC, name LIMIT 1`)[0][0]
	if !strings.Contains(visible, top) {
		t.Errorf("the most mentioned entity, %s, is not on the overview", top)
	}
	if len(conflicts) == 0 {
		t.Fatal("the seeds have no conflicting claims to look for")
	}
	for _, s := range conflicts[0] {
		if !strings.Contains(visible, s) {
			t.Errorf("the first conflict's %q is not on the overview", s)
		}
	}
	quote := rows(`SELECT q.doc_id, q.speaker, q.content FROM {quotes} q WHERE q.speaker IS NOT NULL
		ORDER BY length(q.content) DESC, q.doc_id, q.quote_id LIMIT 1`)[0]
	mention := rows(`SELECT text, label, mention_id FROM {mentions} WHERE doc_id = ? ORDER BY mention_id LIMIT 1`, quote[0])[0]
	// The document is found as a reader finds it: by its link in the
	// document index, doc/N.html#DOC_ID.
	b.open(t, filepath.Join(sum.Dir, "pages", "1.html"))
	href := eval[string](t, b, fmt.Sprintf(`Array.from(document.querySelectorAll("table.docs a")).map(a => a.getAttribute("href")).find(h => h.endsWith("#%s")) || ""`, quote[0]))
	if href == "" {
		t.Fatalf("the document index has no link to %s", quote[0])
	}
	docPage := filepath.Join(sum.Dir, "pages", href)
	b.open(t, docPage)
	doc := fmt.Sprintf(`document.getElementById(%q)`, quote[0])
	if shown := eval[[]string](t, b, `Array.from(document.querySelectorAll("section.doc")).filter(s => s.offsetParent !== null).map(s => s.id)`); len(shown) != 1 || shown[0] != quote[0] {
		t.Errorf("%s shows the documents %v, want %s alone", docPage, shown, quote[0])
	}
	docText := eval[string](t, b, doc+`.querySelector("article.text").innerText`)
	quoteTable := eval[string](t, b, doc+`.querySelector('table[data-layer="quotes"]').innerText`)
	badge := eval[string](t, b, `Array.from(`+doc+`.querySelectorAll(".b-quo")).map(e => e.dataset.b).join("\n")`)
	clickMention := fmt.Sprintf(`%s.querySelector('article.text [data-r~="m%s"]').click()`, doc, mention[2])
	eval[any](t, b, clickMention+`, 0`)
	panel := eval[string](t, b, doc+`.querySelector("aside.rows").innerText`)
	b.check(t, docPage)
	if !strings.Contains(docText, quote[2]) || !strings.Contains(quoteTable, quote[1]) || !strings.Contains(badge, "— "+quote[1]) {
		t.Errorf("%s: the quote of %s (%q) is not shown with its speaker", docPage, quote[1], quote[2])
	}
	if !strings.Contains(panel, "mentions") || !strings.Contains(panel, mention[1]) || !strings.Contains(panel, mention[0]) {
		t.Errorf("%s: clicking mention %s (%s) shows %q", docPage, mention[2], mention[0], panel)
	}
	if *screenshots {
		shoot(t, b, docPage, "../docs/report-document.png", clickMention)
	}

	// Without an address, a file shows all its documents, each with a
	// viewer of its own: a click in the last shows rows in its panel only.
	first := filepath.Join(sum.Dir, "doc", "1.html")
	b.open(t, first)
	sections := `Array.from(document.querySelectorAll("section.doc"))`
	if shown := eval[int](t, b, sections+`.filter(s => s.offsetParent !== null).length`); shown < 2 || shown != eval[int](t, b, sections+`.length`) {
		t.Errorf("%s shows %d of its documents, want all of them, more than one", first, shown)
	}
	eval[any](t, b, sections+`.pop().querySelector("article.text [data-r]").click(), 0`)
	panels := eval[[]int](t, b, sections+`.map(s => s.querySelectorAll("aside.rows h3").length)`)
	for i, n := range panels {
		if last := i == len(panels)-1; (n > 0) != last {
			t.Errorf("%s: after a click in the last document, panel %d shows %d rows", first, i+1, n)
		}
	}
	b.check(t, first)

	// Every other page loads cleanly too.
	pages, _ := filepath.Glob(filepath.Join(sum.Dir, "*", "*.html"))
	sort.Strings(pages)
	for _, p := range pages {
		b.open(t, p)
	}
	if len(pages) != sum.DocFiles+sum.IndexPages {
		t.Errorf("%d pages, want %d files of documents and %d index pages", len(pages), sum.DocFiles, sum.IndexPages)
	}
}

// shoot saves a screenshot of a page, after running the script click if
// given.
func shoot(t *testing.T, b *browser, page, dest, click string) {
	t.Helper()
	abs, _ := filepath.Abs(page)
	if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(1280, 1000), chromedp.Navigate("file://"+abs)); err != nil {
		t.Fatal(err)
	}
	if click != "" {
		eval[any](t, b, click+`, 0`)
	}
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dest, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", dest)
}

var corpus = flag.String("corpus", "", "also build this `folder` of articles and open every page of its report (e.g. ../../shared/bench/brown)")

// TestCorpusReportInBrowser opens every page of the report of a larger
// corpus, given with -corpus, and fails on any console error, exception or
// request beyond the report's files.
func TestCorpusReportInBrowser(t *testing.T) {
	if *corpus == "" {
		t.Skip("no -corpus folder given")
	}
	b := newBrowser(t)
	st, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{*corpus}, Out: out,
		Format: pipeline.FormatParquet, Stages: st, Linker: stages.NewLinker()}); err != nil {
		t.Fatal(err)
	}
	sum, err := report.Write(context.Background(), out, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(sum.Dir, "*", "*.html"))
	pages = append(pages, filepath.Join(sum.Dir, "index.html"))
	for _, p := range pages {
		b.open(t, p)
	}
	charts := eval[[]chart](t, b, chartsJS)
	for i, c := range charts {
		if c.W < 200 || c.H < 100 || c.Shapes < 2 {
			t.Errorf("overview chart %d is not drawn: %.0fx%.0f px, %d filled shapes", i, c.W, c.H, c.Shapes)
		}
	}
	t.Logf("%d pages opened, %d charts on the overview", len(pages), len(charts))
}

// TestHostileReportInBrowser writes the report of articles full of markup,
// scripts and a very long line, opens every page in headless Chromium and
// checks that no script of theirs runs, no element of theirs is built, the
// document views show their text as it is, and the long line wraps inside
// the page.
func TestHostileReportInBrowser(t *testing.T) {
	b := newBrowser(t)
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
	st, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{in}, Out: out,
		Format: pipeline.FormatParquet, Stages: st, Linker: stages.NewLinker()}); err != nil {
		t.Fatal(err)
	}
	sum, err := report.Write(context.Background(), out, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pages, _ := filepath.Glob(filepath.Join(sum.Dir, "*", "*.html"))
	pages = append(pages, filepath.Join(sum.Dir, "index.html"))
	texts := map[string]bool{}
	for _, text := range docs {
		texts[strings.TrimRight(text, "\n")] = true
	}
	shown := 0
	for _, p := range pages {
		b.open(t, p)
		if n := eval[int](t, b, `document.querySelectorAll("img, b, i, svg:not(figure.chart svg), style, iframe, [onload], [onerror]").length`); n > 0 {
			t.Errorf("%s: %d elements from the articles", p, n)
		}
		if n := eval[int](t, b, `document.querySelectorAll("script:not(.row-data):not([src])").length`); n > 0 {
			t.Errorf("%s: %d scripts from the articles", p, n)
		}
		if filepath.Base(filepath.Dir(p)) != "doc" {
			continue
		}
		for _, text := range eval[[]string](t, b, `Array.from(document.querySelectorAll("section.doc article.text")).map(e => e.textContent)`) {
			if !texts[strings.TrimRight(text, "\n")] {
				t.Errorf("%s: the view's text is not an article's: %.120q", p, text)
			}
			shown++
		}
		if wide := eval[bool](t, b, `document.documentElement.scrollWidth > window.innerWidth + 1`); wide {
			t.Errorf("%s: wider than the window (%v px): a long line does not wrap", p,
				eval[float64](t, b, `document.documentElement.scrollWidth`))
		}
	}
	if shown != len(docs) {
		t.Errorf("%d document views, want %d", shown, len(docs))
	}
}
