"""Classes of error found on held-out set 10 (#20, studied in session 13 after set 11 was written),
each mended as a rule of the language or the genre and tested on invented sentences, never on a
held-out one, in English and French."""

import pytest

from pipeline.extract.funding import extract_funding
from pipeline.extract.parties import document_context, voice_of
from tests.conftest import CLASS_DAY, segment_rows

EN, FR = "en", "fr"


@pytest.mark.parametrize(
    ("header", "language", "parties", "voice"),
    [
        # a state's adjective before a capitalised office names who writes
        (
            ["Letter from the Spanish Minister of the Interior to the Home Secretary", "Madrid, 3 May 2022"],
            EN,
            "GB;ES",
            "ES",
        ),
        # Germany's federal offices name no state
        (
            ["Interview with the Federal Minister of the Interior on smuggling", "Berlin, 4 May 2024"],
            EN,
            "GB;DE",
            "DE",
        ),
        (["Entretien avec le ministre fédéral de l'Intérieur", "Berlin, le 4 mai 2024"], FR, "FR;DE", "DE"),
        # a select committee's report speaks of its own Government
        (
            ["Home Affairs Committee: Border controls at the Belgian ports", "London, 3 May 2011"],
            EN,
            "GB;BE",
            "GB",
        ),
    ],
)
def test_the_office_a_header_names_speaks(header, language, parties, voice) -> None:
    assert voice_of(header, language, parties) == voice


def test_a_capital_giving_money_is_its_state() -> None:
    text = "For 2026 alone, Madrid will transfer €12 million to the Moroccan authorities."
    with document_context("ES;MA", "MA"):
        rows = extract_funding("d", CLASS_DAY, text, segment_rows(text), EN)
    assert [(r["donor"], r["recipient"]) for r in rows] == [("ES", "MA")]
