package report

import (
	"cmp"
	"fmt"
	"html"
	"reflect"
	"slices"
	"strconv"
	"strings"

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
func annotate(d *docRows) ([]layerSpan, map[string]rowView) {
	var spans []layerSpan
	rows := map[string]rowView{}
	add := func(s layerSpan, table string, row any) {
		spans = append(spans, s)
		if _, ok := rows[s.key]; !ok {
			rows[s.key] = viewOf(table, row)
		}
	}
	for _, z := range d.Zones {
		add(layerSpan{start: int(z.Start), end: int(z.End), key: fmt.Sprintf("z%d", z.ZoneID),
			class: "z z-" + classWord(z.Kind)}, "zones", z)
	}
	for _, m := range d.Mentions {
		add(layerSpan{start: int(m.Start), end: int(m.End), key: fmt.Sprintf("m%d", m.MentionID),
			class: "ent ent-" + classWord(m.Label), badge: m.Label, badgeClass: "b-ent"}, "mentions", m)
	}
	for _, q := range d.Quantities {
		add(layerSpan{start: int(q.Start), end: int(q.End), key: fmt.Sprintf("n%d", q.QuantityID),
			class: "qty", badge: quantityBadge(q), badgeClass: "b-qty"}, "quantities", q)
	}
	for _, q := range d.Quotes {
		key := fmt.Sprintf("q%d", q.QuoteID)
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
		s := layerSpan{start: int(c.Start), end: int(c.End), key: fmt.Sprintf("c%d", c.ClaimID),
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
	return spans, rows
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
// A span's badge (an entity's label, a quantity's value, a quote's
// speaker) follows its last piece. Every character of the text is escaped.
func highlight(text string, spans []layerSpan) string {
	runes := []rune(text)
	n := len(runes)
	byteAt := make([]int, n+1) // byte offset of each code point
	off := 0
	for i, r := range runes {
		byteAt[i] = off
		off += len(string(r))
	}
	byteAt[n] = off

	var valid []layerSpan
	cuts := []int{0, n}
	for _, s := range spans {
		if s.start < 0 || s.end > n || s.start >= s.end {
			continue // an offset outside the text: nothing to draw
		}
		valid = append(valid, s)
		cuts = append(cuts, s.start, s.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	// Outer spans first, so that a piece lists its classes from the
	// widest span to the narrowest.
	slices.SortStableFunc(valid, func(a, b layerSpan) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})

	var b strings.Builder
	b.Grow(len(text) * 3)
	var active []layerSpan
	next := 0 // first span of valid not yet active
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		active = slices.DeleteFunc(active, func(s layerSpan) bool { return s.end <= from })
		for next < len(valid) && valid[next].start <= from {
			if valid[next].end > from {
				active = append(active, valid[next])
			}
			next++
		}
		piece := html.EscapeString(text[byteAt[from]:byteAt[to]])
		if len(active) == 0 {
			b.WriteString(piece)
			continue
		}
		var classes, keys []string
		for _, s := range active {
			classes = append(classes, s.class)
			if !slices.Contains(keys, s.key) {
				keys = append(keys, s.key)
			}
		}
		fmt.Fprintf(&b, `<span class="%s" data-r="%s">%s</span>`,
			html.EscapeString(strings.Join(classes, " ")), html.EscapeString(strings.Join(keys, " ")), piece)
		// Badges of the spans ending here, the innermost first.
		for k := len(active) - 1; k >= 0; k-- {
			if s := active[k]; s.end == to && s.badge != "" {
				fmt.Fprintf(&b, `<span class="b %s" data-r="%s" data-b="%s"></span>`,
					classWord(s.badgeClass), html.EscapeString(s.key), html.EscapeString(s.badge))
			}
		}
	}
	return b.String()
}

// rowView is one row as the document view shows it when its span is
// clicked: the table and every column with its value, in schema order.
type rowView struct {
	Table   string      `json:"table"`
	Columns [][2]string `json:"columns"`
}

// viewOf lists the columns of a row of one of pipeline's row types; a
// null is "null", a list is written with brackets.
func viewOf(table string, row any) rowView {
	t := tableByName(table)
	v := reflect.ValueOf(row)
	rv := rowView{Table: table}
	for i, f := range t.Schema.Fields() {
		if f.Name == "doc_id" {
			continue
		}
		rv.Columns = append(rv.Columns, [2]string{f.Name, cellText(v.Field(i), f.Nullable)})
	}
	return rv
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
