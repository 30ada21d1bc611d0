package report

import (
	"cmp"
	"context"
	"slices"

	"github.com/newsclaims/newsclaims/pipeline"
)

// How much of each ranking the overview shows: it must stay one readable
// page whatever the size of the dataset.
const (
	topEntities  = 10  // per label
	topSpeakers  = 15  // who is quoted most
	topClaimants = 15  // claims per claimant
	topUnits     = 20  // quantities by kind and unit
	maxConflicts = 100 // conflicting claims listed in full
	maxErrors    = 100 // error rows listed with their messages
)

// Overview holds every figure of the overview page. Each is computed from
// the tables alone, so that a reader with a query engine finds the same
// numbers (the interop tests check them with DuckDB).
type Overview struct {
	// Tables has the rows and files of every table present, in
	// `newsclaims schema` order.
	Tables []TableCount
	// Labels has, per entity label, the entities and their mentions and
	// the most mentioned entities (entities.n_mentions), the label with
	// the most mentions first.
	Labels []LabelRanking
	// Speakers are the most quoted speakers: rows of quotes per
	// quotes.speaker, null speakers left out.
	Speakers []Count
	// Quotes counts rows of quotes; QuotesWithSpeaker those whose speaker
	// is known.
	Quotes, QuotesWithSpeaker int64
	// Claimants are the claimants with the most claims, with how many of
	// their claims are hedged, deny or dispute.
	Claimants []ClaimantCount
	// Claims counts rows of claims; ClaimsWithClaimant those whose
	// claimant is known.
	Claims, ClaimsWithClaimant int64
	// Kinds counts quantities per kind, the most frequent first; Units
	// counts the most frequent (kind, unit) pairs with a unit.
	Kinds []Count
	Units []Count
	// Timeline counts, per month, the documents published and the dates
	// the quantities resolve to (the days events happen on).
	Timeline []Month
	// Conflicts are the first conflicting claim links in claim_links
	// order, with both claims; NConflicts counts them all.
	Conflicts  []Conflict
	NConflicts int64
	// Errors are the first rows of the errors table; ErrorKinds counts
	// rows per stage and severity; NErrors counts them all.
	Errors     []pipeline.ErrorRow
	ErrorKinds []Count
	NErrors    int64
}

// TableCount is the size of one table.
type TableCount struct {
	Name  string
	Rows  int64
	Files int
}

// Count is one bar of a ranking: Name (and Label, for an entity's label or
// a unit's kind) counted N times.
type Count struct {
	Name  string
	Label string
	N     int64
}

// LabelRanking is the ranking of the entities of one label.
type LabelRanking struct {
	Label    string
	Entities int64
	Mentions int64
	Top      []Count
}

// ClaimantCount is one claimant's claims.
type ClaimantCount struct {
	Name                             string
	Claims, Hedged, Denies, Disputes int64
}

// Month is one month of the timeline, "2016-03".
type Month struct {
	Month             string
	Published, Events int64
}

// Conflict is a conflicting pair of claims.
type Conflict struct {
	A, B   ConflictSide
	Reason string
}

// ConflictSide is one claim of a conflict and where it comes from.
type ConflictSide struct {
	DocID    string
	ClaimID  int32
	Text     string
	Claimant string
	Title    string // the document's title, else its source
	Page     string // the document's page, relative to the report root
}

// tally is the overview being computed in one pass over the tables.
type tally struct {
	ov        Overview
	entities  map[string]*LabelRanking
	topByLbl  map[string][]Count
	speakers  map[string]int64
	claimants map[string]*ClaimantCount
	kinds     map[string]int64
	units     map[[2]string]int64
	months    map[string]*Month
	errKinds  map[[2]string]int64
	// sides are the claims the listed conflicts need, filled in while
	// the claims stream by.
	sides map[claimKey][]*ConflictSide
	// docErrors are the rows of the errors table by document, shown on
	// the documents' pages.
	docErrors map[string][]pipeline.ErrorRow
}

type claimKey struct {
	doc   string
	claim int32
}

func newTally() *tally {
	return &tally{
		entities: map[string]*LabelRanking{}, topByLbl: map[string][]Count{},
		speakers: map[string]int64{}, claimants: map[string]*ClaimantCount{},
		kinds: map[string]int64{}, units: map[[2]string]int64{}, months: map[string]*Month{},
		errKinds: map[[2]string]int64{}, sides: map[claimKey][]*ConflictSide{},
		docErrors: map[string][]pipeline.ErrorRow{},
	}
}

// readGlobal reads the tables that are not per document: entities,
// claim_links and errors, adding their sizes to sizes.
func (t *tally) readGlobal(ctx context.Context, dir string, sizes *tableSizes) error {
	err := each(ctx, dir, "entities", sizes, func(e pipeline.EntityRow) {
		r := t.entities[e.Label]
		if r == nil {
			r = &LabelRanking{Label: e.Label}
			t.entities[e.Label] = r
		}
		r.Entities++
		r.Mentions += int64(e.NMentions)
		top := append(t.topByLbl[e.Label], Count{Name: e.Name, Label: e.Label, N: int64(e.NMentions)})
		if len(top) > 4*topEntities {
			top = rank(top, topEntities)
		}
		t.topByLbl[e.Label] = top
	}, "name", "label", "n_mentions")
	if err != nil {
		return err
	}
	t.rankLabels()
	err = each(ctx, dir, "claim_links", sizes, func(l pipeline.ClaimLinkRow) {
		if l.Relation != "conflicts" {
			return
		}
		t.ov.NConflicts++
		if len(t.ov.Conflicts) < maxConflicts {
			t.ov.Conflicts = append(t.ov.Conflicts, Conflict{Reason: l.Reason,
				A: ConflictSide{DocID: l.DocIDA, ClaimID: l.ClaimA},
				B: ConflictSide{DocID: l.DocIDB, ClaimID: l.ClaimB}})
		}
	})
	if err != nil {
		return err
	}
	for i := range t.ov.Conflicts {
		c := &t.ov.Conflicts[i]
		for _, s := range []*ConflictSide{&c.A, &c.B} {
			k := claimKey{s.DocID, s.ClaimID}
			t.sides[k] = append(t.sides[k], s)
		}
	}
	return each(ctx, dir, "errors", sizes, func(e pipeline.ErrorRow) {
		if e.DocID != "" {
			t.docErrors[e.DocID] = append(t.docErrors[e.DocID], e)
		}
		t.ov.NErrors++
		t.errKinds[[2]string{e.Stage, e.Severity}]++
		if len(t.ov.Errors) < maxErrors {
			t.ov.Errors = append(t.ov.Errors, e)
		}
	})
}

// addDocument counts one document and its rows.
func (t *tally) addDocument(d *docRows, page string) {
	if m := month(d.Doc.Published); m != "" {
		t.monthOf(m).Published++
	}
	for _, q := range d.Quotes {
		t.ov.Quotes++
		if q.Speaker != "" {
			t.ov.QuotesWithSpeaker++
			t.speakers[q.Speaker]++
		}
	}
	for _, c := range d.Claims {
		t.ov.Claims++
		if sides := t.sides[claimKey{c.DocID, c.ClaimID}]; sides != nil {
			title := cmp.Or(d.Doc.Title, d.Doc.Source)
			for _, s := range sides {
				s.Text, s.Claimant, s.Title, s.Page = c.Text, c.Claimant, title, page
			}
		}
		if c.Claimant == "" {
			continue
		}
		t.ov.ClaimsWithClaimant++
		cc := t.claimants[c.Claimant]
		if cc == nil {
			cc = &ClaimantCount{Name: c.Claimant}
			t.claimants[c.Claimant] = cc
		}
		cc.Claims++
		if c.Hedged {
			cc.Hedged++
		}
		switch c.Stance {
		case "denies":
			cc.Denies++
		case "disputes":
			cc.Disputes++
		}
	}
	for _, q := range d.Quantities {
		t.kinds[q.Kind]++
		if q.Unit != "" {
			t.units[[2]string{q.Kind, q.Unit}]++
		}
		if m := month(q.Resolved); m != "" {
			t.monthOf(m).Events++
		}
	}
}

func (t *tally) monthOf(m string) *Month {
	r := t.months[m]
	if r == nil {
		r = &Month{Month: m}
		t.months[m] = r
	}
	return r
}

// month returns "2016-03" of an ISO date, or "" when there is none.
func month(date string) string {
	if len(date) < 7 {
		return ""
	}
	return date[:7]
}

// rankLabels ranks the entities of each label, once the entities table
// is read.
func (t *tally) rankLabels() {
	for label, r := range t.entities {
		r.Top = rank(t.topByLbl[label], topEntities)
		t.ov.Labels = append(t.ov.Labels, *r)
	}
	slices.SortFunc(t.ov.Labels, func(a, b LabelRanking) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), cmp.Compare(a.Label, b.Label))
	})
}

// finish sorts the rankings and cuts them to their top.
func (t *tally) finish() Overview {
	ov := t.ov
	ov.Speakers = rank(counts(t.speakers), topSpeakers)
	for _, c := range t.claimants {
		ov.Claimants = append(ov.Claimants, *c)
	}
	slices.SortFunc(ov.Claimants, func(a, b ClaimantCount) int {
		return cmp.Or(cmp.Compare(b.Claims, a.Claims), cmp.Compare(a.Name, b.Name))
	})
	ov.Claimants = ov.Claimants[:min(len(ov.Claimants), topClaimants)]
	ov.Kinds = rank(counts(t.kinds), len(t.kinds))
	for k, n := range t.units {
		ov.Units = append(ov.Units, Count{Name: k[1], Label: k[0], N: n})
	}
	ov.Units = rank(ov.Units, topUnits)
	for k, n := range t.errKinds {
		ov.ErrorKinds = append(ov.ErrorKinds, Count{Name: k[0], Label: k[1], N: n})
	}
	ov.ErrorKinds = rank(ov.ErrorKinds, len(ov.ErrorKinds))
	for _, m := range t.months {
		ov.Timeline = append(ov.Timeline, *m)
	}
	slices.SortFunc(ov.Timeline, func(a, b Month) int { return cmp.Compare(a.Month, b.Month) })
	return ov
}

func counts(m map[string]int64) []Count {
	out := make([]Count, 0, len(m))
	for name, n := range m {
		out = append(out, Count{Name: name, N: n})
	}
	return out
}

// rank sorts counts by N, most first, then by name and label, and keeps
// the first n.
func rank(cs []Count, n int) []Count {
	slices.SortFunc(cs, func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Label, b.Label))
	})
	return cs[:min(len(cs), n)]
}
