"""What a PDF or web page says about itself reaches the documents table; the manifest still wins."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline.documents import build_documents, with_page_metadata

TEXT = "Joint statement on migration\n\nThe United Kingdom and France will act together on returns."


def _normalised(name: str) -> pd.DataFrame:
    return pd.DataFrame(
        [{"sha256": "a" * 64, "source_file": name, "text": TEXT, "n_chars": len(TEXT), "language": "en"}]
    )


def _source(**values: object) -> pd.DataFrame:
    row = {"sha256": "a" * 64, "source_format": "html", "pages": None, "meta_title": None}
    return pd.DataFrame([{**row, "meta_date": None, "meta_publisher": None, **values}])


def test_a_web_page_s_own_title_date_and_publisher_are_used_and_said_so():
    sources = _source(
        meta_title="UK-France joint statement", meta_date="2019-05-04", meta_publisher="Home Office"
    )
    docs = build_documents(_normalised("page.html"), pd.DataFrame(), sources=sources)
    row = docs.iloc[0]
    assert (row["title"], row["title_source"]) == ("UK-France joint statement", "page_metadata")
    assert (row["doc_date"], row["doc_date_source"]) == (dt.date(2019, 5, 4), "page_metadata")
    assert row["published_date"] == dt.date(2019, 5, 4)
    assert (row["source_format"], row["publisher"]) == ("html", "Home Office") and pd.isna(row["pages"])


def test_the_manifest_overrides_page_metadata():
    sources = _source(meta_title="Page title", meta_date="2019-05-04")
    manifest = pd.DataFrame([{"file": "page.html", "title": "Manifest title", "doc_date": "2019-05-06"}])
    row = build_documents(_normalised("page.html"), manifest, sources=sources).iloc[0]
    assert (row["title"], row["title_source"]) == ("Manifest title", "manifest")
    assert (row["doc_date"], row["doc_date_source"]) == (dt.date(2019, 5, 6), "manifest")


def test_a_date_the_text_states_stays_the_document_s_date():
    meta = {"doc_date": dt.date(2015, 8, 20), "doc_date_source": "dateline", "published_date": None}
    out = with_page_metadata(meta, {"source_format": "html", "meta_date": "2015-08-21"})
    assert (out["doc_date"], out["doc_date_source"], out["published_date"]) == (
        dt.date(2015, 8, 20),
        "dateline",
        dt.date(2015, 8, 21),
    )


def test_a_pdf_has_its_pages_and_a_txt_file_is_a_txt_file():
    pdf = build_documents(_normalised("a.pdf"), pd.DataFrame(), sources=_source(source_format="pdf", pages=7))
    assert (pdf.iloc[0]["source_format"], pdf.iloc[0]["pages"], pdf.iloc[0]["title_source"]) == (
        "pdf",
        7,
        "heading",
    )
    txt = build_documents(_normalised("a.txt"), pd.DataFrame())
    assert txt.iloc[0]["source_format"] == "txt" and pd.isna(txt.iloc[0]["pages"])
