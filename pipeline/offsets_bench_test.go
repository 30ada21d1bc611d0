package pipeline

import (
	"strings"
	"testing"
)

// BenchmarkRuneOffsetsGrowth converts every offset of a text, last first:
// the order that made the old converter count from the start each time.
// Time per byte should not grow with the text.
func BenchmarkRuneOffsetsGrowth(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"0.1MB", 100 << 10}, {"1MB", 1 << 20}, {"4MB", 4 << 20}} {
		unit := "“Palmyra,” said László Mikó — ok. "
		text := strings.Repeat(unit, size.bytes/len(unit))
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				ro := NewRuneOffsets(text)
				for off := len(text); off >= 0; off -= 97 {
					for off > 0 && off < len(text) && text[off]&0xC0 == 0x80 {
						off--
					}
					ro.Of(off)
				}
			}
		})
	}
}
