"""Stage 6, validate: each published table an asset of its own, with its blocking checks, and what
was held back, before anything is written to outputs/.

One step decides, because the decision is the corpus's: the quarantine
(``pipeline/quality/quarantine.py``) holds back each row a check points at, and each document a
check points at whole (carrying its rows from the previous verified release forward when it was
there), then validates the tables again until they pass. Its outputs are separate assets, stored
as data by the code location's IO manager: ``validated_documents``, ``validated_commitments``,
``validated_funding``, ``validated_statistics`` (the tables exactly as they will be published),
``quarantine`` (what was held back, also written to ``outputs/status/quarantine.csv`` by this step,
its owner) and ``suite_results`` (every suite's result, for the release's quality report).

Blocking checks, PUDL style, one per table asset (``<table>_contract``: its suite on the table as
published) and ``cross_table_integrity`` on ``validated_documents``: ERROR, which stops publication,
only for failures of the corpus as a whole (schema, types, ids shared by two documents, foreign
keys). ``held_back`` on ``quarantine`` warns with what was held back, or fails with ERROR when
nothing is left to publish or a stage suite failed for the corpus as a whole.

The stage suites are not run again when their asset checks already ran in this run: their results
are read back from the checks' evaluations (metadata ``suite_result``).
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
from dagster import (
    AssetCheckKey,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetIn,
    AssetKey,
    AssetOut,
    DagsterLogManager,
    MetadataValue,
    Output,
    multi_asset,
)

import pipeline.contract
import pipeline.quality
import pipeline.stages.validate
from pipeline.cache import code_fingerprint
from pipeline.contract import TABLES
from pipeline.defs.assets.checks import SUITE_RESULT_KEY, check_result, warn_each
from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import LAZY_METADATA_KEY
from pipeline.publish.release import previous_release_tables, write_status
from pipeline.quality.quarantine import QuarantineOutcome, quarantine, summary_lines
from pipeline.quality.suites import SuiteResult
from pipeline.sources import printable_name
from pipeline.stages.validate import CROSS_TABLE_SUITE, stage_suite_results, table_suite_results

# What the asset runs, hashed: editing any of it is a new code_version (never typed by hand).
CODE_VERSION = code_fingerprint(pipeline.stages.validate, pipeline.quality, pipeline.contract)

LAZY_STAGE_INPUTS = ("raw_documents", "normalised_documents", "document_segments")
TABLE_ASSETS = {name: f"validated_{name}" for name in TABLES}  # table -> its published asset
QUARANTINE_ASSET = "quarantine"
SUITE_RESULTS_ASSET = "suite_results"
CROSS_TABLE_CHECK = "cross_table_integrity"
EVERY_SUITE_CHECK = "every_suite_ran"
HELD_BACK_CHECK = "held_back"
# The stage suites, each by the asset check that runs it (pipeline.defs.assets.checks).
STAGE_CHECKS = {suite: (suite, f"{suite}_suite") for suite in LAZY_STAGE_INPUTS} | {
    "raw_manifest": ("raw_manifest", "raw_manifest_suite"),
    "ingest_rejections": ("ingest_rejections", "ingest_rejections_suite"),
    "extraction_ledger": ("extraction_ledger", "extraction_ledger_suite"),
}
MAX_TABLE_ROWS = 200  # rows of the held-back table in the check's metadata; quarantine.csv has all


def _md(text: object) -> str:
    return printable_name(str(text)).replace("|", "\\|").replace("\n", " ")


def held_back_table(held: pd.DataFrame) -> str:
    """The held-back rows and documents as a Markdown table for the check's metadata."""
    if not len(held):
        return "none"
    lines = [
        "| source_file | doc_id | scope | table | row_id | check | value | reason | carried forward |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in held.head(MAX_TABLE_ROWS).itertuples(index=False):
        cells = [r.source_file, r.doc_id, r.scope, r.table or "", r.row_id or "", r.check, r.value or ""]
        lines.append(
            "| "
            + " | ".join(_md(c)[:200] for c in cells)
            + f" | {_md(r.reason)[:300]} | {'yes' if r.carried_forward else 'no'} |"
        )
    if len(held) > MAX_TABLE_ROWS:
        lines.append(f"\n… and {len(held) - MAX_TABLE_ROWS:,} more in quarantine.csv")
    return "\n".join(lines)


def held_back_check(
    outcome: QuarantineOutcome, stage_results: list[SuiteResult], log: DagsterLogManager
) -> AssetCheckResult:
    """WARN listing what was held back; ERROR when nothing is left to publish or a stage suite
    fails for the corpus as a whole; passed when nothing was held back."""
    held = outcome.quarantine
    stage_blocking = [f"{r.suite}: {f['expectation_type']}" for r in stage_results for f in r.corpus_failures]
    warn_each(log, [f"held back {line}" for line in summary_lines(held)], "quarantine.csv")
    if outcome.nothing_left:
        description = f"every one of the {outcome.n_candidates} documents was held back: nothing to publish"
    elif stage_blocking:
        description = "a stage suite failed for the corpus as a whole: " + "; ".join(stage_blocking)
    elif len(held):
        description = (
            f"{len(outcome.held_back)} of {outcome.n_candidates} documents held back whole, "
            f"{outcome.held_rows} row(s) held back alone"
        )
    else:
        description = f"all {outcome.n_candidates} documents pass"
    error = outcome.nothing_left or bool(stage_blocking)
    whole = held[held["scope"] == "document"]
    return AssetCheckResult(
        check_name=HELD_BACK_CHECK,
        asset_key=QUARANTINE_ASSET,
        passed=not len(held) and not error,
        severity=AssetCheckSeverity.ERROR if error else AssetCheckSeverity.WARN,
        description=description,
        metadata={
            "documents": outcome.n_candidates,
            "held_back": len(outcome.held_back),
            "held_rows": outcome.held_rows,
            "carried_forward": int(whole.groupby("source_file")["carried_forward"].any().sum())
            if len(whole)
            else 0,
            "held_back_rows_and_documents": MetadataValue.md(held_back_table(held)),
        },
    )


def _stage_results(
    context: AssetExecutionContext, run: dict[str, Any]
) -> tuple[list[SuiteResult], list[str]]:
    """Each stage suite's result: read back from its asset check's evaluation in this run when it
    ran, else run here (``run`` holds the inputs ``stage_suite_results`` needs); and the names of
    those read back."""
    found: dict[str, SuiteResult] = {}
    for suite, (asset, check) in STAGE_CHECKS.items():
        record = context.instance.get_latest_asset_check_evaluation_record(
            AssetCheckKey(AssetKey(asset), check)
        )
        if record is None or record.run_id != context.run.run_id or record.event is None:
            continue
        data = record.event.dagster_event.event_specific_data if record.event.dagster_event else None
        value = getattr(getattr(data, "metadata", {}).get(SUITE_RESULT_KEY), "value", None)
        if isinstance(value, dict):
            found[suite] = SuiteResult.from_dict(value)
    context.log.info(f"stage suites read from this run's checks: {sorted(found) or 'none'}")
    return stage_suite_results(**run, known=found), sorted(found)


def _previous_tables(context: AssetExecutionContext, outputs_dir: Path) -> dict[str, pd.DataFrame]:
    """The newest release that verifies: read only when a document is held back whole."""
    _, previous, untrusted = previous_release_tables(outputs_dir)
    for bad, problems in untrusted.items():
        context.log.warning(f"release {bad} does not verify, not read: {'; '.join(problems)}")
    return previous


def _outputs(outcome: QuarantineOutcome, quality: list[dict], from_checks: list[str]) -> Iterator[Output]:
    for name, asset_name in TABLE_ASSETS.items():
        frame = outcome.tables[name]
        yield Output(frame, output_name=asset_name, metadata={"dagster/row_count": len(frame)})
    yield Output(
        outcome.quarantine,
        output_name=QUARANTINE_ASSET,
        metadata={
            "dagster/row_count": len(outcome.quarantine),
            "documents_held_back": len(outcome.held_back),
            "rows_held_back": outcome.held_rows,
        },
    )
    yield Output(
        quality,
        output_name=SUITE_RESULTS_ASSET,
        metadata={
            "suites_passed": sum(r["success"] for r in quality),
            "suites_run": len(quality),
            "stage_suites_from_checks": ", ".join(from_checks) or "none",
        },
    )


def _table_out(name: str) -> AssetOut:
    return AssetOut(
        description=f"The `{name}` table exactly as it will be published: this run's rows, less the rows "
        "and documents held back (quarantine), plus the previous release's rows of documents held back "
        "whole that were published before.",
        kinds={"pandas"},
        code_version=CODE_VERSION,
    )


@multi_asset(
    group_name="validate",
    outs={
        **{asset_name: _table_out(name) for name, asset_name in TABLE_ASSETS.items()},
        QUARANTINE_ASSET: AssetOut(
            description="What this run held back, and why: one row per held-back row and check (its table, "
            "id and value), or per document held back whole and check. Also outputs/status/quarantine.csv "
            "and each release's quarantine.csv.",
            kinds={"pandas"},
            code_version=CODE_VERSION,
        ),
        SUITE_RESULTS_ASSET: AssetOut(
            description="Every suite's result of this run (stages first, then the tables as published): "
            "what the release's quality report is rendered from.",
            kinds={"great_expectations"},
            code_version=CODE_VERSION,
        ),
    },
    # the stage tables are read only if their checks' results are not at hand (their texts and
    # offset maps are the largest values of the corpus)
    ins={name: AssetIn(metadata={LAZY_METADATA_KEY: True}) for name in LAZY_STAGE_INPUTS},
    check_specs=[
        *(
            AssetCheckSpec(
                f"{name}_contract",
                asset=asset_name,
                blocking=True,
                description=f"BLOCKING. expectations/{name}.json on the table as it will be published: "
                "contract columns and types, enums, unique ids, bounds. ERROR (publication stops) only for "
                "failures of the corpus as a whole; a failing row was held back instead.",
            )
            for name, asset_name in TABLE_ASSETS.items()
        ),
        AssetCheckSpec(
            CROSS_TABLE_CHECK,
            asset=TABLE_ASSETS["documents"],
            blocking=True,
            description="BLOCKING. expectations/validated_tables.json across the four tables: foreign keys "
            "and ids unique across tables (ERROR); exact offsets, dates near the document's, each funding "
            "row's amounts, rates and totals consistent (a failing row was held back).",
        ),
        AssetCheckSpec(
            EVERY_SUITE_CHECK,
            asset=SUITE_RESULTS_ASSET,
            description="Every stage suite, every table suite and the cross-table suite has a result.",
        ),
        AssetCheckSpec(
            HELD_BACK_CHECK,
            asset=QUARANTINE_ASSET,
            blocking=True,
            description="BLOCKING only when nothing is left. Rows and documents held back because a check "
            "does not trust them (WARN, listed with their reasons); ERROR when every document is held back "
            "or a stage suite fails for the corpus as a whole.",
        ),
    ],
)
def validate(
    context: AssetExecutionContext,
    paths: PathsResource,
    documents: pd.DataFrame,
    commitments: pd.DataFrame,
    funding: pd.DataFrame,
    statistics: pd.DataFrame,
    raw_documents: Any,  # a StoredFrame from our IO manager; a DataFrame from another one
    raw_manifest: pd.DataFrame,
    ingest_rejections: pd.DataFrame,
    raw_listing: pd.DataFrame,
    extraction_ledger: pd.DataFrame,
    normalised_documents: Any,
    document_segments: Any,
) -> Iterator[Output | AssetCheckResult]:
    """The four tables as they will be published, what was held back, and every suite's result."""
    expectations_dir = paths.paths.expectations_dir
    outputs_dir = paths.paths.outputs_dir
    tables = {
        "documents": documents,
        "commitments": commitments,
        "funding": funding,
        "statistics": statistics,
    }
    stage_results, from_checks = _stage_results(
        context,
        {
            "raw_documents": raw_documents,
            "raw_manifest": raw_manifest,
            "ingest_rejections": ingest_rejections,
            "normalised_documents": normalised_documents,
            "document_segments": document_segments,
            "raw_listing": raw_listing,
            "extraction_ledger": extraction_ledger,
            "expectations_dir": expectations_dir,
        },
    )

    outcome = quarantine(
        tables,
        lambda candidate: table_suite_results(candidate, expectations_dir),
        stage_results=stage_results,
        previous=lambda: _previous_tables(context, outputs_dir),
    )
    write_status(outputs_dir, quarantine=outcome.quarantine)
    table_results, cross = outcome.results[:-1], outcome.results[-1]
    yield from _outputs(outcome, [r.as_dict() for r in [*stage_results, *outcome.results]], from_checks)
    for name, result in zip(TABLE_ASSETS, table_results, strict=True):
        yield check_result(result, context.log, check_name=f"{name}_contract", asset_key=TABLE_ASSETS[name])
    yield check_result(cross, context.log, check_name=CROSS_TABLE_CHECK, asset_key=TABLE_ASSETS["documents"])
    yield held_back_check(outcome, stage_results, context.log)
    ran = [r.suite for r in [*stage_results, *outcome.results]]
    expected = [*STAGE_CHECKS, *TABLES, CROSS_TABLE_SUITE]
    yield AssetCheckResult(
        check_name=EVERY_SUITE_CHECK,
        asset_key=SUITE_RESULTS_ASSET,
        passed=sorted(ran) == sorted(expected),
        metadata={"suites": ", ".join(ran)},
    )
