package claims

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
	"golang.org/x/text/unicode/norm"
)

// Whether a claimant agrees with an annotated source: the source's name
// words, acronyms and coordinated parts, and the fairer readings (the
// claimant's entity, accents, a description the document gives).

// namedWords returns the words of an annotated source that name someone:
// capitalised words that are not pronouns or determiners, and that the
// split does not mostly write in lower case (a common word opening a
// sentence, "In each of the three counties, about a third of farmers",
// "Politicians and even some technologists", names no one). Dots are
// dropped, so "U.S." is "us" on both sides of the comparison.
func namedWords(source string, lowerMostly map[string]bool) []string {
	var out []string
	for _, w := range strings.Fields(source) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		w = withoutApostrophes(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) < 2 || !unicode.IsUpper(r) {
			continue
		}
		l := strings.ToLower(w)
		switch l {
		case "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "its", "our", "this",
			"that", "these", "those", "some", "many", "one", "both", "mr", "mrs", "ms", "dr", "sen", "rep", "gov":
			continue
		}
		if lowerMostly[l] {
			continue
		}
		out = append(out, strings.ReplaceAll(l, ".", ""))
	}
	return out
}

// lowerCaseWords returns the words the documents write in lower case more
// often than capitalised.
func lowerCaseWords(docs []polnearDoc) map[string]bool {
	lower, upper := map[string]int{}, map[string]int{}
	for _, pd := range docs {
		for _, t := range pd.doc.Tokens {
			r, _ := utf8.DecodeRuneInString(t.Text)
			switch {
			case unicode.IsLower(r):
				lower[t.Text]++
			case unicode.IsUpper(r):
				upper[strings.ToLower(t.Text)]++
			}
		}
	}
	out := map[string]bool{}
	for w, n := range lower {
		if n > upper[w] {
			out[w] = true
		}
	}
	return out
}

// claimantNames says whether a claimant shares a name word with the
// source, or is its acronym, or is the source's own words or one of its
// coordinated parts ("officials" of "RNC members and officials").
func claimantNames(claimant string, source []string, sourceText string) bool {
	words := map[string]bool{}
	initials := ""
	var plain []string
	for _, w := range strings.Fields(claimant) {
		plain = append(plain, withoutApostrophes(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")))
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(strings.Join(plain, " "), ".", "")), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
		initials += w[:1]
	}
	for _, w := range source {
		if words[w] || len(w) > 1 && w == initials {
			return true
		}
	}
	if wordsWithin(claimant, sourceText) {
		return true
	}
	return nameMatch(strings.Join(source, " "), claimant)
}

// withoutApostrophes drops the apostrophes inside a name, straight or
// curly, so that "O’Donnell" in a source matches "O'Donnell" in a
// claimant.
func withoutApostrophes(w string) string {
	return strings.NewReplacer("'", "", "’", "").Replace(w)
}

// wordsWithin says whether the words of a run in order are words of text
// in a row.
func wordsWithin(run, text string) bool {
	split := func(s string) string {
		return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	}
	r := split(run)
	return len(strings.TrimSpace(r)) > 1 && strings.Contains(split(text), r)
}

// whySpeakerMissed sorts a claimant miss of a reported claim by where it
// arises: the quote the claim comes from is the attribution's (same cue)
// and its speaker is wrong; the claim comes from another quote although
// one with the attribution's cue exists; no quote has the attribution's
// cue; the quote has no speaker (an own-voice claim hedged by quote
// marks).
func whySpeakerMissed(d *pipeline.Doc, a polnearAttr, c pipeline.Claim, names []string) string {
	q := d.Quotes[c.Quote]
	overlapsCue := func(q pipeline.Quote) bool {
		for _, p := range a.cue {
			if q.Cue.Overlaps(p) {
				return true
			}
		}
		return false
	}
	overlapsSource := func(q pipeline.Quote) bool {
		for _, p := range a.source {
			if q.Source.Overlaps(p) {
				return true
			}
		}
		return false
	}
	switch {
	case q.Speaker == "":
		return "SORT unattributed quote"
	case overlapsCue(q) && overlapsSource(q):
		return "SORT same cue, same source span, speaker resolved otherwise"
	case overlapsCue(q):
		return "SORT same cue, other source"
	}
	for qi, o := range d.Quotes {
		if qi != c.Quote && overlapsCue(o) {
			if claimantNames(speakerName(d, o), names, a.SourceText) {
				return fmt.Sprintf("SORT other quote taken, the cue's quote %d agrees (%q)", qi, o.Speaker)
			}
			return fmt.Sprintf("SORT other quote taken, the cue's quote %d disagrees too (%q)", qi, o.Speaker)
		}
	}
	return "SORT no quote of the cue"
}

// fairAgreement says how a claimant that shares no word with the named
// source still names it, or "" when it does not: the claimant's entity is
// also written as the source's head ("HuffPost" for "the Huffington
// Post", "Mark Stone" for "Stone, a friend of hers since school ..."); the
// two agree once accents are dropped ("Zárate" and "Zarate"); or the
// source describes someone by a place or party and a title ("The Florida
// senator", "the New Jersey governor") and the document names the
// claimant with those words right before the name ("Florida Sen. Marco
// Rubio"). A description the document does not tie to the claimant so
// ("a Democratic senator" for John Cornyn) is no agreement.
func fairAgreement(d *pipeline.Doc, c pipeline.Claim, names []string, sourceText string, lowerMostly map[string]bool) string {
	if c.Claimant == "" {
		return ""
	}
	if c.ClaimantEntityID != "" {
		// the source's head only: a long apposition names other
		// things ("a former United States consul in Lisbon")
		head := sourceText
		if i := strings.IndexAny(head, ",(—"); i > 0 {
			head = head[:i]
		}
		headNames := namedWords(head, lowerMostly)
		for _, m := range d.Mentions {
			if m.EntityID == c.ClaimantEntityID && claimantNames(m.Text, headNames, head) {
				return "a mention of the claimant's entity"
			}
		}
	}
	folded := make([]string, len(names))
	for i, n := range names {
		folded[i] = withoutAccents(n)
	}
	if claimantNames(withoutAccents(c.Claimant), folded, withoutAccents(sourceText)) {
		return "without accents"
	}
	if describedAs(d, c.Claimant, sourceText, names) {
		return "a description the document gives the claimant"
	}
	return ""
}

// withoutAccents drops the combining marks of a string's letters.
func withoutAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// describedAs says whether a source is a description headed by a common
// noun ("The Florida senator") whose named words the document writes right
// before the claimant's name, with at most three title words between
// ("Florida Sen. Marco Rubio", "New Jersey Gov. Chris Christie").
func describedAs(d *pipeline.Doc, claimant, sourceText string, names []string) bool {
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(sourceText), ",;:"))
	if len(words) < 2 || len(names) == 0 || len(strings.Fields(claimant)) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[len(words)-1]); !unicode.IsLower(r) {
		return false // a name, not a description headed by a common noun
	}
	toks := d.Tokens
	lowText := func(i int) string { return strings.ReplaceAll(strings.ToLower(toks[i].Text), ".", "") }
	name := strings.Fields(claimant)
	for i := range toks {
		k := 0
		for k < len(names) && i+k < len(toks) && lowText(i+k) == names[k] {
			k++
		}
		if k < len(names) {
			continue
		}
		for gap := 0; gap <= 3; gap++ {
			j := i + k + gap
			if j+len(name) > len(toks) {
				break
			}
			if gap > 0 {
				t := toks[j-1].Text
				if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) && !strings.HasSuffix(t, ".") {
					break
				}
			}
			match := true
			for n, w := range name {
				if toks[j+n].Text != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}
