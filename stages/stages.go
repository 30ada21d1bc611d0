package stages

import (
	"fmt"

	"golang.org/x/sync/errgroup"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/claims"
	"github.com/newsclaims/newsclaims/stages/entities"
	"github.com/newsclaims/newsclaims/stages/ingest"
	"github.com/newsclaims/newsclaims/stages/quantities"
	"github.com/newsclaims/newsclaims/stages/quotes"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// Default builds the standard chain of stages, loading every model once.
//
// The constructors are independent and the slow ones (the entity model and
// gazetteer, the POS model) decompress and index embedded data, so they run
// side by side: start-up is a fixed cost of every run, paid before any
// document is read.
func Default() ([]pipeline.Stage, error) {
	constructors := []struct {
		name string
		new  func() (pipeline.Stage, error)
	}{
		{"zones", func() (pipeline.Stage, error) { return zones.New() }},
		{"segment", func() (pipeline.Stage, error) { return segment.New() }},
		{"entities", func() (pipeline.Stage, error) { return entities.New() }},
		{"quantities", func() (pipeline.Stage, error) { return quantities.New() }},
		{"quotes", func() (pipeline.Stage, error) { return quotes.New() }},
		{"claims", func() (pipeline.Stage, error) { return claims.New() }},
	}
	built := make([]pipeline.Stage, len(constructors))
	var g errgroup.Group
	for i, c := range constructors {
		g.Go(func() error {
			s, err := c.new()
			if err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			built[i] = s
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return append([]pipeline.Stage{ingest.New()}, built...), nil
}

// NewLinker returns the claim linker that fills the claim_links table.
func NewLinker() pipeline.Linker {
	return claims.NewLinker()
}
