package quotes

import (
	"strings"
	"testing"
)

// TestTokenizeApostrophes checks that two apostrophes typed for a double
// mark make one quote-mark token, as "--" makes one dash, while the real
// apostrophes (possessives, elisions, contractions) and single marks stay
// as they were. Each token is written as its text and kind.
func TestTokenizeApostrophes(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// two apostrophes for a double mark
		{"opening and closing pair", "''Go home!'' Lee said.", "''/q Go/w home/w !/p ''/q Lee/w said/w ./p"},
		{"pair after a comma", "''We won,'' she said.", "''/q We/w won/w ,/p ''/q she/w said/w ./p"},
		{"pair right after a word", "He said ''never''", "He/w said/w ''/q never/w ''/q"},
		{"pair at the end of the text", "She called it ''absurd.''", "She/w called/w it/w ''/q absurd/w ./p ''/q"},
		{"three close a single then a double", "''A 'clean break,''' Lee said.", "''/q A/w '/q clean/w break/w ,/p '/q ''/q Lee/w said/w ./p"},
		{"dash pair unchanged", "Lee -- the mayor -- left.", "Lee/w --/p the/w mayor/w --/p left/w ./p"},
		// real apostrophes
		{"contraction", "We won't stop.", "We/w won't/w stop/w ./p"},
		{"curly contraction", "We won’t stop.", "We/w won’t/w stop/w ./p"},
		{"singular possessive", "Lee's plan", "Lee's/w plan/w"},
		{"plural possessive", "the voters' choice", "the/w voters/w '/q choice/w"},
		{"elision on both sides", "rock 'n' roll", "rock/w '/q n/w '/q roll/w"},
		{"decade", "the '90s boom", "the/w '/q 90s/w boom/w"},
		{"single quotation", "the 'clean break' plan", "the/w '/q clean/w break/w '/q plan/w"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tc.text, 0, len(tc.text)) {
				got = append(got, tok.text+"/"+string(tok.kind))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("tokenize(%q)\n got %s\nwant %s", tc.text, g, tc.want)
			}
		})
	}
}
