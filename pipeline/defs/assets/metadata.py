"""The Dagster rendering of the schema: column schemas, column lineage, materialisation metadata.

The one place Dagster meets ``pipeline.contract`` and ``pipeline.lineage`` (both pure data): the
code location attaches ``definition_metadata`` to every table asset when it is defined
(``pipeline.definitions``), and the IO manager adds ``table_metadata`` to every materialisation.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
from dagster import (
    MetadataValue,
    TableColumn,
    TableColumnConstraints,
    TableColumnDep,
    TableColumnLineage,
    TableSchema,
)

from pipeline.contract import ASSET_TABLES, Table
from pipeline.lineage import column_sources, markdown_preview

OWNERS = ["team:uk-france-data"]


def dagster_table_schema(table: Table) -> TableSchema:
    """`dagster.TableSchema` for the UI's column view, rendered from the contract's columns."""
    return TableSchema(
        columns=[
            TableColumn(
                name=c.name,
                type=c.type,
                description=c.description,
                constraints=TableColumnConstraints(
                    nullable=c.nullable,
                    unique=c.unique,
                    other=[f"one of: {', '.join(c.enum)}"] if c.enum else [],
                ),
            )
            for c in table.columns
        ]
    )


def column_lineage(asset: str) -> TableColumnLineage | None:
    """``dagster.TableColumnLineage`` for the asset's table, or None for a table read from raw/."""
    sources = column_sources(asset)
    if not any(sources.values()):
        return None
    return TableColumnLineage(
        deps_by_column={
            column: [TableColumnDep(asset_key=s.split(".")[0], column_name=s.split(".")[1]) for s in deps]
            for column, deps in sources.items()
            if deps
        }
    )


def column_schema(asset: str) -> TableSchema:
    """``dagster.TableSchema`` for the asset's table."""
    return dagster_table_schema(ASSET_TABLES[asset])


def definition_metadata(asset: str) -> dict[str, Any]:
    """Metadata declared on the asset at definition time: its column schema and column lineage."""
    meta: dict[str, Any] = {"dagster/column_schema": column_schema(asset)}
    lineage = column_lineage(asset)
    if lineage is not None:
        meta["dagster/column_lineage"] = lineage
    return meta


def table_metadata(df: pd.DataFrame, asset: str) -> dict[str, Any]:
    """Materialisation metadata for a table asset: row count, schema, lineage, Markdown preview.

    One call for any stage's asset: ``Output(df, metadata={**table_metadata(df, "funding"), ...})``.
    """
    meta = {"dagster/row_count": len(df), "preview": MetadataValue.md(markdown_preview(df))}
    if asset in ASSET_TABLES:
        meta.update(definition_metadata(asset))
    return meta


def published_files_metadata(files: Mapping[str, str | Path]) -> dict[str, Any]:
    """``{"<name>": path}`` of written files -> path metadata the UI links (e.g. `funding.parquet`)."""
    return {f"file/{name}": MetadataValue.path(str(path)) for name, path in sorted(files.items())}
