//go:build !linux

package modelfile

// release does nothing where the pages of the binary are not given back
// (see release_linux.go).
func release([]byte) {}
