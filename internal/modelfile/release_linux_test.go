package modelfile

import (
	"bytes"
	"testing"
	"unsafe"
)

// inBinary is data of the binary itself, as an embedded model is.
const inBinary = "a string constant lies in the executable's read-only data"

// TestRelease checks that release gives back only pages of the executable:
// on bytes of the heap (a model read from disk, as the training command
// does) the advice would zero them.
func TestRelease(t *testing.T) {
	heap := bytes.Repeat([]byte{0xab}, 1<<20)
	release(heap)
	if bytes.Count(heap, []byte{0xab}) != len(heap) {
		t.Fatal("release changed bytes of the heap")
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(inBinary)))
	if !mappedFromExecutable(start, start+uintptr(len(inBinary))) {
		t.Error("data of the binary not found among the executable's mappings")
	}
	if mappedFromExecutable(uintptr(unsafe.Pointer(&heap[0])), uintptr(unsafe.Pointer(&heap[0]))+1) {
		t.Error("heap bytes taken for the executable's")
	}
}
