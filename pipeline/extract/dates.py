"""Periods and deadlines written in prose, resolved against the document's date.

`by March 2011` -> 2011-03-31, `before the end of the year` -> the document year's 31 December,
`begin in October` -> the next October's last day, `in 21/22` -> the UK financial year
2021-04-01..2022-03-31, `between January and September 2010`, `first half of 2010`,
`since the beginning of the year`. Anchors with no date (`by the next UK-France summit`) keep their
text and no date. Full calendar dates come from :func:`pipeline.text.dates.find_dates`; words
(months, year parts, prepositions, vague anchors) come from ``vocab/dates.yaml``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline import vocab
from pipeline.extract.prefilter import Screen, fold, literal_test
from pipeline.text.dates import find_dates, month_number


@dataclass(frozen=True)
class Period:
    start: int  # offsets of the phrase in the text searched
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    kind: str  # "dated" (resolved), "vague" (anchor without a date), "past" (reported, unresolved)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _vocab() -> dict:
    return vocab.load("dates")


@cache
def _months_re() -> str:
    return "|".join(sorted(map(re.escape, _vocab()["months"]), key=len, reverse=True))


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    m = _months_re()
    preps = "|".join(sorted(map(re.escape, _vocab()["deadline_prepositions"]), key=len, reverse=True))
    parts = "|".join(_vocab()["year_parts"])
    ordinals = "|".join({k for p in _vocab()["year_parts"].values() for k in p})
    year = r"(?:19|20)\d{2}"
    flags = re.I
    return [
        ("between", re.compile(rf"\bbetween\s+(?P<m1>{m})\s+and\s+(?P<m2>{m})\s+(?P<y>{year})\b", flags)),
        (
            "year_part",
            re.compile(
                rf"\b(?:(?:in|during|for)\s+)?the\s+(?P<ord>{ordinals})\s+(?P<part>{parts})\s+of\s+(?P<y>{year})\b",
                flags,
            ),
        ),
        (
            "financial_year",
            re.compile(rf"\b(?:(?:{preps})\s+)?(?:FY\s*)?(?P<y1>(?:19|20)?\d{{2}})/(?P<y2>\d{{2}})\b", flags),
        ),
        ("since_year_start", re.compile(r"\bsince the (?:beginning|start) of (?:the|this) year\b", flags)),
        ("year_end", re.compile(rf"\b(?:(?:{preps})\s+)?the end of (?:the|this) year\b", flags)),
        ("this_year", re.compile(r"\bthis year\b", flags)),
        (
            "month_year",
            re.compile(rf"\b(?:(?:{preps})\s+)?(?:the end of\s+)?(?P<m>{m})\.?\s+(?P<y>{year})\b", flags),
        ),
        ("year", re.compile(rf"\b(?:(?:{preps})\s+)(?:the end of\s+)?(?P<y>{year})\b", flags)),
        ("month", re.compile(rf"\b(?:{preps})\s+(?:the end of\s+)?(?P<m>{m})\b(?!\.?\s*\d)", flags)),
    ]


@cache
def _screen() -> Screen:
    """Skips the :func:`_patterns` whose literals are absent (see :mod:`~pipeline.extract.prefilter`)."""
    return Screen([p for _, p in _patterns()])


@cache
def _vague_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _vocab()["vague_deadlines"]), re.I)


@cache
def _past_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _vocab()["vague_periods"]), re.I)


def _resolve(name: str, m: re.Match[str], doc_date: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    g = m.groupdict()
    if name == "between":
        y = int(g["y"])
        m1, m2 = month_number(g["m1"]), month_number(g["m2"])
        return (dt.date(y, m1, 1), month_end(y, m2)) if m1 and m2 and m1 <= m2 else (None, None)
    if name == "year_part":
        y = int(g["y"])
        lo, hi = _vocab()["year_parts"][g["part"].lower()].get(g["ord"].lower(), (None, None))
        return (dt.date(y, lo, 1), month_end(y, hi)) if lo else (None, None)
    if name == "financial_year":
        y1 = int(g["y1"]) + (2000 if len(g["y1"]) == 2 else 0)
        if (y1 + 1) % 100 != int(g["y2"]):
            return None, None
        mo, day = _vocab()["financial_year_start"]
        first = dt.date(y1, mo, day)
        return first, dt.date(y1 + 1, mo, day) - dt.timedelta(days=1)
    if name in ("year_end", "this_year", "since_year_start"):
        if doc_date is None:
            return None, None
        last = doc_date if name == "since_year_start" else dt.date(doc_date.year, 12, 31)
        return dt.date(doc_date.year, 1, 1), last
    if name == "month_year":
        y, mo = int(g["y"]), month_number(g["m"])
        return (dt.date(y, mo, 1), month_end(y, mo)) if mo else (None, None)
    if name == "year":
        y = int(g["y"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if name == "month":
        mo = month_number(g["m"])
        if doc_date is None or not mo:
            return None, None
        y = doc_date.year if month_end(doc_date.year, mo) >= doc_date else doc_date.year + 1
        return dt.date(y, mo, 1), month_end(y, mo)
    return None, None


def find_periods(text: str, doc_date: dt.date | None) -> list[Period]:
    """Every period or deadline phrase in ``text``, non-overlapping, in text order."""
    return list(_periods(text, doc_date))


@lru_cache(maxsize=16384, typed=True)  # typed: a date and an equal Timestamp resolve differently
def _periods(text: str, doc_date: dt.date | None) -> tuple[Period, ...]:
    """:func:`find_periods`, memoised: deadlines, funding and statistics all read the same sentences."""
    folded = fold(text)
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    full_dates = find_dates(text)
    for fd in full_dates:  # a full date is a point: `by 31 March 2011`, `on 11 January 2016`
        taken.append((fd.start, fd.end))
        found.append(Period(fd.start, fd.end, text[fd.start : fd.end], fd.date, fd.date, "dated"))
    patterns = _patterns()
    for i in _screen().candidates(folded):
        name, pattern = patterns[i]
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            first, last = _resolve(name, m, doc_date)
            if last is None and name in ("between", "year_part", "financial_year"):
                continue  # not a real period (`21/30`, `between May and March 2010`)
            taken.append((m.start(), m.end()))
            kind = "dated" if last else "vague"
            found.append(Period(m.start(), m.end(), m.group(0), first, last, kind))
    for pattern, kind in ((_vague_re(), "vague"), (_past_re(), "past")):
        needs = literal_test(pattern.pattern, pattern.flags)
        if needs is not None and not needs(folded):
            continue
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                found.append(Period(m.start(), m.end(), m.group(0), None, None, kind))
    return tuple(sorted(found, key=lambda p: p.start))


def find_deadline(text: str, doc_date: dt.date | None) -> Period | None:
    """The phrase that bounds an action: the first resolvable one, else the first dateless anchor.

    A full date only bounds an action after a deadline preposition (`by 31 March`); `the
    declarations of 2 November 2015` is a reference, not a deadline."""
    preps = tuple(p.lower() for p in _vocab()["deadline_prepositions"] if p not in ("in", "for", "from"))
    candidates = []
    for p in find_periods(text, doc_date):
        if p.kind == "past":
            continue
        if p.first is not None and p.first == p.last:
            before = text[: p.start].rstrip().lower()
            if not before.endswith(preps):
                continue
        candidates.append(p)
    dated = [p for p in candidates if p.kind == "dated"]
    if dated:
        return dated[0]
    return candidates[0] if candidates else None
