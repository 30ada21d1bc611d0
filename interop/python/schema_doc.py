"""docs/SCHEMA.md read as data: each table's documented columns, types and
nullability, and the columns it says are dictionary-encoded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # as documented: string, int32, float64, bool, date, list<string>, list<int32>
    nullable: bool


def _cells(line: str) -> list[str]:
    return [c.strip().strip("`").strip() for c in line.strip().strip("|").split("|")]


def tables(schema_md: Path) -> dict[str, list[Column]]:
    """Every ``## <table>`` section that has a ``| column | type | null |`` table."""
    out: dict[str, list[Column]] = {}
    section = None
    header = None
    for line in schema_md.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section, header = line[3:].strip(), None
            continue
        if section is None or not line.startswith("|"):
            continue
        cells = _cells(line)
        if header is None:
            if cells[:3] == ["column", "type", "null"]:
                header = cells
            continue
        if set(cells[0]) <= set("-: "):
            continue
        row = dict(zip(header, cells))
        if row["null"] not in ("yes", "no"):
            raise ValueError(f"SCHEMA.md, {section}.{row['column']}: null is {row['null']!r}, want yes or no")
        out.setdefault(section, []).append(Column(row["column"], row["type"], row["null"] == "yes"))
    return out


def dictionary_columns(schema_md: Path) -> set[tuple[str, str]]:
    """The (table, column) pairs of the **Dictionary-encoded** convention."""
    text = schema_md.read_text(encoding="utf-8")
    m = re.search(r"^\* \*\*Dictionary-encoded\*\*(.*?)(?=^\* |^$)", text, re.M | re.S)
    if not m:
        raise ValueError("SCHEMA.md has no '* **Dictionary-encoded**' convention")
    return {tuple(ref.split(".", 1)) for ref in re.findall(r"`([a-z_]+\.[a-z_]+)`", m.group(1))}
