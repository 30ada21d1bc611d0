"""Every table loads with the types docs/SCHEMA.md documents: through
pyarrow, pandas (default options) and polars, from the Parquet and the Arrow
IPC files, in either layout (one file or a directory of partitions)."""

from __future__ import annotations

import datetime

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import dataset
import schema_doc
from conftest import SCHEMA_MD

TABLES = sorted(schema_doc.tables(SCHEMA_MD))
FORMATS = ["parquet", "arrow"]

ARROW = {
    "string": pa.string(),
    "int32": pa.int32(),
    "float64": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "list<string>": pa.list_(pa.string()),
    "list<int32>": pa.list_(pa.int32()),
}

POLARS = {
    "string": pl.String,
    "int32": pl.Int32,
    "float64": pl.Float64,
    "bool": pl.Boolean,
    "date": pl.Date,
    "list<string>": pl.List(pl.String),
    "list<int32>": pl.List(pl.Int32),
}


def pandas_problem(doc: schema_doc.Column, s: pd.Series) -> str | None:
    """Why the pandas column does not hold the documented type, or None."""
    t = doc.type
    if t == "string":
        if not isinstance(s.dtype, pd.StringDtype):
            return f"dtype {s.dtype}, want a pandas string dtype"
        values = s.dropna()
        if doc.nullable and (values == "").any():
            return "an empty string where unknown should be null"
        return None
    if t == "int32":
        want = pd.Int32Dtype() if doc.nullable else np.dtype("int32")
        return None if s.dtype == want else f"dtype {s.dtype}, want {want}"
    if t == "float64":
        return None if s.dtype == np.float64 else f"dtype {s.dtype}, want float64"
    if t == "bool":
        want = pd.BooleanDtype() if doc.nullable else np.dtype(bool)
        return None if s.dtype == want else f"dtype {s.dtype}, want {want}"
    if t == "date":
        # pandas has no date dtype: a date32 column is object holding
        # datetime.date, not Timestamps (which would carry a clock time).
        if s.dtype != object:
            return f"dtype {s.dtype}, want object of datetime.date"
        bad = [v for v in s.dropna() if type(v) is not datetime.date]
        return f"values {bad[:3]}, want datetime.date" if bad else None
    if t.startswith("list<"):
        elem = {"list<string>": str, "list<int32>": np.int32}[t]
        if s.dtype != object:
            return f"dtype {s.dtype}, want object of arrays"
        for v in s.dropna():
            if not isinstance(v, np.ndarray) or v.ndim != 1:
                return f"value {v!r} is not a one-dimensional array"
            if not all(isinstance(x, elem) for x in v):
                return f"value {v!r} holds other than {elem.__name__}"
        return None
    return f"undocumented type {t!r}"


def load(out, table, ext):
    path = dataset.table_path(out, table, ext)
    if path is None:
        if table == "tokens":
            pytest.fail("no tokens table although the dataset was built with --tokens")
        pytest.fail(f"{out}: table {table} ({ext}) missing")
    return path


def data_columns(names: list[str], path) -> list[str]:
    """The columns of a table without its partition keys."""
    keys = set(dataset.partition_columns(path))
    return [n for n in names if n not in keys]


def test_manifest_lists_the_documented_tables(manifest):
    assert sorted(t["name"] for t in manifest["tables"]) == TABLES


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_arrow_types(out, manifest, documented, table, ext):
    path = load(out, table, ext)
    t = dataset.read_arrow(path, ext)
    rows = {m["name"]: m["rows"] for m in manifest["tables"]}[table]
    assert t.num_rows == rows, f"{table}: {t.num_rows} rows, manifest says {rows}"
    cols = documented[table]
    assert data_columns(t.column_names, path) == [c.name for c in cols]
    for c in cols:
        f = t.schema.field(c.name)
        assert f.type == ARROW[c.type], f"{table}.{c.name}: Arrow type {f.type}, SCHEMA.md says {c.type}"
        if not dataset.partition_columns(path):
            # A partitioned dataset's schema is unified across files, which
            # may relax nullability; a single file keeps what was written.
            assert f.nullable == c.nullable, f"{table}.{c.name}: nullable {f.nullable}, SCHEMA.md says {c.nullable}"
        if not c.nullable:
            assert t.column(c.name).null_count == 0, f"{table}.{c.name}: nulls in a column documented not null"


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_pandas_dtypes(out, documented, table, ext):
    path = load(out, table, ext)
    df = dataset.read_pandas(path, ext)
    nulls = dataset.read_arrow(path, ext)
    assert isinstance(df.index, pd.RangeIndex)
    problems = []
    for c in documented[table]:
        s = df[c.name]
        if p := pandas_problem(c, s):
            problems.append(f"{table}.{c.name}: {p}")
        want = nulls.column(c.name).null_count
        if int(s.isna().sum()) != want:
            problems.append(f"{table}.{c.name}: {int(s.isna().sum())} missing in pandas, {want} nulls in the file")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ext", FORMATS)
@pytest.mark.parametrize("table", TABLES)
def test_polars_dtypes(out, documented, table, ext):
    path = load(out, table, ext)
    df = dataset.read_polars(path, ext)
    nulls = dataset.read_arrow(path, ext)
    problems = []
    for c in documented[table]:
        got = df.schema[c.name]
        if got != POLARS[c.type]:
            problems.append(f"{table}.{c.name}: {got}, want {POLARS[c.type]}")
        want = nulls.column(c.name).null_count
        if df[c.name].null_count() != want:
            problems.append(f"{table}.{c.name}: {df[c.name].null_count()} nulls in polars, {want} in the file")
        if c.type == "string" and c.nullable and (df[c.name] == "").any():
            problems.append(f"{table}.{c.name}: an empty string where unknown should be null")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("table,column", sorted(schema_doc.dictionary_columns(SCHEMA_MD)))
def test_dictionary_columns(out, documented, table, column):
    """The dictionary-encoded columns are so in the Parquet file, and read as
    categoricals when asked: pandas with read_dictionary, polars by a cast."""
    assert column in [c.name for c in documented[table]], f"SCHEMA.md lists {table}.{column} as dictionary-encoded but documents no such column"
    path = load(out, table, "parquet")
    for f in dataset.files(path, "parquet"):
        meta = pq.ParquetFile(f).metadata
        for g in range(meta.num_row_groups):
            if meta.row_group(g).num_rows == 0:
                continue
            col = meta.row_group(g).column(meta.schema.names.index(column))
            assert col.has_dictionary_page, f"{f}: {column} is not dictionary-encoded in row group {g}"
    df = pd.read_parquet(path, read_dictionary=[column])
    assert isinstance(df[column].dtype, pd.CategoricalDtype), f"{table}.{column}: {df[column].dtype}"
    assert df[column].isna().sum() == dataset.read_arrow(path).column(column).null_count
    cat = dataset.read_polars(path).get_column(column).cast(pl.Categorical)
    assert cat.dtype == pl.Categorical


def test_only_dictionary_columns_are_dictionary_encoded(out, dictionary_columns):
    """Every other string column is plain: a dictionary on ids and texts costs
    writer time and makes the files larger."""
    for table in TABLES:
        path = load(out, table, "parquet")
        for f in dataset.files(path, "parquet"):
            meta = pq.ParquetFile(f).metadata
            if meta.num_row_groups == 0 or meta.row_group(0).num_rows == 0:
                continue
            rg = meta.row_group(0)
            for i in range(rg.num_columns):
                col = rg.column(i)
                name = col.path_in_schema.split(".")[0]
                if col.has_dictionary_page:
                    assert (table, name) in dictionary_columns, f"{table}.{name} is dictionary-encoded but SCHEMA.md does not say so"


def test_every_table_has_rows(manifest):
    """Each table has rows on the test dataset, so that no type check above
    passes on an empty table."""
    empty = [t["name"] for t in manifest["tables"] if t["rows"] == 0]
    assert not empty, f"tables without rows: {empty}"
