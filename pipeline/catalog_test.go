package pipeline

import (
	"testing"
	"unsafe"
)

// TestCatalogKeepsNoDocumentText checks that the catalog, which lives for
// the whole run, holds copies of the mention strings, not slices of the
// documents' texts (which would keep every article in memory).
func TestCatalogKeepsNoDocumentText(t *testing.T) {
	text := "Vladimir Putin met Angela Merkel in Berlin."
	d := &Doc{ID: "d1", Text: text, Mentions: []Mention{
		{Span: Span{Start: 0, End: 14}, Text: text[0:14], Label: "PERSON", Canonical: text[0:14], EntityID: "E1"},
		{Span: Span{Start: 19, End: 32}, Text: text[19:32], Label: "PERSON", Canonical: "Angela Merkel", EntityID: "E2"},
		{Span: Span{Start: 36, End: 42}, Text: text[36:42], Label: "GPE", Canonical: "Berlin", EntityID: "E3"},
	}}
	c := newCatalog()
	c.add(d)
	inText := func(s string) bool {
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return len(s) > 0 && p >= lo && p < lo+uintptr(len(text))
	}
	rows := c.rows()
	if len(rows) != 3 {
		t.Fatalf("%d entities, want 3", len(rows))
	}
	for _, r := range rows {
		if inText(r.Name) {
			t.Errorf("entity %s: name %q points into the document text", r.EntityID, r.Name)
		}
		for _, a := range r.Aliases {
			if inText(a) {
				t.Errorf("entity %s: alias %q points into the document text", r.EntityID, a)
			}
		}
		if r.NMentions != 1 || r.NDocs != 1 {
			t.Errorf("entity %s: %d mentions in %d docs, want 1 in 1", r.EntityID, r.NMentions, r.NDocs)
		}
	}
}
