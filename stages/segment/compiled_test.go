package segment

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

var update = flag.Bool("update", false, "rewrite model/pos.bin.zst from prose's model data")

// TestCompiledTagger checks that the embedded compiled model is exactly
// prose's model in the compiled layout; with -update it rewrites it.
func TestCompiledTagger(t *testing.T) {
	fromProse, err := taggerFromProse()
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := encodeTagger(&want, fromProse); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("model/pos.bin.zst", modelfile.Compress(want.Bytes()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	raw, err := modelfile.Decompress("model/pos.bin.zst", compiledPOS)
	if err != nil {
		t.Fatal(err)
	}
	got := bytes.NewBuffer(raw)
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatal("model/pos.bin.zst is not prose's model; run go test ./stages/segment -run TestCompiledTagger -update")
	}
	// Decoding gives back the same tagger.
	decoded, err := decodeTagger(got.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := encodeTagger(&again, decoded); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), want.Bytes()) {
		t.Fatal("decode then encode changes the model")
	}
}
