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

// overviewRows are the rows of the overview's tables of figures and its
// list of conflicts, drawn in Go: they are most of the template's actions,
// a reflective call each.
type overviewRows struct {
	Tables, Speakers, Claimants, Kinds, Units, Timeline, ErrorKinds, Errors, Conflicts template.HTML
	Labels                                                                             []template.HTML // one per Overview.Labels
}

// rowWriter draws the rows of a table; every value is escaped.
type rowWriter struct{ b strings.Builder }

// td writes a cell of text, of the given class unless it is "".
func (r *rowWriter) td(class, s string) {
	if class == "" {
		r.b.WriteString("<td>")
	} else {
		r.b.WriteString(`<td class="` + class + `">`)
	}
	r.b.WriteString(html.EscapeString(s))
	r.b.WriteString("</td>")
}

// num writes a cell of a number.
func (r *rowWriter) num(n int64) { r.td("n", strconv.FormatInt(n, 10)) }

// tr starts a row; end ends it.
func (r *rowWriter) tr()  { r.b.WriteString("<tr>") }
func (r *rowWriter) end() { r.b.WriteString("</tr>\n") }

func (r *rowWriter) html() template.HTML {
	h := template.HTML(r.b.String())
	r.b.Reset()
	return h
}

// counts writes one row per count: its name, its label unless noLabel,
// and N.
func (r *rowWriter) counts(cs []Count, withLabel bool) template.HTML {
	for _, c := range cs {
		r.tr()
		r.td("", c.Name)
		if withLabel {
			r.td("", c.Label)
		}
		r.num(c.N)
		r.end()
	}
	return r.html()
}

// drawOverviewRows draws the rows of every table of the overview.
func drawOverviewRows(ov *Overview) overviewRows {
	var rows overviewRows
	var r rowWriter
	for _, t := range ov.Tables {
		r.tr()
		r.td("", t.Name)
		r.num(t.Rows)
		r.num(int64(t.Files))
		r.end()
	}
	rows.Tables = r.html()
	for _, l := range ov.Labels {
		for _, c := range l.Top {
			r.tr()
			r.td("ent ent-"+html.EscapeString(l.Label), c.Name)
			r.num(c.N)
			r.end()
		}
		rows.Labels = append(rows.Labels, r.html())
	}
	rows.Speakers = r.counts(ov.Speakers, false)
	for _, c := range ov.Claimants {
		r.tr()
		r.td("", c.Name)
		r.num(c.Claims)
		fmt.Fprintf(&r.b, `<td class="n">%d <small>(%s)</small></td><td class="n">%d <small>(%s)</small></td>`,
			c.Hedged, percent(c.Hedged, c.Claims), c.Denies, percent(c.Denies, c.Claims))
		r.num(c.Disputes)
		r.end()
	}
	rows.Claimants = r.html()
	rows.Kinds = r.counts(ov.Kinds, false)
	rows.Units = r.counts(ov.Units, true)
	for _, m := range ov.Timeline {
		r.tr()
		r.td("", m.Month)
		r.num(m.Published)
		r.num(m.Events)
		r.end()
	}
	rows.Timeline = r.html()
	rows.ErrorKinds = r.counts(ov.ErrorKinds, true)
	for _, e := range ov.Errors {
		r.tr()
		r.td("", e.Source)
		r.td("", e.Stage)
		r.td("", e.Severity)
		r.td("", e.Message)
		r.end()
	}
	rows.Errors = r.html()
	esc := func(s string) { r.b.WriteString(html.EscapeString(s)) }
	for _, c := range ov.Conflicts {
		r.b.WriteString("<article class=\"conflict\">\n<p class=\"reason\">")
		esc(c.Reason)
		r.b.WriteString("</p>\n<div class=\"sides\">\n")
		for _, s := range []ConflictSide{c.A, c.B} {
			r.b.WriteString(`<div class="side"><p class="claimant">`)
			esc(cmp.Or(s.Claimant, "unknown claimant"))
			r.b.WriteString(`</p><blockquote>`)
			esc(s.Text)
			r.b.WriteString(`</blockquote><p class="from">in `)
			if s.Page != "" {
				r.b.WriteString(`<a href="`)
				esc(s.Page)
				r.b.WriteString(`">`)
				esc(s.Title)
				r.b.WriteString(`</a>`)
			} else {
				esc(s.DocID)
			}
			fmt.Fprintf(&r.b, ", claim %d</p></div>\n", s.ClaimID)
		}
		r.b.WriteString("</div>\n</article>\n")
	}
	rows.Conflicts = r.html()
	return rows
}

// percent is n of of as a whole percentage, "–" when of is 0.
func percent(n, of int64) string {
	if of == 0 {
		return "–"
	}
	return strconv.FormatFloat(100*float64(n)/float64(of), 'f', 0, 64) + "%"
}
