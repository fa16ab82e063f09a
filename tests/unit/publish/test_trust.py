"""Only releases that verify against their SHA256SUMS are shown, compared against, previewed or
read for ids; a forged or tampered one is named (status/, page) and never linked."""

from __future__ import annotations

import csv
import re
import shutil

import pandas as pd

from pipeline.contract import TABLES
from pipeline.documents import assign_doc_ids, published_ids
from pipeline.publish.release import id_documents, publish_release
from pipeline.publish.tables import write_table
from pipeline.publish.verify import published_release_problems
from tests.unit.publish.test_integrity import flip_a_byte, tree_hashes
from tests.unit.publish.test_release import DAY_ONE, DAY_TWO, tables_with
from tests.unit.publish.test_tables import documents_frame


def three_releases(outputs):
    publish_release(tables_with(["One", "Two"]), outputs_dir=outputs, now=DAY_ONE)
    publish_release(tables_with(["One", "Two, corrected"]), outputs_dir=outputs, now=DAY_TWO)
    publish_release(tables_with(["One", "Two, corrected", "Three"]), outputs_dir=outputs, now=DAY_TWO)
    return tables_with(["One", "Two, corrected", "Three"])


def forge(outputs, source: str, version: str, title: str) -> None:
    """A release folder copied from `source` whose documents say `title` (its SHA256SUMS not redone)."""
    shutil.copytree(outputs / "releases" / source, outputs / "releases" / version)
    write_table(
        documents_frame([title, "Two, corrected", "Three"]),
        TABLES["documents"],
        outputs / "releases" / version,
    )


def hrefs(page: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', page)


def test_a_forged_newer_release_and_a_tampered_older_one_are_named_never_linked_previewed_or_compared(
    tmp_path,
):
    current = three_releases(tmp_path)
    forge(tmp_path, "1.1.0", "9.0.0", "FORGED amounts times 1000")
    flip_a_byte(tmp_path / "releases" / "1.0.1")

    result = publish_release(current, outputs_dir=tmp_path, now=DAY_TWO)

    assert (result.version, result.new_release) == ("1.1.0", False), "nothing changed: no release above 9.0.0"
    assert set(result.untrusted) == {"9.0.0", "1.0.1"}
    assert tree_hashes(tmp_path / "latest") == tree_hashes(tmp_path / "releases" / "1.1.0")
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Latest release: 1.1.0" in page
    assert "FORGED" not in page, "the forged release is not previewed"
    assert not [h for h in hrefs(page) if "9.0.0" in h or "1.0.1" in h], "neither is linked"
    unverified = page.split('id="unverified"', 1)[1]
    assert "<code>9.0.0</code>" in unverified and "<code>1.0.1</code>" in unverified
    assert "documents.csv does not match its SHA-256" in unverified
    changes = page.split('id="changes"', 1)[1].split("<h2", 1)[0]
    assert "Compared with release 1.0.0" in changes, "what changed skips the tampered 1.0.1"
    with open(tmp_path / "status" / "untrusted_releases.csv", encoding="utf-8", newline="") as fh:
        named = {row["version"] for row in csv.DictReader(fh)}
    assert named == {"9.0.0", "1.0.1"}


def test_with_the_newest_release_tampered_a_twin_sorting_first_does_not_take_a_published_id(tmp_path):
    original = documents_frame(["Joint statement"]).assign(source_file="b-statement.txt")
    tables = {n: original if n == "documents" else t for n, t in tables_with([]).items()}
    publish_release(tables, outputs_dir=tmp_path, now=DAY_ONE)
    published_id = original["doc_id"].iloc[0]
    flip_a_byte(tmp_path / "releases" / "1.0.0")  # latest/, copied from it when published, is intact

    twin = original.assign(source_file="a-twin.txt", sha256="f" * 64)  # same date and title: same base id
    incoming = pd.concat([original, twin], ignore_index=True)
    source, documents, untrusted = id_documents(tmp_path)
    assert source == "latest/ (release 1.0.0)" and list(untrusted) == ["1.0.0"]
    ids = assign_doc_ids(incoming, published_ids(documents)).set_index("source_file")["doc_id"]
    assert ids["b-statement.txt"] == published_id
    assert ids["a-twin.txt"] != published_id

    flip_a_byte(tmp_path / "latest")  # neither copy verifies: nothing unverified is read
    assert id_documents(tmp_path)[:2] == (None, None)


def test_a_release_verified_once_is_verified_again_when_a_file_changes(tmp_path):
    publish_release(tables_with(["One"]), outputs_dir=tmp_path, now=DAY_ONE)
    release = tmp_path / "releases" / "1.0.0"
    assert published_release_problems(release) == []
    assert published_release_problems(release) == []  # remembered
    expected = flip_a_byte(release)
    assert any(expected in p for p in published_release_problems(release))
