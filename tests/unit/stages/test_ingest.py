"""Ingest's duplicates: the same text is one document whatever its bytes, Unicode form or quotes."""

from __future__ import annotations

import unicodedata

import pytest

from pipeline.cache import DocumentCache
from pipeline.stages.ingest import ingest_frames

TEXT = (
    "Joint statement on the Channel\n\n14 March 2012\n\n"
    "The United Kingdom’s ministers and France’s will meet at Calais’ port. “We will act,” they said.\n"
)


ACCENTED = TEXT.replace("Calais", "Montréal")


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        pytest.param(ACCENTED, unicodedata.normalize("NFD", ACCENTED), id="NFD"),
        pytest.param(TEXT, TEXT.replace("’", "'").replace("“", '"').replace("”", '"'), id="straight quotes"),
    ],
)
@pytest.mark.parametrize("cached", [False, True])
def test_a_copy_in_another_unicode_form_or_with_other_quotes_is_a_duplicate(tmp_path, original, copy, cached):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(original, encoding="utf-8")
    (raw / "b.txt").write_text(copy, encoding="utf-8")
    assert (raw / "a.txt").read_bytes() != (raw / "b.txt").read_bytes()
    documents, _, rejections, listing = ingest_frames(
        raw, DocumentCache(tmp_path / "cache") if cached else None
    )
    assert documents["source_file"].tolist() == ["a.txt"]
    assert rejections[["source_file", "reason"]].values.tolist() == [["b.txt", "duplicate"]]
    assert sorted(listing["source_file"]) == ["a.txt", "b.txt"]


def test_a_different_text_is_not_a_duplicate(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "b.txt").write_text(TEXT.replace("act", "wait"), encoding="utf-8")
    documents, _, rejections, _ = ingest_frames(raw)
    assert len(documents) == 2 and rejections.empty


def test_a_file_name_with_control_characters_is_refused_by_its_escaped_name(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "evil\x1b[31m.txt").write_text(TEXT.replace("act", "wait"), encoding="utf-8")
    documents, _, rejections, listing = ingest_frames(raw)
    assert documents["source_file"].tolist() == ["a.txt"]
    assert rejections[["source_file", "reason"]].values.tolist() == [["evil\\x1b[31m.txt", "unsafe_name"]]
    assert "evil\\x1b[31m.txt" in set(listing["source_file"]), "the ledger accounts for it by the same name"
