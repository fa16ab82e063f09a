"""Stage 6, validate: the staged tables checked before anything is written to outputs/.

A blocking check does not stop the asset it checks from being written, so the gate sits here,
upstream of ``published_release``: the two blocking checks below fail with severity ERROR when
a table breaks its suite, the publish step then does not run, and the previous release stays
``latest``. The stage suites (raw files, normalised texts, segments) run here too, so that the
run's quality report (``quality``, rendered by the publisher as Data Docs) covers every stage;
they do not block.
"""

import pandas as pd
from dagster import AssetCheckSpec, AssetExecutionContext, Output, asset

from pipeline.assets.checks import check_result
from pipeline.quality import frames
from pipeline.quality.suites import SuiteResult, run_suite
from pipeline.resources import PathsResource

TABLE_SUITES = ("documents", "commitments", "funding", "statistics")
CONTRACT_CHECK = "contract_tables"
CROSS_TABLE_CHECK = "cross_table_integrity"


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


@asset(
    group_name="validate",
    kinds={"pandas", "great_expectations"},
    code_version="1",
    check_specs=[
        AssetCheckSpec(
            CONTRACT_CHECK,
            asset="validated_tables",
            blocking=True,
            description="BLOCKING. expectations/{documents,commitments,funding,statistics}.json on the "
            "tables about to be published: contract columns and types, enums, unique ids, amounts, "
            "currencies.",
        ),
        AssetCheckSpec(
            CROSS_TABLE_CHECK,
            asset="validated_tables",
            blocking=True,
            description="BLOCKING. expectations/validated_tables.json: foreign keys to documents, exact "
            "offsets, dates within a plausible window of the document's date, percentages in 0–100.",
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
    raw_documents: pd.DataFrame,
    raw_manifest: pd.DataFrame,
    ingest_rejections: pd.DataFrame,
    normalised_documents: pd.DataFrame,
    document_segments: pd.DataFrame,
):
    """The four tables exactly as they will be published: {"tables": {name: frame}, "quality": [...]},
    where quality holds every suite's result (``SuiteResult.as_dict()``) of this run, stages first."""
    expectations_dir = paths.paths.expectations_dir
    tables = {
        "documents": documents,
        "commitments": commitments,
        "funding": funding,
        "statistics": statistics,
    }
    texts = dict(zip(normalised_documents["sha256"], normalised_documents["text"], strict=True))
    stage_results = [
        run_suite("raw_documents", frames.raw_documents_frame(raw_documents), expectations_dir),
        run_suite("raw_manifest", frames.manifest_frame(raw_manifest), expectations_dir),
        run_suite(
            "ingest_rejections",
            frames.ingest_ledger_frame(raw_documents, ingest_rejections, paths.paths.raw_dir),
            expectations_dir,
        ),
        run_suite("normalised_documents", frames.normalised_frame(normalised_documents), expectations_dir),
        run_suite("document_segments", frames.segments_frame(document_segments, texts), expectations_dir),
    ]
    table_results = [run_suite(name, tables[name], expectations_dir) for name in TABLE_SUITES]
    cross = run_suite("validated_tables", frames.cross_table_frame(tables), expectations_dir)
    quality = [r.as_dict() for r in [*stage_results, *table_results, cross]]
    yield Output(
        {"tables": tables, "quality": quality},
        metadata={
            "dagster/row_count": sum(len(t) for t in tables.values()),
            "suites_passed": sum(r["success"] for r in quality),
            "suites_run": len(quality),
            **{f"rows/{name}": len(t) for name, t in tables.items()},
        },
    )
    yield check_result(_combined(table_results, CONTRACT_CHECK), context.log, check_name=CONTRACT_CHECK)
    yield check_result(cross, context.log, check_name=CROSS_TABLE_CHECK)
