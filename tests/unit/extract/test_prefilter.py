"""The single-pass literal scanner: screens never drop a pattern that matches, and the literals
found in one pass are exactly those a per-literal `in` test finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import cues, prefilter
from pipeline.extract.commitments import _theme_keywords
from pipeline.extract.dates import _patterns as period_patterns
from pipeline.extract.passages import _boilerplate_re
from tests.conftest import examples

LANGUAGES = ("en", "fr")
PIECES = [
    "will ",
    "agree to ",
    "s'engagent à ",
    "by March 2016",
    "£4 million",
    "port ",
    "Calais",
    "©",
    "ISBN",
    "İ",
    "ſ",
    "ﬁ",
    " the ",
    "é",
    "\u212a",
    "1er juillet",
    "per cent ",
    ", ",
    ".",
]


def _all_patterns() -> list[list[re.Pattern[str]]]:
    groups = []
    for language in LANGUAGES:
        groups.append([p for _, p in cues._cue_patterns(language)])
        groups.append([p for _, p, _ in _theme_keywords(language)[0]])
        groups.append([p for _, p in period_patterns(language)])
        groups.append([_boilerplate_re(language)])
    return groups


GROUPS = _all_patterns()
SCREENS = [prefilter.Screen(patterns) for patterns in GROUPS]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(texts)
def test_a_screen_keeps_every_pattern_that_matches(text: str) -> None:
    folded = prefilter.fold(text)
    for patterns, screen in zip(GROUPS, SCREENS, strict=True):
        matching = {i for i, p in enumerate(patterns) if p.search(text)}
        assert matching <= set(screen.candidates(folded))


@settings(max_examples=examples(300), deadline=None)
@given(texts)
def test_a_literal_test_is_false_only_when_the_pattern_cannot_match(text: str) -> None:
    folded = prefilter.fold(text)
    for patterns in GROUPS:
        for p in patterns:
            needs = prefilter.literal_test(p.pattern, p.flags)
            if needs is not None and not needs(folded):
                assert p.search(text) is None, p.pattern


@settings(max_examples=examples(200), deadline=None)
@given(texts)
def test_one_pass_finds_exactly_the_literals_an_in_test_finds(text: str) -> None:
    folded = prefilter.fold(text)
    registered = set(prefilter._SCANNER._literals)
    assert prefilter.found_literals(folded) == {lit for lit in registered if lit in folded}


def test_uncased_symbols_are_literals_and_cased_letters_outside_ascii_are_not() -> None:
    assert prefilter.required_literals("©", re.I) == [frozenset({"©"})]
    assert prefilter.required_literals("é", re.I) == []
    assert prefilter.required_literals("(?:©)|(?:isbn)", re.I) == [frozenset({"©", "isbn"})]


def test_a_literal_registered_after_a_scan_is_found_in_the_next_one() -> None:
    folded = prefilter.fold("a zyxwvut sentence")
    prefilter.found_literals(folded)
    needs = prefilter.literal_test(r"\bzyxwvut\b", re.I)
    assert needs is not None and needs(folded)
    assert not needs(prefilter.fold("nothing here"))
