"""Classes of error in funding, statistics and document metadata found on held-out set 3 (#20, after
its first measurement), each mended as a rule of the language or the genre and tested on invented
sentences, never on a held-out one, in English and French."""

import datetime as dt

import pytest

from pipeline.extract.funding import extract_funding
from pipeline.extract.parties import document_context
from pipeline.extract.statistics import find_statistics
from tests.conftest import segment_rows

EN, FR = "en", "fr"


def funding_rows(text: str, language: str, parties: str | None = None) -> list[dict]:
    rows = segment_rows(text, kinds=("sentence",))
    if parties is None:
        return extract_funding("d", dt.date(2024, 6, 1), text, rows, language)
    with document_context(parties):
        return extract_funding("d", dt.date(2024, 6, 1), text, rows, language)


def amounts(rows: list[dict]) -> list[tuple]:
    return [(r["amount"], r["per_year"], r["years"], r["total_amount"]) for r in rows]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "France will give £2 million a year for four years to train coastguards, or £8 million in total.",
            EN,
            [(2e6, True, 4, 8e6)],
        ),
        (
            "The Government pledged £300 million over three years, or some £100 million a year.",
            EN,
            [(3e8, False, 1, 3e8)],
        ),
        (
            "Le Royaume-Uni versera 12 millions d'euros sur quatre ans, "
            "soit environ 3 millions d'euros par an.",
            FR,
            [(12e6, False, 1, 12e6)],
        ),
        (
            "La France versera 2 millions d'euros par an pendant trois ans, "
            "soit 6 millions d'euros, aux garde-côtes.",
            FR,
            [(2e6, True, 3, 6e6)],
        ),
    ],
)
def test_a_sum_restated_on_another_basis_is_the_same_row(text: str, language: str, expected: list) -> None:
    assert amounts(funding_rows(text, language)) == expected


def test_a_summary_total_of_several_givers_is_no_row_and_no_rows_total() -> None:
    text = "Belgium will give €4 million and France €6 million to the fund, i.e. €10 million in total."
    rows = funding_rows(text, EN, "FR;BE")
    assert [(r["donor"], r["total_amount"]) for r in rows] == [("BE", 4e6), ("FR", 6e6)]


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("The UK will provide £3 million a year in 2027 and 2028 to the centre.", EN, 2),
        ("La France versera 1 million d'euros par an en 2026, 2027 et 2028 au centre.", FR, 3),
    ],
)
def test_a_yearly_rate_runs_over_the_years_listed_after_it(text: str, language: str, years: int) -> None:
    (row,) = funding_rows(text, language)
    assert (row["per_year"], row["years"], row["total_amount"]) == (True, years, row["amount"] * years)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hauliers were fined £2 million last year for carrying stowaways.", EN),
        ("Many owe a debt of £15,000 to the gang that brought them.", EN),
        ("Migrants paid between £2,000 and £5,000 for a seat in a lorry.", EN),
        ("A dinghy can cost the gangs as little as £800, and an engine about £1,500.", EN),
        ("Le coût des patrouilles est estimé par l'inspection à 12 millions d'euros.", FR),
        ("Les victimes remboursent une dette de 10 000 euros au réseau.", FR),
    ],
)
def test_prices_fines_debts_and_costs_are_no_funding(text: str, language: str) -> None:
    assert funding_rows(text, language) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("L'Italie a d'ores et déjà versé 2 millions d'euros au centre d'accueil.", "disbursed"),
        ("La Belgique contribuera à hauteur de 4 M€ au retour volontaire depuis Calais.", "pledge"),
    ],
)
def test_french_kind_reads_an_adverb_group_and_the_future_of_contribuer(text: str, kind: str) -> None:
    (row,) = funding_rows(text, FR)
    assert row["kind"] == kind


# --- statistics -----------------------------------------------------------------------------------


def stats_in(text: str, language: str) -> list[tuple]:
    return [(s.value, s.unit) for s, _, _ in find_statistics(text, dt.date(2024, 6, 1), language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Belgian police arrested 23 suspects in May.", EN, [(23, "people")]),
        ("The coastguard prevented 1,200 departures last month.", EN, [(1200, "attempts")]),
        ("La gendarmerie a empêché 3 400 départs en 2023.", FR, [(3400, "attempts")]),
    ],
)
def test_suspects_are_people_and_prevented_departures_are_attempts(
    text: str, language: str, expected: list
) -> None:
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Police made 40 arrests in Lille and 12 in the Netherlands.", EN, [(40, "people"), (12, "people")]),
        ("Police made 40 arrests in Lille and 12 in Ghent in 2023.", EN, [(40, "people"), (12, "people")]),
        ("Huit officiers sont affectés à Calais et 3 à Boulogne.", FR, [(8, "officers"), (3, "officers")]),
    ],
)
def test_an_elliptical_figure_may_name_its_place(text: str, language: str, expected: list) -> None:
    assert stats_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Border officers made 950 refusals at Coquelles in 2022.", EN, 950),
        ("La police a prononcé 2 100 non-admissions à Menton en 2022.", FR, 2100),
        ("La police a prononcé 800 refus d'entrée à Menton en 2022.", FR, 800),
    ],
)
def test_refusals_of_entry_count_people(text: str, language: str, value: int) -> None:
    assert stats_in(text, language) == [(value, "people")]


@pytest.mark.parametrize(
    ("text", "parties", "donor"),
    [
        ("Since 2019 we have given Belgium £6 million for port scanners.", None, "GB"),
        ("This adds to the £4 million the UK has spent on returns from Erbil since 2020.", "GB;IQ", "GB"),
        ("It follows the €3 million that Belgium will provide for patrols.", "FR;BE", "BE"),
    ],
)
def test_the_giver_is_the_subject_of_given_or_of_a_relative_clause(
    text: str, parties: str, donor: str
) -> None:
    (row,) = funding_rows(text, EN, parties)
    assert row["donor"] == donor


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Detections at the port rose more than fivefold in 2022.", EN, "more_than"),
        ("Arrivals grew almost tenfold over the decade.", EN, "approximately"),
        ("Les interpellations ont plus que doublé en 2022.", FR, "more_than"),
    ],
)
def test_a_qualifier_before_a_factor_word_qualifies_it(text: str, language: str, qualifier: str) -> None:
    assert [(s.unit, s.qualifier) for s, _, _ in find_statistics(text, dt.date(2024, 6, 1), language)] == [
        ("factor", qualifier)
    ]


def test_a_unit_noun_in_a_complement_does_not_count_the_figure_nor_its_comparison() -> None:
    text = "Customs found 35 engine shipments bound for smugglers in 2023, up from 12 in 2022."
    assert stats_in(text, EN) == [(35, "other"), (12, "other")]


def test_french_de_plus_after_a_percentage_is_a_rise() -> None:
    text = "Les interpellations ont atteint 4 000, soit 12 % de plus qu'en 2021."
    directions = [(s.value, s.direction) for s, _, _ in find_statistics(text, dt.date(2024, 6, 1), FR)]
    assert (12, "increase") in directions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Belgium has created 1,200 places in reception centres.", EN),
        ("La Belgique a créé 1 200 places d'hébergement.", FR),
    ],
)
def test_places_created_are_an_addition(text: str, language: str) -> None:
    (stat,) = [s for s, _, _ in find_statistics(text, dt.date(2024, 6, 1), language)]
    assert (stat.unit, stat.direction) == ("places", "increase")


def test_citizens_are_people() -> None:
    assert stats_in("In 2020, 14 Eritrean citizens drowned off Gravelines.", EN) == [(14, "people")]
