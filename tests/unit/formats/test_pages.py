"""Each row of a PDF carries the page its passage starts on."""

from __future__ import annotations

import pandas as pd

from pipeline.formats.pages import page_of, with_pages


def test_a_passage_is_on_the_last_page_that_starts_at_or_before_it():
    starts = [0, 100, 250]
    assert [page_of(starts, c) for c in (0, 99, 100, 101, 249, 250, 10_000)] == [1, 1, 2, 2, 2, 3, 3]
    assert page_of([], 5) is None


def test_rows_get_their_document_s_pages_and_other_formats_none():
    documents = pd.DataFrame({"doc_id": ["pdf-doc", "txt-doc"], "sha256": ["a" * 64, "b" * 64]})
    rows = pd.DataFrame({"doc_id": ["pdf-doc", "pdf-doc", "txt-doc"], "char_start": [5, 120, 5]})
    out = with_pages(rows, documents, {"a" * 64: [0, 100], "b" * 64: []})
    assert out["page"].tolist()[:2] == [1, 2] and pd.isna(out["page"].iloc[2])
    assert str(out["page"].dtype) == "Int64"
