"""The quality report: one self-contained page rendered from the suite results, reproducibly."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pandas as pd

from pipeline.publish.quality_page import build_data_docs
from pipeline.quality.suites import SuiteResult, run_suite
from tests.conftest import REPO

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def results() -> list[dict]:
    good = pd.DataFrame({"path": ["a.f1"], "value": [0.5], "is_score": [True]})
    bad = pd.DataFrame({"path": [HOSTILE, HOSTILE], "value": [1.5, float("nan")], "is_score": [True, True]})
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


def test_report_is_one_page_per_release_and_byte_reproducible(tmp_path):
    data = results()
    index = build_data_docs(data, tmp_path / "one", run_time="2024-05-01T00:00:00Z")
    build_data_docs(data, tmp_path / "two", run_time="2024-05-01T00:00:00Z")
    assert index == tmp_path / "one" / "index.html" and index.is_file()
    assert set(tree(tmp_path / "one")) == {"index.html", "validation_results.json"}
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert json.loads((tmp_path / "one" / "validation_results.json").read_text(encoding="utf-8")) == data


def test_report_shows_every_suite_and_expectation_in_plain_words(tmp_path):
    html = build_data_docs(results(), tmp_path, run_time="2024-05-01T00:00:00Z").read_text(encoding="utf-8")
    assert "1 May 2024, 00:00 UTC" in html
    assert html.count("<code>evaluation</code>") >= 2  # the technical name beside the plain words
    assert "The evaluation&#39;s scores are numbers between 0 and 1." in html
    assert "expect_column_values_to_be_unique" in html and "Each metric once." in html
    assert 'id="suite-evaluation"' in html and 'id="suite-evaluation-2"' in html
    assert ">failed<" in html and ">met<" in html


def test_document_text_in_examples_is_escaped_and_nothing_is_loaded(tmp_path):
    html = build_data_docs(results(), tmp_path).read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)  # no other host
    assert "<link" not in html and "<style>" in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    anchors = set(re.findall(r'id="([^"]+)"', html))
    for href in hrefs:
        path, _, fragment = href.partition("#")
        assert (fragment in anchors) if not path else path in ("validation_results.json", "../README.md"), (
            href
        )


def test_a_row_condition_reads_as_a_comparison() -> None:
    from pipeline.publish.quality_page import _argument

    condition = {"type": "comparison", "column": {"name": "unit"}, "operator": "==", "parameter": "percent"}
    assert _argument(condition) == 'unit == "percent"'
    assert _argument({**condition, "column": {"name": "per_year"}, "parameter": True}) == "per_year == true"
    assert _argument([1, 2]) == "[1, 2]"
