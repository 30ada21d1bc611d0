package claims

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// A denial in one article of what another article reports as done: "there
// was no copying of Ann Lee's speech" (a spokesman, one day) against "the
// governor gave a budget speech copied in part from one given by Ann Lee"
// (another outlet, the next day); "Ann Lee has no plans to meet Mark Stone"
// against "Ann Lee met Mark Stone at the palace on Saturday". The two
// claims seldom share a subject and a main verb, or much of their wording,
// so the proposition and paraphrase tests miss them: the
// denial names the act in a noun or after "plans to", the report in a
// participle or a subordinate clause. What they share is the act itself —
// the verb the negation governs in one is a verb of the other — and the
// people it involves.
//
// A claim's denied verb is found by its document alone (Prepare), and so
// are the verbs it uses; the Linker lists a claim with a denied verb under
// it (block key 'd'), and a claim that asserts looks up its own verbs there,
// so that a report meets the denials made before it; a denial made after the
// report finds it under their shared entities.

// deniedVerbKey is the block key kind of a denied verb.
const deniedVerbKey = 'd'

// maxDaysApartDenied is how far apart the documents of a denial and the
// report it contradicts may be: a denial answers a report of the same days.
const maxDaysApartDenied = 7

// verbFacts returns the lemma of the verb a negation of the clause's main
// verb governs ("did not email" email, "neither sent nor received" send,
// "there was no copying" copy, "has no plans to meet" meet), or "" when the
// negation is of a noun, an adjective or a vague verb ("is not the city I
// know", "did not make the city safe"), or of a verb inside a relative
// clause or a noun phrase ("the mayor, who hadn't voted in the primary,
// decided", "broke with his habit of not naming rivals"), which is not
// what the claim says; and the lemmas of the clause's verbs that say
// more than be, have or say. mainAt is the main verb's index in the
// clause's tokens (analysis.mainAt); negatorWord says whether a word of the
// clause negates (analysis.negatorWord).
func verbFacts(d *pipeline.Doc, cl pipeline.Span, mainAt int, negatorWord bool) (denied string, verbs []string) {
	toks := tokensIn(d, cl)
	low := func(k int) string { return lowerTok(d, toks[k]) }
	for k := range toks {
		t := d.Tokens[toks[k]]
		if !strings.HasPrefix(t.POS, "VB") {
			continue
		}
		if l := lemma(t.Text); !vaguePredicates[l] && !auxiliaries[l] && !slices.Contains(verbs, l) {
			verbs = append(verbs, l)
		}
	}
	if mainAt < 0 || !negatorWord {
		return "", verbs
	}
	// the negator before the main verb's auxiliaries ("had not been
	// left"), or right after a light main verb ("there's no", "has no")
	for k := max(mainAt-3, 0); k < len(toks) && k <= mainAt+1; k++ {
		if w := low(k); !negators[w] || w == "little" || w == "few" || w == "without" {
			continue
		}
		if relativeOpensNegation(d, toks, k) {
			continue // "the mayor, who hadn't voted in the primary, decided"
		}
		if denied = governedVerb(d, toks, k, low); denied != "" {
			break
		}
	}
	return denied, verbs
}

// relativeOpensNegation says whether a relative pronoun opens the clause of the
// negator at k: within the three tokens before it.
func relativeOpensNegation(d *pipeline.Doc, toks []int, k int) bool {
	for j := max(k-3, 0); j < k; j++ {
		if p := d.Tokens[toks[j]].POS; p == "WP" || p == "WDT" {
			return true
		}
	}
	return false
}

// governedVerb reads forward from the negator at k to the verb it governs,
// over auxiliaries, adverbs, determiners, other negators, and a noun of
// intention before "to" ("no plans to meet"); a gerund noun is a verb
// ("no copying"). Any other word ends the search.
func governedVerb(d *pipeline.Doc, toks []int, k int, low func(int) string) string {
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		w, pos := low(j), d.Tokens[toks[j]].POS
		switch {
		case negators[w] || w == "to" || strings.HasPrefix(pos, "RB") || pos == "DT" || pos == "MD":
			continue
		case strings.HasPrefix(pos, "VB"):
			l := lemma(w)
			if auxiliaries[l] {
				continue
			}
			if vaguePredicates[l] {
				return ""
			}
			return l
		case strings.HasPrefix(pos, "NN") && strings.HasSuffix(w, "ing") && len(w) > 5:
			if l := lemma(w); !vaguePredicates[l] {
				return l
			}
			return ""
		case strings.HasPrefix(pos, "NN") && j+2 < len(toks) && low(j+1) == "to" && strings.HasPrefix(d.Tokens[toks[j+2]].POS, "VB"):
			continue // "no plans to meet": the intention's verb
		}
		return ""
	}
	return ""
}

// deniedStatementConflict: one claim says an act did not happen (its denied
// verb, negated or denied), and a claim of another document by another
// claimant, a few days apart, asserts that act: the denied verb is one of
// its verbs, and it names the same people — two people or organisations,
// or one and a word of the act besides the names and the verb ("copying of
// Ann Lee's speech", "a speech copied ... from one given by Ann Lee").
// Places do not count: "only one candidate has not won in both Kent and
// Surrey" says nothing of who won Surrey.
func (l *Linker) deniedStatementConflict(a, b *claimView) (string, bool) {
	if a.doc == b.doc {
		return "", false
	}
	for _, pair := range [2][2]*claimView{{a, b}, {b, a}} {
		neg, pos := pair[0], pair[1]
		if neg.deniedVerb == 0 || !l.rejects(neg) || l.rejects(pos) || stances[pos.stance] != pipeline.StanceAsserts ||
			pos.has(flagNegatorWord) || neg.has(flagHedged) || pos.has(flagHedged) || neg.has(flagIrrealis) || pos.has(flagIrrealis) ||
			neg.has(flagComment) || pos.has(flagComment) || !slices.Contains(pos.verbs, neg.deniedVerb) {
			continue
		}
		if !l.withinDays(neg, pos, maxDaysApartDenied) {
			continue
		}
		var shared []string
		for _, e := range neg.agents {
			if slices.Contains(pos.agents, e) {
				shared = append(shared, l.actorNameOf(neg, pos, e))
			}
		}
		if len(shared) == 0 || len(shared) == 1 && !l.sharesActWord(neg, pos, shared[0]) {
			continue
		}
		// Two named doers are two acts ("Mark Stone never mentioned Ann
		// Lee", "Tom Reed mentioned Ann Lee in his speech").
		if neg.subject != 0 && pos.subject != 0 && neg.subject != pos.subject {
			continue
		}
		// When the act is the main verb of both, its objects must agree:
		// "did not sign the budget" is not contradicted by "signed the
		// letter".
		if neg.predicate == neg.deniedVerb && pos.predicate == neg.deniedVerb &&
			neg.objectWord != 0 && pos.objectWord != 0 && neg.objectWord != pos.objectWord {
			continue
		}
		return fmt.Sprintf("about %s, %s says not '%s' (%q); %s says so (%q)", strings.Join(shared, ", "),
			l.strs.str(neg.claimant), l.strs.str(neg.deniedVerb), neg.excerpt, l.strs.str(pos.claimant), pos.excerpt), true
	}
	return "", false
}

// withinDays says whether two claims have the same stated date, or come
// from dated documents at most days apart.
func (l *Linker) withinDays(a, b *claimView, days int32) bool {
	if a.time != 0 && a.time == b.time {
		return true
	}
	da, db := l.docs[a.doc], l.docs[b.doc]
	return da.dated && db.dated && max(da.day-db.day, db.day-da.day) <= days
}

// sharesActWord says whether a denial and a report have a content word in
// common besides the shared actor's name, a title, and the denied verb.
func (l *Linker) sharesActWord(neg, pos *claimView, name string) bool {
	names := strings.Fields(strings.ToLower(name))
	for i, j := 0, 0; i < len(neg.words) && j < len(pos.words); {
		switch a, b := neg.words[i], pos.words[j]; {
		case a == b:
			w := l.strs.str(a)
			if len(w) > 2 && !slices.Contains(names, w) && lemma(w) != l.strs.str(neg.deniedVerb) {
				return true
			}
			i++
			j++
		case a < b:
			i++
		default:
			j++
		}
	}
	return false
}
