"""Stage 8, publish: a versioned, verifiable release under outputs/ (logic in pipeline/publish/)."""

from pathlib import Path
from typing import Any

import pandas as pd
from dagster import AssetExecutionContext, MetadataValue, Output, asset

import pipeline.contract
import pipeline.publish
from pipeline.cache import code_fingerprint
from pipeline.defs.assets.metadata import published_files_metadata
from pipeline.defs.resources import PathsResource
from pipeline.evaluate import render_markdown
from pipeline.publish.quality_page import build_data_docs
from pipeline.publish.release import PublishResult, publish_release, release_time

# What the asset runs, hashed: editing any of it is a new code_version (never typed by hand).
CODE_VERSION = code_fingerprint(pipeline.publish, pipeline.contract)


def _log(context: AssetExecutionContext, result: PublishResult) -> None:
    """What publishing found and did, in the run's log."""
    for version, problems in result.untrusted.items():
        context.log.warning(f"release {version} does not verify, left as evidence: {'; '.join(problems)}")
    if result.latest_repaired:
        context.log.warning(
            f"latest/ did not match release {result.previous} ({'; '.join(result.latest_repaired)}); replaced"
        )
    if result.leftovers_removed:
        context.log.info(f"removed staging folders of interrupted runs: {result.leftovers_removed}")
    if result.new_release:
        context.log.info(f"published release {result.version} (previous: {result.previous})")
    else:
        context.log.info(f"tables unchanged since release {result.version}: no new release")


def _summary(result: PublishResult, outputs_dir: Path) -> dict[str, Any]:
    """What the asset returns: the release made (or kept) and where it lies, as plain data."""
    return {
        "version": result.version,
        "created": result.created,
        "new_release": result.new_release,
        "previous": result.previous,
        "release_dir": str(result.release_dir),
        "latest_dir": str(outputs_dir / "latest"),
        "index_html": str(outputs_dir / "index.html"),
        "untrusted": result.untrusted,
        "latest_repaired": result.latest_repaired,
        "leftovers_removed": result.leftovers_removed,
    }


@asset(group_name="publish", kinds={"parquet", "csv"}, code_version=CODE_VERSION)
def published_release(
    context: AssetExecutionContext,
    paths: PathsResource,
    validated_documents: pd.DataFrame,
    validated_commitments: pd.DataFrame,
    validated_funding: pd.DataFrame,
    validated_statistics: pd.DataFrame,
    quarantine: pd.DataFrame,
    suite_results: list,
    evaluation: dict,
    ingest_rejections: pd.DataFrame,
) -> Output[dict]:
    """The published dataset: `outputs/releases/<version>/` (immutable), `outputs/latest/` and
    `outputs/index.html`. Unchanged tables make no new release and change no byte."""
    outputs_dir = paths.paths.outputs_dir
    tables = {
        "documents": validated_documents,
        "commitments": validated_commitments,
        "funding": validated_funding,
        "statistics": validated_statistics,
    }
    result = publish_release(
        tables,
        outputs_dir=outputs_dir,
        now=release_time(),
        quality=suite_results,
        evaluation=evaluation,
        rejections=ingest_rejections,
        build_quality_docs=build_data_docs,
        render_evaluation=render_markdown,
        quarantine=quarantine,
    )
    _log(context, result)
    return Output(
        _summary(result, outputs_dir),
        metadata={
            "version": result.version,
            "created": result.created,
            "new_release": result.new_release,
            "previous_version": result.previous or "",
            "untrusted_releases": ", ".join(result.untrusted) or "none",
            "path": MetadataValue.path(str(result.release_dir)),
            "download_page": MetadataValue.path(str(outputs_dir / "index.html")),
            "dagster/row_count": sum(result.row_counts.values()),
            **{f"rows/{name}": n for name, n in result.row_counts.items()},
            **published_files_metadata(
                {p.name: p for p in sorted((outputs_dir / "latest").glob("*")) if p.is_file()}
            ),
        },
    )
