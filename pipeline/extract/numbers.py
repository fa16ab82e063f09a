"""Figures written in digits or words: `7,500`, `62.7`, `Two`, `three hundred`.

Number words are read with the ``text2num`` library (a well-kept parser of English number words)
rather than a hand-written table; which words start a number is data (``vocab/statistics.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from text_to_num import text2num

from pipeline import vocab


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    is_word: bool


DIGITS = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w/]|[.,]\d)")


@cache
def _words_re() -> re.Pattern[str]:
    words = "|".join(sorted(vocab.load("statistics")["number_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?:[\s-]+(?:and\s+)?(?:{words}))*\b", re.I)


def parse_digits(text: str) -> float:
    return float(text.replace(",", ""))


def parse_words(text: str) -> float | None:
    cleaned = re.sub(r"[\s-]+", " ", text.lower()).strip()
    if cleaned == "dozen":
        return 12.0
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order; digits glued to letters (`G6`, `21st`) are not figures."""
    out = [
        Figure(m.start(), m.end(), m.group(0), parse_digits(m.group(0)), False) for m in DIGITS.finditer(text)
    ]
    for m in _words_re().finditer(text):
        value = parse_words(m.group(0))
        if value is not None:
            out.append(Figure(m.start(), m.end(), m.group(0), value, True))
    return sorted(out, key=lambda f: f.start)
