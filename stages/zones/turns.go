package zones

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/internal/turnlabel"
	"github.com/newsclaims/newsclaims/pipeline"
)

// Turns in transcripts and exchanges. A line may open with the label of
// the one who speaks it:
//
//	Q: You said the depot would close by March.
//	A: It will close when the new one opens.
//	HOST: Were you surprised by the vote?
//	Ann Lee: No. We had counted the votes for weeks.
//
// The labels are part of the page's layout, read here once for every
// later stage (Doc.Turns): claims reads a transcript's turns from them,
// quotes a speaker's words. They are read from the lines alone, after the
// zones are known, since they need neither sentences nor tokens; whom a
// label names needs the entity layer and is resolved by its readers
// (internal/turnlabel).

// maxLabelWords bounds the words of a named label: a name, with a title
// or a party in brackets ("Sen. Ann Lee (D-Ore.)").
const maxLabelWords = 4

// minAnswers is how many "A:" labels a page's body must hold before a
// question's "Q" run into its first word ("QWhere were you?", the colon
// lost in copying) is read as a label.
const minAnswers = 2

// ReadTurns returns the turns that open the lines of the zones, in text
// order: the zones stage sets Doc.Turns to it, and tests that lay out
// zones by hand call it as the stage does. Boilerplate and dateline zones
// hold no turns.
func ReadTurns(text string, zs []pipeline.Zone) []pipeline.Turn {
	var turns []pipeline.Turn
	var glued []pipeline.Turn // "QWhere were you?", kept if the answers are labelled
	answers := 0
	for _, z := range zs {
		if z.Kind == pipeline.ZoneBoilerplate || z.Kind == pipeline.ZoneDateline || z.Start < 0 || z.End > len(text) {
			continue
		}
		for at := z.Start; at < z.End; {
			end := strings.IndexByte(text[at:z.End], '\n')
			if end < 0 {
				end = z.End - at
			}
			t, ok := readLabel(text, at, at+end)
			switch {
			case ok:
				turns = append(turns, t)
				if t.Role == pipeline.TurnAnswer && z.Kind == pipeline.ZoneBody {
					answers++
				}
			case z.Kind == pipeline.ZoneBody:
				if t, ok := readGluedQuestion(text, at, at+end); ok {
					glued = append(glued, t)
				}
			}
			at += end + 1
		}
	}
	if answers >= minAnswers && len(glued) > 0 {
		turns = append(turns, glued...)
		sort.Slice(turns, func(i, j int) bool { return turns[i].Label.Start < turns[j].Label.Start })
	}
	return turns
}

// trimLine returns the line [start, end) without its leading and trailing
// space.
func trimLine(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// readLabel reads the label the line [start, end) opens with: "Q:", "A:",
// "Q.", "A." before a space, or one to maxLabelWords words of a name and
// a colon right after them, before a space ("MARTINEZ:", "Ann Lee:"). A
// turn has words after its label: a headline ending in a colon is none.
// A kicker ("UPDATE:", "The Latest:", turnlabel.Kicker) names no speaker
// and is no turn.
func readLabel(text string, start, end int) (pipeline.Turn, bool) {
	start, end = trimLine(text, start, end)
	s := text[start:end]
	if len(s) > 3 && (s[0] == 'Q' || s[0] == 'A') && (s[1] == ':' || s[1] == '.') && s[2] == ' ' {
		t := pipeline.Turn{Label: pipeline.Span{Start: start, End: start + 1}, Role: pipeline.TurnAnswer}
		if s[0] == 'Q' {
			t.Role = pipeline.TurnQuestion
		}
		t.Words = wordsAfter(text, start+2, end)
		return t, true
	}
	colon := strings.IndexByte(s, ':')
	if colon < 1 || colon+1 >= len(s) || s[colon+1] != ' ' && s[colon+1] != '\t' {
		return pipeline.Turn{}, false
	}
	label := s[:colon]
	if r, _ := utf8.DecodeLastRuneInString(label); unicode.IsSpace(r) || !nameLabel(label) || turnlabel.Kicker(label) {
		return pipeline.Turn{}, false
	}
	t := pipeline.Turn{
		Label:    pipeline.Span{Start: start, End: start + colon},
		Role:     pipeline.TurnNamed,
		Capitals: inCapitals(label),
		Words:    wordsAfter(text, start+colon+1, end),
	}
	return t, t.Words.Start < t.Words.End
}

// readGluedQuestion reads a question whose "Q" runs into its first word:
// "QWhere were you?", "QThere's no shortage …", but not "Quarterly
// figures" or "QUEBEC".
func readGluedQuestion(text string, start, end int) (pipeline.Turn, bool) {
	start, end = trimLine(text, start, end)
	s := text[start:end]
	if len(s) <= 2 || s[0] != 'Q' {
		return pipeline.Turn{}, false
	}
	r, n := utf8.DecodeRuneInString(s[1:])
	r2, _ := utf8.DecodeRuneInString(s[1+n:])
	if !unicode.IsUpper(r) || !(unicode.IsLower(r2) || r2 == '\'' || r2 == '’' || r2 == ' ') {
		return pipeline.Turn{}, false
	}
	return pipeline.Turn{
		Label: pipeline.Span{Start: start, End: start + 1},
		Role:  pipeline.TurnQuestion,
		Words: pipeline.Span{Start: start + 1, End: end},
	}, true
}

// wordsAfter returns [at, end) without the space after a label.
func wordsAfter(text string, at, end int) pipeline.Span {
	at, end = trimLine(text, at, end)
	return pipeline.Span{Start: at, End: end}
}

// nameLabel reports whether a label is written as a name: one to
// maxLabelWords words, each capitalized, save the small words inside a
// name ("Abu Bakr al-Baghdadi", "Duke of York") and a bracket
// ("Ann Lee (D-Ore.)"). Whether the name is a person's is the readers'
// question.
func nameLabel(label string) bool {
	w := strings.Fields(label)
	if len(w) == 0 || len(w) > maxLabelWords {
		return false
	}
	for i, word := range w {
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case unicode.IsUpper(r), articleName(word):
		case i > 0 && (nameJoiners[word] || r == '('):
		default:
			return false
		}
	}
	return true
}

// articleName reports a name that opens with a lower-case article joined
// by a hyphen: "al-Ansari", "el-Sissi".
func articleName(word string) bool {
	k := strings.IndexByte(word, '-')
	if k < 1 || k > 3 || k+1 >= len(word) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(word[k+1:])
	return unicode.IsUpper(r)
}

// nameJoiners are the lower-case words inside a name.
var nameJoiners = map[string]bool{"of": true, "for": true, "and": true, "the": true, "al": true, "bin": true, "de": true}

// inCapitals reports a label in capital letters (with inner dots, hyphens
// and apostrophes), of two letters or more: "MARTINEZ", "ANA MARTINEZ",
// "O'NEILL".
func inCapitals(label string) bool {
	letters := 0
	for _, w := range strings.Fields(label) {
		for i, r := range w {
			switch {
			case unicode.IsUpper(r):
				letters++
			case i > 0 && (r == '.' || r == '-' || r == '\'' || r == '’'):
			default:
				return false
			}
		}
	}
	return letters >= 2
}
