"""Accuracy per gold set, scored with the guideline's rules against the gold shipped in gold/.

Inputs are built with the pure stage functions from the corpus fixture (the seeds plus the
development texts), never from the live raw/. Each gold set is held to its own floor below.

THRESHOLDS is the one table to edit: the seeds keep the issue's thresholds; `dev` and `dev-fr`
start at the level measured when they were added (raise them as extraction improves, never
lower them). A field floor of None means "not checked yet" (no matched rows to measure it on).
"""

import pytest

from pipeline.evaluate import EXTRACTED, evaluate
from pipeline.extract.corpus import load_corpus
from pipeline.extract.tables import extract_tables
from tests.conftest import CORPUS

# set -> table -> (precision floor, recall floor, {field: accuracy floor})
THRESHOLDS: dict[str, dict[str, tuple[float, float, dict[str, float | None]]]] = {
    "seeds": {
        "commitments": (0.90, 0.90, {"actor": 0.98, "theme": 0.85, "deadline_date": 1.0}),
        "funding": (1.0, 1.0, {f: 1.0 for f in ("kind", "per_year", "years", "total_amount", "donor")}),
        "statistics": (0.95, 0.95, {"qualifier": 0.95, "direction": 0.95, "unit": 0.95}),
    },
    "dev": {  # measured 2026-12-01 on the corpus fixture
        "commitments": (1.0, 1.0, {"actor": 1.0, "theme": 0.88, "deadline_date": 1.0}),
        "funding": (0.0, 1.0, {}),  # no core funding row in these texts; see MAX_FUNDING_FALSE_POSITIVES
        "statistics": (1.0, 1.0, {"qualifier": 1.0, "direction": 1.0, "unit": 1.0}),
    },
    "dev-fr": {  # measured 2026-12-01 on the corpus fixture
        "commitments": (1.0, 1.0, {"actor": 0.90, "theme": 0.81, "deadline_date": 1.0}),
        "funding": (0.0, 1.0, {}),
        "statistics": (1.0, 1.0, {"qualifier": 1.0, "direction": 1.0, "unit": 1.0}),
    },
}
# Funding rows outside the gold (core or borderline) allowed per set: the target is none.
MAX_FUNDING_FALSE_POSITIVES = {"seeds": 0, "dev": 0, "dev-fr": 0}
DOCUMENTS_PER_SET = {"seeds": 5, "dev": 8, "dev-fr": 5}


@pytest.fixture(scope="module")
def report():
    documents, segments = load_corpus(CORPUS)
    tables = {"documents": documents, **extract_tables(documents, segments)}
    return evaluate(tables)


def test_every_gold_set_is_reported_with_all_its_texts(report):
    assert list(report["sets"]) == list(THRESHOLDS)
    for name, n in DOCUMENTS_PER_SET.items():
        assert report["sets"][name]["documents_matched"] == n, name
    assert report["documents_evaluated"] == sum(DOCUMENTS_PER_SET.values())


@pytest.mark.parametrize(
    ("gold_set", "table"), [(s, t) for s in THRESHOLDS for t in EXTRACTED], ids=lambda v: str(v)
)
def test_scores_hold_their_floor(report, gold_set, table):
    precision, recall, fields = THRESHOLDS[gold_set][table]
    r = report["sets"][gold_set]["pipeline"][table]
    assert r["precision"] >= precision and r["recall"] >= recall, (r["misses"], r["extras"])
    for field, floor in fields.items():
        if floor is not None:
            assert r["fields"][field] is not None and r["fields"][field] >= floor, (field, r["fields"])


@pytest.mark.parametrize("gold_set", list(THRESHOLDS))
def test_funding_rows_outside_the_gold(report, gold_set):
    extras = report["sets"][gold_set]["pipeline"]["funding"]["extras"]
    assert len(extras) <= MAX_FUNDING_FALSE_POSITIVES[gold_set], extras


def test_pipeline_beats_baseline_on_the_seeds(report):
    seeds = report["sets"]["seeds"]
    for table in EXTRACTED:
        assert seeds["pipeline"][table]["f1"] > seeds["baseline"][table]["f1"], table
