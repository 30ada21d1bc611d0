package pipeline

import (
	"errors"
	"sync"

	"github.com/apache/arrow-go/v18/arrow/memory"
)

// This file holds the table writers of a partition and the rows of one
// document on their way to them.

// writers holds one table writer per output table.
type writers struct {
	docs, zones, sentences, tokens, mentions, entities,
	quantities, quotes, claims, links, errors *tableWriter
	all []*tableWriter
}

// openWriters opens the tables of the partition directory partition in the
// dataset directory dir; the entities table, which describes the whole
// dataset, is not partitioned. Their files are synced by syncs.
func openWriters(dir, partition, format string, withTokens bool, mem memory.Allocator, syncs *syncGroup) (*writers, error) {
	w := &writers{}
	targets := []struct {
		dst **tableWriter
		t   Table
	}{
		{&w.docs, documentsTable}, {&w.zones, zonesTable}, {&w.sentences, sentencesTable},
		{&w.tokens, tokensTable}, {&w.mentions, mentionsTable}, {&w.entities, entitiesTable},
		{&w.quantities, quantitiesTable}, {&w.quotes, quotesTable}, {&w.claims, claimsTable},
		{&w.links, claimLinksTable}, {&w.errors, errorsTable},
	}
	for _, target := range targets {
		if target.t.Name == tokensTable.Name && !withTokens {
			continue
		}
		p := partition
		if target.t.Name == entitiesTable.Name {
			p = ""
		}
		tw, err := newTableWriter(dir, target.t, p, format, mem)
		if err != nil {
			w.abort()
			return nil, err
		}
		for _, o := range tw.files {
			o.syncs = syncs
		}
		*target.dst = tw
		w.all = append(w.all, tw)
	}
	return w, nil
}

func (w *writers) abort() {
	for _, tw := range w.all {
		tw.abort()
	}
}

// docRows are one document's rows, built on the worker that processed it:
// the single writer goroutine, which every document passes through in
// order, then only appends them to the tables. The buffers are pooled and
// reused, so building rows does not allocate slices per document.
type docRows struct {
	failed     bool // only errors is set
	docs       []DocumentRow
	zones      []ZoneRow
	sentences  []SentenceRow
	tokens     []TokenRow
	mentions   []MentionRow
	quantities []QuantityRow
	quotes     []QuoteRow
	claims     []ClaimRow
	errors     []ErrorRow
}

var docRowsPool = sync.Pool{New: func() any { return new(docRows) }}

// rowsOf returns the rows of a processed document (tokens only when
// withTokens); put them back with release once written.
func rowsOf(d *Doc, withTokens bool) *docRows {
	r := docRowsPool.Get().(*docRows)
	r.failed = d.Failed
	r.errors = errorRows(d, r.errors[:0])
	if d.Failed {
		return r
	}
	ro := NewRuneOffsets(d.Text)
	r.docs = documentRows(d, ro, r.docs[:0])
	r.zones = zoneRows(d, ro, r.zones[:0])
	r.sentences = sentenceRows(d, ro, r.sentences[:0])
	r.mentions = mentionRows(d, ro, r.mentions[:0])
	r.quantities = quantityRows(d, ro, r.quantities[:0])
	r.quotes = quoteRows(d, ro, r.quotes[:0])
	r.claims = claimRows(d, ro, r.claims[:0])
	r.tokens = r.tokens[:0]
	if withTokens {
		r.tokens = tokenRows(d, ro, r.tokens)
	}
	return r
}

// release clears the rows (they hold the document's strings) and pools them.
func (r *docRows) release() {
	clear(r.docs)
	clear(r.zones)
	clear(r.sentences)
	clear(r.tokens)
	clear(r.mentions)
	clear(r.quantities)
	clear(r.quotes)
	clear(r.claims)
	clear(r.errors)
	docRowsPool.Put(r)
}

// writeRows appends one document's rows to the tables.
func (w *writers) writeRows(r *docRows) error {
	if err := appendRows(w.errors, r.errors); err != nil {
		return err
	}
	if r.failed {
		return nil
	}
	errs := []error{
		appendRows(w.docs, r.docs),
		appendRows(w.zones, r.zones),
		appendRows(w.sentences, r.sentences),
		appendRows(w.mentions, r.mentions),
		appendRows(w.quantities, r.quantities),
		appendRows(w.quotes, r.quotes),
		appendRows(w.claims, r.claims),
	}
	if w.tokens != nil {
		errs = append(errs, appendRows(w.tokens, r.tokens))
	}
	return errors.Join(errs...)
}
