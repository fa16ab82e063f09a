"""Classes of error found on the held-out set (#20, after the first measurement), each mended as a
rule of the language and tested here on invented sentences, never on a held-out one, in English and
French."""

import pytest

from tests.unit.extract.test_statistics import stats_in

EN, FR = "en", "fr"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Since the new fences went up, lorry intrusions have fallen by 35%.",
            EN,
            (35, "percent", "exact", "decrease"),
        ),
        (
            "Depuis la pose des clôtures, les intrusions ont chuté de 35 %.",
            FR,
            (35, "percent", "exact", "decrease"),
        ),
    ],
)
def test_a_perfect_fall_is_a_decrease(text: str, language: str, expected: tuple) -> None:
    assert stats_in(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The number of people crossing the Aegean reached more than 90,000 in 2019.", EN),
        ("Le nombre de personnes traversant la mer Égée a atteint plus de 90 000 en 2019.", FR),
    ],
)
def test_a_figure_the_subject_reaches_counts_the_subject(text: str, language: str) -> None:
    assert stats_in(text, language) == [(90000, "people", "more_than", "level")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("That is more than twice the number seen in 2019.", EN, (2, "factor", "more_than", "increase")),
        ("That is roughly six times the level of 2019.", EN, (6, "factor", "approximately", "increase")),
        (
            "Cela représente près de six fois le niveau de 2019.",
            FR,
            (6, "factor", "approximately", "increase"),
        ),
    ],
)
def test_a_multiple_of_an_earlier_figure_is_a_factor(text: str, language: str, expected: tuple) -> None:
    assert stats_in(text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Coastguards made 310 interceptions off the dunes in May.", EN),
        ("Les garde-côtes ont réalisé 310 interceptions au large des dunes en mai.", FR),
    ],
)
def test_interceptions_count_attempts(text: str, language: str) -> None:
    assert stats_in(text, language) == [(310, "attempts", "exact", "level")]
