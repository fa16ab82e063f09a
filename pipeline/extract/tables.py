"""The three extracted tables for a whole corpus, conformed to the contract."""

from __future__ import annotations

import pandas as pd

from pipeline.contract import COMMITMENTS, FUNDING, STATISTICS, Table, conform, empty_frame
from pipeline.extract.document import extract_document

TABLES: dict[str, Table] = {"commitments": COMMITMENTS, "funding": FUNDING, "statistics": STATISTICS}


def extract_tables(documents: pd.DataFrame, segments: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Run :func:`extract_document` over every document (segments joined on ``sha256``)."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    by_sha = {sha: g.to_dict("records") for sha, g in segments.groupby("sha256")} if len(segments) else {}
    for doc in documents.itertuples(index=False):
        doc_date = None if pd.isna(doc.doc_date) else doc.doc_date
        result = extract_document(doc.doc_id, doc_date, doc.text, by_sha.get(doc.sha256, []))
        for name in TABLES:
            rows[name].extend(result[name])
    return {
        name: conform(pd.DataFrame(rows[name]), table) if rows[name] else empty_frame(table)
        for name, table in TABLES.items()
    }
