package pipeline

import (
	"slices"
	"strings"
)

// catalog accumulates the entities table over the whole dataset: the one
// piece of state that grows with the dataset, bounded by the number of
// distinct entities rather than documents.
type catalog struct {
	entities map[string]*catalogEntry
}

type catalogEntry struct {
	name, label string
	kbID        string
	aliases     map[string]struct{}
	mentions    int32
	docs        int32
	lastDoc     string
	// the earliest and latest publication dates (ISO) of the documents
	// that mention it; "" when none is dated
	firstSeen, lastSeen string
}

func newCatalog() *catalog { return &catalog{entities: map[string]*catalogEntry{}} }

// add counts the mentions of one document. The strings it keeps are
// copies: a mention's text is a slice of its document's text, and keeping
// the slice would keep every article of the dataset in memory.
func (c *catalog) add(d *Doc) {
	for _, m := range d.Mentions {
		e := c.entities[m.EntityID]
		if e == nil {
			e = &catalogEntry{name: strings.Clone(m.Canonical), label: m.Label, kbID: strings.Clone(m.KBID), aliases: map[string]struct{}{}}
			c.entities[strings.Clone(m.EntityID)] = e
		}
		if _, seen := e.aliases[m.Text]; !seen {
			e.aliases[strings.Clone(m.Text)] = struct{}{}
		}
		e.mentions++
		if e.lastDoc != d.ID {
			e.docs++
			e.lastDoc = d.ID
			e.seen(d.Published)
		}
	}
}

// seen widens the entry's first and last seen dates to include day.
func (e *catalogEntry) seen(day string) {
	if day == "" {
		return
	}
	if e.firstSeen == "" || day < e.firstSeen {
		e.firstSeen = strings.Clone(day)
	}
	if day > e.lastSeen {
		e.lastSeen = strings.Clone(day)
	}
}

// addRow adds an entities row of an earlier run: an append rewrites the
// entities table of the whole dataset from the previous one and its own
// documents. A document is in one run only, so the counts add up.
func (c *catalog) addRow(r EntityRow) {
	e := c.entities[r.EntityID]
	if e == nil {
		e = &catalogEntry{name: r.Name, label: r.Label, kbID: r.KBID, aliases: map[string]struct{}{}}
		c.entities[r.EntityID] = e
	}
	for _, a := range r.Aliases {
		e.aliases[a] = struct{}{}
	}
	e.mentions += r.NMentions
	e.docs += r.NDocs
	e.seen(r.FirstSeen)
	e.seen(r.LastSeen)
}

// rows returns the entities sorted by entity_id, each with its aliases (every
// surface form seen) sorted.
func (c *catalog) rows() []EntityRow {
	rows := make([]EntityRow, 0, len(c.entities))
	for id, e := range c.entities {
		aliases := make([]string, 0, len(e.aliases))
		for a := range e.aliases {
			aliases = append(aliases, a)
		}
		slices.Sort(aliases)
		rows = append(rows, EntityRow{EntityID: id, Name: e.name, Label: e.label, Aliases: aliases,
			NMentions: e.mentions, NDocs: e.docs, KBID: e.kbID, FirstSeen: e.firstSeen, LastSeen: e.lastSeen})
	}
	// slices.SortFunc, not sort.Slice: the whole dataset's entities are
	// sorted on every append, and the reflective swap doubled the cost
	slices.SortFunc(rows, func(a, b EntityRow) int { return strings.Compare(a.EntityID, b.EntityID) })
	return rows
}
