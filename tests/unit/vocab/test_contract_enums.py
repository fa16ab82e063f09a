"""The contract's enums and the vocabulary's keys say the same thing (#22): every value a column
may take has the vocabulary entry that produces it, in every language, and every vocabulary key
that names a value is one the contract allows. A value given by the code when nothing matches (the
default) is named here, once, as such."""

from __future__ import annotations

import pytest

from pipeline import contract
from pipeline.vocab import LANGUAGES, load, load_for

# Values no vocabulary entry produces: what the extractor gives when no entry matches.
DEFAULTS = {"qualifier": {"exact"}, "direction": {"level"}, "unit": {"factor"}}


def _directions(language: str) -> set[str]:
    vocab = load_for("statistics", language)
    keys = {k.split("_")[0] for k in vocab["direction"]}
    return keys | {d for _, d in vocab["multipliers"].values()}


SOURCES = {
    "theme": (contract.THEMES, lambda lang: set(load_for("commitments", lang)["themes"])),
    "modality": (contract.MODALITIES, lambda lang: set(load_for("commitments", lang)["cues"])),
    "unit": (contract.STAT_UNITS, lambda lang: set(load_for("statistics", lang)["units"])),
    "qualifier": (contract.QUALIFIERS, lambda lang: set(load_for("statistics", lang)["qualifiers"])),
    "direction": (contract.DIRECTIONS, _directions),
    "kind": (
        contract.FUNDING_KINDS,
        lambda lang: {k.removesuffix("_cues") for k in load_for("money", lang) if k.endswith("_cues")},
    ),
    "currency": (contract.CURRENCIES, lambda lang: set(load_for("money", lang)["currencies"])),
    "doc_type": (contract.DOC_TYPES, lambda lang: {t for t, _ in load("metadata")["doc_types"]}),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("column", sorted(SOURCES))
def test_each_enum_value_has_its_vocabulary_entry_and_vice_versa(column: str, language: str) -> None:
    enum, keys = SOURCES[column]
    in_vocab = keys(language)
    defaults = DEFAULTS.get(column, set())
    assert set(enum) - defaults == in_vocab - defaults, (
        f"{column} ({language}): contract only {sorted(set(enum) - in_vocab - defaults)}, "
        f"vocabulary only {sorted(in_vocab - set(enum))}"
    )
    assert not (defaults & in_vocab), f"{column}: a default also produced by the vocabulary"


def test_the_contract_currencies_are_the_currency_columns_enum() -> None:
    for column in ("currency", "alt_currency"):
        assert set(contract.FUNDING.column(column).enum) == set(contract.CURRENCIES)
