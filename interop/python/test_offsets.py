"""Code-point offsets slice documents.text in Python: for every span column
pair of every table, text[start:end] is the span, and where the table holds
the span's text too, the two are equal."""

from __future__ import annotations

import pytest

import dataset
import schema_doc
from conftest import SCHEMA_MD

DOCUMENTED = schema_doc.tables(SCHEMA_MD)


def span_pairs(columns: list[str]) -> list[tuple[str, str, str | None]]:
    """(start, end, text column) for each ``start``/``end`` or
    ``X_start``/``X_end`` pair; the text column is ``text``, ``X`` or
    ``X_text`` when the table has one."""
    pairs = []
    for c in columns:
        if c == "start" or c.endswith("_start"):
            prefix = c[: -len("start")]
            end = prefix + "end"
            assert end in columns, f"{c} without {end}"
            stem = prefix.rstrip("_")
            text = next((t for t in ([stem, stem + "_text"] if stem else ["text"]) if t in columns), None)
            pairs.append((c, end, text))
    return pairs


SPANS = [(table, *pair) for table, cols in sorted(DOCUMENTED.items()) if table != "documents"
         for pair in span_pairs([c.name for c in cols])]


def test_every_offset_column_is_checked():
    """Each int32 column named like an offset belongs to a checked pair."""
    checked = {(t, c) for t, s, e, _ in SPANS for c in (s, e)}
    for table, cols in DOCUMENTED.items():
        for c in cols:
            if c.type == "int32" and (c.name in ("start", "end") or c.name.endswith(("_start", "_end"))):
                assert (table, c.name) in checked, f"{table}.{c.name}"


@pytest.fixture(scope="module")
def texts(out) -> dict[str, str]:
    docs = dataset.read_pandas(dataset.table_path(out, "documents"))
    return dict(zip(docs.doc_id, docs.text))


def test_seeds_need_code_points(out, texts):
    """Spans on the seeds follow characters outside ASCII, so byte offsets
    would not pass the tests below."""
    for table, start in [("mentions", "start"), ("quotes", "content_start")]:
        df = dataset.read_pandas(dataset.table_path(out, table))
        shifted = [s for d, s in zip(df.doc_id, df[start]) if len(texts[d][:s].encode("utf-8")) != s]
        assert shifted, f"no {table}.{start} differs from its byte offset: the seeds do not test code points"


@pytest.mark.parametrize("table,start,end,text", SPANS, ids=[f"{t}.{s}" for t, s, _, _ in SPANS])
def test_offsets_slice_the_text(out, texts, table, start, end, text):
    df = dataset.read_pandas(dataset.table_path(out, table))
    rows = df.dropna(subset=[start])
    assert rows[end].notna().all(), f"{table}: {end} null where {start} is set"
    assert len(rows) > 0, f"{table}.{start}: no spans on the seeds"
    bad = []
    for r in rows.itertuples(index=False):
        r = r._asdict()
        doc = texts[r["doc_id"]]
        s, e = int(r[start]), int(r[end])
        if not 0 <= s < e <= len(doc):
            bad.append(f"{r['doc_id'][:8]} [{s}, {e}) outside a text of {len(doc)} code points or empty")
            continue
        span = doc[s:e]
        if text is not None and r[text] != span:
            bad.append(f"{r['doc_id'][:8]} [{s}, {e}): text[{s}:{e}] is {span!r}, {text} is {r[text]!r}")
        if table in ("zones", "sentences") and span != span.strip():
            bad.append(f"{r['doc_id'][:8]} [{s}, {e}): {table} span {span!r} starts or ends with white space")
        if table == "sentences" and "\n" in span:
            bad.append(f"{r['doc_id'][:8]} [{s}, {e}): sentence {span!r} crosses a line")
    assert not bad, f"{len(bad)} of {len(rows)} spans of {table}.{start}:\n" + "\n".join(bad[:10])
