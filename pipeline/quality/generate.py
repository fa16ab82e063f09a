"""Write the contract's column expectations into ``expectations/<table>.json``.

``python -m pipeline.quality.generate [expectations_dir]`` regenerates, for each contract table,
the expectations that follow from ``pipeline/contract.py`` — column list and order, types,
nullability, enums, uniqueness, bounds — marked ``meta.generated_from``, each with a note saying
in words what it asks (the reason a held-back document is listed with). The column list and the
types are the schema, so they are of scope ``corpus`` (they block publication); a failing value is
one document's (see ``pipeline.quality.suites``). Every other expectation in the file (the
stage-specific ones, added by hand) is kept as it is. The JSON files, not this module, are what the
pipeline checks at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pipeline.contract import TABLES, Column, Table
from pipeline.quality.suites import DOCUMENT_COLUMN_META_KEY, SCOPE_CORPUS
from pipeline.settings import default_paths

GENERATED_FROM = "pipeline/contract.py"

# What GX's ExpectColumnValuesToBeOfType observes for each contract dtype under pandas 3
# (Int64 -> int64, Float64 -> float64, boolean -> bool, date32[pyarrow] -> date, str -> str).
GX_TYPE_NAMES = {"string": "str", "integer": "int64", "number": "float64", "boolean": "bool", "date": "date"}


# The column naming each row's document, per table: rows of the span tables name it by doc_id; a
# documents row is its document, named by its file (doc_id itself must be unique across files).
DOCUMENT_COLUMNS = {"documents": "source_file"}
DEFAULT_DOCUMENT_COLUMN = "doc_id"


def _expectation(kind: str, notes: str, scope: str | None = None, **kwargs: object) -> dict[str, Any]:
    meta = {"generated_from": GENERATED_FROM, "notes": notes}
    if scope:
        meta["scope"] = scope
    return {"type": kind, "kwargs": kwargs, "meta": meta, "severity": "critical"}


def _bounds(column: Column) -> str:
    if column.minimum is not None and column.maximum is not None:
        return f"between {column.minimum:g} and {column.maximum:g}"
    if column.minimum is not None:
        return f"at least {column.minimum:g}"
    return f"at most {column.maximum:g}"


def column_expectations(column: Column) -> list[dict[str, Any]]:
    name = column.name
    out = [
        _expectation(
            "expect_column_values_to_be_of_type",
            f"`{name}` is of the contract's type ({column.type}).",
            SCOPE_CORPUS,
            column=name,
            type_=GX_TYPE_NAMES[column.type],
        )
    ]
    if not column.nullable:
        out.append(
            _expectation("expect_column_values_to_not_be_null", f"`{name}` is never empty.", column=name)
        )
    if column.enum:
        out.append(
            _expectation(
                "expect_column_values_to_be_in_set",
                f"`{name}` is one of the contract's values.",
                column=name,
                value_set=list(column.enum),
            )
        )
    if column.unique:
        out.append(_expectation("expect_column_values_to_be_unique", f"`{name}` is unique.", column=name))
    if column.minimum is not None or column.maximum is not None:
        out.append(
            _expectation(
                "expect_column_values_to_be_between",
                f"`{name}` is {_bounds(column)}.",
                column=name,
                min_value=column.minimum,
                max_value=column.maximum,
            )
        )
    return out


def table_expectations(table: Table) -> list[dict[str, Any]]:
    out = [
        _expectation(
            "expect_table_columns_to_match_ordered_list",
            "The contract's columns, in order.",
            SCOPE_CORPUS,
            column_list=table.column_names,
        )
    ]
    if not table.column(table.primary_key).unique:
        out.append(
            _expectation(
                "expect_column_values_to_be_unique",
                f"`{table.primary_key}` is unique.",
                column=table.primary_key,
            )
        )
    for column in table.columns:
        out.extend(column_expectations(column))
    return out


def merged_suite(table: Table, existing: dict[str, Any] | None) -> dict[str, Any]:
    """The contract's expectations first, then every hand-written one already in the file."""
    existing = existing or {}
    kept = [
        e
        for e in existing.get("expectations", [])
        if (e.get("meta") or {}).get("generated_from") != GENERATED_FROM
    ]
    meta = {**(existing.get("meta") or {}), "generated_from": GENERATED_FROM}
    meta.setdefault("id_columns", [table.primary_key])
    meta.setdefault(DOCUMENT_COLUMN_META_KEY, DOCUMENT_COLUMNS.get(table.name, DEFAULT_DOCUMENT_COLUMN))
    return {
        "name": table.name,
        "expectations": table_expectations(table) + kept,
        "meta": meta,
        "notes": existing.get("notes")
        or f"The `{table.name}` table of the dataset contract. Expectations marked generated_from are "
        "rewritten by `python -m pipeline.quality.generate`; the others are hand-written.",
    }


def write_suites(expectations_dir: Path) -> list[Path]:
    expectations_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES.values():
        path = expectations_dir / f"{table.name}.json"
        existing = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        path.write_text(
            json.dumps(merged_suite(table, existing), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default_paths().expectations_dir
    for p in write_suites(target):
        print(f"wrote {p}")
