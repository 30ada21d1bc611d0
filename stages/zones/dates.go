package zones

import (
	"strconv"
	"strings"
)

// Calendar dates as page headers write them: "Thursday, March 2, 2017",
// "2 March 2017", "Mar. 2nd, 2017", "Friday 18/03/2016" (numeric dates are
// read day first, unless the middle number cannot be a month), "2017-03-02".
// A bare year is never a date: "© 2024" says when the page was built, not
// when the article appeared.

var monthNumbers = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// datelineWords may stand beside a date in a date header: weekdays, the
// verbs of "Published ... Updated ...", clock words and time zones.
var datelineWords = setOf([]string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"published", "updated", "posted", "modified", "last", "first", "on", "at",
	"date", "time", "am", "pm", "a", "p", "m", "noon", "midnight",
	"et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
	"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest",
	"st", "nd", "rd", "th",
})

// date is a calendar date.
type date struct{ year, month, day int }

// iso returns the date as YYYY-MM-DD.
func (d date) iso() string {
	b := make([]byte, 0, 10)
	b = strconv.AppendInt(b, int64(d.year), 10)
	b = append(b, '-', byte('0'+d.month/10), byte('0'+d.month%10), '-', byte('0'+d.day/10), byte('0'+d.day%10))
	return string(b)
}

func (d date) valid() bool {
	if d.year < 1900 || d.year > 2100 || d.month < 1 || d.month > 12 || d.day < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[d.month-1]
	if d.month == 2 && d.year%4 == 0 && (d.year%100 != 0 || d.year%400 == 0) {
		days = 29
	}
	return d.day <= days
}

// dateToken is a run of ASCII letters or of digits in a lowercased line.
type dateToken struct {
	start, end int
	num        int // the value of a digit run; -1 for words
}

func (t dateToken) digits() int { return t.end - t.start }

// maxDateTokens bounds the lines read for dates: a date header is short.
const maxDateTokens = 32

// dateTokens splits lower into letter runs and digit runs, appending to buf.
// It returns false when the line has more than maxDateTokens tokens.
func dateTokens(lower string, buf []dateToken) ([]dateToken, bool) {
	for i := 0; i < len(lower); {
		c := lower[i]
		isDigit := c >= '0' && c <= '9'
		if !isDigit && !(c >= 'a' && c <= 'z') {
			i++
			continue
		}
		j := i + 1
		for j < len(lower) && (lower[j] >= '0' && lower[j] <= '9') == isDigit && (isDigit || lower[j] >= 'a' && lower[j] <= 'z') {
			j++
		}
		if len(buf) == maxDateTokens {
			return buf, false
		}
		t := dateToken{start: i, end: j, num: -1}
		if isDigit {
			t.num = 0
			if j-i <= 4 {
				t.num, _ = strconv.Atoi(lower[i:j])
			}
		}
		buf = append(buf, t)
		i = j
	}
	return buf, true
}

// findDate returns the first calendar date written in lower (tokens from
// dateTokens) and the index range [first, last] of the tokens it spans.
func findDate(lower string, toks []dateToken) (d date, first, last int, ok bool) {
	word := func(k int) string {
		if k < 0 || k >= len(toks) || toks[k].num >= 0 {
			return ""
		}
		return lower[toks[k].start:toks[k].end]
	}
	isDay := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].num >= 1 && toks[k].num <= 31 && toks[k].digits() <= 2
	}
	isYear := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].digits() == 4 && toks[k].num >= 0
	}
	// isSuffix reports whether token k is an ordinal suffix glued to the
	// number before it ("2nd").
	isSuffix := func(k int) bool {
		switch word(k) {
		case "st", "nd", "rd", "th":
			return k > 0 && toks[k].start == toks[k-1].end
		}
		return false
	}
	// joined reports whether tokens k and k+1 are separated by exactly the
	// one byte sep ("18/03").
	joined := func(k int, sep byte) bool {
		return k+1 < len(toks) && toks[k+1].start == toks[k].end+1 && lower[toks[k].end] == sep
	}
	for i := range toks {
		if m := monthNumbers[word(i)]; m > 0 {
			// Month Day[suffix][,] Year
			if isDay(i + 1) {
				j := i + 2
				if isSuffix(j) {
					j++
				}
				if isYear(j) {
					d = date{toks[j].num, m, toks[i+1].num}
					if d.valid() {
						return d, i, j, true
					}
				}
			}
			// Day[suffix] [of] Month Year
			k := i - 1
			if word(k) == "of" {
				k--
			}
			if isSuffix(k) {
				k--
			}
			if isDay(k) && isYear(i+1) {
				d = date{toks[i+1].num, m, toks[k].num}
				if d.valid() {
					return d, k, i + 1, true
				}
			}
			continue
		}
		if toks[i].num < 0 {
			continue
		}
		for _, sep := range []byte{'/', '-', '.'} {
			if !joined(i, sep) || !joined(i+1, sep) || toks[i+1].num < 0 || toks[i+2].num < 0 {
				continue
			}
			a, b, c := toks[i], toks[i+1], toks[i+2]
			switch {
			case a.digits() == 4 && b.digits() <= 2 && c.digits() <= 2:
				d = date{a.num, b.num, c.num}
			case a.digits() <= 2 && b.digits() <= 2 && c.digits() == 4:
				d = date{c.num, b.num, a.num} // day first
				if b.num > 12 {
					d = date{c.num, a.num, b.num}
				}
			default:
				continue
			}
			if d.valid() {
				return d, i, i + 2, true
			}
		}
	}
	return date{}, 0, 0, false
}

// datelineDate returns the date of a date-header line: a line that holds a
// date and otherwise only weekdays, publishing verbs, clock times and time
// zones ("Thursday, March 2, 2017", "Updated 10:15 AM ET, Mar 2, 2017").
func datelineDate(lower string) (date, bool) {
	var buf [maxDateTokens]dateToken
	toks, ok := dateTokens(lower, buf[:0])
	if !ok {
		return date{}, false
	}
	d, first, last, ok := findDate(lower, toks)
	if !ok {
		return date{}, false
	}
	for k, t := range toks {
		if k >= first && k <= last {
			continue
		}
		if t.num >= 0 {
			if t.digits() > 2 {
				return date{}, false
			}
			continue
		}
		w := lower[t.start:t.end]
		if !datelineWords[w] && monthNumbers[w] == 0 {
			return date{}, false
		}
	}
	return d, true
}

// anyDate returns the first date written in a short lowercased line.
func anyDate(lower string) (date, bool) {
	var buf [maxDateTokens]dateToken
	toks, _ := dateTokens(lower, buf[:0])
	d, _, _, ok := findDate(lower, toks)
	return d, ok
}

// dateInFileName returns the ISO date (YYYY-MM-DD) written in the last
// element of a source path, as archives name their files
// ("politico_2016-10-13_slug.txt"), or "".
func dateInFileName(source string) string {
	name := source
	if i := strings.LastIndexAny(name, "/\\"); i >= 0 {
		name = name[i+1:]
	}
	for i := 0; i+10 <= len(name); i++ {
		s := name[i : i+10]
		if (i > 0 && isDigitByte(name[i-1])) || (i+10 < len(name) && isDigitByte(name[i+10])) {
			continue
		}
		if d, ok := isoDate(s); ok {
			return d.iso()
		}
	}
	return ""
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isoDate parses "2016-10-13" as a real calendar date.
func isoDate(s string) (date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !isDigits(s[:4]) || !isDigits(s[5:7]) || !isDigits(s[8:]) {
		return date{}, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	dt := date{year: y, month: m, day: d}
	return dt, dt.valid()
}

// datelineDate returns the date of a date-header line: a short line that is
// only a date with its weekday, clock time and verbs, or a line opening with
// a publishing verb and holding a date ("Posted on March 2, 2017 by admin").
func (a *analysis) datelineDate(lower string, words int) (date, bool) {
	if words <= 14 {
		if d, ok := datelineDate(lower); ok {
			return d, true
		}
	}
	for _, v := range publishVerbs {
		if strings.HasPrefix(lower, v) {
			if d, ok := anyDate(lower); ok {
				return d, true
			}
			break
		}
	}
	if relativeDateline(lower, words) {
		return date{}, true // a date line that states no date
	}
	return date{}, false
}

// relativeDateline reports a date header without a date: a publishing verb
// and a relative time or clock ("Published 3 hours ago", "Updated 10:21
// a.m. ET").
func relativeDateline(lower string, words int) bool {
	if words > 8 {
		return false
	}
	for _, v := range publishVerbs {
		rest, ok := strings.CutPrefix(lower, v)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " :")
		rest = strings.TrimPrefix(rest, "on ")
		if isRelativeTime(rest) {
			return true
		}
		t := clockWords.Replace(" " + rest)
		for _, z := range []string{" et", " gmt", " bst", " utc", " edt", " est", " pt", " pdt", " cet"} {
			t = strings.TrimSuffix(t, z)
		}
		t = strings.ReplaceAll(strings.TrimSpace(t), ".", ":")
		return strings.Contains(t, ":") && isWidgetLine(t)
	}
	return false
}

// clockWords strips the words a clock time may carry.
var clockWords = strings.NewReplacer(" am", "", " pm", "", " a.m.", "", " p.m.", "")
