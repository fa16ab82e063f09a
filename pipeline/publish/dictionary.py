"""The data dictionary as rows, for the formats that carry it inside the file (SQLite, Excel).

Generated from the contract like the README's Markdown dictionary, so every format describes
the same columns in the same words.
"""

from __future__ import annotations

from typing import Any

from pipeline import vocab
from pipeline.contract import TABLES, Table

DICTIONARY_COLUMNS = (
    "table",
    "column",
    "type",
    "required",
    "unique",
    "primary_key",
    "references",
    "allowed_values",
    "minimum",
    "maximum",
    "added_by_project",
    "description",
)


def browse() -> dict[str, Any]:
    """`pipeline/vocab/browse.yaml`, with every column it names checked against the contract."""
    config: dict[str, Any] = vocab.load("browse")  # a YAML mapping
    for section in ("facets", "label_columns"):
        for table_name, columns in config[section].items():
            names = [columns] if isinstance(columns, str) else columns
            for name in names:
                TABLES[table_name].column(name)  # KeyError names the table and the column
    for table_name, columns in config["search"]["columns"].items():
        for name in columns:
            if TABLES[table_name].column(name).type != "string":
                raise ValueError(f"browse.yaml: {table_name}.{name} is not a text column")
    for name in config["document_columns"].values():
        TABLES["documents"].column(name)
    return config


def references(table: Table, column: str) -> str | None:
    for fk in table.foreign_keys:
        if fk.column == column:
            return f"{fk.table}.{fk.ref_column}"
    return None


def dictionary_rows() -> list[dict[str, Any]]:
    """One row per published column, in contract order: what a reader needs to use it."""
    rows = []
    for table in TABLES.values():
        for column in table.columns:
            rows.append(
                {
                    "table": table.name,
                    "column": column.name,
                    "type": column.type,
                    "required": not column.nullable,
                    "unique": column.unique or column.name == table.primary_key,
                    "primary_key": column.name == table.primary_key,
                    "references": references(table, column.name),
                    "allowed_values": ", ".join(column.enum) if column.enum else None,
                    "minimum": column.minimum,
                    "maximum": column.maximum,
                    "added_by_project": not column.contract,
                    "description": column.description,
                }
            )
    return rows
