package ner

import (
	"strings"
	"testing"
)

func TestSplitHandle(t *testing.T) {
	tests := []struct {
		name, tok string
		want      string // parts joined by "|"; "" when tok is no user name or hashtag
	}{
		{"camel case", "@CityNewsDesk", "City|News|Desk"},
		{"capital run before a word", "@ABCWorld", "ABC|World"},
		{"underscore", "@maria_lopez", "maria|lopez"},
		{"digits apart", "#Vote2016now", "Vote|2016|now"},
		{"lower case stays whole", "@dailyherald", "dailyherald"},
		{"all capitals", "#NHS", "NHS"},
		{"lower then capitals", "@theBBC", "the|BBC"},
		{"accented letters", "@ÉcoleNormale", "École|Normale"},
		{"no letter", "#2016", ""},
		{"sign alone", "@", ""},
		{"plain word", "News", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			kind, body := handleKind(tc.tok)
			var got []string
			if kind != 0 {
				for _, p := range splitHandle(body, nil) {
					got = append(got, body[p.start:p.end])
				}
			}
			if g := strings.Join(got, "|"); g != tc.want {
				t.Errorf("parts of %q = %q, want %q", tc.tok, g, tc.want)
			}
		})
	}
}

// TestHandleFeatures checks which readings of a user name's parts become
// features, against a small gazetteer.
func TestHandleFeatures(t *testing.T) {
	g := NewGazetteer([]Entry{
		{Surface: "Maria", Kind: KindFirstName, Canonical: "Maria"},
		{Surface: "Lopez", Kind: KindLastName, Canonical: "Lopez"},
		{Surface: "Leeds", Label: "GPE", Kind: KindCity, Canonical: "Leeds"},
		{Surface: "Ana Ruiz", Kind: KindPersonName, Canonical: "Ana Ruiz"},
	})
	f := NewFeaturizer(g, nil)
	f.Set |= FeatHandles
	has := func(feats []uint64, key uint64) bool {
		for _, k := range feats {
			if k == key {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name string
		tok  string
		want uint64 // a feature key that must be among the token's features
		not  bool   // the key must be absent instead
	}{
		{"given name and surname glued", "@marialopez", mix(tHandleGlued, handleAt<<4|gluedPerson), false},
		{"surname and given name is no person", "@lopezmaria", mix(tHandleGlued, handleAt<<4|gluedPerson), true},
		{"organisation word at the end", "@leedsnews", mix(tHandleGlued, handleAt<<4|gluedOrgEnd), false},
		{"place as the first of two parts", "@LeedsNews", mix(tHandlePartKind, handleAt<<8|1<<5|uint64(KindCity)), false},
		{"organisation word as the last part", "@LeedsNews", mix(tHandlePartKind, handleAt<<8|2<<5|30), false},
		{"a person's full name, spaces ignored", "@AnaRuiz", mix(tHandleGaz, handleAt<<8|uint64(KindPersonName)), false},
		{"hashtag body reads as the word", "#Leeds", mix(tLower, Hash("leeds", true)), false},
		{"a plain word has none of them", "Leeds", mix(tHandleParts, handleAt<<4|1), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Sentence{Toks: []string{"via", tc.tok, "today"}}
			f.Prepare(&s)
			feats := f.Static(&s, 1, nil)
			if has(feats, tc.want) == tc.not {
				t.Errorf("%q: feature present = %v, want %v", tc.tok, !tc.not, tc.not)
			}
		})
	}
}
