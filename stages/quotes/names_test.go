package quotes

import (
	"context"
	"testing"

	"github.com/newsclaims/newsclaims/internal/gold"
	"github.com/newsclaims/newsclaims/pipeline"
)

// TestSurnameTaggedAsVerb runs the real stages over a surname ending in
// -ing at a sentence start, which the tagger reads as a verb: the entity
// model's person makes it a name, so the lead attributes the quotation.
// The sentences are invented.
func TestSurnameTaggedAsVerb(t *testing.T) {
	text := "Dale Fleming, a former pitcher, was let go on Wednesday.\n\nFleming told WKRB: “I replied to the post. I did not write it.”\n"
	d := &pipeline.Doc{Raw: []byte(text), ID: pipeline.DocID([]byte(text))}
	for _, st := range append(realStages(t), gold.Must(New())) {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if len(d.Quotes) != 1 {
		t.Fatalf("want one quote, got %d: %+v", len(d.Quotes), d.Quotes)
	}
	q := d.Quotes[0]
	if got := d.Text[q.Source.Start:q.Source.End]; got != "Fleming" || q.Speaker != "Dale Fleming" {
		t.Errorf("source %q speaker %q, want Fleming, Dale Fleming", got, q.Speaker)
	}
}
