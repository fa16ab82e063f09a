"""The three extracted tables for a whole corpus, conformed to the contract.

Work is per document (:func:`extract_document`) and memoised in-process on the document's
content (id, date, text and segments), so the three assets share one pass and an unchanged
document is not re-extracted.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pandas as pd

from pipeline.contract import COMMITMENTS, FUNDING, STATISTICS, Table, conform, empty_frame
from pipeline.extract.document import extract_document

TABLES: dict[str, Table] = {"commitments": COMMITMENTS, "funding": FUNDING, "statistics": STATISTICS}
SEGMENT_FIELDS = ("seg", "kind", "start", "end", "text", "paragraph", "heading", "list_marker", "lead_in")


def _plain(value):
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


@lru_cache(maxsize=4096)
def _document_rows(doc_id: str, doc_date_iso: str | None, text: str, segments_json: str) -> dict:
    import datetime as dt

    doc_date = dt.date.fromisoformat(doc_date_iso) if doc_date_iso else None
    return extract_document(doc_id, doc_date, text, json.loads(segments_json))


def extract_tables(documents: pd.DataFrame, segments: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Run :func:`extract_document` over every document (segments joined on ``sha256``)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    by_sha = {sha: g for sha, g in segments.groupby("sha256")} if len(segments) else {}
    for doc in documents.itertuples(index=False):
        doc_segments = by_sha.get(doc.sha256)
        records = (
            []
            if doc_segments is None
            else [
                {f: _plain(v) for f, v in r.items() if f in SEGMENT_FIELDS}
                for r in doc_segments.to_dict("records")
            ]
        )
        for r in records:
            for f in ("seg", "start", "end", "paragraph", "lead_in"):
                if r.get(f) is not None:
                    r[f] = int(r[f])
        doc_date = None if pd.isna(doc.doc_date) else doc.doc_date.isoformat()
        result = _document_rows(doc.doc_id, doc_date, doc.text, json.dumps(records, sort_keys=True))
        for name in TABLES:
            rows[name].extend(result[name])
    return {
        name: conform(pd.DataFrame(rows[name]), table) if rows[name] else empty_frame(table)
        for name, table in TABLES.items()
    }
