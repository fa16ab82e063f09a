"""The whole graph: definitions load, and one materialisation publishes the contract tables."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest
from dagster import Definitions

from pipeline.contract import TABLES
from pipeline.definitions import defs
from tests.conftest import RAW, materialize_project


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
        "validated_tables",
        "published_release",
    } <= keys
    for key in graph.get_all_asset_keys():
        assert graph.get(key).description, f"{key.to_user_string()} has no description for the UI"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("graph")
    shutil.copytree(RAW, root / "raw")
    result = materialize_project(root / "raw", root / "outputs", root / "cache")
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return root / "outputs" / "latest"


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
