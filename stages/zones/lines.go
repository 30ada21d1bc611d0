package zones

import (
	"strings"

	"github.com/newsclaims/newsclaims/pipeline"
)

// LineZones lays text out as the body of a bare article, with no page
// around it: every line that holds more than white space is one body
// zone, in text order. Tests that invent article text, and benchmarks
// over a corpus of bare texts, start from it instead of the page rules of
// Process.
func LineZones(text string) []pipeline.Zone {
	var zs []pipeline.Zone
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		if strings.TrimSpace(body) != "" {
			zs = append(zs, pipeline.Zone{Span: pipeline.Span{Start: start, End: start + len(body)}, Kind: pipeline.ZoneBody})
		}
		start += len(line)
	}
	return zs
}

// BareText writes this stage's layers for a document whose text is all
// body (LineZones), as Process would after its page rules: a wire
// dateline split off its line (SplitWireDatelines) and the turn labels
// read (ReadTurns).
func BareText(d *pipeline.Doc) {
	d.Zones, _ = SplitWireDatelines(d.Text, LineZones(d.Text))
	d.Turns = ReadTurns(d.Text, d.Zones)
}
