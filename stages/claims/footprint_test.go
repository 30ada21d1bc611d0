package claims

import (
	"bufio"
	"cmp"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/newsclaims/newsclaims/pipeline"
)

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestLinkerFootprint adds the seeds' claims many times over, as distinct
// documents, and bounds what the Linker keeps per claim: the full
// signatures of dated documents, and the briefs of undated ones. The seeds
// are denser in entities, numbers and events than most news; the bounds
// leave about half again what they measure.
func TestLinkerFootprint(t *testing.T) {
	seg := segmenter(t)
	st, _ := New()
	var docs []*pipeline.Doc
	for _, name := range seedNames {
		g, text := loadGold(t, name)
		d := goldDoc(t, seg, g, text)
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	tests := []struct {
		name     string
		dated    bool
		maxBytes float64
	}{
		{"dated", true, 480},    // about 460 measured
		{"undated", false, 100}, // about 40 measured
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			const copies = 60
			before := liveHeap()
			l := NewLinker()
			claims := 0
			for r := 0; r < copies; r++ {
				for _, d := range docs {
					c := *d
					// A distinct id, and dates a month later per copy: the
					// copies are other documents, outside each other's
					// window, so that the links do not grow with the copies.
					c.ID = fmt.Sprintf("%s-%03d", d.ID, r)
					shift := func(day string) string {
						t, err := time.Parse("2006-01-02", day)
						if err != nil {
							return day
						}
						return t.AddDate(0, 0, 30*r).Format("2006-01-02")
					}
					c.Published = ""
					if tc.dated {
						c.Published = shift(cmp.Or(d.Published, "2016-03-27"))
					}
					c.Claims = slices.Clone(d.Claims)
					for i := range c.Claims {
						c.Claims[i].Time = shift(c.Claims[i].Time)
					}
					l.Add(&c, nil)
					claims += len(c.Claims)
				}
			}
			// The links found are the output, not the signatures: they
			// are left out of the count.
			links := len(l.links)
			l.links, l.reasons, l.reasonN = nil, nil, nil
			after := liveHeap()
			perClaim := float64(int64(after)-int64(before)) / float64(claims)
			t.Logf("%d claims, %.0f bytes live per claim; kept %d (full %d), %d ids, %d excerpt bytes, %d strings, %d postings, %d links",
				claims, perClaim, len(l.kept), len(l.full), len(l.ids), len(l.excerpts), len(l.strs.strs), len(l.postings), links)
			if perClaim > tc.maxBytes {
				t.Errorf("linker keeps %.0f bytes per claim, want at most %.0f", perClaim, tc.maxBytes)
			}
			runtime.KeepAlive(l)
		})
	}
}

// TestLinkerCorpusFootprint measures the Linker over a corpus of documents
// gob-encoded one after another (the output of every stage, as Run hands
// them to the Linker), named by NEWSCLAIMS_LINKER_DOCS; it is skipped
// without one. With NEWSCLAIMS_LINKER_LINKS it writes the links there, one
// a line, for comparing two versions of the Linker. With
// NEWSCLAIMS_LINKER_DATE_SPREAD=n the documents are dated over n days, to
// measure the signatures of dated claims on an undated corpus.
func TestLinkerCorpusFootprint(t *testing.T) {
	path := os.Getenv("NEWSCLAIMS_LINKER_DOCS")
	if path == "" {
		t.Skip("NEWSCLAIMS_LINKER_DOCS not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spread, _ := strconv.Atoi(os.Getenv("NEWSCLAIMS_LINKER_DATE_SPREAD"))
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	before := liveHeap()
	l := NewLinker()
	docs, claims := 0, 0
	var addTime time.Duration
	for {
		var d pipeline.Doc
		if err := dec.Decode(&d); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if spread > 0 {
			// as if published over spread days, for the dated path
			h := fnv.New32a()
			h.Write([]byte(d.ID))
			d.Published = time.Date(2016, 1, 1+int(h.Sum32()%uint32(spread)), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
		t0 := time.Now()
		l.Add(&d, nil)
		addTime += time.Since(t0)
		docs++
		claims += len(d.Claims)
	}
	after := liveHeap()
	t.Logf("%d documents, %d claims; Add %v; %.1f bytes live per claim (%.1f MB)", docs, claims, addTime,
		float64(int64(after)-int64(before))/float64(max(claims, 1)), float64(int64(after)-int64(before))/(1<<20))
	t0 := time.Now()
	links := slices.Collect(l.Links())
	t.Logf("Links: %d links in %v", len(links), time.Since(t0))
	if out := os.Getenv("NEWSCLAIMS_LINKER_LINKS"); out != "" {
		w, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriter(w)
		for _, k := range links {
			fmt.Fprintf(bw, "%s[%d]\t%s[%d]\t%s\t%s\n", k.A.DocID, k.A.ClaimID, k.B.DocID, k.B.ClaimID, k.Relation, k.Reason)
		}
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
	runtime.KeepAlive(l)
}
