package claims

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Clauses: a unit is cut at ellipses and semicolons, before ", and" and a
// new subject, around subordinate clauses and at "as" between two tensed
// clauses; lead-ins, dangling connectives and closing appositives are
// trimmed from each piece.

// splitClauses cuts a unit into clauses: at ellipses and semicolons, before
// ", and" + a new subject, around subordinate clauses (because, while,
// although ...), and at "as" between two tensed clauses. Lead-ins that only
// frame a complement ("I wasn't even aware that ...") are dropped.
func splitClauses(d *pipeline.Doc, sp pipeline.Span) []pipeline.Span {
	var pieces []pipeline.Span
	start := sp.Start
	text := d.Text
	for i := sp.Start; i < sp.End; i++ {
		switch {
		case text[i] == ';':
			pieces = append(pieces, pipeline.Span{Start: start, End: i})
			start = i + 1
		case strings.HasPrefix(text[i:sp.End], "..."):
			pieces = append(pieces, pipeline.Span{Start: start, End: i})
			for i < sp.End && text[i] == '.' {
				i++
			}
			start = i
			i--
		case strings.HasPrefix(text[i:sp.End], "…"):
			pieces = append(pieces, pipeline.Span{Start: start, End: i})
			start = i + len("…")
		}
	}
	pieces = append(pieces, pipeline.Span{Start: start, End: sp.End})
	var out []pipeline.Span
	for _, p := range pieces {
		for _, c := range splitAtConnectives(d, trim(d, p)) {
			c = dropDangling(d, dropAppositive(d, dropLeadIn(d, trim(d, c))))
			if c.Len() > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// trim removes white space and separating punctuation at both ends, but
// keeps a closing period or quote mark.
func trim(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	for sp.Start < sp.End {
		r, n := firstRune(d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–' || r == '—' || r == '\u00a0' {
			sp.Start += n
			continue
		}
		break
	}
	for sp.End > sp.Start {
		r, n := lastRune(d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '–' || r == '—' || r == '\u00a0' {
			sp.End -= n
			continue
		}
		break
	}
	return sp
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func lastRune(s string) (rune, int) {
	if s == "" {
		return 0, 0
	}
	rs := []rune(s[max(0, len(s)-4):])
	r := rs[len(rs)-1]
	if r == unicode.ReplacementChar && !strings.HasSuffix(s, string(unicode.ReplacementChar)) {
		return rune(s[len(s)-1]), 1
	}
	return r, len(string(r))
}

// subjectStart says whether the token can open a new clause's subject.
func subjectStart(pos string) bool {
	switch pos {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "EX", "CD", "JJ":
		return true
	}
	return false
}

// finiteAfter says whether a tensed verb occurs in toks[from:].
func finiteAfter(d *pipeline.Doc, toks []int, from int) bool {
	for _, ti := range toks[min(from, len(toks)):] {
		switch d.Tokens[ti].POS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// splitAtConnectives applies the clause-level cuts inside one piece.
func splitAtConnectives(d *pipeline.Doc, sp pipeline.Span) []pipeline.Span {
	toks := tokensIn(d, sp)
	if len(toks) == 0 {
		return []pipeline.Span{sp}
	}
	low := func(k int) string { return lowerTok(d, toks[k]) }
	// A piece that opens with a subordinator: drop it and end the
	// subordinate clause at the first comma that is followed by a new
	// clause.
	k := 0
	for k < len(toks) && (subordinators[low(k)] || low(k) == "even" && k+1 < len(toks) && low(k+1) == "if" || low(k) == "if" && k > 0) {
		k++
	}
	if k > 0 && k < len(toks) {
		rest := pipeline.Span{Start: d.Tokens[toks[k]].Start, End: sp.End}
		for j := k + 1; j+1 < len(toks); j++ {
			if d.Tokens[toks[j]].Text == "," && subjectStart(d.Tokens[toks[j+1]].POS) && finiteAfter(d, toks, j+1) && finiteBetween(d, toks, k, j) {
				first := pipeline.Span{Start: rest.Start, End: d.Tokens[toks[j]].Start}
				second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
				return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
			}
		}
		return []pipeline.Span{rest}
	}
	for j := 1; j+1 < len(toks); j++ {
		w := low(j)
		prev := low(j - 1)
		switch {
		case w == "," && subordinators[low(j+1)] && !(j+2 < len(toks) && low(j+2) == "of"): // ", because of the rain" is no clause
			first := pipeline.Span{Start: sp.Start, End: d.Tokens[toks[j]].Start}
			second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
			return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
		case w == "and" && prev == "," && j+1 < len(toks) && subjectStart(d.Tokens[toks[j+1]].POS) && subjectThenVerb(d, toks, j+1) && finiteBetween(d, toks, 0, j):
			first := pipeline.Span{Start: sp.Start, End: d.Tokens[toks[j-1]].Start}
			second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
			return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
		case w == "as" && prev != "," && !comparativeAs(toks, j, low) && j >= 5 && len(toks)-j > 5 && asOpensClause(d, toks, j) && finiteBetween(d, toks, 0, j):
			first := pipeline.Span{Start: sp.Start, End: d.Tokens[toks[j]].Start}
			second := pipeline.Span{Start: d.Tokens[toks[j+1]].Start, End: sp.End}
			return append([]pipeline.Span{first}, splitAtConnectives(d, second)...)
		}
	}
	return []pipeline.Span{sp}
}

// comparativeAs says whether the "as" at j is part of a comparison or a
// list ("such as", "as soon as", "the same situation as"), not a clause
// connective.
func comparativeAs(toks []int, j int, low func(int) string) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch low(k) {
		case "such", "same", "as", "so":
			return true
		}
	}
	for k := j - 4; k >= 0 && k >= j-maxComparison; k-- {
		if low(k) == "as" {
			switch low(k + 1) {
			case "many", "much", "few", "little", "often", "well", "long", "far":
				return true // "does not name as many rivals in his speeches as he did"
			}
		}
	}
	return false
}

// maxComparison is how far back the first "as" of "as many ... as" is
// looked for.
const maxComparison = 12

// asOpensClause says whether the "as" at toks[j] opens a clause of its own
// ("stopped the voters as they reached the gate"): a subject, then its
// tensed verb. After a verb ("the ruling came as ...") the clause before
// it says nothing alone, and an "as" followed by a noun phrase is a
// preposition ("regarded the fee as a burden, but ...", "described the
// mayor as a woman who ...", "his years as the county's engineer, ...")
// even when a tensed verb follows further on.
func asOpensClause(d *pipeline.Doc, toks []int, j int) bool {
	if p := d.Tokens[toks[j-1]].POS; strings.HasPrefix(p, "VB") || p == "MD" || !clauseOpener(d.Tokens[toks[j+1]].POS) {
		return false
	}
	return subjectThenVerb(d, toks, j+1)
}

// subjectThenVerb says whether toks[from:] open with a subject and its
// tensed verb, before any comma or relative word: ", and the mayor of the
// town said ...", ", and Lee and Stone met ..." open a clause, ", and Lee, who ..." and ", and a grant
// from the county that ..." go on a noun phrase.
func subjectThenVerb(d *pipeline.Doc, toks []int, from int) bool {
	for k := from + 1; k < len(toks) && k <= from+maxSubject; k++ {
		switch p := d.Tokens[toks[k]].POS; {
		case p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD":
			return true
		case p == "CC" && k+1 < len(toks) && subjectStart(d.Tokens[toks[k+1]].POS):
			// "Lee and Stone met": a second noun, not a second verb ("as a
			// Republican and declared ...")
		case subjectStart(p), p == "NN" || p == "POS" || p == "RB", strings.EqualFold(d.Tokens[toks[k]].Text, "of"):
		default:
			return false
		}
	}
	return false
}

// maxSubject is the longest subject read after a clause-opening "as" or
// ", and" ("as the number of new voters grew").
const maxSubject = 8

func clauseOpener(pos string) bool {
	switch pos {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "EX":
		return true
	}
	return false
}

// finiteBetween says whether a tensed verb occurs in toks[from:to].
func finiteBetween(d *pipeline.Doc, toks []int, from, to int) bool {
	for _, ti := range toks[from:min(to, len(toks))] {
		if p := d.Tokens[ti].POS; strings.HasPrefix(p, "VB") || p == "MD" {
			return true
		}
	}
	return false
}

// mayLeadIn is a plain scan that rules out most clauses before leadIn's
// backtracking match, which cost more than the rest of dropLeadIn. Every
// branch of leadIn opens with a run of ASCII letters; unless that run is
// "I", "We" or "we" (the first branch), the run must be followed by white
// space and then "that" or "to" (the other two). It returns false only
// where leadIn cannot match, so the result is leadIn's.
func mayLeadIn(s string) bool {
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	switch s[:n] {
	case "":
		return false
	case "I", "We", "we":
		return true
	}
	k := n
	for k < len(s) && isRegexpSpace(s[k]) {
		k++
	}
	if k == n {
		return false
	}
	return strings.HasPrefix(s[k:], "that") || strings.HasPrefix(s[k:], "to")
}

// isRegexpSpace is the class \s of package regexp: [\t\n\f\r ].
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// leadIn matches openings that only frame the claim that follows:
// "I wasn't even aware that", "Unfortunate that", "good to see".
var leadIn = regexp.MustCompile(`^(?:(?:I|We|we)\b[^.]{0,40}?\b(?:aware|know|knew|think|thought|believe|hear|heard|read|note)\s*,?\s+that\s+|[A-Z]?[a-z]+\s+that\s+|[A-Za-z]+\s+to\s+(?:see|hear|know|learn)\s+)`)

func dropLeadIn(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	if !mayLeadIn(d.Text[sp.Start:sp.End]) {
		return sp
	}
	if m := leadIn.FindStringIndex(d.Text[sp.Start:sp.End]); m != nil {
		first := strings.Fields(d.Text[sp.Start:sp.End])
		// "[Adjective] that" only: a noun or verb before "that" is content.
		if len(first) > 1 && strings.EqualFold(first[1], "that") {
			toks := tokensIn(d, sp)
			if len(toks) == 0 {
				return sp
			}
			switch p := d.Tokens[toks[0]].POS; {
			case strings.HasPrefix(p, "JJ"), strings.HasPrefix(p, "RB"), p == "NNP" && lemma(first[0]) == strings.ToLower(first[0]) && !verbLemmas[strings.ToLower(first[0])]:
			default:
				return sp
			}
		}
		return pipeline.Span{Start: sp.Start + m[1], End: sp.End}
	}
	return sp
}

// danglingWords end a piece cut before the clause they open ("The jury
// did not elaborate, but", "the departments which"); "that" and "while"
// too, unless they are the object of the word before them ("too much of
// that", "for a while") or end the sentence ("I never wrote that.").
var danglingWords = setOf(`and but or which who whom whose that while`)

// danglingOpeners end a piece cut before the clause they open when the
// text goes on after them ("spoke to the board on Monday, as", "The mayor
// left early when", "The depot reopened, just"), but may end a sentence
// ("Officials would not say when."): subordinators, and the adverbs that
// lead one ("even as").
var danglingOpeners = setOf(`after before when where as until since because if unless although though whereas even just`)

// relativeWords open a relative clause; a preposition before one ("a long
// interview with the mayor, in which she said ...") belongs to the clause
// cut away.
var relativeWords = setOf(`which whom whose`)

// dropDangling removes the conjunctions, relative words and subordinators
// left at the end of a clause, with the comma before them.
func dropDangling(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	for {
		toks := tokensIn(d, sp)
		if len(toks) < 2 {
			return sp
		}
		last := d.Tokens[toks[len(toks)-1]]
		w := lowerTok(d, toks[len(toks)-1])
		prev := d.Tokens[toks[len(toks)-2]]
		switch {
		case danglingWords[w] && !((w == "that" || w == "while") && (objectOf(prev.POS, lowerTok(d, toks[len(toks)-2])) || sentenceEndsAt(d, sp.End))):
		case danglingOpeners[w] && textGoesOn(d, sp.End):
		case last.POS == "IN" && relativeWords[firstWordAt(d, sp.End)]:
		default:
			return sp
		}
		sp = trim(d, pipeline.Span{Start: sp.Start, End: last.Start})
	}
}

// objectOf says whether a word after the token (its tag and lower-cased
// text) is its object: "that" after a preposition ("of that"), "while"
// after an article ("for a while").
func objectOf(pos, word string) bool {
	return pos == "IN" || pos == "TO" || pos == "DT" && word != "that"
}

// textGoesOn says whether a word, a number or an opening quote mark
// follows at, after white space.
func textGoesOn(d *pipeline.Doc, at int) bool {
	r, _ := firstRune(strings.TrimLeft(d.Text[at:], " \t\u00a0"))
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("“‘\"'$", r)
}

// sentenceEndsAt says whether the sentence ends at, after white space and
// a comma: a closing quote mark or a period follows ("“I never wrote
// that,” she said"), not a word (", while ...").
func sentenceEndsAt(d *pipeline.Doc, at int) bool {
	rest := strings.TrimLeft(d.Text[at:], " \t\u00a0")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " \t\u00a0")
	r, _ := firstRune(rest)
	return r == 0 || strings.ContainsRune(".!?\"”’'\n", r)
}

// firstWordAt returns the lower-cased word that follows at, after white
// space.
func firstWordAt(d *pipeline.Doc, at int) string {
	rest := strings.TrimLeft(d.Text[at:], " \t\u00a0")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	return strings.ToLower(rest[:end])
}

// dropAppositive cuts a long descriptive noun phrase that closes a clause
// (", a city of particular importance because of ..."): background, not
// the assertion. It must run to the end without a comma or a tensed verb.
func dropAppositive(d *pipeline.Doc, sp pipeline.Span) pipeline.Span {
	toks := tokensIn(d, sp)
	for k := 1; k+1 < len(toks); k++ {
		if d.Tokens[toks[k]].Text != "," {
			continue
		}
		w := lowerTok(d, toks[k+1])
		if w != "a" && w != "an" || len(toks)-k < 9 || !strings.HasPrefix(d.Tokens[toks[k-1]].POS, "NNP") {
			continue
		}
		rest := toks[k+1:]
		clean := true
		for _, ti := range rest {
			t := d.Tokens[ti]
			if t.Text == "," || t.Text == ";" || t.POS == "VBD" || t.POS == "VBZ" || t.POS == "VBP" || t.POS == "MD" {
				clean = false
				break
			}
		}
		if clean && finiteBetween(d, toks, 0, k) {
			return pipeline.Span{Start: sp.Start, End: d.Tokens[toks[k]].Start}
		}
	}
	return sp
}
