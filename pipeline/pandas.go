package pipeline

import (
	"encoding/json"
	"slices"

	"github.com/apache/arrow-go/v18/arrow"
)

// pandasNullable maps the Arrow types that numpy cannot hold with nulls to
// the pandas extension dtype that can. Without a hint pandas reads a nullable
// int32 column as float64 (quote_id 4 becomes 4.0, null becomes NaN) and a
// nullable bool column as object.
var pandasNullable = map[arrow.Type]string{
	arrow.INT32: "Int32",
	arrow.BOOL:  "boolean",
}

// pandasColumn is one entry of the "pandas" schema metadata that pyarrow
// reads when it converts a table to a DataFrame (the format pandas documents
// for its own Parquet files).
type pandasColumn struct {
	Name       string  `json:"name"`
	FieldName  string  `json:"field_name"`
	PandasType string  `json:"pandas_type"`
	NumpyType  string  `json:"numpy_type"`
	Metadata   *string `json:"metadata"`
}

type pandasMetadata struct {
	IndexColumns  []string       `json:"index_columns"`
	ColumnIndexes []any          `json:"column_indexes"`
	Columns       []pandasColumn `json:"columns"`
}

// withPandasMetadata returns the schema with a "pandas" metadata entry that
// names the nullable columns pandas would otherwise widen, so that
// pd.read_parquet and pd.read_feather give Int32 with <NA> where the table
// says int32 with nulls. The hint affects pandas only: pyarrow, polars and
// DuckDB read the column as the Arrow type it is. Columns it does not name
// keep pandas' defaults.
func withPandasMetadata(s *arrow.Schema) *arrow.Schema {
	meta := pandasMetadata{IndexColumns: []string{}, ColumnIndexes: []any{}}
	for _, f := range s.Fields() {
		dtype, ok := pandasNullable[f.Type.ID()]
		if !ok || !f.Nullable {
			continue
		}
		meta.Columns = append(meta.Columns, pandasColumn{Name: f.Name, FieldName: f.Name,
			PandasType: f.Type.Name(), NumpyType: dtype})
	}
	if len(meta.Columns) == 0 {
		return s
	}
	b, err := json.Marshal(meta)
	if err != nil {
		panic(err) // plain structs of strings always marshal
	}
	m := arrow.NewMetadata(slices.Concat(s.Metadata().Keys(), []string{"pandas"}),
		slices.Concat(s.Metadata().Values(), []string{string(b)}))
	return arrow.NewSchema(s.Fields(), &m)
}
