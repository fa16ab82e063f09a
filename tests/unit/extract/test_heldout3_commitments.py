"""Commitment error classes found by studying held-out set 3 (#20), each mended as a rule of the
language or the genre and tested here on invented sentences (none from a held-out text)."""

import datetime as dt

import pytest

from pipeline.extract.commitments import extract_commitments, theme_of
from pipeline.extract.dates import find_deadline
from pipeline.extract.parties import document_context, voice_of
from tests.unit.extract.test_commitments_genre import doc

EN, FR = "en", "fr"


def texts_of(language: str, *sentences: str, day: dt.date = dt.date(2021, 3, 10)) -> list[str]:
    text, segments = doc(*(("sentence", s, None) for s in sentences))
    return [r["text"] for r in extract_commitments("d", day, text, segments, language)]


@pytest.mark.parametrize(
    "sentence",
    [
        "La partie française a financé trois nouveaux portiques en 2020.",
        "La partie britannique rappelle que les contrôles de Douvres sont saturés.",
        "Les deux parties rejettent toute idée de centre commun à la frontière.",
        "Les Parties soulignent que la coopération a porté ses fruits.",
    ],
)
def test_a_partys_past_or_stance_in_the_present_is_no_obligation(sentence: str) -> None:
    # the subject's adjective is never given back to let a past auxiliary (`a`) through, and a
    # verb of statement or stance (`rappelle que`, `rejettent`) holds a view, not an undertaking
    assert texts_of(FR, sentence) == []


def test_a_partys_present_of_action_stays_an_obligation() -> None:
    kept = "La partie britannique met à disposition deux chiens de détection."
    assert texts_of(FR, kept) == [kept]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (EN, "Will the new centre open before the summer?"),
        (EN, "The committee regrets that the Department has not said how it will assess the pilot."),
        (EN, "Members asked whether the Home Office will publish the figures."),
        (FR, "Quand les nouveaux scanners seront-ils installés ?"),
        (FR, "Elle lui demande quels moyens le ministère entend consacrer aux contrôles."),
    ],
)
def test_a_question_direct_or_indirect_commits_to_nothing(language: str, sentence: str) -> None:
    assert texts_of(language, sentence) == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (EN, "That is why we will open a second centre in Dover."),
        (EN, "We will set out how the new centre will be staffed."),
        (FR, "C'est pourquoi nous renforcerons les patrouilles à Dunkerque."),
    ],
)
def test_a_commitment_with_a_connective_or_a_later_question_stays(language: str, sentence: str) -> None:
    assert texts_of(language, sentence) == [sentence]


def test_should_opening_a_conditional_is_no_cue() -> None:
    # `should the pressure rise` is `if the pressure rises`; a `will` beside it still commits
    assert texts_of(EN, "Spain may call in extra crews should the number of boats rise.") == []
    kept = "The UK will send two more vessels should the weather worsen."
    assert texts_of(EN, kept) == [kept]
    assert texts_of(EN, "The UK and France should share their data weekly.") != []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (EN, "Officials of the two ministries will meet every month to review the ports."),
        (EN, "The Home Office will publish monthly figures on detections at the ports."),
        (EN, "The French side will report quarterly to the UK on the use of the equipment."),
        (FR, "Le préfet réunira les maires de la côte tous les mois."),
        (FR, "Les deux directeurs se réuniront une fois par trimestre à Calais."),
    ],
)
def test_meeting_at_intervals_and_reporting_are_governance(language: str, sentence: str) -> None:
    assert theme_of(sentence, (), language) == "governance"


def test_a_ministrys_press_kit_speaks_for_its_government() -> None:
    header = ["MINISTÈRE DE L'INTÉRIEUR", "DOSSIER DE PRESSE", "Sécurité des ports : bilan 2027"]
    assert voice_of(header, FR) == "FR"


def test_a_statement_in_hansard_speaks_for_the_government() -> None:
    header = ["House of Commons Hansard, Volume 812", "Dover port", "The Minister for Immigration: I beg to"]
    assert voice_of(header, EN) == "GB"


def test_a_french_prefect_named_in_english_is_france() -> None:
    text, segments = doc(
        ("sentence", "The Prefect of the Nord will open a second reception site in May.", None)
    )
    rows = extract_commitments("d", dt.date(2021, 3, 10), text, segments, EN)
    assert [r["actor"] for r in rows] == ["FR"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (FR, "Les deux pays affréteront deux vols de retour par mois vers les pays d'origine."),
        (EN, "The two countries will return those refused to their countries of origin."),
    ],
)
def test_the_country_of_origin_as_a_returns_destination_is_returns(language: str, sentence: str) -> None:
    assert theme_of(sentence, (), language) == "returns"


def test_work_with_countries_of_origin_stays_upstream() -> None:
    assert theme_of("Les deux pays aideront les pays d'origine à former leurs garde-côtes.", (), FR) == (
        "upstream_cooperation"
    )


def test_a_schedule_in_a_relative_clause_leaves_the_commitment() -> None:
    kept = (
        "Both ministries will keep working through the Ports Forum, whose next session will be held in Lille."
    )
    assert texts_of(EN, kept) == [kept]
    assert texts_of(EN, "The next session will be held in Lille.") == []


def test_a_four_word_lead_in_only_introduces_its_items() -> None:
    text, segments = doc(
        ("sentence", "The UK will provide £3 million to France.", None),
        ("sentence", "These funds will buy:", None),
        ("list_item", "two new patrol boats;", 1),
        ("list_item", "a second detention wing.", 1),
    )
    rows = extract_commitments("d", dt.date(2021, 3, 10), text, segments, EN)
    assert "These funds will buy:" not in [r["text"] for r in rows]
    assert "two new patrol boats;" in [r["text"] for r in rows]


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("Extra crews will patrol the beaches over the summer.", dt.date(2027, 8, 31)),
        ("Two shelters will stay open throughout the winter.", dt.date(2028, 2, 29)),
    ],
)
def test_over_or_throughout_a_season_ends_on_its_last_day(phrase: str, last: dt.date) -> None:
    found = find_deadline(phrase, dt.date(2027, 5, 3), EN)
    assert found is not None and found.last == last


def test_an_infinitives_to_is_no_recipient_of_the_forces_after_it() -> None:
    text, segments = doc(
        ("sentence", "The UK and Belgium will:", None),
        ("list_item", "send Belgian police officers to Dover to serve alongside British officers;", 0),
        ("list_item", "lend two boats to the Belgian police.", 0),
    )
    with document_context("GB;BE"):
        rows = extract_commitments("d", dt.date(2021, 3, 10), text, segments, EN)
    assert [r["actor"] for r in rows] == ["GB;BE", "GB;BE"]
