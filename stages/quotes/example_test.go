package quotes_test

import (
	"context"
	"fmt"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/quotes"
)

func Example() {
	text := "“All targets have been hit,” according to the defense ministry.\n\n" +
		"Russia did carry out air strikes, a US military spokesman said Friday."
	d := &pipeline.Doc{Text: text, Zones: []pipeline.Zone{
		{Span: pipeline.Span{Start: 0, End: len(text)}, Kind: pipeline.ZoneBody},
	}}
	st, err := quotes.New()
	if err != nil {
		panic(err)
	}
	if err := st.Process(context.Background(), d); err != nil {
		panic(err)
	}
	for _, q := range d.Quotes {
		fmt.Printf("%s: %q <- %q (cue %q)\n", q.Type, d.Slice(q.Content), d.Slice(q.Source), d.Slice(q.Cue))
	}
	// Output:
	// direct: "All targets have been hit," <- "the defense ministry" (cue "according to")
	// indirect: "Russia did carry out air strikes" <- "a US military spokesman" (cue "said")
}
