"""Stage 6, validate: which GX suites run on which frames (pure of Dagster).

The stage suites check what each stage handed the next; the table suites and the cross-table
suite check a candidate release (``pipeline.quality.quarantine`` calls them again after holding
documents back). The asset in ``pipeline.defs.assets.validate`` runs them and reports the results.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pipeline.contract import TABLES
from pipeline.quality import frames
from pipeline.quality.suites import StoredFrame, SuiteResult, run_suite, run_suite_on

CROSS_TABLE_SUITE = "validated_tables"


def stage_suite_results(
    raw_documents: pd.DataFrame | StoredFrame,
    raw_manifest: pd.DataFrame,
    ingest_rejections: pd.DataFrame,
    normalised_documents: pd.DataFrame | StoredFrame,
    document_segments: pd.DataFrame | StoredFrame,
    raw_listing: pd.DataFrame,
    extraction_ledger: pd.DataFrame,
    expectations_dir: Path,
    known: dict[str, SuiteResult] | None = None,
) -> list[SuiteResult]:
    """Each stage table's suite, on the frame it is checked as, in stage order; a suite whose
    result is ``known`` (its asset check ran it in this run) is not run again, and a stored frame
    is read only when a suite needs it."""
    known = known or {}

    def listed() -> pd.DataFrame:  # the ledger needs the names only
        return (
            raw_documents.read(["source_file"]) if isinstance(raw_documents, StoredFrame) else raw_documents
        )

    def texts() -> pd.DataFrame | StoredFrame:  # the segments' check reads the texts only
        if isinstance(normalised_documents, StoredFrame):
            return normalised_documents.only(frames.TEXT_COLUMNS)
        return normalised_documents

    runs: dict[str, Callable[[], SuiteResult]] = {
        "raw_documents": lambda: run_suite_on(
            "raw_documents", frames.raw_documents_frame, [raw_documents], expectations_dir
        ),
        "raw_manifest": lambda: run_suite_on(
            "raw_manifest", frames.manifest_frame, [raw_manifest], expectations_dir
        ),
        "ingest_rejections": lambda: run_suite(
            "ingest_rejections",
            frames.ingest_ledger_frame(listed(), ingest_rejections, raw_listing),
            expectations_dir,
        ),
        "normalised_documents": lambda: run_suite_on(
            "normalised_documents", frames.normalised_frame, [normalised_documents], expectations_dir
        ),
        "document_segments": lambda: run_suite_on(
            "document_segments",
            frames.segments_and_texts_frame,
            [document_segments, texts()],
            expectations_dir,
        ),
        "extraction_ledger": lambda: run_suite("extraction_ledger", extraction_ledger, expectations_dir),
    }
    return [known[name] if name in known else run() for name, run in runs.items()]


def table_suite_results(candidate: dict[str, pd.DataFrame], expectations_dir: Path) -> list[SuiteResult]:
    """Every published table's suite, then the cross-table suite (always last)."""
    return [
        *(run_suite(name, candidate[name], expectations_dir) for name in TABLES),
        run_suite(CROSS_TABLE_SUITE, frames.cross_table_frame(candidate), expectations_dir),
    ]
