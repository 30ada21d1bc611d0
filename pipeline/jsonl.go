package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// jsonlDoc is one line of a JSONL input. Only Text is required.
type jsonlDoc struct {
	ID, URL, Title, Outlet, Published, Byline string
	Text                                      string
	// Warnings say which metadata fields were coerced or ignored.
	Warnings []string
}

// parseJSONL reads one JSONL line. The text must be a JSON string; a
// metadata field of another type is coerced (a number or a boolean to its
// JSON text, a numeric published to the date of that Unix time) or, for an
// array or object, ignored with a warning, so that the article is kept.
// Field names match in any letter case, as encoding/json matches them.
func parseJSONL(line []byte) (*jsonlDoc, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if fields == nil {
		return nil, errors.New("invalid JSON: a line must be an object")
	}
	byName := make(map[string]json.RawMessage, len(fields))
	for k, v := range fields {
		lk := strings.ToLower(k)
		if _, exact := fields[lk]; exact && lk != k {
			continue // "text" wins over "Text"
		}
		byName[lk] = v
	}
	raw, ok := byName["text"]
	if !ok {
		return nil, errors.New(`missing required field "text"`)
	}
	doc := &jsonlDoc{}
	if err := json.Unmarshal(raw, &doc.Text); err != nil || raw[0] != '"' {
		return nil, fmt.Errorf(`field "text" is %s, want a string`, jsonKind(raw))
	}
	for _, f := range []struct {
		name string
		dst  *string
	}{{"id", &doc.ID}, {"url", &doc.URL}, {"title", &doc.Title}, {"outlet", &doc.Outlet}, {"byline", &doc.Byline}} {
		v, ok := byName[f.name]
		if !ok {
			continue
		}
		s, warn := coerceString(v)
		*f.dst = s
		if warn != "" {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("field %q %s", f.name, warn))
		}
	}
	if v, ok := byName["published"]; ok {
		doc.Published = publishedDate(v, &doc.Warnings)
	}
	return doc, nil
}

// coerceString returns a metadata value as a string, and a warning when
// the value was not one.
func coerceString(v json.RawMessage) (string, string) {
	v = bytes.TrimSpace(v)
	switch {
	case len(v) == 0 || string(v) == "null":
		return "", ""
	case v[0] == '"':
		var s string
		json.Unmarshal(v, &s)
		return s, ""
	case v[0] == '[' || v[0] == '{':
		return "", fmt.Sprintf("is %s, not a string; ignored", jsonKind(v))
	default: // a number, true or false: its JSON text
		return string(v), fmt.Sprintf("is %s; read as the string %q", jsonKind(v), string(v))
	}
}

// publishedDate returns the ISO date of a published value: a date or
// timestamp in a common format, or a Unix time in seconds or milliseconds.
// A value it cannot read gives "" and a warning.
func publishedDate(v json.RawMessage, warnings *[]string) string {
	v = bytes.TrimSpace(v)
	switch kind := jsonKind(v); kind {
	case "null":
		return ""
	case "a number":
		var n float64
		if json.Unmarshal(v, &n) == nil {
			if math.Abs(n) > 1e11 { // milliseconds
				n /= 1000
			}
			if math.Abs(n) < 1e11 {
				return time.Unix(int64(n), 0).UTC().Format(time.DateOnly)
			}
		}
		*warnings = append(*warnings, fmt.Sprintf("field \"published\" is the number %s, not a Unix time; left null", v))
		return ""
	case "a string":
		var s string
		json.Unmarshal(v, &s)
		if strings.TrimSpace(s) == "" {
			return ""
		}
		if d := isoDate(s); d != "" {
			return d
		}
		*warnings = append(*warnings, fmt.Sprintf("field \"published\" is %q, not a date in a known format; left null", s))
		return ""
	default:
		*warnings = append(*warnings, fmt.Sprintf("field \"published\" is %s, not a date; left null", kind))
		return ""
	}
}

// jsonKind names the JSON type of a value for a message.
func jsonKind(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "empty"
	}
	switch v[0] {
	case '"':
		return "a string"
	case '[':
		return "an array"
	case '{':
		return "an object"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	default:
		return "a number"
	}
}

// dateLayouts are the date and timestamp forms a published value may take
// besides a leading YYYY-MM-DD. Day-first and month-first numeric forms
// ("03/04/2016") are ambiguous and left out.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
	time.ANSIC, time.UnixDate, time.RubyDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "January 2 2006", "Jan 2 2006",
	"Monday, January 2, 2006", "Mon, January 2, 2006",
	"2 January 2006", "2 Jan 2006", "02 Jan 2006", "Monday 2 January 2006",
	"January 2, 2006 3:04 PM", "Jan 2, 2006 3:04 PM", "January 2, 2006 15:04",
	"2006/01/02", "2006/01/02 15:04:05", "2006.01.02", "20060102",
}

// isoDate returns the date, as YYYY-MM-DD, of a date or timestamp: the
// leading YYYY-MM-DD when there is one, else the date as written of a
// common English or RFC form ("Fri, 18 Mar 2016 10:00:00 GMT",
// "March 18, 2016"); "" when it is none of them.
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		for _, i := range []int{0, 1, 2, 3, 5, 6, 8, 9} {
			if s[i] < '0' || s[i] > '9' {
				return ""
			}
		}
		if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
			return ""
		}
		return s[:10]
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}
