package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDecode decodes the seed articles, with \r\n line ends to repair.
func BenchmarkDecode(b *testing.B) {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	if len(paths) == 0 {
		b.Skip("no seeds")
	}
	var docs [][]byte
	var size int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		crlf := make([]byte, 0, len(raw)+len(raw)/40)
		for _, c := range raw {
			if c == '\n' {
				crlf = append(crlf, '\r')
			}
			crlf = append(crlf, c)
		}
		docs = append(docs, crlf)
		size += int64(len(crlf))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range docs {
			if _, _, err := Decode(raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}
