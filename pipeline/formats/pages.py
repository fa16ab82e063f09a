"""The page of a source PDF on which each extracted passage starts.

Extraction reads the normalised text and knows nothing of pages; normalising maps each PDF page's
start into the normalised text (``normalised_documents.page_starts``), so a row's page is the
last page that starts at or before its ``char_start``. Rows of other formats have no page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

import pandas as pd


def page_of(page_starts: Sequence[int], char_start: int) -> int | None:
    """The 1-based page holding offset ``char_start``, or None when there are no pages."""
    if not len(page_starts):
        return None
    return max(1, bisect_right(page_starts, char_start))


def with_pages(
    rows: pd.DataFrame, documents: pd.DataFrame, page_starts: Mapping[str, Sequence[int]] | None
) -> pd.DataFrame:
    """``rows`` (of a span table) with a ``page`` column; ``page_starts`` by document SHA-256."""
    by_doc = dict(zip(documents["doc_id"], documents["sha256"], strict=True)) if len(documents) else {}
    starts = page_starts or {}
    pages = [
        page_of(starts.get(by_doc.get(doc_id, ""), ()), int(char_start))
        for doc_id, char_start in zip(rows["doc_id"], rows["char_start"], strict=True)
    ]
    return rows.assign(page=pd.array(pages, dtype="Int64"))
