"""One document never stops the others: a document whose rows fail checks is held back, listed in
quarantine.csv (in the release and in outputs/status/) with its reasons, and the rest publishes;
a document that was published before keeps its previous rows, carried forward and flagged."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.contract import TABLES
from tests.conftest import RAW, REPO, materialize_project

SEED_FILES = sorted(p.name for p in RAW.glob("*.txt"))
CRAFTED = "2012-03-14_crafted-joint-statement.txt"
# No country named anywhere, an impossible percentage, a deadline decades after the document's date.
CRAFTED_TEXT = """Joint statement on border cooperation

14 March 2012

The two ministers met to review their cooperation at the border. They noted that there were 125% \
fewer illegal attempts to cross the border at the port during the last year.

The ministers will complete the new control facility by the end of 2090.
"""


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def checks_by_name(result) -> dict:
    return {e.asset_check_key.name: e for e in result.get_asset_check_evaluations()}


@pytest.fixture(scope="module")
def crafted_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("quarantine")
    shutil.copytree(RAW, root / "raw")
    (root / "raw" / CRAFTED).write_text(CRAFTED_TEXT, encoding="utf-8")
    result = materialize_project(root / "raw", root / "outputs", root / "cache")
    return root, result


def test_a_crafted_bad_document_is_held_back_and_everything_else_publishes(crafted_run):
    root, result = crafted_run
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    latest = root / "outputs" / "latest"
    documents = pd.read_parquet(latest / "documents.parquet")
    assert sorted(documents["source_file"]) == SEED_FILES
    held = read_csv(latest / "quarantine.csv")
    assert {r["source_file"] for r in held} == {CRAFTED}
    doc_id = held[0]["doc_id"]
    for name in TABLES:
        assert doc_id not in set(pd.read_parquet(latest / f"{name}.parquet")["doc_id"]), name
    checks = {r["check"] for r in held}
    assert any("parties" in c for c in checks), checks  # names no party
    assert any(c.startswith("statistics:") and "(value)" in c for c in checks), checks  # 125%
    assert any("deadline_date_years_from_doc" in c for c in checks), checks  # by 2090
    assert all(r["reason"] and r["carried_forward"] == "False" for r in held)
    assert any("125" in r["reason"] for r in held)
    assert all(r["failing_rows"] for r in held if "parties" not in r["check"])


def test_the_quarantine_is_visible_in_status_in_the_check_and_in_the_changelog(crafted_run):
    root, result = crafted_run
    outputs = root / "outputs"
    assert (outputs / "status" / "quarantine.csv").read_bytes() == (
        outputs / "latest" / "quarantine.csv"
    ).read_bytes()
    assert read_csv(outputs / "status" / "rejections.csv") == []
    check = checks_by_name(result)["quarantine"]
    assert not check.passed and check.severity.value == "WARN"
    assert CRAFTED in check.metadata["held_back_documents"].value
    assert checks_by_name(result)["contract_tables"].passed
    assert checks_by_name(result)["statistics_suite"].severity.value == "WARN"  # not ERROR: one document's
    changelog = (outputs / "latest" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Held back (quarantine.csv)" in changelog and CRAFTED in changelog


def test_a_published_document_that_turns_bad_keeps_its_previous_rows_carried_forward(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    outputs, cache = tmp_path / "outputs", tmp_path / "cache"
    first = materialize_project(raw, outputs, cache)
    assert first.success
    previous = {n: pd.read_parquet(outputs / "latest" / f"{n}.parquet") for n in TABLES}

    target = raw / SEED_FILES[0]
    target.write_text(
        target.read_text(encoding="utf-8") + "\nThe number of crossings rose by 250% during the year.\n",
        encoding="utf-8",
    )
    second = materialize_project(raw, outputs, cache)

    assert second.success, [e.message for e in second.all_events if e.is_failure]
    held = read_csv(outputs / "status" / "quarantine.csv")
    assert {r["source_file"] for r in held} == {SEED_FILES[0]}
    assert {r["carried_forward"] for r in held} == {"True"}
    assert any("250" in r["reason"] for r in held)
    for name in TABLES:
        now = pd.read_parquet(outputs / "latest" / f"{name}.parquet")
        pd.testing.assert_frame_equal(now, previous[name], obj=name)  # every previous row is kept as it was
    versions = sorted(p.name for p in (outputs / "releases").iterdir())
    assert versions == ["1.0.0"], "the quarantine changed, the tables did not: no release"
    assert SEED_FILES[0] in (outputs / "index.html").read_text(encoding="utf-8"), "the page says it"


def run_cli(
    tmp_path: Path, raw: Path, expectations: Path | None = None, env: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess:
    """`python -m pipeline run` (what `make data` calls) on private roots under `tmp_path`."""
    home = tmp_path / "dagster_home"
    home.mkdir(exist_ok=True)
    shutil.copyfile(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    settings = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_OUTPUTS_DIR": str(tmp_path / "outputs"),
        "PIPELINE_CACHE_DIR": str(tmp_path / "cache"),
        "PIPELINE_EXPECTATIONS_DIR": str(expectations or REPO / "expectations"),
        **(env or {}),
    }
    settings = {k: v for k, v in settings.items() if v is not None}  # None: unset it
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "run"],
        cwd=REPO,
        env=settings,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_make_data_exits_0_naming_the_held_back_document_once_and_1_when_nothing_is_left(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / CRAFTED).write_text(CRAFTED_TEXT, encoding="utf-8")
    done = run_cli(tmp_path, raw)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 document(s) held back" in done.stdout
    assert done.stdout.count(CRAFTED) == 1, done.stdout
    assert "published release 1.0.0" in done.stdout

    strict = tmp_path / "expectations"
    shutil.copytree(REPO / "expectations", strict)
    suite = (strict / "documents.json").read_text(encoding="utf-8")
    # every document now fails a row check: nothing is left to publish
    strict_suite = suite.replace(
        '"expectations": [',
        '"expectations": [{"type": "expect_column_values_to_be_between", '
        '"kwargs": {"column": "n_chars", "max_value": 10}},',
        1,
    )
    (strict / "documents.json").write_text(strict_suite, encoding="utf-8")
    before = (tmp_path / "outputs" / "latest" / "SHA256SUMS").read_bytes()
    blocked = run_cli(tmp_path, raw, strict)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "nothing was published" in blocked.stderr
    assert (tmp_path / "outputs" / "latest" / "SHA256SUMS").read_bytes() == before
    status = read_csv(tmp_path / "outputs" / "status" / "quarantine.csv")
    assert {r["source_file"] for r in status} == {*SEED_FILES, CRAFTED}, "status says what this run held back"
