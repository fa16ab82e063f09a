"""The whole graph publishes a release that validates, reads back, and versions edits (a re-run on
unchanged input changing no byte is checked by tests/e2e/test_uptodate.py, on the run `make data`
repeats)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline.contract import TABLES
from pipeline.publish.diff import latest_section
from tests.conftest import RAW, REPO, SMALL_GOLD, materialize_project


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def run(root: Path, raw: Path, gold: Path = SMALL_GOLD):
    result = materialize_project(raw, root / "outputs", root / "cache", gold=gold)
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return result


@pytest.fixture(scope="module")
def project(seed_run, tmp_path_factory):
    """A private copy of the shared run of the seeds (shared by the tests below, in order: the later
    ones run the graph again into it)."""
    root = seed_run.copy_to(tmp_path_factory.mktemp("release"))
    tables = {name: seed_run.result.output_for_node("validate", f"validated_{name}") for name in TABLES}
    return {"root": root, "outputs": root / "outputs", "tables": tables}


def test_the_first_run_publishes_release_1_0_0_and_latest(project):
    outputs = project["outputs"]
    assert [p.name for p in (outputs / "releases").iterdir()] == ["1.0.0"]
    assert tree_hashes(outputs / "latest") == tree_hashes(outputs / "releases" / "1.0.0")
    assert (outputs / "index.html").exists()


def test_frictionless_validates_the_release(project):
    from frictionless import validate  # here, not at the top: `make test-fast` collects this module

    report = validate(project["outputs"] / "latest" / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:20]
    descriptor = json.loads((project["outputs"] / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["version"] == "1.0.0"
    assert {lic["name"] for lic in descriptor["licenses"]} >= {"CC-BY-4.0", "OGL-UK-3.0", "etalab-2.0"}
    assert len(descriptor["sources"]) == len(project["tables"]["documents"])


def test_duckdb_reads_every_parquet_file_with_the_published_row_counts(project):
    latest = project["outputs"] / "latest"
    connection = duckdb.connect()
    for name in TABLES:
        path = (latest / f"{name}.parquet").as_posix()
        (count,) = connection.execute("SELECT count(*) FROM read_parquet(?)", [path]).fetchone()
        assert count == len(project["tables"][name]), name
        assert count == len(pd.read_csv(latest / f"{name}.csv", dtype=str, keep_default_na=False)), name


def changed_ids(old_dir: Path, new_dir: Path) -> set[str]:
    """Ids of rows added, removed or changed between two releases, computed independently with pandas."""
    ids: set[str] = set()
    for name, table in TABLES.items():
        old = pd.read_parquet(old_dir / f"{name}.parquet").set_index(table.primary_key)
        new = pd.read_parquet(new_dir / f"{name}.parquet").set_index(table.primary_key)
        ids |= set(old.index.symmetric_difference(new.index))
        ids |= {i for i in old.index.intersection(new.index) if not old.loc[i].equals(new.loc[i])}
    return ids


def test_an_edited_document_makes_a_release_versioned_by_its_changes_naming_exactly_the_changed_rows(project):
    root, outputs = project["root"], project["outputs"]
    edited_raw = root / "raw-edited"
    shutil.copytree(root / "raw", edited_raw)
    target = edited_raw / "2016-03-03_uk-france-summit-annex-on-migration.txt"
    text = target.read_text(encoding="utf-8")
    assert " will " in text
    target.write_text(text.replace(" will ", " shall ", 1), encoding="utf-8")
    run(root, edited_raw)

    versions = sorted(p.name for p in (outputs / "releases").iterdir())
    assert len(versions) == 2 and versions[0] == "1.0.0"
    assert versions[1] in {"1.0.1", "1.1.0", "2.0.0"}
    new_dir = outputs / "releases" / versions[1]
    expected = changed_ids(outputs / "releases" / "1.0.0", new_dir)
    assert expected, "the edit changed no row"
    section = latest_section((new_dir / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert section.startswith(f"## {versions[1]} ")
    named = set(re.findall(r"^- (?:Added|Removed|Changed): `([^`]+)`", section, re.M))
    assert named == expected
    removed, added = "- Removed:" in section, "- Added:" in section
    assert versions[1] == ("2.0.0" if removed else "1.1.0" if added else "1.0.1")
    assert tree_hashes(outputs / "latest") == tree_hashes(new_dir)


@pytest.mark.slow
def test_two_checkouts_in_other_folders_time_zones_and_locales_publish_byte_identical_releases(
    seed_run, seeds_reference, tmp_path
):
    """`make data` in another folder, time zone and locale, in a process of its own with an empty
    per-document cache, publishes the bytes of the seeds' run in this process, in its time zone and
    locale (``seeds_reference``: the shared run's, scored on the seeds' gold as `run_cli` scores),
    with the same SOURCE_DATE_EPOCH: what a reproducible rebuild sets (unset, a release is dated
    when it is made)."""
    from tests.e2e.test_quarantine import run_cli

    root = tmp_path / "elsewhere" / "second"
    shutil.copytree(RAW, root / "raw")
    tz = "Asia/Kolkata" if os.environ.get("TZ") != "Asia/Kolkata" else "Pacific/Auckland"  # not this one's
    env = {"TZ": tz, "LC_ALL": "C", "LANG": "C", "SOURCE_DATE_EPOCH": seed_run.epoch}
    finished = run_cli(root, root / "raw", env=env, own_process=True)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    releases = [seeds_reference / "outputs" / "releases" / "1.0.0", root / "outputs" / "releases" / "1.0.0"]
    first, second = (tree_hashes(r) for r in releases)
    assert first == second, sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
    for release in releases:
        for path in release.rglob("*"):
            if path.is_file() and path.suffix in {".json", ".md", ".csv", ".html", ".cff"}:
                text = path.read_text(encoding="utf-8", errors="replace")
                for absolute in (tmp_path, seeds_reference, seed_run.root, REPO):
                    assert str(absolute) not in text, f"{path.name} holds an absolute path"


@pytest.mark.slow
def test_make_data_refuses_clearly_while_another_run_holds_the_lock_and_changes_nothing(tmp_path):
    from pipeline.publish.release import publish_lock
    from tests.e2e.test_quarantine import run_cli

    shutil.copytree(RAW, tmp_path / "raw")
    (tmp_path / "outputs").mkdir()
    with publish_lock(tmp_path / "outputs"):
        done = run_cli(tmp_path, tmp_path / "raw")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "another run is publishing" in done.stderr and "this run published nothing" in done.stderr
    assert "nothing was published; the previous release stays latest" not in done.stderr
    assert sorted(p.name for p in (tmp_path / "outputs").iterdir()) == [".lock"]


@pytest.mark.slow
def test_a_rejected_file_makes_no_release_and_a_document_added_today_is_dated_today_and_named(
    seed_run, tmp_path, monkeypatch
):
    """The graph as `make data` runs it, with no SOURCE_DATE_EPOCH: the dates are the true ones. It
    starts from a copy of the shared run of the seeds (release 1.0.0)."""
    from datetime import UTC, datetime

    from tests.conftest import CORPUS

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    raw, outputs = seed_run.copy_to(tmp_path) / "raw", tmp_path / "outputs"
    (raw / "scan.txt").write_bytes(bytes(range(256)) * 16)  # rejected: binary
    before = tree_hashes(outputs / "releases")
    run(tmp_path, raw)
    assert tree_hashes(outputs / "releases") == before, "a rejected file alone makes no release"
    assert "scan.txt" in (outputs / "status" / "rejections.csv").read_text(encoding="utf-8")
    assert "scan.txt" in (outputs / "index.html").read_text(encoding="utf-8")

    added = "2003-11-24_uk-france-summit-home-office-jha-conclusions.txt"
    shutil.copyfile(CORPUS / added, raw / added)
    today = datetime.now(UTC).date().isoformat()
    run(tmp_path, raw)
    assert sorted(p.name for p in (outputs / "releases").iterdir()) == ["1.0.0", "1.1.0"], (
        "new document: minor"
    )
    descriptor = json.loads((outputs / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["created"][:10] == today
    changelog = latest_section((outputs / "latest" / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert changelog.startswith(f"## 1.1.0 — {today}")
    new_doc = pd.read_parquet(outputs / "latest" / "documents.parquet").query("source_file == @added").iloc[0]
    from pipeline.publish.escape import md_text

    assert f"- Added: {md_text(new_doc['title'])} (2003-11-24, `{new_doc['doc_id']}`)" in changelog
    page = (outputs / "index.html").read_text(encoding="utf-8")
    changes = page.split('id="changes"', 1)[1].split("<h2", 1)[0]
    assert new_doc["doc_id"] in changes and ">added<" in changes
