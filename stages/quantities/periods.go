package quantities

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Dates that name no day of a month: weekdays ("on Tuesday"), bare months
// ("in June", "last December"), seasons ("last spring", "the summer of
// 2016"), quarters and halves ("the third quarter", "third-quarter",
// "Q3", "first-half") and clock times with a zone ("1750 GMT").
//
// Each is resolved against the publication date using the tense of its
// clause: a past event is never placed after the publication date, a
// future one never before it; "last" and "next" say so outright. Without
// tense the nearest candidate wins (ties to the past). Without a
// publication date, or for a clock time, nothing is resolved.

// tense of the clause around a date.
const (
	tensePast    = -1
	tenseNone    = 0
	tenseFuture  = 1
	strictPast   = -2 // "last Tuesday": before the publication day
	strictFuture = 2  // "next Tuesday": after it
	thisYear     = 3  // "this summer": the publication year's
)

// weekdayNumbers are ISO weekday numbers (Monday 1).
var weekdayNumbers = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// seasonCodes are TIMEX season codes and the month each season starts in.
var seasonCodes = map[string]struct {
	code  string
	month int
}{
	"spring": {"SP", 3}, "summer": {"SU", 6}, "autumn": {"FA", 9}, "fall": {"FA", 9}, "winter": {"WI", 12},
}

// monthCues before a bare month or a season make it a date: "in June",
// "since March", "last spring", "early December".
var monthCues = toSet(`in since until till by during last next this early late mid before after from through throughout`)

// monthDeterminers open a noun phrase whose noun a month may modify: "the
// June report", "its August recess", "a flawed November election".
var monthDeterminers = toSet(`the a an its his her their our your my`)

// modifierMonth reports a month at toks[i] that modifies the lower-case
// noun after it, inside a noun phrase opened by a determiner or a
// possessive, with at most two adjectives between: "the June report", "a
// flawed November election", "Trump's August speech". The month says when
// the thing happened, so it is a date. A capitalised word after it makes
// it part of a name ("May Day", "the June Jam festival"), a preposition a
// noun ("the March on Washington"); "May" is left out, since "the May
// government" is Theresa May's.
func modifierMonth(toks []tok, i int) bool {
	if toks[i].lower == "may" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if !n.word || n.digit || !isLower(n) || functionWords[n.lower] || !isNounTag(n.pos) {
		return false
	}
	return opensNounPhrase(toks, i)
}

// periodWords may open a period (before a hyphen for "third-quarter",
// "mid-September"); other words skip periodAt at once.
var periodWords = func() map[string]bool {
	m := toSet(`spring summer autumn fall winter first second third fourth mid q1 q2 q3 q4`)
	for w := range weekdayNumbers {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	return m
}()

// weekdayNames are the words that make a weekday a name ("Super Tuesday",
// "Good Friday", "Cyber Monday"), not a date.
var weekdayNames = toSet(`super black good cyber ash holy maundy easter palm bloody shrove giving`)

// possessiveBase strips a possessive "'s" ("friday's" → "friday").
func possessiveBase(w string) string {
	for _, s := range []string{"'s", "’s"} {
		if b, ok := strings.CutSuffix(w, s); ok {
			return b
		}
	}
	return w
}

// yearOffsets count "of last year", "of this year", "of next year".
var yearOffsets = map[string]int{"last": -1, "this": 0, "next": 1}

// zoneOffsets are the time zones a wire story writes after a clock time.
var zoneOffsets = map[string]string{
	"gmt": "Z", "utc": "Z", "z": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
	"est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "pst": "-08:00", "pdt": "-07:00",
	"msk": "+03:00", "ist": "+05:30", "jst": "+09:00",
}

// ordinalRank reads "first" to "fourth" and "1st" to "4th".
func ordinalRank(w string) int {
	switch w {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	case "fourth", "4th":
		return 4
	}
	return 0
}

// periodAt reads a weekday, bare month, season, quarter or zoned clock time
// at toks[i].
func (x *extractor) periodAt(i int) (date, bool) {
	toks := x.toks
	t := toks[i]
	if w, _, _ := strings.Cut(possessiveBase(t.lower), "-"); !t.digit && !periodWords[w] {
		return date{}, false // most words: one lookup
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].lower
	}
	cued := monthCues[prev] || i > 1 && toks[i-1].lower == "the" && monthCues[toks[i-2].lower]
	switch {
	case weekdayNumbers[possessiveBase(t.lower)] > 0 && t.isCapitalized():
		if i > 0 && weekdayNames[toks[i-1].lower] {
			return date{}, false // "Super Tuesday", "Good Friday": a name
		}
		if _, ok := dateAt(toks, min(i+1, len(toks)-1)); ok && i+1 < len(toks) || i+2 < len(toks) && toks[i+1].text == "," && isDateStart(toks, i+2) {
			return date{}, false // "Friday 18/03/2016": the date says it
		}
		d := x.withTense(date{start: i, end: i + 1, weekday: weekdayNumbers[possessiveBase(t.lower)]})
		if base := possessiveBase(t.lower); len(base) < len(t.lower) {
			d.byteEnd = t.start + len(base) // "Friday's vote": the span is "Friday"
		}
		return d, true
	case strings.HasPrefix(t.lower, "mid-") && months[t.lower[4:]] > 0 && !abbreviatedMonth(t.lower[4:]):
		return x.withTense(date{start: i, end: i + 1, month: months[t.lower[4:]]}), true // "mid-September"
	case months[t.lower] > 0 && t.isCapitalized() && (len(t.text) > 3 || t.lower == "may") && (cued || strings.HasPrefix(prev, "mid") || modifierMonth(toks, i)):
		if i+1 < len(toks) && toks[i+1].digit {
			return date{}, false
		}
		if t.lower == "may" && prev != "in" && prev != "since" && prev != "last" && prev != "next" && prev != "early" && prev != "late" {
			return date{}, false // "may" is a verb
		}
		d := date{start: i, end: i + 1, month: months[t.lower]}
		if i+3 < len(toks) && toks[i+1].lower == "of" && toks[i+3].lower == "year" {
			// "March of last year": the year is counted from publication.
			if off, ok := yearOffsets[toks[i+2].lower]; ok {
				d.end, d.yearOffset, d.relativeYear = i+4, off, true
			}
		} else if i+2 < len(toks) && toks[i+1].lower == "of" {
			if y, ok := yearAt(toks, i+2); ok {
				d.year, d.end = y, i+3 // "May of 2004"
			}
		}
		return x.withTense(d), true
	case seasonCodes[t.lower].code != "" && isLower(t):
		d := date{start: i, end: i + 1, season: t.lower}
		if y, ok := yearAt(toks, i+1); ok {
			d.year, d.end = y, i+2 // "spring 2016"
		} else if i+2 < len(toks) && toks[i+1].lower == "of" {
			if y, ok := yearAt(toks, i+2); ok {
				d.year, d.end = y, i+3 // "the summer of 2016"
			}
		}
		if d.year == 0 && !cued {
			return date{}, false // "the spring of the trap"
		}
		return x.withTense(d), true
	case t.lower == "q1" || t.lower == "q2" || t.lower == "q3" || t.lower == "q4":
		return x.withYearOf(date{start: i, end: i + 1, quarter: int(t.lower[1] - '0')}), true
	}
	if d, ok := x.quarterAt(i); ok {
		return d, true
	}
	return x.clockAt(i)
}

// isDateStart reports a month or numeric date at toks[i].
func isDateStart(toks []tok, i int) bool {
	_, ok := dateAt(toks, i)
	return ok
}

// quarterAt reads "third quarter", "third-quarter", "first half",
// "first-half", with "of 2016" or "2016" after it.
func (x *extractor) quarterAt(i int) (date, bool) {
	toks := x.toks
	t := toks[i]
	rank, end, noun := 0, i+1, ""
	if k := strings.IndexAny(t.lower, "-"); k > 0 {
		rank, noun = ordinalRank(t.lower[:k]), t.lower[k+1:]
	} else if i+1 < len(toks) {
		rank, noun, end = ordinalRank(t.lower), toks[i+1].lower, i+2
	}
	d := date{start: i, end: end}
	switch {
	case rank > 0 && noun == "quarter":
		d.quarter = rank
	case rank > 0 && rank <= 2 && noun == "half":
		d.half = rank
	default:
		return date{}, false
	}
	if !isLower(t) && i > 0 {
		return date{}, false // "Third Quarter Capital": a name
	}
	return x.withYearOf(d), true
}

// withYearOf reads "of 2016" or "2016" after a period.
func (x *extractor) withYearOf(d date) date {
	toks := x.toks
	if y, ok := yearAt(toks, d.end); ok {
		d.year, d.end = y, d.end+1
	} else if d.end+1 < len(toks) && toks[d.end].lower == "of" {
		if y, ok := yearAt(toks, d.end+1); ok {
			d.year, d.end = y, d.end+2
		}
	}
	return x.withTense(d)
}

// clockAt reads a clock time with a time zone: "1750 GMT", "09:30 UTC",
// and on the twelve-hour clock "5 p.m. GMT", "11:30 a.m. EDT". A time
// without a zone names no instant and is left alone.
func (x *extractor) clockAt(i int) (date, bool) {
	toks := x.toks
	t := toks[i]
	if !t.digit || i+1 >= len(toks) {
		return date{}, false
	}
	half, z := "", i+1
	if w := toks[i+1].lower; w == "a.m." || w == "p.m." || w == "am" || w == "pm" {
		half, z = w[:1], i+2
		if z >= len(toks) {
			return date{}, false
		}
	}
	zone, ok := zoneOffsets[toks[z].lower]
	if !ok || !toks[z].isCapitalized() {
		return date{}, false // "5 est" is no zone
	}
	var h, m int
	if half == "" {
		s := strings.Replace(t.text, ":", "", 1)
		if len(s) != 4 || !allDigitsASCII(s) {
			return date{}, false
		}
		h, m = int(s[0]-'0')*10+int(s[1]-'0'), int(s[2]-'0')*10+int(s[3]-'0')
	} else {
		var ok bool
		if h, m, ok = twelveHour(t.text); !ok {
			return date{}, false
		}
		if h == 12 {
			h = 0
		}
		if half == "p" {
			h += 12
		}
	}
	if h > 23 || m > 59 {
		return date{}, false
	}
	return date{start: i, end: z + 1, clock: fmt.Sprintf("T%02d:%02d%s", h, m, zone)}, true
}

// twelveHour reads the "5" or "11:30" of a twelve-hour clock time.
func twelveHour(s string) (h, m int, ok bool) {
	hs, ms, colon := strings.Cut(s, ":")
	if len(hs) < 1 || len(hs) > 2 || !allDigitsASCII(hs) || colon && (len(ms) != 2 || !allDigitsASCII(ms)) {
		return 0, 0, false
	}
	h, _ = strconv.Atoi(hs)
	if colon {
		m, _ = strconv.Atoi(ms)
	}
	return h, m, h >= 1 && h <= 12
}

// resolvePeriod resolves a weekday, month, season or quarter against the
// publication date. It returns the calendar day for a weekday, and for the
// others the year they fall in (0 when unresolved).
func (d date) resolvePeriod(published time.Time) (day string, year int) {
	if published.IsZero() || d.clock != "" {
		return "", 0
	}
	if d.weekday > 0 {
		pub := int(published.Weekday()+6)%7 + 1 // ISO weekday
		back := (pub - d.weekday + 7) % 7       // days since the last such day
		ahead := (d.weekday - pub + 7) % 7      // days until the next one
		var offset int
		switch d.tense {
		case tensePast:
			offset = -back
		case strictPast:
			offset = -back
			if back == 0 {
				offset = -7
			}
		case tenseFuture:
			offset = ahead
			if back == 1 {
				// The day before publication is the writer's today
				// more often than the same weekday six days on: "the
				// votes are counted Tuesday" in a Wednesday paper.
				offset = -1
			}
		case strictFuture:
			offset = ahead
			if ahead == 0 {
				offset = 7
			}
		default:
			offset = -back
			if ahead < back {
				offset = ahead
			}
		}
		return published.AddDate(0, 0, offset).Format("2006-01-02"), 0
	}
	if d.year > 0 {
		return "", d.year
	}
	if d.relativeYear {
		return "", published.Year() + d.yearOffset
	}
	start, length := d.month, 1
	switch {
	case d.season != "":
		start, length = seasonCodes[d.season].month, 3
	case d.quarter > 0:
		start, length = 3*d.quarter-2, 3
	case d.half > 0:
		start, length = 6*d.half-5, 6
	}
	return "", pickYear(published, start, length, d.tense)
}

// pickYear returns the year of a period of length months starting in
// month start: for the past the latest that began by the publication
// month, for the future the earliest not over by then ("last"/"next":
// wholly before or after it), otherwise the nearest (ties to the past).
func pickYear(published time.Time, start, length, tense int) int {
	pub := published.Year()*12 + int(published.Month()) - 1
	best, bestDist := 0, 1<<30
	for y := published.Year() - 1; y <= published.Year()+1; y++ {
		first := y*12 + start - 1
		last := first + length - 1
		var ok bool
		switch tense {
		case tensePast:
			ok = first <= pub
		case strictPast:
			ok = last < pub
		case tenseFuture:
			ok = last >= pub
		case strictFuture:
			ok = first > pub
		case thisYear:
			ok = y == published.Year()
		default:
			ok = true
		}
		if !ok {
			continue
		}
		dist := 0
		switch {
		case pub < first:
			dist = first - pub
		case pub > last:
			dist = pub - last
		}
		if tense == tensePast || tense == strictPast {
			dist = pub - first // the latest that qualifies
		} else if tense == tenseFuture || tense == strictFuture {
			dist = last - pub // the earliest that qualifies
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// writingLag is how long before publication a day told in the present or
// the future may still be: the story was written before it was dated.
const writingLag = 7 * 24 * time.Hour

// resolveDay picks the year of a day without one by tense: the latest on
// or before the publication date for the past, the earliest on or after
// for the future (or in the week before it, the writer's present: "we are
// counting ballots from Feb. 15" published Feb. 17), the nearest otherwise
// (ties to the past).
func resolveDay(published time.Time, month, day, tense int) string {
	best, bestDist := 0, time.Duration(1<<62)
	for y := published.Year() - 1; y <= published.Year()+1; y++ {
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(published)
		if tense < 0 && dist > 0 || tense == strictFuture && dist < 0 || tense == tenseFuture && dist < -writingLag {
			continue
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return fmt.Sprintf("%04d-%02d-%02d", best, month, day)
}
