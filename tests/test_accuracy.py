"""Accuracy per gold set, measured through the stages `make data` runs (``pipeline.stages.core``).

One session fixture runs the core stages once over the corpus fixture (the seeds and the 25
development texts, a copy of raw/) and, inside ``evaluate``, once over each set's own invented
texts (the challenge set); every test reads that one report. The floors live in ONE data file,
``gold/floors.csv`` (measured - 0.05, never above 0.98; rewrite it after a change in accuracy
with ``python -m pipeline evaluate --write-floors``): the tests guard against regressions, they
do not state a target.
"""

from __future__ import annotations

import pytest

from pipeline.evaluate import EXTRACTED, FLOOR_CAP, below_floors, evaluate, gold_sets, read_floors
from pipeline.stages.core import run_core
from tests.conftest import CORPUS, REPO


@pytest.fixture(scope="session")
def report(seed_run, tmp_path_factory) -> dict:
    """What `make evaluate` reports for the corpus fixture, from a copy of the shared run's cache
    (the extract cache's version is the graph's, as `make evaluate` runs it)."""
    from pipeline.cache import DocumentCache
    from pipeline.defs.assets.extract import CODE_VERSION

    cache = DocumentCache(seed_run.cache_with_kept(tmp_path_factory.mktemp("accuracy") / "cache"))
    expectations = REPO / "expectations"
    tables = run_core(CORPUS, cache, expectations, CODE_VERSION).tables
    report = evaluate(tables, cache=cache, expectations_dir=expectations, code_version=CODE_VERSION)
    seed_run.keep_entries(cache.root)
    return report


def test_every_gold_set_is_reported_with_all_its_texts(report: dict) -> None:
    assert list(report["sets"]) == [s["set"] for s in gold_sets()]
    for name, result in report["sets"].items():
        missing = result["documents_not_found"]
        assert result["documents_matched"] == result["documents_in_gold"], (name, missing)


def test_every_set_says_whether_it_was_used_in_development(report: dict) -> None:
    for name, result in report["sets"].items():
        assert result["used_in_development"] in ("yes", "no"), name
    assert "used in development" in report["statement"]


def test_invented_texts_are_never_published_from_raw(report: dict) -> None:
    """The invented texts (challenge and held-out sets) are scored on a temporary copy: none is in
    the corpus tables."""
    own = [n for n, r in report["sets"].items() if r["texts"] == "gold"]
    assert own == [s["set"] for s in gold_sets() if s["texts"] == "own"]
    assert report["documents_evaluated"] == report["documents_published"]


def test_floors_are_regression_guards_not_fitted_targets() -> None:
    floors = read_floors()
    mins = floors[floors["bound"] == "min"]["value"].astype(float)
    assert len(mins) and (mins <= FLOOR_CAP).all()
    assert set(floors["set"]) == {s["set"] for s in gold_sets()}


@pytest.mark.parametrize("gold_set", [s["set"] for s in gold_sets()])
def test_scores_hold_their_floors(report: dict, gold_set: str) -> None:
    floors = read_floors()
    failures = below_floors(report, floors[floors["set"] == gold_set])
    assert not failures, failures


def test_pipeline_beats_baseline_on_the_seeds(report: dict) -> None:
    seeds = report["sets"]["seeds"]
    for table in EXTRACTED:
        assert seeds["pipeline"][table]["f1"] > seeds["baseline"][table]["f1"], table
