//go:build !unix

package pipeline

import "context"

// lockOutput has no lock to take on this system: run one newsclaims at a
// time per output directory.
func lockOutput(ctx context.Context, out string) (unlock func(), err error) { return func() {}, nil }
