"""French rules (annotation guideline, "French texts"): cues and modality, parties, numbers, money,
deadlines, qualifiers, lead-ins — the same tables, with the contract's English codes."""

import datetime as dt

import pytest

from pipeline.extract.commitments import actor_of, extract_commitments
from pipeline.extract.cues import find_cues, is_committing
from pipeline.extract.dates import find_deadline
from pipeline.extract.funding import extract_funding
from pipeline.extract.money import find_money
from pipeline.extract.numbers import find_figures
from pipeline.extract.statistics import find_statistics
from tests.conftest import segment_rows

FR = "fr"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Les deux ministres s'engagent à renforcer la coopération.", "commit"),
        ("Les ministres décident de créer un centre commun.", "agree"),
        ("Les deux pays sont convenus de poursuivre leurs efforts.", "agree"),
        ("La France et le Royaume-Uni renforceront leur coopération.", "will"),
        ("La France déploiera des unités supplémentaires.", "will"),
        ("Les Parties coopèrent afin de prévenir les traversées dangereuses.", "will"),
        ("Les gouvernements entendent poursuivre ce travail.", "intend"),
        ("Les ministres soutiennent la création d'un fonds.", "support"),
        ("Les contrôles devraient être renforcés.", "should"),
    ],
)
def test_french_cues_and_their_modality(text, modality):
    cues = find_cues(text, FR)
    assert cues and cues[0].modality == modality and is_committing(text, FR)


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres ont discuté de la crise migratoire.",
        "Les ministres se félicitent des progrès accomplis et renforceront leur action.",
        "Le sommet qui se tiendra à La Valette en novembre.",
        "Les Parties sont convenues de ce qui suit :",
    ],
)
def test_french_reports_and_formulas_are_not_commitments(text):
    assert not is_committing(text, FR)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le Royaume-Uni s'engage à réadmettre ces personnes.", "GB"),
        ("Le gouvernement britannique financera les équipements.", "GB"),
        ("La France déploiera des gendarmes.", "FR"),
        ("Les deux ministres renforceront leur action.", "GB;FR"),
        ("La Partie britannique verse une contribution.", "GB"),
        ("Les migrants présents en France seront informés.", "GB;FR"),
    ],
)
def test_french_actor(text, actor):
    assert actor_of(text, find_cues(text, FR), "GB;FR", FR) == actor


def test_items_of_a_plan_lead_in_are_commitments_and_name_their_agent():
    segs = segment_rows(
        "Cette réponse comporte trois volets :",
        "Le renforcement des contrôles à la frontière du port.",
        "mise à disposition par le Royaume-Uni du dernier système de détection ;",
        kinds=("sentence", "list_item", "list_item"),
        lead_in=0,
    )
    rows = extract_commitments("d", dt.date(2009, 7, 6), "", segs, FR)
    assert [(r["modality"], r["actor"]) for r in rows] == [("will", "GB;FR"), ("will", "GB")]
    assert rows[0]["theme"] == "border_security"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("plus de 340 000 migrants", [340000.0]),
        ("plus de 340\u00a0000 migrants", [340000.0]),
        ("près de 2.000 étrangers", [2000.0]),
        ("2,5 fois", [2.5]),
        ("deux déplacements et trois cents places", [2.0, 300.0]),
    ],
)
def test_french_number_formats_and_words(text, values):
    assert [f.value for f in find_figures(text, FR)] == values


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("une contribution de 5 millions d'euros", 5_000_000.0, "EUR"),
        ("un fonds de 15 M€", 15_000_000.0, "EUR"),
        ("2,5 millions de livres", 2_500_000.0, "GBP"),
        ("5 000 € seront versés", 5000.0, "EUR"),
    ],
)
def test_french_money(text, amount, currency):
    assert [(m.amount, m.currency) for m in find_money(text, FR)] == [(amount, currency)]


def test_french_funding_row_per_year_for_three_years():
    text = (
        "La Partie britannique verse à la Partie française une contribution de 15 M€ par an pendant "
        "trois ans."
    )
    (row,) = extract_funding("d", dt.date(2025, 7, 10), text, segment_rows(text), FR)
    assert (row["per_year"], row["years"], row["total_amount"], row["donor"], row["recipient"]) == (
        True,
        3,
        45_000_000.0,
        "GB",
        "FR",
    )


@pytest.mark.parametrize(
    ("text", "doc_date", "last"),
    [
        (
            "le démantèlement de la « jungle » d'ici la fin de l'année.",
            dt.date(2009, 7, 6),
            dt.date(2009, 12, 31),
        ),
        ("une double clôture avant le 31 juillet ;", dt.date(2002, 6, 25), dt.date(2002, 7, 31)),
        ("un service fiable au plus tard au mois de septembre ;", dt.date(2002, 6, 25), dt.date(2002, 9, 30)),
        ("des renforts dès le mois de septembre.", dt.date(2015, 7, 30), dt.date(2015, 9, 30)),
        ("à partir de la fin du mois de juillet ;", dt.date(2002, 6, 25), dt.date(2002, 7, 31)),
    ],
)
def test_french_deadlines(text, doc_date, last):
    d = find_deadline(text, doc_date, FR)
    assert d is not None and d.last == last


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("L'arrivée sur le sol européen de plus de 340 000 migrants.", 340000.0, "people", "more_than"),
        (
            "près de 2.000 étrangers en situation irrégulière stationnent dans la zone.",
            2000.0,
            "people",
            "approximately",
        ),
        ("environ 500 policiers sont présents.", 500.0, "officers", "approximately"),
        ("moins de 100 tentatives ont été recensées.", 100.0, "attempts", "less_than"),
    ],
)
def test_french_statistics_and_qualifiers(text, value, unit, qualifier):
    (stat, _, _), *_ = find_statistics(text, dt.date(2015, 8, 20), FR)
    assert (stat.value, stat.unit, stat.qualifier) == (value, unit, qualifier)


def test_a_french_subset_takes_the_unit_of_its_whole():
    text = "près de 2.000 étrangers stationnent dans la zone, dont 800 ont implanté un village."
    assert [(s.value, s.unit) for s, _, _ in find_statistics(text, dt.date(2009, 7, 6), FR)] == [
        (2000.0, "people"),
        (800.0, "people"),
    ]


def test_a_treatys_definitions_are_not_commitments():
    assert not is_committing(
        "Aux fins du présent accord, on entend par « traversée » le passage de la Manche.", FR
    )
    assert not is_committing("Le présent accord entrera en vigueur le premier jour du deuxième mois.", FR)
