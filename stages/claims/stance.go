package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Stance and hedge are read from the claimant's own words: a denial, a
// rebuttal of another source, or the words that distance a claim.

// copulaNegated says whether the main verb at k is a form of be, have or
// do negated after it ("it was not responsible", "they have never").
func copulaNegated(d *pipeline.Doc, toks []int, k int) bool {
	if k < 0 || k+1 >= len(toks) || !auxiliaries[lemma(lowerTok(d, toks[k]))] {
		return false
	}
	return negators[lowerTok(d, toks[k+1])] && !(k+2 < len(toks) && focusAfterNot(lowerTok(d, toks[k+2])))
}

// falsityWords say that a claim is not true.
var falsityWords = setOf(`false untrue wrong incorrect inaccurate baseless groundless bogus fabricated fake
unfounded erroneous misleading`)

// falsity says whether a clause's main verb is a copula whose complement
// says something is false: "They are all false", "the report is
// inaccurate", "that is not true".
func falsity(d *pipeline.Doc, toks []int) bool {
	subjectClause := len(toks) > 0 && strings.EqualFold(d.Tokens[toks[0]].Text, "what") // "What she said ... is wrong"
	for k, ti := range toks {
		t := d.Tokens[ti]
		if t.POS == "VBD" || t.POS == "VBZ" || t.POS == "VBP" || t.POS == "MD" {
			if subjectClause && lemma(lowerTok(d, ti)) != "be" {
				subjectClause = false
				continue
			}
			if lemma(lowerTok(d, ti)) != "be" {
				return false // the main verb is another: "have spread rumours that are untrue"
			}
		}
		if lemma(lowerTok(d, ti)) != "be" || !strings.HasPrefix(t.POS, "VB") || nextVerb(d, toks, k) >= 0 {
			continue
		}
		negated := false
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			w := lowerTok(d, toks[j])
			switch {
			case falsityWords[w]:
				return !negated
			case w == "true" || w == "accurate" || w == "correct":
				return negated
			case negators[w]:
				negated = true
			case strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || w == "all" || w == "both" || w == "simply" || w == "completely":
			default:
				return false
			}
		}
		return false
	}
	return false
}

// reportsSpeech says whether a clause speaks of what someone said or
// claimed ("what she said"): a falsity there rebuts a source.
func reportsSpeech(d *pipeline.Doc, toks []int) bool {
	for _, ti := range toks {
		w := lowerTok(d, ti)
		if l := lemma(w); isVerbToken(d, ti) && (l == "say" || l == "claim" || l == "tell" || l == "report" || l == "write") {
			return true
		}
	}
	return false
}

// disputeForms are the word forms of verbs taking a claim that mark a
// claim rebutting another source.
var disputeForms = setOf(`contradict contradicts contradicted contradicting dispute disputed disputes disputing
reject rejects rejected rejecting refute refutes refuted refuting rebut rebuts rebutted rebutting dismiss dismisses
dismissed dismissing`)

// disputeVerb says whether a clause rebuts another source: "skeptical of",
// or one of disputeForms as a verb taking a claim ("the court rejected
// this view"), not the noun ("a pay dispute") nor a refusal ("the motions
// were dismissed"). It reads the clause's tokens rather than running a
// pattern over its text: the stage asks it of every clause.
func disputeVerb(d *pipeline.Doc, toks []int) bool {
	for k, ti := range toks {
		t := d.Tokens[ti]
		if len(t.Text) < 5 || !strings.ContainsRune("cdrsCDRS", rune(t.Text[0])) {
			continue // no dispute form: spare the lower-casing
		}
		w := lowerTok(d, ti)
		switch {
		case (w == "skeptical" || w == "sceptical") && k+1 < len(toks) && strings.EqualFold(d.Tokens[toks[k+1]].Text, "of"):
			return true
		case disputeForms[w] && strings.HasPrefix(t.POS, "VB") && rebutsClaim(d, toks, k):
			return true
		}
	}
	return false
}

func c0(d *pipeline.Doc, sp pipeline.Span) string { return d.Text[sp.Start:sp.End] }

// hedged says whether a clause carries a hedge cue. It walks the clause's
// words once and tries only the cues that begin with each word, rather
// than searching the clause for every cue: the stage asks it of every
// clause.
func hedged(text string) bool {
	low := " " + strings.ToLower(text) + " "
	for i := 1; i < len(low)-1; {
		r, size := utf8.DecodeRuneInString(low[i:])
		prev, _ := utf8.DecodeLastRuneInString(low[:i])
		if !unicode.IsLetter(r) || unicode.IsLetter(prev) {
			i += size
			continue
		}
		end := i
		for end < len(low) {
			r, n := utf8.DecodeRuneInString(low[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += n
		}
		for _, cue := range hedgeCuesByFirstWord[low[i:end]] {
			if !strings.HasPrefix(low[i:], cue) {
				continue
			}
			after := rune(low[min(i+len(cue), len(low)-1)])
			if !unicode.IsLetter(after) && !notHedge(text, low, cue, i) {
				return true
			}
		}
		i = end
	}
	return false
}

// hedgeCuesByFirstWord lists the hedge cues by their first word (its
// letters: "can" for "can't know").
var hedgeCuesByFirstWord = func() map[string][]string {
	m := map[string][]string{}
	for _, cue := range hedgeCues {
		end := strings.IndexFunc(cue, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(cue)
		}
		m[cue[:end]] = append(m[cue[:end]], cue)
	}
	return m
}()

// notHedge says whether the cue found at i of low (the lower-cased text
// padded with a space each side) is a look-alike: the month May ("in May",
// "May 1", "last May"), or "could" negated, which states a fact ("police
// could not find the weapon").
func notHedge(text, low, cue string, i int) bool {
	rest := strings.TrimLeft(low[i+len(cue):], " ")
	switch cue {
	case "may":
		if i > 1 && text[i-1] == 'M' {
			return true // capitalised inside the clause: the month
		}
		r, _ := firstRune(rest)
		return unicode.IsDigit(r)
	case "could":
		return strings.HasPrefix(rest, "not ") || strings.HasPrefix(rest, "n't") || strings.HasPrefix(rest, "never ")
	case "likely":
		return attributiveLikely(low[:i], rest)
	}
	return false
}

// attributiveLikely says whether "likely", between before and rest (lower
// case), describes the people counted after it ("among likely voters",
// "of 900 likely caucusgoers"): a preposition or a number before it, a
// word after it that opens no complement ("to", "that", "than"). It names
// who is counted, not how sure the claimant is; after an article it
// stays a hedge ("named the city as the likely source").
func attributiveLikely(before, rest string) bool {
	prev := before[strings.LastIndexByte(strings.TrimRight(before, " "), ' ')+1:]
	prev = strings.TrimRight(prev, " ")
	r, _ := firstRune(prev)
	if !attributiveBefore[prev] && !unicode.IsDigit(r) {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	r, _ = firstRune(next)
	return unicode.IsLetter(r) && !complementAfterLikely[next]
}

var (
	attributiveBefore     = setOf(`of among by for with from between`)
	complementAfterLikely = setOf(`to that than not`)
)

// claimNouns name what a denial or a dispute can be about: a claim, or a
// part in an event ("denied any role in", "disputed the figures").
var claimNouns = setOf(`claim claims report reports allegation allegations accusation accusations charge charges
assertion assertions contention statement statements suggestion suggestions view views thesis theory idea
notion rumor rumors rumour rumours story stories account accounts version finding findings conclusion
conclusions assessment estimate estimates figure figures number numbers data poll polls study studies
analysis involvement role responsibility
presence participation existence link links connection connections knowledge wrongdoing guilt argument
arguments premise interpretation description assumption evidence testimony critique critiques criticism
it this that`)

// objectPronouns open a content that is a person acted upon, not a claim.
var objectPronouns = setOf(`him her them me us`)

// refusal says whether the content of a denial or dispute cue is a
// person or group acted upon ("rejected them", "denied him entry").
func refusal(d *pipeline.Doc, content pipeline.Span) bool {
	toks := tokensIn(d, trim(d, content))
	return len(toks) > 0 && objectPronouns[lowerTok(d, toks[0])]
}

// claimHeaded says whether the noun phrase starting at toks[k] is headed
// by a claim noun, an event noun or a gerund ("the charges", "any role in
// the attack", "Freeman's claim", "having fired"), or is a clause opened
// by "that".
func claimHeaded(d *pipeline.Doc, toks []int, k int) bool {
	head := ""
	for j := k; j < len(toks) && j < k+7; j++ {
		t := d.Tokens[toks[j]]
		w := lowerTok(d, toks[j])
		if j == k && (w == "that" || t.POS == "VBG") {
			return true
		}
		switch {
		case strings.HasPrefix(t.POS, "NN"):
			head = w
			continue
		case t.POS == "DT" || t.POS == "PRP$" || t.POS == "POS" || t.POS == "CD" || strings.HasPrefix(t.POS, "JJ") || t.POS == "PDT":
			if head != "" && t.POS != "POS" {
				break
			}
			continue
		case t.POS == "PRP" && j == k:
			head = w
		}
		break
	}
	return claimNouns[head] || claimNouns[nounLemma(head)] || eventClasses[nounLemma(head)] != ""
}

// rebutsClaim says whether the denial or dispute verb at toks[k] takes a
// claim: active, its object is a claim noun or a that-clause ("rejected
// this view", "denied that ..."); passive, its subject is one ("his
// contention was denied"). "The judge dismissed the cases", "Holmes was
// rejected" and "could be denied a deduction" are refusals.
func rebutsClaim(d *pipeline.Doc, toks []int, k int) bool {
	if k < 0 || k >= len(toks) {
		return false
	}
	if l := lemma(lowerTok(d, toks[k])); l == "contradict" || l == "rebut" {
		return true // said of people too: "contradicted the spokesman"
	}
	if d.Tokens[toks[k]].POS == "VBN" && auxBefore(d, toks, k) {
		for j := k - 1; j >= 0; j-- {
			if lemma(lowerTok(d, toks[j])) != "be" {
				continue
			}
			for h := j - 1; h >= 0 && h >= j-6; h-- {
				t := d.Tokens[toks[h]]
				if strings.HasPrefix(t.POS, "NN") || t.POS == "PRP" {
					w := lowerTok(d, toks[h])
					return claimNouns[w] || eventClasses[nounLemma(w)] != ""
				}
			}
			return false
		}
		return false
	}
	j := k + 1
	for j < len(toks) && (strings.HasPrefix(d.Tokens[toks[j]].POS, "RB") || d.Tokens[toks[j]].POS == "RP") {
		j++
	}
	return j < len(toks) && claimHeaded(d, toks, j)
}
