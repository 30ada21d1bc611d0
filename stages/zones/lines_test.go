package zones

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestLineZones checks that every line holding more than white space is
// one body zone, the line end left out.
func TestLineZones(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{name: "lines and blank lines", text: "Depot to close\n\nThe council voted.\n  \nIt meets again in May.", want: []string{"Depot to close", "The council voted.", "It meets again in May."}},
		{name: "Windows line ends keep their return", text: "One.\r\nTwo.\r\n", want: []string{"One.\r", "Two.\r"}},
		{name: "no text", text: "", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, z := range LineZones(tc.text) {
				if z.Kind != pipeline.ZoneBody {
					t.Errorf("zone %q is %v, want body", tc.text[z.Start:z.End], z.Kind)
				}
				got = append(got, tc.text[z.Start:z.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBareText checks that a bare text gets its dateline split off and
// its turns read, as the stage gives them.
func TestBareText(t *testing.T) {
	d := &pipeline.Doc{Text: "LONDON (Reuters) - The council met.\n\nQ: Will the depot close?\n\nA: Not this year.\n"}
	BareText(d)
	kinds := map[pipeline.ZoneKind]int{}
	for _, z := range d.Zones {
		kinds[z.Kind]++
	}
	if kinds[pipeline.ZoneDateline] != 1 || kinds[pipeline.ZoneBody] != 3 {
		t.Errorf("zones by kind %v, want one dateline and three body zones", kinds)
	}
	if len(d.Turns) != 2 || d.Turns[0].Role != pipeline.TurnQuestion || d.Turns[1].Role != pipeline.TurnAnswer {
		t.Errorf("turns %+v, want a question and an answer", d.Turns)
	}
}
