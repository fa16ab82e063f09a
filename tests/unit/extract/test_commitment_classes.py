"""Commitment error classes found on the held-out set (#20), each mended as a rule of the language or
the genre and tested here on invented sentences (none from a held-out text), in English and French."""

import datetime as dt

import pytest

from pipeline.extract.commitments import extract_commitments, theme_of
from pipeline.extract.dates import find_deadline
from tests.unit.extract.test_commitments_genre import doc

EN, FR = "en", "fr"


def rows_of(language, *parts, day=dt.date(2021, 3, 10)):
    text, segments = doc(*parts)
    return extract_commitments("d", day, text, segments, language)


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        (
            "Both countries will warn young people at the stations about the risks of the journey.",
            EN,
            "information_campaigns",
        ),
        ("Les deux pays informeront les familles des risques du voyage.", FR, "information_campaigns"),
        (
            "A leaflet for travellers at the stations will be printed in four languages.",
            EN,
            "information_campaigns",
        ),
        ("Un dépliant destiné aux voyageurs sera imprimé en quatre langues.", FR, "information_campaigns"),
        ("The Government will legislate to raise the fines on employers.", EN, "legal_framework"),
        ("Le gouvernement légiférera pour relever les amendes des employeurs.", FR, "legal_framework"),
        ("Un bilan sera présenté aux ministres à l'automne.", FR, "governance"),
        ("Les ministres conviennent de réviser le dispositif à l'automne.", FR, "governance"),
        ("Les deux pays renforceront la protection de l'enfance dans les gares.", FR, "reception_welfare"),
        ("Les deux pays rejoindront Frontex dans ce travail.", FR, "eu_international"),
    ],
)
def test_theme_from_the_action_and_french_keywords(text, language, theme):
    assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("lead", "item", "language", "actor"),
    [
        (
            "The ministers agreed to:",
            "send three squadrons of British mounted police to the station;",
            EN,
            "GB",
        ),
        ("The ministers agreed to:", "train British and French port crews together;", EN, "GB;FR"),
        ("The ministers agreed to:", "hand the new scanners to the French police;", EN, "GB;FR"),
        ("The ministers agreed to:", "add cameras at the French ports;", EN, "GB;FR"),
        (
            "Les deux ministres conviennent de :",
            "déployer deux unités de police françaises à la gare ;",
            FR,
            "FR",
        ),
    ],
)
def test_an_item_naming_one_states_forces_is_that_states(lead, item, language, actor):
    rows = rows_of(language, ("sentence", lead, None), ("list_item", item, 0))
    assert rows[-1]["text"] == item
    assert rows[-1]["actor"] == actor


def test_an_item_of_an_unnamed_plan_naming_one_states_forces_is_that_states():
    rows = rows_of(
        EN,
        ("sentence", "Their shared undertakings are as follows:", None),
        ("list_item", "new rules letting French vessels moor in Dover harbour;", 0),
    )
    assert [r["actor"] for r in rows] == ["FR"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Spain will be invited to take part in the next round of talks.", EN),
        ("L'Espagne sera invitée à participer au prochain cycle de discussions.", FR),
    ],
)
def test_a_party_invited_in_the_passive_is_not_the_actor(text, language):
    rows = rows_of(language, ("sentence", text, None))
    assert [r["actor"] for r in rows] == ["GB;FR"]


def test_a_bare_interior_minister_is_frances_title():
    rows = rows_of(
        EN, ("sentence", "The Home Secretary and the Minister of the Interior will meet each month.", None)
    )
    assert [r["actor"] for r in rows] == ["GB;FR"]


@pytest.mark.parametrize(
    ("lead", "language"),
    [
        ("Their shared undertakings are as follows:", EN),
        ("Leurs engagements communs sont les suivants :", FR),
    ],
)
def test_a_lead_in_naming_the_commitments_as_a_noun(lead, language):
    item = (
        "the opening of a joint training school for dog handlers."
        if language == EN
        else "l'ouverture d'une école commune."
    )
    rows = rows_of(language, ("sentence", lead, None), ("list_item", item, 0))
    assert [r["text"] for r in rows] == [item]


@pytest.mark.parametrize(
    ("lead", "item", "language"),
    [
        (
            "The two governments agreed to:",
            "warn unaccompanied children on the quays about the risks of the sea;",
            EN,
        ),
        (
            "Les deux gouvernements conviennent de :",
            "informer les mineurs sur les quais des risques de la mer ;",
            FR,
        ),
    ],
)
def test_an_items_leading_verb_is_its_action(lead, item, language):
    rows = rows_of(language, ("sentence", lead, None), ("list_item", item, 0))
    # the verb (`warn`, `informer`) says the theme, not the people it names (`children`, `mineurs`)
    assert rows[-1]["theme"] == "information_campaigns"


def test_a_lead_in_that_welcomes_commitments_of_the_past_announces_none():
    rows = rows_of(
        EN,
        ("sentence", "We welcome the package of commitments agreed last year:", None),
        ("list_item", "The new centre has opened in Lille.", 0),
    )
    assert rows == []


@pytest.mark.parametrize(
    ("lead", "item", "language", "date"),
    [
        (
            "They agreed the following steps, which will be completed by the end of the year:",
            "a joint dog unit at the station;",
            EN,
            dt.date(2021, 12, 31),
        ),
        (
            "Les ministres conviennent des mesures suivantes, qui seront prises d'ici la fin de l'année :",
            "une unité cynophile commune à la gare ;",
            FR,
            dt.date(2021, 12, 31),
        ),
    ],
)
def test_items_inherit_the_deadline_of_their_lead_in(lead, item, language, date):
    rows = rows_of(language, ("sentence", lead, None), ("list_item", item, 0))
    assert rows[-1]["text"] == item
    assert rows[-1]["deadline_date"] == date


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        ("The ministers will meet again in three months.", EN, dt.date(2021, 6, 10)),
        ("The first scanners will be installed within a month.", EN, dt.date(2021, 4, 10)),
        ("The centre will open within two weeks.", EN, dt.date(2021, 3, 24)),
        ("Les ministres se réuniront de nouveau dans trois mois.", FR, dt.date(2021, 6, 10)),
        ("Les premiers scanners seront installés d'ici un mois.", FR, dt.date(2021, 4, 10)),
        # procedural limits counted from an event keep their text and no date
        ("The other Party shall reply within 20 days of a request.", EN, None),
        ("La Partie requise répond dans un délai de vingt jours.", FR, None),
    ],
)
def test_a_span_counted_from_the_document_ends_that_long_after_it(text, language, last):
    p = find_deadline(text, dt.date(2021, 3, 10), language)
    assert p is not None
    assert p.last == last


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("With permission, Madam Deputy Speaker, I should like to update the House on the Channel.", EN),
        ("Honourable Members will appreciate that I cannot comment on an ongoing inquiry.", EN),
        ("Les députés comprendront que je ne puis commenter une enquête en cours.", FR),
        ("In our view, travellers should seek protection in the first safe country.", EN),
        ("Selon nous, les voyageurs devraient demander protection dans le premier pays sûr.", FR),
    ],
)
def test_procedural_formulas_and_others_should_are_not_commitments(text, language):
    assert rows_of(language, ("sentence", text, None)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Both countries should step up their patrols.", EN),
        ("New scanners should be installed at the port.", EN),
        ("Ils devraient se retrouver à Lille au printemps.", FR),
    ],
)
def test_a_should_of_a_party_or_a_passive_stays(text, language):
    assert len(rows_of(language, ("sentence", text, None))) == 1
