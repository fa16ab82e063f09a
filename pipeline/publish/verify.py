"""The last gate before a staged release is renamed into place: the files say what the tables say."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.contract import TABLES, Table
from pipeline.publish.tables import FORMULA_PREFIXES, csv_bytes, read_csv_cells, read_parquet_frame


class ReleaseVerificationError(RuntimeError):
    """A staged release failed verification; nothing was published."""


def problems_in_table(directory: Path, table: Table) -> list[str]:
    parquet_path = directory / f"{table.name}.parquet"
    csv_path = directory / f"{table.name}.csv"
    missing = [p.name for p in (parquet_path, csv_path) if not p.exists()]
    if missing:
        return [f"{table.name}: missing {', '.join(missing)}"]
    problems = []
    header, rows = read_csv_cells(csv_path)
    if header != table.column_names:
        problems.append(f"{csv_path.name}: header {header} is not the contract's {table.column_names}")
    n_parquet = pq.read_metadata(parquet_path).num_rows
    if len(rows) != n_parquet:
        problems.append(f"{table.name}: CSV has {len(rows)} rows, Parquet {n_parquet}")
    elif csv_bytes(read_parquet_frame(parquet_path, table), table) != csv_path.read_bytes():
        problems.append(f"{table.name}: CSV and Parquet do not hold the same rows")
    text_columns = [i for i, c in enumerate(table.columns) if c.type == "string" and i < len(header)]
    for number, row in enumerate(rows, start=1):
        for i in text_columns:
            if i < len(row) and row[i].startswith(FORMULA_PREFIXES):
                problems.append(
                    f"{csv_path.name} row {number}, column {header[i]}: cell starts like a formula "
                    f"({row[i][:20]!r})"
                )
    return problems


def verify_staged_release(directory: Path) -> None:
    """Raise ReleaseVerificationError naming every problem; return quietly when the release is sound."""
    problems = [p for table in TABLES.values() for p in problems_in_table(directory, table)]
    if problems:
        listed = "\n  - ".join(problems)
        raise ReleaseVerificationError(
            f"staged release {directory} failed verification; nothing was published:\n  - {listed}"
        )
