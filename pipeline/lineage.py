"""What each table asset holds and where each of its columns comes from, for the Dagster UI.

The published tables' columns come from ``pipeline.contract``; the stage tables (ingest, normalise,
segment) are declared here with the same ``Table``/``Column`` types, so one generator
(``contract.dagster_table_schema``) serves both. Column lineage is data: ``COLUMN_SOURCES`` says, per
asset and column, which upstream ``asset.column`` it is computed from; anything not named comes
from the rule for its table (an extracted field comes from the segment text it was read in).

Pure: the Dagster objects (``TableColumnLineage``, ``MetadataValue``) are built lazily, so this
module imports without Dagster, and ``tests/unit`` check the mapping against the contract.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from pipeline.contract import COMMITMENTS, FUNDING, STATISTICS, TABLES, Column, Table
from pipeline.sources import MANIFEST_COLUMNS

OWNERS = ["team:uk-france-data"]
PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


def _stage_table(name: str, title: str, description: str, key: str, *columns: Column) -> Table:
    return Table(name, title, description, tuple(columns), primary_key=key, sort_by=(key,))


RAW_DOCUMENTS = _stage_table(
    "raw_documents",
    "Raw documents",
    "Every usable .txt file in raw/, byte for byte.",
    "sha256",
    Column("source_file", "string", "Path relative to raw/.", unique=True),
    Column("sha256", "string", "SHA-256 of the file's bytes.", unique=True),
    Column("n_bytes", "integer", "Size of the file in bytes.", minimum=1),
    Column("text", "string", "The file decoded as UTF-8 (BOM removed)."),
)
RAW_MANIFEST = _stage_table(
    "raw_manifest",
    "Manifest overrides",
    "Rows of raw/manifest.csv that name a file in raw/; empty cells mean 'read it from the text'.",
    "file",
    Column("file", "string", "The .txt file the row describes.", unique=True),
    *(
        Column(c, "string", f"Override for documents.{c}.", nullable=True)
        for c in MANIFEST_COLUMNS
        if c != "file"
    ),
)
INGEST_REJECTIONS = _stage_table(
    "ingest_rejections",
    "Rejected inputs",
    "Every raw file or manifest row that could not be used, with the reason.",
    "source_file",
    Column("source_file", "string", "The file (or manifest line) rejected."),
    Column("reason", "string", "Short machine-readable reason code."),
    Column("detail", "string", "The reason in a sentence."),
)
NORMALISED_DOCUMENTS = _stage_table(
    "normalised_documents",
    "Normalised documents",
    "Each document's text with conversion artefacts repaired, one paragraph per line.",
    "sha256",
    Column("sha256", "string", "SHA-256 of the raw file.", unique=True),
    Column("source_file", "string", "Path relative to raw/.", unique=True),
    Column("text", "string", "The normalised text."),
    Column("n_chars", "integer", "Length of the normalised text."),
    Column("raw_chars", "integer", "Length of the raw text."),
    Column("offset_anchors", "list", "(normalised offset, raw offset) anchors mapping back to raw."),
    Column("list_items", "list", "(position, marker, kind) of each list marker lifted out of the text."),
    Column("language", "string", "ISO 639-1 language (manifest, else detected); its rules apply."),
)
DOCUMENT_SEGMENTS = _stage_table(
    "document_segments",
    "Segments",
    "Sentences, list items, headings and datelines with exact offsets into the normalised text.",
    "sha256",
    Column("sha256", "string", "The document's raw SHA-256."),
    Column("seg", "integer", "Position of the segment in its document, from 0."),
    Column("kind", "string", "heading, dateline, sentence or list_item."),
    Column("start", "integer", "Start offset into the normalised text."),
    Column("end", "integer", "End offset: text[start:end] is the segment."),
    Column("text", "string", "The segment's text."),
    Column("paragraph", "integer", "Paragraph (line) number in the normalised text."),
    Column("heading", "string", "Section heading the segment sits under.", nullable=True),
    Column("list_marker", "string", "Marker of the list paragraph it belongs to.", nullable=True),
    Column("lead_in", "integer", "For a list item: seg of the lead-in sentence it completes.", nullable=True),
)

STAGE_TABLES: dict[str, Table] = {
    t.name: t
    for t in (RAW_DOCUMENTS, RAW_MANIFEST, INGEST_REJECTIONS, NORMALISED_DOCUMENTS, DOCUMENT_SEGMENTS)
}
# Asset name -> the table it holds. The published tables' assets carry the contract's names.
ASSET_TABLES: dict[str, Table] = {**STAGE_TABLES, **TABLES}

# asset -> column -> the upstream "asset.column"s it is computed from (explicit entries).
COLUMN_SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "normalised_documents": {
        "sha256": ("raw_documents.sha256",),
        "source_file": ("raw_documents.source_file",),
    },
    "document_segments": {
        "sha256": ("normalised_documents.sha256",),
        "kind": ("normalised_documents.text", "normalised_documents.list_items"),
        "list_marker": ("normalised_documents.list_items",),
        "lead_in": ("normalised_documents.text", "normalised_documents.list_items"),
    },
    "documents": {
        "doc_id": ("normalised_documents.text", "raw_manifest.doc_date", "raw_manifest.title"),
        "source_file": ("normalised_documents.source_file",),
        "source_url": ("raw_manifest.source_url",),
        "license": ("raw_manifest.license",),
        "sha256": ("normalised_documents.sha256",),
        "n_chars": ("normalised_documents.n_chars",),
        "text": ("normalised_documents.text",),
        "doc_date_source": ("normalised_documents.text", "raw_manifest.doc_date"),
    },
    **{
        t.name: {
            "doc_id": ("documents.doc_id",),
            "text": ("document_segments.text",),
            "char_start": ("document_segments.start",),
            "char_end": ("document_segments.end",),
            t.primary_key: ("documents.doc_id", "document_segments.start", "document_segments.text"),
        }
        for t in (COMMITMENTS, FUNDING, STATISTICS)
    },
}
COLUMN_SOURCES["commitments"].update(
    {
        "seq": ("document_segments.seg",),
        "lead_in": ("document_segments.lead_in", "document_segments.text"),
        "deadline_date": ("document_segments.text", "documents.doc_date"),
    }
)
for _name in ("funding", "statistics"):
    COLUMN_SOURCES[_name].update(
        {
            "period_start": ("document_segments.text", "documents.doc_date"),
            "period_end": ("document_segments.text", "documents.doc_date"),
        }
    )


def _default_sources(asset: str, column: str) -> tuple[str, ...]:
    """The rule for a column with no explicit entry (None: a source asset, no upstream column)."""
    if asset == "normalised_documents":
        return ("raw_documents.text",)
    if asset == "document_segments":
        return ("normalised_documents.text",)
    if asset == "documents":  # read from the text, unless the manifest overrides it
        return (
            "normalised_documents.text",
            *((f"raw_manifest.{column}",) if column in MANIFEST_COLUMNS else ()),
        )
    if asset in ("commitments", "funding", "statistics"):
        return ("document_segments.text",)
    return ()


def column_sources(asset: str) -> dict[str, tuple[str, ...]]:
    """Every column of the asset's table -> the upstream columns it comes from (empty: none)."""
    table = ASSET_TABLES[asset]
    explicit = COLUMN_SOURCES.get(asset, {})
    return {c: explicit.get(c, _default_sources(asset, c)) for c in table.column_names}


def column_lineage(asset: str):
    """``dagster.TableColumnLineage`` for the asset's table, or None for a table read from raw/."""
    from dagster import TableColumnDep, TableColumnLineage

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


def column_schema(asset: str):
    """``dagster.TableSchema`` for the asset's table, generated by the contract's own generator."""
    from pipeline.contract import dagster_table_schema

    return dagster_table_schema(ASSET_TABLES[asset])


def definition_metadata(asset: str) -> dict[str, Any]:
    """Metadata declared on the asset at definition time: its column schema and column lineage."""
    meta: dict[str, Any] = {"dagster/column_schema": column_schema(asset)}
    lineage = column_lineage(asset)
    if lineage is not None:
        meta["dagster/column_lineage"] = lineage
    return meta


def _preview_cell(value: object) -> str:
    if isinstance(value, (list, tuple, dict)):
        text = f"[{len(value)} items]"
    elif value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        text = ""
    else:
        text = str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= PREVIEW_CELL_CHARS else text[: PREVIEW_CELL_CHARS - 1] + "…"


def markdown_preview(df: pd.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """The first rows as a small Markdown table, long cells shortened (no `tabulate` needed)."""
    if df.empty:
        return "*(no rows)*"
    head = df.head(rows)
    lines = ["| " + " | ".join(map(str, head.columns)) + " |", "|" + " --- |" * len(head.columns)]
    for record in head.itertuples(index=False):
        lines.append("| " + " | ".join(_preview_cell(v) for v in record) + " |")
    if len(df) > rows:
        lines.append(f"\n*{rows} of {len(df):,} rows*")
    return "\n".join(lines)


def table_metadata(df: pd.DataFrame, asset: str) -> dict[str, Any]:
    """Materialisation metadata for a table asset: row count, schema, lineage, Markdown preview.

    One call for any stage's asset: ``Output(df, metadata={**table_metadata(df, "funding"), ...})``.
    """
    from dagster import MetadataValue

    meta = {"dagster/row_count": len(df), "preview": MetadataValue.md(markdown_preview(df))}
    if asset in ASSET_TABLES:
        meta.update(definition_metadata(asset))
    return meta


def published_files_metadata(files: dict[str, str]) -> dict[str, Any]:
    """``{"<name>": path}`` of written files -> path metadata the UI links (e.g. `funding.parquet`)."""
    from dagster import MetadataValue

    return {f"file/{name}": MetadataValue.path(str(path)) for name, path in sorted(files.items())}
