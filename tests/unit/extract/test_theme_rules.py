"""Theme from the main action (#20): each class of theme error mended as a rule of the language,
tested on invented sentences (none from a development or held-out text), in English and French."""

import pytest

from pipeline.extract.commitments import theme_of
from pipeline.extract.parties import document_context

EN, FR = "en", "fr"


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # a complementiser's clause holding the cue is the committing clause, not a relative clause
        (
            "The mayor has assured us that the town will open a night shelter for families.",
            EN,
            "reception_welfare",
        ),
        ("I can announce that the Home Office will publish the figures every month.", EN, "governance"),
        # a pronoun opening the sentence is a determiner, not a relative clause
        ("That grant will fund new medical tents at the camp.", EN, "funding"),
        # a true relative clause still counts less than the main action
        (
            "Both countries will install cameras at the port, which smugglers have used for years.",
            EN,
            "border_security",
        ),
    ],
)
def test_the_committing_clause_is_the_main_action(text, language, theme):
    assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "language", "parties", "theme"),
    [
        (
            "Both ministers will invite Portugal to their next meeting on the coast.",
            EN,
            "GB;FR",
            "eu_international",
        ),
        (
            "Les deux ministres associeront le Portugal à leurs prochaines discussions.",
            FR,
            "GB;FR",
            "eu_international",
        ),
        # a party of the text is no other partner state
        ("Portugal will station more officers at the ports.", EN, "GB;PT", "border_security"),
        # named once however many: a list of countries of origin stays with its own keywords
        (
            "Both countries will seek travel documents for returns to Mali, Chad and Peru.",
            EN,
            "GB;FR",
            "returns",
        ),
    ],
)
def test_a_state_that_is_no_party_is_international_work(text, language, parties, theme):
    with document_context(parties):
        assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # every keyword class has its twin in the other language
        ("Both governments will agree new objectives for the coming year.", EN, "governance"),
        ("Les deux gouvernements fixeront de nouvelles cibles pour l'année à venir.", FR, "governance"),
        ("The Home Office will publish the figures every month.", EN, "governance"),
        ("Les deux ministres se réuniront régulièrement à Lille.", FR, "governance"),
        ("The two countries will respect the Convention in every transfer.", EN, "legal_framework"),
        (
            "Les deux pays respecteront le droit international lors de chaque transfert.",
            FR,
            "legal_framework",
        ),
        ("Les deux pays signeront un protocole d'accord à l'automne.", FR, "legal_framework"),
        ("Both countries will provide meals and showers every day.", EN, "reception_welfare"),
        ("La France examinera chaque demande dans un délai d'un mois.", FR, "asylum"),
    ],
)
def test_keyword_twins(text, language, theme):
    assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # a purpose clause says why: the action's own keywords outweigh it
        (
            "In order to dismantle smuggling gangs, both countries will strengthen the controls "
            "at the ports.",
            EN,
            "border_security",
        ),
        (
            "Afin de démanteler les filières de passeurs et les bandes criminelles, "
            "les deux pays renforceront "
            "les contrôles dans les ports.",
            FR,
            "border_security",
        ),
        # an action with no keyword of its own takes the theme of its purpose
        (
            "Both countries will work together with a view to opening more reception places.",
            EN,
            "reception_welfare",
        ),
        # a cue that ends in the opener's word is no purpose clause (`agree to help`)
        ("The ministers agreed to help the ports buy new scanners.", EN, "border_security"),
        # deploying or stationing forces is border security
        ("Both countries will deploy more gendarmes along the beaches.", EN, "border_security"),
        ("deploy three more squads of police to the harbour town;", EN, "border_security"),
        ("La France déploiera davantage de policiers dans la ville portuaire.", FR, "border_security"),
    ],
)
def test_the_action_outweighs_its_purpose(text, language, theme):
    assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # a frame opening the sentence, up to its comma, says on what ground: it weighs like a purpose
        (
            "Building on the returns agreement, both countries will open new accommodation.",
            EN,
            "reception_welfare",
        ),
        (
            "Within the framework of the readmission agreement, the two ministers will open more shelters.",
            EN,
            "reception_welfare",
        ),
        (
            "Dans le cadre de l'accord sur les retours, les deux pays ouvriront "
            "de nouveaux lieux d'hébergement.",
            FR,
            "reception_welfare",
        ),
        (
            "S'appuyant sur l'accord de réadmission, la France ouvrira de nouveaux lieux d'hébergement.",
            FR,
            "reception_welfare",
        ),
    ],
)
def test_a_fronted_frame_weighs_like_a_purpose(text, language, theme):
    assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # the verb `target` / `cibler` is no target (objective) of governance
        ("The new unit will continue to target the gangs on the coast.", EN, "policing_intelligence"),
        ("La nouvelle unité cible en priorité les passeurs.", FR, "policing_intelligence"),
        # the noun still is
        ("Both governments will set a common target for the year.", EN, "governance"),
        ("Les deux gouvernements fixeront une cible commune pour l'année.", FR, "governance"),
    ],
)
def test_the_verb_target_is_no_objective(text, language, theme):
    assert theme_of(text, language=language) == theme


@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        # checks / contrôles; joint teams / équipes mixtes, brigades mixtes; command centres
        ("Both countries will carry out more checks on lorries.", EN, "border_security"),
        ("Both countries will set up joint teams in the northern towns.", EN, "policing_intelligence"),
        ("Les deux pays créeront une brigade mixte à la frontière.", FR, "policing_intelligence"),
        ("Les deux pays créeront des équipes mixtes dans les villes du nord.", FR, "policing_intelligence"),
        ("Both countries will open a command and control centre in Lille.", EN, "policing_intelligence"),
        (
            "Les deux pays ouvriront un centre de commandement et de contrôle à Lille.",
            FR,
            "policing_intelligence",
        ),
    ],
)
def test_more_keyword_twins(text, language, theme):
    assert theme_of(text, language=language) == theme
