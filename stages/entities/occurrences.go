package entities

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// This file holds the other occurrences of a name: the places where a name
// the document (otherOccurrences) or the run (the batch vote) knows stands
// and no mention covers it (freeOccurrences).

// otherOccurrences adds the occurrences of the document's names that no
// mention covers: a name found once in running text is the same name
// wherever the same words stand in the document (the model reads each
// sentence alone and misses some occurrences; "Coron" found in one
// sentence is found in all). The surname of a person named in full counts
// as a name of its own ("Higuchi" after "Ichiyo Higuchi"). Only names
// with one label in the document, not common lower-case words alone, and
// exact matches of their words are taken.
func (s *Stage) otherOccurrences(d *pipeline.Doc, sc *scratch, ms []mention) []mention {
	o := &sc.occ
	o.reset()
	// A surname is the person shortForms took it for; the mentions come in
	// text order, so a surname's first canonical is that person's.
	var people personTable
	for _, m := range ms {
		if text := d.Text[m.Start:m.End]; m.label == pipeline.LabelPerson && strings.Contains(text, " ") {
			canon := m.canonical
			if canon == "" {
				canon = plainName(text, m.heading)
			}
			words := strings.Fields(text)
			if m.heading {
				words = strings.Fields(canon)
			}
			people.add(words, canon, m.canonical == "", m.sent, s.nameShaped(words))
		}
	}
	add := func(text, label, canonical string, surname bool) {
		if i, ok := o.byText[text]; ok {
			n := &o.names[i]
			if n.label != label {
				n.clash = true
			} else if n.canonical != canonical && !surname {
				n.canonical = plainName(text, false)
			}
			return
		}
		first := len(o.words)
		for w := range strings.FieldsSeq(text) {
			o.words = append(o.words, w)
		}
		if len(o.words) == first {
			return // no words: an empty name is no name
		}
		if len(o.words)-first == 1 && (s.feat.IsCommon(text) || !upperInitial(text) || isInitial(text) || isAcronym(text) && canonical == text) {
			o.words = o.words[:first]
			return
		}
		i := int32(len(o.names))
		o.byText[text] = i
		next, ok := o.byFirst[o.words[first]]
		if !ok {
			next = -1
		}
		o.byFirst[o.words[first]] = i
		o.names = append(o.names, occName{first: int32(first), end: int32(len(o.words)), label: label, canonical: canonical, next: next})
	}
	for _, m := range ms {
		text := d.Text[m.Start:m.End]
		if m.heading || m.ambiguous || strings.ContainsAny(text, "\n\t") {
			continue
		}
		canon := m.canonical
		if canon == "" {
			canon = plainName(text, false)
		}
		single := !strings.Contains(text, " ")
		add(text, m.label, canon, single && m.label == pipeline.LabelPerson)
		if !single && m.label == pipeline.LabelPerson {
			_, surname, _ := nameParts(strings.Fields(text))
			c, ok := people.bySurname(surname)
			if !ok {
				c = plainName(surname, false) // a surname of several people
			}
			add(surname, m.label, c, true)
		}
	}
	if len(o.names) == 0 {
		return ms
	}
	n0 := len(ms)
	o.covered = o.covered[:0]
	for _, m := range ms {
		o.covered = append(o.covered, m.Span)
	}
	o.found = freeOccurrences(d, o.covered, searchedSentence, o, o.found[:0])
	for _, f := range o.found {
		n := &o.names[f.name]
		ms = append(ms, mention{Span: f.Span, sent: f.sent, label: n.label, canonical: n.canonical})
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// occurrences holds otherOccurrences' per-document tables, reused.
type occurrences struct {
	names   []occName
	words   []string         // the names' words, names[i].first to .end
	byText  map[string]int32 // name text -> index in names
	byFirst map[string]int32 // first word -> the last name with it (then .next)
	covered []pipeline.Span  // the spans of the mentions found before the scan
	found   []nameAt         // the scan's finds
}

// occName is one name of a document.
type occName struct {
	first, end       int32
	label, canonical string
	clash            bool  // the document gives it two labels
	next             int32 // the previous name with the same first word, or -1
}

func (o *occurrences) reset() {
	o.names, o.words = o.names[:0], o.words[:0]
	if o.byText == nil {
		o.byText, o.byFirst = map[string]int32{}, map[string]int32{}
	}
	clear(o.byText)
	clear(o.byFirst)
}

// A nameIndex lists the names a scan for free occurrences looks for, by
// their first word: start returns the first name to try where word stands,
// after the one to try after name i (-1 ends either), and wordsOf a name's
// words.
type nameIndex interface {
	start(word string) int
	after(i int) int
	wordsOf(i int) []string
}

// start, after and wordsOf make the document's names a nameIndex; a name
// the document gives two labels is skipped.
func (o *occurrences) start(word string) int {
	i, ok := o.byFirst[word]
	if !ok {
		return -1
	}
	return o.unclashed(i)
}

func (o *occurrences) after(i int) int { return o.unclashed(o.names[i].next) }

func (o *occurrences) wordsOf(i int) []string { return o.words[o.names[i].first:o.names[i].end] }

// unclashed returns i or the first name after it with one label, or -1.
func (o *occurrences) unclashed(i int32) int {
	for ; i >= 0; i = o.names[i].next {
		if !o.names[i].clash {
			return int(i)
		}
	}
	return -1
}

// nameAt is a place where a name of a nameIndex stands.
type nameAt struct {
	name int // the name's index
	pipeline.Span
	sent int
}

// freeOccurrences appends to found the places in d where a name of names
// stands and no span of covered (sorted by start) does, in the sentences
// inScope accepts, in text order. At a token it takes the first name, in
// the index's order, whose exact words stand there (the last one possibly
// with a possessive, which stays outside the span), inside the sentence,
// before the next covered span, and not inside a longer capitalised run
// (inLongerName); the scan goes on after the name taken. The document pass
// (otherOccurrences) and the batch vote both read occurrences this way.
func freeOccurrences(d *pipeline.Doc, covered []pipeline.Span, inScope func(d *pipeline.Doc, si int) bool,
	names nameIndex, found []nameAt) []nameAt {
	// The covered spans are sorted by start; so are the tokens.
	next := 0
	for ti := 0; ti < len(d.Tokens); ti++ {
		tok := d.Tokens[ti]
		for next < len(covered) && covered[next].End <= tok.Start {
			next++
		}
		if next < len(covered) && covered[next].Start < tok.End {
			continue // inside a covered span
		}
		if !inScope(d, tok.Sentence) {
			continue
		}
		word := tok.Text
		if n := possessiveLen(word); n > 0 && n < len(word) {
			word = word[:len(word)-n]
		}
		for i := names.start(word); i >= 0; i = names.after(i) {
			words := names.wordsOf(i)
			end, ok := matchWords(d, ti, words)
			if !ok || end > d.Sentences[tok.Sentence].End || (next < len(covered) && covered[next].Start < end) || inLongerName(d, ti, len(words)) {
				continue
			}
			found = append(found, nameAt{name: i, Span: pipeline.Span{Start: tok.Start, End: end}, sent: tok.Sentence})
			ti += len(words) - 1
			break
		}
	}
	return found
}

// searchedSentence reports whether si is a sentence of d searched for
// entities (searched).
func searchedSentence(d *pipeline.Doc, si int) bool {
	return si >= 0 && si < len(d.Sentences) && searched(d, si)
}

// inLongerName reports whether the n tokens from ti stand inside a longer
// capitalised run ("the Emperor Norton Bridge", "York Outer Ring Road"):
// a capitalised word right after them, or right before them other than at
// the start of the sentence.
func inLongerName(d *pipeline.Doc, ti, n int) bool {
	si := d.Tokens[ti].Sentence
	if e := ti + n; e < len(d.Tokens) && d.Tokens[e].Sentence == si && upperInitial(d.Tokens[e].Text) {
		return true
	}
	return ti > 0 && d.Tokens[ti-1].Sentence == si && ti-1 > d.Sentences[si].FirstToken && upperInitial(d.Tokens[ti-1].Text)
}

// matchWords reports whether the tokens from ti on spell words, the last
// one possibly followed by a possessive, and returns the end of the match.
func matchWords(d *pipeline.Doc, ti int, words []string) (int, bool) {
	if ti+len(words) > len(d.Tokens) {
		return 0, false
	}
	for k, w := range words {
		t := d.Tokens[ti+k]
		if t.Text == w {
			continue
		}
		if k == len(words)-1 && strings.HasPrefix(t.Text, w) && possessiveLen(t.Text) == len(t.Text)-len(w) {
			return t.Start + len(w), true
		}
		return 0, false
	}
	return d.Tokens[ti+len(words)-1].End, true
}
