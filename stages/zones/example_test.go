package zones_test

import (
	"context"
	"fmt"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/zones"
)

func Example() {
	stage, err := zones.New()
	if err != nil {
		panic(err)
	}
	d := &pipeline.Doc{Text: `Play Live Radio
0:00 0:00

Rebels Leave Eastern Ghouta

Thursday, March 2, 2017

Buses carrying rebels left the enclave on Thursday, state media said.

Copyright 2017 NPR. All rights reserved.

Sam Lee said...

Good news at last.`}
	if err := stage.Process(context.Background(), d); err != nil {
		panic(err)
	}
	for _, z := range d.Zones {
		if z.Author != "" {
			fmt.Printf("%-11s %q by %s\n", z.Kind, d.Slice(z.Span), z.Author)
			continue
		}
		fmt.Printf("%-11s %q\n", z.Kind, d.Slice(z.Span))
	}
	fmt.Printf("title %q, outlet %q, published %s\n", d.Title, d.Outlet, d.Published)
	// Output:
	// boilerplate "Play Live Radio\n0:00 0:00"
	// headline    "Rebels Leave Eastern Ghouta"
	// dateline    "Thursday, March 2, 2017"
	// body        "Buses carrying rebels left the enclave on Thursday, state media said."
	// boilerplate "Copyright 2017 NPR. All rights reserved."
	// boilerplate "Sam Lee said..."
	// comment     "Good news at last." by Sam Lee
	// title "Rebels Leave Eastern Ghouta", outlet "NPR", published 2017-03-02
}
