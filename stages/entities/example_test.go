package entities_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities"
	"github.com/newsclaims/newsclaims/stages/segment"
)

func Example() {
	text := "ISIS fighters withdrew from Palmyra, the Syrian Observatory for Human Rights (SOHR) said. SOHR counted 39 dead."
	d := &pipeline.Doc{Text: text, Zones: []pipeline.Zone{{Span: pipeline.Span{Start: 0, End: len(text)}, Kind: pipeline.ZoneBody}}}
	seg, _ := segment.New()
	ents, err := entities.New()
	if err != nil {
		panic(err)
	}
	for _, st := range []pipeline.Stage{seg, ents} {
		if err := st.Process(context.Background(), d); err != nil {
			panic(err)
		}
	}
	for _, m := range d.Mentions {
		fmt.Println(strings.Join([]string{m.Text, m.Label, m.Canonical}, " | "))
	}
	// Output:
	// ISIS | ORG | Islamic State
	// Palmyra | GPE | Palmyra
	// Syrian Observatory for Human Rights | ORG | Syrian Observatory for Human Rights
	// SOHR | ORG | Syrian Observatory for Human Rights
	// SOHR | ORG | Syrian Observatory for Human Rights
}
