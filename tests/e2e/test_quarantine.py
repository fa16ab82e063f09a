"""One value never stops the others: a row a check does not trust is held back alone and listed in
quarantine.csv (in the release and in outputs/status/) with its table, id, value and reason, and its
document publishes with its other rows; a document is held back whole only for what concerns it
whole, and then keeps its previous rows, carried forward and flagged."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.contract import TABLES
from tests.conftest import RAW, REPO, SMALL_GOLD, link_cache, materialize_project, tree_hashes

SEED_FILES = sorted(p.name for p in RAW.glob("*.txt"))
CRAFTED = "2012-03-14_crafted-joint-statement.txt"
# Ordinary rows beside hostile values: an impossible percentage, a deadline decades after the
# document's date, a duration no agreement has, a count larger than the world, and US dollars
# (no rate in the shipped table).
CRAFTED_TEXT = """Joint statement on border cooperation

14 March 2012

The United Kingdom and France met to review their cooperation at the border.

The United Kingdom will provide £12 million to France to strengthen security at the port.

France will contribute €5 million to the joint intervention fund.

The United Kingdom will also provide $3 million to the UNHCR for reception centres.

The United Kingdom will provide £5 million per year for 99999 years to France.

There were 125% fewer illegal attempts to cross the border at the port during the last year.

There were 99999999999999999999999 migrants at the port during the last year.

The United Kingdom and France will complete the new control facility by the end of 2090.

The two ministers will meet again in Paris before the end of 2012.
"""
# No party named anywhere: the document itself fails, and is held back whole.
NO_PARTY = "2012-03-15_no-party.txt"
NO_PARTY_TEXT = """Joint statement on border cooperation

15 March 2012

The two ministers met to review their cooperation at the border. They will meet again in 2013.
"""


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def checks_by_name(result) -> dict:
    return {e.asset_check_key.name: e for e in result.get_asset_check_evaluations()}


@pytest.fixture(scope="module")
def crafted_run(seed_run, tmp_path_factory):
    root = tmp_path_factory.mktemp("quarantine")
    seed_run.cache_with_kept(root / "cache")
    shutil.copytree(RAW, root / "raw")
    (root / "raw" / CRAFTED).write_text(CRAFTED_TEXT, encoding="utf-8")
    (root / "raw" / NO_PARTY).write_text(NO_PARTY_TEXT, encoding="utf-8")
    result = materialize_project(root / "raw", root / "outputs", root / "cache")
    seed_run.keep_entries(root / "cache")
    return root, result


def test_odd_rows_are_held_back_alone_and_their_document_publishes_its_other_rows(crafted_run):
    root, result = crafted_run
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    latest = root / "outputs" / "latest"
    documents = pd.read_parquet(latest / "documents.parquet")
    assert CRAFTED in set(documents["source_file"]), "one odd row does not hold its document back"
    doc_id = documents.set_index("source_file").loc[CRAFTED, "doc_id"]
    held = [r for r in read_csv(latest / "quarantine.csv") if r["source_file"] == CRAFTED]
    assert held and {r["scope"] for r in held} == {"row"}
    assert all(r["table"] and r["row_id"] and r["reason"] and r["carried_forward"] == "False" for r in held)
    checks = {r["check"] for r in held}
    assert any(c.startswith("statistics:") and "(value)" in c for c in checks), checks  # 125%, 1e23
    assert any("deadline_date_years_from_doc" in c for c in checks), checks  # by 2090
    assert any("(years)" in c for c in checks), checks  # 99999 years
    tables = {name: pd.read_parquet(latest / f"{name}.parquet") for name in TABLES}
    for r in held:
        key = TABLES[r["table"]].primary_key
        assert r["row_id"] not in set(tables[r["table"]][key]), "a held-back row is not published"
    funding = tables["funding"][tables["funding"]["doc_id"] == doc_id]
    assert {12_000_000.0, 5_000_000.0} <= set(funding["amount"]), "its ordinary rows publish"
    assert (funding["years"].fillna(1) <= 50).all() and (tables["statistics"]["value"] < 1e10).all()
    usd = funding[funding["currency"] == "USD"]
    assert len(usd) == 1, "a currency without a rate is kept"
    assert usd["amount_gbp"].isna().all() and usd["amount_eur"].isna().all()
    assert usd["fx_source"].str.startswith("none: ").all()
    assert len(tables["commitments"][tables["commitments"]["doc_id"] == doc_id]) >= 3


def test_a_document_failing_whole_is_held_back_whole(crafted_run):
    root, _ = crafted_run
    latest = root / "outputs" / "latest"
    held = [r for r in read_csv(latest / "quarantine.csv") if r["source_file"] == NO_PARTY]
    assert held and {r["scope"] for r in held} == {"document"}
    assert any("parties" in r["check"] for r in held)
    doc_id = held[0]["doc_id"]
    for name in TABLES:
        assert doc_id not in set(pd.read_parquet(latest / f"{name}.parquet")["doc_id"]), name


def test_the_quarantine_is_visible_in_status_in_the_check_and_in_the_changelog(crafted_run):
    root, result = crafted_run
    outputs = root / "outputs"
    assert (outputs / "status" / "quarantine.csv").read_bytes() == (
        outputs / "latest" / "quarantine.csv"
    ).read_bytes()
    assert read_csv(outputs / "status" / "rejections.csv") == []
    check = checks_by_name(result)["held_back"]
    assert not check.passed and check.severity.value == "WARN"
    table = check.metadata["held_back_rows_and_documents"].value
    assert CRAFTED in table and NO_PARTY in table and "99999" in table
    for name in TABLES:
        assert checks_by_name(result)[f"{name}_contract"].passed
    assert checks_by_name(result)["statistics_suite"].severity.value == "WARN"  # not ERROR: one row's
    changelog = (outputs / "latest" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Held back (quarantine.csv)" in changelog and CRAFTED in changelog and NO_PARTY in changelog


def test_a_published_document_that_turns_bad_whole_keeps_its_previous_rows_carried_forward(
    seed_run, tmp_path
):
    raw = seed_run.copy_to(tmp_path) / "raw"  # the first run: the shared run of the seeds
    outputs, cache = tmp_path / "outputs", tmp_path / "cache"
    previous = {n: pd.read_parquet(outputs / "latest" / f"{n}.parquet") for n in TABLES}

    target = raw / SEED_FILES[0]  # its text now holds control characters: the text itself fails
    target.write_text(target.read_text(encoding="utf-8").replace(" ", "\x01", 3), encoding="utf-8")
    second = materialize_project(raw, outputs, cache)

    assert second.success, [e.message for e in second.all_events if e.is_failure]
    held = read_csv(outputs / "status" / "quarantine.csv")
    assert {r["source_file"] for r in held} == {SEED_FILES[0]}
    assert {r["scope"] for r in held} == {"document"} and {r["carried_forward"] for r in held} == {"True"}
    for name in TABLES:
        now = pd.read_parquet(outputs / "latest" / f"{name}.parquet")
        pd.testing.assert_frame_equal(now, previous[name], obj=name)  # every previous row is kept as it was
    versions = sorted(p.name for p in (outputs / "releases").iterdir())
    assert versions == ["1.0.0"], "the quarantine changed, the tables did not: no release"
    assert SEED_FILES[0] in (outputs / "index.html").read_text(encoding="utf-8"), "the page says it"


def run_cli(
    tmp_path: Path,
    raw: Path,
    expectations: Path | None = None,
    env: dict[str, str | None] | None = None,
    own_process: bool = False,
) -> subprocess.CompletedProcess:
    """`python -m pipeline run` (what `make data` calls) on private roots under `tmp_path`: the
    command's own entry point (``pipeline.__main__.main``) in this process, its output captured,
    or with ``own_process`` a new interpreter (for what a process holds: time zone, locale)."""
    home = tmp_path / "dagster_home"
    home.mkdir(exist_ok=True)
    shutil.copyfile(REPO / "deploy" / "dagster.yaml", home / "dagster.yaml")
    settings: dict[str, str | None] = {
        "DAGSTER_HOME": str(home),
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_OUTPUTS_DIR": str(tmp_path / "outputs"),
        "PIPELINE_CACHE_DIR": str(tmp_path / "cache"),
        "PIPELINE_EXPECTATIONS_DIR": str(expectations or REPO / "expectations"),
        "PIPELINE_GOLD_DIR": str(SMALL_GOLD),
        **(env or {}),
    }
    args = [sys.executable, "-m", "pipeline", "run"]
    if own_process:
        merged = {k: v for k, v in {**os.environ, **settings}.items() if v is not None}  # None: unset it
        return subprocess.run(args, cwd=REPO, env=merged, capture_output=True, text=True, timeout=600)
    from pipeline.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        for name, value in settings.items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["run"])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


@pytest.mark.slow
def test_make_data_exits_0_naming_the_held_back_document_once_and_1_when_nothing_is_left(
    crafted_run, tmp_path
):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / CRAFTED).write_text(CRAFTED_TEXT, encoding="utf-8")
    (raw / NO_PARTY).write_text(NO_PARTY_TEXT, encoding="utf-8")
    # the per-document work of these texts is cached by the graph run above: the command is checked
    link_cache(crafted_run[0] / "cache", tmp_path / "cache")
    done = run_cli(tmp_path, raw)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 document(s) held back" in done.stdout
    assert "1 document(s) published with row(s) held back" in done.stdout
    assert done.stdout.count(CRAFTED) == 1 and done.stdout.count(NO_PARTY) == 1, done.stdout
    assert "published release 1.0.0" in done.stdout
    assert "published_release" in stored_run(tmp_path / "dagster_home")[2], "a step that publishes"

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
    before = published(tmp_path / "outputs")
    blocked = run_cli(tmp_path, raw, strict)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "nothing was published" in blocked.stderr
    assert published(tmp_path / "outputs") == before, "a failing release changed a published file"
    status = read_csv(tmp_path / "outputs" / "status" / "quarantine.csv")
    assert {r["source_file"] for r in status} == {*SEED_FILES, CRAFTED, NO_PARTY}, "status: this run's holds"
    # The run as Dagster stored it (this command's is the graph run of tests/e2e/test_bad_input.py's
    # other blocking rule): the held-back check blocks, the tables are staged, nothing is published.
    run, checks, materialised = stored_run(tmp_path / "dagster_home")
    assert run.status.value == "FAILURE"
    assert not checks["held_back"].passed and checks["held_back"].severity.value == "ERROR"
    assert "validate" in materialised, "the staged tables are still written"
    assert "published_release" not in materialised


def published(outputs: Path) -> dict[str, str]:
    """The hashes of the releases and latest/ (status/ and the page show the last run, published or not)."""
    return {k: v for k, v in tree_hashes(outputs).items() if k.startswith(("releases/", "latest/"))}


def stored_run(home: Path) -> tuple[Any, dict[str, Any], set[str]]:
    """The last run stored in the instance at ``home``: the run, its check evaluations by name and
    the steps that materialised an asset."""
    from dagster import DagsterEventType, DagsterInstance

    with DagsterInstance.from_config(str(home)) as instance:
        (run,) = instance.get_runs(limit=1)
        checks = {
            e.dagster_event.event_specific_data.asset_check_key.name: e.dagster_event.event_specific_data
            for e in instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION)
        }
        materialised = {
            e.dagster_event.step_key
            for e in instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_MATERIALIZATION)
        }
    return run, checks, materialised
