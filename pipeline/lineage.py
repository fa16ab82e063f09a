"""What each table asset holds and where each of its columns comes from, for the Dagster UI.

Every table, published or stage (ingest, normalise, segment), is declared in ``pipeline.contract``.
Column lineage is data: ``COLUMN_SOURCES`` says, per asset and column, which upstream
``asset.column`` it is computed from; anything not named comes from the rule for its table (an
extracted field comes from the segment text it was read in).

Pure data, no Dagster: ``pipeline.defs.assets.metadata`` renders it as Dagster's ``TableColumnLineage``,
and ``tests/unit`` check the mapping against the contract.
"""

from __future__ import annotations

import pandas as pd

from pipeline.contract import ASSET_TABLES, COMMITMENTS, FUNDING, STATISTICS
from pipeline.sources import MANIFEST_COLUMNS

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


# asset -> column -> the upstream "asset.column"s it is computed from (explicit entries).
COLUMN_SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "normalised_documents": {
        "sha256": ("raw_documents.sha256",),
        "source_file": ("raw_documents.source_file",),
        "page_starts": ("raw_documents.page_starts",),
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
        "doc_date_source": (
            "normalised_documents.text",
            "raw_documents.meta_date",
            "raw_manifest.doc_date",
        ),
        "title": ("normalised_documents.text", "raw_documents.meta_title", "raw_manifest.title"),
        "title_source": ("normalised_documents.text", "raw_documents.meta_title", "raw_manifest.title"),
        "published_date": (
            "normalised_documents.text",
            "raw_documents.meta_date",
            "raw_manifest.published_date",
        ),
        "source_format": ("raw_documents.source_format",),
        "pages": ("raw_documents.pages",),
        "publisher": ("raw_documents.meta_publisher",),
    },
    **{
        t.name: {
            "doc_id": ("documents.doc_id",),
            "text": ("document_segments.text",),
            "char_start": ("document_segments.start",),
            "char_end": ("document_segments.end",),
            t.primary_key: ("documents.doc_id", "document_segments.start", "document_segments.text"),
            "page": ("document_segments.start", "normalised_documents.page_starts"),
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
    if asset.startswith("validated_"):  # the extracted table, less what was held back
        return (f"{asset.removeprefix('validated_')}.{column}",)
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


def _preview_cell(value: object) -> str:
    if isinstance(value, (list, tuple, dict)):
        text = f"[{len(value)} items]"
    # pandas-stubs: isna takes any object (a scalar gives a bool), not only the scalar types it names
    elif value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):  # type: ignore[call-overload]
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
