package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Corpus is one training corpus of data/ner/corpora.tsv.
type Corpus struct {
	File        string // relative to the corpus list's folder
	Weight      int    // times added to training
	Unannotated uint32 // bit t: type Types[t] is not annotated; UnannotatedUserNames
	Domain      string
	Examples    []Example
}

// ReadCoNLLFile reads a CoNLL file, gunzipping it when its name ends in .gz.
func ReadCoNLLFile(path string) ([]Example, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r io.Reader = bytes.NewReader(b)
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	ex, err := ReadCoNLL(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ex, nil
}

// UnannotatedUserNames is the Unannotated bit of a corpus that writes its
// "@user" names O whatever they name (WNUT-17), where another (BTC) tags
// them as persons and organisations. In the corpus list it is the name
// USERNAMES.
const UnannotatedUserNames uint32 = 1 << 31

// TypeMask returns the bits of comma-separated type names ("NORP,EVENT",
// and USERNAMES for UnannotatedUserNames); "-" or "" is none.
func TypeMask(names string) (uint32, error) {
	var m uint32
	if names == "-" || names == "" {
		return 0, nil
	}
	for _, n := range strings.Split(names, ",") {
		if n == "USERNAMES" {
			m |= UnannotatedUserNames
			continue
		}
		t := -1
		for i, name := range Types {
			if name == n {
				t = i
			}
		}
		if t < 0 {
			return 0, fmt.Errorf("unknown entity type %q", n)
		}
		m |= 1 << uint(t)
	}
	return m, nil
}

// ReadCorpora reads a corpus list (file, weight, unannotated, domain; '#'
// comments; a header line) and every corpus it names, marking each
// example with its corpus's unannotated types.
func ReadCorpora(list string) ([]Corpus, error) {
	fh, err := os.Open(list)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var out []Corpus
	sc := bufio.NewScanner(fh)
	header := true
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 4", list, n, len(cols))
		}
		w, err := strconv.Atoi(cols[1])
		if err != nil || w < 0 {
			return nil, fmt.Errorf("%s:%d: bad weight %q", list, n, cols[1])
		}
		mask, err := TypeMask(cols[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", list, n, err)
		}
		ex, err := ReadCoNLLFile(filepath.Join(filepath.Dir(list), cols[0]))
		if err != nil {
			return nil, err
		}
		for i := range ex {
			ex[i].Unannotated = mask
		}
		out = append(out, Corpus{File: cols[0], Weight: w, Unannotated: mask, Domain: cols[3], Examples: ex})
	}
	return out, sc.Err()
}

// sentenceKey identifies a sentence by its tokens.
func sentenceKey(toks []string) uint64 {
	h := fnvOffset
	for _, t := range toks {
		h = fnvAppend(h, t, false)
		h = fnvAppend(h, "\x00", false)
	}
	return h
}

// Without returns the examples of data whose sentence does not occur in
// held: training data for a model scored on held (leave one corpus out;
// a corpus that contains the held-out one, as btc contains btc_news, loses
// the shared sentences).
func Without(data, held []Example) []Example {
	skip := make(map[uint64]bool, len(held))
	for _, ex := range held {
		skip[sentenceKey(ex.Toks)] = true
	}
	var out []Example
	for _, ex := range data {
		if !skip[sentenceKey(ex.Toks)] {
			out = append(out, ex)
		}
	}
	return out
}

// Genres returns the sentences of ex (a corpus in the order of its
// documents) that belong to documents of the given genres, as listed by the
// TSV file docs: document, genre, first sentence (0-based), sentence count
// (data/ner/extra/gum_docs.tsv for GUM). A held-out corpus that mixes
// genres is scored on its news apart from the rest that way.
func Genres(ex []Example, docs string, genres []string) ([]Example, error) {
	b, err := os.ReadFile(docs)
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, g := range genres {
		want[g] = true
	}
	var out []Example
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") || f[0] == "document" || !want[f[1]] {
			continue
		}
		first, err1 := strconv.Atoi(f[2])
		n, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || first < 0 || n < 0 || first+n > len(ex) {
			return nil, fmt.Errorf("%s: line %q does not fit a corpus of %d sentences", docs, line, len(ex))
		}
		out = append(out, ex[first:first+n]...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no document of genres %v", docs, genres)
	}
	return out, nil
}
