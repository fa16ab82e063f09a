"""Stage 6, validate: which GX suites run on which frames (pure of Dagster).

The stage suites check what each stage handed the next; the table suites and the cross-table
suite check a candidate release (``pipeline.quality.quarantine`` calls them again after holding
documents back). The asset in ``pipeline.defs.assets.validate`` runs them and reports the results.
"""

from __future__ import annotations

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
    raw_dir: Path,
    expectations_dir: Path,
) -> list[SuiteResult]:
    """Each stage table's suite, on the frame it is checked as, in stage order (a stored frame is
    read only when its check's result is not at hand)."""
    # the ledger needs the names only, the segments' check the texts only (as its check reads them)
    listed = raw_documents.read(["source_file"]) if isinstance(raw_documents, StoredFrame) else raw_documents
    texts = (
        normalised_documents.only(frames.TEXT_COLUMNS)
        if isinstance(normalised_documents, StoredFrame)
        else normalised_documents
    )
    return [
        run_suite_on("raw_documents", frames.raw_documents_frame, [raw_documents], expectations_dir),
        run_suite_on("raw_manifest", frames.manifest_frame, [raw_manifest], expectations_dir),
        run_suite(
            "ingest_rejections",
            frames.ingest_ledger_frame(listed, ingest_rejections, raw_dir),
            expectations_dir,
        ),
        run_suite_on(
            "normalised_documents", frames.normalised_frame, [normalised_documents], expectations_dir
        ),
        run_suite_on(
            "document_segments",
            frames.segments_and_texts_frame,
            [document_segments, texts],
            expectations_dir,
        ),
    ]


def table_suite_results(candidate: dict[str, pd.DataFrame], expectations_dir: Path) -> list[SuiteResult]:
    """Every published table's suite, then the cross-table suite (always last)."""
    return [
        *(run_suite(name, candidate[name], expectations_dir) for name in TABLES),
        run_suite(CROSS_TABLE_SUITE, frames.cross_table_frame(candidate), expectations_dir),
    ]
