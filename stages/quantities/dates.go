package quantities

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// date is a date found in the text, tokens [start, end): a calendar day
// ("March 2, 2017", "September 30"), a month ("March 2017", "in June"), a
// weekday, a season, a quarter or half year, or a clock time with a zone.
type date struct {
	start, end int
	year       int    // 0 when the text does not say
	month, day int    // day 0 for "March 2017"; month 0 for the periods below
	weekday    int    // ISO weekday of "on Tuesday", else 0
	season     string // "spring", "summer", "autumn", "fall", "winter"
	quarter    int    // 1..4 for "the third quarter", "Q3"
	half       int    // 1..2 for "the first half"
	clock      string // "T17:50Z" for "1750 GMT"
	tense      int    // of the clause around the date (see tenseAt)
	// relativeYear: the year is the publication year plus yearOffset
	// ("March of last year").
	relativeYear bool
	yearOffset   int
	// byteEnd, when set, ends the span inside the last token ("Friday"
	// of "Friday's").
	byteEnd int
}

// normalize returns the TIMEX-style value and the resolved calendar day.
// Normalized is the date as written ("2017-03-02", "XXXX-09-30",
// "XXXX-WXX-2" for a Tuesday, "XXXX-XX-XXT17:50Z"), except that a month,
// season, quarter or half without a year takes the year that resolution
// gives ("in June" → "2016-06", "the third quarter" → "2016-Q3"): it names
// no day, so Resolved stays empty. Resolved is the calendar day of a day
// or weekday.
func (d date) normalize(published time.Time) (normalized, resolved string) {
	switch {
	case d.clock != "":
		return "XXXX-XX-XX" + d.clock, ""
	case d.weekday > 0:
		day, _ := d.resolvePeriod(published)
		return fmt.Sprintf("XXXX-WXX-%d", d.weekday), day
	case d.day > 0:
		y := "XXXX"
		if d.year > 0 {
			y = fmt.Sprintf("%04d", d.year)
			resolved = fmt.Sprintf("%s-%02d-%02d", y, d.month, d.day)
		} else if !published.IsZero() {
			resolved = resolveDay(published, d.month, d.day, d.tense)
		}
		return fmt.Sprintf("%s-%02d-%02d", y, d.month, d.day), resolved
	}
	y := "XXXX"
	if d.year > 0 {
		y = fmt.Sprintf("%04d", d.year)
	} else if _, year := d.resolvePeriod(published); year > 0 {
		y = fmt.Sprintf("%04d", year)
	}
	switch {
	case d.season != "":
		return y + "-" + seasonCodes[d.season].code, ""
	case d.quarter > 0:
		return fmt.Sprintf("%s-Q%d", y, d.quarter), ""
	case d.half > 0:
		return fmt.Sprintf("%s-H%d", y, d.half), ""
	}
	return fmt.Sprintf("%s-%02d", y, d.month), ""
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

// dayRangeWords join two days of one month ("May 6 to 10", "April 8 and
// 9").
var dayRangeWords = toSet(`to through thru until till and - –`)

// dateWithRange appends d and, when another day of the same month follows
// ("May 6 to 10", "April 8 and 9", "June 3 through 5, 2017"), a second
// date for it, sharing the month and the year. It returns the index after
// the last date.
func (x *extractor) dateWithRange(d date) int {
	toks := x.toks
	k := d.end
	if d.day > 0 && d.year == 0 && k+1 < len(toks) && dayRangeWords[toks[k].lower] {
		if day2, ok := dayAt(toks, k+1); ok && day2 > d.day && validDay(d.month, day2) {
			e := k + 2
			if e >= len(toks) || !(isLower(toks[e]) && !functionWords[toks[e].lower]) {
				d2 := date{start: k + 1, end: e, month: d.month, day: day2}
				y := e
				if y < len(toks) && toks[y].text == "," {
					y++
				}
				if year, ok := yearAt(toks, y); ok {
					d.year, d2.year, d2.end = year, year, y+1
				}
				x.appendDate(d, -1, -1)
				x.appendDate(d2, -1, -1)
				return d2.end
			}
		}
	}
	if d.day > 0 && d.year == 0 && k+1 < len(toks) && toks[k].text == "," {
		if days, end := dayList(toks, k, d.month, d.day); len(days) > 0 {
			x.appendDate(d, -1, -1)
			for _, d2 := range days {
				x.appendDate(d2, -1, -1)
			}
			return end
		}
	}
	x.appendDate(d, -1, -1)
	return d.end
}

// dayList reads more days of the month after a date, from the comma at
// toks[k]: "July 26, 27, 28 and 30", "Oct. 7, 8". Each day is later than
// the one before it and is not followed by a noun it counts ("March 4, 12
// days after"). It returns the days and the index after the last.
func dayList(toks []tok, k, month, prev int) ([]date, int) {
	var days []date
	end := k
	for k+1 < len(toks) && (toks[k].text == "," || toks[k].lower == "and" || toks[k].lower == "or") {
		day, ok := dayAt(toks, k+1)
		if !ok || day <= prev || !validDay(month, day) || !allDigitsASCII(toks[k+1].text) {
			break
		}
		e := k + 2
		if e < len(toks) && toks[e].word && toks[e].lower != "and" && toks[e].lower != "or" {
			break // "March 4, 12 days after", "May 3, 15 were hurt"
		}
		days = append(days, date{start: k + 1, end: e, month: month, day: day})
		prev, end, k = day, e, e
		if k+1 < len(toks) && toks[k].text == "," && (toks[k+1].lower == "and" || toks[k+1].lower == "or") {
			k++ // "26, 27, and 30"
		}
	}
	return days, end
}

// appendDate adds a date; byteStart and byteEnd, when not -1, override the
// token span.
func (x *extractor) appendDate(d date, byteStart, byteEnd int) {
	if d.tense == tenseNone {
		d.tense = x.tenseAt(d.start, d.end)
	}
	f := found{start: d.start, end: d.end, qualifier: pipeline.QualExact, kind: pipeline.KindDate, date: &d}
	if byteStart >= 0 {
		f.hasBytes, f.byteStart, f.byteEnd = true, byteStart, byteEnd
	} else if d.byteEnd > 0 {
		f.hasBytes, f.byteStart, f.byteEnd = true, x.toks[d.start].start, d.byteEnd
	}
	x.out = append(x.out, f)
}

// dayPair parses a token holding two days joined by a dash ("6-10"),
// returning both and the byte length of the first.
func dayPair(t tok) (d1, d2, firstLen, secondAt int, ok bool) {
	k := strings.IndexAny(t.text, "-–")
	if k <= 0 || k > 2 {
		return 0, 0, 0, 0, false
	}
	_, dl := utf8.DecodeRuneInString(t.text[k:])
	a, b := t.text[:k], t.text[k+dl:]
	if len(b) == 0 || len(b) > 2 || !allDigitsASCII(a) || !allDigitsASCII(b) {
		return 0, 0, 0, 0, false
	}
	d1, _ = strconv.Atoi(a)
	d2, _ = strconv.Atoi(b)
	return d1, d2, k, k + dl, d1 >= 1 && d2 > d1 && d2 <= 31
}

// dayRange reads two days of one month written as a range, giving a date
// for each: "May 6-10", "6-10 May", "6 to 10 May 2017". It returns the
// index after the range.
func (x *extractor) dayRange(i int) (int, bool) {
	toks := x.toks
	withYear := func(end int) (int, int) {
		y := end
		if y < len(toks) && toks[y].text == "," {
			y++
		}
		if year, ok := yearAt(toks, y); ok {
			return year, y + 1
		}
		return 0, end
	}
	if m, next := monthAt(toks, i); m > 0 && next < len(toks) {
		// "May 6-10"
		d1, d2, firstLen, secondAt, ok := dayPair(toks[next])
		if !ok || !validDay(m, d2) {
			return 0, false
		}
		t := toks[next]
		year, end := withYear(next + 1)
		x.appendDate(date{start: i, end: next + 1, year: year, month: m, day: d1}, toks[i].start, t.start+firstLen)
		x.appendDate(date{start: next, end: end, year: year, month: m, day: d2}, t.start+secondAt, toks[end-1].end)
		return end, true
	}
	if !toks[i].digit {
		return 0, false
	}
	if d1, d2, firstLen, secondAt, ok := dayPair(toks[i]); ok {
		// "6-10 May"
		j := i + 1
		if j < len(toks) && toks[j].lower == "of" {
			j++
		}
		m, next := monthAt(toks, j)
		if m == 0 || !validDay(m, d2) {
			return 0, false
		}
		year, end := withYear(next)
		t := toks[i]
		x.appendDate(date{start: i, end: i + 1, year: year, month: m, day: d1}, t.start, t.start+firstLen)
		x.appendDate(date{start: i, end: end, year: year, month: m, day: d2}, t.start+secondAt, toks[end-1].end)
		return end, true
	}
	// "6 to 10 May"
	d1, ok := dayAt(toks, i)
	if !ok || i+2 >= len(toks) || !dayRangeWords[toks[i+1].lower] {
		return 0, false
	}
	d2, ok := dayAt(toks, i+2)
	if !ok || d2 <= d1 {
		return 0, false
	}
	m, next := monthAt(toks, i+3)
	if m == 0 || !validDay(m, d2) {
		return 0, false
	}
	year, end := withYear(next)
	x.appendDate(date{start: i, end: i + 1, year: year, month: m, day: d1}, -1, -1)
	x.appendDate(date{start: i + 2, end: end, year: year, month: m, day: d2}, -1, -1)
	return end, true
}

// fullYear gives the century to a year written "'49": the latest year
// ending in those digits that is not after the publication year (plus
// one); without a publication date, 00-29 are read as 2000s and 30-99 as
// 1900s.
func fullYear(yy int, published time.Time) float64 {
	if published.IsZero() {
		if yy <= 29 {
			return float64(2000 + yy)
		}
		return float64(1900 + yy)
	}
	y := published.Year()/100*100 + yy
	if y > published.Year()+1 {
		y -= 100
	}
	return float64(y)
}

func allDigitsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
