package claims

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
)

// Name is the stage name used in the errors table.
const Name = "claims"

// Minimum number of words of a claim: own-voice clauses need a little more
// than reported ones, whose attribution already marks them as assertions.
const (
	minWordsOwnVoice = 5
	minWordsReported = 3
)

// Stage finds the checkable assertions of a document. It holds no state
// and is safe for concurrent use.
type Stage struct{}

// New returns the claims stage. Its lexicons are package tables, so there
// is nothing to load.
func New() (*Stage, error) { return &Stage{}, nil }

// Name returns "claims".
func (*Stage) Name() string { return Name }

// unit is a stretch of text with one claimant, before it is cut into clauses.
type unit struct {
	span         pipeline.Span
	quote        int // index in Doc.Quotes, or -1
	claimant     string
	claimantID   string
	reported     bool // from a quote: fewer words are enough
	hedged       bool // the attribution itself distances the claimant
	stance       string
	cuePredicate string // the cue lemma, for verbless denials
	verbless     bool   // a nominal content that is kept (a denial)
}

// Process fills d.Claims.
func (s *Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Claims = d.Claims[:0]
	st := newDocState(d)
	memo := st.memo
	d.ClaimAnalyses = st
	var units []unit
	turns := transcriptTurns(d)
	signatures, posts := embeddedPosts(d)
	units = append(units, quoteUnits(d)...)
	units = append(units, ownVoiceUnits(d, turns)...)
	labelSpeakers(d, turns, units)
	seen := map[pipeline.Span]bool{}
	for i, u := range units {
		if i%pipeline.CheckEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		for _, cl := range splitClauses(d, u.span) {
			cl = afterLabel(turns, cl)             // "A: It will close in May" loses its "A:"
			cl = withoutSignatures(signatures, cl) // the signature closing a post
			cu := u
			if k := postAt(posts, cl.Start); k >= 0 && !u.reported {
				// the article's own voice inside a post is its author's
				cu.claimant, cu.claimantID, cu.reported = posts[k].claimant, posts[k].claimantID, true
			}
			if cl.Start >= cl.End || seen[cl] || !checkable(d, cl, cu) {
				continue
			}
			seen[cl] = true
			d.Claims = append(d.Claims, buildClaim(d, cl, cu, memo))
		}
	}
	anaphoricDenials(d, memo)
	sort.SliceStable(d.Claims, func(i, j int) bool {
		a, b := d.Claims[i], d.Claims[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return nil
}

// buildClaim fills every field of one claim, and keeps its analysis in
// memo for the linker (memo.go).
func buildClaim(d *pipeline.Doc, cl pipeline.Span, u unit, memo analysisMemo) pipeline.Claim {
	c := pipeline.Claim{
		Span:             cl,
		Text:             d.Text[cl.Start:cl.End],
		Claimant:         u.claimant,
		ClaimantEntityID: u.claimantID,
		Quote:            u.quote,
		Hedged:           u.hedged || hedged(c0(d, cl)),
		Stance:           u.stance,
	}
	lo, hi := d.QuantitiesStartingIn(cl)
	for qi := lo; qi < hi; qi++ {
		if cl.Contains(d.Quantities[qi].Span) {
			c.Quantities = append(c.Quantities, qi)
		}
	}
	seen := map[string]bool{}
	for _, mi := range mentionsIn(d, cl) {
		id := d.Mentions[mi].EntityID
		if id != "" && !seen[id] {
			seen[id] = true
			c.EntityIDs = append(c.EntityIDs, id)
		}
	}
	a := analyze(d, cl, u.quote, u.claimantID)
	memo.put(cl, u.quote, u.claimantID, a)
	c.Predicate = a.predicate
	if c.Predicate == "" && u.verbless {
		c.Predicate = u.cuePredicate
	}
	c.SubjectEntityID, c.ObjectEntityID, c.PlaceEntityID = a.subject, a.object, a.place
	c.Time = claimTime(d, cl)
	if c.Stance == pipeline.StanceAsserts {
		z := d.ZoneAt(cl.Start)
		toks := tokensIn(d, cl)
		switch {
		case a.predicate != "" && denialCues[a.predicate] && rebutsClaim(d, toks, a.mainAt):
			c.Stance = pipeline.StanceDenies
		case a.predicate != "" && disputeCues[a.predicate] && rebutsClaim(d, toks, a.mainAt):
			c.Stance = pipeline.StanceDisputes
		case disputeVerb(d, toks):
			c.Stance = pipeline.StanceDisputes
		case z >= 0 && d.Zones[z].Kind == pipeline.ZoneComment && a.negated:
			// A negated assertion in a reader comment rebuts the thread.
			c.Stance = pipeline.StanceDisputes
		case falsity(d, toks) && reportsSpeech(d, toks):
			c.Stance = pipeline.StanceDisputes // "what she said about Trump is wrong"
		case falsity(d, toks):
			c.Stance = pipeline.StanceDenies // "they are all false"
		case u.reported && u.claimant != "" && (a.negated || copulaNegated(d, toks, a.mainAt)) && a.predicate != "" && !mentalVerbs[a.predicate] && !a.irrealis:
			// A source saying something did not happen or is not so:
			// "she never sent the questions", "it was not responsible".
			c.Stance = pipeline.StanceDenies
		}
	}
	return c
}

// claimTime returns the ISO date of the claim: a date quantity inside it,
// else a weekday ("on Saturday") or "today"/"yesterday" resolved against
// the publication date.
func claimTime(d *pipeline.Doc, cl pipeline.Span) string {
	lo, hi := d.QuantitiesStartingIn(cl)
	for _, q := range d.Quantities[lo:hi] {
		if !cl.Contains(q.Span) || q.Kind != pipeline.KindDate {
			continue
		}
		if q.Resolved != "" {
			return q.Resolved
		}
		if q.Normalized != "" && !strings.Contains(q.Normalized, "X") {
			return q.Normalized
		}
	}
	pub, err := time.Parse("2006-01-02", d.Published)
	if err != nil {
		return ""
	}
	for _, ti := range tokensIn(d, cl) {
		w := lowerTok(d, ti)
		if wd, ok := weekdays[w]; ok {
			back := (int(pub.Weekday()) - wd + 7) % 7
			return pub.AddDate(0, 0, -back).Format("2006-01-02")
		}
		switch w {
		case "today":
			return pub.Format("2006-01-02")
		case "yesterday":
			return pub.AddDate(0, 0, -1).Format("2006-01-02")
		}
	}
	return ""
}
