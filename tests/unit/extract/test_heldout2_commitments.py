"""Commitment error classes found by studying held-out set 2 (#20), each mended as a rule of the
language or the genre and tested here on invented sentences (none from a held-out text)."""

import datetime as dt

import pytest

from pipeline.extract.commitments import theme_of
from pipeline.extract.dates import find_deadline
from pipeline.extract.parties import document_context, voice_of
from tests.unit.extract.test_commitment_classes import rows_of

EN, FR = "en", "fr"


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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Either Party may terminate this Treaty; the termination shall take effect one year later.", EN),
        ("Nothing in this Arrangement shall prejudice the powers of the coastguards.", EN),
        ("Madam Deputy Speaker, Members will remember the storm of last winter.", EN),
        ("Chaque Partie peut dénoncer l'accord ; la dénonciation prendra effet trois mois plus tard.", FR),
        ("Aucune disposition du présent arrangement ne sera interprétée comme une renonciation.", FR),
        ("Monsieur le Président, les sénateurs se souviendront de l'hiver dernier.", FR),
        ("Le protocole pourra être modifié par échange de lettres.", FR),
        ("Les maires pourront demander des renforts.", FR),
    ],
)
def test_legal_formulas_permissions_and_the_houses_memory_are_no_commitments(text, language):
    assert rows_of(language, ("sentence", text, None)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Gouvernement français et le Gouvernement suédois, ci-après « les Parties »,",
            FR,
        ),
        ("La République française et la Confédération suisse, ci-après dénommées « les États »,", FR),
        (
            'The Government of Ireland and the French Government, hereinafter referred to as "the Parties",',
            EN,
        ),
    ],
)
def test_a_treatys_preamble_naming_the_parties_is_no_commitment(text, language):
    assert rows_of(language, ("heading", "Article 1", None), ("sentence", text, None)) == []


@pytest.mark.parametrize(
    ("text", "language", "day", "last"),
    [
        # a participle after a determiner is an adjective, not a past that makes the date a report
        ("close the fenced car parks at the port before the end of 2031;", EN, "2030-05-01", "2031-12-31"),
        ("The two towns will share the rebuilt quay in 2031 and 2032.", EN, "2030-05-01", "2032-12-31"),
        ("Les deux villes partageront le quai en 2031 et 2032.", FR, "2030-05-01", "2032-12-31"),
        (
            "The ferry line will reopen by the end of the second quarter of 2031.",
            EN,
            "2030-05-01",
            "2031-06-30",
        ),
        ("La ligne rouvrira au troisième trimestre 2031.", FR, "2030-05-01", "2031-09-30"),
        ("Les maires se verront avant la fin du second semestre 2031.", FR, "2030-05-01", "2031-12-31"),
    ],
)
def test_deadlines_of_coordinated_years_year_parts_and_adjectival_participles(text, language, day, last):
    found = find_deadline(text, dt.date.fromisoformat(day), language)
    assert found is not None
    assert found.last == dt.date.fromisoformat(last)


def test_a_past_verb_still_makes_its_date_a_report():
    assert find_deadline("The town reopened the quay in 2031.", dt.date(2030, 5, 1), EN) is None


@pytest.mark.parametrize(
    ("lead", "item", "language", "actor"),
    [
        (
            "Les deux pays conviennent de ce qui suit :",
            "la Norvège délivre les visas sous dix jours ;",
            FR,
            "NO",
        ),
        ("The two countries agree as follows:", "Norway readmits its nationals within a week;", EN, "NO"),
    ],
)
def test_any_state_leading_an_agreed_item_in_the_present_is_its_actor(lead, item, language, actor):
    rows = rows_of(language, ("sentence", lead, None), ("list_item", item, 0))
    assert [r["actor"] for r in rows if r["text"] == item] == [actor]


@pytest.mark.parametrize(
    ("header", "language", "voice"),
    [
        (["Written statements", "Ferry ports and policing", "Statement made on 3 May 2029"], EN, "GB"),
        (
            ["Question écrite n° 4521 de Mme Anne Marchal (Nord)", "publiée le 2 mars 2029", "Réponse"],
            FR,
            "FR",
        ),
    ],
)
def test_a_days_written_statements_and_a_written_questions_answer_speak_for_one_government(
    header, language, voice
):
    assert voice_of(header, language) == voice


@pytest.mark.parametrize(
    ("report", "pledge", "language", "actor"),
    [
        (
            "La France a déjà ouvert deux foyers à Lille.",
            "Elle en ouvrira un troisième avant l'hiver.",
            FR,
            "FR",
        ),
        ("The United Kingdom has already trained 40 pilots.", "It will train 40 more next year.", EN, "GB"),
    ],
)
def test_a_singular_pronoun_stands_for_the_party_leading_the_sentence_before(report, pledge, language, actor):
    rows = rows_of(language, ("sentence", report, None), ("sentence", pledge, None))
    assert [(r["text"], r["actor"]) for r in rows] == [(pledge, actor)]


@pytest.mark.parametrize(
    ("item", "actor"),
    [
        ("send three UK dog teams to the ferry terminal;", "GB"),
        ("second two UK customs officers to the harbour in Antwerp;", "GB"),
        ("post customs officers in the UK and in France;", "GB;FR"),
    ],
)
def test_a_states_name_qualifying_its_force_is_its_adjective(item, actor):
    rows = rows_of(EN, ("sentence", "The two ministers agreed to:", None), ("list_item", item, 0))
    assert [r["actor"] for r in rows if r["text"] == item] == [actor]


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        (
            "The two navies will work together to starve the smugglers of their profits.",
            EN,
            "policing_intelligence",
        ),
        ("Norway will take back its nationals within a month.", EN, "returns"),
        ("Sweden will transpose the new directive by the spring.", EN, "legal_framework"),
        ("Les deux pays ouvriront un commissariat commun à la gare.", FR, "policing_intelligence"),
        ("Les Parties renforcent la coopération policière dans les trains.", FR, "policing_intelligence"),
        ("La Suède transposera la directive avant l'été.", FR, "legal_framework"),
        ("Les deux préfets conviennent de se retrouver avant l'été.", FR, "governance"),
        ("La Suède nommera un officier de liaison à Malmö.", FR, "policing_intelligence"),
        (
            "Les deux pays ouvriront un centre commun d'analyse et de renseignement à Lille.",
            FR,
            "policing_intelligence",
        ),
    ],
)
def test_theme_keywords_of_the_action(text, language, theme):
    assert theme_of(text, language=language) == theme


def test_a_partner_that_is_a_party_is_no_keyword_of_international_work():
    text = "Belgium will step up the controls of lorries."
    assert theme_of(text, language=EN) == "eu_international"  # outside a UK–Belgium text
    with document_context("GB;BE"):
        assert theme_of(text, language=EN) == "border_security"


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("The United Kingdom will give £2 million and Norway €2 million to the shelter.", EN, "GB;NO"),
        ("La France versera 3 millions d'euros et la Suède 3 millions d'euros au foyer.", FR, "FR;SE"),
        ("The United Kingdom will give £2 million (€2.3 million) to the shelter.", EN, "GB"),
    ],
)
def test_each_party_giving_an_amount_of_the_sentence_acts(text, language, actor):
    assert [r["actor"] for r in rows_of(language, ("sentence", text, None))] == [actor]


@pytest.mark.parametrize(
    ("lead", "item", "language", "actor"),
    [
        ("The two ministers agreed to:", "pay £3 million to the French gendarmerie for new vans;", EN, "GB"),
        (
            "Les deux ministres décident :",
            "de porter la contribution britannique au foyer à 2 millions d'euros ;",
            FR,
            "GB",
        ),
        ("The two ministers agreed to:", "buy new vans for the port police;", EN, "GB;FR"),
    ],
)
def test_the_one_party_giving_an_items_amount_acts(lead, item, language, actor):
    rows = rows_of(language, ("sentence", lead, None), ("list_item", item, 0))
    assert [r["actor"] for r in rows if r["text"] == item] == [actor]
