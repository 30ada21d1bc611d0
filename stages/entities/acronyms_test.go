package entities

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
	"github.com/newsclaims/newsclaims/stages/entities/internal/ner"
)

// TestSpellsName covers which acronyms spell a name: the initials of its
// capitalised words, "of", "and", "the", "for" and "&" taken or skipped.
func TestSpellsName(t *testing.T) {
	for _, tc := range []struct {
		name, acronym string
		want          bool
	}{
		{"Harbour Pilots Guild", "HPG", true},
		{"Bureau of Coastal Surveys", "BCS", true},
		{"Bureau of Coastal Surveys", "BOCS", true},
		{"Fund for the Rural Schools", "FRS", true},
		{"Fund for the Rural Schools", "FFTRS", true},
		{"Grain & Feed Board", "G&FB", true},
		{"Grain & Feed Board", "GFB", true},
		{"Anglo-Baltic Shipping Line", "ABSL", true},
		{"Anglo-Baltic Shipping Line", "ASL", true},
		{"The Upland Water Trust", "UWT", true},
		{"Harbour Pilots Guild", "HP", false},     // a word left over
		{"Harbour Pilots Guild", "HPGA", false},   // a letter left over
		{"Harbour Pilots Guild", "PHG", false},    // out of order
		{"Council on Upland Farms", "CUF", false}, // "on" is not skipped
		{"Pilots", "PI", false},                   // one word
	} {
		if got := spellsName(tc.name, tc.acronym); got != tc.want {
			t.Errorf("spellsName(%q, %q) = %v, want %v", tc.name, tc.acronym, got, tc.want)
		}
	}
}

// TestSpellsByBeginnings covers acronyms made of the beginnings of a
// name's words, in order, words skipped, and the shapes that stay out: one
// piece, initials alone, a start past the second word, a lower-case word
// other than "of", "and", "the", "for".
func TestSpellsByBeginnings(t *testing.T) {
	for _, tc := range []struct {
		name, acronym string
		want          bool
	}{
		{"Naval Forces Northern Command", "NAVNORTH", true},      // NAV + NORTH, two words skipped
		{"U.K. Naval Forces Northern Command", "NAVNORTH", true}, // a country's initials before the name
		{"Northern Command", "NORTHCOM", true},                   // NORTH + COM
		{"Maritime Police Organisation", "Marpol", true},         // a word-like acronym, read without case
		{"Office of Rail Standards", "Ofrail", true},             // "of" skipped, OF from "Office"
		{"Royal Baltic Shipping Company", "BALTSHIP", true},      // the first piece from the second word
		{"Northern Command", "NCOM", true},                       // an initial and a longer piece
		{"Naval Forces Northern Command", "NN", false},           // initials alone, a word skipped
		{"Harbour Pilots Guild", "PILOTS", false},                // one piece
		{"Harbour Pilots Guild", "GUILDHAR", false},              // out of order
		{"Harbour Pilots Guild", "HARBOURX", false},              // a letter left over
		{"Royal Navy Baltic Fleet Command", "BALTFLT", false},    // the first piece from the third word
		{"Council on Upland Farms", "UPFARM", false},             // "on" rules the name out
		{"Interport", "INTER", false},                            // one word
	} {
		if got := spellsByBeginnings(tc.name, tc.acronym); got != tc.want {
			t.Errorf("spellsByBeginnings(%q, %q) = %v, want %v", tc.name, tc.acronym, got, tc.want)
		}
	}
}

// TestIsCapitalisedAcronym covers the word-like shape an acronym in
// brackets may have besides capitals.
func TestIsCapitalisedAcronym(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Ofrail", true},
		{"Marpol", true},
		{"OfRail", false},
		{"Of", false},
		{"ofrail", false},
		{"Ofrail2", false},
		{"Maritimepol", false}, // longer than 9 letters
	} {
		if got := isCapitalisedAcronym(tc.s); got != tc.want {
			t.Errorf("isCapitalisedAcronym(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestAcronyms checks the document pass over acronyms: an acronym a
// document defines for a name the model found becomes a mention of that
// name's entity at its definition and at every later whole-word occurrence,
// in either order of definition, and so do the mentions of it found before
// the definition; not when its letters do not spell the name (unless it
// stands in brackets after an organisation's name of several words), when
// it stands for lower-case words, or when the model gave it another
// entity. An acronym no text defines takes the organisation whose initials
// it is.
func TestAcronyms(t *testing.T) {
	checkPass(t, acronyms, []passCase{
		{"a name and its acronym after it",
			"The Harbour Pilots Guild (HPG) met on Monday. HPG said fees would rise. HPG's chair and HPGX agreed.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Harbour Pilots Guild",
				"HPG@2 ORG=Harbour Pilots Guild"}},
		{"the acronym before the name",
			"Fees rose, the HPG (Harbour Pilots Guild) said. HPG wants more.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}},
			[]string{"HPG@0 ORG=Harbour Pilots Guild", "Harbour Pilots Guild@0 ORG=", "HPG@1 ORG=Harbour Pilots Guild"}},
		{"the acronym introduced by or",
			"The Harbour Pilots Guild, or HPG, met. HPG said no.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Harbour Pilots Guild"}},
		{"the acronym introduced by known as the",
			"The Harbour Pilots Guild, known as the HPG. The HPG said no. The Harbour Pilots Guild or HPGs met.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}, {"Harbour Pilots Guild", 1, "ORG", "", false}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Harbour Pilots Guild",
				"Harbour Pilots Guild@1 ORG="}},
		{"a place and a model's mention of another label",
			"The Kettle Valley Republic (KVR) voted. Then KVR closed its borders.",
			[]mentionCase{{"Kettle Valley Republic", 0, "GPE", "Kettle Valley Republic", false}, {"KVR", 1, "PERSON", "", false}},
			[]string{"Kettle Valley Republic@0 GPE=Kettle Valley Republic", "KVR@0 GPE=Kettle Valley Republic",
				"KVR@1 GPE=Kettle Valley Republic"}},
		{"an acronym of word beginnings",
			"The Naval Forces Northern Command (NAVNORTH) sailed. NAVNORTH said the drill ended.",
			[]mentionCase{{"Naval Forces Northern Command", 0, "ORG", "", false}},
			[]string{"Naval Forces Northern Command@0 ORG=", "NAVNORTH@0 ORG=Naval Forces Northern Command",
				"NAVNORTH@1 ORG=Naval Forces Northern Command"}},
		{"a word-like acronym of word beginnings",
			"The Office of Rail Standards (Ofrail) ruled. Ofrail fined two lines.",
			[]mentionCase{{"Office of Rail Standards", 0, "ORG", "", false}},
			[]string{"Office of Rail Standards@0 ORG=", "Ofrail@0 ORG=Office of Rail Standards",
				"Ofrail@1 ORG=Office of Rail Standards"}},
		{"a person's name is not spelt by beginnings",
			"Marta Olsen (Maol) spoke. Maol left.",
			[]mentionCase{{"Marta Olsen", 0, "PERSON", "", false}},
			[]string{"Marta Olsen@0 PERSON="}},
		{"an organisation's acronym in brackets whose letters do not spell the name",
			"GLP said fees rose. The Harbour Pilots Guild (GLP) met. GLP said no.",
			[]mentionCase{{"GLP", 0, "ORG", "", false}, {"Harbour Pilots Guild", 0, "ORG", "", false}},
			[]string{"GLP@0 ORG=Harbour Pilots Guild", "Harbour Pilots Guild@0 ORG=", "GLP@1 ORG=Harbour Pilots Guild",
				"GLP@2 ORG=Harbour Pilots Guild"}},
		{"letters that do not spell the name after or",
			"The Harbour Pilots Guild, or HPX, met. HPX said no.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}},
			[]string{"Harbour Pilots Guild@0 ORG="}},
		{"letters that do not spell a place's name",
			"The Kettle Valley Republic (KVX) voted. KVX said no.",
			[]mentionCase{{"Kettle Valley Republic", 0, "GPE", "", false}},
			[]string{"Kettle Valley Republic@0 GPE="}},
		{"letters that do not spell a one-word organisation's name",
			"The Pilotage (PLX) met. PLX said no.",
			[]mentionCase{{"Pilotage", 0, "ORG", "", false}},
			[]string{"Pilotage@0 ORG="}},
		{"an earlier mention the gazetteer gave another entity stays",
			"HPG fees rose. The Harbour Pilots Guild (HPG) met.",
			[]mentionCase{{"HPG", 0, "ORG", "Highland Power Grid", false}, {"Harbour Pilots Guild", 0, "ORG", "", false}},
			[]string{"HPG@0 ORG=Highland Power Grid", "Harbour Pilots Guild@0 ORG=", "HPG@1 ORG=Harbour Pilots Guild"}},
		{"the initials of an organisation the text names",
			"The Harbour Pilots Guild met. HPG said no. HPG rose.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}, {"HPG", 0, "PERSON", "", false}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild"}},
		{"initials of a place are not taken",
			"The Kettle Valley Republic voted. KVR said no.",
			[]mentionCase{{"Kettle Valley Republic", 0, "GPE", "", false}, {"KVR", 0, "ORG", "", false}},
			[]string{"Kettle Valley Republic@0 GPE=", "KVR@0 ORG="}},
		{"an acronym the document also defines for lower-case words",
			"Pilots measure ground pressure (GP) daily. The Grain Pool (GP) said GP rose.",
			[]mentionCase{{"Grain Pool", 0, "ORG", "", false}},
			[]string{"Grain Pool@0 ORG="}},
		{"the model gave the acronym another entity",
			"The Harbour Pilots Guild (HPG) met. HPG said no.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}, {"HPG", 0, "ORG", "Highland Power Grid", false}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Highland Power Grid"}},
		{"a later occurrence the model gave another entity stays",
			"The Harbour Pilots Guild (HPG) met. HPG said no. HPG rose.",
			[]mentionCase{{"Harbour Pilots Guild", 0, "ORG", "", false}, {"HPG", 1, "ORG", "Highland Power Grid", false}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Highland Power Grid",
				"HPG@2 ORG=Harbour Pilots Guild"}},
	})
}

// TestDefinitionsOnTrainingCorpora scores what the pass takes for a
// definition on the training corpora's news and Wikipedia text (not BTC nor
// GUM, whose sections are the development and held-out sets): for every
// gold name the text defines an acronym for, the acronym should be tagged
// there as a name of the same type. The definitions whose letters do not
// spell the name (an organisation's name followed by capitals in brackets:
// "Kurdistan Workers' Party (PKK)") are counted apart: they are kept
// because they are as right as the others.
func TestDefinitionsOnTrainingCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the training corpora")
	}
	type tally struct{ right, found int }
	var spelt, unspelt tally
	for _, f := range []string{"train.conll", "extra/wnut17.conll.gz", "extra/wikigold.conll.gz",
		"extra/redocred.conll.gz", "extra/crossner_politics.conll.gz", "extra/crossner_science.conll.gz",
		"extra/crossner_music.conll.gz", "extra/crossner_literature.conll.gz", "extra/uner_ewt.conll.gz"} {
		exs, err := ner.ReadCoNLLFile(filepath.Join("..", "..", "data", "ner", f))
		if err != nil {
			t.Fatal(err)
		}
		for _, ex := range exs {
			text, starts := joinTokens(ex.Toks)
			tags := make([]string, len(ex.Labels))
			for i, l := range ex.Labels {
				tags[i] = ner.LabelName(l)
			}
			for i := 0; i < len(tags); i++ {
				label, ok := strings.CutPrefix(tags[i], "B-")
				if !ok {
					continue
				}
				j := i + 1
				for j < len(tags) && tags[j] == "I-"+label {
					j++
				}
				m := mention{Span: pipeline.Span{Start: starts[i], End: starts[j-1] + len(ex.Toks[j-1])}, label: label}
				a, ok := definition(text, &m, nil)
				if !ok {
					continue
				}
				right := false
				if k := slices.Index(starts, a.Start); k >= 0 && starts[k]+len(ex.Toks[k]) == a.End {
					right = tags[k] == "B-"+label && (k+1 == len(tags) || tags[k+1] != "I-"+label)
				}
				name, acr := text[m.Start:m.End], text[a.Start:a.End]
				tl := &unspelt
				if spellsName(name, acr) || label != pipeline.LabelPerson && spellsByBeginnings(name, acr) {
					tl = &spelt
				}
				tl.found++
				if right {
					tl.right++
				}
			}
		}
	}
	share := func(x tally) float64 { return float64(x.right) / float64(max(x.found, 1)) }
	t.Logf("definitions whose letters spell the name: %d of %d tagged as the name's type (%.3f)", spelt.right, spelt.found, share(spelt))
	t.Logf("organisations' bracketed acronyms that do not spell the name: %d of %d (%.3f)", unspelt.right, unspelt.found, share(unspelt))
	if spelt.found < 200 || unspelt.found < 100 {
		t.Fatalf("too few definitions found: %d and %d", spelt.found, unspelt.found)
	}
	if share(spelt) < 0.85 || share(unspelt) < 0.85 {
		t.Errorf("definitions right below 0.85")
	}
}

// joinTokens writes a corpus sentence as running text, without a space
// after an opening bracket or before a closing one or a comma, and returns
// each token's offset.
func joinTokens(toks []string) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(toks))
	for i, tok := range toks {
		if i > 0 && toks[i-1] != "(" && tok != ")" && tok != "," && tok != "." {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(tok)
	}
	return b.String(), starts
}
