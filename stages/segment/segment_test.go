package segment

import (
	"context"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/zones"
)

// bodyDoc returns a document whose every non-blank line is a body zone.
func bodyDoc(text string) *pipeline.Doc {
	return &pipeline.Doc{Text: text, Zones: zones.LineZones(text)}
}

var shared *Stage

func stage(t testing.TB) *Stage {
	t.Helper()
	if shared == nil {
		s, err := New()
		if err != nil {
			t.Fatal(err)
		}
		shared = s
	}
	return shared
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		sentences []string
		tokens    []string // tokens of the first sentence
	}{
		{
			name:      "two sentences",
			text:      "Russia said it conducted 64 airstrikes. It also said ISIS used car bombs.",
			sentences: []string{"Russia said it conducted 64 airstrikes.", "It also said ISIS used car bombs."},
			tokens:    []string{"Russia", "said", "it", "conducted", "64", "airstrikes", "."},
		},
		{
			name:      "curly quotes keep their characters",
			text:      "“All targets have been hit,” according to the ministry.",
			sentences: []string{"“All targets have been hit,” according to the ministry."},
			tokens:    []string{"“", "All", "targets", "have", "been", "hit", ",", "”", "according", "to", "the", "ministry", "."},
		},
		{
			name:      "curly apostrophe",
			text:      "The ministry’s website said so.",
			sentences: []string{"The ministry’s website said so."},
			tokens:    []string{"The", "ministry", "’s", "website", "said", "so", "."},
		},
		{
			name:      "newline is a boundary",
			text:      "Syrian army retakes Palmyra\nThe city fell on Thursday.",
			sentences: []string{"Syrian army retakes Palmyra", "The city fell on Thursday."},
		},
		{
			name:      "abbreviation is not a boundary",
			text:      "The U.S. military said Friday it saw no strikes.",
			sentences: []string{"The U.S. military said Friday it saw no strikes."},
		},
		{
			name:      "quote mark before a word starting with re",
			text:      "Syrian troops 'recapture Palmyra from Isil' for second time",
			sentences: []string{"Syrian troops 'recapture Palmyra from Isil' for second time"},
		},
		{
			name:      "no-break space",
			text:      "To \u00a0the north, the group was overrun.",
			sentences: []string{"To \u00a0the north, the group was overrun."},
			tokens:    []string{"To", "the", "north", ",", "the", "group", "was", "overrun", "."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := bodyDoc(tt.text)
			if err := stage(t).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sentences {
				got = append(got, d.Slice(s.Span))
			}
			if strings.Join(got, "|") != strings.Join(tt.sentences, "|") {
				t.Errorf("sentences = %q, want %q", got, tt.sentences)
			}
			if tt.tokens != nil {
				var toks []string
				s := d.Sentences[0]
				for _, tok := range d.Tokens[s.FirstToken:s.EndToken] {
					toks = append(toks, tok.Text)
				}
				if strings.Join(toks, "|") != strings.Join(tt.tokens, "|") {
					t.Errorf("tokens = %q, want %q", toks, tt.tokens)
				}
			}
			checkInvariants(t, d)
		})
	}
}

func TestSkipsBoilerplate(t *testing.T) {
	d := bodyDoc("Copyright 2020 NPR.\nPalmyra was retaken.")
	d.Zones[0].Kind = pipeline.ZoneBoilerplate
	if err := stage(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 1 || d.Slice(d.Sentences[0].Span) != "Palmyra was retaken." {
		t.Errorf("sentences = %+v", d.Sentences)
	}
}

func TestPOS(t *testing.T) {
	d := bodyDoc("Russian warplanes killed 300 militants.")
	if err := stage(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var tags []string
	for _, tok := range d.Tokens {
		tags = append(tags, tok.POS)
	}
	if got := strings.Join(tags, " "); got != "JJ NNS VBD CD NNS ." {
		t.Errorf("tags = %s", got)
	}
}

// checkInvariants asserts what every later stage relies on.
func checkInvariants(t *testing.T, d *pipeline.Doc) {
	t.Helper()
	prevEnd := 0
	for i, s := range d.Sentences {
		if s.Start < prevEnd || s.End > len(d.Text) || s.Start >= s.End {
			t.Fatalf("sentence %d span %v out of order or outside text", i, s.Span)
		}
		if strings.Contains(d.Slice(s.Span), "\n") {
			t.Fatalf("sentence %d crosses a newline", i)
		}
		if z := d.Zones[s.Zone]; !z.Contains(s.Span) {
			t.Fatalf("sentence %d outside its zone", i)
		}
		for ti := s.FirstToken; ti < s.EndToken; ti++ {
			tok := d.Tokens[ti]
			if !s.Contains(tok.Span) || tok.Sentence != i || tok.Text != d.Slice(tok.Span) {
				t.Fatalf("token %d %+v inconsistent with sentence %d", ti, tok, i)
			}
		}
		prevEnd = s.End
	}
}
