"""Stage 5, publish: the tables as Parquet and CSV under outputs/."""

import pandas as pd
from dagster import AssetExecutionContext, MetadataValue, Output, asset

from pipeline.contract import DOCUMENTS
from pipeline.publish.tables import write_table
from pipeline.resources import PathsResource


@asset(group_name="publish", kinds={"parquet", "csv"}, code_version="1")
def published_release(
    context: AssetExecutionContext,
    paths: PathsResource,
    validated_tables: dict,
    evaluation: dict,
    ingest_rejections: pd.DataFrame,
) -> Output[dict]:
    """The published dataset: every table as Parquet and CSV in `outputs/latest/`."""
    latest = paths.paths.outputs_dir / "latest"
    documents = validated_tables["tables"]["documents"]
    written = write_table(documents, DOCUMENTS, latest)
    return Output(
        {name: str(p) for name, p in written.items()},
        metadata={"path": MetadataValue.path(str(latest)), "dagster/row_count": len(documents)},
    )
