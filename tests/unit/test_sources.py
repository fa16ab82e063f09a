"""Reading raw/ and the manifest as hostile input: what is read, what is refused, and why."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.documents import assign_doc_ids, published_ids
from pipeline.sources import (
    MAX_FILE_BYTES,
    REJECTION_REASONS,
    decode_text,
    read_manifest,
    read_raw_dir,
    read_regular_file,
)

TEXT = "Joint statement\n\nLondon, 4 May 2019\n\nThe United Kingdom and France will act together.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),  # with its BOM (little-endian here)
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT),
    ],
)
def test_utf8_with_or_without_bom_and_utf16_with_bom_are_decoded(data, expected):
    assert decode_text("a.txt", data) == (expected, None)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (TEXT.encode("utf-16-le"), "utf16_without_bom"),
        (TEXT.encode("utf-32"), "unsupported_encoding"),
        ("Déclaration à Calais.".encode("latin-1") * 4, "not_utf8"),
        (bytes(range(256)) * 4, "binary"),
        (b"   \n\t  ", "empty"),
        (b"\xff\xfe" + "   ".encode("utf-16-le"), "empty"),
        (b"Too short.", "too_short"),
        (b"x" * (MAX_FILE_BYTES + 1), "too_large"),
    ],
)
def test_anything_else_is_refused_by_name_with_its_reason(data, reason):
    text, rejection = decode_text("bad.txt", data)
    assert text is None and rejection.reason == reason and rejection.source_file == "bad.txt"
    assert rejection.reason in REJECTION_REASONS and rejection.detail


def test_utf16_is_never_called_binary():
    _, rejection = decode_text("u.txt", TEXT.encode("utf-16-be"))
    assert rejection.reason == "utf16_without_bom" and "UTF-16" in rejection.detail


def test_only_regular_files_inside_raw_are_read_and_every_other_entry_is_named(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside.txt"
    raw.mkdir()
    outside.write_text("SECRET " * 10, encoding="utf-8")
    (raw / "good.txt").write_text(TEXT, encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    (raw / "dangling.txt").symlink_to(raw / "nowhere.txt")
    (raw / ".hidden.txt").write_text(TEXT + "hidden", encoding="utf-8")
    (raw / "folder.txt").mkdir()
    (raw / "sub").mkdir()
    (raw / "sub" / "nested.txt").write_text(TEXT + "nested", encoding="utf-8")
    (raw / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(raw / "pipe.txt")
    (raw / "notes.md").write_text("notes", encoding="utf-8")
    files, rejected = read_raw_dir(raw)
    assert [f.source_file for f in files] == ["good.txt", "sub/nested.txt"]
    assert {(r.source_file, r.reason) for r in rejected} == {
        ("link.txt", "symlink"),
        ("dangling.txt", "symlink"),
        (".hidden.txt", "hidden"),
        ("folder.txt", "not_regular_file"),
        ("linked-dir", "symlink"),
        ("pipe.txt", "not_regular_file"),
        ("notes.md", "not_txt"),
    }
    assert all("SECRET" not in f.text for f in files)


def test_a_regular_file_is_read_without_following_a_link(tmp_path):
    (tmp_path / "target.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "target.txt")
    assert isinstance(read_regular_file(tmp_path / "link.txt"), str)
    assert read_regular_file(tmp_path / "target.txt") == TEXT.encode()


def test_same_bytes_are_a_duplicate_by_name(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    files, rejected = read_raw_dir(tmp_path)
    assert [f.source_file for f in files] == ["a.txt"]
    assert [(r.source_file, r.reason) for r in rejected] == [("b.txt", "duplicate")]


def test_the_same_text_once_normalised_is_a_duplicate(tmp_path):
    from pipeline.stages.ingest import drop_normalised_duplicates

    raw = pd.DataFrame(
        [
            {"source_file": "a.txt", "sha256": "a" * 64, "n_bytes": 1, "text": TEXT},
            {"source_file": "b.txt", "sha256": "b" * 64, "n_bytes": 1, "text": TEXT.replace("\n", "  \r\n")},
        ]
    )
    kept, rejected = drop_normalised_duplicates(raw, pd.DataFrame())
    assert kept["source_file"].tolist() == ["a.txt"]
    assert [(r.source_file, r.reason) for r in rejected] == [("b.txt", "duplicate")]


def test_a_text_normalised_to_find_duplicates_is_not_normalised_again(tmp_path):
    from pipeline.cache import DocumentCache
    from pipeline.stages.ingest import drop_normalised_duplicates
    from pipeline.stages.normalise import normalise_frame

    raw = pd.DataFrame(
        [
            {"source_file": "a.txt", "sha256": "a" * 64, "n_bytes": 1, "text": TEXT},
            {"source_file": "b.txt", "sha256": "b" * 64, "n_bytes": 1, "text": TEXT.replace("\n", "  \r\n")},
        ]
    )
    cache = DocumentCache(tmp_path)
    kept, rejected = drop_normalised_duplicates(raw, pd.DataFrame(), cache)
    assert [r.source_file for r in rejected] == ["b.txt"]
    assert cache.stats["normalise"].misses == 2
    stage = DocumentCache(tmp_path)
    pd.testing.assert_frame_equal(normalise_frame(kept, stage), normalise_frame(kept))
    assert (stage.stats["normalise"].hits, stage.stats["normalise"].misses) == (1, 0)


# --- the manifest --------------------------------------------------------------------------------

HEADER = "file,title,doc_date,published_date,place,doc_type,parties,signatories,source_url,license"


def manifest_dir(tmp_path: Path, body: str, files=("a.txt", "b.txt")) -> Path:
    for name in files:
        (tmp_path / name).write_text(TEXT + name, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(body, encoding="utf-8")
    return tmp_path


def test_a_bad_cell_is_named_and_ignored_and_the_rest_of_its_row_applies(tmp_path):
    raw = manifest_dir(
        tmp_path,
        f"{HEADER}\na.txt,A title,2020-02-31,,Paris,treaty,GB;FR,,javascript:alert(1),OGL-UK-3.0\n",
    )
    overrides, rejected = read_manifest(raw)
    assert overrides["a.txt"] == {
        "title": "A title",
        "place": "Paris",
        "doc_type": "treaty",
        "parties": "GB;FR",
        "license": "OGL-UK-3.0",
    }
    ((where, reason, detail),) = [(r.source_file, r.reason, r.detail) for r in rejected]
    assert (where, reason) == ("manifest.csv line 2", "manifest_bad_cell")
    assert "doc_date" in detail and "source_url" in detail


def test_unknown_columns_are_named_as_a_warning_and_the_rest_applies(tmp_path):
    raw = manifest_dir(tmp_path, f"{HEADER},notes\na.txt,,,,,,,,,OGL-UK-3.0,a note\n")
    overrides, rejected = read_manifest(raw)
    assert overrides == {"a.txt": {"license": "OGL-UK-3.0"}}
    assert [(r.source_file, r.reason) for r in rejected] == [
        ("manifest.csv header", "manifest_unknown_column")
    ]
    assert "notes" in rejected[0].detail


def test_a_duplicate_row_is_refused_by_name_and_the_first_applies(tmp_path):
    raw = manifest_dir(tmp_path, f"{HEADER}\na.txt,,,,,,,,,OGL-UK-3.0\na.txt,,,,,,,,,CC0-1.0\n")
    overrides, rejected = read_manifest(raw)
    assert overrides == {"a.txt": {"license": "OGL-UK-3.0"}}
    assert [(r.source_file, r.reason) for r in rejected] == [
        ("manifest.csv line 3", "manifest_duplicate_row")
    ]


@pytest.mark.parametrize(
    "name", ["../outside.txt", "/etc/hostname", "sub/../../x.txt", ".hidden.txt", "ghost.txt"]
)
def test_file_must_name_a_file_inside_raw(tmp_path, name):
    (tmp_path / "outside.txt").write_text(TEXT, encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    manifest_dir(raw, f"{HEADER}\n{name},,,,,,,,,OGL-UK-3.0\n")
    (raw / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    overrides, rejected = read_manifest(raw)
    assert overrides == {}
    assert [r.reason for r in rejected] == ["manifest_missing_file"]


def test_the_delimiter_is_sniffed(tmp_path):
    raw = manifest_dir(tmp_path, HEADER.replace(",", ";") + "\na.txt;;;;;;;;;OGL-UK-3.0\n")
    assert read_manifest(raw) == ({"a.txt": {"license": "OGL-UK-3.0"}}, [])


def test_a_manifest_with_no_known_delimiter_is_refused_by_name(tmp_path):
    raw = manifest_dir(tmp_path, "fichier titre\na.txt x\n")
    overrides, rejected = read_manifest(raw)
    assert overrides == {} and [(r.source_file, r.reason) for r in rejected] == [
        ("manifest.csv", "malformed_manifest")
    ]


def test_a_title_with_a_newline_is_one_line(tmp_path):
    raw = manifest_dir(tmp_path, f'{HEADER}\na.txt,"A title\n## Licences",,,,,,,,\n')
    overrides, _ = read_manifest(raw)
    assert overrides["a.txt"]["title"] == "A title ## Licences"


def test_a_manifest_that_is_a_symlink_is_not_read(tmp_path):
    (tmp_path / "elsewhere.csv").write_text(f"{HEADER}\na.txt,,,,,,,,,OGL-UK-3.0\n", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TEXT, encoding="utf-8")
    (raw / "manifest.csv").symlink_to(tmp_path / "elsewhere.csv")
    overrides, rejected = read_manifest(raw)
    assert overrides == {} and rejected[0].reason == "malformed_manifest"


# --- ids -----------------------------------------------------------------------------------------


def test_a_published_document_keeps_its_id_whatever_is_added_beside_it():
    published = {"b" * 64: "2019-05-04-statement"}
    frame = pd.DataFrame(
        {
            "source_file": ["a-new.txt", "b-old.txt"],
            "sha256": ["a" * 64, "b" * 64],
            "doc_id": ["2019-05-04-statement"] * 2,
        }
    )
    ids = dict(zip(*assign_doc_ids(frame, published)[["source_file", "doc_id"]].T.values, strict=True))
    assert ids == {"b-old.txt": "2019-05-04-statement", "a-new.txt": f"2019-05-04-statement-{'a' * 8}"}


def test_without_a_release_ties_go_by_file_name():
    frame = pd.DataFrame(
        {"source_file": ["b.txt", "a.txt"], "sha256": ["b" * 64, "a" * 64], "doc_id": ["x-1"] * 2}
    )
    ids = dict(zip(*assign_doc_ids(frame)[["source_file", "doc_id"]].T.values, strict=True))
    assert ids == {"a.txt": "x-1", "b.txt": f"x-1-{'b' * 8}"}


@pytest.mark.parametrize(
    "previous",
    [
        pd.DataFrame({"doc_id": ["a", "a"], "sha256": ["a" * 64, "b" * 64]}),  # repeated id
        pd.DataFrame({"doc_id": ["<script>"], "sha256": ["a" * 64]}),
        pd.DataFrame({"doc_id": ["a"], "sha256": ["not-a-hash"]}),
        pd.DataFrame({"title": ["no ids"]}),
    ],
)
def test_an_unsound_previous_release_is_not_trusted_for_ids(previous):
    assert published_ids(previous) == {}


def test_a_folder_tree_deeper_than_the_walk_goes_is_named_and_the_rest_is_read(tmp_path):
    """1,100 nested folders raised RecursionError and nothing published; the walk uses a list."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "2020-01-01_good.txt").write_text("The United Kingdom will help France at the border.", "utf-8")
    import os

    deep = str(raw)
    for _ in range(1_100):  # level by level: os.makedirs and pathlib's mkdir(parents=True) recurse
        deep = os.path.join(deep, "d")
        os.mkdir(deep)
    with open(os.path.join(deep, "buried.txt"), "w", encoding="utf-8") as fh:
        fh.write("The United Kingdom will help France at the border.")
    try:
        _check_deep_tree(raw)
    finally:  # removed level by level: shutil.rmtree recurses too
        os.remove(os.path.join(deep, "buried.txt"))
        while deep != str(raw):
            os.rmdir(deep)
            deep = os.path.dirname(deep)


def _check_deep_tree(raw):
    from pipeline.sources import MAX_RAW_DEPTH, raw_entries

    entries = raw_entries(raw)
    too_deep = [e for e in entries if e.kind == "too_deep"]
    assert len(too_deep) == 1 and too_deep[0].name.count("/") == MAX_RAW_DEPTH - 1
    files, rejected = read_raw_dir(raw)
    assert [f.source_file for f in files] == ["2020-01-01_good.txt"]
    assert [(r.source_file, r.reason) for r in rejected] == [(too_deep[0].name, "too_deep")]
    assert "too_deep" in REJECTION_REASONS


def test_the_listing_taken_for_a_run_is_what_is_read(tmp_path):
    from pipeline.sources import raw_entries

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("The United Kingdom will help France at the border.", "utf-8")
    entries = raw_entries(raw)
    (raw / "b.txt").write_text("The United Kingdom will help France at the border too.", "utf-8")
    files, rejected = read_raw_dir(raw, entries)
    assert [f.source_file for f in files] == ["a.txt"] and not rejected, "b.txt waits for the next run"


def test_a_name_with_control_characters_is_printed_escaped():
    from pipeline.sources import printable_name

    name = "evil\x1b[2J\x1b]0;pwned\x07\u202etxt.exe\nnext.txt"
    shown = printable_name(name)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u202e" for c in shown)
    assert "\\x1b[2J" in shown and "\\u202e" in shown and "\\n" in shown
    assert (
        printable_name("2016-03-03_uk-france-summit – déclaration.txt")
        == "2016-03-03_uk-france-summit – déclaration.txt"
    )


# --- PDFs and web pages beside .txt -----------------------------------------------------------------


def test_pdfs_and_web_pages_are_read_beside_txt_with_their_bytes_hash(tmp_path):
    import hashlib

    from tests.render_sources import govuk_page, pdf_from_text

    body = "Joint statement\n\nThe United Kingdom and France will act together on returns.\n" * 4
    files = {
        "a.txt": TEXT.encode(),
        "b.pdf": pdf_from_text(body),
        "c.html": govuk_page(body, "Joint statement"),
        "d.HTM": govuk_page(body + "More.", "Other statement"),
        "e.docx": b"PK\x03\x04 a word file",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    accepted, rejected = read_raw_dir(tmp_path)
    by_name = {f.source_file: f for f in accepted}
    assert sorted(by_name) == ["a.txt", "b.pdf", "c.html", "d.HTM"]
    assert [(r.source_file, r.reason) for r in rejected] == [("e.docx", "not_txt")]
    assert ".pdf" in rejected[0].detail and ".html" in rejected[0].detail
    for name, f in by_name.items():
        assert f.sha256 == hashlib.sha256(files[name]).hexdigest() and f.n_bytes == len(files[name])
    pdf, page = by_name["b.pdf"], by_name["c.html"]
    assert (pdf.source_format, pdf.pages, pdf.page_starts) == ("pdf", 1, [0])
    assert "will act together" in pdf.text and "%PDF" not in pdf.text
    assert (page.source_format, page.meta_title, page.meta_publisher) == (
        "html",
        "Joint statement",
        "Home Office",
    )
    assert "cookie" not in page.text.lower()
    assert by_name["a.txt"].source_format == "txt" and by_name["a.txt"].page_starts == []


def test_a_pdf_or_page_whose_text_cannot_be_read_is_refused_by_name_and_the_rest_is_read(tmp_path):
    from tests.render_sources import scanned_pdf

    (tmp_path / "scan.pdf").write_bytes(scanned_pdf())
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n\x00\x01 not really")
    (tmp_path / "menu.html").write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    accepted, rejected = read_raw_dir(tmp_path)
    assert [f.source_file for f in accepted] == ["good.txt"]
    reasons = {r.source_file: r.reason for r in rejected}
    assert reasons == {
        "broken.pdf": "malformed_pdf",
        "menu.html": "no_main_content",
        "scan.pdf": "no_text_layer",
    }
    assert all(r.reason in REJECTION_REASONS and r.detail for r in rejected)


def test_a_manifest_sha256_cell_must_be_a_sha256(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(f"file,sha256\na.txt,{'AB' * 32}\n", encoding="utf-8")
    overrides, rejected = read_manifest(tmp_path)
    assert overrides == {"a.txt": {"sha256": "ab" * 32}} and not rejected
    (tmp_path / "manifest.csv").write_text("file,sha256\na.txt,123abc\n", encoding="utf-8")
    overrides, rejected = read_manifest(tmp_path)
    assert (
        overrides == {"a.txt": {}}
        and rejected[0].reason == "manifest_bad_cell"
        and "SHA-256" in rejected[0].detail
    )
