package claims_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/claims"
	"github.com/newsclaims/newsclaims/stages/segment"
)

// report builds a one-line document with sentences and tokens and one
// attribution, "<content>, <speaker> said.", then finds its claims.
func report(outlet, text, content, speaker string) *pipeline.Doc {
	d := &pipeline.Doc{ID: outlet, Text: text, Outlet: outlet, Published: "2016-03-18",
		Zones: []pipeline.Zone{{Span: pipeline.Span{End: len(text)}, Kind: pipeline.ZoneBody}}}
	seg, err := segment.New()
	if err != nil {
		panic(err)
	}
	if err := seg.Process(context.Background(), d); err != nil {
		panic(err)
	}
	for _, name := range []string{"Russia", "Palmyra"} {
		if i := strings.Index(text, name); i >= 0 {
			label := pipeline.LabelGPE
			d.Mentions = append(d.Mentions, pipeline.Mention{Span: pipeline.Span{Start: i, End: i + len(name)},
				Text: name, Label: label, Canonical: name, EntityID: pipeline.EntityID(label, name)})
		}
	}
	i := strings.Index(text, content)
	cue := strings.Index(text, "said")
	d.Quotes = []pipeline.Quote{{Type: pipeline.QuoteIndirect, Content: pipeline.Span{Start: i, End: i + len(content)},
		Cue: pipeline.Span{Start: cue, End: cue + 4}, Speaker: speaker, EmbeddedIn: -1}}
	st, _ := claims.New()
	if err := st.Process(context.Background(), d); err != nil {
		panic(err)
	}
	return d
}

func Example() {
	d := report("Wire", "Russia staged no air strikes near Palmyra on Saturday, a spokesman said.",
		"Russia staged no air strikes near Palmyra on Saturday", "Patrick Ryder")
	for _, c := range d.Claims {
		fmt.Printf("%q\nclaimant=%s predicate=%s stance=%s time=%s hedged=%v\n",
			c.Text, c.Claimant, c.Predicate, c.Stance, c.Time, c.Hedged)
	}
	// Output:
	// "Russia staged no air strikes near Palmyra on Saturday"
	// claimant=Patrick Ryder predicate=stage stance=denies time=2016-03-12 hedged=false
}

func ExampleLinker() {
	a := report("Wire", "Russia staged no air strikes near Palmyra on Saturday, a spokesman said.",
		"Russia staged no air strikes near Palmyra on Saturday", "Patrick Ryder")
	b := report("Daily", "Russia carried out air strikes near Palmyra on Saturday, the ministry said.",
		"Russia carried out air strikes near Palmyra on Saturday", "Russian Ministry of Defence")
	l := claims.NewLinker()
	l.Add(a, nil)
	l.Add(b, nil)
	for link := range l.Links() {
		fmt.Println(link.Relation+":", link.Reason)
	}
	// Output:
	// conflicts: Patrick Ryder says there was no 'strike' ("Russia staged no air strikes near Palmyra on Saturday"); Russian Ministry of Defence says there was ("Russia carried out air strikes near Palmyra on Saturday")
}
