package quotes

import (
	"context"
	"strings"
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

// TestCutAtCue: a title in capitals that ran a reporting verb into a name
// is cut there; a past form may be a surname and stays.
func TestCutAtCue(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Ann Lee Says Levy", "Ann Lee"},
		{"Tom Ward Warns", "Tom Ward"},
		{"Edward Said", "Edward Said"},
		{"Ann Lee", "Ann Lee"},
	} {
		if got := strings.Join(cutAtCue(strings.Fields(tc.name)), " "); got != tc.want {
			t.Errorf("cutAtCue(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
