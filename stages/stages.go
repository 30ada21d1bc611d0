// Package stages lists the stages every document goes through, in order.
//
//	ingest → zones → segment → entities → quantities → quotes → claims
//	                                                             │
//	                        every document, in doc_id order ──► claims.Linker ──► claim_links
//
// The list is written out here, not registered from init functions, so that
// a reader sees the whole chain in one place.
package stages

import (
	"fmt"

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
func Default() ([]pipeline.Stage, error) {
	chain := []pipeline.Stage{ingest.New()}
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
	for _, c := range constructors {
		s, err := c.new()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		chain = append(chain, s)
	}
	return chain, nil
}

// NewLinker returns the claim linker that fills the claim_links table.
func NewLinker() pipeline.Linker {
	return claims.NewLinker()
}
