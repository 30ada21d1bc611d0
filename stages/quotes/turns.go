package quotes

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/internal/newsnames"
	"github.com/newsclaims/newsclaims/internal/turnlabel"
	"github.com/newsclaims/newsclaims/pipeline"
)

// Turns in an interview or an exchange. When one person puts a question
// to another, the words that come next are the answer, and a "he" or
// "she" that reports them is the person asked, not the one who asked,
// though the asker spoke last:
//
//	Ward asked Lee how the levy would be paid for. ⏎
//	“Out of the surplus,” she told Ward.
//
// Pronoun resolution (pronouns.go) looks back for the last speaker of the
// pronoun's gender; with two parties of one gender that is the asker.
// answerTurn runs after it and hands the answer to the other party.

// questionCues are the cues of a turn that puts a question.
var questionCues = map[string]bool{
	"asked": true, "asks": true, "asking": true, "inquired": true, "questioned": true, "pressed": true,
}

// answerTurn gives candidate i, whose pronoun source was resolved to the
// speaker of the turn right before it or to a person that turn speaks of,
// to the person that turn asked, when that turn is a question put to a
// named person (`Ward asked Lee`, `Ward asked Lee whether …`, `“…?” Ward
// asked Lee`) and the pronoun's gender fits that person. A speaker found
// that the quote is told to (`“…,” he told Ward` is not Ward's) is
// replaced too (notTheAddressee). It reports whether it changed the
// speaker.
func (x *extraction) answerTurn(order []int, i int, info []resolved) bool {
	c := &x.cands[i]
	r := info[i]
	g := pronounGender(r.head)
	if !personPronouns[r.head] || c.q.Speaker == "" {
		return false
	}
	if x.addressedTo(c.q, c.q.Speaker) {
		// who is told does not speak: `he had told Ward that …` is not Ward
		return x.notTheAddressee(i, info, g)
	}
	if questionCues[x.cueWord(i)] {
		return false
	}
	j := x.turnBefore(order, i)
	if j < 0 || !questionCues[x.cueWord(j)] || c.para-x.cands[j].para > 1 ||
		x.cands[j].q.Speaker != c.q.Speaker && !x.personNamedIn(x.cands[j].q.Content, c.q.Speaker) {
		return false
	}
	m := x.personAsked(j)
	if m == nil || c.q.Content.Contains(m.Span) || !genderAgrees(g, x.mentionGender(m)) {
		return false
	}
	name := x.personName(m)
	if name == c.q.Speaker || sameSurname(name, c.q.Speaker) {
		return false
	}
	c.q.Speaker, c.q.SpeakerEntityID = name, m.EntityID
	info[i].kind = kindPerson
	return true
}

// notTheAddressee gives candidate i, whose pronoun source was resolved to
// the person the quote is told to, the last other person named before the
// source outside quotations, of a gender that fits the pronoun; with no
// such person it leaves the speaker empty, better than a wrong one. The
// speaker always changes, so it reports true.
func (x *extraction) notTheAddressee(i int, info []resolved, g byte) bool {
	c := &x.cands[i]
	told := c.q.Speaker
	k := sort.Search(len(x.d.Mentions), func(k int) bool { return x.d.Mentions[k].Start >= c.q.Source.Start })
	for k--; k >= 0; k-- {
		m := &x.d.Mentions[k]
		if m.Label != pipeline.LabelPerson || isPossessor(x.text, m.Span) || x.quotedAt(m.Start) || c.q.Addressee.Contains(m.Span) {
			continue
		}
		name := x.personName(m)
		if sameSurname(name, told) || !genderAgrees(g, x.mentionGender(m)) {
			continue
		}
		c.q.Speaker, c.q.SpeakerEntityID = name, m.EntityID
		info[i].kind = kindPerson
		return true
	}
	c.q.Speaker, c.q.SpeakerEntityID = "", ""
	return true
}

// cueWord is candidate i's cue in lower case.
func (x *extraction) cueWord(i int) string {
	cue := x.cands[i].q.Cue
	if cue.IsEmpty() {
		return ""
	}
	return strings.ToLower(x.text[cue.Start:cue.End])
}

// turnBefore returns the latest candidate before i (in order) that has a
// speaker and lies outside i's content, or -1.
func (x *extraction) turnBefore(order []int, i int) int {
	pos := -1
	for k, j := range order {
		if j == i {
			pos = k
		}
	}
	for k := pos - 1; k >= 0; k-- {
		j := order[k]
		o := x.cands[j]
		if o.q.Speaker == "" || x.cands[i].q.Content.Contains(o.q.Content) || o.q.Content.Contains(x.cands[i].q.Content) {
			continue
		}
		return j
	}
	return -1
}

// personAsked returns the person candidate j's question is put to: the
// person named as its addressee; else, for a reported question, the
// person named first in its content when a question word follows the
// name (`Ward asked Lee how …`, where the content holds "Lee how …");
// else the person the main clause is about when the question stands in
// a clause that tells when it came (`Lee stumbled when Ward asked
// whether …`).
func (x *extraction) personAsked(j int) *pipeline.Mention {
	q := x.cands[j].q
	if !q.Addressee.IsEmpty() {
		return x.personIn(q.Addressee)
	}
	if q.Type != pipeline.QuoteDirect {
		m := x.personIn(pipeline.Span{Start: q.Content.Start, End: min(q.Content.End, q.Content.Start+60)})
		if m != nil && strings.TrimSpace(x.text[q.Content.Start:m.Start]) == "" {
			if rest := strings.Fields(x.text[m.End:q.Content.End]); len(rest) > 0 && questionWords[strings.ToLower(rest[0])] {
				return m
			}
		}
	}
	return x.mainClausePerson(j)
}

// mainClausePerson returns the first person named, outside quotation
// marks and not as a possessor, in the main clause of candidate j's
// sentence when j's source opens a clause of time after it (`Lee
// stumbled when Ward asked …`, `… after a voter asked …`), or nil.
func (x *extraction) mainClausePerson(j int) *pipeline.Mention {
	c := x.cands[j]
	if c.q.Source.IsEmpty() {
		return nil
	}
	p := &x.paras[c.para]
	k := p.tokIndex(c.q.Source.Start)
	if k == 0 || k > len(p.toks) || !timeClauseWords[p.toks[k-1].lower] {
		return nil
	}
	sent := p.sentenceOf(c.q.Source.Start)
	m := x.personIn(pipeline.Span{Start: sent[0], End: p.toks[k-1].start})
	for m != nil && (isPossessor(x.text, m.Span) || x.quotedAt(m.Start)) {
		m = x.personIn(pipeline.Span{Start: m.End, End: p.toks[k-1].start})
	}
	return m
}

// timeClauseWords open a clause that tells when the main clause happened.
var timeClauseWords = map[string]bool{"when": true, "after": true, "as": true, "before": true}

// questionWords open a reported question.
var questionWords = map[string]bool{
	"how": true, "what": true, "why": true, "when": true, "where": true, "who": true, "whom": true,
	"which": true, "whether": true, "if": true, "about": true,
}

// personIn returns the first PERSON mention inside span s, or nil.
func (x *extraction) personIn(s pipeline.Span) *pipeline.Mention {
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= s.Start })
	for ; k < len(x.d.Mentions) && x.d.Mentions[k].Start < s.End; k++ {
		if m := &x.d.Mentions[k]; m.Label == pipeline.LabelPerson && m.End <= s.End {
			return m
		}
	}
	return nil
}

// personNamedIn reports whether a person mention inside span s names the
// person called name: someone the question is about, who does not answer it.
func (x *extraction) personNamedIn(s pipeline.Span, name string) bool {
	k := sort.Search(len(x.d.Mentions), func(i int) bool { return x.d.Mentions[i].Start >= s.Start })
	for ; k < len(x.d.Mentions) && x.d.Mentions[k].End <= s.End; k++ {
		if m := &x.d.Mentions[k]; m.Label == pipeline.LabelPerson && x.personName(m) == name {
			return true
		}
	}
	return false
}

// sameSurname reports whether two names end in the same word.
func sameSurname(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	return len(wa) > 0 && len(wb) > 0 && strings.EqualFold(wa[len(wa)-1], wb[len(wb)-1])
}

// Transcripts. A line that opens with a speaker's label in capitals and a
// colon is that speaker's turn:
//
//	HOST: Do you back the levy? ⏎
//	WARD: I do, and I said so in March.
//
// The zones stage reads the labels (Doc.Turns). A label of two words or
// one the entity layer tags as a person is read as a turn (excerpts); a
// single word in capitals, which the entity layer rarely tags, is read as
// one when it is the surname of a person the text names (`WARD` after
// `Gov. Tom Ward`). The label's speaker is the person the text names so
// (turnlabel.Person, which claims shares).

// transcriptLabel reports whether a turn's one-word label in capitals
// names a speaker: the surname of a person the text names.
func (x *extraction) transcriptLabel(t pipeline.Turn) bool {
	return t.Capitals && len(strings.Fields(x.text[t.Label.Start:t.Label.End])) == 1 && turnlabel.Person(x.d, t.Label) >= 0
}

// labelSpeakers gives a transcript turn whose source is a label in
// capitals (`WARD`, `ANN LEE`) the person the text names so, as written
// there (`Tom Ward`, `Ann Lee`); a person the text names only in the
// labels is written in title case (`ANN LEE` gives Ann Lee).
func (x *extraction) labelSpeakers() {
	for i := range x.cands {
		c := &x.cands[i]
		if !c.q.Unmarked || c.q.Type != pipeline.QuoteDirect || c.q.Source.IsEmpty() {
			continue
		}
		if t, ok := x.turnAt(c.q.Source.Start); !ok || t.Label != c.q.Source || !t.Capitals {
			continue
		}
		k := turnlabel.Person(x.d, c.q.Source)
		if k < 0 {
			c.q.Speaker = titleCasedName(c.q.Speaker)
			continue
		}
		m := &x.d.Mentions[k]
		c.q.Speaker, c.q.SpeakerEntityID = titleCasedName(x.personName(m)), m.EntityID
	}
}

// titleCasedName writes a name in capitals of two or three words whose
// first word is a known first name in title case ("ANN LEE" gives "Ann
// Lee"); other speakers are returned as they are ("BYLINE", "AP").
func titleCasedName(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 || len(w) > 3 || !newsnames.AllCaps(strings.Join(w, "")) {
		return name
	}
	if firstNameGender[turnlabel.TitleCase(w[0])] == genderUnknown {
		return name
	}
	return turnlabel.TitleCase(strings.Join(w, " "))
}
