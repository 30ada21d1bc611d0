package ner

import (
	"reflect"
	"strings"
	"testing"
)

// sentence builds an Example from "word/LABEL" tokens ("Ann/B-PERSON");
// a token without a label is O.
func sentence(source int, unannotated uint32, text string) Example {
	ex := Example{Source: source, Unannotated: unannotated}
	for _, f := range strings.Fields(text) {
		tok, lab, ok := strings.Cut(f, "/")
		l := 0
		if ok {
			l = LabelIndex(lab)
		}
		ex.Toks = append(ex.Toks, tok)
		ex.Labels = append(ex.Labels, l)
	}
	return ex
}

// render writes ex back as sentence reads it.
func render(ex Example) string {
	var parts []string
	for i, tok := range ex.Toks {
		if ex.Labels[i] != 0 {
			tok += "/" + LabelName(ex.Labels[i])
		}
		parts = append(parts, tok)
	}
	return strings.Join(parts, " ")
}

func TestShapeOfMention(t *testing.T) {
	tests := []struct {
		tok  string
		want mentionShape
	}{
		{"Harbour", shapeCapitalised},
		{"McAllister", shapeCapitalised},
		{"J.", shapeCapitalised},
		{"@harbourbank", shapeUserName},
		{"#votenow", shapeHashtag},
		{"harbourbank", shapeLower},
		{"NATO", shapeAcronym},
		{"U.K.", shapeAcronym},
		{"3M", shapeOther},
	}
	for _, tc := range tests {
		t.Run(tc.tok, func(t *testing.T) {
			if got := shapeOfMention(tc.tok); got != tc.want {
				t.Errorf("shape %d, want %d", got, tc.want)
			}
		})
	}
}

func TestReplaceMentions(t *testing.T) {
	norp := uint32(1) << 4 // Types[4] is NORP
	tests := []struct {
		name     string
		byCorpus bool
		pool     []Example // other sentences whose names fill the pools
		ex       Example
		want     string // the copy; "" when nothing can be replaced
	}{
		{
			name:     "a longer name moves the words after it",
			byCorpus: true,
			pool:     []Example{sentence(1, 0, "Mara/B-PERSON Quell/I-PERSON Dunmore/I-PERSON spoke")},
			ex:       sentence(1, 0, "Tove/B-PERSON said no ."),
			want:     "Mara/B-PERSON Quell/I-PERSON Dunmore/I-PERSON said no .",
		},
		{
			name:     "each type from its own pool, nationalities kept",
			byCorpus: true,
			pool:     []Example{sentence(1, 0, "Orvane/B-GPE Brix/B-ORG Holdings/I-ORG")},
			ex:       sentence(1, 0, "Kestel/B-ORG of Pell/B-GPE and Valdish/B-NORP traders"),
			want:     "Brix/B-ORG Holdings/I-ORG of Orvane/B-GPE and Valdish/B-NORP traders",
		},
		{
			name:     "a user name only by a user name, a hashtag by a hashtag",
			byCorpus: true,
			pool:     []Example{sentence(2, 0, "@brixbank/B-ORG Brix/B-ORG #orvane/B-GPE Orvane/B-GPE")},
			ex:       sentence(2, 0, "@kestelco/B-ORG : rain in #pell/B-GPE"),
			want:     "@brixbank/B-ORG : rain in #orvane/B-GPE",
		},
		{
			name:     "the corpus pool keeps corpora apart",
			byCorpus: true,
			pool:     []Example{sentence(3, 0, "Brix/B-ORG")},
			ex:       sentence(1, 0, "Kestel/B-ORG closed"),
			want:     "",
		},
		{
			name:     "the pool of all corpora draws across them",
			byCorpus: false,
			pool:     []Example{sentence(3, 0, "Brix/B-ORG")},
			ex:       sentence(1, 0, "Kestel/B-ORG closed"),
			want:     "Brix/B-ORG closed",
		},
		{
			name:     "unannotated user names and types stay O, mask kept",
			byCorpus: true,
			pool:     []Example{sentence(4, norp|UnannotatedUserNames, "Mara/B-PERSON")},
			ex:       sentence(4, norp|UnannotatedUserNames, "@tove Tove/B-PERSON and Valdish fans"),
			want:     "@tove Mara/B-PERSON and Valdish fans",
		},
		{
			name:     "a stray I- label starts a name",
			byCorpus: true,
			pool:     []Example{sentence(1, 0, "Pell/B-GPE")},
			ex:       sentence(1, 0, "in Orvane/I-GPE"),
			want:     "in Pell/B-GPE",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newMentionPool(append(tc.pool, tc.ex), tc.byCorpus)
			r := rng{7}
			got, ok := p.replaceMentions(tc.ex, &r)
			if !ok {
				if tc.want != "" {
					t.Fatalf("nothing replaced, want %q", tc.want)
				}
				return
			}
			if tc.want == "" {
				t.Fatalf("got %q, want nothing replaced", render(got))
			}
			if render(got) != tc.want {
				t.Errorf("got  %q\nwant %q", render(got), tc.want)
			}
			if got.Unannotated != tc.ex.Unannotated || got.Source != tc.ex.Source {
				t.Errorf("mask %b source %d, want %b %d", got.Unannotated, got.Source, tc.ex.Unannotated, tc.ex.Source)
			}
		})
	}
}

// TestMentionCopiesSeeded checks that the copies are a pure function of
// the seed and that the share picks about that share of the sentences.
func TestMentionCopiesSeeded(t *testing.T) {
	var train []Example
	names := []string{"Brix", "Kestel", "Orvane", "Pell", "Tove", "Mara", "Quell", "Dunmore"}
	for i := 0; i < 400; i++ {
		train = append(train, sentence(1, 0, names[i%len(names)]+"/B-ORG said "+names[(i*3+1)%len(names)]+"/B-PERSON left"))
	}
	cfg := TrainConfig{Seed: 11, MentionShare: 0.25}
	a, b := mentionCopies(train, cfg), mentionCopies(train, cfg)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave other copies")
	}
	if n := len(a); n < 70 || n > 130 {
		t.Errorf("%d copies of 400 sentences at a share of 0.25", n)
	}
	cfg.Seed = 12
	if reflect.DeepEqual(a, mentionCopies(train, cfg)) {
		t.Error("another seed gave the same copies")
	}
	if got := mentionCopies(train, TrainConfig{Seed: 11}); got != nil {
		t.Errorf("share 0 gave %d copies", len(got))
	}
	if got := len(Augment(train, TrainConfig{Seed: 11, MentionShare: 0.25})); got != len(train)+len(a) {
		t.Errorf("Augment gave %d sentences, want %d", got, len(train)+len(a))
	}
}
