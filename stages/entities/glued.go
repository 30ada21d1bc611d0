package entities

import (
	"slices"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// splitPossessives cuts a mention glued over a possessive ("Ann Holt's
// Vale Party", "Holts' Ohio", "Norland's Vale Party") in two where the
// words before the possessive are a name of their own: another mention of
// the document has exactly that text and no possessive after it (not a
// name always written with one: "Alzheimer's"), or a person the document
// names in full has it as surname. A country alone is no such evidence:
// "Norland's Voice" may be one organisation's name.
// Names that hold a possessive ("People's Liberation Front", "Women's
// March", "Moody's Investors Service") are no names before it and stay
// whole. The part after the possessive keeps the mention's label, except
// after a person's name: a person's name holds no possessive, so the rest
// is a name only where the gazetteer knows it, with its label.
func (s *Stage) splitPossessives(d *pipeline.Doc, ms []mention) []mention {
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		m := ms[i]
		text := d.Text[m.Start:m.End]
		cut, restAt := possessiveInside(text)
		if cut < 0 || m.canonical != "" { // a rule's name for the whole: "Norland's defense ministry"
			continue
		}
		prefix, rest := text[:cut], text[restAt:]
		label, ok := s.nameOfItsOwn(d, ms[:n0], i, prefix)
		if !ok {
			continue
		}
		restLabel := m.label
		if m.label == pipeline.LabelPerson {
			e, known := s.entryFor(rest, "", m.heading)
			if !known {
				restLabel = ""
			} else {
				restLabel = e.Label
			}
		}
		ms[i].End = m.Start + cut
		ms[i].label, ms[i].next = label, text[cut:restAt]
		if restLabel != "" {
			r := m
			r.Start, r.label, r.prev = m.Start+restAt, restLabel, strings.TrimSpace(text[cut:restAt])
			ms = append(ms, r)
		}
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// splitDashedNames cuts a person or group mention of two names joined by a
// dash ("Holt-Vale race", "Norlandic-Vesterian talks") in two where each
// part is a name of its own in the document (see nameOfItsOwn); a
// double-barrelled surname ("Ann Holt-Vale") has no such parts and stays.
func (s *Stage) splitDashedNames(d *pipeline.Doc, ms []mention) []mention {
	n0 := len(ms)
	for i := 0; i < n0; i++ {
		m := ms[i]
		if m.label != pipeline.LabelPerson && m.label != pipeline.LabelNORP || m.canonical != "" {
			continue
		}
		text := d.Text[m.Start:m.End]
		if strings.Contains(text, " ") {
			continue
		}
		j := strings.IndexAny(text, "-–")
		if j <= 0 || j == len(text)-1 {
			continue
		}
		dash := 1
		if text[j] != '-' {
			dash = len("–")
		}
		left, right := text[:j], text[j+dash:]
		if !upperInitial(left) || !upperInitial(right) || strings.ContainsAny(right, "-–") {
			continue
		}
		ll, okl := s.nameOfItsOwn(d, ms[:n0], i, left)
		rl, okr := s.nameOfItsOwn(d, ms[:n0], i, right)
		if !okl || !okr {
			continue
		}
		ms[i].End, ms[i].label, ms[i].next = m.Start+j, ll, text[j:j+dash]
		r := m
		r.Start, r.label, r.prev = m.Start+j+dash, rl, text[j:j+dash]
		ms = append(ms, r)
	}
	if len(ms) > n0 {
		sortMentions(ms)
	}
	return ms
}

// possessiveInside returns where a possessive ends the first part of a
// mention ("Holt" of "Holt's Vale Party", "Holts" of "Holts' Ohio") and
// where the next word starts, or -1.
func possessiveInside(text string) (cut, restAt int) {
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' || i == 0 {
			continue
		}
		word := text[:i]
		if n := possessiveLen(word); n > 0 && n < len(word) {
			return i - n, i + 1
		}
		if strings.HasSuffix(word, "s'") || strings.HasSuffix(word, "s’") {
			return i - len(word[strings.LastIndexByte(word, 's')+1:]), i + 1
		}
	}
	return -1, -1
}

// nameOfItsOwn reports whether prefix, the words of mention i before a
// possessive, is a name the document gives, and its label.
func (s *Stage) nameOfItsOwn(d *pipeline.Doc, ms []mention, i int, prefix string) (string, bool) {
	for j, o := range ms {
		if j == i {
			continue
		}
		text := d.Text[o.Start:o.End]
		if text == prefix && !isPossessive(o.next) {
			return o.label, true
		}
		if o.label == pipeline.LabelPerson && strings.Contains(text, " ") {
			if _, surname, _ := nameParts(strings.Fields(text)); surname == prefix {
				return pipeline.LabelPerson, true
			}
		}
	}
	return "", false
}

// dropDiseases drops the mentions of a one-word name the document writes
// before a disease noun ("the Brannock virus", "a Brannock outbreak"): a
// disease, which the label scheme has no kind for, however the model read
// it elsewhere ("fight Brannock" as a person); not the surname of a person
// the document names in full ("the Holt vaccine" of Dr. Ann Holt).
func dropDiseases(d *pipeline.Doc, ms []mention) []mention {
	var diseases []string
	for _, m := range ms {
		if text := d.Text[m.Start:m.End]; diseaseNouns[ner.Hash(m.next, true)] && !strings.Contains(text, " ") && upperInitial(text) {
			diseases = append(diseases, text)
		}
	}
	if diseases == nil {
		return ms
	}
	for _, m := range ms {
		if text := d.Text[m.Start:m.End]; m.label == pipeline.LabelPerson && strings.Contains(text, " ") {
			_, surname, _ := nameParts(strings.Fields(text))
			diseases = slices.DeleteFunc(diseases, func(w string) bool { return w == surname })
		}
	}
	return slices.DeleteFunc(ms, func(m mention) bool { return slices.Contains(diseases, d.Text[m.Start:m.End]) })
}

var diseaseNouns = hashSet("virus", "disease", "syndrome", "outbreak", "outbreaks", "vaccine", "vaccines",
	"infection", "infections", "epidemic", "pandemic", "fever")
