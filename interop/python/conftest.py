"""Fixtures: the seeds dataset, built once per session by the newsclaims
binary (NEWSCLAIMS_BIN, which `make test` sets; else `go run`), with every
table in both formats. NEWSCLAIMS_DATASET=dir tests an existing dataset
instead (built from seeds/ with --format both --tokens)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import schema_doc  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SCHEMA_MD = REPO / "docs" / "SCHEMA.md"


def newsclaims_command() -> list[str]:
    binary = os.environ.get("NEWSCLAIMS_BIN")
    if binary:
        return [binary]
    return ["go", "run", "./cmd/newsclaims"]


@pytest.fixture(scope="session")
def out(tmp_path_factory) -> Path:
    """A directory named out/ holding the dataset of seeds/ and of two
    unreadable articles (rows of the errors table)."""
    if existing := os.environ.get("NEWSCLAIMS_DATASET"):
        path = Path(existing).resolve()
        if path.name != "out" or not (path / "manifest.json").is_file():
            pytest.fail(f"NEWSCLAIMS_DATASET={existing}: want a dataset directory named out (the README's paths)")
        return path
    root = tmp_path_factory.mktemp("dataset")
    # Two articles that cannot be read, so that the errors table has rows.
    broken = root / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "binary.txt").write_bytes(b"\x00\x01\x02\x00 not text")
    out = root / "out"
    cmd = newsclaims_command() + ["build", "--out", str(out), "--format", "both", "--tokens", "--quiet",
                                  str(REPO / "seeds"), str(broken)]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    return out


@pytest.fixture(scope="session")
def manifest(out) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def documented() -> dict[str, list[schema_doc.Column]]:
    return schema_doc.tables(SCHEMA_MD)


@pytest.fixture(scope="session")
def dictionary_columns() -> set[tuple[str, str]]:
    return schema_doc.dictionary_columns(SCHEMA_MD)
