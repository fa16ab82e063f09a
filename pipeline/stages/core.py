"""The stages `make data` runs, as plain core functions over a folder of texts (no Dagster).

ingest -> normalise -> segment -> metadata -> extract -> validate, each the same function the
assets in ``pipeline.defs.assets`` call, so the accuracy tests, `make evaluate` (for gold sets
with texts of their own, such as the invented challenge set) and the baseline measure what a
release would publish, not a second pipeline of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.cache import DocumentCache
from pipeline.documents import build_documents
from pipeline.extract.tables import extract_tables
from pipeline.quality.quarantine import quarantine
from pipeline.stages.ingest import ingest_frames
from pipeline.stages.normalise import normalise_frame
from pipeline.stages.segment import segment_frame
from pipeline.stages.validate import stage_suite_results, table_suite_results

CODE_VERSION = "core"  # the extract cache's code version when the caller names none


@dataclass(frozen=True)
class CoreRun:
    """What the core stages made of a folder: the published tables (``tables``: documents,
    commitments, funding, statistics, after validation), the segments, and what was held back."""

    tables: dict[str, pd.DataFrame]
    segments: pd.DataFrame
    quarantine: pd.DataFrame


def run_core(
    raw_dir: Path,
    cache: DocumentCache | None = None,
    expectations_dir: Path | None = None,
    code_version: str = CODE_VERSION,
) -> CoreRun:
    """Every stage of `make data` on ``raw_dir``; with ``expectations_dir`` the validate stage
    holds back what its suites point at, exactly as a release would, else the extracted tables
    are returned as they are. ``code_version`` is the extract cache's: the graph's (the extract
    asset's) shares its cached documents, and the graph does not prune them as another version's."""
    raw, manifest, rejections, listing = ingest_frames(Path(raw_dir), cache)
    normalised = normalise_frame(raw, cache, manifest)
    segments = segment_frame(normalised, cache)
    documents = build_documents(normalised, manifest, None, cache, raw)
    pages = dict(zip(normalised["sha256"], normalised["page_starts"], strict=True))
    extraction = extract_tables(documents, segments, cache, code_version, pages)
    tables = {"documents": documents, **extraction.tables}
    if expectations_dir is None:
        return CoreRun(tables, segments, pd.DataFrame())
    stage_results = stage_suite_results(
        raw, manifest, rejections, normalised, segments, listing, extraction.ledger, Path(expectations_dir)
    )
    outcome = quarantine(
        tables,
        lambda candidate: table_suite_results(candidate, Path(expectations_dir)),
        stage_results=stage_results,
    )
    return CoreRun(outcome.tables, segments, outcome.quarantine)
