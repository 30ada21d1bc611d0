"""The README's pandas, polars and DuckDB snippets run unchanged on the seeds
dataset, from the directory that holds out/, and every expression they show
has rows."""

from __future__ import annotations

import ast
import re

import duckdb
import pytest

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, re.M | re.S)


PYTHON = blocks("python")
SQL = [s for block in blocks("sql") for s in block.split(";")
       if re.sub(r"--[^\n]*", "", s).strip()]


def test_readme_has_snippets():
    joined = "\n".join(PYTHON)
    for library in ("import pandas", "import polars"):
        assert library in joined, f"README.md has no Python block with {library}"
    assert len(SQL) >= 3, f"README.md has {len(SQL)} SQL statements"


@pytest.fixture
def in_dataset_parent(out, monkeypatch):
    monkeypatch.chdir(out.parent)


def shown(value) -> int | None:
    """How many rows an expression a notebook would display has."""
    try:
        return len(value)
    except TypeError:
        return None


@pytest.mark.parametrize("block", PYTHON, ids=[f"python{i}" for i in range(len(PYTHON))])
def test_python_snippet(in_dataset_parent, block):
    """Runs the block statement by statement in one namespace, the way a
    notebook cell runs; each bare expression must show at least one row."""
    namespace: dict = {}
    for node in ast.parse(block).body:
        source = ast.get_source_segment(block, node)
        if isinstance(node, ast.Expr):
            value = eval(compile(ast.Expression(node.value), "README.md", "eval"), namespace)
            assert shown(value) != 0, f"README expression shows no rows on the seeds:\n{source}"
        else:
            exec(compile(ast.Module([node], []), "README.md", "exec"), namespace)


@pytest.mark.parametrize("statement", SQL, ids=[f"sql{i}" for i in range(len(SQL))])
def test_duckdb_snippet(in_dataset_parent, statement):
    rows = duckdb.sql(statement).fetchall()
    assert rows, f"README query returns no rows on the seeds:\n{statement}"
