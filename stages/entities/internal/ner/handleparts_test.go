package ner

import (
	"strings"
	"testing"
)

func TestHandleParts(t *testing.T) {
	tests := []struct {
		name, tok string
		sign      byte
		body      string
		parts     string // joined by "|"
	}{
		{"user name", "@CityNewsDesk", '@', "CityNewsDesk", "City|News|Desk"},
		{"hashtag", "#NorthKorea", '#', "NorthKorea", "North|Korea"},
		{"lower case stays whole", "@dailyherald", '@', "dailyherald", "dailyherald"},
		{"no letter", "#2016", 0, "", ""},
		{"plain word", "News", 0, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sign, body, parts := HandleParts(tc.tok, nil)
			if sign != tc.sign || body != tc.body || strings.Join(parts, "|") != tc.parts {
				t.Errorf("HandleParts(%q) = %q, %q, %q; want %q, %q, %q", tc.tok, sign, body, parts, tc.sign, tc.body, tc.parts)
			}
		})
	}
}

func TestGluedEntries(t *testing.T) {
	g := NewGazetteer([]Entry{
		{Surface: "Valley News", Label: "ORG", Kind: KindOrg, Canonical: "Valley News"},
		{Surface: "Kestrel Motors", Label: "ORG", Kind: KindCompany, Canonical: "Kestrel Motors"},
	})
	tests := []struct {
		s            string
		named, names int
	}{
		{"valleynews", 1, 0},
		{"ValleyNews", 1, 0},
		{"kestrelmotors", 0, 1},
		{"valley", 0, 0},
	}
	for _, tc := range tests {
		named, names := g.GluedEntries(tc.s)
		if len(named) != tc.named || len(names) != tc.names {
			t.Errorf("GluedEntries(%q): %d named, %d names; want %d, %d", tc.s, len(named), len(names), tc.named, tc.names)
		}
	}
}
