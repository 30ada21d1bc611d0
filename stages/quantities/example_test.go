package quantities_test

import (
	"context"
	"fmt"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/quantities"
)

func Example() {
	stage, err := quantities.New()
	if err != nil {
		panic(err)
	}
	text := "Air strikes killed at least 39 civilians on Saturday.\n" +
		"Russia intervened on September 30, deploying about 50 combat aircraft and flying as many as 25 sorties a day."
	d := &pipeline.Doc{Text: text, Published: "2016-03-18"}
	if err := stage.Process(context.Background(), d); err != nil {
		panic(err)
	}
	for _, q := range d.Quantities {
		if q.Kind == pipeline.KindDate {
			fmt.Printf("%q date %s resolved %s\n", q.Text, q.Normalized, q.Resolved)
			continue
		}
		fmt.Printf("%q %g %s %q %s", q.Text, *q.Value, q.Qualifier, q.Unit, q.Kind)
		if q.Per != "" {
			fmt.Printf(" per %s", q.Per)
		}
		fmt.Println()
	}
	// Output:
	// "at least 39 civilians" 39 at_least "civilian" count
	// "Saturday" date XXXX-WXX-6 resolved 2016-03-12
	// "September 30" date XXXX-09-30 resolved 2015-09-30
	// "about 50 combat aircraft" 50 about "combat aircraft" count
	// "as many as 25 sorties a day" 25 up_to "sortie" rate per day
}
