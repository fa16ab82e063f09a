"""The three extracted tables for a whole corpus, conformed to the contract.

Work is per document (:func:`extract_document`). With a :class:`~pipeline.cache.DocumentCache`,
a document whose id, date and normalised text are unchanged is read back instead of re-extracted
(segments are a pure function of the text, and the cache's code version covers the segmenter).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import pandas as pd
import pyarrow as pa

import pipeline.extract
import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint, content_key
from pipeline.contract import (
    COMMITMENTS,
    DOCUMENT_SEGMENTS,
    EXTRACTION_LEDGER,
    FUNDING,
    STATISTICS,
    Table,
    conform,
    empty_frame,
    integer_dtypes,
)
from pipeline.extract.budget import OverBudget, budget_seconds, document_budget
from pipeline.extract.document import extract_document
from pipeline.formats.pages import with_pages

TABLES: dict[str, Table] = {"commitments": COMMITMENTS, "funding": FUNDING, "statistics": STATISTICS}
# A segment's own fields and its integer ones, as the contract's document_segments declares them.
SEGMENT_FIELDS = tuple(c for c in DOCUMENT_SEGMENTS.column_names if c != "sha256")
INT_FIELDS = tuple(integer_dtypes(DOCUMENT_SEGMENTS))
# all extraction reads of a document (its parties: a joint subject is every one of them)
DOCUMENT_FIELDS = ["doc_id", "doc_date", "text", "sha256", "language", "parties"]
STAGE = "extract"
# What :func:`extract_one` reads: (doc_id, doc_date, text, segment records, language, parties).
# (doc_id, doc_date, text, segment records, language, parties, time budget in seconds)
Payload = tuple[str, dt.date | None, str, list[dict[str, Any]], str, str | None, float]
Result = dict[str, Any]  # each table's rows, and the document's ledger entry (LEDGER_KEY)
LEDGER_KEY = "ledger"  # a result's entry for the extraction ledger (within_budget, seconds)


class _DocumentRow(Protocol):
    """A row of ``documents[DOCUMENT_FIELDS]`` from ``itertuples``, as the documents contract
    types it (a missing date None, or NaT, a datetime; parties None in documents read before
    their metadata)."""

    doc_id: str
    doc_date: dt.date | None
    text: str
    sha256: str
    language: str
    parties: str | None


def cache_version(code_version: str) -> str:
    return f"{code_version}-{code_fingerprint(pipeline.extract, pipeline.text, pipeline.vocab)}"


def _segment_records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """Segment rows as plain Python dicts (missing values None, integers int), through Arrow: a
    pandas record walk cost a tenth of extraction."""
    records: list[dict[str, Any]] = pa.Table.from_pandas(rows, preserve_index=False).to_pylist()
    ints = [f for f in INT_FIELDS if f in rows.columns]
    for r in records:
        for f in ints:
            if r[f] is not None:
                r[f] = int(r[f])
    return records


@dataclass(frozen=True)
class Extraction:
    """The three extracted tables, conformed, and the ledger of every document's extraction."""

    tables: dict[str, pd.DataFrame]
    ledger: pd.DataFrame


def extract_one(payload: Payload) -> Result:
    """One document's rows from its payload, and its ledger entry: a document over the time
    budget gives no rows."""
    doc_id, doc_date, text, records, language, parties, budget = payload
    started = time.monotonic()
    rows: Result
    try:
        with document_budget(budget):
            rows = dict(extract_document(doc_id, doc_date, text, records, language, parties))
        within = True
    except OverBudget:
        rows, within = {name: [] for name in TABLES}, False
    rows[LEDGER_KEY] = {"within_budget": within, "seconds": round(time.monotonic() - started, 3)}
    return rows


def _within_budget(result: Result) -> bool:
    """Only a finished extraction is cached: a document stopped by the budget is tried again."""
    return bool(result.get(LEDGER_KEY, {}).get("within_budget"))


def extract_tables(
    documents: pd.DataFrame,
    segments: pd.DataFrame,
    cache: DocumentCache | None = None,
    code_version: str = "0",
    page_starts: Mapping[str, Sequence[int]] | None = None,
    budget: float | None = None,
) -> Extraction:
    """Run :func:`extract_document` over every document (segments joined on ``sha256``), each
    under the time ``budget`` (seconds; default: :func:`budget_seconds`); each row's ``page`` from
    its document's ``page_starts`` (by SHA-256; none: no page)."""
    seconds = budget_seconds() if budget is None else budget
    positions = segments.groupby("sha256", sort=False).indices if len(segments) else {}
    fields = [f for f in SEGMENT_FIELDS if f in segments.columns]

    def payloads(docs: list[_DocumentRow]) -> list[Payload]:
        """Each document's extraction inputs. The segment rows are converted in one pass over the
        documents asked for (slicing the frame per document cost more than extraction), and only
        for the cache's misses: the others never need them."""
        wanted = [positions.get(d.sha256, ()) for d in docs]
        flat = [i for idx in wanted for i in idx]
        records = _segment_records(segments[fields].take(flat)) if flat else []
        out: list[Payload] = []
        at = 0
        for d, idx in zip(docs, wanted, strict=True):
            doc_date = None if pd.isna(d.doc_date) else d.doc_date
            parties = d.parties if isinstance(d.parties, str) and d.parties else None
            out.append(
                (d.doc_id, doc_date, d.text, records[at : at + len(idx)], d.language, parties, seconds)
            )
            at += len(idx)
        return out

    if "language" not in documents.columns:  # documents read before languages were detected
        documents = documents.assign(language=pipeline.vocab.DEFAULT_LANGUAGE)
    if "parties" not in documents.columns:  # documents read before their metadata: read from the text
        documents = documents.assign(parties=None)
    # the frame holds the documents contract's columns (pandas-stubs types each field as any scalar)
    docs = cast("list[_DocumentRow]", list(documents[DOCUMENT_FIELDS].itertuples(index=False)))
    if cache is None:
        results = [extract_one(p) for p in payloads(docs)]
    else:
        # A miss's payload holds all one document's extraction reads, so it can run anywhere
        # (pipeline.cluster).
        items = [(content_key(d.doc_id, _iso(d.doc_date), d.language, d.parties, d.text), d) for d in docs]
        results = cache.map(
            STAGE, cache_version(code_version), items, extract_one, prepare=payloads, keep=_within_budget
        )
    ledger = [{"doc_id": d.doc_id, **r[LEDGER_KEY]} for d, r in zip(docs, results, strict=True)]
    return Extraction(
        _tables(results, documents, page_starts),
        conform(pd.DataFrame(ledger), EXTRACTION_LEDGER) if ledger else empty_frame(EXTRACTION_LEDGER),
    )


def _tables(
    results: list[Result], documents: pd.DataFrame, page_starts: Mapping[str, Sequence[int]] | None
) -> dict[str, pd.DataFrame]:
    """Every document's rows, table by table, conformed to the contract with their pages."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for result in results:
        for name in TABLES:
            rows[name].extend(result[name])
    return {
        name: conform(with_pages(pd.DataFrame(rows[name]), documents, page_starts), table)
        if rows[name]
        else empty_frame(table)
        for name, table in TABLES.items()
    }


def _iso(value: dt.date | None) -> str | None:
    return None if value is None or pd.isna(value) else value.isoformat()
