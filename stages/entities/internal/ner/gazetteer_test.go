package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

// TestCompiledRoundTrip reads back what WriteCompiled wrote, for entry
// counts odd and even, small and large (the file is read in two halves).
func TestCompiledRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 1001} {
		var entries []Entry
		for i := range n {
			entries = append(entries, Entry{Surface: fmt.Sprintf("Place %d", i), Label: "GPE", Kind: Kind(i % int(numKinds)),
				Primary: i%2 == 0, Ambiguous: i%3 == 0, Pop: i * 7, Canonical: fmt.Sprintf("Place %d", i/2), ID: fmt.Sprint(i)})
		}
		var buf bytes.Buffer
		if err := WriteCompiled(&buf, entries); err != nil {
			t.Fatal(err)
		}
		got, err := ReadCompiled(buf.Bytes())
		if err != nil {
			t.Fatalf("%d entries: %v", n, err)
		}
		if !slices.Equal(got, entries) && !(n == 0 && len(got) == 0) {
			t.Errorf("%d entries: read back differs", n)
		}
	}
}

// TestCompiledErrorsNameTheLine checks that a bad line is reported with its
// line number in either half of the file, and that a last line without
// its newline is read.
func TestCompiledErrorsNameTheLine(t *testing.T) {
	good := "Paris\tGPE\t0\tp\t1\tParis\t\n"
	for _, bad := range []int{2, 9} {
		lines := strings.Repeat(good, 10)
		parts := strings.SplitAfter(lines, "\n")
		parts[bad-1] = "Paris\tGPE\n"
		_, err := ReadCompiled(modelfile.Compress([]byte(strings.Join(parts, ""))))
		if want := fmt.Sprintf("gazetteer line %d:", bad); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("bad line %d: error %v, want one with %q", bad, err, want)
		}
	}
	got, err := ReadCompiled(modelfile.Compress([]byte(good + strings.TrimSuffix(good, "\n"))))
	if err != nil || len(got) != 2 {
		t.Errorf("last line without newline: %d entries, %v", len(got), err)
	}
}

// TestNewGazetteerLooksUp checks the index built in halves finds every
// entry by its surface, exact and folded, and demonyms by country.
func TestNewGazetteerLooksUp(t *testing.T) {
	var entries []Entry
	for i := range 501 {
		entries = append(entries, Entry{Surface: fmt.Sprintf("Town %d", i), Label: "GPE", Kind: KindCity, Canonical: fmt.Sprintf("Town %d", i)})
	}
	entries = append(entries, Entry{Surface: "Ruritania", Label: "NORP", Kind: KindDemonym, Canonical: "Ruritanian"})
	g := NewGazetteer(entries)
	for i, e := range entries[:501] {
		if got := g.Lookup(e.Surface, false); !slices.Contains(got, int32(i)) {
			t.Fatalf("Lookup(%q) = %v, want entry %d", e.Surface, got, i)
		}
		if got := g.Lookup(strings.ToUpper(e.Surface), true); !slices.Contains(got, int32(i)) {
			t.Fatalf("folded Lookup(%q) = %v, want entry %d", e.Surface, got, i)
		}
	}
	if d := g.Demonym("Ruritania"); d != "Ruritanian" {
		t.Errorf("Demonym = %q", d)
	}
}
