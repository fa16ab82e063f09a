"""The `documents` table: metadata read from each text, manifest overrides on top."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline.contract import DOCUMENTS, conform
from pipeline.sources import MANIFEST_COLUMNS
from pipeline.text.metadata import make_doc_id, read_metadata


def build_documents(normalised: pd.DataFrame, manifest: pd.DataFrame) -> pd.DataFrame:
    overrides = (
        {
            r["file"]: {k: v for k, v in r.items() if k != "file" and isinstance(v, str) and v}
            for r in manifest.to_dict("records")
        }
        if len(manifest)
        else {}
    )
    rows = []
    for rec in normalised.itertuples(index=False):
        detected = getattr(rec, "language", None)
        meta = read_metadata(rec.text, rec.source_file, detected if isinstance(detected, str) else None)
        meta = meta.__dict__.copy()
        meta["license"] = None
        meta["completeness"] = None
        over = {k: v for k, v in overrides.get(rec.source_file, {}).items() if k in MANIFEST_COLUMNS}
        for key, value in over.items():
            meta[key] = dt.date.fromisoformat(value) if key in ("doc_date", "published_date") else value
        if "doc_date" in over:
            meta["doc_date_source"] = "manifest"
        if "title" in over:
            meta["title_source"] = "manifest"
        rows.append(
            {
                **meta,
                "doc_id": make_doc_id(meta["doc_date"], meta["title"]),
                "source_file": rec.source_file,
                "sha256": rec.sha256,
                "n_chars": rec.n_chars,
                "text": rec.text,
            }
        )
    frame = pd.DataFrame(rows, columns=[*DOCUMENTS.column_names])
    return conform(_disambiguate_ids(frame), DOCUMENTS)


def _disambiguate_ids(frame: pd.DataFrame) -> pd.DataFrame:
    """Two documents with the same date and title slug: all but the first by file name get a
    hash suffix, so an id never depends on which other documents exist unless they collide."""
    frame = frame.sort_values("source_file", kind="stable").copy()
    dup = frame.duplicated("doc_id", keep="first")
    frame.loc[dup, "doc_id"] = frame.loc[dup, "doc_id"] + "-" + frame.loc[dup, "sha256"].str[:8]
    return frame
