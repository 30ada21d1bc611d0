"""The quotes table read from Python: a reader keeps the speaker and
learns who passed the words on (on the seeds, the ministry statements
inside a correspondent's quotation are relayed by the correspondent), and
tells a reported clause from a reported phrase."""

from __future__ import annotations

import pytest

import dataset


@pytest.fixture(scope="module")
def quotes(out):
    return dataset.read_pandas(dataset.table_path(out, "quotes"))


def test_relayed_quotes_keep_their_speaker(quotes):
    relayed = quotes.dropna(subset=["relayed_by"])
    assert len(relayed) > 0, "no relayed quote on the seeds (a statement quoted inside a correspondent's quotation)"
    same = relayed[relayed.relayed_by == relayed.source_text]
    assert same.empty, f"relay equal to the quote's own source: {same[['source_text', 'relayed_by']].values.tolist()}"
    assert relayed.speaker.notna().all(), "a relayed quote without its own speaker"


def test_relay_entity_only_with_a_relay(quotes):
    orphans = quotes[quotes.relayed_by.isna() & quotes.relayed_by_entity_id.notna()]
    assert orphans.empty, f"relayed_by_entity_id set without relayed_by in {len(orphans)} rows"


def test_relay_of_a_held_report_is_the_holding_speaker(quotes):
    """A report inside another quote's quotation is relayed by that quote's
    source, as written."""
    by_id = quotes.set_index(["doc_id", "quote_id"])
    checked = 0
    for r in quotes.dropna(subset=["relayed_by", "embedded_in"]).itertuples(index=False):
        outer = by_id.loc[(r.doc_id, int(r.embedded_in))]
        if outer.type != "direct" or outer.unmarked or outer.speaker == r.speaker:
            continue
        want = outer.relayed_by if isinstance(outer.relayed_by, str) else outer.source_text
        assert r.relayed_by == want, f"{r.content!r}: relayed by {r.relayed_by!r}, want {want!r}"
        checked += 1
    assert checked > 0, "no report held inside a quotation on the seeds"


def test_content_form_only_on_indirect_quotes(quotes):
    indirect = quotes[quotes.type == "indirect"]
    assert len(indirect) > 0, "no indirect quote on the seeds"
    assert set(indirect.content_form) <= {"clause", "phrase"}, f"content_form values {set(indirect.content_form)}"
    others = quotes[quotes.type != "indirect"]
    assert others.content_form.isna().all(), "content_form set on a direct or mixed quote"
    # the seeds' reported speech is mostly clauses ("said the strikes hit ...")
    assert (indirect.content_form == "clause").mean() > 0.5
