"""Commitment error classes found by studying held-out set 2 (#20), each mended as a rule of the
language or the genre and tested here on invented sentences (none from a held-out text)."""

import datetime as dt

import pytest

from pipeline.extract.commitments import extract_commitments
from tests.unit.extract.test_commitments_genre import doc

EN, FR = "en", "fr"


def rows_of(language, *parts, day=dt.date(2021, 3, 10)):
    text, segments = doc(*parts)
    return extract_commitments("d", day, text, segments, language)


@pytest.mark.parametrize(
    ("lead", "items", "language", "modality"),
    [
        (
            "Les deux préfets décident :",
            ["de fermer le camp du port ;", "d'ouvrir deux foyers à Lille."],
            FR,
            "agree",
        ),
        (
            "Les deux gouvernements sont convenus :",
            ["de rouvrir la ligne de ferry ;", "d'armer trois vedettes."],
            FR,
            "agree",
        ),
        (
            "Les deux ministères s'engagent :",
            ["à former les agents ;", "à partager les fichiers."],
            FR,
            "commit",
        ),
        (
            "The two mayors agree:",
            ["to open a shelter in the harbour;", "to light the beach at night."],
            EN,
            "agree",
        ),
    ],
)
def test_a_lead_in_whose_verb_takes_its_preposition_from_its_items(lead, items, language, modality):
    rows = rows_of(language, ("sentence", lead, None), *(("list_item", i, 0) for i in items))
    assert [(r["text"], r["modality"]) for r in rows] == [(i, modality) for i in items]


def test_a_lead_in_reading_on_into_a_report_completes_nothing():
    rows = rows_of(
        FR,
        ("sentence", "Les deux ministres ont constaté :", None),
        ("list_item", "de nombreux départs depuis la plage ;", 0),
    )
    assert rows == []
