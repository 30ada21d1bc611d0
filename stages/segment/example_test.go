package segment_test

import (
	"context"
	"fmt"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/segment"
)

func Example() {
	text := "“All targets have been hit,” the ministry said."
	d := &pipeline.Doc{Text: text, Zones: []pipeline.Zone{{Span: pipeline.Span{End: len(text)}, Kind: pipeline.ZoneBody}}}
	s, err := segment.New()
	if err != nil {
		panic(err)
	}
	if err := s.Process(context.Background(), d); err != nil {
		panic(err)
	}
	for _, tok := range d.Tokens[:4] {
		fmt.Printf("%s/%s [%d,%d) ", tok.Text, tok.POS, tok.Start, tok.End)
	}
	fmt.Println()
	// Output: “/`` [0,3) All/NNP [3,6) targets/NNS [7,14) have/VBP [15,19)
}
