// Package stages lists the stages every document goes through, in order.
//
//	ingest → zones → segment → entities → quantities → quotes → claims
//
// The list is written out here, not registered from init functions, so that
// a reader sees the whole chain in one place.
package stages

import (
	"fmt"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/ingest"
	"github.com/newsclaims/newsclaims/stages/segment"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// Default builds the standard chain of stages, loading every model once.
func Default() ([]pipeline.Stage, error) {
	z, err := zones.New()
	if err != nil {
		return nil, fmt.Errorf("zones: %w", err)
	}
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	return []pipeline.Stage{ingest.New(), z, seg}, nil
}

// NewLinker returns the claim linker for the claim_links table.
func NewLinker() pipeline.Linker {
	return nil
}
