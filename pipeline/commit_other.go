//go:build !linux

package pipeline

import "errors"

// exchangeDirs swaps two directories in one step where the system can;
// here it cannot, and replaceDir renames twice.
func exchangeDirs(a, b string) error { return errors.ErrUnsupported }
