package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// weekdayNames are capitalised but never part of a speaker's name: "Alan
// Garcia Tuesday said", "Also Tuesday the ministry said".
var weekdayNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// notNameOpeners are closed-class words that a sentence start capitalises;
// none of them opens a name ("But he", "Some reports", "Wish I").
var notNameOpeners = set("some", "all", "many", "most", "several", "both", "each", "every",
	"no", "any", "few", "other", "others", "such", "his", "her", "their", "its", "our", "my",
	"your", "he", "she", "it", "they", "we", "i", "you", "there", "here", "once", "even",
	"only", "just", "not", "in", "on", "at", "for", "with", "from", "by", "during", "after",
	"before", "under", "over", "despite", "to", "of", "about", "against", "among", "without")

// opensName reports whether a capitalised token can open a name. With tags
// only a proper noun can (a sentence-initial "Attorneys", "Officials" or
// "Important" is a common word); without tags, closed-class words, weekdays
// and a sentence-initial word that the document also writes in lower case
// cannot.
func (x *extraction) opensName(t token) bool { return x.opensNameOf(t, true) }

// opensNameOf is opensName; without deep, the look-up of a lower-case copy
// in the text is skipped (for the many runs of the whole text, where the
// closed lists and tags suffice).
func (x *extraction) opensNameOf(t token, deep bool) bool {
	if !isNameTok(t) || notNameOpeners[t.lower] || weekdayNames[strings.TrimSuffix(t.lower, ".")] {
		return false
	}
	if tag := x.posTag(t.start); tag != "" {
		return strings.HasPrefix(tag, "NNP") || tag == "FW" || strings.Contains(t.text, ".") || isAllCaps(t.text)
	}
	return !deep || !(x.atSentenceStart(t.start) && x.writtenLower(t.lower))
}

// atSentenceStart reports whether off opens a sentence: only white space,
// quote marks or brackets since a paragraph start or a sentence end.
func (x *extraction) atSentenceStart(off int) bool {
	for k := off - 1; k >= 0; k-- {
		c := x.text[k]
		switch {
		case c == '\n':
			return true
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c >= 0x80:
			continue
		case c == '.' || c == '!' || c == '?' || c == ':':
			return true
		default:
			return false
		}
	}
	return true
}

// writtenLower reports whether the document writes the word in lower case
// somewhere: then a capitalised copy at a sentence start is the same
// common word.
func (x *extraction) writtenLower(lower string) bool {
	if len(lower) < 3 {
		return false
	}
	if v, ok := x.lowerSeen[lower]; ok {
		return v
	}
	if x.lowerSeen == nil {
		x.lowerSeen = map[string]bool{}
	}
	v := x.findLower(lower)
	x.lowerSeen[lower] = v
	return v
}

func (x *extraction) findLower(lower string) bool {
	for i := 0; ; {
		k := strings.Index(x.text[i:], lower)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(lower)
		before := k == 0 || !isWordRune(rune(x.text[k-1]))
		after := e >= len(x.text) || !isWordRune(rune(x.text[e]))
		if before && after {
			return true
		}
		i = k + 1
	}
}

// trimRun drops the words of a capitalised run that cannot belong to a
// name: leading common or closed-class words ("Once Peter", "Sees Jones",
// "Some Manhattan") and trailing weekdays and months ("Alan Garcia
// Tuesday").
func (x *extraction) trimRun(r []token) []token { return x.trimRunOf(r, true) }

// trimRunOf is trimRun with the depth of opensNameOf.
func (x *extraction) trimRunOf(r []token, deep bool) []token {
	for len(r) > 0 && !x.opensNameOf(r[0], deep) {
		r = r[1:]
	}
	for len(r) > 0 && (weekdayNames[strings.TrimSuffix(r[len(r)-1].lower, ".")] || isConnector(r[len(r)-1])) {
		r = r[:len(r)-1]
	}
	return r
}

// trimTimeWords drops trailing weekdays from a name's words (months stay:
// "Theresa May", "Cape May").
func trimTimeWords(w []string) []string {
	for len(w) > 1 && weekdayNames[strings.ToLower(w[len(w)-1])] {
		w = w[:len(w)-1]
	}
	return w
}

// modifierRun reports whether the run toks[s:e] modifies a lower-case
// noun that follows it in the same phrase ("the Sri Lankan official", "a
// French Catholic priest"): the run is then not the speaker's name.
func modifierRun(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	n := toks[e]
	return n.kind == 'w' && !isCapitalized(n.text) && !isConnector(n) && !clauseBoundaries[n.lower] &&
		!strings.HasSuffix(toks[e-1].lower, "'s") && !strings.HasSuffix(toks[e-1].lower, "’s")
}

// insideLabel reports whether a mention with one of the labels covers the
// span.
func (x *extraction) insideLabel(s pipeline.Span, labels ...string) bool {
	// Mentions are in text order and do not overlap: only the last two
	// starting at or before s can hold it.
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start > s.Start })
	for _, m := range x.d.Mentions[max(0, k-2):k] {
		if m.Start <= s.Start && s.End <= m.End {
			for _, l := range labels {
				if m.Label == l {
					return true
				}
			}
		}
	}
	return false
}

// nameTag returns the tag of a token, read as a proper noun when the
// tagger takes a capitalised word inside a person's name for a verb: a
// surname at a sentence start ending in -ing or -ed ("Schilling told
// WEEI:", VBG) is no participle.
func (x *extraction) nameTag(t pipeline.Token) string {
	if !strings.HasPrefix(t.POS, "VB") || t.Text == "" || t.Text[0] < 'A' || t.Text[0] > 'Z' {
		return t.POS
	}
	if x.insideLabel(t.Span, pipeline.LabelPerson) {
		return "NNP"
	}
	return t.POS
}

// isNameTok reports whether a word can belong to a proper name.
func isNameTok(t token) bool {
	if t.kind == 'w' && arabicArticle(t.text) {
		return true // "al-Ansari", "el-Sissi"
	}
	if t.kind != 'w' || !isCapitalized(t.text) {
		return false
	}
	// "Britain-based", "U.S.-led": adjectives, not names
	// ("Ki-moon", "Jean-baptiste" are names: only an adjectival second
	// part makes an adjective)
	if k := strings.LastIndexAny(t.text, "-"); k > 0 && k+1 < len(t.text) && !isCapitalized(t.text[k+1:]) && adjectivalPart(t.lower[k+1:]) {
		return false
	}
	return !determiners[t.lower] && !discourseAdverbs[t.lower]
}

// arabicArticle reports a name that opens with a lower-case Arabic
// article: "al-Ansari", "el-Sissi", "ash-Shara".
func arabicArticle(w string) bool {
	for _, pre := range []string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre) && isCapitalized(w[len(pre):]) {
			return true
		}
	}
	return false
}

// adjectivalPart reports whether the part after a hyphen makes the word an
// adjective or a common compound: "-based", "-led", "-speaking", "-born".
func adjectivalPart(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return true
	}
	switch w {
	case "born", "run", "made", "wide", "style", "era", "like", "type", "bound", "held", "owned", "built", "in", "up", "out", "general", "elect", "in-chief", "chief", "american", "friendly", "free", "related", "day", "year", "old", "time", "level", "term", "down":
		return true
	}
	return false
}

// isNamePhrase reports whether tokens [s,e) are a capitalised name (titles
// included), allowing "of", "for", "the", "and" between capitalised words.
func isNamePhrase(p *para, s, e int) bool {
	if s >= e {
		return false
	}
	// "Sen. Ann Lee (D-Ore.)": a parenthetical closing the name
	if e-s > 2 && p.toks[e-1].text == ")" {
		for b := e - 2; b > s; b-- {
			if p.toks[b].text == "(" {
				e = b
				break
			}
		}
	}
	for k := s; k < e; k++ {
		t := p.toks[k]
		if isNameTok(t) {
			continue
		}
		if (t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "the" || t.lower == "al" || t.lower == "bin" || t.lower == "de") && k > s && k+1 < e {
			continue
		}
		return false
	}
	return true
}
