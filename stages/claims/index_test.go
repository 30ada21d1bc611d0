package claims

import (
	"bytes"
	"cmp"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsclaims/newsclaims/pipeline"
)

// TestIndexResumesLinking checks that a Linker started from the index of
// the first documents finds, for the later ones, exactly the links one
// Linker finds over all of them, and that the index's bytes depend only on
// the claims added.
func TestIndexResumesLinking(t *testing.T) {
	docs := seedDocs(t)
	if len(docs) < 3 {
		t.Fatalf("%d seed documents", len(docs))
	}
	whole := NewLinker()
	for _, d := range docs {
		whole.Add(d, nil)
	}
	want := slices.Collect(whole.Links())

	for split := 1; split < len(docs); split++ {
		first := NewLinker()
		for _, d := range docs[:split] {
			first.Add(d, nil)
		}
		got := slices.Collect(first.Links())
		var index bytes.Buffer
		if err := first.SaveIndex(&index); err != nil {
			t.Fatal(err)
		}
		var again bytes.Buffer
		if err := first.SaveIndex(&again); err != nil || !bytes.Equal(index.Bytes(), again.Bytes()) {
			t.Fatalf("split %d: saving the index twice gives different bytes (err %v)", split, err)
		}
		resumed := NewLinker()
		if err := resumed.LoadIndex(bytes.NewReader(index.Bytes())); err != nil {
			t.Fatalf("split %d: %v", split, err)
		}
		for _, d := range docs[split:] {
			resumed.Add(d, nil)
		}
		got = append(got, slices.Collect(resumed.Links())...)
		sortLinks(got)
		if !slices.Equal(got, want) {
			t.Errorf("split after %d documents: %d links, want the %d of one Linker", split, len(got), len(want))
		}
		t.Logf("split after %d documents: index %d bytes, %d links", split, index.Len(), len(got))
	}
	across := 0
	for _, l := range want {
		if l.A.DocID != l.B.DocID {
			across++
		}
	}
	t.Logf("%d links, %d across documents", len(want), across)
	if across == 0 {
		t.Error("no links across documents: the test compares nothing an index carries")
	}
}

// TestIndexRejectsDamage checks that a truncated or altered index is an
// error, never a panic.
func TestIndexRejectsDamage(t *testing.T) {
	docs := seedDocs(t)
	b := indexOf(t, docs)
	for _, n := range []int{0, 5, len(indexMagic) + 2, len(b) / 2, len(b) - 1} {
		if err := NewLinker().LoadIndex(bytes.NewReader(b[:n])); err == nil {
			t.Errorf("index cut to %d of %d bytes loaded", n, len(b))
		}
	}
	other := slices.Clone(b)
	other[len(indexMagic)] = 99 // version
	if err := NewLinker().LoadIndex(bytes.NewReader(other)); err == nil {
		t.Error("index of another version loaded")
	}
	used := NewLinker()
	used.Add(docs[0], nil)
	if err := used.LoadIndex(bytes.NewReader(b)); err == nil {
		t.Error("index loaded into a Linker that has documents")
	}
}

// FuzzLoadIndex loads damaged indexes: any that loads must link the claims
// of a new document against it without a panic or an endless walk.
func FuzzLoadIndex(f *testing.F) {
	docs := seedDocs(f)
	f.Add(indexOf(f, docs))
	f.Fuzz(func(t *testing.T, b []byte) {
		l := NewLinker()
		if l.LoadIndex(bytes.NewReader(b)) == nil {
			l.Add(docs[len(docs)-1], nil)
			for range l.Links() {
			}
		}
	})
}

// indexOf is the claim index of a Linker given docs.
func indexOf(t testing.TB, docs []*pipeline.Doc) []byte {
	l := NewLinker()
	for _, d := range docs {
		l.Add(d, nil)
	}
	var index bytes.Buffer
	if err := l.SaveIndex(&index); err != nil {
		t.Fatal(err)
	}
	return index.Bytes()
}

// seedDocs returns the five seeds with their gold layers and claims, and
// republished copies of two of them (another line at the end, so another
// doc_id) whose claims link across documents, in doc_id order as the
// pipeline adds them.
func seedDocs(t testing.TB) []*pipeline.Doc {
	t.Helper()
	seg := segmenter(t)
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*pipeline.Doc
	for i, name := range seedNames {
		g, text := loadGold(t, name)
		texts := []string{text}
		if i < 2 {
			texts = append(texts, text+"\n\nThis article was republished with permission.\n")
		}
		for _, text := range texts {
			d := goldDoc(t, seg, g, text)
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
	}
	slices.SortFunc(docs, func(a, b *pipeline.Doc) int { return strings.Compare(a.ID, b.ID) })
	return docs
}

func sortLinks(links []pipeline.ClaimLink) {
	slices.SortStableFunc(links, func(a, b pipeline.ClaimLink) int {
		return cmp.Or(strings.Compare(a.A.DocID, b.A.DocID), cmp.Compare(a.A.ClaimID, b.A.ClaimID),
			strings.Compare(a.B.DocID, b.B.DocID), cmp.Compare(a.B.ClaimID, b.B.ClaimID))
	})
}
