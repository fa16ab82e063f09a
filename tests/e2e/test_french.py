"""French texts end to end: the graph publishes them with `language = fr` and the same tables,
verbatim French passages under the contract's English codes."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from pipeline.contract import COMMITMENTS
from tests.conftest import CORPUS, materialize_project


@pytest.fixture(scope="module")
def published(seed_run, tmp_path_factory):
    """The French texts alone, from the seeds' cache (what the evaluation of the shipped sets needs)."""
    root = tmp_path_factory.mktemp("french")
    seed_run.cache_with_kept(root / "cache")
    raw = root / "raw"
    raw.mkdir()
    for path in sorted(CORPUS.glob("*-fr.txt")):  # no manifest row: language and metadata from the text
        shutil.copy2(path, raw / path.name)
    result = materialize_project(raw, root / "outputs", root / "cache")
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    seed_run.keep_entries(root / "cache")
    return root / "outputs" / "latest"


def test_french_texts_publish_as_french_documents_with_metadata(published):
    docs = pd.read_parquet(published / "documents.parquet")
    assert len(docs) == len(list(CORPUS.glob("*-fr.txt"))) == 6  # every French text of the corpus
    assert set(docs["language"]) == {"fr"}
    assert docs["doc_date"].notna().all() and (docs["parties"] == "GB;FR").all()
    assert docs["title"].str.len().between(5, 300).all()


def test_french_commitments_are_verbatim_french_with_english_codes(published):
    docs = pd.read_parquet(published / "documents.parquet").set_index("doc_id")["text"]
    rows = pd.read_parquet(published / "commitments.parquet")
    assert len(rows) >= 10
    enums = {c.name: set(c.enum) for c in COMMITMENTS.columns if c.enum}
    for col in ("theme", "modality"):
        assert set(rows[col]) <= enums[col], col
    assert rows["text"].str.contains(r"[àâçéèêëîïôûùü]").any()  # French text, not a translation
    for r in rows.itertuples():
        assert docs[r.doc_id][r.char_start : r.char_end] == r.text


def test_french_figures_are_read_in_french_number_formats(published):
    stats = pd.read_parquet(published / "statistics.parquet")
    assert {340000.0, 2000.0, 800.0} <= set(stats["value"])
