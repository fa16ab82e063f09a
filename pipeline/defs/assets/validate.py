"""Stage 6, validate: the staged tables checked, and bad documents held back, before anything is
written to outputs/.

A blocking check does not stop the asset it checks from being written, so the gate sits here,
upstream of ``published_release``. Every suite runs (the stage suites on raw files, normalised
texts and segments; the table suites; the cross-table suite), and the quarantine
(``pipeline/quality/quarantine.py``) holds back each document a failing row belongs to — all its
rows, in every table — carrying its rows from the previous verified release forward when it was
there. Three blocking checks follow: ``contract_tables`` and ``cross_table_integrity`` fail with
severity ERROR only for failures of the corpus as a whole (schema, types, ids shared by two
documents, foreign keys), which stop publication; ``quarantine`` fails with severity WARN and
lists the held-back documents with their reasons, or with ERROR when nothing is left to publish.
The run's rejections and quarantine are written to ``outputs/status/`` whatever follows.
"""

from collections.abc import Iterator
from typing import Any

import pandas as pd
from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetIn,
    DagsterLogManager,
    MetadataValue,
    Output,
    asset,
)

from pipeline.defs.assets.checks import check_result, warn_each
from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import LAZY_METADATA_KEY
from pipeline.publish.release import previous_release_tables, write_status
from pipeline.quality.quarantine import QuarantineOutcome, quarantine, summary_lines
from pipeline.quality.suites import SuiteResult
from pipeline.stages.validate import stage_suite_results, table_suite_results

CONTRACT_CHECK = "contract_tables"
LAZY_STAGE_INPUTS = ("raw_documents", "normalised_documents", "document_segments")
CROSS_TABLE_CHECK = "cross_table_integrity"
QUARANTINE_CHECK = "quarantine"


def _combined(results: list[SuiteResult], name: str) -> SuiteResult:
    """Several suites shown as one check: fails if any fails, lists every failure."""
    return SuiteResult(
        suite=name,
        success=all(r.success for r in results),
        n_expectations=sum(r.n_expectations for r in results),
        failed=[{**f, "suite": r.suite} for r in results for f in r.failed],
        warnings=[{**f, "suite": r.suite} for r in results for f in r.warnings],
        n_rows=sum(r.n_rows for r in results),
    )


def _md(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def quarantine_check(
    outcome: QuarantineOutcome, stage_results: list[SuiteResult], log: DagsterLogManager
) -> AssetCheckResult:
    """WARN listing the held-back documents; ERROR when nothing is left to publish or a stage
    suite fails for the corpus as a whole; passed when every document publishes."""
    held = outcome.quarantine
    stage_blocking = [f"{r.suite}: {f['expectation_type']}" for r in stage_results for f in r.corpus_failures]
    warn_each(log, [f"held back {line}" for line in summary_lines(held)], "quarantine.csv")
    if outcome.nothing_left:
        description = f"every one of the {outcome.n_candidates} documents was held back: nothing to publish"
    elif stage_blocking:
        description = "a stage suite failed for the corpus as a whole: " + "; ".join(stage_blocking)
    elif len(held):
        description = f"{len(outcome.held_back)} of {outcome.n_candidates} documents held back"
    else:
        description = f"all {outcome.n_candidates} documents pass"
    table = "none"
    if len(held):
        table = "\n".join(
            [
                "| source_file | doc_id | check | failing rows | reason | carried forward |",
                "|---|---|---|---|---|---|",
                *(
                    f"| {_md(r.source_file)} | {_md(r.doc_id)} | {_md(r.check)} | "
                    f"{_md(r.failing_rows or '')[:300]} | {_md(r.reason)[:300]} | "
                    f"{'yes' if r.carried_forward else 'no'} |"
                    for r in held.itertuples(index=False)
                ),
            ]
        )
    error = outcome.nothing_left or bool(stage_blocking)
    return AssetCheckResult(
        check_name=QUARANTINE_CHECK,
        passed=not len(held) and not error,
        severity=AssetCheckSeverity.ERROR if error else AssetCheckSeverity.WARN,
        description=description,
        metadata={
            "documents": outcome.n_candidates,
            "held_back": len(outcome.held_back),
            "carried_forward": int(held.groupby("source_file")["carried_forward"].any().sum())
            if len(held)
            else 0,
            "held_back_documents": MetadataValue.md(table),
        },
    )


def _validated_output(
    outcome: QuarantineOutcome, quality: list[dict], previous_version: str | None
) -> Output:
    """The tables as they will be published, every suite's result and the quarantine, described."""
    return Output(
        {
            "tables": outcome.tables,
            "quality": quality,
            "quarantine": outcome.quarantine,
            "previous_version": previous_version,
        },
        metadata={
            "dagster/row_count": sum(len(t) for t in outcome.tables.values()),
            "suites_passed": sum(r["success"] for r in quality),
            "suites_run": len(quality),
            "documents_held_back": len(outcome.held_back),
            "carried_forward_from": previous_version or "",
            **{f"rows/{name}": len(t) for name, t in outcome.tables.items()},
        },
    )


@asset(
    group_name="validate",
    kinds={"pandas", "great_expectations"},
    code_version="2",
    # the stage tables are read only if their checks' results are not at hand (their texts and
    # offset maps are the largest values of the corpus)
    ins={name: AssetIn(metadata={LAZY_METADATA_KEY: True}) for name in LAZY_STAGE_INPUTS},
    check_specs=[
        AssetCheckSpec(
            CONTRACT_CHECK,
            asset="validated_tables",
            blocking=True,
            description="BLOCKING. expectations/{documents,commitments,funding,statistics}.json on the "
            "tables about to be published: contract columns and types, enums, unique ids, amounts, "
            "currencies. ERROR (publication stops) only for failures of the corpus as a whole; a failing "
            "row holds its document back instead (see the quarantine check).",
        ),
        AssetCheckSpec(
            CROSS_TABLE_CHECK,
            asset="validated_tables",
            blocking=True,
            description="BLOCKING. expectations/validated_tables.json: foreign keys to documents and ids "
            "unique across tables (ERROR); exact offsets and dates within a plausible window of the "
            "document's date (a failing row holds its document back).",
        ),
        AssetCheckSpec(
            QUARANTINE_CHECK,
            asset="validated_tables",
            blocking=True,
            description="BLOCKING only when nothing is left. Documents held back because rows of theirs fail "
            "a check (WARN, listed with their reasons; their previous release's rows carried forward); ERROR "
            "when every document is held back.",
        ),
    ],
)
def validated_tables(
    context: AssetExecutionContext,
    paths: PathsResource,
    documents: pd.DataFrame,
    commitments: pd.DataFrame,
    funding: pd.DataFrame,
    statistics: pd.DataFrame,
    raw_documents: Any,  # a StoredFrame from our IO manager; a DataFrame from another one
    raw_manifest: pd.DataFrame,
    ingest_rejections: pd.DataFrame,
    normalised_documents: Any,
    document_segments: Any,
) -> Iterator[Output[dict] | AssetCheckResult]:
    """The four tables exactly as they will be published: {"tables": {name: frame}, "quality":
    [...], "quarantine": frame, "previous_version": the release rows were carried from, if any},
    where quality holds every suite's result (``SuiteResult.as_dict()``) of this run, stages
    first, the tables' as published."""
    expectations_dir = paths.paths.expectations_dir
    outputs_dir = paths.paths.outputs_dir
    tables = {
        "documents": documents,
        "commitments": commitments,
        "funding": funding,
        "statistics": statistics,
    }
    stage_results = stage_suite_results(
        raw_documents,
        raw_manifest,
        ingest_rejections,
        normalised_documents,
        document_segments,
        paths.paths.raw_dir,
        expectations_dir,
    )

    def validate(candidate: dict[str, pd.DataFrame]) -> list[SuiteResult]:
        return table_suite_results(candidate, expectations_dir)

    read: dict = {}

    def previous_tables() -> dict[str, pd.DataFrame]:
        """The newest release that verifies: read only when a document is held back."""
        version, previous, untrusted = previous_release_tables(outputs_dir)
        for bad, problems in untrusted.items():
            context.log.warning(f"release {bad} does not verify, not read: {'; '.join(problems)}")
        read["version"] = version
        return previous

    outcome = quarantine(tables, validate, stage_results=stage_results, previous=previous_tables)
    previous_version = read.get("version")
    write_status(outputs_dir, outcome.quarantine, ingest_rejections)
    table_results, cross = outcome.results[:-1], outcome.results[-1]
    quality = [r.as_dict() for r in [*stage_results, *outcome.results]]
    yield _validated_output(outcome, quality, previous_version)
    yield check_result(_combined(table_results, CONTRACT_CHECK), context.log, check_name=CONTRACT_CHECK)
    yield check_result(cross, context.log, check_name=CROSS_TABLE_CHECK)
    yield quarantine_check(outcome, stage_results, context.log)
