"""Accuracy over the five seed documents, scored with the guideline's rules (issue thresholds).

Inputs are built with the pure stage functions from the seed fixtures; gold comes from tests/fixtures."""

import pytest

from pipeline.evaluate import evaluate
from pipeline.extract.corpus import load_corpus
from pipeline.extract.tables import extract_tables
from tests.conftest import RAW


@pytest.fixture(scope="module")
def report():
    documents, segments = load_corpus(RAW)
    tables = {"documents": documents, **extract_tables(documents, segments)}
    return evaluate(tables)


def test_all_seed_documents_matched(report):
    assert report["documents_matched"] == 5


def test_commitments(report):
    r = report["pipeline"]["commitments"]
    assert r["precision"] >= 0.90 and r["recall"] >= 0.90, (r["misses"], r["extras"])
    assert r["fields"]["actor"] >= 0.95
    assert r["fields"]["theme"] >= 0.85
    assert r["fields"]["deadline_date"] == 1.0


def test_funding(report):
    r = report["pipeline"]["funding"]
    assert r["precision"] == 1.0 and r["recall"] == 1.0, (r["misses"], r["extras"])
    assert all(v == 1.0 for v in r["fields"].values()), r["fields"]


def test_statistics(report):
    r = report["pipeline"]["statistics"]
    assert r["precision"] >= 0.95 and r["recall"] >= 0.95, (r["misses"], r["extras"])
    assert all(r["fields"][f] >= 0.95 for f in ("qualifier", "direction", "unit")), r["fields"]


def test_pipeline_beats_baseline(report):
    for table in ("commitments", "funding", "statistics"):
        assert report["pipeline"][table]["f1"] > report["baseline"][table]["f1"], table
