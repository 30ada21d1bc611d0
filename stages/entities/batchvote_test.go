package entities

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// The batch vote: names the whole run agrees on (docs/MODEL.md, the section
// of that name). It lives with the tests: the held-out harness scores it
// over each development set as one batch (NER_BATCH_VOTE), and the
// pipeline does not run it, since a run would have to hold every document
// between the entity stage and the stages after it.
//
// A run holds many documents of the same days, and the same organisations
// and people recur across them; a name the model misses in one short text
// (a post, a headline, a one-line item) it often finds in another. After every
// document is tagged, the vote counts, for each surface form of a mention
// (its exact text), the documents that tag it with each label; a form one
// label holds in at least MinDocs documents, with at least MinShare of the
// form's tagged occurrences, is a name of the run. Its occurrences that no
// mention covers in any document become mentions with that label and the
// form's most frequent canonical; with Relabel, its mentions of another
// label take the run's label too.
//
// Everything is counted over the whole batch and ties are broken by a fixed
// order (label order, then the canonical's text), so the result does not
// depend on the order of the documents or on how many workers tagged them.
// The occurrences are taken by the document pass's own scan
// (freeOccurrences in occurrences.go): exact words, inside one searched
// sentence, not inside or overlapping a mention, not inside a longer
// capitalised run; a one-word form is not a common word, an initial, nor
// lower case (a user name excepted); an ambiguous gazetteer alias is never
// a form.

// VoteRule sets the thresholds of the batch vote.
type VoteRule struct {
	MinDocs  int     // documents that tag the form with the label
	MinShare float64 // share of the form's tagged occurrences that label holds
	Relabel  bool    // also relabel the form's mentions of another label
}

// formTally counts one surface form over the batch.
type formTally struct {
	docs, occ [len(labels)]int
	canons    map[labelName]int // (label, canonical) -> occurrences
	lastDoc   [len(labels)]int  // last document counted in docs, +1
}

// runName is a form the batch agrees on.
type runName struct {
	text             string
	words            []string
	label, canonical string
}

// VoteBatch applies the batch vote to docs, already tagged by Process,
// and returns the mentions it added and relabelled.
func (s *Stage) VoteBatch(docs []*pipeline.Doc, r VoteRule) (added, relabelled int) {
	tallies := map[string]*formTally{}
	for di, d := range docs {
		for _, m := range d.Mentions {
			if !voteSentence(d, m.Sentence) || strings.ContainsAny(m.Text, "\n\t") {
				continue
			}
			l := labelIndex(m.Label)
			if labels[l] != m.Label {
				continue // a label outside the vote's (none today)
			}
			t := tallies[m.Text]
			if t == nil {
				t = &formTally{canons: map[labelName]int{}}
				tallies[m.Text] = t
			}
			t.occ[l]++
			if t.lastDoc[l] != di+1 {
				t.lastDoc[l] = di + 1
				t.docs[l]++
			}
			t.canons[labelName{m.Label, m.Canonical}]++
		}
	}
	names := map[string]runName{}
	for text, t := range tallies {
		best, total := 0, 0
		for l := range labels {
			total += t.occ[l]
			if t.docs[l] > t.docs[best] || t.docs[l] == t.docs[best] && t.occ[l] > t.occ[best] {
				best = l
			}
		}
		if t.docs[best] < r.MinDocs || float64(t.occ[best]) < r.MinShare*float64(total) {
			continue
		}
		if !s.voteForm(text) {
			continue
		}
		label := labels[best]
		canon, n := "", 0
		for k, c := range t.canons {
			if k.label == label && (c > n || c == n && k.canonical < canon) {
				canon, n = k.canonical, c
			}
		}
		names[text] = runName{text, strings.Fields(text), label, canon}
	}
	if len(names) == 0 {
		return 0, 0
	}
	idx := newRunIndex(names)
	for _, d := range docs {
		if r.Relabel {
			for i := range d.Mentions {
				m := &d.Mentions[i]
				if n, ok := names[m.Text]; ok && n.label != m.Label && voteSentence(d, m.Sentence) {
					s.setName(m, n)
					relabelled++
				}
			}
		}
		added += s.addRunNames(d, idx)
	}
	return added, relabelled
}

// runIndex holds the run's names as a nameIndex: sorted by first word,
// then longest first, then by text, a fixed order.
type runIndex struct {
	names   []runName
	byFirst map[string]int // first word -> its first name in names
}

func newRunIndex(byText map[string]runName) *runIndex {
	x := &runIndex{byFirst: map[string]int{}}
	for _, n := range byText {
		x.names = append(x.names, n)
	}
	slices.SortFunc(x.names, func(a, b runName) int {
		if c := strings.Compare(a.words[0], b.words[0]); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.words), len(a.words)); c != 0 {
			return c
		}
		return strings.Compare(a.text, b.text)
	})
	for i := len(x.names) - 1; i >= 0; i-- {
		x.byFirst[x.names[i].words[0]] = i
	}
	return x
}

func (x *runIndex) start(word string) int {
	if i, ok := x.byFirst[word]; ok {
		return i
	}
	return -1
}

func (x *runIndex) after(i int) int {
	if i+1 < len(x.names) && x.names[i+1].words[0] == x.names[i].words[0] {
		return i + 1
	}
	return -1
}

func (x *runIndex) wordsOf(i int) []string { return x.names[i].words }

// voteForm reports whether a form may be added where it stands untagged.
func (s *Stage) voteForm(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 || !upperInitial(words[0]) && !isHandle(words[0]) {
		return false
	}
	if len(words) == 1 && (s.feat.IsCommon(text) || isInitial(text)) {
		return false
	}
	for _, l := range labels {
		if e, ok := s.entryFor(text, l, false); ok && e.Ambiguous {
			return false // "AP", "IS": only with the document's own support
		}
	}
	return true
}

// setName gives m the run's label and canonical.
func (s *Stage) setName(m *pipeline.Mention, n runName) {
	m.Label, m.Canonical = n.label, n.canonical
	m.EntityID = pipeline.EntityID(n.label, n.canonical)
	m.KBID = s.kbIDs[labelName{n.label, n.canonical}]
}

// addRunNames adds the run's names where they stand in d and no mention
// covers them, and returns how many.
func (s *Stage) addRunNames(d *pipeline.Doc, idx *runIndex) int {
	n0 := len(d.Mentions)
	covered := make([]pipeline.Span, n0)
	for i, m := range d.Mentions {
		covered[i] = m.Span
	}
	for _, f := range freeOccurrences(d, covered, voteSentence, idx, nil) {
		m := pipeline.Mention{Span: f.Span, Sentence: f.sent, Text: d.Text[f.Start:f.End]}
		s.setName(&m, idx.names[f.name])
		d.Mentions = append(d.Mentions, m)
	}
	if len(d.Mentions) > n0 {
		slices.SortStableFunc(d.Mentions, func(a, b pipeline.Mention) int { return cmp.Compare(a.Start, b.Start) })
	}
	return len(d.Mentions) - n0
}

// voteSentence reports whether sentence si takes part in the vote: a
// searched sentence (searched) outside headlines, whose title case makes
// any word look like a name.
func voteSentence(d *pipeline.Doc, si int) bool {
	if !searchedSentence(d, si) {
		return false
	}
	z := d.Sentences[si].Zone
	return z < 0 || z >= len(d.Zones) || d.Zones[z].Kind != pipeline.ZoneHeadline
}

// TestVoteBatch checks the batch vote on tagged documents built by hand:
// which forms the batch agrees on, where their untagged occurrences are
// taken, and that the result does not depend on the order of the
// documents.
func TestVoteBatch(t *testing.T) {
	s := stage(t)
	type tagged struct {
		text     string
		mentions []string // "form/LABEL" at the form's first free occurrence
	}
	tests := []struct {
		name string
		rule VoteRule
		docs []tagged
		want []string // the mentions of the last document after the vote
	}{
		{"a name two documents agree on is found in a third",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Vantrell Energy cut jobs .", []string{"Vantrell Energy/ORG"}},
				{"Shares of Vantrell Energy fell .", []string{"Vantrell Energy/ORG"}},
				{"Vantrell Energy !", nil}},
			[]string{"Vantrell Energy/ORG"}},
		{"one document is not enough with k = 2",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Vantrell Energy cut jobs .", []string{"Vantrell Energy/ORG"}},
				{"Vantrell Energy !", nil}},
			nil},
		{"a split vote below the share is no name",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Kessling spoke .", []string{"Kessling/PERSON"}}, {"Kessling won .", []string{"Kessling/PERSON"}},
				{"At Kessling .", []string{"Kessling/GPE"}}, {"In Kessling .", []string{"Kessling/GPE"}},
				{"Kessling again", nil}},
			nil},
		{"a lower-case occurrence is not taken",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Brisk Labs grew .", []string{"Brisk Labs/ORG"}}, {"Brisk Labs shrank .", []string{"Brisk Labs/ORG"}},
				{"brisk labs are rare", nil}},
			nil},
		{"an occurrence inside a longer capitalised run is not taken",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Talvor said so .", []string{"Talvor/PERSON"}}, {"Talvor left .", []string{"Talvor/PERSON"}},
				{"the Talvor Bridge opened", nil}},
			nil},
		{"a common word is never a one-word form",
			VoteRule{MinDocs: 2, MinShare: 0.7},
			[]tagged{{"Water said .", []string{"Water/PERSON"}}, {"Water won .", []string{"Water/PERSON"}},
				{"Water rose", nil}},
			nil},
		{"relabel takes the run's label for a minority mention",
			VoteRule{MinDocs: 2, MinShare: 0.6, Relabel: true},
			[]tagged{{"Orvane Bank lent .", []string{"Orvane Bank/ORG"}}, {"Orvane Bank rose .", []string{"Orvane Bank/ORG"}},
				{"Orvane Bank fell .", []string{"Orvane Bank/PERSON"}}},
			[]string{"Orvane Bank/ORG"}},
		{"without relabel a minority mention keeps its label",
			VoteRule{MinDocs: 2, MinShare: 0.6},
			[]tagged{{"Orvane Bank lent .", []string{"Orvane Bank/ORG"}}, {"Orvane Bank rose .", []string{"Orvane Bank/ORG"}},
				{"Orvane Bank fell .", []string{"Orvane Bank/PERSON"}}},
			[]string{"Orvane Bank/PERSON"}},
	}
	build := func(docs []tagged) []*pipeline.Doc {
		var out []*pipeline.Doc
		for _, td := range docs {
			d, _ := tokenDoc([]ner.Example{{Toks: strings.Fields(td.text)}})
			for _, m := range td.mentions {
				form, label, _ := strings.Cut(m, "/")
				at := strings.Index(d.Text, form)
				if at < 0 {
					t.Fatalf("%q not in %q", form, d.Text)
				}
				d.Mentions = append(d.Mentions, pipeline.Mention{Span: pipeline.Span{Start: at, End: at + len(form)},
					Text: form, Label: label, Canonical: form, EntityID: pipeline.EntityID(label, form)})
			}
			out = append(out, d)
		}
		return out
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := build(tc.docs)
			s.VoteBatch(docs, tc.rule)
			var got []string
			for _, m := range docs[len(docs)-1].Mentions {
				got = append(got, m.Text+"/"+m.Label)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			// The same batch in reverse order gives every document the same mentions.
			rev := build(tc.docs)
			slices.Reverse(rev)
			s.VoteBatch(rev, tc.rule)
			slices.Reverse(rev)
			for i := range docs {
				if !slices.Equal(docs[i].Mentions, rev[i].Mentions) {
					t.Errorf("document %d: %v in one order, %v in the other", i, docs[i].Mentions, rev[i].Mentions)
				}
			}
		})
	}
}
