package claims

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A clause is a claim when it is a checkable assertion of its claimant:
// the rules below say why one is not.

// futureModals mark predictions and recommendations, which are not checkable.
var futureModals = setOf(`will wo would 'll ’ll should shall`)

// checkable says whether a clause is a checkable assertion.
func checkable(d *pipeline.Doc, cl pipeline.Span, u unit) bool { return rejection(d, cl, u) == "" }

// rejection says why a clause is not a checkable assertion; "" when it is.
func rejection(d *pipeline.Doc, cl pipeline.Span, u unit) string {
	text := strings.TrimSpace(d.Text[cl.Start:cl.End])
	if text == "" || strings.HasSuffix(text, "?") || strings.HasSuffix(text, ":") || quotedQuestion(text) {
		return "question or heading"
	}
	if !u.reported && cutInsidePhrase(d, cl) {
		return "cut inside a phrase"
	}
	toks := tokensIn(d, cl)
	words := 0
	for f := range strings.FieldsSeq(text) {
		if !isPunct(f) {
			words++
		}
	}
	switch r, _ := firstRune(strings.TrimLeft(d.Text[cl.End:], " \t\u00a0\"”’'")); r {
	case ':':
		return "introduces what follows"
	case '?':
		return "question" // its mark left outside the quote
	}
	if bareFrame(d, cl) {
		return "introduces what follows" // "He went on to add, “...”": the report is elsewhere
	}
	minWords := minWordsOwnVoice
	switch {
	case u.verbless:
		minWords = 1 // the denied claim, named: "denied the allegation", "disputes that"
	case u.reported:
		minWords = minWordsReported
	}
	if words < minWords && !(words >= minWordsReported && rebuttal(d, toks)) {
		return "too short" // but "Israel disputes this" is a denial
	}
	if !u.verbless && !hasFiniteVerb(d, cl) {
		return "no tensed verb"
	}
	var first []int
	for _, ti := range toks {
		if !isPunct(d.Tokens[ti].Text) {
			if len(first) == 0 && leadingConnectives[lowerTok(d, ti)] {
				continue // "Still, I ...", "But if ..."
			}
			first = append(first, ti)
			if len(first) == 5 {
				break
			}
		}
	}
	if len(first) > 0 {
		w := lowerTok(d, first[0])
		if w == "let" || w == "let's" || w == "let’s" || d.Tokens[first[0]].POS == "VB" {
			return "imperative"
		}
		if framedImperative(d, cl, first[0]) {
			return "imperative" // "I would add, try the night bus first."
		}
		if (w == "do" || w == "don't" || w == "don’t") && len(first) > 1 {
			// "Don't hold your breath", "Do not expect ..."
			if n := lowerTok(d, first[1]); n == "n't" || n == "’t" || n == "not" || d.Tokens[first[1]].POS == "VB" {
				return "imperative"
			}
		}
		if (fragmentOpeners[w] || w == "even" && len(first) > 1 && fragmentOpeners[lowerTok(d, first[1])]) && !mainClauseAfterComma(d, toks) {
			// "When Flynn was asked whether ...", "And even if she wins":
			// a subordinate clause whose main clause was cut away
			return "subordinate fragment"
		}
		if w == "i" && (!u.reported || len(first) > 1 && mentalVerb(d, first[1:])) {
			// a view, not a checkable fact; but a source speaking of
			// itself ("I never sent the questions") states one
			return "first person"
		}
		if w == "if" || w == "unless" {
			return "condition" // neither half is asserted
		}
		if p := d.Tokens[first[0]].POS; (p == "VBZ" || p == "VBP" || p == "VBD") && unicode.IsLower(rune(d.Tokens[first[0]].Text[0])) &&
			!strings.ContainsFunc(d.Text[cl.Start:d.Tokens[toks[0]].Start], unicode.IsLetter) {
			// (unless the subject is a word glued to markup cut off before
			// the clause: "...\">Candidates are ...", tweets.go)
			return "no subject" // the rest of a clause cut elsewhere ("are well run and ...")
		}
		if !u.reported && relativeOpeners[w] && unicode.IsLower(rune(d.Tokens[first[0]].Text[0])) && !reportsAfterRelative(d, first) {
			return "relative clause" // the rest of a sentence a quote took ("..., who was mayor then")
		}
		if w == "we" && len(first) > 1 {
			next := d.Tokens[first[1]]
			if l := lemma(next.Text); next.POS == "VBP" && !auxiliaries[l] && !strings.HasPrefix(lowerTok(d, first[1]), "can") {
				return "first person" // "we protest", "we don't mean"
			}
		}
	}
	reportsRule := false // "the court held that the company must ...": a ruling, reported
	for _, ti := range toks {
		t := d.Tokens[ti]
		w := lowerTok(d, ti)
		if !(t.POS == "MD" || strings.HasPrefix(t.POS, "VB")) {
			continue
		}
		if l := lemma(w); complementVerbs[l] || l == "hold" || l == "rule" || l == "decide" {
			reportsRule = true
		}
		if u.stance != pipeline.StanceAsserts {
			continue // "rejected the notion that he should ...": denied, whatever its mood
		}
		if futureModals[w] && !(u.reported && reportedFuture[w]) {
			// The writer's own forecast is not checkable; a source's
			// promise or forecast ("she said she would protect ...",
			// "'We will win,' he said") is a claim of that source,
			// checked when the day comes.
			return "prediction"
		}
		if normativeModals[w] && !reportsRule {
			return "prescription"
		}
	}
	if u.stance == pipeline.StanceAsserts && exhortation(d, toks) {
		return "prescription" // "we have to act faster", "you need to close the depot"
	}
	if evaluative(d, toks) && !falsity(d, toks) {
		return "judgement" // but "that is false" denies a claim
	}
	return ""
}

// closingQuotes are the marks that may close a clause after its last word.
const closingQuotes = "\"”’'"

// quotedQuestion says whether a clause is a question inside quote marks
// ("Will the plant close?”), not a report of one: no quotation opens
// inside it ("She asked, “Will the plant close?”" reports an act).
func quotedQuestion(text string) bool {
	inner := strings.TrimLeft(strings.TrimRight(text, closingQuotes+" "), "\"“‘' ")
	if !strings.HasSuffix(inner, "?") || len(inner) == len(strings.TrimRight(text, " ")) {
		return false
	}
	return !strings.ContainsAny(inner, "\"“‘") && !strings.Contains(inner, "''") && !strings.Contains(inner, " '")
}

// cutInsidePhrase says whether a clause ends on an article or on
// "whether" while the text goes on: the phrase it opens lies outside the
// clause ("the board released a", "the judge delayed ruling on whether"), most
// often taken by a quote read from its noun. Only the article's own
// voice is rejected so: a quote's content cut at its scare quotes ("the
// flood was a 'planned disaster'") is still what its source said.
func cutInsidePhrase(d *pipeline.Doc, cl pipeline.Span) bool {
	toks := tokensIn(d, cl)
	if len(toks) == 0 || d.Tokens[toks[len(toks)-1]].End != cl.End {
		return false
	}
	switch lowerTok(d, toks[len(toks)-1]) {
	case "a", "an", "the", "whether":
		return textGoesOn(d, cl.End)
	}
	return false
}

// exhortation says whether a clause tells "we" or "you" what must be done:
// "we have to", "you need to", "we've got to", "you gotta" in the present
// tense, "we" or "you" opening the clause (after connectives and
// adverbs: "And we really need to ..."); inside it ("the time we have to
// vote", "all the help we need to rebuild") they are no exhortation.
// What a third party has to do may be a rule or a sum ("the towns have
// to publish their accounts", "she has to take half the seats still
// open"), and "had to" reports what happened.
func exhortation(d *pipeline.Doc, toks []int) bool {
	low := func(k int) string { return lowerTok(d, toks[k]) }
	lead := func(k int) bool {
		t := d.Tokens[toks[k]]
		return isPunct(t.Text) || t.POS == "CC" || t.POS == "UH" || strings.HasPrefix(t.POS, "RB") || leadingConnectives[low(k)]
	}
	k := 0
	for k < len(toks) && lead(k) {
		k++
	}
	if k == len(toks) || !strings.EqualFold(d.Tokens[toks[k]].Text, "we") && !strings.EqualFold(d.Tokens[toks[k]].Text, "you") {
		return false
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") {
		j++ // "we really have to", "you just need to"
	}
	if j < len(toks) && (low(j) == "'ve" || low(j) == "’ve") {
		j++ // "we've got to"
	}
	switch {
	case j >= len(toks):
		return false
	case low(j) == "gotta":
		return true
	case low(j) == "have" || low(j) == "need" || low(j) == "got":
		return j+1 < len(toks) && low(j+1) == "to"
	}
	return false
}

// relativeOpeners open a relative clause that describes a noun outside
// the clause.
var relativeOpeners = setOf(`who whom whose which`)

// reportsAfterRelative says whether the relative word at first[0] is the
// subject of a reporting verb and its "that" ("..., who added that the
// fund was empty"): what follows is a report the quotes layer missed,
// kept as before; "who wrote about the visit" is no report.
func reportsAfterRelative(d *pipeline.Doc, first []int) bool {
	for k := 1; k+1 < len(first); k++ {
		t := d.Tokens[first[k]]
		if strings.HasPrefix(t.POS, "RB") {
			continue // "who also noted that"
		}
		return strings.HasPrefix(t.POS, "VB") && frameVerbs[lemma(lowerTok(d, first[k]))] && strings.EqualFold(d.Tokens[first[k+1]].Text, "that")
	}
	return false
}

// reportedFuture are the modals of a reported promise or forecast: "will"
// and its back-shifted "would".
var reportedFuture = setOf(`will wo would 'll ’ll`)

// rebuttal says whether a clause has a tensed denial or dispute verb.
func rebuttal(d *pipeline.Doc, toks []int) bool {
	for _, ti := range toks {
		t := d.Tokens[ti]
		if t.POS == "VBD" || t.POS == "VBZ" || t.POS == "VBP" {
			if l := lemma(lowerTok(d, ti)); denialCues[l] || disputeCues[l] {
				return true
			}
		}
	}
	return false
}

// mentalVerbs report a state of mind, not a fact: "I think", "I hope".
var mentalVerbs = setOf(`think believe feel hope want wish guess suppose love like hate fear expect mean doubt
wonder imagine trust worry see`)

// mentalVerb says whether the first verb among toks (after adverbs and
// auxiliaries: "I don't think", "I really hope") is a mental verb.
func mentalVerb(d *pipeline.Doc, toks []int) bool {
	for _, ti := range toks {
		t := d.Tokens[ti]
		l := lemma(lowerTok(d, ti))
		switch {
		case mentalVerbs[l]:
			return true
		case strings.HasPrefix(t.POS, "RB") || t.POS == "MD" || auxiliaries[l] || negators[lowerTok(d, ti)]:
			continue
		}
		return false
	}
	return false
}

// fragmentOpeners open a subordinate clause; a clause that still opens
// with one after the cuts has lost its main clause.
var fragmentOpeners = setOf(`when whenever if unless although though whereas because while`)

// mainClauseAfterComma says whether a comma in the clause is followed by
// a subject and a tensed verb: "When forces recaptured the city, an
// orchestra performed" keeps its main clause.
func mainClauseAfterComma(d *pipeline.Doc, toks []int) bool {
	for k, ti := range toks {
		if d.Tokens[ti].Text == "," && clauseStart(d, toks, k+1) {
			return true
		}
	}
	return false
}

// editorialLabels open a note about the article itself.
var editorialLabels = regexp.MustCompile(`^(?i:editor['’]?s['’]? note|editors['’] note|note to readers|correction|clarification|disclosure|update|updated)\s*[:—–-]`)

// editorialSelf matches a sentence about the article itself: "This is a
// more complete version of the story than the one that appeared in print".
var editorialSelf = regexp.MustCompile(`^(?i:this|the following) (?:is|was) (?:an? |the )?(?:\w+ ){0,3}(?:version|edition) of (?:the|this) (?:story|article|report|column)`)

// editorial says whether a sentence is a note about the article, not part
// of it: an editor's note, a correction, a word about this version.
func editorial(sentence string) bool {
	s := strings.TrimLeft(sentence, " *_\"“")
	// Both patterns are anchored and open with one of these letters (none
	// of which has another case fold), so most sentences need no match.
	if s == "" || !strings.ContainsRune("eEnNcCdDuUtT", rune(s[0])) {
		return false
	}
	return editorialLabels.MatchString(s) || editorialSelf.MatchString(s)
}

// leadingConnectives open a clause without being part of it.
var leadingConnectives = setOf(`still but and so yet however now well also then thus meanwhile indeed`)

// normativeModals mark what ought to be, not what is.
var normativeModals = setOf(`must ought`)

// evaluativeAdjectives judge rather than describe: "the boost is helpful
// but inadequate", "it's a good use of money".
var evaluativeAdjectives = setOf(`good bad better worse best worst great fine excellent wonderful terrible awful
sound wise unwise foolish important unimportant necessary unnecessary essential helpful useful useless adequate
inadequate fair unfair right wrong true sad happy cruel lonely tragic unfortunate fortunate regrettable sensible
reasonable unreasonable ridiculous absurd silly obvious doubtful questionable beautiful ugly interesting
remarkable shameful disgraceful admirable commendable deplorable outrageous laudable repulsive worthy unworthy
appropriate inappropriate desirable undesirable vital crucial significant insignificant proud welcome
encouraging disappointing unacceptable acceptable nice lovely pleasant unpleasant healthy unhealthy`)

// opinionVerbs judge what their subject deserves.
var opinionVerbs = setOf(`deserve merit behoove behoves behooves`)

// evaluative says whether a clause's main verb judges: a copula whose
// complement is an evaluative adjective ("is not much better", "was a
// good use"), or a verb of desert ("patients deserve more attention").
func evaluative(d *pipeline.Doc, toks []int) bool {
	// A leading adverbial clause ("Since the obvious is not always true,
	// the committee analyzed ...") is not the main clause.
	if len(toks) > 0 && d.Tokens[toks[0]].POS == "IN" {
		for k, ti := range toks {
			if d.Tokens[ti].Text == "," {
				toks = toks[k+1:]
				break
			}
		}
	}
	for k, ti := range toks {
		t := d.Tokens[ti]
		if !strings.HasPrefix(t.POS, "VB") && t.POS != "MD" {
			continue
		}
		l := lemma(lowerTok(d, ti))
		if opinionVerbs[l] {
			return true
		}
		if l != "be" && l != "seem" && l != "become" && l != "sound" && l != "look" {
			if t.POS == "MD" || auxiliaries[l] {
				continue
			}
			return false // the first full verb is not a copula
		}
		if nextVerb(d, toks, k) >= 0 {
			continue // an auxiliary: "is expected", "was killed"
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			u := d.Tokens[toks[j]]
			w := lowerTok(d, toks[j])
			switch {
			case evaluativeAdjectives[w] && (strings.HasPrefix(u.POS, "JJ") || strings.HasPrefix(u.POS, "RB") || u.POS == "NN"):
				// "was best man", "is chief judge": a title, unless an
				// article makes it a judgement ("was a good use")
				title := j+1 < len(toks) && strings.HasPrefix(d.Tokens[toks[j+1]].POS, "NN") && d.Tokens[toks[j-1]].POS != "DT"
				return !title
			case strings.HasPrefix(u.POS, "RB") || u.POS == "DT" || negators[w] || w == "much" || w == "a" || w == "an":
				continue
			}
			break
		}
		return false
	}
	return false
}

// bareFramingVerbs end a frame whose report follows it: the reporting
// verbs, and "ask" and "continue" before a quotation.
var bareFramingVerbs = setOf(`ask continue`)

// bareFrame says whether a clause is only a reporting frame whose report
// follows outside it: its last word is a reporting verb and the text goes
// on with an opening quote mark, a colon or "that" ("He went on to add,
// “...”", "the mayor asked: ...", "They argue that ..."). The quotes
// layer or another unit has the report; the frame alone says nothing.
func bareFrame(d *pipeline.Doc, cl pipeline.Span) bool {
	toks := tokensIn(d, cl)
	k := len(toks) - 1
	for k >= 0 && isPunct(d.Tokens[toks[k]].Text) {
		k--
	}
	if k < 0 {
		return false
	}
	v := d.Tokens[toks[k]]
	if !strings.HasPrefix(v.POS, "VB") {
		return false
	}
	rest := strings.TrimLeft(d.Text[v.End:], " \t\u00a0,")
	if !strings.HasPrefix(rest, ":") && !opensQuotation(rest) &&
		!(len(rest) > 5 && strings.EqualFold(rest[:4], "that") && (rest[4] == ' ' || rest[4] == ',')) {
		return false
	}
	l := lemma(v.Text)
	return frameVerbs[l] || bareFramingVerbs[l]
}

// opensQuotation says whether s starts with an opening quote mark: a
// curly opening mark, or a straight one right before a letter or a
// figure (",\" There were ..." closes a quotation; ", \"There were ..."
// opens one).
func opensQuotation(s string) bool {
	r, n := firstRune(s)
	switch r {
	case '“', '‘':
		return true
	case '"', '\'':
		next, _ := firstRune(s[n:])
		if next == '\'' && r == '\'' { // '' as a double quote mark
			next, _ = firstRune(s[2*n:])
		}
		return unicode.IsLetter(next) || unicode.IsDigit(next)
	}
	return false
}

// framedImperative says whether a clause is an imperative behind a speaker's
// frame of its own words ("I would add, try ...", "We'd say: ask the
// drivers"): the frame reports nothing, and what follows it is a command.
// lead is the clause's first word after any leading connective.
func framedImperative(d *pipeline.Doc, cl pipeline.Span, lead int) bool {
	if !strings.EqualFold(d.Tokens[lead].Text, "i") && !strings.EqualFold(d.Tokens[lead].Text, "we") {
		return false
	}
	for j := lead + 1; j+2 < len(d.Tokens) && j <= lead+4 && d.Tokens[j+2].End <= cl.End; j++ {
		t := d.Tokens[j]
		if p := d.Tokens[j+1].Text; !strings.HasPrefix(t.POS, "VB") || p != "," && p != ":" {
			continue
		}
		if !frameVerbs[lemma(t.Text)] {
			return false
		}
		next := d.Tokens[j+2]
		w := lowerTok(d, j+2)
		return next.POS == "VB" && !auxiliaries[lemma(w)] || w == "let" || w == "let's" || w == "let’s"
	}
	return false
}
