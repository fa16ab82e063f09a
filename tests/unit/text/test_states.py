"""States read from CLDR through Babel plus the adjective table: names, adjectives, combining
forms, the names that need their context, and time linear in the text."""

from __future__ import annotations

import time

import pytest

from pipeline.text.states import state_mentions, states_in


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Talks with the Netherlands and Portugal resumed.", ["NL", "PT"]),
        ("The Estonian delegation met the Greek one.", ["EE", "GR"]),
        ("Les autorités polonaises ont rencontré la Roumanie.", ["PL", "RO"]),
        ("L'Allemagne et les Pays-Bas.", ["DE", "NL"]),
        ("An Anglo-Irish and a Franco-German initiative.", ["GB", "IE", "FR", "DE"]),
        ("une initiative germano-italienne", ["DE", "IT"]),
        ("JOINT COMMUNIQUE OF THE UK AND MOLDOVA", ["GB", "MD"]),
        ("Côte d'Ivoire, Guinea-Bissau and Papua New Guinea", ["CI", "GW", "PG"]),
    ],
)
def test_names_adjectives_and_combining_forms(text: str, codes: list[str]) -> None:
    assert states_in(text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "Coach Jordan Brown visited New Jersey.",  # a person's name, another place's name
        "The river rises near Lake Chad.",
        "Turkey and stuffing were served.",  # a common word opening the sentence
        "fine china and a roast turkey",  # never lower-cased
        "Germanic languages and Italianate villas",  # never inside a longer word
        "Albanian nationals and British citizens",  # nationals, not the states
        "des ressortissants marocains",
        "Réunion des ministres à Lyon.",
        "M. Dominique Martin",
        "a parallel figure of US$2.1 million",  # a currency
    ],
)
def test_ambiguous_and_people_are_no_state(text: str) -> None:
    assert states_in(text) == []


def test_ambiguous_names_count_alone() -> None:
    assert states_in("Support for Chad, Niger and Mali will grow.") == ["TD", "NE", "ML"]
    assert states_in("Le Tchad et le Niger coopéreront.") == ["TD", "NE"]


def test_time_grows_linearly_on_hostile_text() -> None:
    """An 80 KB line of capitalised words (names, near-names, hyphens) reads in time linear in
    its length: four times the text takes well under sixteen times as long."""
    unit = "Albania Chad-Jordan New Guinea Franco- Belgian Ivory Coast Papua New "
    small, large = unit * 300, unit * 1200
    assert len(large) > 80_000
    states_in(small)

    def timed(text: str) -> float:
        start = time.perf_counter()
        states_in(text)
        return time.perf_counter() - start

    t_small = min(timed(small) for _ in range(3))
    t_large = min(timed(large) for _ in range(3))
    assert t_large < 1.0
    assert t_large < 10 * t_small + 0.02


def test_every_language_file_has_the_english_keys() -> None:
    from pipeline import vocab

    assert set(vocab.load_for("states", "fr")) == set(vocab.load_for("states", "en"))


def test_cldr_names_in_both_languages() -> None:
    """Names no table here lists come from CLDR (Babel) in either language."""
    assert states_in("Tanzania and Paraguay") == ["TZ", "PY"]
    assert states_in("la Tanzanie et le Paraguay") == ["TZ", "PY"]


def test_an_adjective_before_asylum_names_people_only_when_people_follow() -> None:
    """`French asylum seekers` are nationals, `the French asylum authority` is the French state's."""
    assert [m.code for m in state_mentions("The Belgian asylum office will open a desk.")] == ["BE"]
    assert state_mentions("Belgian asylum seekers were returned.") == []
