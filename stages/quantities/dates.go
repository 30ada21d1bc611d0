package quantities

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// date is a calendar date found in the text, tokens [start, end).
type date struct {
	start, end int
	year       int // 0 when the text does not say
	month, day int // day 0 for "March 2017"
}

// normalized returns the TIMEX-style ISO form: "2017-03-02", "XXXX-09-30"
// or "2017-03".
func (d date) normalized() string {
	y := "XXXX"
	if d.year > 0 {
		y = fmt.Sprintf("%04d", d.year)
	}
	if d.day == 0 {
		return fmt.Sprintf("%s-%02d", y, d.month)
	}
	return fmt.Sprintf("%s-%02d-%02d", y, d.month, d.day)
}

// resolved returns the calendar day: the stated year, else the year that
// puts the date nearest to the publication date (ties go to the past, as
// news mostly reports what happened). Empty for a month without a day, and
// when the year is unknown and there is no publication date.
func (d date) resolved(published time.Time) string {
	if d.day == 0 {
		return "" // "March 2017" names a month, not a calendar day
	}
	if d.year > 0 {
		return d.normalized()
	}
	if published.IsZero() {
		return ""
	}
	best, bestDist := 0, time.Duration(1<<62)
	for y := published.Year() - 1; y <= published.Year()+1; y++ {
		t := time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(published)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return fmt.Sprintf("%04d-%02d-%02d", best, d.month, d.day)
}

// validDay reports whether day exists in month (29 February allowed).
func validDay(month, day int) bool {
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	return day <= [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
}

// monthAt returns the month named by toks[i] and the index after it (past
// an abbreviation's full stop). Month names must be capitalised: "may" and
// "march" are also verbs.
func monthAt(toks []tok, i int) (month, next int) {
	if i >= len(toks) || !toks[i].isCapitalized() {
		return 0, i
	}
	m, ok := months[toks[i].lower]
	if !ok {
		return 0, i
	}
	next = i + 1
	if abbreviatedMonth(toks[i].lower) && next < len(toks) && toks[next].text == "." {
		next++
	}
	return m, next
}

// dayAt parses a day of the month ("30", "30th") at toks[i].
func dayAt(toks []tok, i int) (int, bool) {
	if i >= len(toks) || !toks[i].digit {
		return 0, false
	}
	s := toks[i].lower
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	if len(s) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(s)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

// yearAt parses a four-digit year at toks[i].
func yearAt(toks []tok, i int) (int, bool) {
	if i >= len(toks) || !toks[i].digit || len(toks[i].text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(toks[i].text)
	if err != nil || y < 1000 || y > 2100 {
		return 0, false
	}
	return y, true
}

// dateAt finds a date starting at toks[i]: "March 2, 2017", "Sept. 30",
// "30 September 2015", "30th of September", "March 2017", "18/03/2016"
// (day first unless the second field cannot be a month), "2016-03-18".
func dateAt(toks []tok, i int) (date, bool) {
	t := toks[i]
	if t.digit {
		if d, ok := numericDate(t.lower); ok {
			d.start, d.end = i, i+1
			return d, true
		}
		day, ok := dayAt(toks, i)
		if !ok {
			return date{}, false
		}
		j := i + 1
		if j < len(toks) && toks[j].lower == "of" {
			j++
		}
		m, next := monthAt(toks, j)
		if m == 0 || !validDay(m, day) {
			return date{}, false
		}
		d := date{start: i, end: next, month: m, day: day}
		k := next
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if y, ok := yearAt(toks, k); ok {
			d.year, d.end = y, k+1
		}
		return d, true
	}
	m, next := monthAt(toks, i)
	if m == 0 {
		return date{}, false
	}
	if day, ok := dayAt(toks, next); ok && validDay(m, day) {
		// "March 2 people" is rare enough; "March 2, 2017" is common.
		d := date{start: i, end: next + 1, month: m, day: day}
		k := next + 1
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if y, ok := yearAt(toks, k); ok {
			d.year, d.end = y, k+1
		}
		return d, true
	}
	k := next
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if y, ok := yearAt(toks, k); ok {
		return date{start: i, end: k + 1, year: y, month: m}, true
	}
	return date{}, false
}

// numericDate parses "18/03/2016", "18.03.2016", "3/18/16" and
// "2016-03-18". Day-first is the default; month-first is taken only when
// the second field cannot be a month.
func numericDate(s string) (date, bool) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:])
		if e1 == nil && e2 == nil && e3 == nil && validDay(m, d) {
			return date{year: y, month: m, day: d}, true
		}
		return date{}, false
	}
	var parts []string
	for _, sep := range []string{"/", "."} {
		if strings.Count(s, sep) == 2 {
			parts = strings.Split(s, sep)
			break
		}
	}
	if len(parts) != 3 {
		return date{}, false
	}
	var f [3]int
	for k, p := range parts {
		if p == "" || len(p) > 4 || !allNumeric(p) {
			return date{}, false
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			return date{}, false
		}
		f[k] = v
	}
	if len(parts[0]) > 2 || len(parts[1]) > 2 || (len(parts[2]) != 2 && len(parts[2]) != 4) {
		return date{}, false
	}
	y := f[2]
	if len(parts[2]) == 2 {
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
	}
	day, month := f[0], f[1]
	if month > 12 && day <= 12 {
		day, month = month, day
	}
	if !validDay(month, day) {
		return date{}, false
	}
	return date{year: y, month: month, day: day}, true
}

// abbreviatedMonth reports whether w is a month abbreviation ("Sept"), which
// may take a full stop, rather than a full name ("May", "June").
func abbreviatedMonth(w string) bool {
	return len(w) <= 4 && w != "may" && w != "june" && w != "july"
}
