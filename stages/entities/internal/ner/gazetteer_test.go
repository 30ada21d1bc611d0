package ner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/internal/modelfile"
)

// TestCompiledRoundTrip reads back what WriteCompiled wrote, for entry
// counts odd and even, small and large (the file is read in two halves).
func TestCompiledRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 1001} {
		var entries []Entry
		for i := range n {
			entries = append(entries, Entry{Surface: fmt.Sprintf("Place %d", i), Label: "GPE", Kind: Kind(i % int(numKinds)),
				Primary: i%2 == 0, Ambiguous: i%3 == 0, Pop: i * 7, Canonical: fmt.Sprintf("Place %d", i/2), ID: fmt.Sprint(i)})
		}
		var buf bytes.Buffer
		if err := WriteCompiled(&buf, entries); err != nil {
			t.Fatal(err)
		}
		got, err := ReadCompiled(buf.Bytes())
		if err != nil {
			t.Fatalf("%d entries: %v", n, err)
		}
		if !slices.Equal(got, entries) && !(n == 0 && len(got) == 0) {
			t.Errorf("%d entries: read back differs", n)
		}
	}
}

// TestCompiledErrorsNameTheLine checks that a bad line is reported with its
// line number in either half of the file, and that a last line without
// its newline is read.
func TestCompiledErrorsNameTheLine(t *testing.T) {
	good := "Paris\tGPE\t0\tp\t1\tParis\t\n"
	for _, bad := range []int{2, 9} {
		lines := strings.Repeat(good, 10)
		parts := strings.SplitAfter(lines, "\n")
		parts[bad-1] = "Paris\tGPE\n"
		_, err := ReadCompiled(modelfile.Compress([]byte(strings.Join(parts, ""))))
		if want := fmt.Sprintf("gazetteer line %d:", bad); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("bad line %d: error %v, want one with %q", bad, err, want)
		}
	}
	got, err := ReadCompiled(modelfile.Compress([]byte(good + strings.TrimSuffix(good, "\n"))))
	if err != nil || len(got) != 2 {
		t.Errorf("last line without newline: %d entries, %v", len(got), err)
	}
}

// TestNewGazetteerLooksUp checks the index built in halves finds every
// entry by its surface, exact and folded, and demonyms by country.
func TestNewGazetteerLooksUp(t *testing.T) {
	var entries []Entry
	for i := range 501 {
		entries = append(entries, Entry{Surface: fmt.Sprintf("Town %d", i), Label: "GPE", Kind: KindCity, Canonical: fmt.Sprintf("Town %d", i)})
	}
	entries = append(entries, Entry{Surface: "Ruritania", Label: "NORP", Kind: KindDemonym, Canonical: "Ruritanian"})
	g := NewGazetteer(entries)
	for i, e := range entries[:501] {
		if got := g.Lookup(e.Surface, false); !slices.Contains(got, int32(i)) {
			t.Fatalf("Lookup(%q) = %v, want entry %d", e.Surface, got, i)
		}
		if got := g.Lookup(strings.ToUpper(e.Surface), true); !slices.Contains(got, int32(i)) {
			t.Fatalf("folded Lookup(%q) = %v, want entry %d", e.Surface, got, i)
		}
	}
	if d := g.Demonym("Ruritania"); d != "Ruritanian" {
		t.Errorf("Demonym = %q", d)
	}
}

// TestOrgNamesOnlyName checks that organisation-list entries (KindOrgName)
// are found by OrgName alone, exactly as written: no lookup, match or
// feature bit sees them, so the model and the stage's spans do not change
// with the list; and that the compiled form keeps their kind.
func TestOrgNamesOnlyName(t *testing.T) {
	entries := []Entry{
		{Surface: "Quorn League", Label: "ORG", Kind: KindOrg, Primary: true, Canonical: "Quorn League"},
		{Surface: "QPP", Label: "ORG", Kind: KindOrgName, Canonical: "Quorn People's Party"},
		{Surface: "Quorn People's Party", Label: "ORG", Kind: KindOrgName, Primary: true, Canonical: "Quorn People's Party"},
	}
	var buf bytes.Buffer
	if err := WriteCompiled(&buf, entries); err != nil {
		t.Fatal(err)
	}
	read, err := ReadCompiled(buf.Bytes())
	if err != nil || !slices.Equal(read, entries) {
		t.Fatalf("compiled round trip: %v, %v", read, err)
	}
	g := NewGazetteer(read)
	if e, ok := g.OrgName("QPP"); !ok || e.Canonical != "Quorn People's Party" {
		t.Errorf("OrgName(QPP) = %+v, %v", e, ok)
	}
	for _, s := range []string{"qpp", "Q P P", "Quorn League"} {
		if e, ok := g.OrgName(s); ok {
			t.Errorf("OrgName(%q) = %+v, want none", s, e)
		}
	}
	toks := []string{"The", "QPP", "and", "Quorn", "League"}
	for i, fold := range []bool{false, true} {
		if got := g.Lookup("QPP", fold); got != nil {
			t.Errorf("Lookup(QPP, %v) = %v, want none", fold, got)
		}
		if end, _ := g.Longest(toks, 1, fold); end != 1 {
			t.Errorf("Longest at QPP (fold %v) ends at %d, want no match", fold, end)
		}
		if end, _ := g.LongestName(toks, 1, fold); end != 1 {
			t.Errorf("LongestName at QPP (fold %v) ends at %d, want no match", fold, end)
		}
		bits, names := make([]uint32, len(toks)), make([]uint32, len(toks))
		g.mark(toks, bits, fold, make([]bool, len(toks)), true)
		g.markNames(toks, names, fold, make([]bool, len(toks)))
		if bits[1] != 0 || names[1] != 0 || bits[3] == 0 {
			t.Errorf("case %d: feature bits %b, name bits %b: want none at QPP, some at Quorn", i, bits, names)
		}
	}
}

// TestOrganisationsMore checks data/gazetteers/organisations_more.tsv, the
// hand-written list of general news's organisations that the build reads
// only to name organisations (KindOrgName; docs/MODEL.md, "Organisations the
// project knows by name"): five columns, ORG, every ambiguous form one of the entry's
// surfaces, no surface naming two organisations of it and
// organisations.tsv, and short forms resolving to their canonical names.
func TestOrganisationsMore(t *testing.T) {
	type name struct {
		canonical string
		ambiguous bool
	}
	names := map[string]name{}
	for _, file := range []string{"organisations.tsv", "organisations_more.tsv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "data", "gazetteers", file))
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n")[1:] {
			cols := strings.Split(line, "\t")
			if len(cols) != 5 || cols[1] != "ORG" || !strings.HasPrefix(cols[4], "kind=") {
				t.Fatalf("%s:%d: want five columns, type ORG and a kind: %q", file, n+2, line)
			}
			surfaces := append([]string{cols[0], cols[2]}, strings.Split(cols[3], "|")...)
			ambiguous := map[string]bool{}
			if _, a, ok := strings.Cut(cols[4], ";ambiguous="); ok {
				for _, s := range strings.Split(a, ",") {
					if !slices.Contains(surfaces, s) {
						t.Errorf("%s:%d: ambiguous %q is none of the entry's surfaces", file, n+2, s)
					}
					ambiguous[s] = true
				}
			}
			for _, s := range surfaces {
				if s == "" {
					continue
				}
				if prev, ok := names[s]; ok && prev.canonical != cols[2] {
					t.Errorf("%s:%d: %q names both %q and %q", file, n+2, s, prev.canonical, cols[2])
				}
				names[s] = name{cols[2], ambiguous[s]}
			}
		}
	}
	cases := []struct {
		surface, canonical string
		ambiguous          bool
	}{
		{"GOP", "Republican Party", false},
		{"Tories", "Conservative Party", true},
		{"Labour", "Labour Party", true},
		{"Lib Dems", "Liberal Democrats", false},
		{"SNP", "Scottish National Party", false},
		{"CDU", "Christian Democratic Union", false},
		{"BJP", "Bharatiya Janata Party", false},
		{"ANC", "African National Congress", false},
		{"Bundestag", "Bundestag", false},
		{"SCOTUS", "Supreme Court of the United States", false},
		{"FBI", "Federal Bureau of Investigation", false},
		{"Justice Department", "United States Department of Justice", false},
		{"U.S. Energy Department", "United States Department of Energy", false},
		{"Fed", "Federal Reserve", true},
		{"Home Office", "Home Office", false},
		{"NHS", "National Health Service", false},
		{"ECB", "European Central Bank", true},
		{"IOC", "International Olympic Committee", false},
		{"NFL", "National Football League", false},
		{"Democratic Party", "Democratic Party", true}, // inside "Liberal Democratic Party"
	}
	for _, c := range cases {
		if got, ok := names[c.surface]; !ok || got != (name{c.canonical, c.ambiguous}) {
			t.Errorf("%q: %+v (listed %v), want canonical %q, ambiguous %v", c.surface, got, ok, c.canonical, c.ambiguous)
		}
	}
}
