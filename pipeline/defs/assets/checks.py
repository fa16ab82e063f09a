"""Asset checks: every asset's Great Expectations suite (``expectations/<asset>.json``).

Each check builds the frame its suite runs on (``pipeline.quality.frames``), runs the suite and
puts the outcome — success, failed expectations, unexpected examples — in the check's metadata,
so the UI shows why. A failed ``critical`` expectation of scope ``corpus`` (schema, types, ids
shared by documents) fails the check with severity ERROR; one of scope ``document`` (a row one
document answers for: that document is held back from the release) or of severity ``warning``
(a rejected raw file) fails it with severity WARN and the run goes on. These checks are not
blocking: publication is guarded by the blocking checks of the validate step
(``pipeline/defs/assets/validate.py``: one per published table), which hold rows and documents back
and run before anything is written to outputs/; it reads the stage suites' results back from these
checks' metadata (``suite_result``) instead of running them again.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetIn,
    DagsterLogManager,
    MetadataValue,
    asset_check,
)

from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import COLUMNS_METADATA_KEY
from pipeline.quality import frames, near_duplicates
from pipeline.quality.suites import SuiteResult, run_suite, run_suite_on
from pipeline.sources import printable_name

LOGGED_LINES = 20  # per kind of problem in a run's log; the rest is in the metadata and the CSVs


def warn_each(log: DagsterLogManager, lines: list[str], where: str) -> None:
    """One warning per line, the first ``LOGGED_LINES`` of them, then how many more and where they
    are all listed: each Dagster log line is an event written to storage, and 10,000 of them
    cost seconds."""
    for line in lines[:LOGGED_LINES]:
        log.warning(line)
    if len(lines) > LOGGED_LINES:
        log.warning(f"… and {len(lines) - LOGGED_LINES:,} more, all listed in {where}")


SUITE_RESULT_KEY = "suite_result"  # check metadata: the whole result, read back by the validate step


def check_result(
    result: SuiteResult,
    log: DagsterLogManager | None = None,
    check_name: str | None = None,
    asset_key: str | None = None,
    **extra: Any,
) -> AssetCheckResult:
    """A Dagster check result from a suite result; failures are also logged in the run's output.
    The result itself is in the metadata (``suite_result``), so a later step reads it back
    instead of running the suite again."""
    meta = result.as_metadata()
    if "failures" in meta:
        meta["failures"] = MetadataValue.md(meta["failures"])
    meta[SUITE_RESULT_KEY] = MetadataValue.json(result.as_dict())
    meta.update(extra)
    blocking = bool(result.corpus_failures)
    if log is not None and (result.failed or result.warnings):
        (log.error if blocking else log.warning)(result.summary())
    severity = AssetCheckSeverity.ERROR if blocking else AssetCheckSeverity.WARN
    return AssetCheckResult(
        check_name=check_name,
        asset_key=asset_key,
        passed=not result.failed and not result.warnings,
        severity=severity,
        metadata=meta,
        description=result.summary()[:1000],
    )


def _expectations(paths: PathsResource) -> Path:
    return paths.paths.expectations_dir


def suite_check(
    asset: str, description: str, frame: Callable[[Any], pd.DataFrame] = lambda value: value
) -> AssetChecksDefinition:
    """The check `<asset>_suite`: run expectations/<asset>.json on ``frame(asset value)``."""

    @asset_check(asset=asset, name=f"{asset}_suite", description=description)
    def _check(context: AssetCheckExecutionContext, paths: PathsResource, value: Any) -> AssetCheckResult:
        return check_result(run_suite_on(asset, frame, [value], _expectations(paths)), context.log)

    return _check


# Suites whose check needs nothing but the asset's own value (the others are written out below).
SIMPLE_SUITE_CHECKS = [
    suite_check(
        "raw_documents",
        "expectations/raw_documents.json: decodable UTF-8, non-empty, unique content hash, size within "
        "bounds, one row per file.",
        frames.raw_documents_frame,
    ),
    suite_check(
        "raw_manifest",
        "expectations/raw_manifest.json: known columns, one row per file, ISO dates, contract doc types.",
        frames.manifest_frame,
    ),
    suite_check(
        "normalised_documents",
        "expectations/normalised_documents.json: no conversion artefacts, no control characters, no share "
        "of the raw text silently dropped.",
        frames.normalised_frame,
    ),
    suite_check(
        "extraction_ledger",
        "expectations/extraction_ledger.json: every document's extraction finished within the "
        "per-document time budget (one that did not is held back by name).",
    ),
    suite_check("commitments", "expectations/commitments.json (contract, generated + hand)."),
    suite_check(
        "funding", "expectations/funding.json (contract, generated + hand): amounts > 0, ISO currencies."
    ),
    suite_check(
        "statistics", "expectations/statistics.json (contract, generated + hand): percentages in 0–100."
    ),
    suite_check(
        "evaluation", "expectations/evaluation.json: every score a number in 0–1.", frames.evaluation_frame
    ),
]


@asset_check(
    asset="normalised_documents",
    description="No two texts are near-duplicates (estimated Jaccard similarity of their word 5-grams "
    f"≥ {near_duplicates.THRESHOLD}, MinHash): a pair found is flagged for a person to review, not "
    "held back (exact copies are rejected at ingest).",
)
def near_duplicate_texts(
    context: AssetCheckExecutionContext, normalised_documents: pd.DataFrame
) -> AssetCheckResult:
    pairs = near_duplicates.near_duplicates(
        zip(normalised_documents["source_file"], normalised_documents["text"], strict=True)
    )
    lines = [f"{printable_name(p.first)} ~ {printable_name(p.second)} ({p.similarity:.2f})" for p in pairs]
    warn_each(context.log, lines, "near-duplicate texts, flagged for review")
    return AssetCheckResult(
        passed=not pairs,
        severity=AssetCheckSeverity.WARN,
        metadata={"near_duplicate_pairs": len(pairs), "pairs": "; ".join(lines[:20]) or "none"},
    )


@asset_check(
    asset="raw_listing",
    description="Every listed entry is named once, relative to raw/ (no absolute path, no `..`), and of a "
    "known kind.",
)
def raw_listing_names(raw_listing: pd.DataFrame) -> AssetCheckResult:
    names = raw_listing["source_file"].astype("str")
    bad = [n for n in names if n.startswith("/") or ".." in n.split("/") or n != n.strip("/")] + names[
        names.duplicated()
    ].tolist()
    kinds = set(raw_listing["kind"]) - {
        "file",
        "manifest",
        "symlink",
        "dangling_symlink",
        "hidden",
        "directory",
        "special",
        "too_deep",
    }
    return AssetCheckResult(
        passed=not bad and not kinds,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "entries": len(raw_listing),
            "bad_names": ", ".join(map(printable_name, bad[:20])) or "none",
        },
    )


@asset_check(
    asset="ingest_rejections",
    additional_ins={"raw_documents": AssetIn("raw_documents"), "raw_listing": AssetIn("raw_listing")},
    description="expectations/ingest_rejections.json: every file in raw/ accounted for exactly once "
    "(ERROR if not); a rejected file or manifest row fails it with severity WARN, named with its reason.",
)
def ingest_rejections_suite(
    context: AssetCheckExecutionContext,
    paths: PathsResource,
    ingest_rejections: pd.DataFrame,
    raw_documents: pd.DataFrame,
    raw_listing: pd.DataFrame,
) -> AssetCheckResult:
    ledger = frames.ingest_ledger_frame(raw_documents, ingest_rejections, raw_listing)
    result = run_suite("ingest_rejections", ledger, _expectations(paths))
    table = ingest_rejections.to_markdown(index=False) if len(ingest_rejections) else "none"
    return check_result(result, context.log, rejected=MetadataValue.md(table))


@asset_check(
    asset="document_segments",
    additional_ins={
        "normalised_documents": AssetIn(
            "normalised_documents", metadata={COLUMNS_METADATA_KEY: list(frames.TEXT_COLUMNS)}
        )
    },
    description="expectations/document_segments.json: offsets inside the text, each segment equals its "
    "slice, no empty or overlapping segments, every list item has its lead-in.",
)
def document_segments_suite(
    context: AssetCheckExecutionContext,
    paths: PathsResource,
    document_segments: pd.DataFrame,
    normalised_documents: pd.DataFrame,
) -> AssetCheckResult:
    result = run_suite_on(
        "document_segments",
        frames.segments_and_texts_frame,
        [document_segments, normalised_documents],
        _expectations(paths),
    )
    return check_result(result, context.log)


@asset_check(
    asset="documents",
    description="expectations/documents.json: the contract's columns (generated) plus id/hash/party "
    "formats; a document with no date or no named party fails it with WARN (it is held back).",
)
def documents_suite(
    context: AssetCheckExecutionContext, paths: PathsResource, documents: pd.DataFrame
) -> AssetCheckResult:
    result = run_suite("documents", documents, _expectations(paths))
    undated = documents.loc[documents["doc_date_source"] == "missing", "source_file"].tolist()
    return check_result(result, context.log, undated=", ".join(undated) or "none")


@asset_check(
    asset="published_release",
    description="expectations/published_release.json, on the files in outputs/latest/ read back: CSV and "
    "Parquet hold the same rows; no CSV text cell starts like a formula.",
)
def published_release_suite(
    context: AssetCheckExecutionContext, paths: PathsResource, published_release: dict
) -> AssetCheckResult:
    release_dir = Path(published_release.get("latest_dir") or paths.paths.outputs_dir / "latest")
    result = run_suite("published_release", frames.published_frame(release_dir), _expectations(paths))
    return check_result(result, context.log, release_dir=MetadataValue.path(str(release_dir)))
