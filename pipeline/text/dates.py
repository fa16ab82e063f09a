"""Calendar dates written out in prose (`2 November 2010`, `July 13 , 2010`, `3rd March 2016`).

Shared by document metadata and by the extractors, which resolve deadlines and periods on
top of these. Month names (English and French) come from ``vocab/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from pipeline import vocab


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    date: dt.date


def month_number(name: str) -> int | None:
    return vocab.load("dates")["months"].get(name.lower().rstrip("."))


@cache
def _date_re() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, vocab.load("dates")["months"]), key=len, reverse=True))
    day = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th|er)?"
    return re.compile(
        rf"\b(?:{day.format(n='d1')}\s+(?P<m1>{months})\.?,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{months})\.?\s+{day.format(n='d2')}\s*,?\s*(?P<y2>\d{{4}})"
        rf"|(?P<y3>\d{{4}})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b",
        re.I,
    )


def find_dates(text: str) -> list[FoundDate]:
    """Every full calendar date (day, month and year) in ``text``."""
    found: list[FoundDate] = []
    if not any(c.isdigit() for c in text):
        return found  # every written date has a year in digits
    for m in _date_re().finditer(text):
        if m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        else:
            y = int(m.group("y1") or m.group("y2"))
            mo = month_number(m.group("m1") or m.group("m2")) or 0
            d = int(m.group("d1") or m.group("d2"))
        try:
            found.append(FoundDate(m.start(), m.end(), dt.date(y, mo, d)))
        except ValueError:
            continue
    return found
