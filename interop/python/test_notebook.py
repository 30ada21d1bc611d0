"""examples/explore.ipynb runs top to bottom on the seeds dataset, and is
kept in the repository without outputs."""

from __future__ import annotations

import time

import nbclient
import nbformat

from conftest import REPO

NOTEBOOK = REPO / "examples" / "explore.ipynb"

# A cell that takes longer has hung: the whole notebook runs in seconds.
CELL_TIMEOUT = 60


def test_notebook_is_stripped():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"cell {i} keeps its outputs: strip them"


def test_notebook_runs(out, monkeypatch):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    monkeypatch.setenv("NEWSCLAIMS_OUT", str(out))
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    began = time.monotonic()
    client.execute()  # raises CellExecutionError, naming the cell, when one fails
    print(f"{NOTEBOOK.name}: {len(nb.cells)} cells in {time.monotonic() - began:.1f} s")
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    charts = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(charts) >= 2, f"{len(charts)} charts drawn, want at least 2"
    empty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and not c.outputs]
    assert not empty, f"cells {empty} show nothing"
