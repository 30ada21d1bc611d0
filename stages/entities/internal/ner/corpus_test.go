package ner

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestReadCorpora(t *testing.T) {
	conll := "Mary\tB-PERSON\nleft\tO\n\nParis\tB-GPE\n"
	tests := []struct {
		name    string
		list    string
		wantErr string
		mask    uint32
	}{
		{"masks unannotated types", "# c\nfile\tweight\tunannotated\tdomain\na.conll\t2\tNORP,EVENT\tnews\n", "", 1<<4 | 1<<6},
		{"user names unannotated", "file\tweight\tunannotated\tdomain\na.conll\t1\tNORP,USERNAMES\tsocial\n", "", 1<<4 | UnannotatedUserNames},
		{"no mask", "file\tweight\tunannotated\tdomain\na.conll\t1\t-\tnews\n", "", 0},
		{"unknown type", "file\tweight\tunannotated\tdomain\na.conll\t1\tDATE\tnews\n", "unknown entity type", 0},
		{"bad weight", "file\tweight\tunannotated\tdomain\na.conll\tx\t-\tnews\n", "bad weight", 0},
		{"missing column", "file\tweight\tunannotated\tdomain\na.conll\t1\n", "columns", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "a.conll"), []byte(conll), 0o644); err != nil {
				t.Fatal(err)
			}
			list := filepath.Join(dir, "corpora.tsv")
			if err := os.WriteFile(list, []byte(tc.list), 0o644); err != nil {
				t.Fatal(err)
			}
			cs, err := ReadCorpora(list)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != 1 || len(cs[0].Examples) != 2 || cs[0].Unannotated != tc.mask || cs[0].Examples[1].Unannotated != tc.mask {
				t.Fatalf("got %+v", cs)
			}
		})
	}
}

func TestWithout(t *testing.T) {
	a := Example{Toks: []string{"a", "b"}}
	b := Example{Toks: []string{"ab"}} // same letters, other tokens
	c := Example{Toks: []string{"c"}}
	got := Without([]Example{a, b, c, a}, []Example{a})
	if len(got) != 2 || got[0].Toks[0] != "ab" || got[1].Toks[0] != "c" {
		t.Fatalf("got %v", got)
	}
}

// FuzzReadCoNLL: any input gives sentences or an error, never a panic, and
// every sentence has one label per token.
func FuzzReadCoNLL(f *testing.F) {
	f.Add("Mary\tB-PERSON\nleft\tO\n\n")
	f.Add("x\tI-ORG\n\n\ny\tB-XYZ\n")
	f.Add("\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		ex, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, e := range ex {
			if len(e.Toks) != len(e.Labels) || len(e.Toks) == 0 {
				t.Fatalf("sentence %v", e)
			}
			repairBIO(e.Labels)
		}
	})
}

func TestGenres(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs.tsv")
	tsv := "# comment\ndocument\tgenre\tfirst\tsentences\na\tnews\t0\t2\nb\tbio\t2\t1\nc\tinterview\t3\t1\n"
	if err := os.WriteFile(docs, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	ex := make([]Example, 4)
	for i := range ex {
		ex[i].Toks = []string{strconv.Itoa(i)}
	}
	got, err := Genres(ex, docs, []string{"news", "interview"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range got {
		ids = append(ids, e.Toks[0])
	}
	if strings.Join(ids, ",") != "0,1,3" {
		t.Errorf("got sentences %v, want 0,1,3", ids)
	}
	if _, err := Genres(ex[:2], docs, []string{"interview"}); err == nil {
		t.Error("a document past the corpus's end: no error")
	}
}
