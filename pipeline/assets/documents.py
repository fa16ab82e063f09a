"""Stage 4, document metadata: title, date, place, type, parties, signatories per document."""

import pandas as pd
from dagster import AssetExecutionContext, Output, asset

from pipeline.contract import DOCUMENTS, dagster_table_schema
from pipeline.documents import build_documents


@asset(
    group_name="metadata",
    kinds={"pandas"},
    code_version="1",
    metadata={"dagster/column_schema": dagster_table_schema(DOCUMENTS)},
)
def documents(
    context: AssetExecutionContext, normalised_documents: pd.DataFrame, raw_manifest: pd.DataFrame
) -> Output[pd.DataFrame]:
    """The `documents` table of the dataset contract: one row per source document, with title,
    date, place, type, parties and signatories read from the text itself (a row in
    `raw/manifest.csv` overrides any of them), the raw file's SHA-256 and the normalised text
    that every `char_start`/`char_end` in the other tables indexes into. A date that cannot be
    read is left empty and flagged (`doc_date_source = missing`), never guessed."""
    out = build_documents(normalised_documents, raw_manifest)
    undated = out.loc[out["doc_date"].isna(), "source_file"].tolist()
    for name in undated:
        context.log.warning(f"{name}: no date could be read from the text; doc_date left empty")
    return Output(
        out,
        metadata={
            "dagster/row_count": len(out),
            "undated": ", ".join(undated) or "none",
            "dagster/column_schema": dagster_table_schema(DOCUMENTS),
        },
    )
