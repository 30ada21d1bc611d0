package claims

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclaims/newsclaims/pipeline"
)

// The PolNeAR claims scorer: which attributions are reported statements
// and denials, which claims cover them, and why a statement is missed.

// speechCues are the cue lemmas of reported speech: a source stating
// something. Beliefs, intentions, questions and evaluations ("think",
// "want", "asked", "mocked") are attributions too, but not statements.
var speechCues = setOf(`say tell add write state report announce claim insist deny explain note tweet declare
confirm acknowledge admit warn argue respond reply post testify allege assert maintain contend reiterate
repeat stress emphasize emphasise recall disclose reveal complain concede predict point dispute reject refute
counter according`)

// denialCueLemmas are the cues whose content the source says is not so.
var denialCueLemmas = setOf(`deny reject refute dispute`)

// refusalCueLemmas are the cues of a refusal: "declined to comment",
// "refused to release his tax returns". A refusal of a request or an act
// says nothing of whether a proposition is true, so it is no denial: the
// article asserts that the refusal happened, and the claim's stance is
// asserts. The scorer counts the refusals that come out denies or disputes,
// which should be none.
var refusalCueLemmas = setOf(`refuse decline`)

// cueLemmaOf returns the lemma of an annotated cue's head word: the first
// word for "according to", else the last verb-like word ("has denied" ->
// deny, "told reporters" -> tell).
func cueLemmaOf(cue string) string {
	words := strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(words) == 0 {
		return ""
	}
	if words[0] == "according" {
		return "according"
	}
	for _, w := range words {
		if l := lemma(w); speechCues[l] || denialCueLemmas[l] || refusalCueLemmas[l] {
			return l
		}
	}
	return lemma(words[0])
}

// polnearFigures are the claims scorer's figures on one split.
type polnearFigures struct {
	statements, covered      int // speech-cue attributions; those with a claim
	named, claimantAgrees    int // covered ones with a named source; claimant agrees
	denials, denialStances   int // deny/reject/refute/dispute cues of a proposition; with stance denies or disputes
	allDenials               int // every deny/reject/refute/dispute cue, refusals of requests too
	allDenialStances         int
	refusals, refusalDenials int // refuse/decline cues; those with a claim of stance denies or disputes (wrong)
	relayed                  int // covered ones with a named source, every claim of which relays a nested attribution
	plainAgrees              int // claimant agreements by the source's words alone (the scorer before fairAgreement)
	fairOnly                 map[string]int
	claims, quoted, ownVoice int
	stances                  map[string]int
	misses                   map[string]int // uncovered statements by reason
	claimantMisses           map[string]int // by where the claimant came from
}

func (f polnearFigures) coverage() float64  { return ratio(f.covered, f.statements) }
func (f polnearFigures) claimant() float64  { return ratio(f.claimantAgrees, f.named) }
func (f polnearFigures) denial() float64    { return ratio(f.denialStances, f.denials) }
func (f polnearFigures) anyDenial() float64 { return ratio(f.allDenialStances, f.allDenials) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// overlapBytes is how many bytes of sp lie inside the parts of a content.
func overlapBytes(sp pipeline.Span, content []pipeline.Span) int {
	in := 0
	for _, p := range content {
		in += max(0, min(sp.End, p.End)-max(sp.Start, p.Start))
	}
	return in
}

// covering returns the claims that cover an attribution's content: at
// least half of the claim lies inside the content (a content of several
// claims), or at least half of the content inside the claim (a claim
// that runs on past the content's end).
func covering(d *pipeline.Doc, content []pipeline.Span) []int {
	var out []int
	size := 0
	for _, p := range content {
		size += p.Len()
	}
	for ci, c := range d.Claims {
		if in := overlapBytes(c.Span, content); in > 0 && (2*in >= c.Len() || 2*in >= size) {
			out = append(out, ci)
		}
	}
	return out
}

func scorePolnear(t *testing.T, docs []polnearDoc) polnearFigures {
	f := polnearFigures{stances: map[string]int{}, misses: map[string]int{}, claimantMisses: map[string]int{}, fairOnly: map[string]int{}}
	lowerMostly := lowerCaseWords(docs)
	for _, pd := range docs {
		d := pd.doc
		for _, c := range d.Claims {
			f.claims++
			f.stances[c.Stance]++
			if c.Quote >= 0 {
				f.quoted++
			} else {
				f.ownVoice++
			}
		}
		for _, a := range pd.attrs {
			l := cueLemmaOf(a.CueText)
			if refusalCueLemmas[l] {
				f.refusals++
				for _, ci := range denialClaims(d, a, lowerMostly, false) {
					if s := d.Claims[ci].Stance; s == pipeline.StanceDenies || s == pipeline.StanceDisputes {
						f.refusalDenials++
						if *polnearErrors {
							t.Logf("refusal taken for a denial %s %s [%s|%s]: %q", pd.file, a.ID, a.SourceText, a.CueText, clip(d.Claims[ci].Text))
						}
						break
					}
				}
				continue
			}
			if len(a.content) == 0 || !speechCues[l] && !denialCueLemmas[l] {
				continue
			}
			cs := covering(d, a.content)
			content := d.Text[a.content[0].Start:a.content[len(a.content)-1].End]
			if denialCueLemmas[l] {
				// every denial cue, the refusals of requests too; and
				// apart those whose content is a proposition
				ok := false
				for _, ci := range denialClaims(d, a, lowerMostly, true) {
					if s := d.Claims[ci].Stance; s == pipeline.StanceDenies || s == pipeline.StanceDisputes {
						ok = true
					}
				}
				propositional := propositionalContent(d, a.content)
				f.allDenials++
				if propositional {
					f.denials++
				}
				if ok {
					f.allDenialStances++
					if propositional {
						f.denialStances++
					}
				} else if *polnearErrors {
					t.Logf("denial missed %s %s [%s|%s] (propositional %v): %q (%d claims)", pd.file, a.ID, a.SourceText, a.CueText, propositional, clip(content), len(cs))
					logAround(t, d, a)
				}
			}
			if !statement(d, a.content) {
				continue
			}
			f.statements++
			if len(cs) > 0 {
				f.covered++
			} else {
				why := uncoveredReason(d, a.content)
				f.misses[why]++
				if *polnearErrors {
					t.Logf("uncovered %s %s [%s|%s] (%s): %q", pd.file, a.ID, a.SourceText, a.CueText, why, clip(content))
					for _, c := range d.Claims {
						if why == "kept elsewhere" && c.Overlaps(a.content[0]) {
							t.Logf("    overlapping claim %q (%s)", clip(c.Text), c.Claimant)
						}
					}
				}
			}
			names := namedWords(a.SourceText, lowerMostly)
			if len(cs) == 0 || a.Type != "Attribution" || len(names) == 0 {
				continue
			}
			c, own := ownClaim(d, a, pd.attrs, cs)
			if !own {
				f.relayed++
				if *polnearErrors {
					q := d.Quotes[c.Quote]
					t.Logf("relayed %s %s: source %q, cue %q; the claim's quote %q %q inside the content, claimant %q: %q", pd.file, a.ID, a.SourceText, a.CueText, d.Slice(q.Source), d.Slice(q.Cue), c.Claimant, clip(c.Text))
				}
				continue
			}
			f.named++
			plain := claimantNames(c.Claimant, names, a.SourceText)
			if plain {
				f.plainAgrees++
			}
			if how := fairAgreement(d, c, names, a.SourceText, lowerMostly); plain || how != "" {
				f.claimantAgrees++
				if !plain {
					f.fairOnly[how]++
					if *polnearErrors {
						t.Logf("claimant agrees (%s) %s %s: source %q, claimant %q", how, pd.file, a.ID, a.SourceText, c.Claimant)
					}
				}
			} else {
				kind := "quote speaker"
				switch {
				case c.Quote >= 0 && d.Quotes[c.Quote].Speaker == "":
					// an own-voice claim hedged by a quotation that
					// names no speaker
					kind = "own voice"
				case c.Quote < 0 && c.Claimant == "":
					kind = "own voice"
				case c.Quote < 0:
					kind = "frame"
				}
				f.claimantMisses[kind]++
				if *polnearErrors {
					t.Logf("claimant (%s) %s %s: source %q, cue %q, claimant %q: %q (content over %d sentences)", kind, pd.file, a.ID, a.SourceText, a.CueText, c.Claimant, clip(c.Text),
						d.SentenceAt(a.content[len(a.content)-1].End-1)-d.SentenceAt(a.content[0].Start)+1)
					if c.Quote >= 0 {
						q := d.Quotes[c.Quote]
						t.Logf("    the quote's speaker %q, source %q, cue %q; %s", q.Speaker, d.Slice(q.Source), d.Slice(q.Cue), whySpeakerMissed(d, a, c, names))
					}
				}
			}
		}
	}
	return f
}

// logAround logs, for a miss, the quotes whose cue overlaps the annotated
// cue and the claims of the cue's sentence.
func logAround(t *testing.T, d *pipeline.Doc, a polnearAttr) {
	if len(a.cue) == 0 {
		return
	}
	for _, q := range d.Quotes {
		if q.Cue.Overlaps(a.cue[0]) {
			t.Logf("    quote: speaker %q cue %q content %q", q.Speaker, d.Slice(q.Cue), clip(d.Slice(q.Content)))
		}
	}
	si := d.SentenceAt(a.cue[0].Start)
	for _, c := range d.Claims {
		if d.SentenceAt(c.Start) == si {
			t.Logf("    claim [%s %s]: %q", c.Claimant, c.Stance, clip(c.Text))
		}
	}
}

// denialClaims returns the claims that carry a denial: those covering its
// content, those holding its cue and overlapping its content ("Justice
// Nervo rejected that argument" is one claim, source, cue and content),
// and, when the content only points back at a statement ("which he has
// denied", "disputes this", "a charge that ... denied"), the claims of
// that statement made by the denier: a claim in the cue's sentence or the
// one before, ending before the attribution, whose claimant agrees with
// a named source.
func denialClaims(d *pipeline.Doc, a polnearAttr, lowerMostly map[string]bool, pointing bool) []int {
	out := covering(d, a.content)
	for ci, c := range d.Claims {
		if len(a.cue) > 0 && c.Overlaps(a.cue[0]) && overlapBytes(c.Span, a.content) > 0 {
			out = append(out, ci)
		}
	}
	if !pointing || len(a.cue) == 0 || statement(d, a.content) || !propositionalContent(d, a.content) {
		return out
	}
	begin := min(a.cue[0].Start, a.content[0].Start)
	if len(a.source) > 0 {
		begin = min(begin, a.source[0].Start)
	}
	si := d.SentenceAt(a.cue[0].Start)
	names := namedWords(a.SourceText, lowerMostly)
	for ci, c := range d.Claims {
		if cs := d.SentenceAt(c.Start); c.End > begin || cs != si && cs != si-1 {
			continue
		}
		if len(names) > 0 && !claimantNames(c.Claimant, names, a.SourceText) {
			continue
		}
		out = append(out, ci)
	}
	return out
}

// statement says whether an attribution's content is a statement: a
// clause with a tensed verb that is not a question. Nominal contents
// ("announced an agreement") and questions are reported, but state nothing.
func statement(d *pipeline.Doc, content []pipeline.Span) bool {
	last := content[len(content)-1]
	if strings.HasSuffix(strings.TrimRight(d.Text[last.Start:last.End], " \"”’'"), "?") {
		return false
	}
	for _, p := range content {
		if finiteAfter(d, tokensIn(d, p), 0) {
			return true
		}
	}
	return false
}

// propositionNouns head a noun phrase that stands for a claim: what a
// denial can deny, unlike an offer, a plan or a person it can reject.
var propositionNouns = setOf(`allegation allegations accusation accusations charge charges claim claims report reports
story stories notion notions idea ideas rumor rumors assertion assertions suggestion suggestions critique critiques
criticism assessment assessments account accounts characterization implication implications objection objections
point remark remarks comment comments statement statements argument arguments view views theory contention
that this which it something everything any`)

// propositionalContent says whether the content of a denial cue is a
// proposition: a clause ("that he had no role", "the report is false"), a
// word standing for one ("which he has denied", "disputes this"), or a noun
// phrase headed by a proposition noun ("accusations by Exxon Mobil that
// ...", "both critiques"). A noun phrase headed by anything else is what a
// refusal rejects, even when a clause hangs from it ("the mayor's
// request to shut the depot until she gave more details", "new
// rules that would govern ...").
func propositionalContent(d *pipeline.Doc, content []pipeline.Span) bool {
	var toks []int
	for _, p := range content {
		toks = append(toks, tokensIn(d, p)...)
	}
	for len(toks) > 0 && isPunct(d.Tokens[toks[0]].Text) {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return false
	}
	first := strings.ToLower(d.Tokens[toks[0]].Text)
	if first == "that" && len(toks) > 1 || clauseStart(d, toks, 0) {
		return true
	}
	head, inPhrase := "", false // the head noun, and past a preposition after it
	for k, ti := range toks {
		t := d.Tokens[ti]
		p := t.POS
		switch {
		case strings.EqualFold(t.Text, "that") && k > 0:
			// a noun's content clause ("attacks from Jeb Bush that he was
			// not a conservative"), not a relative ("proposals that would
			// govern")
			if k+1 < len(toks) && !isVerbToken(d, toks[k+1]) && !strings.HasPrefix(d.Tokens[toks[k+1]].POS, "RB") {
				return true
			}
		case strings.HasPrefix(p, "NN"):
			if !inPhrase {
				head = strings.ToLower(t.Text)
			}
			continue
		case p == "IN" && head != "":
			inPhrase = true
			continue
		case p == "DT" || p == "PDT" || p == "PRP$" || p == "CD" || p == "POS" || strings.HasPrefix(p, "JJ") || t.Text == "-" || p == "CC" && inPhrase:
			continue
		}
		break
	}
	if head == "" {
		head = first // "which", "this", "something"
	}
	return propositionNouns[head]
}

// uncoveredReason says why no claim covers a statement: no quote found
// there, a quote without a speaker, or the first reason a clause of the
// quote was not kept.
func uncoveredReason(d *pipeline.Doc, content []pipeline.Span) string {
	why := "no quote"
	for _, p := range content {
		for qi, q := range d.Quotes {
			if !q.Content.Overlaps(p) {
				continue
			}
			if ok, _ := quoteClaimable(d, q); !ok {
				why = "quote not claimable"
				continue
			}
			if q.Speaker == "" {
				why = "quote without speaker"
				continue
			}
			u := unit{quote: qi, reported: true, stance: pipeline.StanceAsserts}
			for _, part := range sentenceParts(d, q.Content) {
				for _, cl := range splitClauses(d, part) {
					if r := rejection(d, cl, u); r != "" {
						return r
					}
				}
			}
			why = "kept elsewhere"
		}
	}
	return why
}

func clip(s string) string {
	if len(s) > 160 {
		i := 160
		for i > 0 && !utf8.RuneStart(s[i]) {
			i--
		}
		return s[:i] + "…"
	}
	return s
}

// ownClaim returns the claim that stands for an attribution when its
// claimant is compared with the source: of the claims covering the
// content, the one overlapping it most, leaving out the claims of a quote
// whose cue lies inside the content. Such a claim relays an attribution
// nested in this one ("According to CNN, Sanders said ...", "Jeb Bush
// told reporters that the president admitted ..."): its claimant is the
// inner speaker by design, so comparing it with the outer source says
// nothing of either. ok is false when every covering claim is of a nested
// attribution; c is then the one overlapping most.
func ownClaim(d *pipeline.Doc, a polnearAttr, attrs []polnearAttr, cs []int) (c pipeline.Claim, ok bool) {
	best, bestRelay := -1, -1
	for _, ci := range cs {
		k := &best
		if relays(d, d.Claims[ci], a, attrs) {
			k = &bestRelay
		}
		if *k < 0 || overlapBytes(d.Claims[ci].Span, a.content) > overlapBytes(d.Claims[*k].Span, a.content) {
			*k = ci
		}
	}
	if best >= 0 {
		return d.Claims[best], true
	}
	return d.Claims[bestRelay], false
}

// relays says whether a claim comes from a quote whose cue lies inside an
// attribution's content, from its first part to its last, and is the cue
// of another annotated attribution (so nested in this one, and scored on
// its own). A cue the annotators did not mark ("emphasis added") relays
// nothing: the claim is then compared with the outer source.
func relays(d *pipeline.Doc, c pipeline.Claim, a polnearAttr, attrs []polnearAttr) bool {
	if c.Quote < 0 || c.Quote >= len(d.Quotes) {
		return false
	}
	cue := d.Quotes[c.Quote].Cue
	if cue.IsEmpty() || cue.Start < a.content[0].Start || cue.End > a.content[len(a.content)-1].End || overlapsAny(cue, a.cue) {
		return false
	}
	for _, b := range attrs {
		if b.ID != a.ID && overlapsAny(cue, b.cue) {
			return true
		}
	}
	return false
}
