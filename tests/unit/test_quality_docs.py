"""Data Docs: GX renders the run's results into a folder, reproducibly, without network."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from pipeline.quality.docs import build_data_docs
from pipeline.quality.suites import SuiteResult, run_suite
from tests.conftest import REPO


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def results() -> list[dict]:
    good = pd.DataFrame({"path": ["a.f1"], "value": [0.5], "is_score": [True]})
    bad = pd.DataFrame({"path": ["a.f1", "a.f1"], "value": [1.5, float("nan")], "is_score": [True, True]})
    return [
        run_suite("evaluation", good, REPO / "expectations").as_dict(),
        run_suite("evaluation", bad, REPO / "expectations").as_dict(),
    ]


def test_results_are_json_and_round_trip():
    data = results()
    assert json.loads(json.dumps(data)) == data
    failed = SuiteResult.from_dict(data[1])
    assert not failed.success and {f["expectation_type"] for f in failed.failed} >= {
        "expect_column_values_to_be_unique"
    }
    assert "failures" in failed.as_metadata()


def test_data_docs_are_written_for_every_suite_and_are_byte_reproducible(tmp_path):
    data = results()
    index = build_data_docs(data, tmp_path / "one", run_name="1.0.0", run_time="2024-05-01T00:00:00+00:00")
    build_data_docs(data, tmp_path / "two", run_name="1.0.0", run_time="2024-05-01T00:00:00+00:00")
    assert index == tmp_path / "one" / "index.html" and index.is_file()
    pages = list((tmp_path / "one" / "validations").rglob("*.html"))
    assert len(pages) == 2 and all("evaluation" in p.read_text(encoding="utf-8") for p in pages)
    assert (tmp_path / "one" / "validation_results.json").is_file()
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
