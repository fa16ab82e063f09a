"""The contract is the one source: committed expectations match it, shared fields keep one type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.contract import TABLES
from pipeline.quality.generate import GENERATED_FROM, merged_suite

EXPECTATIONS = Path(__file__).resolve().parents[2] / "expectations"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_committed_suite_matches_the_contract(name: str) -> None:
    committed = json.loads((EXPECTATIONS / f"{name}.json").read_text(encoding="utf-8"))
    assert merged_suite(TABLES[name], committed) == committed, (
        f"expectations/{name}.json drifted from {GENERATED_FROM}: run `python -m pipeline.quality.generate`"
    )


def test_every_contract_column_has_a_generated_type_expectation() -> None:
    for name, table in TABLES.items():
        committed = json.loads((EXPECTATIONS / f"{name}.json").read_text(encoding="utf-8"))
        typed = {
            e["kwargs"]["column"]
            for e in committed["expectations"]
            if e["type"] == "expect_column_values_to_be_of_type"
            and (e.get("meta") or {}).get("generated_from") == GENERATED_FROM
        }
        assert typed == set(table.column_names), name


def test_a_shared_field_has_its_one_type_in_every_table() -> None:
    from pipeline.contract import ASSET_TABLES, FIELDS, QUARANTINE

    for table in [*ASSET_TABLES.values(), QUARANTINE]:
        for column in table.columns:
            if column.name in FIELDS:
                assert column.type == FIELDS[column.name].type, f"{table.name}.{column.name}"
