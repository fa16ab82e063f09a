"""Write one table as Parquet and CSV with deterministic bytes, and read it back.

Same rows in -> same bytes out: rows in the contract's `sort_by` order, no pandas index or
metadata in Parquet, fixed writer settings, `\\n` line ends, no timestamps anywhere.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract import Table, arrow_schema, conform
from pipeline.sources import MAX_FILE_BYTES

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A published CSV cell may hold a whole document's text, as long as the largest raw file accepted;
# the csv module's default field limit (131,072 characters) is far below that.
CSV_FIELD_LIMIT = 2 * MAX_FILE_BYTES
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))


def spreadsheet_safe(cells: pd.Series) -> pd.Series:
    """A text column with every cell that a spreadsheet would run as a formula prefixed with `'`
    (contract, CSV section); missing cells stay missing. Column by column, vectorised: a table of a
    whole corpus has a million text cells."""
    risky = cells.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
    return cells.where(~risky, "'" + cells) if risky.any() else cells


def to_csv_frame(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    out = df.copy()
    for col in table.columns:
        if col.type == "string":
            out[col.name] = spreadsheet_safe(out[col.name])
    return out


def csv_bytes(df: pd.DataFrame, table: Table) -> bytes:
    """The table's CSV: UTF-8, RFC 4180 quoting, header row, no index, spreadsheet-safe text cells."""
    buffer = io.StringIO()
    to_csv_frame(df, table).to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue().encode("utf-8")


# Parquet's `date32` columns are read by pandas as Python `date` objects (dtype object) unless the
# file says which pandas dtype they are: this says `date32[day][pyarrow]`, a date dtype (`.dt`,
# comparisons, `is_datetime64_any_dtype`). Fixed text, no library version: the bytes stay the same.
PANDAS_DATE_DTYPE = "date32[day][pyarrow]"


def pandas_metadata(table: Table) -> dict[bytes, bytes]:
    """The Arrow schema's `pandas` metadata for the table's date columns (DuckDB, R and Polars
    read the Parquet date type itself and ignore it)."""
    columns = [
        {
            "name": c.name,
            "field_name": c.name,
            "pandas_type": "date",
            "numpy_type": PANDAS_DATE_DTYPE,
            "metadata": None,
        }
        for c in table.columns
        if c.type == "date"
    ]
    if not columns:
        return {}
    described = {"index_columns": [], "column_indexes": [], "columns": columns}
    return {b"pandas": json.dumps(described, sort_keys=True).encode("utf-8")}


def parquet_bytes(df: pd.DataFrame, table: Table) -> bytes:
    arrow = pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False)
    buffer = io.BytesIO()
    pq.write_table(
        arrow.replace_schema_metadata(pandas_metadata(table) or None),
        buffer,
        compression="zstd",
        compression_level=3,
        write_statistics=True,
        use_dictionary=True,
        write_page_index=False,
    )
    return buffer.getvalue()


def write_table(df: pd.DataFrame, table: Table, directory: Path) -> dict[str, Path]:
    """Write `<table>.parquet` and `<table>.csv` into `directory`, rows in the contract's order."""
    directory.mkdir(parents=True, exist_ok=True)
    ordered = conform(df, table)
    parquet_path = directory / f"{table.name}.parquet"
    csv_path = directory / f"{table.name}.csv"
    parquet_path.write_bytes(parquet_bytes(ordered, table))
    csv_path.write_bytes(csv_bytes(ordered, table))
    return {"parquet": parquet_path, "csv": csv_path}


def read_parquet_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a published Parquet file as plain Python values (None for nulls), in file order."""
    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()  # pyarrow has no type hints
    return rows


def rows_that_differ(
    old_path: Path, new_path: Path, key: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows of two versions of a table that a row-by-row diff needs, as plain Python values:
    those whose ``key`` is in one file only, or whose values in the columns both files have
    differ. Equal rows are compared as hashes of their Arrow data and never become Python
    objects (a whole table of dicts is hundreds of MB at 10,000 texts)."""
    old, new = pq.read_table(old_path), pq.read_table(new_path)
    common = [c for c in new.column_names if c in old.column_names]
    if key not in common:
        return old.to_pylist(), new.to_pylist()

    def digests(t: pa.Table) -> pd.Series:
        frame = t.select(common).to_pandas(types_mapper=pd.ArrowDtype)
        hashes = pd.util.hash_pandas_object(frame, index=False).to_numpy()
        return pd.Series(hashes, index=frame[key].astype("str").to_numpy())

    old_digest, new_digest = digests(old), digests(new)
    if not old_digest.index.is_unique or not new_digest.index.is_unique:
        return old.to_pylist(), new.to_pylist()  # ids not unique: compare everything, as before
    same = old_digest.index.intersection(new_digest.index)
    same = same[old_digest[same].to_numpy() == new_digest[same].to_numpy()]

    def differing(t: pa.Table, d: pd.Series) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = t.filter(pa.array(~d.index.isin(same))).to_pylist()  # pyarrow: untyped
        return rows

    return differing(old, old_digest), differing(new, new_digest)


def _primary_key(schema: dict[str, Any] | None) -> list[str]:
    key = (schema or {}).get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def rows_to_compare(
    old_dir: Path,
    new_dir: Path,
    old_schemas: dict[str, dict[str, Any]],
    new_schemas: dict[str, dict[str, Any]],
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """{table: rows} of two releases for ``diff.diff_release``: of a table both have, with the
    same one-column primary key, only the rows that differ (``rows_that_differ``); else all."""
    old: dict[str, list[dict[str, Any]]] = {}
    new: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        old_path, new_path = old_dir / f"{name}.parquet", new_dir / f"{name}.parquet"
        key = _primary_key(new_schemas.get(name))
        both = name in old_schemas and name in new_schemas and old_path.exists() and new_path.exists()
        if both and len(key) == 1 and _primary_key(old_schemas.get(name)) == key:
            old[name], new[name] = rows_that_differ(old_path, new_path, key[0])
            continue
        if name in old_schemas and old_path.exists():
            old[name] = read_parquet_rows(old_path)
        if name in new_schemas and new_path.exists():
            new[name] = read_parquet_rows(new_path)
    return old, new


def read_parquet_frame(path: Path, table: Table) -> pd.DataFrame:
    return conform(pq.read_table(path).to_pandas(), table)


def read_csv_dicts(path: Path) -> list[dict[str, str]]:
    """Rows of a published CSV file as dicts of strings (no type guessing), any cell length."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_csv_cells(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV file exactly as written (strings, no type guessing)."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        return header, list(reader)


def document_names(release_dir: Path) -> dict[str, tuple[str, str]]:
    """{doc_id: (title, ISO date or "")} of a release's documents table (its Parquet file), what a
    reader names a document by; empty when the release has none."""
    path = release_dir / "documents.parquet"
    if not path.is_file():
        return {}
    rows = pq.read_table(path, columns=["doc_id", "title", "doc_date"]).to_pylist()
    return {str(r["doc_id"]): (str(r["title"] or ""), _iso_date(r["doc_date"])) for r in rows}


def _iso_date(value: object) -> str:
    """A date cell as ISO text: a release written by older code may hold the date as a string."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
