"""Rules and vocabularies as data: every cue word, theme keyword, unit, currency and exchange
rate the pipeline uses lives in the YAML/CSV files beside this module, never as scattered
literals in code."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).parent


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed contents of ``<name>.yaml`` beside this module (each one is a mapping)."""
    with open(VOCAB_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        contents: dict[str, Any] = yaml.safe_load(fh)  # tests/unit/vocab/test_mappings.py
    return contents


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    with open(VOCAB_DIR / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


LANGUAGES = ("en", "fr")  # languages with their own extraction vocabularies
DEFAULT_LANGUAGE = "en"


def language_of(code: object) -> str:
    """The vocabulary language for a document's ISO 639-1 code: its own when one ships, else English."""
    return code if isinstance(code, str) and code in LANGUAGES else DEFAULT_LANGUAGE


@cache
def load_for(name: str, language: str) -> dict[str, Any]:
    """``<name>.yaml`` for English, ``<name>.<language>.yaml`` for another shipped language."""
    language = language_of(language)
    return load(name if language == DEFAULT_LANGUAGE else f"{name}.{language}")
