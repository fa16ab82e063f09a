"""Language as data (#20): every language file of a vocabulary has the same keys as its English
twin, so a rule that reads a key finds it in every language (an empty list where a language truly
has no such word). Mappings are compared recursively; word tables (keyword -> weight) and lists
may differ: they are the language's own words."""

from __future__ import annotations

import pytest

from pipeline.vocab import LANGUAGES
from tests.unit.vocab.vocab_walk import FAMILIES, is_word_table, key_differences, loaded


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_file_has_the_keys_of_its_english_twin(family: str, language: str) -> None:
    differences = key_differences(loaded(family), loaded(f"{family}.{language}"))
    assert not differences, f"{family}.{language}.yaml vs {family}.yaml: {differences}"


def test_the_comparison_reads_structure_and_skips_word_tables() -> None:
    english = {"cues": {"will": ["will"], "agree": ["agree"]}, "scales": {"million": 1e6}}
    french = {"cues": {"will": ["va"]}, "scales": {"million": 1e6, "milliard": 1e9}}
    assert key_differences(english, french) == ["cues.agree (only in English)"]
    assert is_word_table({"doubled": [2, "increase"]}) and not is_word_table({"will": ["will"]})
    assert is_word_table({"GB": ["UK"]})  # data indexed by state code: each language its own names
    assert is_word_table({"half": {"first": [1, 6]}})  # word tables under the language's own words
