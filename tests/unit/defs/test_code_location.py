"""The whole code location loads, and every asset says what it is, where it sits, who owns it and
how it is checked; every table asset carries its schema from the contract."""

from __future__ import annotations

import pytest

from pipeline.contract import ASSET_TABLES
from pipeline.definitions import defs

SPECS = {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}
CHECKED = {key.asset_key.to_user_string() for key in defs.resolve_asset_graph().asset_check_keys}


def test_the_code_location_loads_every_stage() -> None:
    assert set(ASSET_TABLES) <= set(SPECS)
    assert defs.resolve_job_def("publish_job") is not None


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_asset_has_a_description_a_group_owners_and_a_check(name: str) -> None:
    spec = SPECS[name]
    assert spec.description and spec.description.strip(), f"{name}: no description"
    assert spec.group_name and spec.group_name != "default", f"{name}: no group"
    assert spec.owners, f"{name}: no owners"
    assert name in CHECKED, f"{name}: no asset check"


@pytest.mark.parametrize("name", sorted(ASSET_TABLES))
def test_every_table_asset_carries_the_contract_schema(name: str) -> None:
    schema = SPECS[name].metadata["dagster/column_schema"]
    assert [c.name for c in schema.columns] == ASSET_TABLES[name].column_names
