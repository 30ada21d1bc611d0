package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Interview transcripts. A page laid out as turns, each line opening with
// its speaker's label, reports what each speaker said without a cue the
// quotes layer could read:
//
//	Q: You said the depot would close by March.
//	A: It will close when the new one opens. We signed the lease in May.
//
//	HOST: Were you surprised by the vote?
//	MARTINEZ: No. We had counted the council's votes for weeks.
//
// The answers are the interviewee's claims; a question turn ("Q:") is the
// interviewer's and gives none of its own voice. A named turn is its
// speaker's, the capitals resolved to a person the page names ("MARTINEZ"
// to "Ana Martinez"). A turn runs from its label to the next one, over
// the paragraphs between them ("A:" then two more paragraphs of the same
// answer); after the last label it runs over at most maxTrailingParagraphs.
// The label itself is never part of a claim.

// turnRole says whose turn a label opens.
type turnRole int8

const (
	turnQuestion turnRole = iota + 1 // "Q:": the interviewer asks
	turnAnswer                       // "A:": the interviewee answers
	turnNamed                        // "MARTINEZ:": the speaker named
)

// A turn is one speaker's stretch of a transcript.
type turn struct {
	span       pipeline.Span // from the label to the end of the turn's last line
	labelEnd   int           // where the words after the label start
	role       turnRole
	claimant   string
	claimantID string
}

// maxTrailingParagraphs bounds the paragraphs after the last label that
// still belong to its turn: a transcript printed inside a story may be
// followed by the story's own paragraphs.
const maxTrailingParagraphs = 2

// minSpeakerTurns is how many turns each of two speakers must take before
// labels are read as a transcript: section labels in capitals
// ("UPDATE:", "SHORT READS:") each stand once.
const minSpeakerTurns = 2

// labelledLine is a non-blank line of a content zone and the turn label it
// opens with, if any.
type labelledLine struct {
	span     pipeline.Span
	labelEnd int // 0 when the line opens with no label
	role     turnRole
	name     string // the label of a named turn, in capitals
}

// transcriptTurns returns the turns of the document's interview
// transcript, in text order; nil when the document is laid out as no
// transcript.
func transcriptTurns(d *pipeline.Doc) []turn {
	if !mayHoldTurns(d) {
		return nil
	}
	lines := contentLines(d)
	if len(lines) == 0 {
		return nil
	}
	answers, questions := 0, 0
	byName := map[string]int{}
	for i := range lines {
		readLabel(d.Text, &lines[i], false)
		switch lines[i].role {
		case turnQuestion:
			questions++
		case turnAnswer:
			answers++
		case turnNamed:
			if placeAt(d, lines[i].span.Start, lines[i].labelEnd) {
				// "NEW DELHI: ...", a dateline with a colon, names no speaker
				lines[i].role, lines[i].labelEnd, lines[i].name = 0, 0, ""
				continue
			}
			byName[lastWord(lines[i].name)]++
		}
	}
	if answers >= minSpeakerTurns {
		// "QThere's no shortage ...": the question's colon lost in
		// copying, read only where answers are labelled.
		questions = 0
		for i := range lines {
			if lines[i].labelEnd == 0 {
				readLabel(d.Text, &lines[i], true)
			}
			if lines[i].role == turnQuestion {
				questions++
			}
		}
	}
	qa := answers >= minSpeakerTurns && questions >= minSpeakerTurns
	speakers := 0
	for _, n := range byName {
		if n >= minSpeakerTurns {
			speakers++
		}
	}
	named := speakers >= 2
	if !qa && !named {
		return nil
	}
	interviewee, intervieweeID := "", ""
	if qa {
		interviewee, intervieweeID = likelyInterviewee(d, lines)
	}
	var turns []turn
	lastLabel := -1
	for i, l := range lines {
		keep := qa && (l.role == turnQuestion || l.role == turnAnswer) || named && l.role == turnNamed
		if !keep || l.labelEnd == 0 {
			if len(turns) > 0 && (lastLabel < 0 || i-lastLabel <= maxTrailingParagraphs || laterLabel(lines[i+1:], qa, named)) {
				turns[len(turns)-1].span.End = l.span.End
			}
			continue
		}
		t := turn{span: l.span, labelEnd: l.labelEnd, role: l.role}
		switch l.role {
		case turnAnswer:
			t.claimant, t.claimantID = interviewee, intervieweeID
		case turnNamed:
			t.claimant, t.claimantID = speakerOfLabel(d, l.name)
		}
		turns = append(turns, t)
		lastLabel = i
	}
	return turns
}

// laterLabel says whether a turn label of the transcript's kind follows.
func laterLabel(lines []labelledLine, qa, named bool) bool {
	for _, l := range lines {
		if l.labelEnd > 0 && (qa && l.role != turnNamed || named && l.role == turnNamed) {
			return true
		}
	}
	return false
}

// mayHoldTurns says, without allocating, whether enough body lines open
// with a label for a transcript: most documents have none.
func mayHoldTurns(d *pipeline.Doc) bool {
	labels := 0
	for _, z := range d.Zones {
		if z.Kind != pipeline.ZoneBody {
			continue
		}
		for at := z.Start; at < z.End; {
			end := strings.IndexByte(d.Text[at:z.End], '\n')
			if end < 0 {
				end = z.End - at
			}
			l := labelledLine{span: pipeline.Span{Start: at, End: at + end}}
			if readLabel(d.Text, &l, false); l.role != 0 {
				labels++
			}
			at += end + 1
		}
	}
	return labels >= minSpeakerTurns
}

// contentLines returns the non-blank lines of the body zones, in text order.
func contentLines(d *pipeline.Doc) []labelledLine {
	var out []labelledLine
	for _, z := range d.Zones {
		if z.Kind != pipeline.ZoneBody {
			continue
		}
		at := z.Start
		for at < z.End {
			end := strings.IndexByte(d.Text[at:z.End], '\n')
			if end < 0 {
				end = z.End - at
			}
			if sp := (pipeline.Span{Start: at, End: at + end}); strings.TrimSpace(d.Text[sp.Start:sp.End]) != "" {
				out = append(out, labelledLine{span: sp})
			}
			at += end + 1
		}
	}
	return out
}

// readLabel reads the turn label that opens a line: "Q:", "A:", "Q.",
// "A." or a name in capitals and a colon ("MARTINEZ:", "ANA MARTINEZ:");
// with glued, also a "Q" run into the question ("QWhere were you?").
func readLabel(text string, l *labelledLine, glued bool) {
	s := text[l.span.Start:l.span.End]
	lead := len(s) - len(strings.TrimLeft(s, " \t\u00a0"))
	s = s[lead:]
	at := l.span.Start + lead
	switch {
	case len(s) > 3 && (s[0] == 'Q' || s[0] == 'A') && (s[1] == ':' || s[1] == '.') && s[2] == ' ':
		l.role = turnAnswer
		if s[0] == 'Q' {
			l.role = turnQuestion
		}
		l.labelEnd = at + 2 + leadingSpace(s[2:])
		return
	case glued && len(s) > 2 && s[0] == 'Q':
		r, _ := utf8.DecodeRuneInString(s[1:])
		r2, _ := utf8.DecodeRuneInString(s[1+utf8.RuneLen(r):])
		if unicode.IsUpper(r) && (unicode.IsLower(r2) || r2 == '\'' || r2 == '’' || r2 == ' ') {
			l.role, l.labelEnd = turnQuestion, at+1
		}
		return
	}
	colon := strings.IndexByte(s, ':')
	if colon < 2 || colon > 30 || colon+1 >= len(s) || s[colon+1] != ' ' {
		return
	}
	name := s[:colon]
	if !capitalsName(name) {
		return
	}
	l.role, l.name = turnNamed, name
	l.labelEnd = at + colon + 1 + leadingSpace(s[colon+1:])
}

// placeAt says whether the entity layer reads a place inside [start, end).
func placeAt(d *pipeline.Doc, start, end int) bool {
	for _, m := range d.Mentions {
		if m.Start >= end {
			break
		}
		if m.Start >= start && (m.Label == pipeline.LabelGPE || m.Label == pipeline.LabelLoc || m.Label == pipeline.LabelFac) {
			return true
		}
	}
	return false
}

// capitalsName reports one to three words of capital letters (with inner
// dots, hyphens and apostrophes), the first of two letters or more.
func capitalsName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	letters := 0
	for _, w := range f {
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

func leadingSpace(s string) int { return len(s) - len(strings.TrimLeft(s, " \t\u00a0")) }

// speakerOfLabel resolves a label in capitals to the person the page names
// with the same last name ("MARTINEZ" to "Ana Martinez"), the one named
// most often when several share it; else the label itself in title case.
func speakerOfLabel(d *pipeline.Doc, label string) (string, string) {
	last := lastWord(label)
	count := map[string]int{}
	best, bestID := "", ""
	for _, m := range d.Mentions {
		if m.Label != pipeline.LabelPerson || lastWord(m.Canonical) != last {
			continue
		}
		count[m.Canonical]++
		if count[m.Canonical] > count[best] {
			best, bestID = m.Canonical, m.EntityID
		}
	}
	if best != "" {
		return best, bestID
	}
	return titleCase(label), ""
}

// labelSpeakers gives the quote units whose source is a named turn's label
// ("MARTINEZ: We counted the votes.", read by the quotes layer with the
// label as its speaker) the person the label names.
func labelSpeakers(d *pipeline.Doc, turns []turn, units []unit) {
	if len(turns) == 0 {
		return
	}
	for i := range units {
		u := &units[i]
		if u.quote < 0 || u.quote >= len(d.Quotes) || d.Quotes[u.quote].Source.IsEmpty() {
			continue
		}
		src := d.Quotes[u.quote].Source
		if k := turnAt(turns, src.Start); k >= 0 && turns[k].role == turnNamed && src.End <= turns[k].labelEnd {
			u.claimant, u.claimantID = turns[k].claimant, turns[k].claimantID
		}
	}
}

func titleCase(s string) string {
	var b strings.Builder
	upper := true
	for _, r := range s {
		if upper {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = !unicode.IsLetter(r)
	}
	return b.String()
}

// likelyInterviewee returns the person a question-and-answer page
// interviews: of the people named in the headline and the paragraphs
// above the first turn, the one named most often, the headline's first on
// a tie.
func likelyInterviewee(d *pipeline.Doc, lines []labelledLine) (string, string) {
	end := len(d.Text)
	for _, l := range lines {
		if l.labelEnd > 0 {
			end = l.span.Start
			break
		}
	}
	count := map[string]int{}
	first := map[string]int{}
	ids := map[string]string{}
	for i, m := range d.Mentions {
		if m.Start >= end || m.Label != pipeline.LabelPerson || m.Canonical == "" {
			continue
		}
		if z := d.ZoneAt(m.Start); z < 0 || d.Zones[z].Kind != pipeline.ZoneHeadline && d.Zones[z].Kind != pipeline.ZoneBody {
			continue
		}
		if _, ok := first[m.Canonical]; !ok {
			first[m.Canonical], ids[m.Canonical] = i, m.EntityID
		}
		count[m.Canonical]++
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return first[names[i]] < first[names[j]]
	})
	if len(names) == 0 {
		return "", ""
	}
	return names[0], ids[names[0]]
}

// turnAt returns the index of the turn holding offset off, or -1.
func turnAt(turns []turn, off int) int {
	i := sort.Search(len(turns), func(i int) bool { return turns[i].span.End > off })
	if i < len(turns) && turns[i].span.Start <= off {
		return i
	}
	return -1
}

// afterLabel moves the start of a span that opens on a turn label past it.
func afterLabel(turns []turn, sp pipeline.Span) pipeline.Span {
	if k := turnAt(turns, sp.Start); k >= 0 && sp.Start < turns[k].labelEnd && turns[k].labelEnd < sp.End {
		sp.Start = turns[k].labelEnd
	}
	return sp
}
