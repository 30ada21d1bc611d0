package report

import (
	"bufio"
	"cmp"
	"fmt"
	"html"
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
// the spans' data-r attributes name them.
func annotate(d *docRows) (zones, spans []layerSpan, rows *rowViews) {
	rows = &rowViews{}
	add := func(s layerSpan, table string, row any) {
		spans = append(spans, s)
		rows.add(s.key, table, row)
	}
	for _, z := range d.Zones {
		s := layerSpan{start: int(z.Start), end: int(z.End), key: "z" + strconv.Itoa(int(z.ZoneID)),
			class: "z z-" + classWord(z.Kind)}
		zones = append(zones, s)
		rows.add(s.key, "zones", z)
	}
	for _, m := range d.Mentions {
		add(layerSpan{start: int(m.Start), end: int(m.End), key: "m" + strconv.Itoa(int(m.MentionID)),
			class: "ent ent-" + classWord(m.Label), badge: m.Label, badgeClass: "b-ent"}, "mentions", m)
	}
	for _, q := range d.Quantities {
		add(layerSpan{start: int(q.Start), end: int(q.End), key: "n" + strconv.Itoa(int(q.QuantityID)),
			class: "qty", badge: quantityBadge(q), badgeClass: "b-qty"}, "quantities", q)
	}
	for _, q := range d.Quotes {
		key := "q" + strconv.Itoa(int(q.QuoteID))
		add(layerSpan{start: int(q.ContentStart), end: int(q.ContentEnd), key: key,
			class: "quo quo-" + classWord(q.Type), badge: "— " + cmp.Or(q.Speaker, "unknown speaker"), badgeClass: "b-quo"}, "quotes", q)
		if q.SourceStart != nil && q.SourceEnd != nil {
			add(layerSpan{start: int(*q.SourceStart), end: int(*q.SourceEnd), key: key, class: "src"}, "quotes", q)
		}
		if q.CueStart != nil && q.CueEnd != nil {
			add(layerSpan{start: int(*q.CueStart), end: int(*q.CueEnd), key: key, class: "cue"}, "quotes", q)
		}
	}
	for _, c := range d.Claims {
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
func quantityBadge(q pipeline.QuantityRow) string {
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
	byteAt := make([]int, 0, len(text)+1) // byte offset of each code point
	for i := range text {
		byteAt = append(byteAt, i)
	}
	n := len(byteAt)
	byteAt = append(byteAt, len(text))

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
	// Outer spans first, so that a piece lists its classes from the
	// widest span to the narrowest.
	slices.SortStableFunc(valid, func(a, b layerSpan) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})

	b := w
	var active []layerSpan
	next := 0 // first span of valid not yet active
	zone := 0 // first zone of zs not yet closed
	var classes, keys []string
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if zone < len(zs) && zs[zone].start == from {
			fmt.Fprintf(b, `<span class="%s" data-r="%s">`, html.EscapeString(zs[zone].class), html.EscapeString(zs[zone].key))
		}
		active = slices.DeleteFunc(active, func(s layerSpan) bool { return s.end <= from })
		for next < len(valid) && valid[next].start <= from {
			if valid[next].end > from {
				active = append(active, valid[next])
			}
			next++
		}
		piece := text[byteAt[from]:byteAt[to]]
		if len(active) == 0 {
			escapeText(b, piece)
		} else {
			classes, keys = classes[:0], keys[:0]
			for _, s := range active {
				classes = append(classes, s.class)
				if !slices.Contains(keys, s.key) {
					keys = append(keys, s.key)
				}
			}
			b.WriteString(`<span class="`)
			b.WriteString(html.EscapeString(strings.Join(classes, " ")))
			b.WriteString(`" data-r="`)
			b.WriteString(html.EscapeString(strings.Join(keys, " ")))
			b.WriteString(`">`)
			escapeText(b, piece)
			b.WriteString(`</span>`)
			// Badges of the spans ending here, the innermost first.
			for k := len(active) - 1; k >= 0; k-- {
				if s := active[k]; s.end == to && s.badge != "" {
					fmt.Fprintf(b, `<span class="b %s" data-r="%s" data-b="%s"></span>`,
						classWord(s.badgeClass), html.EscapeString(s.key), html.EscapeString(s.badge))
				}
			}
		}
		if zone < len(zs) && zs[zone].end == to {
			b.WriteString("</span>")
			zone++
		}
	}
}

// escapeText writes s escaped as html.EscapeString escapes it, without
// building the escaped copy: a document's text is written piece by piece.
func escapeText(w *bufio.Writer, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '"':
			esc = "&#34;"
		default:
			continue
		}
		w.WriteString(s[start:i])
		w.WriteString(esc)
		start = i + 1
	}
	w.WriteString(s[start:])
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
	seen   map[string]bool
}

func (rv *rowViews) add(key, table string, row any) {
	if rv.seen == nil {
		rv.seen = map[string]bool{}
	}
	if rv.seen[key] {
		return
	}
	rv.seen[key] = true
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
	v := reflect.ValueOf(row)
	for i, c := range shownColumns[table] {
		if i > 0 {
			rv.rows = append(rv.rows, ',')
		}
		rv.rows = appendJSONString(rv.rows, cellText(v.Field(c.field), c.nullable))
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
	const hex = "0123456789abcdef"
	b = append(b, '"')
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
	b = append(b, s[start:]...)
	return append(b, '"')
}

func cellText(v reflect.Value, nullable bool) string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "null"
		}
		return cellText(v.Elem(), false)
	case reflect.String:
		if v.String() == "" && nullable {
			return "null"
		}
		return v.String()
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Int32:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Slice:
		if v.IsNil() && nullable {
			return "null"
		}
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = cellText(v.Index(i), false)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(v.Interface())
}
