package segment

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite model/pos.bin.gz from prose's model data")

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
		var gz bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		zw.Write(want.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("model/pos.bin.gz", gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	zr, err := gzip.NewReader(bytes.NewReader(compiledPOS))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := got.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatal("model/pos.bin.gz is not prose's model; run go test ./stages/segment -run TestCompiledTagger -update")
	}
	// Decoding gives back the same tagger.
	decoded, err := decodeTagger(bufio.NewReader(bytes.NewReader(got.Bytes())))
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
