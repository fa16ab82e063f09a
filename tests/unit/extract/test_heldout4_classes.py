"""Classes of error found on held-out set 4 (#20, after its first measurement), each mended as a rule
of the language or the genre and tested on invented sentences, never on a held-out one, in English
and French."""

import datetime as dt

import pytest

from pipeline.extract.commitments import actor_of, present_obligation, theme_of
from pipeline.extract.cues import find_cues, is_committing
from pipeline.extract.funding import extract_funding
from pipeline.extract.parties import document_context, voice_of
from pipeline.extract.statistics import find_statistics
from pipeline.text.metadata import read_metadata
from pipeline.text.states import region_of
from tests.conftest import segment_rows

EN, FR = "en", "fr"


def units(text: str, language: str) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s, _, _ in find_statistics(text, dt.date(2024, 6, 1), language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an asylum application is a person's: it counts people, not `other`
        ("Asylum applications lodged in Belgium fell to 4,120 in March.", EN, [(4120, "people")]),
        (
            "Les demandes d'asile enregistrées à Lille sont passées de 300 en 2020 à 450 en 2021.",
            FR,
            [(300, "people"), (450, "people")],
        ),
        # members of a group are people, the group is not what is counted
        ("The police arrested 35 members of smuggling gangs last year.", EN, [(35, "people")]),
        ("The ministers mourned more than 300 lives lost at sea last year.", EN, [(300, "people")]),
        ("La frontière a enregistré 12 000 franchissements irréguliers en 2023.", FR, [(12000, "people")]),
    ],
)
def test_what_is_counted_is_people(text: str, language: str, expected: list) -> None:
    assert units(text, language) == expected


def test_a_factor_after_its_qualifier_is_a_factor() -> None:
    text = "Le nombre de traversées a été multiplié par plus de 2,5 en un an."
    stats = [(s.value, s.unit, s.qualifier) for s, _, _ in find_statistics(text, dt.date(2024, 6, 1), FR)]
    assert stats == [(2.5, "factor", "more_than")]


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # a state further afield is a country of origin or transit: upstream work
        (
            "Les deux gouvernements renforceront leur coopération avec le Sénégal et la Mauritanie.",
            FR,
            "upstream_cooperation",
        ),
        (
            "Both governments will step up their cooperation with Senegal and Mauritania.",
            EN,
            "upstream_cooperation",
        ),
        # a European state stays an other partner state
        ("Both governments will step up their cooperation with Denmark.", EN, "eu_international"),
    ],
)
def test_a_state_that_is_no_party_counts_by_its_region(text: str, language: str, theme: str) -> None:
    with document_context("GB;FR"):
        assert theme_of(text, language=language) == theme


def test_regions_come_from_cldr_zones() -> None:
    assert [region_of(c) for c in ("PT", "ES", "MA", "IQ", "BE")] == [
        "Europe",
        "Europe",
        "Africa",
        "Asia",
        "Europe",
    ]


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        ("We will keep returning people who have no right to stay.", EN, "returns"),
        ("Both countries will stop returning boats to the French coast.", EN, "border_security"),
        ("The Home Office will dissuade migrants from travelling to the coast.", EN, "information_campaigns"),
        ("We will open safe and legal routes for refugees.", EN, "upstream_cooperation"),
        (
            "La France et l'Italie ouvriront des voies légales de migration de travail.",
            FR,
            "upstream_cooperation",
        ),
        ("Les deux pays reconduiront dans leur pays d'origine les migrants déboutés.", FR, "returns"),
    ],
)
def test_the_main_action_names_the_theme(text: str, language: str, theme: str) -> None:
    with document_context("GB;FR"):
        assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("header", "language", "voice"),
    [
        (["Circulaire du ministre de l'Intérieur aux préfets du littoral", "Paris, le 4 mai 2027"], FR, "FR"),
        (["Rapport d'information sur la frontière franco-italienne", "Paris, le 4 mai 2027"], FR, "FR"),
        (["Home Affairs Committee", "Second Report of Session 2027–28"], EN, "GB"),
    ],
)
def test_a_circular_and_a_parliamentary_report_speak_for_their_government(header, language, voice) -> None:
    assert voice_of(header, language) == voice


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Dossier de presse : les ports de la mer du Nord\n\nDunkerque, le 12 mars 2027\n\n"
            "Le ministre de l'Intérieur se rend au port avec ses homologues britannique et néerlandais. "
            "La France y présente son plan.",
            "GB;FR;NL",
        ),
        (
            "Press release: North Sea ports\n\nLondon, 12 March 2027\n\n"
            "The Home Secretary met her French and Belgian counterparts in Dover today.",
            "GB;FR;BE",
        ),
    ],
)
def test_the_counterparts_met_in_the_opening_are_parties(text: str, parties: str) -> None:
    assert read_metadata(text).parties == parties


@pytest.mark.parametrize(
    ("text", "language", "committing"),
    [
        # a circular's instruction in the second person future binds the officials it addresses
        ("Vous veillerez à ce que chaque personne interpellée soit informée de ses droits.", FR, True),
        ("Vous me rendrez compte chaque trimestre des résultats obtenus.", FR, True),
        ("Vous trouverez ci-joint le bilan des opérations de l'été.", FR, False),
        # an undertaking named as a noun or in the past tense is a reported commitment
        ("Le Royaume-Uni a pris l'engagement de financer la sécurisation du port.", FR, True),
        ("In its response, the Government undertook to review the family reunion rules.", EN, True),
        ("The Minister gave an undertaking to publish the figures every quarter.", EN, True),
    ],
)
def test_instructions_and_reported_undertakings_commit(text: str, language: str, committing: bool) -> None:
    assert is_committing(text, language) is committing


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Belgian Federal Police make available two officers at the station.", EN),
        ("La police fédérale belge renforce ses contrôles sur les parkings.", FR),
    ],
)
def test_a_states_force_by_its_adjective_is_a_treaty_subject(text: str, language: str) -> None:
    cue = present_obligation(text, language)
    assert cue is not None and cue.modality == "will"


def test_a_states_force_in_the_past_is_no_obligation() -> None:
    assert present_obligation("Belgian police officers arrested twenty people.", EN) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a part of a count opened on, an elliptical figure after `including` or a place, a bare
        # figure after a percentage (which carries its sign each time)
        (
            "Of the 1,200 minors transferred from Dunkirk, about 400 joined family in Britain.",
            EN,
            [(1200, "people"), (400, "people")],
        ),
        (
            "Some 300 people were returned this year, including 80 to Belgium.",
            EN,
            [(300, "people"), (80, "people")],
        ),
        (
            "Spain registered 20,400 asylum applications in 2022, and Portugal 1,900.",
            EN,
            [(20400, "people"), (1900, "people")],
        ),
        ("Arrivals rose by 12% in 2026, to about 41,000.", EN, [(12, "percent"), (41000, "people")]),
        (
            "The number of entrants detected at the ports fell from 9,000 in 2019 to 6,500 in 2020.",
            EN,
            # entrants detected before they crossed count attempts (guideline; set 20's study)
            [(9000, "attempts"), (6500, "attempts")],
        ),
        ("The number of people in the camps averaged around 900 last winter.", EN, [(900, "people")]),
    ],
)
def test_a_figure_with_no_noun_counts_what_its_sentence_counts(
    text: str, language: str, expected: list
) -> None:
    assert units(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # money an outsider gives another outsider is no funding of the text's cooperation
        ("The EU paid €20 million to Greece in 2022.", EN),
        ("L'Union européenne a versé 20 millions d'euros à la Grèce en 2022.", FR),
        # a salary, what crime makes, appropriations stated, a party's spending on itself
        ("A starting officer's salary is £25,000.", EN),
        ("Le salaire d'un gendarme débutant est de 1 800 euros.", FR),
        ("The networks' turnover is some £100 million a year.", EN),
        ("Les crédits du programme s'élèvent à 1,8 milliard d'euros.", FR),
        ("France spends €500 million a year on its own police on the coast.", EN),
    ],
)
def test_money_no_party_gives_for_the_cooperation_is_no_funding(text: str, language: str) -> None:
    rows = segment_rows(text, kinds=("sentence",))
    with document_context("GB;FR"):
        assert extract_funding("d", dt.date(2024, 6, 1), text, rows, language) == []


@pytest.mark.parametrize(
    ("text", "language", "donor"),
    [
        ("Germany will give €2 million to France for rescue equipment.", EN, "DE"),
        ("L'Union européenne versera 5 millions d'euros à la France pour le centre.", FR, "European Union"),
    ],
)
def test_an_outsiders_money_for_a_party_stays_funding(text: str, language: str, donor: str) -> None:
    rows = segment_rows(text, kinds=("sentence",))
    with document_context("GB;FR"):
        (row,) = extract_funding("d", dt.date(2024, 6, 1), text, rows, language)
    assert row["donor"] == donor


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # a route with no region or transit named is the crossing (#20 class 4)
        ("Both ministers will make this route unviable.", EN, "border_security"),
        ("Les deux ministres rendront cette route impraticable.", FR, "border_security"),
        # a route through regions or countries of transit is upstream work
        (
            "Both countries will cooperate against the migratory routes from West Africa.",
            EN,
            "upstream_cooperation",
        ),
        (
            "Les deux pays coopéreront contre les routes migratoires depuis l'Afrique de l'Ouest.",
            FR,
            "upstream_cooperation",
        ),
    ],
)
def test_a_route_is_the_crossing_unless_it_names_where_it_runs(text: str, language: str, theme: str) -> None:
    with document_context("GB;FR"):
        assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("La partie belge organise le retour des personnes interpellées.", "BE"),
        ("La partie française transmet sans délai les informations utiles.", "FR"),
    ],
)
def test_a_party_named_by_its_adjective_after_the_noun_acts(text: str, actor: str) -> None:
    with document_context("GB;FR;BE"):
        cues = find_cues(text, FR)
        assert actor_of(text, cues, "GB;FR;BE", FR) == actor
