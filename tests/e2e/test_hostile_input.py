"""Hostile input in raw/ and in the cache, one attack per case: each is refused by name (or read
right), the good documents still publish, nothing published before changes, and the next clean run
recovers with no manual clean-up.

Each attack is refused by the ingest and documents steps' own functions, one test per attack; the
whole graph then runs with every attack at once (the manifest with no known delimiter apart: the
others need a manifest to attack), and the next clean run recovers. The texts that must be read,
not refused, go through one graph run together. Every run starts from a copy of the shared run of
the seeds."""

from __future__ import annotations

import csv
import io
import json
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.settings import GOLD_ROOT
from tests.conftest import (
    RAW,
    SEED_FILES,
    SMALL_GOLD,
    core_ingest,
    link_cache,
    materialize_project,
    tree_hashes,
)
from tests.e2e.test_bad_input import BAD_INPUTS
from tests.e2e.test_bad_input import TOGETHER as BAD_TOGETHER

FIRST_SEED = SEED_FILES[0]
SECRET = "SECRET-OUTSIDE-RAW-7f3a"  # a marker that must never reach a published table


@pytest.fixture(scope="module")
def baseline(seed_run):
    """One good run of the seeds (the shared one): the outputs and cache every attack starts from,
    each on a copy."""
    return seed_run.root


def run(raw: Path, outputs: Path, cache: Path, gold: Path = SMALL_GOLD):
    result = materialize_project(raw, outputs, cache, gold=gold)
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    rejections = result.output_for_node("ingest", "ingest_rejections")
    documents = result.output_for_node("documents")
    return result, rejections, documents


def manifest_rows(raw: Path) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO((raw / "manifest.csv").read_text(encoding="utf-8"))))
    return rows[0], rows[1:]


def write_manifest(raw: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows([header, *rows])
    (raw / "manifest.csv").write_text(out.getvalue(), encoding="utf-8")


def line_of(raw: Path, name: str) -> str:
    _, rows = manifest_rows(raw)
    return f"manifest.csv line {[r[0] for r in rows].index(name) + 2}"


# --- attacks: each changes raw/ and returns the (entry, reason) pairs it must be refused with --


def symlink_outside(raw: Path) -> set[tuple[str, str]]:
    outside = raw.parent / "outside.txt"
    outside.write_text(f"The United Kingdom and France will cooperate. {SECRET}\n" * 5, encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    return {("link.txt", "symlink")}


def odd_entries(raw: Path) -> set[tuple[str, str]]:
    (raw / ".hidden.txt").write_text(f"The UK and France will act. {SECRET}\n" * 5, encoding="utf-8")
    (raw / "dangling.txt").symlink_to(raw / "no-such-file.txt")
    (raw / "folder.txt").mkdir()
    os.mkfifo(raw / "pipe.txt")
    return {
        (".hidden.txt", "hidden"),
        ("dangling.txt", "symlink"),
        ("folder.txt", "not_regular_file"),
        ("pipe.txt", "not_regular_file"),
    }


def utf16_without_bom(raw: Path) -> set[tuple[str, str]]:
    text = "Joint statement\n\nLondon, 4 May 2019\n\nThe United Kingdom and France will act together.\n"
    (raw / "2019-05-04_utf16.txt").write_bytes(text.encode("utf-16-le"))
    return {("2019-05-04_utf16.txt", "utf16_without_bom")}


def utf32(raw: Path) -> set[tuple[str, str]]:
    text = "Joint statement\n\nLondon, 4 May 2019\n\nThe United Kingdom and France will act together.\n"
    (raw / "2019-05-04_utf32.txt").write_bytes(text.encode("utf-32"))
    return {("2019-05-04_utf32.txt", "unsupported_encoding")}


def same_text_other_bytes(raw: Path) -> set[tuple[str, str]]:
    text = (raw / FIRST_SEED).read_text(encoding="utf-8")
    (raw / "zz-crlf-copy.txt").write_bytes(("\r\n".join(line + "  " for line in text.split("\n"))).encode())
    return {("zz-crlf-copy.txt", "duplicate")}


def bad_manifest_cell(raw: Path) -> set[tuple[str, str]]:
    header, rows = manifest_rows(raw)
    rows[0][header.index("doc_date")] = "2020-02-31"
    rows[0][header.index("source_url")] = "javascript:alert(1)"
    write_manifest(raw, header, rows)
    return {(line_of(raw, rows[0][0]), "manifest_bad_cell")}


def unknown_manifest_column(raw: Path) -> set[tuple[str, str]]:
    header, rows = manifest_rows(raw)
    write_manifest(raw, [*header, "notes"], [[*r, "a note"] for r in rows])
    return {("manifest.csv header", "manifest_unknown_column")}


def duplicate_manifest_row(raw: Path) -> set[tuple[str, str]]:
    header, rows = manifest_rows(raw)
    twin = list(rows[0])
    twin[header.index("license")] = "CC0-1.0"
    write_manifest(raw, header, [*rows, twin])
    return {(f"manifest.csv line {len(rows) + 2}", "manifest_duplicate_row")}


def manifest_file_outside_raw(raw: Path) -> set[tuple[str, str]]:
    header, rows = manifest_rows(raw)
    escape = [""] * len(header)
    escape[0] = "../outside.txt"
    absolute = [""] * len(header)
    absolute[0] = "/etc/hostname"
    (raw.parent / "outside.txt").write_text(SECRET, encoding="utf-8")
    write_manifest(raw, header, [*rows, escape, absolute])
    return {
        (f"manifest.csv line {len(rows) + 2}", "manifest_missing_file"),
        (f"manifest.csv line {len(rows) + 3}", "manifest_missing_file"),
    }


def malformed_manifest(raw: Path) -> set[tuple[str, str]]:
    (raw / "manifest.csv").write_text("fichier titre\nx y\n", encoding="utf-8")
    return {("manifest.csv", "malformed_manifest")}


ATTACKS: dict[str, Callable[[Path], set[tuple[str, str]]]] = {
    "symlink_to_a_file_outside_raw": symlink_outside,
    "hidden_dangling_directory_and_fifo_entries": odd_entries,
    "utf16_without_bom": utf16_without_bom,
    "utf32": utf32,
    "duplicate_by_normalised_text": same_text_other_bytes,
    "bad_manifest_cells": bad_manifest_cell,
    "unknown_manifest_column": unknown_manifest_column,
    "duplicate_manifest_row": duplicate_manifest_row,
    "manifest_file_outside_raw": manifest_file_outside_raw,
    "manifest_without_a_known_delimiter": malformed_manifest,
}


def assert_refused_and_seeds_read(expected, rejections, documents, manifest_applies: bool = True):
    found = set(zip(rejections["source_file"], rejections["reason"], strict=True))
    assert expected <= found, found
    assert rejections["detail"].str.len().min() > 0
    assert sorted(documents["source_file"]) == SEED_FILES
    assert not documents["text"].str.contains(SECRET).any()
    if manifest_applies:  # the rest of the manifest still applies
        assert documents["license"].notna().all()


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_attack_is_refused_by_name_and_the_good_documents_are_read(tmp_path, attack):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    expected = ATTACKS[attack](raw)
    assert_refused_and_seeds_read(
        expected, *core_ingest(raw), manifest_applies=attack != "manifest_without_a_known_delimiter"
    )


# The graph runs once per group: every attack at once, with every kind of bad input of
# tests/e2e/test_bad_input.py (its graph run is this one), but the manifest with no known delimiter,
# which would leave the manifest attacks nothing to attack.
TOGETHER = {
    "every_attack_on_files_and_manifest_rows": [
        a for a in ATTACKS if a != "manifest_without_a_known_delimiter"
    ],
    "manifest_without_a_known_delimiter": ["manifest_without_a_known_delimiter"],
}


@pytest.mark.slow
@pytest.mark.parametrize("group", list(TOGETHER))
def test_attacks_are_refused_by_name_and_the_next_clean_run_recovers(baseline, tmp_path, group):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    expected: set[tuple[str, str]] = set()
    if group == "every_attack_on_files_and_manifest_rows":  # the bad inputs first: they add a manifest row
        expected |= {
            (add_bad_input(raw), reason) for add_bad_input, reason in map(BAD_INPUTS.get, BAD_TOGETHER)
        }
    expected |= set().union(*(ATTACKS[attack](raw) for attack in TOGETHER[group]))
    outputs, cache = tmp_path / "outputs", tmp_path / "cache"
    shutil.copytree(baseline / "outputs", outputs)
    link_cache(baseline / "cache", cache)
    releases_before = tree_hashes(outputs / "releases")

    result, rejections, documents = run(raw, outputs, cache)

    assert_refused_and_seeds_read(
        expected, rejections, documents, manifest_applies=group != "manifest_without_a_known_delimiter"
    )
    published = result.output_for_node("validate", "validated_documents")
    assert sorted(published["source_file"]) == SEED_FILES
    assert list(result.output_for_node("evaluation")["sets"]) == ["seeds"], "the run's gold: SMALL_GOLD"
    quality = result.output_for_node("validate", "suite_results")
    assert {q["suite"] for q in quality} >= {"ingest_rejections", "documents", "validated_tables"}
    check = {e.asset_check_key.name: e for e in result.get_asset_check_evaluations()}[
        "ingest_rejections_suite"
    ]
    assert not check.passed and check.severity.value == "WARN"
    status = (outputs / "status" / "rejections.csv").read_text(encoding="utf-8")
    for entry, reason in expected:  # named in the check and in status/, with the reason
        assert entry in check.metadata["rejected"].value and entry in status and reason in status, entry
    after = tree_hashes(outputs / "releases")
    assert {k: after[k] for k in releases_before} == releases_before, "a published release was rewritten"
    for path in outputs.rglob("*"):
        if path.is_file() and path.suffix in {".csv", ".md", ".html", ".json"}:
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace")

    clean = tmp_path / "clean"
    shutil.copytree(RAW, clean)
    _, rejections, documents = run(clean, outputs, cache)
    assert rejections.empty
    assert sorted(documents["source_file"]) == SEED_FILES


# Texts that must be read, not refused, added together to the seeds: one graph run for the tests below.
UTF16_WITH_BOM = "2019-05-04_joint-statement-utf16.txt"
LONG_TREATY = "2019-05-04_long-treaty.txt"
IMPOSSIBLE_DATE = "2020-03-05_statement.txt"
VICTIM = "2021-07-20_uk-france-joint-statement-small-boats.txt"
TWIN = "0000_a-twin-sorting-first.txt"


@pytest.fixture(scope="module")
def readable_run(seed_run, baseline, tmp_path_factory):
    """The seeds with a UTF-16 text with a BOM, a text over spaCy's and the CSV readers' limits, a
    text dated on a day that does not exist, and a twin of a published text whose name sorts before
    it, run from a copy of the published outputs and of the seeds' cache (these texts are new to it:
    their per-document work is kept for the next session, ``keep_entries``, while
    tests/unit/text/test_segment.py splits a paragraph over spaCy's limit each time)."""
    root = tmp_path_factory.mktemp("readable")
    seed_run.cache_with_kept(root / "cache")
    raw = root / "raw"
    shutil.copytree(RAW, raw)
    text = "Joint statement on borders\n\nLondon, 4 May 2019\n\nThe United Kingdom and France will act.\n"
    (raw / UTF16_WITH_BOM).write_bytes(text.encode("utf-16"))
    sentence = "The port of Calais lies on the Channel coast \u202eand it is busy. "
    long_text = (
        "Treaty on the long border\n\nLondon, 4 May 2019\n\nThe United Kingdom and France will cooperate.\n\n"
        + sentence * (1_100_000 // len(sentence))
    )
    (raw / LONG_TREATY).write_text(long_text, encoding="utf-8")
    (raw / IMPOSSIBLE_DATE).write_text(
        "Statement on borders\n\nLondon, 31 February 2020\n\nThe United Kingdom and France will act.\n",
        encoding="utf-8",
    )
    twin = (raw / VICTIM).read_text(encoding="utf-8") + "\nA later note: the ministers will meet again.\n"
    (raw / TWIN).write_text(twin, encoding="utf-8")
    outputs = root / "outputs"
    shutil.copytree(baseline / "outputs", outputs)
    result, rejections, documents = run(raw, outputs, root / "cache")
    seed_run.keep_entries(root / "cache")
    return {"result": result, "rejections": rejections, "documents": documents}


def test_utf16_with_bom_is_read_as_text(readable_run):
    assert readable_run["rejections"].empty
    doc = readable_run["documents"].set_index("source_file").loc[UTF16_WITH_BOM]
    assert (doc["title"], str(doc["doc_date"]), doc["parties"]) == (
        "Joint statement on borders",
        "2019-05-04",
        "GB;FR",
    )


def test_a_text_over_spacys_and_the_csv_readers_limits_processes_and_format_controls_go(readable_run):
    assert readable_run["rejections"].empty
    doc = readable_run["documents"].set_index("source_file").loc[LONG_TREATY]
    assert doc["n_chars"] > 1_000_000 and "\u202e" not in doc["text"]
    published = readable_run["result"].output_for_node("validate", "validated_documents")
    assert LONG_TREATY in set(published["source_file"])


def test_an_impossible_date_is_never_moved_to_a_real_one(readable_run):
    doc = readable_run["documents"].set_index("source_file").loc[IMPOSSIBLE_DATE]
    assert (str(doc["doc_date"]), doc["doc_date_source"]) == ("2020-03-05", "filename")


def test_a_published_document_keeps_its_id_when_a_twin_sorting_before_it_arrives(baseline, readable_run):
    published = {
        r["source_file"]: r["doc_id"]
        for r in csv.DictReader(
            io.StringIO((baseline / "outputs" / "latest" / "documents.csv").read_text(encoding="utf-8"))
        )
    }
    documents = readable_run["documents"]
    ids = dict(zip(documents["source_file"], documents["doc_id"], strict=True))
    assert all(ids[name] == doc_id for name, doc_id in published.items())
    assert ids[TWIN] != published[VICTIM]


CHECKED_STAGES = ("normalise", "segment", "dedupe")


def test_a_crafted_cache_entry_never_runs_and_is_recomputed(baseline, tmp_path):
    outputs, cache = tmp_path / "outputs", tmp_path / "cache"
    shutil.copytree(baseline / "outputs", outputs)
    link_cache(baseline / "cache", cache)  # a forged entry is a new file (unlinked first), not written into
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    # one entry in ten of the stages checked below (the run reads every one of them: the evaluation
    # runs the invented texts again when its entry is forged), and two (one forged each way) in every
    # other stage: forging all of theirs made the run redo every text's work
    entries = []
    for stage in sorted(p for p in cache.iterdir() if p.is_dir()):
        found = sorted(stage.rglob("*.json"))
        entries += found[::10] if stage.name in CHECKED_STAGES else found[:2]
    assert entries, "the baseline run wrote no cache entries"
    assert {e.relative_to(cache).parts[0] for e in entries} == {p.name for p in cache.iterdir() if p.is_dir()}
    for i, entry in enumerate(entries):
        head = entry.read_bytes().split(b"\n", 1)[0]
        entry.unlink()  # a link to the shared run's entry: forged as a file of its own
        if i % 2:
            entry.write_bytes(pickle.dumps(Exploit()))
        else:  # the header kept, the value forged
            entry.write_bytes(head + b"\n" + json.dumps({"text": 1}).encode())
        entry.with_suffix(".pkl").write_bytes(pickle.dumps(Exploit()))
    # every gold set, as the shared run scored: its invented texts' forged entries are read too
    _, rejections, documents = run(RAW, outputs, cache, gold=GOLD_ROOT)
    assert not marker.exists()
    assert rejections.empty and sorted(documents["source_file"]) == SEED_FILES
    for stage in CHECKED_STAGES:  # each forged entry read was recomputed, rewritten
        for entry in (cache / stage).rglob("*.json"):
            head = json.loads(entry.read_bytes().split(b"\n", 1)[0])
            assert head["key"] == entry.stem
