"""Classes of error found on held-out set 10 (#20, studied in session 13 after set 11 was written),
each mended as a rule of the language or the genre and tested on invented sentences, never on a
held-out one, in English and French."""

import pytest

from pipeline.extract.commitments import extract_commitments
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


@pytest.mark.parametrize(
    ("text", "language", "parties", "voice", "actor"),
    [
        # a speaker's act done jointly or together is every party's
        (
            "We will jointly fund projects in Niger to create work for young people.",
            EN,
            "GB;ES",
            "GB",
            "GB;ES",
        ),
        ("We will also work together in the Sahel with the European Union.", EN, "GB;ES", "GB", "GB;ES"),
        ("Nous financerons ensemble deux centres d'accueil.", FR, "FR;ES", "FR", "FR;ES"),
        # a speaker's act alone stays the speaker's
        ("We will fund new patrol boats.", EN, "GB;ES", "GB", "GB"),
    ],
)
def test_a_speakers_joint_act_is_every_partys(text, language, parties, voice, actor) -> None:
    with document_context(parties, voice):
        rows = extract_commitments("d", CLASS_DAY, text, segment_rows(text), language)
    assert [r["actor"] for r in rows] == [actor]
