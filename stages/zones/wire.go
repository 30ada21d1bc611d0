package zones

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A wire dateline opens a story's first paragraph with the place it was
// filed from, sometimes a date, and the agency: "WASHINGTON (AP) —",
// "BEIRUT, Lebanon (Reuters) -", "LONDON, Oct 3 (AP) —", "Washington
// (CNN) —", "MANAMA, Bahrain --". It says where the story comes from, not
// what happened there, so it is a zone of its own (ZoneDateline) and the
// paragraph's body zone starts after it: the entity stage reads its place
// as a place, the quote and claim stages never see it inside a sentence,
// and its agency is the outlet.
//
// It is read from layout alone, with no list of places or agencies: a
// place in capitals (or a capitalised place with an agency in brackets),
// then optional comma-separated words (a state or country, a date), an
// optional bracketed agency, and a dash with the story after it.

// maxDatelineBytes bounds the dateline: "RIO DE JANEIRO, Brazil, Oct. 3
// (Thomson Reuters Foundation) -" fits; a sentence with a dash does not.
const maxDatelineBytes = 90

// WireDateline returns the length in bytes of the wire dateline that opens
// line (up to and including its dash, without the space after it) and the
// agency it names ("" when none); 0 when the line opens with none. The
// story must follow the dash on the same line.
func WireDateline(line string) (n int, agency string) {
	// The place: one to four words; in capitals unless an agency follows.
	pos, words, caps := 0, 0, true
	for words < 4 {
		w := wordAt(line, pos)
		if w == "" || !placeWord(w, words == 0) {
			break
		}
		if !allCapsWord(w) {
			caps = false
		}
		words++
		pos += len(w)
		if pos < len(line) && line[pos] == ' ' && pos+1 < len(line) && line[pos+1] != '(' && !isDashAt(line, pos+1) {
			pos++
			continue
		}
		break
	}
	if words == 0 || pos > maxDatelineBytes {
		return 0, ""
	}
	if !caps && words > 2 {
		return 0, ""
	}
	// Comma-separated qualifiers: ", Lebanon", ", Calif.", ", Oct. 3".
	for pos < len(line) && line[pos] == ',' {
		q := pos + 1
		for q < len(line) && line[q] == ' ' {
			q++
		}
		end := q
		for k := 0; k < 3; k++ {
			w := wordAt(line, end)
			if w == "" || !qualifierWord(w) {
				break
			}
			end += len(w)
			if end+1 < len(line) && line[end] == ' ' && line[end+1] != '(' && !isDashAt(line, end+1) {
				end++
			}
		}
		end = trimRightSpace(line, end)
		if end <= q || end > maxDatelineBytes {
			return 0, ""
		}
		pos = end
	}
	// The agency in brackets: "(AP)", "(Reuters)", "(dpa)".
	q := pos
	for q < len(line) && line[q] == ' ' {
		q++
	}
	if q < len(line) && line[q] == '(' {
		closeAt := strings.IndexByte(line[q:], ')')
		if closeAt < 2 || closeAt > 40 {
			return 0, ""
		}
		name := line[q+1 : q+closeAt]
		if !agencyName(name) {
			return 0, ""
		}
		agency = name
		pos = q + closeAt + 1
	} else if !caps {
		return 0, "" // "Springfield --": a capitalised word and a dash may open any sentence
	}
	// The dash, then the story.
	q = pos
	for q < len(line) && line[q] == ' ' {
		q++
	}
	dash := dashLen(line, q)
	if dash == 0 || q+dash > maxDatelineBytes {
		if agency != "" && q == pos && q < len(line) && unicode.IsUpper(firstRuneOf(line[q:])) {
			// "Washington (CNN)The ...": the dash lost in copying
			return pos, agency
		}
		return 0, ""
	}
	if q == pos && agency == "" {
		return 0, "" // "NATO-led": a hyphen inside a word
	}
	rest := strings.TrimLeft(line[q+dash:], " ")
	if rest == "" || !(unicode.IsUpper(firstRuneOf(rest)) || unicode.IsDigit(firstRuneOf(rest)) || strings.ContainsRune("\"“‘'", firstRuneOf(rest))) {
		return 0, "" // the story opens with a capital, a figure or a quote
	}
	return q + dash, agency
}

// opensWithDateline reports a line that opens with a wire dateline: the
// first paragraph of a story, never a headline or a dek, however it ends
// ("CEDAR FALLS, Iowa (AP) — Was that really the mayor ...?").
func opensWithDateline(line string) bool {
	n, _ := WireDateline(line)
	return n > 0
}

// wordAt returns the word starting at pos: the bytes up to a space, comma
// or bracket.
func wordAt(s string, pos int) string {
	end := pos
	for end < len(s) && s[end] != ' ' && s[end] != ',' && s[end] != '(' && s[end] != ')' {
		end++
	}
	return s[pos:end]
}

// placeWord reports a word of a dateline's place: letters, with inner
// dots, hyphens and apostrophes ("ST.", "WINSTON-SALEM", "O'HARE"); the
// first word has at least two letters, so "I" and "A" open no dateline.
func placeWord(w string, first bool) bool {
	letters := 0
	for i, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case (r == '.' || r == '-' || r == '\'' || r == '’') && i > 0:
		default:
			return false
		}
	}
	r := firstRuneOf(w)
	return unicode.IsUpper(r) && (letters >= 2 || !first)
}

// allCapsWord reports a word without lower-case letters.
func allCapsWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// qualifierWord reports a word of a dateline's state, country or date:
// capitalised ("Lebanon", "Calif.", "N.Y.", "Oct.") or a day number ("3").
func qualifierWord(w string) bool {
	r := firstRuneOf(w)
	if unicode.IsDigit(r) {
		return len(w) <= 4 && isDigits(strings.TrimSuffix(w, "."))
	}
	return unicode.IsUpper(r) && placeWord(w, false)
}

// agencyName reports the text inside a dateline's brackets that can name an
// agency: one to four words of letters, "&" and dots, the first capitalised
// or a short lower-case acronym ("dpa"), with no digits.
func agencyName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 || strings.TrimSpace(s) != s {
		return false
	}
	for _, w := range f {
		for _, r := range w {
			if !(unicode.IsLetter(r) || r == '&' || r == '.' || r == '-' || r == '\'') {
				return false
			}
		}
	}
	r := firstRuneOf(f[0])
	return unicode.IsUpper(r) || len(f) == 1 && len(f[0]) <= 4
}

// dashLen returns the length of the dash at s[i:] ("—", "–", "--", "-",
// or another of wideDashes), or 0.
func dashLen(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "--"):
		return 2
	case strings.HasPrefix(s[i:], "-"):
		return 1
	}
	for _, d := range wideDashes {
		if strings.HasPrefix(s[i:], d) {
			return len(d)
		}
	}
	return 0
}

// wideDashes are the dash characters a dateline is set off with: the em
// and en dashes, and the horizontal bar and figure dash that some wires
// and copied pages put in their place ("DOVER ― The board …"). The
// segment and quotes stages read the em and en dashes; these others stand
// only after a dateline, so the zones stage alone reads them.
var wideDashes = []string{"—", "–", "―", "‒"}

func isDashAt(s string, i int) bool { return dashLen(s, i) > 0 }

func trimRightSpace(s string, end int) int {
	for end > 0 && s[end-1] == ' ' {
		end--
	}
	return end
}

func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// maxLedeDepth is how many body paragraphs may stand above a lede that
// opens with a bare dateline: a dek or a label taken for body text pushes
// the lede down by one or two.
const maxLedeDepth = 3

// SplitWireDatelines cuts the wire dateline off every body zone of text
// that opens with one: the dateline becomes a ZoneDateline zone and the
// body zone starts at the story after the dash. A page of several stories
// has several datelines. It returns the zones (zones itself when there is
// no dateline) and the agency of the first dateline. Analyze calls it; it
// is exported for callers that build body zones by hand.
func SplitWireDatelines(text string, zones []pipeline.Zone) (out []pipeline.Zone, firstAgency string) {
	zones = splitAtInnerDatelines(text, zones)
	bodies := 0 // body zones before this one
	for i, z := range zones {
		if z.Kind != pipeline.ZoneBody {
			if out != nil {
				out = append(out, z)
			}
			continue
		}
		n, agency := WireDateline(text[z.Start:z.End])
		if n > 0 && bodies >= maxLedeDepth && agency == "" && !strings.Contains(text[z.Start:z.Start+n], ",") {
			// Deep in the story a bare "WORDS IN CAPITALS —" is a run-in
			// subhead ("QUESTIONABLE MEDICAL CLAIMS — ..."); a dateline
			// there names its agency, its state or its date.
			n = 0
		}
		bodies++
		if n == 0 {
			if out != nil {
				out = append(out, z)
			}
			continue
		}
		if out == nil {
			out = append(make([]pipeline.Zone, 0, len(zones)+2), zones[:i]...)
		}
		if firstAgency == "" {
			firstAgency = agency
		}
		body := z.Start + n
		for body < z.End && text[body] == ' ' {
			body++
		}
		out = append(out, pipeline.Zone{Span: pipeline.Span{Start: z.Start, End: z.Start + n}, Kind: pipeline.ZoneDateline},
			pipeline.Zone{Span: pipeline.Span{Start: body, End: z.End}, Kind: pipeline.ZoneBody})
	}
	if out == nil {
		return zones, firstAgency
	}
	return out, firstAgency
}

// splitAtInnerDatelines cuts a body zone of several lines before a line
// inside it that opens with a dateline naming its agency, state or date
// ("... the last post.\nPORTLAND, Maine -- The next story"): a page of
// running posts printed without blank lines between them. A bare "WORDS
// IN CAPITALS --" there is a run-in label, as deep in a story. It returns
// zones itself when no zone is cut.
func splitAtInnerDatelines(text string, zones []pipeline.Zone) []pipeline.Zone {
	var out []pipeline.Zone
	for i, z := range zones {
		start := z.Start
		if z.Kind == pipeline.ZoneBody {
			for at := z.Start; ; {
				nl := strings.IndexByte(text[at:z.End], '\n')
				if nl < 0 {
					break
				}
				line := at + nl + 1
				line += len(text[line:z.End]) - len(strings.TrimLeftFunc(text[line:z.End], isSpace))
				at = line
				n, agency := WireDateline(text[line:z.End])
				if n == 0 || agency == "" && !strings.Contains(text[line:line+n], ",") {
					continue
				}
				if out == nil {
					out = append(make([]pipeline.Zone, 0, len(zones)+2), zones[:i]...)
				}
				end := start + len(strings.TrimRightFunc(text[start:line], isSpace))
				if end > start {
					out = append(out, pipeline.Zone{Span: pipeline.Span{Start: start, End: end}, Kind: z.Kind})
				}
				start = line
			}
		}
		if out != nil {
			out = append(out, pipeline.Zone{Span: pipeline.Span{Start: start, End: z.End}, Kind: z.Kind, Author: z.Author})
		}
	}
	if out == nil {
		return zones
	}
	return out
}
