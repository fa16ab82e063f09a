"""Releases without Dagster: versions, immutability, no-op re-runs, reproducible bytes, the gate."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline.contract import TABLES, empty_frame
from pipeline.publish import citation as citation_module
from pipeline.publish import tables as table_files
from pipeline.publish.diff import latest_section
from pipeline.publish.release import publish_release
from pipeline.publish.verify import ReleaseVerificationError
from tests.conftest import REPO
from tests.unit.publish.test_tables import documents_frame

DAY_ONE = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
DAY_TWO = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def tables_with(titles: list[str]) -> dict[str, pd.DataFrame]:
    return {n: documents_frame(titles) if n == "documents" else empty_frame(t) for n, t in TABLES.items()}


def tree_hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_first_release_lands_in_releases_and_latest_with_everything(tmp_path):
    result = publish_release(tables_with(["One", "Two"]), outputs_dir=tmp_path, now=DAY_ONE)
    assert (result.version, result.new_release, result.created) == ("1.0.0", True, "2024-05-01T12:00:00Z")
    release = tmp_path / "releases" / "1.0.0"
    expected = {f"{n}.{ext}" for n in TABLES for ext in ("csv", "parquet")} | {
        "datapackage.json",
        "README.md",
        "CHANGELOG.md",
        "CITATION.cff",
        "SHA256SUMS",
        "rejections.csv",
        "evaluation.json",
        "evaluation.md",
        "uk-france-migration-agreements-1.0.0.zip",
    }
    assert expected <= {p.name for p in release.iterdir()}
    assert tree_hashes(release) == tree_hashes(tmp_path / "latest")
    assert not (tmp_path / "latest").is_symlink()
    assert (tmp_path / "index.html").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".lock"]  # no staging left


def test_unchanged_tables_make_no_release_and_change_no_byte(tmp_path, released):
    released(tmp_path, ["One", "Two"])
    before = tree_hashes(tmp_path)
    shuffled = tables_with(["One", "Two"])
    shuffled["documents"] = shuffled["documents"].iloc[::-1]  # row order is not content
    again = publish_release(shuffled, outputs_dir=tmp_path, now=DAY_TWO)
    assert (again.version, again.new_release, again.created) == ("1.0.0", False, "2024-05-01T12:00:00Z")
    assert tree_hashes(tmp_path) == before


def test_lost_latest_and_index_are_restored_from_the_newest_release(tmp_path, released):
    released(tmp_path, ["One"])
    before = tree_hashes(tmp_path)
    (tmp_path / "index.html").unlink()
    (tmp_path / "latest" / "documents.csv").unlink()
    publish_release(tables_with(["One"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert tree_hashes(tmp_path) == before


def test_versions_follow_the_changes_and_old_releases_stay_untouched(tmp_path, released):
    released(tmp_path, ["One", "Two"])
    first = tree_hashes(tmp_path / "releases" / "1.0.0")
    corrected = publish_release(tables_with(["One", "Two, corrected"]), outputs_dir=tmp_path, now=DAY_TWO)
    grown = publish_release(
        tables_with(["One", "Two, corrected", "Three"]), outputs_dir=tmp_path, now=DAY_TWO
    )
    assert (corrected.version, grown.version) == ("1.0.1", "1.1.0")
    assert tree_hashes(tmp_path / "releases" / "1.0.0") == first
    changelog = (tmp_path / "latest" / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = latest_section(changelog)
    assert "- Added: `2010-03-01-doc-2`" in newest
    assert "Changed" not in newest
    assert "- Changed: `2010-02-01-doc-1` (columns `title`)" in changelog
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert index.index("1.1.0 —") < index.index("1.0.1 —") < index.index("1.0.0 —")


def test_same_input_and_date_give_byte_identical_releases_and_a_fixed_date_zip(tmp_path):
    for name in ("a", "b"):
        publish_release(tables_with(["One", "Two"]), outputs_dir=tmp_path / name, now=DAY_ONE)
    assert tree_hashes(tmp_path / "a") == tree_hashes(tmp_path / "b")
    archive = tmp_path / "a" / "latest" / "uk-france-migration-agreements-1.0.0.zip"
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert "uk-france-migration-agreements-1.0.0/SHA256SUMS" in names
        assert "uk-france-migration-agreements-1.0.0/documents.parquet" in names


def test_a_release_failing_verification_publishes_nothing_and_keeps_latest(tmp_path, monkeypatch, released):
    released(tmp_path, ["One"])
    before = tree_hashes(tmp_path)
    monkeypatch.setattr(table_files, "spreadsheet_safe", lambda value: value)
    with pytest.raises(ReleaseVerificationError, match="starts like a formula"):
        publish_release(tables_with(["One", "=cmd()"]), outputs_dir=tmp_path, now=DAY_TWO)
    assert tree_hashes(tmp_path) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".lock"]  # no staging left


def test_sha256sums_cover_every_file_but_itself_and_the_zip(tmp_path, released):
    released(tmp_path, ["One"])
    release = tmp_path / "releases" / "1.0.0"
    listed = {}
    for line in (release / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    hashes = tree_hashes(release)
    del hashes["SHA256SUMS"], hashes["uk-france-migration-agreements-1.0.0.zip"]
    assert listed == hashes


def test_rejections_and_quality_and_evaluation_travel_with_the_release(tmp_path):
    rejections = pd.DataFrame([{"source_file": "bad.txt", "reason": "not UTF-8", "detail": "byte 0xff at 3"}])
    quality = [
        {"suite": "documents", "success": True, "n_expectations": 4, "failed": [], "warnings": []},
        {
            "suite": "raw_documents",
            "success": True,
            "n_expectations": 3,
            "failed": [],
            "warnings": [{"expectation_type": "expect_column_values_to_be_in_set", "severity": "warning"}],
        },
    ]
    evaluation = {"commitments": {"precision": 0.9, "recall": 0.8, "f1": 0.847}}
    publish_release(
        tables_with(["One"]),
        outputs_dir=tmp_path,
        now=DAY_ONE,
        quality=quality,
        evaluation=evaluation,
        rejections=rejections,
    )
    latest = tmp_path / "latest"
    assert "bad.txt,not UTF-8,byte 0xff at 3" in (latest / "rejections.csv").read_text(encoding="utf-8")
    assert "| commitments | 0.900 | 0.800 | 0.847 |" in (latest / "evaluation.md").read_text(encoding="utf-8")
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "2 of 2 check suites passed" in index
    assert "0.847" in index
    summary = json.loads((latest / "quality" / "checks.json").read_text(encoding="utf-8"))
    assert {s["suite"]: (s["passed"], s["warned"]) for s in summary} == {
        "documents": (4, 0),
        "raw_documents": (2, 1),
    }


def test_root_citation_file_is_the_generated_one():
    text = (REPO / "CITATION.cff").read_text(encoding="utf-8")
    cff = yaml.safe_load(text)
    assert text == citation_module.repository_citation_cff(cff["version"], str(cff["date-released"]))


def test_datapackage_states_dataset_and_source_licences_and_sources(tmp_path, released):
    import json

    released(tmp_path, ["One"])
    descriptor = json.loads((tmp_path / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in descriptor["licenses"]] == ["CC-BY-4.0", "OGL-UK-3.0"]
    assert descriptor["sources"][0]["title"] == "One"
    assert descriptor["version"] == "1.0.0"
    by_name = {r["name"]: r for r in descriptor["resources"]}
    assert by_name["commitments"]["schema"]["foreignKeys"][0]["reference"]["resource"] == "documents"
    assert by_name["documents-parquet"]["mediatype"] == "application/vnd.apache.parquet"


@pytest.mark.parametrize("link", ["status", ".lock", "status/rejections.csv"])
def test_an_outputs_path_that_is_a_symbolic_link_is_refused_by_name(tmp_path, link):
    from pipeline.publish.release import UnsafeOutputPath, write_status

    outputs, elsewhere = tmp_path / "outputs", tmp_path / "elsewhere"
    outputs.mkdir()
    elsewhere.mkdir()
    target = elsewhere / "target"
    if link == "status":
        target.mkdir()
    else:
        target.write_bytes(b"untouched")
    (outputs / link).parent.mkdir(parents=True, exist_ok=True)
    (outputs / link).symlink_to(target)
    with pytest.raises(UnsafeOutputPath, match=link.split("/")[-1]):
        write_status(outputs, rejections=pd.DataFrame())
    assert not target.is_file() or target.read_bytes() == b"untouched"
    assert not target.is_dir() or not list(target.iterdir())


def test_a_run_whose_only_change_is_a_rejected_file_or_a_held_back_document_makes_no_release(
    tmp_path, released
):
    released(tmp_path, ["One", "Two"])
    before = tree_hashes(tmp_path / "releases")
    rejected = pd.DataFrame([{"source_file": "scan.txt", "reason": "binary", "detail": "NUL bytes"}])
    held = pd.DataFrame(
        [
            {
                "source_file": "two.txt",
                "doc_id": "2010-02-01-doc-1",
                "check": "funding: amount",
                "failing_rows": "f1",
                "reason": "too large",
                "carried_forward": True,
                "table": "documents",
                "row_id": None,
                "value": None,
                "scope": "document",
            }
        ]
    )
    again = publish_release(
        tables_with(["One", "Two"]), outputs_dir=tmp_path, now=DAY_TWO, rejections=rejected, quarantine=held
    )
    assert (again.version, again.new_release) == ("1.0.0", False)
    assert tree_hashes(tmp_path / "releases") == before
