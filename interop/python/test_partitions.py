"""A partitioned table (one directory per table, Hive-style partition
directories below it, as a nightly dataset grows) reads as one table with
its partition columns in pandas, polars and DuckDB."""

from __future__ import annotations

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as pads
import pytest

import dataset


def partitioned(out, manifest) -> dict[str, tuple]:
    """Each table written as partition directories: its path and keys."""
    found = {}
    for table in manifest["tables"]:
        path = dataset.table_path(out, table["name"])
        if path is not None and (keys := dataset.partition_columns(path)):
            found[table["name"]] = (path, keys)
    return found


def directory_values(path, key: str) -> set[str]:
    return {part.split("=", 1)[1] for f in dataset.files(path, "parquet")
            for part in f.relative_to(path).parts[:-1] if part.startswith(key + "=")}


def test_partitioned_tables_read_as_one(out, manifest):
    tables = partitioned(out, manifest)
    if not tables:
        pytest.skip(f"{out} has no partitioned table: this writer puts each table in one file "
                    "(<out>/<table>.parquet); the test runs when tables are directories of key=value partitions")
    rows = {m["name"]: m["rows"] for m in manifest["tables"]}
    for name, (path, keys) in tables.items():
        want = rows[name]
        pdf = pd.read_parquet(path)
        pldf = dataset.read_polars(path)
        db = duckdb.sql(f"SELECT * FROM read_parquet('{path}/**/*.parquet', hive_partitioning = true)").df()
        for reader, df in (("pandas", pdf), ("polars", pldf), ("duckdb", db)):
            assert len(df) == want, f"{name} through {reader}: {len(df)} rows, manifest says {want}"
            for key in keys:
                assert key in df.columns, f"{name} through {reader}: no partition column {key}"
        for key in keys if want else []:
            got = {str(v) for v in pldf.get_column(key).unique().to_list()}
            assert got == directory_values(path, key) or {v.lstrip("0") for v in got} == {v.lstrip("0") for v in directory_values(path, key)}, \
                f"{name}.{key}: values {sorted(got)}, directories {sorted(directory_values(path, key))}"


def test_batch_column_types(out, manifest):
    """The batch column each reader adds, as docs/SCHEMA.md describes it:
    a number in pyarrow, polars and pandas (a category of numbers), and
    in DuckDB the directory's zero-padded text unless hive_types names it
    an INTEGER; the text sorts as the numbers do, so max(batch) is the
    last partition in every reader."""
    path = dataset.table_path(out, "mentions")
    if not dataset.partition_columns(path):
        pytest.skip(f"{out} has no partitioned mentions table")
    last = max(p["batch"] for p in manifest["partitions"])

    assert str(pads.dataset(path, partitioning="hive").schema.field("batch").type) == "int32"
    assert dataset.read_polars(path).schema["batch"] == pl.Int64
    batch = pd.read_parquet(path)["batch"]
    assert isinstance(batch.dtype, pd.CategoricalDtype) and batch.cat.categories.dtype == "int32"
    assert batch.astype("int32").max() == last

    glob = f"read_parquet('{path}/*/*.parquet', hive_partitioning = true"
    value, kind = duckdb.sql(f"SELECT max(batch), typeof(max(batch)) FROM {glob})").fetchall()[0]
    assert (value, kind) == (f"{last:05d}", "VARCHAR")
    value, kind = duckdb.sql(f"SELECT max(batch), typeof(max(batch)) FROM {glob}, hive_types = {{'batch': INTEGER}})").fetchall()[0]
    assert (value, kind) == (last, "INTEGER")
