package pipeline

import (
	"encoding/json"
	"testing"
)

// TestPandasMetadataNamesNullableInts checks that every nullable int32
// column of every table, and no other column, carries the pandas Int32 hint.
func TestPandasMetadataNamesNullableInts(t *testing.T) {
	for _, table := range Tables() {
		t.Run(table.Name, func(t *testing.T) {
			want := map[string]bool{}
			for _, f := range table.Schema.Fields() {
				if _, ok := pandasNullable[f.Type.ID()]; ok && f.Nullable {
					want[f.Name] = true
				}
			}
			s := withPandasMetadata(table.Schema)
			if !s.Equal(table.Schema) {
				t.Fatal("the hint changed the fields")
			}
			i := s.Metadata().FindKey("pandas")
			if len(want) == 0 {
				if i >= 0 {
					t.Fatalf("pandas metadata on a table without nullable ints: %s", s.Metadata().Values()[i])
				}
				return
			}
			if i < 0 {
				t.Fatalf("no pandas metadata; nullable columns %v", want)
			}
			var meta pandasMetadata
			if err := json.Unmarshal([]byte(s.Metadata().Values()[i]), &meta); err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, c := range meta.Columns {
				if c.Name != c.FieldName || c.NumpyType != pandasNullable[s.Field(s.FieldIndices(c.Name)[0]).Type.ID()] {
					t.Errorf("column %+v", c)
				}
				got[c.Name] = true
			}
			if len(got) != len(want) {
				t.Errorf("hinted %v, want %v", got, want)
			}
			for name := range want {
				if !got[name] {
					t.Errorf("%s not hinted", name)
				}
			}
		})
	}
}
