package modelfile

import (
	"bytes"
	"strings"
	"testing"
)

func TestRoundTripAndDeterminism(t *testing.T) {
	raw := []byte(strings.Repeat("the quick brown fox 12345\n", 5000))
	a, b := Compress(raw), Compress(raw)
	if !bytes.Equal(a, b) {
		t.Fatal("Compress is not deterministic")
	}
	if len(a) >= len(raw)/10 {
		t.Errorf("compressed %d bytes to %d", len(raw), len(a))
	}
	got, err := Decompress("test", a)
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("round trip: err %v, equal %v", err, bytes.Equal(got, raw))
	}
	if got, err := Decompress("empty", Compress(nil)); err != nil || len(got) != 0 {
		t.Errorf("empty: %q, %v", got, err)
	}
}

// TestCompressLight checks the frame for data that barely compresses: it
// reads back the same, is the same bytes every time (make model rebuilds the
// entity model bit for bit) and keeps its literals out of entropy coding,
// which is what makes it quick to decode.
func TestCompressLight(t *testing.T) {
	raw := make([]byte, 1<<20)
	x := uint32(1)
	for i := range raw { // weights-like bytes: little to match
		x = x*1664525 + 1013904223
		raw[i] = byte(x >> 24)
	}
	a, b := CompressLight(raw), CompressLight(raw)
	if !bytes.Equal(a, b) {
		t.Fatal("CompressLight is not deterministic")
	}
	got, err := Decompress("test", a)
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("round trip: err %v, equal %v", err, bytes.Equal(got, raw))
	}
	if best := Compress(raw); len(a) < len(best) {
		t.Errorf("light frame %d bytes, smaller than the best level's %d: not the light options?", len(a), len(best))
	}
}

func TestDecompressRejectsOtherData(t *testing.T) {
	for _, bad := range [][]byte{nil, []byte("not zstd"), {0x1f, 0x8b, 8, 0}} {
		if _, err := Decompress("model/x.zst", bad); err == nil || !strings.Contains(err.Error(), "model/x.zst") {
			t.Errorf("Decompress(%q) error %v, want one naming the file", bad, err)
		}
	}
	// a truncated frame
	full := Compress([]byte(strings.Repeat("abc", 1000)))
	if _, err := Decompress("model/x.zst", full[:len(full)/2]); err == nil {
		t.Error("truncated frame accepted")
	}
}
