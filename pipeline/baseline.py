"""A naive baseline, scored beside the pipeline so the evaluation shows the margin.

Commitments: every sentence containing a commitment keyword, joint actor, one constant theme.
Statistics and funding: whatever the ``quantulum3`` library (a general quantity parser) finds in
each sentence. Sentences come from the same segmenter, run on the published text alone.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any, cast

import pandas as pd

import pipeline.baseline
import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint, content_key
from pipeline.text.segment import Segment, segment

KEYWORDS = re.compile(r"\b(will|shall|agree\w*|commit\w*|pledge\w*|undertake\w*|intend\w*)\b", re.I)
CURRENCIES = {"euro": "EUR", "pound sterling": "GBP", "dollar": "USD", "united states dollar": "USD"}


def _sentences(text: str) -> Iterator[Segment]:
    for s in segment(text, []):
        if s.kind in ("sentence", "list_item"):
            yield s


def _quantities(text: str) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns at import that its optional classifier is absent
        from quantulum3 import parser

        try:
            found: list[Any] = parser.parse(text)  # quantulum3 has no type hints
            return found
        except Exception:  # a baseline that fails on a sentence finds nothing there
            return []


def baseline_rows(doc_id: str, text: str) -> dict[str, list[dict[str, Any]]]:
    """One document's baseline rows (pure, so they can be cached by content)."""
    commitments, funding, statistics = [], [], []
    for s in _sentences(text):
        base = {"doc_id": doc_id, "text": s.text, "char_start": s.start, "char_end": s.end}
        if KEYWORDS.search(s.text):
            commitments.append({**base, "actor": "GB;FR", "theme": "border_security", "deadline_date": None})
        for q in _quantities(s.text):
            unit_name = q.unit.name.lower()
            currency = next((c for k, c in CURRENCIES.items() if unit_name.startswith(k)), None)
            if currency:
                funding.append(
                    {
                        **base,
                        "amount": q.value,
                        "currency": currency,
                        "kind": "pledge",
                        "per_year": False,
                        "years": 1,
                        "total_amount": q.value,
                        "donor": "GB",
                    }
                )
            else:
                unit = "percent" if unit_name == "percentage" else "people"
                statistics.append(
                    {**base, "value": q.value, "unit": unit, "qualifier": "exact", "direction": "level"}
                )
    return {"commitments": commitments, "funding": funding, "statistics": statistics}


STAGE = "baseline"  # the cache's stage for the baseline's rows of one document


def code_version() -> str:
    """The cache's code version of the baseline's rows: its code, the segmenter's, the vocabularies'."""
    return code_fingerprint(pipeline.baseline, pipeline.text, pipeline.vocab)


def baseline_tables(documents: pd.DataFrame, cache: DocumentCache | None = None) -> dict[str, pd.DataFrame]:
    """The baseline's tables; with a cache, quantulum3 (slow to load and to run) only sees new texts."""
    # (doc_id, text): both string columns of the documents table
    docs = [(cast(str, d.doc_id), cast(str, d.text)) for d in documents.itertuples(index=False)]
    if cache is None:
        per_doc = [baseline_rows(doc_id, text) for doc_id, text in docs]
    else:
        items = [(content_key(doc_id, text), (doc_id, text)) for doc_id, text in docs]
        per_doc = cache.map(STAGE, code_version(), items, lambda a: baseline_rows(*a))
    rows = {name: [r for d in per_doc for r in d[name]] for name in ("commitments", "funding", "statistics")}
    cols = ["doc_id", "text", "char_start", "char_end"]
    return {
        "documents": documents,
        "commitments": pd.DataFrame(rows["commitments"], columns=[*cols, "actor", "theme", "deadline_date"]),
        "funding": pd.DataFrame(
            rows["funding"],
            columns=[*cols, "amount", "currency", "kind", "per_year", "years", "total_amount", "donor"],
        ),
        "statistics": pd.DataFrame(
            rows["statistics"], columns=[*cols, "value", "unit", "qualifier", "direction"]
        ),
    }
