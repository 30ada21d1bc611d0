package zones

import (
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestWireDatelines checks that a wire dateline opening a paragraph is one
// dateline zone and the story after it a body zone, and that lines opening
// with capitals or a dash for another reason are left whole.
func TestWireDatelines(t *testing.T) {
	tests := []struct {
		name, line string
		dateline   string // "" when the line opens with none
		agency     string
	}{
		{"agency in brackets", "WASHINGTON (AP) — Senate Republicans released the bill on Thursday.", "WASHINGTON (AP) —", "AP"},
		{"place and country", "BEIRUT, Lebanon (Reuters) - Air strikes killed 12 civilians on Sunday.", "BEIRUT, Lebanon (Reuters) -", "Reuters"},
		{"place and date", "LONDON, Oct 3 (AP) — Britain's economy grew faster than expected.", "LONDON, Oct 3 (AP) —", "AP"},
		{"abbreviated month", "NEW YORK, Oct. 3 (Reuters) - Stocks fell on Monday.", "NEW YORK, Oct. 3 (Reuters) -", "Reuters"},
		{"place of three words", "RIO DE JANEIRO (AP) — Police raided the offices on Tuesday.", "RIO DE JANEIRO (AP) —", "AP"},
		{"place with a dot", "ST. LOUIS (AP) — A jury convicted the man on Friday.", "ST. LOUIS (AP) —", "AP"},
		{"state abbreviation", "SPRINGFIELD, Ill. (AP) — Lawmakers passed the budget.", "SPRINGFIELD, Ill. (AP) —", "AP"},
		{"no agency, double hyphen", "MANAMA, Bahrain -- The destroyer completed a joint exercise on Monday.", "MANAMA, Bahrain --", ""},
		{"no agency, hyphen", "BEIRUT - Air strikes killed at least 39 civilians on Saturday.", "BEIRUT -", ""},
		{"en dash", "KYIV – Ukraine said it shot down 20 drones overnight.", "KYIV –", ""},
		{"horizontal bar", "DOVER ― The board voted to close the pier.", "DOVER ―", ""},
		{"horizontal bar after an agency", "HARBOR CITY, Ore. (AP) ― Crews reopened the bridge.", "HARBOR CITY, Ore. (AP) ―", "AP"},
		{"figure dash", "KYIV ‒ Ukraine said it shot down 20 drones overnight.", "KYIV ‒", ""},
		{"capitalised place with an agency", "Washington (CNN) — The House voted on Wednesday.", "Washington (CNN) —", "CNN"},
		{"lower-case agency", "BERLIN (dpa) - Germany's economy shrank in the third quarter.", "BERLIN (dpa) -", "dpa"},
		{"two-word agency", "GENEVA (Thomson Reuters Foundation) - Aid groups warned of famine.", "GENEVA (Thomson Reuters Foundation) -", "Thomson Reuters Foundation"},
		{"dash lost after the agency", "Washington (CNN)The House voted on Wednesday.", "Washington (CNN)", "CNN"},
		{"story opens with a figure", "DHAKA (Reuters) - 12 workers died in the fire.", "DHAKA (Reuters) -", "Reuters"},
		{"story opens with a quote", "PARIS (AFP) - \"We will not give in,\" the minister said.", "PARIS (AFP) -", "AFP"},

		{"capitals opening a sentence", "NATO jets struck rebel positions in Idlib on Sunday.", "", ""},
		{"hyphenated word in capitals", "NATO-led forces withdrew on Monday.", "", ""},
		{"capitalised word and a dash", "Springfield -- The school board voted to close two schools.", "", ""},
		{"a name and an aside", "Obama — who spoke on Monday — said little.", "", ""},
		{"a name and an aside set off by bars", "Obama ― who spoke on Monday ― said little.", "", ""},
		{"a pronoun", "I - and many others - disagreed.", "", ""},
		{"story in lower case", "BEIRUT - the city was quiet.", "", ""},
		{"a figure in brackets", "WASHINGTON (2016) - The bill passed.", "", ""},
		{"a long aside in brackets", "WASHINGTON (the capital, not the state) - The bill passed.", "", ""},
		{"nothing after the dash", "BEIRUT -", "", ""},
		{"capitals without a dash", "WASHINGTON The bill passed.", "", ""},
		{"a clause before the dash", "The army entered the city - a monitor said.", "", ""},
		{"a long run of capitals", "THE MINISTRY OF DEFENCE OF THE REPUBLIC said - Nothing.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, agency := WireDateline(tc.line)
			if got := tc.line[:n]; got != tc.dateline || agency != tc.agency {
				t.Errorf("dateline %q agency %q, want %q %q", got, agency, tc.dateline, tc.agency)
			}
		})
	}
}

// TestWireDatelineZones checks the zones of a page with a wire lede: the
// dateline and the story are two zones of one line, and the agency is the
// outlet.
func TestWireDatelineZones(t *testing.T) {
	s := newStage(t)
	text := "Senate passes budget bill\n\nWASHINGTON (AP) — The Senate passed the budget bill on Thursday, 52 to 48.\n\nThe House votes next week.\n\nBEIRUT - Air strikes resumed."
	r := s.Analyze(text)
	var got []string
	for _, z := range r.Zones {
		got = append(got, string(z.Kind)+":"+text[z.Start:z.End])
	}
	want := []string{
		"headline:Senate passes budget bill",
		"dateline:WASHINGTON (AP) —",
		"body:The Senate passed the budget bill on Thursday, 52 to 48.",
		"body:The House votes next week.",
		"dateline:BEIRUT -",
		"body:Air strikes resumed.",
	}
	if len(got) != len(want) {
		t.Fatalf("zones %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("zone %d: %q, want %q", i, got[i], want[i])
		}
	}
	if r.Outlet != "AP" {
		t.Errorf("outlet %q, want AP", r.Outlet)
	}
	for _, z := range r.Zones {
		if z.Kind == pipeline.ZoneDateline && text[z.End-1] == ' ' {
			t.Errorf("dateline zone %q ends in a space", text[z.Start:z.End])
		}
	}
}

// TestRunInSubheadIsNoDateline checks that words in capitals and a dash deep
// in a story are a run-in subhead, not a dateline, while a dateline with
// its agency is one anywhere.
func TestRunInSubheadIsNoDateline(t *testing.T) {
	s := newStage(t)
	text := "Doctor faces scrutiny\n\nThe doctor has been criticised for years.\n\nHis show draws millions of viewers.\n\nCritics say he misleads them.\n\nHe denies it.\n\nQUESTIONABLE CLAIMS — Doctors wrote to the university in 2015.\n\nPARIS (AFP) - A second story begins here."
	r := s.Analyze(text)
	var datelines []string
	for _, z := range r.Zones {
		if z.Kind == pipeline.ZoneDateline {
			datelines = append(datelines, text[z.Start:z.End])
		}
	}
	if len(datelines) != 1 || datelines[0] != "PARIS (AFP) -" {
		t.Errorf("datelines %q, want only \"PARIS (AFP) -\"", datelines)
	}
}

// TestInnerDatelines checks that a dateline opening a line inside a body
// zone of several lines (running posts printed without blank lines) is cut
// off as at a paragraph start when it names its agency, state or date, and
// that a bare label in capitals there is not.
func TestInnerDatelines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"state", "The first post ends here.\nPORTLAND, Maine -- The council met on Tuesday.",
			[]string{"body:The first post ends here.", "dateline:PORTLAND, Maine --", "body:The council met on Tuesday."}},
		{"agency", "The first post ends here.\n  DENVER (AP) — The council met on Tuesday.\nA third line.",
			[]string{"body:The first post ends here.", "dateline:DENVER (AP) —", "body:The council met on Tuesday.\nA third line."}},
		{"a bare label", "The first post ends here.\nNOW OPEN -- A bakery on Main Street.",
			[]string{"body:The first post ends here.\nNOW OPEN -- A bakery on Main Street."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			zs, _ := SplitWireDatelines(tc.text, []pipeline.Zone{{Span: pipeline.Span{Start: 0, End: len(tc.text)}, Kind: pipeline.ZoneBody}})
			var got []string
			for _, z := range zs {
				got = append(got, string(z.Kind)+":"+tc.text[z.Start:z.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("zones %q, want %q", got, tc.want)
			}
		})
	}
}
