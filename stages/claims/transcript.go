package claims

import (
	"sort"
	"strings"

	"github.com/newsclaims/newsclaims/internal/turnlabel"
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
// The label itself is never part of a claim. The zones stage reads the
// labels (Doc.Turns); this file decides which of them make a transcript,
// and resolves a named one through turnlabel, as the quotes stage does.

// A turn is one speaker's stretch of a transcript.
type turn struct {
	span       pipeline.Span // from the label to the end of the turn's last line
	labelEnd   int           // where the words after the label start
	role       pipeline.TurnRole
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
// opens with, if any (Doc.Turns).
type labelledLine struct {
	span     pipeline.Span
	labelEnd int // 0 when the line opens with no label
	role     pipeline.TurnRole
	label    pipeline.Span // the label of a named turn, in capitals
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
		switch l := &lines[i]; l.role {
		case pipeline.TurnQuestion:
			questions++
		case pipeline.TurnAnswer:
			answers++
		case pipeline.TurnNamed:
			if turnlabel.Place(d, l.label) {
				// "NEW DELHI: ...", a dateline with a colon, names no speaker
				l.role, l.labelEnd, l.label = 0, 0, pipeline.Span{}
				continue
			}
			byName[lastWord(d.Text[l.label.Start:l.label.End])]++
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
		keep := qa && (l.role == pipeline.TurnQuestion || l.role == pipeline.TurnAnswer) || named && l.role == pipeline.TurnNamed
		if !keep || l.labelEnd == 0 {
			if len(turns) > 0 && (lastLabel < 0 || i-lastLabel <= maxTrailingParagraphs || laterLabel(lines[i+1:], qa, named)) {
				turns[len(turns)-1].span.End = l.span.End
			}
			continue
		}
		t := turn{span: l.span, labelEnd: l.labelEnd, role: l.role}
		switch l.role {
		case pipeline.TurnAnswer:
			t.claimant, t.claimantID = interviewee, intervieweeID
		case pipeline.TurnNamed:
			t.claimant, t.claimantID = speakerOfLabel(d, l.label)
		}
		turns = append(turns, t)
		lastLabel = i
	}
	return turns
}

// laterLabel says whether a turn label of the transcript's kind follows.
func laterLabel(lines []labelledLine, qa, named bool) bool {
	for _, l := range lines {
		if l.labelEnd > 0 && (qa && l.role != pipeline.TurnNamed || named && l.role == pipeline.TurnNamed) {
			return true
		}
	}
	return false
}

// mayHoldTurns says, without allocating, whether enough body lines open
// with a label for a transcript: most documents have none.
func mayHoldTurns(d *pipeline.Doc) bool {
	labels := 0
	for _, t := range d.Turns {
		if transcriptLabel(t) && inBody(d, t.Label.Start) {
			labels++
		}
	}
	return labels >= minSpeakerTurns
}

// transcriptLabel says whether a turn's label may open a transcript's
// turn: "Q:", "A:", or a speaker in capitals ("MARTINEZ:"); a name in
// title case ("Ann Lee: …") opens a quotation, not a transcript.
//
// The rule is this stage's own, not the layer's: the quotes stage reads a
// label in title case as a speaker too, for the words of its one line
// ("Ann Lee: Win in a walk.", a digest of what each candidate says), and
// this stage gets those words through that quote. A transcript's turn
// runs on over the paragraphs after its label, which only a page laid out
// as a transcript (capitals) supports: read from labels in title case, a
// digest's next paragraphs, the writer's own, went to the last person
// listed (tried: 25 claims of 2 train articles took a claimant, all
// wrong).
func transcriptLabel(t pipeline.Turn) bool {
	return t.Role != pipeline.TurnNamed || t.Capitals
}

func inBody(d *pipeline.Doc, off int) bool {
	z := d.ZoneAt(off)
	return z >= 0 && d.Zones[z].Kind == pipeline.ZoneBody
}

// contentLines returns the non-blank lines of the body zones, in text
// order, with the transcript labels they open with.
func contentLines(d *pipeline.Doc) []labelledLine {
	var out []labelledLine
	next := 0 // the first of d.Turns not yet passed
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
			sp := pipeline.Span{Start: at, End: at + end}
			for next < len(d.Turns) && d.Turns[next].Label.Start < sp.Start {
				next++
			}
			if strings.TrimSpace(d.Text[sp.Start:sp.End]) != "" {
				l := labelledLine{span: sp}
				if next < len(d.Turns) && d.Turns[next].Label.Start < sp.End && transcriptLabel(d.Turns[next]) {
					t := d.Turns[next]
					l.role, l.labelEnd = t.Role, t.Words.Start
					if t.Role == pipeline.TurnNamed {
						l.label = t.Label
					}
				}
				out = append(out, l)
			}
			at += end + 1
		}
	}
	return out
}

// speakerOfLabel resolves a label in capitals to the person the page names
// so ("MARTINEZ" to "Ana Martinez"; see turnlabel.Person), else writes the
// label in title case.
func speakerOfLabel(d *pipeline.Doc, label pipeline.Span) (string, string) {
	if k := turnlabel.Person(d, label); k >= 0 {
		return d.Mentions[k].Canonical, d.Mentions[k].EntityID
	}
	return turnlabel.TitleCase(d.Text[label.Start:label.End]), ""
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
		if k := turnAt(turns, src.Start); k >= 0 && turns[k].role == pipeline.TurnNamed && src.End <= turns[k].labelEnd {
			u.claimant, u.claimantID = turns[k].claimant, turns[k].claimantID
		}
	}
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
