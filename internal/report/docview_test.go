package report

import (
	"bufio"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/newsclaims/newsclaims/pipeline"
)

func TestByteOffsets(t *testing.T) {
	for _, text := range []string{"", "plain ASCII", "Zürich – “Ça va”, 東京 😀 end", "\xff bad UTF-8 \xfe"} {
		n := utf8.RuneCountInString(text)
		var cuts, want []int
		cp := 0
		for i := range text {
			cuts, want = append(cuts, cp), append(want, i)
			cp++
		}
		cuts, want = append(cuts, n), append(want, len(text))
		got := byteOffsets(text, n, cuts)
		for k := range want {
			if got[k] != want[k] {
				t.Errorf("%q: code point %d at byte %d, want %d", text, cuts[k], got[k], want[k])
			}
		}
	}
}

// TestHighlightKeepsText draws overlapping spans over a text with
// characters of several bytes and checks that the page's text is the
// document's and that every span's row key covers the span's characters.
func TestHighlightKeepsText(t *testing.T) {
	text := "Zürich’s mayor said “Ça va” in 東京 <b>today</b> & 😀."
	at := func(s string) (int, int) { // code point offsets of s in text
		b := strings.Index(text, s)
		start := utf8.RuneCountInString(text[:b])
		return start, start + utf8.RuneCountInString(s)
	}
	var spans []layerSpan
	for key, s := range map[string]string{"m0": "Zürich", "q0": "“Ça va”", "m1": "東京", "c0": "mayor said “Ça va” in 東京", "n0": "😀"} {
		start, end := at(s)
		spans = append(spans, layerSpan{start: start, end: end, key: key, class: "k-" + key, badge: "<" + key + ">"})
	}
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	highlight(w, text, []layerSpan{{start: 0, end: utf8.RuneCountInString(text), key: "z0", class: "z"}}, spans)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(strings.NewReader("<article id=text>" + sb.String() + "</article>"))
	if err != nil {
		t.Fatal(err)
	}
	if got := textOf(byID(root, "text")); got != text {
		t.Errorf("text %q, want %q", got, text)
	}
	covered := map[string]string{}
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "span" {
			return
		}
		keys, _ := attr(n, "data-r")
		if _, badge := attr(n, "data-b"); badge {
			return
		}
		for _, key := range strings.Fields(keys) {
			covered[key] += textOf(n)
		}
	})
	for key, s := range map[string]string{"m0": "Zürich", "q0": "“Ça va”", "m1": "東京", "c0": "mayor said “Ça va” in 東京", "n0": "😀"} {
		if covered[key] != s {
			t.Errorf("span %s covers %q, want %q", key, covered[key], s)
		}
	}
}

// TestHeaderAndIndexRowsEscape draws a document's header and index row
// from values full of markup and checks that they are text.
func TestHeaderAndIndexRowsEscape(t *testing.T) {
	hostile := `<b onmouseover="alert(1)">x</b> & 'y'`
	d := &docRows{Doc: pipeline.DocumentRow{DocID: "d1", Title: hostile, Source: hostile, Byline: hostile},
		Errors: []pipeline.ErrorRow{{DocID: "d1", Stage: "quotes", Severity: "error", Message: hostile}}}
	var header strings.Builder
	w := bufio.NewWriter(&header)
	docHeader(w, docEntry{d: d, prev: `p".html#d0`, number: 2, indexPage: 1}, 3)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows := indexRows([]indexEntry{{Page: "1.html#d1", Doc: d.Doc, Problems: 1}}, 7)
	for name, frag := range map[string]string{"header": header.String(), "index": "<table>" + string(rows) + "</table>"} {
		root, err := html.Parse(strings.NewReader("<body>" + frag + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		walk(root, func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "b" {
				t.Errorf("%s: a <b> element from the data", name)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: an event handler from the data", name)
				}
			}
		})
		text := textOf(root)
		switch name {
		case "header":
			if strings.Count(text, hostile) != 4 { // title, source, byline, error
				t.Errorf("header: %d times the value as text, want 4: %q", strings.Count(text, hostile), text)
			}
			if !strings.Contains(text, "error in quotes: "+hostile) {
				t.Errorf("header: the error is not shown: %q", text)
			}
			if !strings.Contains(text, "document 2 of 3") {
				t.Errorf("header: no pager: %q", text)
			}
		case "index":
			if !strings.Contains(text, "7"+hostile) {
				t.Errorf("index: the row is not numbered 7 with its title: %q", text)
			}
		}
	}
}
