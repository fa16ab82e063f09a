"""Classes of error found on held-out set 7 (#20, studied in session 12 after set 8 was written),
each mended as a rule of the language or the genre and tested on invented sentences, never on a
held-out one, in English and French."""

import pytest

from pipeline.extract.commitments import actor_of, theme_of
from pipeline.extract.cues import find_cues
from pipeline.extract.funding import extract_funding
from pipeline.extract.parties import document_context
from tests.conftest import CLASS_DAY, segment_rows, stats

EN, FR = "en", "fr"
DAY = CLASS_DAY


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an elliptical figure that is the subject of a verb of its own counts what the count before
        # counts, another group of it (a level, not an addition)
        (
            "Police removed 900 people from the camps, and a further 210 returned of their own accord.",
            EN,
            [(900.0, "people", "level"), (210.0, "people", "level")],
        ),
        (
            "Eight people drowned off Boulogne in 2025, and three have died since January.",
            EN,
            [(8.0, "people", "level"), (3.0, "people", "level")],
        ),
        (
            "Some 400 Moldovans returned home voluntarily, and almost 700 more were removed.",
            EN,
            [(400.0, "people", "level"), (700.0, "people", "level")],
        ),
        (
            "En 2026, 320 personnes ont été réadmises en Belgique et 140 ont été transférées en Italie.",
            FR,
            [(320.0, "people", "level"), (140.0, "people", "level")],
        ),
        # a qualifier between a comparison's opener and its figure
        (
            "Some 500 migrants sleep rough in Dunkirk, compared with more than 2,000 before the clearance.",
            EN,
            [(500.0, "people", "level"), (2000.0, "people", "level")],
        ),
        (
            "Plus de 700 migrants vivent à Grande-Synthe, contre environ 300 au début de l'année.",
            FR,
            [(700.0, "people", "level"), (300.0, "people", "level")],
        ),
    ],
)
def test_an_elliptical_figure_with_a_verb_of_its_own_counts_the_same(text, language, expected) -> None:
    assert stats(text, language) == expected


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # funding with no amount is a commitment of the action it pays for (sets 2 to 7 mostly)
        (
            "We will also fund leaflets in the camps explaining the risks of the crossing.",
            "information_campaigns",
        ),
        (
            "The Home Office will fund two more surveillance aircraft over the beaches this summer.",
            "border_security",
        ),
    ],
)
def test_funding_with_no_amount_takes_the_theme_of_what_it_pays_for(text: str, theme: str) -> None:
    assert theme_of(text, (), EN) == theme


@pytest.mark.parametrize(
    ("text", "language", "parties", "actor"),
    [
        # a capital leading the subject stands for its state's government
        ("Brussels will open a reception centre on the coast before the winter.", EN, "GB;FR;BE", "BE"),
        ("Rome and London will exchange liaison officers from March.", EN, "GB;IT", "GB;IT"),
        ("Madrid renforcera les patrouilles dans le détroit.", FR, "FR;ES", "ES"),
        # a capital that is no subject, or the start of a name, is no actor
        ("In Brussels the ministers will meet again in May.", EN, "GB;FR;BE", "GB;FR;BE"),
        # a kingdom or a republic owns the subject its name follows
        ("Le Royaume de Belgique mettra à disposition deux navires.", FR, "FR;BE", "BE"),
        ("The Republic of Albania will issue travel documents within ten days.", EN, "GB;AL", "AL"),
    ],
)
def test_a_capital_or_a_kingdom_leading_the_subject_is_its_state(text, language, parties, actor) -> None:
    with document_context(parties):
        assert actor_of(text, find_cues(text, language), "", language) == actor


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a recommendation's money is proposed, not given
        ("Recommandation n° 4 : doter le centre de Coquelles d'un budget de 12 millions d'euros.", FR),
        ("Recommendation 3: a joint fund of £20 million for the ports.", EN),
        # a price agreed between a migrant and a smuggler
        ("Une place à bord se négocie désormais autour de 3 000 euros.", FR),
    ],
)
def test_a_recommendations_money_or_a_negotiated_price_is_no_funding(text: str, language: str) -> None:
    with document_context("GB;FR"):
        assert extract_funding("d", DAY, text, segment_rows(text), language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Detentions at the port were four times lower in 2026 than in 2022.", EN),
        ("Les interpellations sont quatre fois moins nombreuses qu'en 2022.", FR),
    ],
)
def test_a_factor_of_a_fall_after_its_figure_is_a_decrease(text: str, language: str) -> None:
    assert stats(text, language) == [(4.0, "factor", "decrease")]
