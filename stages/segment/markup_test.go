package segment

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

func TestFindTags(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the tags found, joined by |
	}{
		{"link", `Read <a href="https://example.org/plan">the plan</a> here.`, `<a href="https://example.org/plan">|</a>`},
		{"line break", "one<br>two<br/>three<br />", "<br>|<br/>|<br />"},
		{"embed with attributes", `<tweet author="@AnaMartinez" datetime="2024-05-02">The depot stays open.<tweet/>`, `<tweet author="@AnaMartinez" datetime="2024-05-02">|<tweet/>`},
		{"single quotes and bare values", `<p lang='en' dir=ltr>Hi</p>`, `<p lang='en' dir=ltr>|</p>`},
		{"curly quotes of a word processor", "<a href=\u201dhttps://example.org\u201d target=\u201d_blank\u201d>x</a>", "<a href=\u201dhttps://example.org\u201d target=\u201d_blank\u201d>|</a>"},
		{"a value over one line end", "<tweet tweet-date=\"May 2, 2024\n\">Open.", "<tweet tweet-date=\"May 2, 2024\n\">"},
		{"a value over two line ends is prose", "<tweet note=\"one\ntwo\nthree\">Open.", ""},
		{"a less-than sign", "if a < b and c > d then", ""},
		{"words in angle brackets", "the <best and brightest> of them", ""},
		{"an address in angle brackets", "write to <desk@example.org> today", ""},
		{"a number", "<3 and <10 or <5>", ""},
		{"unclosed", `<a href="x" and then prose`, ""},
		{"an unclosed value", `<a href="x>y">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range findTags(tt.text, nil) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("tags\n got %q\nwant %q", g, tt.want)
			}
		})
	}
}

func TestTokensAroundMarkup(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // tokens joined by |
		quotes     int    // tokens tagged `` or ''
		sentences  int
	}{
		{"a link stays inside its sentence", `Read <a href="https://example.org/plan">the plan</a> here.`, "Read|the|plan|here|.", 0, 1},
		{"an embed's tags end its sentence", `<tweet tweet-id="12345">Candidates met at noon.<tweet/>.`, "Candidates|met|at|noon|.|.", 0, 2},
		{"quotation inside an embed", `<p lang="en" dir="ltr">“We will build it,” she wrote.</p>&mdash; Ana Ruiz (@AnaRuiz) <a href="https://example.org/s/1">May 2, 2024</a>`,
			"“|We|will|build|it|,|”|she|wrote|.|&mdash;|Ana|Ruiz|(|@AnaRuiz|)|May|2|,|2024", 2, 2},
		{"tag over a line end", "<tweet tweet-date=\"May 2, 2024\n\">Rates fell again.<tweet/>", "Rates|fell|again|.", 0, 1},
		{"line breaks", "First line<br>second line<br/>", "First|line|second|line", 0, 2},
		{"entities", "Rates rose&mdash;then fell&hellip; the mayor&nbsp;said &ldquo;no&rdquo; at AT&amp;T", "Rates|rose|&mdash;|then|fell|&hellip;|the|mayor|said|&ldquo;|no|&rdquo;|at|AT&amp;T", 2, 1},
		{"prose with angle brackets", "if a < b and c > d", "if|a|<|b|and|c|>|d", 0, 1},
	}
	s := stage(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := bodyDoc(tt.text)
			if strings.Contains(tt.text, "\n") {
				// one zone over both lines, as zones gives a paragraph
				doc.Zones = doc.Zones[:1]
				doc.Zones[0].End = len(tt.text)
			}
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			var got []string
			quotes := 0
			for _, tok := range doc.Tokens {
				got = append(got, tok.Text)
				if tok.POS == "``" || tok.POS == "''" {
					quotes++
				}
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("tokens\n got %s\nwant %s", g, tt.want)
			}
			if quotes != tt.quotes {
				t.Errorf("%d quote marks, want %d", quotes, tt.quotes)
			}
			if len(doc.Sentences) != tt.sentences {
				t.Errorf("%d sentences, want %d", len(doc.Sentences), tt.sentences)
			}
		})
	}
}

// TestMarkupLayer: Process writes the tags into Doc.Markup, in reading
// order, over the whole text (a boilerplate zone's too, which it does not
// tokenize), and empty when there are none. Every document is processed
// before any is checked, so that a layer sharing the stage's pooled memory
// would show another document's tags.
func TestMarkupLayer(t *testing.T) {
	tests := []struct {
		name, text  string
		boilerplate bool   // the text is one boilerplate zone
		stale       bool   // the Doc comes with a previous layer to replace
		want        string // the tags of Doc.Markup, joined by |
	}{
		{"link and line break", `Read <a href="https://example.org/plan">the plan</a> here.<br>`, false, false, `<a href="https://example.org/plan">|</a>|<br>`},
		{"embedded post", "<tweet author=\"@AnaMartinez\" datetime=\"May 2,\n2024\">The depot stays open.</tweet>", false, false, "<tweet author=\"@AnaMartinez\" datetime=\"May 2,\n2024\">|</tweet>"},
		{"in a boilerplate zone", `<p class="share">Share this story</p>`, true, false, `<p class="share">|</p>`},
		{"prose angle brackets", "if a < b and c > d", false, false, ""},
		{"no markup, a previous layer", "The depot stays open.", false, true, ""},
	}
	s := stage(t)
	docs := make([]*pipeline.Doc, len(tests))
	for i, tt := range tests {
		d := bodyDoc(tt.text)
		if strings.Contains(tt.text, "\n") {
			d.Zones = d.Zones[:1]
			d.Zones[0].End = len(tt.text)
		}
		if tt.boilerplate {
			d.Zones[0].Kind = pipeline.ZoneBoilerplate
		}
		if tt.stale {
			d.Markup = []pipeline.Span{{Start: 0, End: 3}}
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		docs[i] = d
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docs[i]
			var got []string
			for _, sp := range d.Markup {
				got = append(got, d.Slice(sp))
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("Doc.Markup\n got %q\nwant %q", g, tt.want)
			}
		})
	}
}
