"""Document metadata read from the text alone, and the documents table built from it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from pipeline.documents import build_documents
from pipeline.text.dates import find_dates
from pipeline.text.metadata import make_doc_id, read_metadata, slugify
from pipeline.text.normalise import normalise

EXPECTED = {
    # file: (doc_date, date source, place, doc_type, parties, published_date)
    "2010-07-13_besson-green-communique.txt": (
        "2010-07-13",
        "dateline",
        "Paris",
        "communique",
        "GB;FR",
        "2010-07-19",
    ),
    "2010-11-02_uk-france-summit-declaration-on-immigration.txt": (
        "2010-11-02",
        "signature",
        "London",
        "declaration",
        "GB;FR",
        "2010-11-02",
    ),
    "2014-09-20_cazeneuve-may-joint-declaration-calais.txt": (
        "2014-09-20",
        "dateline",
        "Paris",
        "declaration",
        "GB;FR",
        None,
    ),
    "2016-03-03_uk-france-summit-annex-on-migration.txt": (
        "2016-03-03",
        "title",
        None,
        "annex",
        "GB;FR",
        None,
    ),
    "2021-07-20_uk-france-joint-statement-small-boats.txt": (
        "2021-07-20",
        "signature",
        None,
        "joint_statement",
        "GB;FR",
        "2021-07-20",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata_is_read_from_the_text(seed_texts, name):
    meta = read_metadata(normalise(seed_texts[name]).text)
    date, source, place, doc_type, parties, published = EXPECTED[name]
    assert meta.doc_date == dt.date.fromisoformat(date)
    assert meta.doc_date_source == source
    assert meta.place == place
    assert meta.doc_type == doc_type
    assert meta.parties == parties
    assert meta.published_date == (dt.date.fromisoformat(published) if published else None)
    assert meta.title


def test_signatories_from_a_signature_block():
    text = (
        "A statement.\n\nFor the French Government:\n\nGérald Darmanin\n\nMinistre de l’Intérieur\n\n"
        "For the Government of the United Kingdom of Great Britain and Northern Ireland:\n\nPriti Patel\n\n"
        "Home Secretary"
    )
    meta = read_metadata(text)
    assert (
        meta.signatories == "Gérald Darmanin (Ministre de l’Intérieur, FR); Priti Patel (Home Secretary, GB)"
    )


def test_signatories_from_a_declaration_by_line():
    meta = read_metadata(
        "Joint declaration by M. Bernard Cazeneuve, Minister of the Interior, and Mrs Theresa "
        "May, Home Secretary of the United Kingdom\n\nParis, 20 September 2014"
    )
    assert meta.signatories == (
        "Bernard Cazeneuve (Minister of the Interior, FR); "
        "Theresa May (Home Secretary of the United Kingdom, GB)"
    )


def test_a_text_without_any_date_is_flagged_not_guessed():
    meta = read_metadata("A note on cooperation\n\nThe two countries will continue to cooperate.")
    assert meta.doc_date is None and meta.doc_date_source == "missing"
    assert make_doc_id(meta.doc_date, meta.title) == "undated-note-cooperation"


def test_published_date_is_a_fallback_only():
    meta = read_metadata("Statement on borders\n\nPublished 4 May 2019\n\nThe UK will act.")
    assert (meta.doc_date, meta.doc_date_source) == (dt.date(2019, 5, 4), "published")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 2 November 2010.", dt.date(2010, 11, 2)),
        ("Paris, July 13 , 2010", dt.date(2010, 7, 13)),
        ("Summit 3rd March 2016", dt.date(2016, 3, 3)),
        ("le 5 février 2018", dt.date(2018, 2, 5)),
        ("2021-07-20", dt.date(2021, 7, 20)),
    ],
)
def test_find_dates_reads_written_dates(text, expected):
    assert [d.date for d in find_dates(text)] == [expected]


def test_find_dates_ignores_impossible_dates():
    assert find_dates("31 February 2016") == []


def test_slug_drops_dates_and_stop_words():
    assert (
        slugify("UK-France joint statement: next phase – 20 July 2021")
        == "uk-france-joint-statement-next-phase"
    )


def test_manifest_overrides_what_the_text_says(seed_texts):
    name = "2016-03-03_uk-france-summit-annex-on-migration.txt"
    raw = seed_texts[name]
    n = normalise(raw)
    normalised = pd.DataFrame(
        [{"sha256": "x" * 64, "source_file": name, "text": n.text, "n_chars": len(n.text)}]
    )
    manifest = pd.DataFrame(
        [
            {
                "file": name,
                "place": "Amiens",
                "doc_date": "2016-03-03",
                "source_url": "https://example.org/annex",
            }
        ]
    )
    doc = build_documents(normalised, manifest).iloc[0]
    assert (doc["place"], doc["doc_date_source"], doc["source_url"]) == (
        "Amiens",
        "manifest",
        "https://example.org/annex",
    )
    assert doc["doc_id"] == "2016-03-03-uk-france-summit-annex-migration"


def test_colliding_doc_ids_are_disambiguated_without_renaming_the_first():
    text = "Statement on borders\n\nLondon, 4 May 2019\n\nThe UK will act."
    normalised = pd.DataFrame(
        [
            {"sha256": "a" * 64, "source_file": "a.txt", "text": text, "n_chars": len(text)},
            {"sha256": "b" * 64, "source_file": "b.txt", "text": text + " Again.", "n_chars": len(text) + 7},
        ]
    )
    ids = build_documents(normalised, pd.DataFrame()).set_index("source_file")["doc_id"]
    assert ids["a.txt"] == "2019-05-04-statement-borders"
    assert ids["b.txt"] == "2019-05-04-statement-borders-bbbbbbbb"
