"""Vocabulary phrases as one regular expression, built once per list.

The literal phrases of a vocabulary list (`per year`, `plus de`) are escaped and tried longest
first, so `more than` wins over `more`; the joined alternation and the compiled pattern are cached,
since the same lists are read for every sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache


@cache
def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """`a|b|c` of the escaped phrases, longest first (to put inside a larger pattern)."""
    return _alternation(tuple(phrases))


@cache
def _pattern(phrases: tuple[str, ...], prefix: str, suffix: str) -> re.Pattern[str]:
    return re.compile(prefix + "(?:" + _alternation(phrases) + ")" + suffix, re.I)


def phrase_pattern(phrases: Iterable[str], prefix: str = r"\b", suffix: str = r"\b") -> re.Pattern[str]:
    """Any of the phrases as a whole word or words, case-insensitive."""
    return _pattern(tuple(phrases), prefix, suffix)
