package report

// The parts of the pages that a report has once a document are drawn here
// in Go rather than by the templates: each action of a template is a
// reflective call (about 2 µs, 4 µs in a URL attribute), and a report of
// 100,000 documents has 100,000 headers and index rows. Every value is
// escaped as html/template escapes text.

import (
	"bufio"
	"cmp"
	"fmt"
	"html"
	"html/template"
	"strconv"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// docHeader writes the pager of a document (the documents before and
// after it, its page of the index) and its metadata: title, columns of its
// documents row, rows per table and its errors. Every value is escaped.
func docHeader(b *bufio.Writer, e docEntry, of int64) {
	b.WriteString(`<nav class="pager">`)
	if e.prev != "" {
		b.WriteString(`<a href="`)
		escapeText(b, e.prev)
		b.WriteString(`" rel="prev">← previous document</a>`)
	}
	fmt.Fprintf(b, ` document %d of %d, in <a href="../pages/%d.html">the index</a> `, e.number, of, e.indexPage)
	if e.next != "" {
		b.WriteString(`<a href="`)
		escapeText(b, e.next)
		b.WriteString(`" rel="next">next document →</a>`)
	}
	b.WriteString("</nav>\n")

	d := e.d
	b.WriteString(`<h1>`)
	escapeText(b, cmp.Or(d.Doc.Title, "(no title)"))
	b.WriteString("</h1>\n<dl class=\"meta\">\n")
	for _, f := range []struct{ name, value string }{{"doc_id", d.Doc.DocID}, {"source", d.Doc.Source},
		{"outlet", d.Doc.Outlet}, {"published", d.Doc.Published}, {"byline", d.Doc.Byline}, {"url", d.Doc.URL}} {
		if f.value != "" || f.name == "doc_id" || f.name == "source" {
			b.WriteString(`<dt>` + f.name + `</dt><dd>`)
			escapeText(b, f.value)
			b.WriteString("</dd>\n")
		}
	}
	fmt.Fprintf(b, "<dt>rows</dt><dd>%d mentions, %d quantities, %d quotes, %d claims</dd>\n</dl>\n",
		len(d.Mentions), len(d.Quantities), len(d.Quotes), len(d.Claims))
	if len(d.Errors) > 0 {
		b.WriteString(`<ul class="problems">`)
		for _, e := range d.Errors {
			b.WriteString(`<li>`)
			escapeText(b, e.Severity+" in "+e.Stage+": "+e.Message)
			b.WriteString(`</li>`)
		}
		b.WriteString("</ul>\n")
	}
}

// indexRows draws the rows of a page of the document index, numbered from
// first: each document's number, title linking to its page, source, outlet,
// date and rows per table. Every value is escaped.
func indexRows(entries []indexEntry, first int) template.HTML {
	var b strings.Builder
	esc := func(s string) { b.WriteString(html.EscapeString(s)) }
	for i, e := range entries {
		fmt.Fprintf(&b, `<tr><td class="n">%d</td><td><a href="../doc/`, first+i)
		esc(e.Page)
		b.WriteString(`">`)
		esc(cmp.Or(e.Doc.Title, "(no title)"))
		b.WriteString(`</a></td>`)
		for _, s := range []string{e.Doc.Source, e.Doc.Outlet, e.Doc.Published} {
			b.WriteString(`<td>`)
			esc(s)
			b.WriteString(`</td>`)
		}
		fmt.Fprintf(&b, `<td class="n">%d</td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td><td class="n">%d</td></tr>`+"\n",
			e.Mentions, e.Quantities, e.Quotes, e.Claims, e.Problems)
	}
	return template.HTML(b.String())
}

// quoteTable writes the table of a document's quotes, one row a quote with
// its speaker, cue, type and content; clicking a row shows the quote's row
// as clicking its span does. Nothing is written for a document without
// quotes.
func quoteTable(w *bufio.Writer, quotes []pipeline.QuoteRow) {
	if len(quotes) == 0 {
		return
	}
	w.WriteString(`<h2>Quotes</h2>
<table class="layer" data-layer="quotes"><thead><tr><th class="n">id</th><th>speaker</th><th>cue</th><th>type</th><th>content</th></tr></thead><tbody>
`)
	var id []byte
	for i := range quotes {
		q := &quotes[i]
		id = strconv.AppendInt(id[:0], int64(q.QuoteID), 10)
		w.WriteString(`<tr data-r="q`)
		w.Write(id)
		w.WriteString(`"><td class="n">`)
		w.Write(id)
		w.WriteString(`</td><td>`)
		escapeText(w, cmp.Or(q.Speaker, "—"))
		w.WriteString(`</td><td>`)
		escapeText(w, q.Cue)
		w.WriteString(`</td><td>`)
		escapeText(w, q.Type)
		w.WriteString(`</td><td>`)
		escapeText(w, q.Content)
		w.WriteString("</td></tr>\n")
	}
	w.WriteString("</tbody></table>\n")
}

// escapeText writes s escaped as html.EscapeString escapes it, without
// building the escaped copy: a document's text is written piece by piece.
// It escapes both quote marks, so it serves for attribute values too.
func escapeText(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		if esc := htmlEscapes[s[i]]; esc != "" {
			w.WriteString(s[start:i])
			w.WriteString(esc)
			start = i + 1
		}
	}
	w.WriteString(s[start:])
}

// htmlEscapes are the escapes of escapeText by byte, "" for a byte written
// as it is; a table is faster than a switch on every byte of the text.
var htmlEscapes = [256]string{'<': "&lt;", '>': "&gt;", '&': "&amp;", '\'': "&#39;", '"': "&#34;"}
