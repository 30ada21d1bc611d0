package segment

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // tokens joined by |
	}{
		{"curly quotes", "“All targets have been hit,” he said.", "“|All|targets|have|been|hit|,|”|he|said|."},
		{"straight quotes", `He said "no."`, `He|said|"|no|.|"`},
		{"clitics at word end", "We’ll see; they're sure it isn't so, can't they?", "We|’ll|see|;|they|'re|sure|it|is|n't|so|,|ca|n't|they|?"},
		{"possessives", "The ministry’s site and the ministers’ offices", "The|ministry|’s|site|and|the|ministers|’|offices"},
		{"no clitic inside a word", "troops 'recapture Palmyra from Isil'", "troops|'|recapture|Palmyra|from|Isil|'"},
		{"name with apostrophe", "O’Neill and rock'n'roll", "O’Neill|and|rock'n'roll"},
		{"abbreviations", "Mr. Smith of the U.S. Army met Gen. Lee at 4 p.m. on Jan. 5.", "Mr.|Smith|of|the|U.S.|Army|met|Gen.|Lee|at|4|p.m.|on|Jan.|5|."},
		{"hyphenated words", "the U.S.-led, Iran-backed and well-known forces", "the|U.S.-led|,|Iran-backed|and|well-known|forces"},
		{"numbers", "4,000 troops, 1.5 million people, 12:30, 2015.", "4,000|troops|,|1.5|million|people|,|12:30|,|2015|."},
		{"money and percent", "$4.5 billion (about 12%), £30", "$|4.5|billion|(|about|12|%|)|,|£|30"},
		{"dashes", "Palmyra—an ancient city—fell -- again – today", "Palmyra|—|an|ancient|city|—|fell|--|again|–|today"},
		{"ellipsis", "Well... maybe… not", "Well|...|maybe|…|not"},
		{"url", "See https://example.com/a.html, or www.bbc.co.uk.", "See|https://example.com/a.html|,|or|www.bbc.co.uk|."},
		{"email", "(write to news@example.org)", "(|write|to|news@example.org|)"},
		{"no-break space", "To \u00a0the north", "To|the|north"},
		{"brackets", "[sic] (AP) {x}", "[|sic|]|(|AP|)|{|x|}"},
		{"elisions keep apostrophe", "the '90s and rock 'n' roll", "the|'90s|and|rock|'n|'|roll"},
		{"html apostrophe", "the ministry&rsquo;s view", "the|ministry|&rsquo;s|view"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range tokenize(tt.text, 0, len(tt.text), nil) {
				got = append(got, tt.text[sp.start:sp.end])
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("tokens\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // sentences joined by |
	}{
		{"plain", "It fell. It rose again! Why? Nobody knows.", "It fell.|It rose again!|Why?|Nobody knows."},
		{"closing quote stays", "“We won.” He left.", "“We won.”|He left."},
		{"question inside a quote", "“Why?” he asked.", "“Why?” he asked."},
		{"title", "Mr. Smith and Dr. Jones met Gen. Lee.", "Mr. Smith and Dr. Jones met Gen. Lee."},
		{"initials", "J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it."},
		{"abbreviation mid-sentence", "The U.S. military said so.", "The U.S. military said so."},
		{"abbreviation ends a sentence", "He moved to the U.S. The move was hard.", "He moved to the U.S.|The move was hard."},
		{"company", "Acme Inc. The firm said no.", "Acme Inc.|The firm said no."},
		{"time", "It starts at 5 p.m. on Friday.", "It starts at 5 p.m. on Friday."},
		{"lower case after period", "e.g. this. and that", "e.g. this. and that"},
		{"number after period", "It fell. 300 died.", "It fell.|300 died."},
		{"opening quote after period", "He left. “Goodbye,” he said.", "He left.|“Goodbye,” he said."},
		{"ellipsis", "Wait... What now?", "Wait...|What now?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text), nil)
			var got []string
			first := 0
			for _, end := range splitSentences(tt.text, toks, nil) {
				got = append(got, tt.text[toks[first].start:toks[end-1].end])
				first = end
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("sentences\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}

// TestQuickRejects holds cliticStart and isURL, which skip their work on
// most words by a look at one byte, to their plain definitions (below) on
// words with every apostrophe, clitic, opening mark and case.
func TestQuickRejects(t *testing.T) {
	var words []string
	for _, open := range []string{"", "(", "<", "[", `"`, "'", "\u201c", "\u2018", "\u2014", "x"} {
		for _, stem := range []string{"", "a", "N", "9", "dog", "isn", "CAN", "\u00e9t\u00e9", "http://x.org", "www.y", "https://z", "me@x.org", "@x.y"} {
			for _, apo := range []string{"", "'", "\u2019", "&rsquo;", ";", "\u2018"} {
				for _, end := range []string{"", "s", "S", "re", "LL", "m", "Ve", "d", "t", "T", "x", "ll."} {
					words = append(words, open+stem+apo+end)
				}
			}
		}
	}
	for _, w := range words {
		if got, want := cliticStart(" "+w, 1, 1+len(w)), cliticSuffixStart(" "+w, 1, 1+len(w)); got != want {
			t.Errorf("cliticStart(%q) = %d, want %d", w, got, want)
		}
		if got, want := isURL(w), plainIsURL(w); got != want {
			t.Errorf("isURL(%q) = %v, want %v", w, got, want)
		}
	}
}

// plainIsURL is isURL without its quick reject.
func plainIsURL(w string) bool {
	w = strings.TrimLeft(w, urlOpening)
	if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 1
}
