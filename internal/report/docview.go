package report

import (
	"bufio"
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// docRows is one document with its rows of every per-document table.
type docRows struct {
	Doc        pipeline.DocumentRow
	Zones      []pipeline.ZoneRow
	Mentions   []pipeline.MentionRow
	Quantities []pipeline.QuantityRow
	Quotes     []pipeline.QuoteRow
	Claims     []pipeline.ClaimRow
	Errors     []pipeline.ErrorRow
}

// layerSpan is one annotation drawn over the text: a zone, a mention, a
// quantity, a quote's content, source or cue, or a claim.
type layerSpan struct {
	start, end int    // code points
	key        string // the row it shows when clicked, e.g. "m3"
	class      string
	badge      string // drawn after the span's last character, if any
	badgeClass string
}

// annotate lists the spans of a document and the rows they show, keyed as
// the spans' data-r attributes name them. The rows' JSON is appended to buf.
func annotate(d *docRows, buf []byte) (zones, spans []layerSpan, rows *rowViews) {
	rows = &rowViews{rows: buf}
	add := func(s layerSpan, table string, row any) {
		spans = append(spans, s)
		rows.add(s.key, table, row)
	}
	for i := range d.Zones {
		z := &d.Zones[i]
		s := layerSpan{start: int(z.Start), end: int(z.End), key: "z" + strconv.Itoa(int(z.ZoneID)),
			class: "z z-" + classWord(z.Kind)}
		zones = append(zones, s)
		rows.add(s.key, "zones", z)
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		add(layerSpan{start: int(m.Start), end: int(m.End), key: "m" + strconv.Itoa(int(m.MentionID)),
			class: "ent ent-" + classWord(m.Label), badge: m.Label, badgeClass: "b-ent"}, "mentions", m)
	}
	for i := range d.Quantities {
		q := &d.Quantities[i]
		add(layerSpan{start: int(q.Start), end: int(q.End), key: "n" + strconv.Itoa(int(q.QuantityID)),
			class: "qty", badge: quantityBadge(q), badgeClass: "b-qty"}, "quantities", q)
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		key := "q" + strconv.Itoa(int(q.QuoteID))
		// The content, source and cue spans show the one row.
		add(layerSpan{start: int(q.ContentStart), end: int(q.ContentEnd), key: key,
			class: "quo quo-" + classWord(q.Type), badge: "— " + cmp.Or(q.Speaker, "unknown speaker"), badgeClass: "b-quo"}, "quotes", q)
		if q.SourceStart != nil && q.SourceEnd != nil {
			spans = append(spans, layerSpan{start: int(*q.SourceStart), end: int(*q.SourceEnd), key: key, class: "src"})
		}
		if q.CueStart != nil && q.CueEnd != nil {
			spans = append(spans, layerSpan{start: int(*q.CueStart), end: int(*q.CueEnd), key: key, class: "cue"})
		}
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		s := layerSpan{start: int(c.Start), end: int(c.End), key: "c" + strconv.Itoa(int(c.ClaimID)),
			class: "clm clm-" + classWord(c.Stance), badgeClass: "b-clm"}
		var marks []string
		if c.Stance != "asserts" {
			marks = append(marks, c.Stance)
		}
		if c.Hedged {
			s.class += " hedged"
			marks = append(marks, "hedged")
		}
		s.badge = strings.Join(marks, ", ")
		add(s, "claims", c)
	}
	return zones, spans, rows
}

// quantityBadge is a quantity's value and unit as the document view shows
// them after its text.
func quantityBadge(q *pipeline.QuantityRow) string {
	var b strings.Builder
	switch {
	case q.Resolved != "":
		b.WriteString(q.Resolved)
	case q.Normalized != "":
		b.WriteString(q.Normalized)
	case q.Value != nil:
		b.WriteString(strconv.FormatFloat(*q.Value, 'f', -1, 64))
		if q.ValueMax != nil {
			b.WriteString("–" + strconv.FormatFloat(*q.ValueMax, 'f', -1, 64))
		}
	}
	for _, s := range []string{q.Unit, perWord(q.Per)} {
		if s != "" {
			b.WriteString(" " + s)
		}
	}
	return strings.TrimSpace(b.String())
}

func perWord(per string) string {
	if per == "" {
		return ""
	}
	return "per " + per
}

// classWord keeps the letters, digits, '-' and '_' of a value used in a
// class name, so that a label from the data cannot break out of it.
func classWord(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return -1
	}, s)
}

// highlight renders a text with its spans, as displaCy does: the text is
// cut at every span boundary, and each piece is one element carrying the
// classes of the spans that cover it and, in data-r, the keys of their rows.
// Zones, which never overlap, are elements wrapping their pieces. A span's
// badge (an entity's label, a quantity's value, a quote's speaker) follows
// its last piece. Every character of the text is escaped. A write error is
// left in w, whose Flush returns it.
func highlight(w *bufio.Writer, text string, zones, spans []layerSpan) {
	n := utf8.RuneCountInString(text)

	cuts := []int{0, n}
	inText := func(s layerSpan) bool { return s.start >= 0 && s.end <= n && s.start < s.end }
	var valid []layerSpan
	for _, s := range spans {
		if inText(s) { // an offset outside the text has nothing to draw
			valid = append(valid, s)
			cuts = append(cuts, s.start, s.end)
		}
	}
	var zs []layerSpan
	for _, z := range zones {
		if inText(z) && (len(zs) == 0 || z.start >= zs[len(zs)-1].end) {
			zs = append(zs, z)
			cuts = append(cuts, z.start, z.end)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	byteCuts := byteOffsets(text, n, cuts)
	// Outer spans first, so that a piece lists its classes from the
	// widest span to the narrowest. Pointers are sorted, not the spans,
	// which are large to move.
	sorted := make([]*layerSpan, len(valid))
	for i := range valid {
		sorted[i] = &valid[i]
	}
	slices.SortStableFunc(sorted, func(a, b *layerSpan) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})

	var active []*layerSpan
	next := 0 // first span of sorted not yet active
	zone := 0 // first zone of zs not yet closed
	var keys []string
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if zone < len(zs) && zs[zone].start == from {
			w.WriteString(`<span class="`)
			escapeText(w, zs[zone].class)
			w.WriteString(`" data-r="`)
			escapeText(w, zs[zone].key)
			w.WriteString(`">`)
		}
		active = slices.DeleteFunc(active, func(s *layerSpan) bool { return s.end <= from })
		for next < len(sorted) && sorted[next].start <= from {
			if sorted[next].end > from {
				active = append(active, sorted[next])
			}
			next++
		}
		piece := text[byteCuts[i]:byteCuts[i+1]]
		if len(active) == 0 {
			escapeText(w, piece)
		} else {
			w.WriteString(`<span class="`)
			keys = keys[:0]
			for k, s := range active {
				if k > 0 {
					w.WriteByte(' ')
				}
				escapeText(w, s.class)
				if !slices.Contains(keys, s.key) {
					keys = append(keys, s.key)
				}
			}
			w.WriteString(`" data-r="`)
			for k, key := range keys {
				if k > 0 {
					w.WriteByte(' ')
				}
				escapeText(w, key)
			}
			w.WriteString(`">`)
			escapeText(w, piece)
			w.WriteString(`</span>`)
			// Badges of the spans ending here, the innermost first.
			for k := len(active) - 1; k >= 0; k-- {
				if s := active[k]; s.end == to && s.badge != "" {
					w.WriteString(`<span class="b `)
					w.WriteString(classWord(s.badgeClass))
					w.WriteString(`" data-r="`)
					escapeText(w, s.key)
					w.WriteString(`" data-b="`)
					escapeText(w, s.badge)
					w.WriteString(`"></span>`)
				}
			}
		}
		if zone < len(zs) && zs[zone].end == to {
			w.WriteString("</span>")
			zone++
		}
	}
}

// byteOffsets returns the byte offsets in text, of n code points, of the
// code point offsets cuts, sorted and each at most n. It walks the text
// once rather than indexing every code point: a page's text can be long.
func byteOffsets(text string, n int, cuts []int) []int {
	out := make([]int, len(cuts))
	if n == len(text) { // ASCII: the offsets are the same
		copy(out, cuts)
		return out
	}
	k, cp := 0, 0
	for i := range text { // i is the byte offset of code point cp
		for k < len(cuts) && cuts[k] == cp {
			out[k] = i
			k++
		}
		cp++
	}
	for ; k < len(cuts); k++ {
		out[k] = len(text)
	}
	return out
}

// rowViews are the rows a document view shows when a span is clicked, as
// JSON: {"columns": {table: [name, ...]}, "rows": {key: [table, [value, ...]]}}
// with the keys the spans' data-r attributes name, every column but doc_id
// in schema order, a null written "null" and a list with brackets. It is
// written by hand, not by encoding/json, because it is most of the bytes of
// a document page.
type rowViews struct {
	tables []string // tables seen, in order
	rows   []byte   // "key":["table",[...]] entries, comma-separated
}

// add adds the row that row, a pointer to a row of table, is to the view,
// under key. Each key is added once.
func (rv *rowViews) add(key, table string, row any) {
	if !slices.Contains(rv.tables, table) {
		rv.tables = append(rv.tables, table)
	}
	if len(rv.rows) > 0 {
		rv.rows = append(rv.rows, ',')
	}
	rv.rows = appendJSONString(rv.rows, key)
	rv.rows = append(rv.rows, ":["...)
	rv.rows = appendJSONString(rv.rows, table)
	rv.rows = append(rv.rows, ",["...)
	v := reflect.ValueOf(row).Elem()
	for i, c := range shownColumns[table] {
		if i > 0 {
			rv.rows = append(rv.rows, ',')
		}
		rv.rows = append(rv.rows, '"')
		rv.rows = appendCell(rv.rows, v.Field(c.field), c.nullable)
		rv.rows = append(rv.rows, '"')
	}
	rv.rows = append(rv.rows, "]]"...)
}

// shownColumn is a column the document view shows: every column but doc_id.
type shownColumn struct {
	name     string
	field    int // in the row struct
	nullable bool
}

var shownColumns = func() map[string][]shownColumn {
	m := map[string][]shownColumn{}
	for _, t := range pipeline.Tables() {
		for i, f := range t.Schema.Fields() {
			if f.Name != "doc_id" {
				m[t.Name] = append(m[t.Name], shownColumn{f.Name, i, f.Nullable})
			}
		}
	}
	return m
}()

// writeJSON writes the rows as JSON to inline in a <script> element.
func (rv *rowViews) writeJSON(w *bufio.Writer) {
	b := []byte(`{"columns":{`)
	for i, table := range rv.tables {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, table)
		b = append(b, ":["...)
		for i, c := range shownColumns[table] {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, c.name)
		}
		b = append(b, ']')
	}
	b = append(b, `},"rows":{`...)
	w.Write(b)
	w.Write(rv.rows)
	w.WriteString("}}")
}

// appendJSONString appends s as a JSON string that is also safe inside a
// <script> element: <, > and & are escaped as encoding/json escapes them,
// so no string from an article can end the element or open a comment, and
// so are U+2028 and U+2029. Invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendJSONBody(b, s)
	return append(b, '"')
}

// appendJSONBody appends s escaped as appendJSONString escapes it, without
// the quotes.
func appendJSONBody(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

// appendCell appends the text of a cell, escaped for a JSON string: a null
// is "null", a list "[a, b]". It appends in place rather than building the
// text: the rows are most of the bytes of a document page.
func appendCell(b []byte, v reflect.Value, nullable bool) []byte {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, "null"...)
		}
		return appendCell(b, v.Elem(), false)
	case reflect.String:
		if v.String() == "" && nullable {
			return append(b, "null"...)
		}
		return appendJSONBody(b, v.String())
	case reflect.Float64:
		return strconv.AppendFloat(b, v.Float(), 'f', -1, 64)
	case reflect.Int32:
		return strconv.AppendInt(b, v.Int(), 10)
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool())
	case reflect.Slice:
		if v.IsNil() && nullable {
			return append(b, "null"...)
		}
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendCell(b, v.Index(i), false)
		}
		return append(b, ']')
	}
	return appendJSONBody(b, fmt.Sprint(v.Interface()))
}
