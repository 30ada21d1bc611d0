package pipeline

import (
	"fmt"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// BenchmarkAppendRows times what the writer goroutine does per row: append
// it to the builders of its table, and encode a batch whenever one is full,
// in both formats.
func BenchmarkAppendRows(b *testing.B) {
	quote := int32(3)
	value := 12.5
	rows := make([]ClaimRow, 1000)
	for i := range rows {
		rows[i] = ClaimRow{DocID: fmt.Sprintf("doc-%04d", i/20), ClaimID: int32(i % 20), Start: int32(i), End: int32(i + 80),
			Text: "The ministry said 40 people were killed in the strike on Tuesday.", Claimant: "the ministry",
			QuoteID: &quote, QuantityIDs: []int32{1, 2}, EntityIDs: []string{"e1", "e2", "e3"}, Stance: "asserts",
			Predicate: "kill", Time: "2024-03-05"}
	}
	qrows := make([]QuantityRow, 1000)
	for i := range qrows {
		qrows[i] = QuantityRow{DocID: fmt.Sprintf("doc-%04d", i/20), QuantityID: int32(i % 20), Text: "40 people",
			Value: &value, Unit: "people", Kind: "count", Normalized: "40"}
	}
	w, err := newTableWriter(b.TempDir(), claimsTable, batchDir(1), FormatBoth, memory.DefaultAllocator)
	if err != nil {
		b.Fatal(err)
	}
	qw, err := newTableWriter(b.TempDir(), quantitiesTable, batchDir(1), FormatBoth, memory.DefaultAllocator)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := appendRows(w, rows); err != nil {
			b.Fatal(err)
		}
		if err := appendRows(qw, qrows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(2*len(rows)*b.N)/b.Elapsed().Seconds(), "rows/s")
	if err := w.close(); err != nil {
		b.Fatal(err)
	}
	if err := qw.close(); err != nil {
		b.Fatal(err)
	}
}

func TestISODate32(t *testing.T) {
	for _, s := range []string{"2024-03-05", "1970-01-01", "1969-12-31", "2000-02-29", "1900-02-29",
		"2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-05", "2024/01/05",
		"20240105", "", "2024-01-0x", "+024-01-05", "0000-01-01", "9999-12-31", "2024-01-05T00:00:00Z"} {
		got, ok := isoDate32(s)
		want, err := time.Parse(time.DateOnly, s)
		if ok != (err == nil) || ok && got != arrow.Date32FromTime(want) {
			t.Errorf("isoDate32(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, err)
		}
	}
}

func FuzzISODate32(f *testing.F) {
	f.Add("2024-03-05")
	f.Add("2023-02-29")
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := isoDate32(s)
		want, err := time.Parse(time.DateOnly, s)
		if ok != (err == nil) || ok && got != arrow.Date32FromTime(want) {
			t.Errorf("isoDate32(%q) = %v, %v; time.Parse gives %v, %v", s, got, ok, want, err)
		}
	})
}
