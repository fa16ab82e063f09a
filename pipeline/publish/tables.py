"""Write one contract table as Parquet and CSV with deterministic bytes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract import Table, arrow_schema

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with `'` (contract, CSV section)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_csv_frame(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    out = df.copy()
    for col in table.columns:
        if col.type == "string":
            out[col.name] = out[col.name].map(spreadsheet_safe, na_action="ignore")
    return out


def write_table(df: pd.DataFrame, table: Table, directory: Path) -> dict[str, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    parquet_path = directory / f"{table.name}.parquet"
    csv_path = directory / f"{table.name}.csv"
    arrow = pa.Table.from_pandas(
        df, schema=arrow_schema(table), preserve_index=False
    ).replace_schema_metadata(None)
    pq.write_table(arrow, parquet_path, compression="zstd", write_statistics=True, use_dictionary=True)
    to_csv_frame(df, table).to_csv(csv_path, index=False, lineterminator="\n", encoding="utf-8")
    return {"parquet": parquet_path, "csv": csv_path}
