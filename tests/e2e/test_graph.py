"""The whole graph: definitions load, and one materialisation publishes the contract tables."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from dagster import Definitions

from pipeline.contract import TABLES
from pipeline.definitions import defs


def test_definitions_load_and_validate():
    Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {
        "raw_documents",
        "normalised_documents",
        "document_segments",
        "documents",
        "commitments",
        "funding",
        "statistics",
        "validated_documents",
        "validated_commitments",
        "validated_funding",
        "validated_statistics",
        "quarantine",
        "suite_results",
        "published_release",
    } <= keys
    assert "validated_tables" not in keys, "no god asset: each published table is an asset of its own"
    blocking = {
        (k.asset_key.to_user_string(), k.name)
        for k, spec in ((s.key, s) for a in defs.resolve_asset_graph().assets_defs for s in a.check_specs)
        if spec.blocking
    }
    for name in TABLES:
        assert (f"validated_{name}", f"{name}_contract") in blocking
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, f"{key.to_user_string()} has no description for the UI"


@pytest.fixture(scope="module")
def run(seed_run):
    """The shared run of the seeds (tests/conftest.py): its result and its outputs/latest."""
    return seed_run.result, seed_run.latest


@pytest.fixture(scope="module")
def published(run):
    return run[1]


def test_the_stage_suites_are_read_from_their_checks_not_run_again(run):
    result, _ = run
    (materialisation,) = [
        m for m in result.asset_materializations_for_node("validate") if m.asset_key.path == ["suite_results"]
    ]
    said = materialisation.metadata["stage_suites_from_checks"].value
    for suite in (
        "raw_documents",
        "raw_manifest",
        "ingest_rejections",
        "normalised_documents",
        "document_segments",
    ):
        assert suite in said, said


def test_nothing_the_run_stores_is_a_pickle(published):
    storage = published.parent.parent / "cache-storage"
    stored = {p.name for p in storage.rglob("*") if p.is_file()}
    assert not [n for n in stored if n.endswith(".pickle")], stored
    assert {"published_release.json", "evaluation.json", "suite_results.json", "quarantine.parquet"} <= stored
    assert {f"validated_{name}.parquet" for name in TABLES} <= stored


def test_documents_hold_the_five_seeds_with_metadata_and_clean_text(published):
    docs = pd.read_parquet(published / "documents.parquet")
    assert len(docs) == 5
    for col in ("doc_id", "title", "doc_date", "doc_type", "parties", "sha256", "text", "source_file"):
        assert docs[col].notna().all(), col
    assert set(docs["doc_type"]) == {"declaration", "joint_statement", "communique", "annex"}
    assert docs["doc_id"].str.match(r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$").all()
    for text in docs["text"]:
        assert not re.search(r"\$\\notin\$|<sup>|^[•▶]|\./\.", text, re.M)


def test_every_contract_table_is_published_as_parquet_and_csv(published):
    for name, table in TABLES.items():
        parquet = pd.read_parquet(published / f"{name}.parquet")
        csv = pd.read_csv(published / f"{name}.csv", keep_default_na=False)
        assert list(parquet.columns)[: len(table.column_names)] == table.column_names
        assert list(csv.columns) == list(parquet.columns)
        assert len(csv) == len(parquet)
    for name in ("commitments", "funding", "statistics"):
        assert len(pd.read_parquet(published / f"{name}.parquet")) > 0, f"{name} is empty"


def test_every_extracted_row_slices_its_document_text(published):
    docs = pd.read_parquet(published / "documents.parquet").set_index("doc_id")["text"]
    for name in ("commitments", "funding", "statistics"):
        rows = pd.read_parquet(published / f"{name}.parquet")
        for r in rows.itertuples():
            assert docs[r.doc_id][r.char_start : r.char_end] == r.text
