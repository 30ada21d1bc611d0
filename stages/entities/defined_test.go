package entities

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
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

// TestDefinedAcronyms checks that an acronym a document defines for a name
// the model found becomes a mention of that name's entity at its
// definition and at every later whole-word occurrence, in either order of
// definition, but not when its letters do not spell the name, when it
// stands for lower-case words, or when the model gave it another entity.
func TestDefinedAcronyms(t *testing.T) {
	type given struct {
		sub              string
		k                int // the k-th occurrence of sub
		label, canonical string
	}
	for _, tc := range []struct {
		name  string
		text  string
		given []given
		want  []string // "text@k label=canonical" of every mention after the pass
	}{
		{"a name and its acronym after it",
			"The Harbour Pilots Guild (HPG) met on Monday. HPG said fees would rise. HPG's chair and HPGX agreed.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Harbour Pilots Guild",
				"HPG@2 ORG=Harbour Pilots Guild"}},
		{"the acronym before the name",
			"Fees rose, the HPG (Harbour Pilots Guild) said. HPG wants more.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}},
			[]string{"HPG@0 ORG=Harbour Pilots Guild", "Harbour Pilots Guild@0 ORG=", "HPG@1 ORG=Harbour Pilots Guild"}},
		{"the acronym introduced by or",
			"The Harbour Pilots Guild, or HPG, met. HPG said no.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Harbour Pilots Guild"}},
		{"the acronym introduced by known as the",
			"The Harbour Pilots Guild, known as the HPG. The HPG said no. The Harbour Pilots Guild or HPGs met.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}, {"Harbour Pilots Guild", 1, "ORG", ""}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Harbour Pilots Guild",
				"Harbour Pilots Guild@1 ORG="}},
		{"a place and a model's mention of another label",
			"The Kettle Valley Republic (KVR) voted. Then KVR closed its borders.",
			[]given{{"Kettle Valley Republic", 0, "GPE", "Kettle Valley Republic"}, {"KVR", 1, "PERSON", ""}},
			[]string{"Kettle Valley Republic@0 GPE=Kettle Valley Republic", "KVR@0 GPE=Kettle Valley Republic",
				"KVR@1 GPE=Kettle Valley Republic"}},
		{"an acronym of word beginnings",
			"The Naval Forces Northern Command (NAVNORTH) sailed. NAVNORTH said the drill ended.",
			[]given{{"Naval Forces Northern Command", 0, "ORG", ""}},
			[]string{"Naval Forces Northern Command@0 ORG=", "NAVNORTH@0 ORG=Naval Forces Northern Command",
				"NAVNORTH@1 ORG=Naval Forces Northern Command"}},
		{"a word-like acronym of word beginnings",
			"The Office of Rail Standards (Ofrail) ruled. Ofrail fined two lines.",
			[]given{{"Office of Rail Standards", 0, "ORG", ""}},
			[]string{"Office of Rail Standards@0 ORG=", "Ofrail@0 ORG=Office of Rail Standards",
				"Ofrail@1 ORG=Office of Rail Standards"}},
		{"a person's name is not spelt by beginnings",
			"Marta Olsen (Maol) spoke. Maol left.",
			[]given{{"Marta Olsen", 0, "PERSON", ""}},
			[]string{"Marta Olsen@0 PERSON="}},
		{"letters that do not spell the name",
			"The Harbour Pilots Guild (HPX) met. HPX said no.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}},
			[]string{"Harbour Pilots Guild@0 ORG="}},
		{"an acronym the document also defines for lower-case words",
			"Pilots measure ground pressure (GP) daily. The Grain Pool (GP) said GP rose.",
			[]given{{"Grain Pool", 0, "ORG", ""}},
			[]string{"Grain Pool@0 ORG="}},
		{"the model gave the acronym another entity",
			"The Harbour Pilots Guild (HPG) met. HPG said no.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}, {"HPG", 0, "ORG", "Highland Power Grid"}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Highland Power Grid"}},
		{"a later occurrence the model gave another entity stays",
			"The Harbour Pilots Guild (HPG) met. HPG said no. HPG rose.",
			[]given{{"Harbour Pilots Guild", 0, "ORG", ""}, {"HPG", 1, "ORG", "Highland Power Grid"}},
			[]string{"Harbour Pilots Guild@0 ORG=", "HPG@0 ORG=Harbour Pilots Guild", "HPG@1 ORG=Highland Power Grid",
				"HPG@2 ORG=Harbour Pilots Guild"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := bodyDoc(t, tc.text)
			at := func(sub string, k int) pipeline.Span {
				i := -1
				for range k + 1 {
					j := strings.Index(tc.text[i+1:], sub)
					if j < 0 {
						t.Fatalf("no occurrence %d of %q", k, sub)
					}
					i += 1 + j
				}
				return pipeline.Span{Start: i, End: i + len(sub)}
			}
			var ms []mention
			for _, g := range tc.given {
				ms = append(ms, mention{Span: at(g.sub, g.k), label: g.label, canonical: g.canonical, fromModel: true})
			}
			sortMentions(ms)
			ms, terms := termAcronyms(d, ms)
			ms = definedAcronyms(d, ms, terms)
			var got []string
			for _, m := range ms {
				text := d.Text[m.Start:m.End]
				k := strings.Count(tc.text[:m.Start], text)
				got = append(got, fmt.Sprintf("%s@%d %s=%s", text, k, m.label, m.canonical))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
