"""Bad input in raw/ is rejected by name with its reason; the five documents still publish and the
release published before is untouched. A table that fails a blocking check publishes nothing.

Each kind of bad input is refused by the ingest and documents steps' own functions, one test per
kind; the whole graph then runs once with every kind at once (the malformed manifest apart: it
replaces the manifest the others add a row to), from a copy of the shared run of the seeds: the
run of every attack in tests/e2e/test_hostile_input.py, which checks these kinds with its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.sources import MAX_FILE_BYTES
from tests.conftest import RAW, REPO, SEED_FILES, core_ingest, link_cache, materialize_project, tree_hashes

FIRST_SEED = SEED_FILES[0]


@pytest.fixture(scope="module")
def baseline(seed_run):
    """One good run (the shared run of the seeds): the published outputs and the cache every
    bad-input run starts from, each on a copy."""
    return seed_run.root


def add_empty(raw: Path) -> str:
    (raw / "empty.txt").write_bytes(b"")
    return "empty.txt"


def add_binary(raw: Path) -> str:
    (raw / "scan.txt").write_bytes(bytes(range(256)) * 16)
    return "scan.txt"


def add_latin1(raw: Path) -> str:
    (raw / "latin1.txt").write_bytes(
        "Déclaration conjointe franco-britannique à Calais.\n".encode("latin-1") * 4
    )
    return "latin1.txt"


def add_duplicate(raw: Path) -> str:
    shutil.copyfile(raw / FIRST_SEED, raw / "zz-copy.txt")
    return "zz-copy.txt"


def add_too_large(raw: Path) -> str:
    (raw / "huge.txt").write_bytes(b"The parties will cooperate.\n" * (MAX_FILE_BYTES // 28 + 10))
    return "huge.txt"


def add_manifest_row_for_missing_file(raw: Path) -> str:
    manifest = raw / "manifest.csv"
    text = manifest.read_text(encoding="utf-8")
    n_lines = len(text.rstrip("\n").split("\n"))
    manifest.write_text(text.rstrip("\n") + "\nghost.txt,,,,,,,,,OGL-UK-3.0\n", encoding="utf-8")
    return f"manifest.csv line {n_lines + 1}"


def add_malformed_manifest(raw: Path) -> str:
    (raw / "manifest.csv").write_text("fichier;titre\nsomething;else\n", encoding="utf-8")
    return "manifest.csv"


BAD_INPUTS = {
    "empty": (add_empty, "empty"),
    "binary": (add_binary, "binary"),
    "non_utf8": (add_latin1, "not_utf8"),
    "duplicate": (add_duplicate, "duplicate"),
    "too_large": (add_too_large, "too_large"),
    "manifest_missing_file": (add_manifest_row_for_missing_file, "manifest_missing_file"),
    "malformed_manifest": (add_malformed_manifest, "malformed_manifest"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_rejected_by_name_and_the_good_documents_are_read(tmp_path, case):
    add_bad_file, reason = BAD_INPUTS[case]
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    bad_name = add_bad_file(raw)

    rejections, documents = core_ingest(raw)

    assert (bad_name, reason) in set(zip(rejections["source_file"], rejections["reason"], strict=True))
    assert rejections["detail"].str.len().min() > 0
    assert sorted(documents["source_file"]) == SEED_FILES


# The graph runs once with every kind of bad input at once, but the malformed manifest, which
# replaces the manifest another kind adds a row to: both run through the graph in
# tests/e2e/test_hostile_input.py, the kinds below with every attack on files and manifest rows
# (test_attacks_are_refused_by_name_and_the_next_clean_run_recovers), a manifest no rows of which
# can be read as the manifest with no known delimiter.
TOGETHER = [c for c in BAD_INPUTS if c != "malformed_manifest"]


# A rule about the corpus as a whole fails: the contract check blocks publication. The other
# blocking failure, a documents rule that every document fails (each is held back whole, nothing is
# left to publish), is the run `make data` makes in tests/e2e/test_quarantine.py
# (test_make_data_exits_0_naming_the_held_back_document_once_and_1_when_nothing_is_left), which
# checks that run as Dagster stored it the same way: a second graph run of that rule cost 3 CPU s.
@pytest.mark.slow
def test_a_blocking_failure_publishes_nothing_and_says_so_in_status(baseline, tmp_path):
    strict = tmp_path / "expectations"
    shutil.copytree(REPO / "expectations", strict)
    suite_path = strict / "documents.json"
    suite = json.loads(suite_path.read_text(encoding="utf-8"))
    suite["expectations"].append(
        {
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "n_chars", "max_value": 10},
            "meta": {"scope": "corpus"},
        }
    )
    suite_path.write_text(json.dumps(suite), encoding="utf-8")
    outputs = tmp_path / "outputs"
    shutil.copytree(baseline / "outputs", outputs)
    link_cache(baseline / "cache", tmp_path / "cache")
    before = tree_hashes(outputs)

    result = materialize_project(RAW, outputs, tmp_path / "cache", expectations=strict)

    checks = {e.asset_check_key.name: e for e in result.get_asset_check_evaluations()}
    assert not checks["documents_contract"].passed and checks["documents_contract"].severity.value == "ERROR"
    assert not result.success
    assert result.asset_materializations_for_node("validate"), "the staged tables are still written"
    assert not result.asset_materializations_for_node("published_release")
    after = tree_hashes(outputs)

    def published(hashes: dict[str, str]) -> dict[str, str]:  # status/ and the page show this run
        return {k: v for k, v in hashes.items() if k.startswith(("releases/", "latest/"))}

    assert published(after) == published(before), "a failing release changed a published file"
    held = (outputs / "status" / "quarantine.csv").read_text(encoding="utf-8")
    assert not any(name in held for name in SEED_FILES), "no document is held back: the corpus is"
