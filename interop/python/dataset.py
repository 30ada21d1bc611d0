"""Finding and reading the tables of a newsclaims dataset from Python.

A table is either one file, ``<out>/<table>.parquet`` (or ``.arrow``), or a
directory ``<out>/<table>/`` of files, usually below Hive-style partition
directories (``batch=00001/part-0.parquet``), with the Arrow files of a
partitioned dataset under ``<out>/arrow/<table>/``. Every reader here accepts both layouts, the
way a data scientist would read them: pandas and polars on the path, pyarrow
for the Arrow IPC files.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.ipc

FORMATS = {"parquet": "parquet", "arrow": "ipc"}

_PARTITION_DIR = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$")


def table_path(out: Path, table: str, ext: str = "parquet") -> Path | None:
    """The file or directory that holds a table, or None when it is absent:
    ``<out>/<table>.<ext>``, else a directory ``<out>/<table>/`` or
    ``<out>/<ext>/<table>/`` (Arrow files kept apart from Parquet ones,
    since a directory read as Parquet must hold only Parquet) with files
    of that format below it."""
    single = Path(out) / f"{table}.{ext}"
    if single.is_file():
        return single
    for directory in (Path(out) / table, Path(out) / ext / table):
        if directory.is_dir() and any(directory.rglob(f"*.{ext}")):
            return directory
    return None


def partition_columns(path: Path) -> list[str]:
    """The Hive partition keys of a table directory (``batch`` for
    ``batch=00001/``), outermost first; empty for a single file."""
    if not path.is_dir():
        return []
    keys: list[str] = []
    for f in sorted(path.rglob("*")):
        if not f.is_file():
            continue
        for part in f.relative_to(path).parts[:-1]:
            m = _PARTITION_DIR.match(part)
            if m and m.group(1) not in keys:
                keys.append(m.group(1))
    return keys


def files(path: Path, ext: str) -> list[Path]:
    """The data files of a table, in path order."""
    return [path] if path.is_file() else sorted(path.rglob(f"*.{ext}"))


def read_arrow(path: Path, ext: str = "parquet") -> pa.Table:
    """The whole table through pyarrow, partition columns included."""
    if path.is_file() and ext == "arrow":
        with pa.memory_map(str(path)) as source:
            return pyarrow.ipc.open_file(source).read_all()
    return ds.dataset(str(path), format=FORMATS[ext], partitioning="hive").to_table()


def read_pandas(path: Path, ext: str = "parquet", **kwargs) -> pd.DataFrame:
    """The table as pandas reads it by default."""
    if ext == "parquet":
        return pd.read_parquet(path, **kwargs)
    if path.is_file():
        return pd.read_feather(path, **kwargs)
    return read_arrow(path, ext).to_pandas()


def read_polars(path: Path, ext: str = "parquet") -> pl.DataFrame:
    """The table as polars reads it by default."""
    if ext == "parquet":
        if path.is_file():
            return pl.read_parquet(path)
        return pl.read_parquet(os.path.join(path, "**", "*.parquet"), hive_partitioning=True)
    if path.is_file():
        return pl.read_ipc(path)
    return pl.from_arrow(read_arrow(path, ext))
