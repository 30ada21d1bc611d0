package quotes

// The subject that opens an earlier sentence, which a pronoun or a
// description may mean: an organisation or a country (sentenceSubject), or
// a person (personSubject), found at the sentence start after titles and
// role nouns (personOpening) or after an opening phrase of time, place or
// manner (personAfterOpener).

import (
	"iter"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// sentenceSubject returns the organisation (or, when allowCountry, the
// country) that opens the latest sentence of paragraph pi starting before
// off ("The Pentagon released figures. It said ..."), with its entity id
// and where its sentence starts, or at < 0. Persons are left out: a
// sentence-initial name is too often not the one a later "he" means.
func (x *extraction) sentenceSubject(pi, off int, allowCountry bool) (name, eid string, at int) {
	p := &x.paras[pi]
	pastDeterminer := func(k int) int {
		if k < len(p.toks) && determiners[p.toks[k].lower] {
			k++
		}
		return k
	}
	for s, k := range p.sentenceOpeningsBefore(off, pastDeterminer) {
		first := p.toks[k]
		if len(x.d.Mentions) > 0 {
			lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: first.start, End: first.start + 1})
			for _, m := range x.d.Mentions[lo:hi] {
				if m.Start == first.start && (m.Label == pipeline.LabelOrg || allowCountry && m.Label == pipeline.LabelGPE) && !isPossessor(x.text, m.Span) {
					return m.Canonical, m.EntityID, s[0]
				}
			}
			continue
		}
		// no mentions: a capitalised organisation name ("The Pentagon",
		// "Human Rights Watch")
		e := k
		var words []string
		for e < len(p.toks) && isNameTok(p.toks[e]) && p.toks[e].start < off {
			words = append(words, p.toks[e].text)
			if strings.HasSuffix(p.toks[e].lower, "'s") || strings.HasSuffix(p.toks[e].lower, "’s") {
				words = nil
				break
			}
			e++
		}
		if len(words) > 0 && (orgLike(words) || len(words) == 1 && determiners[p.toks[max(k-1, 0)].lower]) {
			return strings.Join(words, " "), "", s[0]
		}
	}
	return "", "", -1
}

// personSubject returns the person whose name opens the latest sentence of
// paragraph pi starting before off (titles and a leading adverb skipped),
// with its entity id and where its sentence starts, or at < 0. Names
// inside quote marks do not count: they are not the writer's subject. A
// sentence opened by a phrase of time, place or manner has its subject
// after the comma that closes the phrase ("On Sunday, Mr. Lee was
// magnanimous", "In an email, Lee, a former editor, defended his role").
func (x *extraction) personSubject(pi, off int) (name, eid string, at int) {
	p := &x.paras[pi]
	pastAdverbs := func(k int) int {
		for k < len(p.toks) && p.toks[k].start < off && (discourseAdverbs[p.toks[k].lower] || p.toks[k].text == ",") {
			k++
		}
		return k
	}
	for s, k := range p.sentenceOpeningsBefore(off, pastAdverbs) {
		if x.insideMark(p, p.toks[k].start) {
			continue
		}
		if len(x.d.Mentions) > 0 {
			if m := x.personOpening(p.toks[k].start, off); m != nil {
				return x.personName(m), m.EntityID, s[0]
			}
			if m := x.personAfterOpener(p, s, off); m != nil {
				return x.personName(m), m.EntityID, s[0]
			}
			continue
		}
		var words []string
		for e := k; e < len(p.toks) && isNameTok(p.toks[e]) && p.toks[e].start < off; e++ {
			if trimPossessive(p.toks[e].text) != p.toks[e].text {
				words = nil
				break
			}
			if len(words) == 0 && !x.opensName(p.toks[e]) {
				continue // "Once Smith sat down": the adverb is no part of the name
			}
			words = append(words, p.toks[e].text)
		}
		if w := stripTitles(words); personLike(w) {
			return strings.Join(w, " "), "", s[0]
		}
	}
	return "", "", -1
}

// sentenceOpeningsBefore yields, the latest first, each sentence of p that
// starts before off, with the index of the token that opens it once skip
// has stepped over the words a caller passes by (skip takes the index of
// the sentence's first token and returns that of the first token to
// read). A sentence whose opening so found is not a token before off is
// left out. A pronoun or a description looks back to the subject of the
// nearest sentence that can have one.
func (p *para) sentenceOpeningsBefore(off int, skip func(k int) int) iter.Seq2[[2]int, int] {
	return func(yield func(s [2]int, k int) bool) {
		for si := len(p.sents) - 1; si >= 0; si-- {
			s := p.sents[si]
			if s[0] >= off {
				continue
			}
			k := skip(p.tokIndex(s[0]))
			if k >= len(p.toks) || p.toks[k].start >= off {
				continue
			}
			if !yield(s, k) {
				return
			}
		}
	}
}

// personOpening returns the PERSON mention that opens a clause at from
// (only titles or role nouns before it, a possessor not counting) and
// ends before off, or nil.
func (x *extraction) personOpening(from, off int) *pipeline.Mention {
	start := from // where the words before the name start
	lo, hi := x.d.MentionsStartingIn(pipeline.Span{Start: start, End: start + 41})
	for mi := lo; mi < hi; mi++ {
		m := &x.d.Mentions[mi]
		if m.End > off || m.Label != pipeline.LabelPerson || isPossessor(x.text, m.Span) {
			continue
		}
		// only titles between the clause start and the name
		for _, t := range tokenize(x.text, from, m.Start) {
			if t.kind != 'w' || !titles[strings.ToLower(strings.TrimSuffix(t.text, "."))] && !roleNouns[t.lower] {
				return nil
			}
		}
		if x.modifiesRole(m.End) {
			// "McConnell spokesman Don Stewart": the spokesman
			from = m.End
			continue
		}
		return m
	}
	return nil
}

// personAfterOpener returns the person who is the subject of sentence s
// after an opening phrase of time, place or manner ("On Sunday, Mr. Lee
// …", "Steering clear of the loud, angry talk, Lee …", "At that moment,
// the French envoy, Ann Lee, whispered"), or nil: the first person that
// follows a comma of the sentence and stands alone ("In Ohio, Lee and Ward
// campaigned" names two people). A name in apposition to the phrase itself
// is not it ("On the topic of another rival, Mr. Ward, Mr. Lee was
// pressed"). A pronoun after a comma is the subject, and ends the search
// ("On Sunday, she said that after the vote, Ward called"), unless it
// reports a parenthesis ("At the time, she said, Ward was"); so does a
// content clause ("that") opened before the name.
func (x *extraction) personAfterOpener(p *para, s [2]int, off int) *pipeline.Mention {
	k := p.tokIndex(s[0])
	for k < len(p.toks) && (p.toks[k].lower == "and" || p.toks[k].lower == "but") {
		k++
	}
	if k >= len(p.toks) || !sentenceOpeners[p.toks[k].lower] && !participleOpener(p.toks[k]) {
		return nil
	}
	for c := k + 1; c+1 < len(p.toks) && p.toks[c+1].start < off && p.toks[c].start < s[1]; c++ {
		if p.toks[c].lower == "that" && (c+1 >= len(p.toks) || !timeNouns[p.toks[c+1].lower]) {
			return nil // a content clause ("… said that, at the fair, Ward …"), not "At that moment"
		}
		if p.toks[c].text != "," || x.insideMark(p, p.toks[c].start) {
			continue
		}
		if subjectPronoun[p.toks[c+1].lower] {
			if c+3 < len(p.toks) && p.toks[c+3].text == "," && isCueForm(p.toks[c+2].lower) {
				c += 2 // "At the time, she said, Ward was …"
				continue
			}
			return nil
		}
		m := x.personOpening(p.toks[c+1].start, off)
		if m == nil {
			continue
		}
		if after := skipSpaces(x.text, m.End); after < len(x.text) && x.text[after] == ',' {
			if n := x.personOpening(skipSpaces(x.text, after+1), off); n != nil {
				m = n // the phrase's own name in apposition, then the subject
			}
		}
		next := strings.ToLower(x.text[m.End:min(len(x.text), m.End+5)])
		if strings.HasPrefix(next, " and ") || strings.HasPrefix(next, " or ") || strings.HasPrefix(next, " &") {
			return nil
		}
		return m
	}
	return nil
}

// timeNouns follow "that" in an opening phrase of time ("At that moment,").
var timeNouns = set("moment", "time", "point", "day", "week", "month", "year", "night", "morning", "evening", "stage", "hour")

// subjectPronoun are the pronouns that can be the subject of a clause.
var subjectPronoun = set("he", "she", "they", "we", "i", "you", "it")

// sentenceOpeners open a phrase of time, place or manner before the
// subject of a sentence: "On Sunday, Lee said", "As the crowd cheered, Lee
// went on", "Unlike Ward, Lee has".
var sentenceOpeners = set("in", "on", "at", "after", "before", "during", "since", "for", "with",
	"without", "despite", "throughout", "unlike", "like", "amid", "among", "by", "from", "under",
	"over", "following", "as", "when", "while", "although", "though", "because", "once", "until",
	"upon", "within", "across", "even", "later", "earlier", "last", "this")

// skipSpaces returns the offset of the first byte at or after i in text
// that is no space.
func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// participleOpener reports whether a sentence opens with a participle
// phrase ("Turning to the budget, …", "Asked about the levy, …").
func participleOpener(t token) bool {
	return t.kind == 'w' && (len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") || t.lower == "asked" || t.lower == "pressed")
}

// modifiesRole reports whether a name ending at off modifies the role
// noun or title right after it ("McConnell spokesman Don Stewart",
// "Trump adviser Roger Stone").
func (x *extraction) modifiesRole(off int) bool {
	rest := strings.TrimLeft(x.text[off:min(len(x.text), off+40)], " ")
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		rest = strings.TrimLeft(rest[strings.Index(rest, "s")+1:], " ")
	}
	w := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) && r != '-' }); k >= 0 {
		w = rest[:k]
	}
	w = strings.ToLower(w)
	return w != "" && (roleNouns[w] || roleNouns[strings.TrimSuffix(w, "s")] || titles[w] || w == "adviser" || w == "aide")
}

// isCueForm reports whether word is a form of a reporting verb ("said",
// "says", "added").
func isCueForm(word string) bool {
	_, ok := cueForms[word]
	return ok
}
