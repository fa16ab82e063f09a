"""Cue phrases (#20): a linguist adds a cue as the phrase reads (`promettent de`), and the loader
makes it a pattern: whole words, any spaces, either apostrophe, French elision and contraction,
`{adv}` for an optional adverb of ``cue_adverbs``."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest

from pipeline import vocab
from pipeline.extract import cues
from pipeline.extract.cues import find_cues


def _clear() -> None:
    for cached in (cues._cue_patterns, cues._cue_screen, cues.cues_in):
        cached.cache_clear()


@pytest.fixture
def french_with(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Adds commit phrases to a copy of the French vocabulary, read in place of the shipped one."""

    def add(*phrases: str) -> None:
        french = copy.deepcopy(vocab.load_for("commitments", "fr"))
        french["cue_phrases"]["commit"] = [*french["cue_phrases"]["commit"], *phrases]
        monkeypatch.setattr(
            cues,
            "commitment_vocab",
            lambda lang: french if lang == "fr" else vocab.load_for("commitments", lang),
        )
        _clear()

    yield add
    _clear()


def _modalities(text: str, language: str = "fr") -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.modality) for c in find_cues(text, language)]


def test_a_french_cue_added_as_a_phrase_is_found(french_with: Any) -> None:
    text = "Les deux pays promettent de renforcer les patrouilles."
    assert _modalities(text) == []  # not a cue in the shipped vocabulary
    french_with("promettent {adv} de")
    assert _modalities(text) == [("promettent de", "commit")]
    assert _modalities("Les deux pays PROMETTENT\n de renforcer") == [("PROMETTENT\n de", "commit")]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Ils promettent d'intensifier la coopération.", "promettent d'"),
        ("Ils promettent d’intensifier la coopération.", "promettent d’"),
        ("Ils promettent des moyens nouveaux.", "promettent des"),  # de + les
        ("Ils s’y promettent de venir.", "promettent de"),
    ],
)
def test_elision_contraction_and_either_apostrophe_match(french_with: Any, text: str, cue: str) -> None:
    french_with("promettent {adv} de")
    assert _modalities(text) == [(cue, "commit")]


def test_the_shipped_phrases_read_elision_and_either_apostrophe() -> None:
    assert _modalities("Ils s’engagent à agir.") == [("s’engagent à", "commit")]
    assert _modalities("Ils s'engagent à agir.") == [("s'engagent à", "commit")]
    assert _modalities("Ils soutiennent l’initiative.") == [("soutiennent l’", "support")]
    assert _modalities("Il est convenu qu’ils agissent.") == [("Il est convenu qu’", "agree")]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Ils promettent également de venir.", "promettent également de"),
        ("Ils promettent en outre de venir.", "promettent en outre de"),  # an adverb of two words
        ("Ils promettent aujourd’hui d’agir.", "promettent aujourd’hui d’"),
    ],
)
def test_adv_stands_for_an_optional_adverb(french_with: Any, text: str, cue: str) -> None:
    french_with("promettent {adv} de")
    assert _modalities(text) == [(cue, "commit")]


def test_adv_is_an_adverb_of_the_list_not_any_word(french_with: Any) -> None:
    french_with("promettent {adv} de")
    assert _modalities("Ils promettent vraiment de venir.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ils compromettent de fait la coopération.",  # the phrase inside a longer word
        "Ils promettent deux choses.",  # `de` the start of a word
        "Ils promettentde venir.",
        "Ils promettent d venir.",  # no apostrophe, no elision
    ],
)
def test_a_phrase_never_matches_inside_a_word(french_with: Any, text: str) -> None:
    french_with("promettent {adv} de")
    assert _modalities(text) == []


@pytest.mark.parametrize("language", vocab.LANGUAGES)
def test_every_shipped_phrase_is_found_as_written(language: str) -> None:
    """Each phrase, written out without its adverb slots, is a cue from its first word."""
    for modality, phrases in vocab.load_for("commitments", language)["cue_phrases"].items():
        for phrase in phrases:
            text = re.sub(r"\s*\{adv\}", "", phrase) + " xyz."
            found = find_cues(text, language)
            assert found and found[0].start == 0, (language, modality, phrase)
