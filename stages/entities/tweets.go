package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the span rules for the conventions of posts quoted or
// collected from social media: the retweet mark, names joined by "&" or
// "/" into one span, and the first word of a sentence in another language
// read as a name. They were written from the errors on the Broad
// Twitter Corpus sections that are not news (docs/MODEL.md, tweet
// conventions).

// dropRetweetMarks drops a candidate that is the retweet mark "RT" or
// "MT" (a modified retweet): before a user name or a colon ("RT @user :
// ...", "MT : ..."), "RT" also before a link ("Please RT http://..."), and
// anywhere in a post that holds a user name or a link ("Thanks for the
// RT !", "RT if you agree") unless a neighbouring word makes it the
// broadcaster ("told RT", "RT reported", as for the other ambiguous short
// forms). Elsewhere "RT" may be the broadcaster ("RT's correspondent"),
// and "MT" Montana ("Billings, MT"), and both are left to the model.
func dropRetweetMarks(sc *scratch, texts []string) {
	kept := sc.cands[:0]
	post := false
	for _, t := range texts {
		post = post || isHandle(t) || strings.HasPrefix(t, "http")
	}
	for _, c := range sc.cands {
		if !(c.b-c.a == 1 && isRetweetMark(texts, c.a, post)) {
			kept = append(kept, c)
		}
	}
	sc.cands = kept
}

// isRetweetMark reports whether texts[i] is a retweet mark; post says
// that the sentence holds a user name or a link.
func isRetweetMark(texts []string, i int, post bool) bool {
	t := texts[i]
	if t != "RT" && t != "MT" {
		return false
	}
	next := ""
	if i+1 < len(texts) {
		next = texts[i+1]
	}
	switch {
	case next == ":" || strings.HasPrefix(next, "@"):
		return true
	case t == "MT":
		return false
	case strings.HasPrefix(next, "http"):
		return true
	}
	return post && !cue(prevText(texts, i)) && !cue(next)
}

// splitJoinedNames cuts a model span of two names joined by "&" or "/"
// ("Labour & Greens", "Barnham / Eastergate") into the two names, when
// each side is a name the gazetteer knows or an acronym, and the whole is
// not a known name. An ampersand inside one name ("Procter & Gamble", "AT
// & T") leaves sides the gazetteer does not know, or a single letter.
func (s *Stage) splitJoinedNames(sc *scratch, texts []string) {
	n := len(sc.cands)
	for ci := 0; ci < n; ci++ {
		c := sc.cands[ci]
		if !c.fromModel || c.b-c.a < 3 || s.known(texts, c.a, c.b) {
			continue
		}
		for k := c.a + 1; k < c.b-1; k++ {
			if texts[k] != "&" && texts[k] != "/" {
				continue
			}
			if s.nameSide(texts, c.a, k) && s.nameSide(texts, k+1, c.b) {
				sc.cands[ci].b = k
				sc.cands = append(sc.cands, cand{a: k + 1, b: c.b, label: c.label, fromModel: true})
			}
			break
		}
	}
}

// nameSide reports whether texts[a:b] is one side of two joined names: a
// known gazetteer name, or one acronym of two or more capitals.
func (s *Stage) nameSide(texts []string, a, b int) bool {
	if b-a == 1 && isCapitals(texts[a]) {
		return true
	}
	return s.known(texts, a, b)
}

// isCapitals reports a word of two or more letters, all capitals.
func isCapitals(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dropForeignOpeners drops a one-word model name opening a sentence in
// another language ("Vamos com tudo hoje", "Hace unos meses"): the model
// reads the capitalised first word of a sentence whose words it does not
// know as a name. A sentence is taken for another language when it has at
// least three lower-case words and fewer than a third of them are common
// English words; a first word that the gazetteer or the name lists know
// stays.
func (s *Stage) dropForeignOpeners(sc *scratch, texts []string) {
	if !s.foreignSentence(texts) {
		return
	}
	kept := sc.cands[:0]
	for _, c := range sc.cands {
		if c.fromModel && c.a == 0 && c.b == 1 && !s.known(texts, 0, 1) {
			if end, _ := s.gaz.LongestName(texts[:1], 0, false); end != 1 {
				continue
			}
		}
		kept = append(kept, c)
	}
	sc.cands = kept
}

// foreignSentence reports a sentence of at least three lower-case words,
// fewer than a third of them common English words.
func (s *Stage) foreignSentence(texts []string) bool {
	words, common := 0, 0
	for _, t := range texts {
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLower(r) || strings.HasPrefix(t, "http") {
			continue
		}
		words++
		if s.feat.IsCommon(t) {
			common++
		}
	}
	return words >= 3 && 3*common < words
}
