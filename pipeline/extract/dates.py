"""Periods and deadlines written in prose, resolved against the document's date.

`by March 2011` -> 2011-03-31, `before the end of the year` -> the document year's 31 December,
`begin in October` -> the next October's last day, `in 21/22` -> the UK financial year
2021-04-01..2022-03-31, `between January and September 2010`, `first half of 2010`,
`since the beginning of the year`. Anchors with no date (`by the next UK-France summit`) keep their
text and no date. Full calendar dates come from :func:`pipeline.text.dates.find_dates`; words
(months, year parts, prepositions, vague anchors) come from ``vocab/dates.yaml``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline import vocab
from pipeline.extract.numbers import parse_words
from pipeline.extract.phrases import phrase_pattern
from pipeline.extract.prefilter import Screen, fold, literal_test
from pipeline.text.dates import FoundDate, find_dates, month_number, months_pattern

# Periods before the document: never a deadline.
REPORTED_PERIODS = ("since_year", "since_year_start", "last_year", "financial_year_last")
# Anchors relative to the document that bound an action with or without a preposition (`the end of
# the year`, `next month`); every other date needs one to be a deadline.
SELF_BOUNDING = (
    "year_end",
    "year_span",
    "date_span",
    "this_year",
    "month_end",
    "next_month",
    "next_year",
    "month_mid",
    "season_this",
    "season",
    "financial_years",
    "financial_year_next",
    "financial_year_this",
)


# How far before a date its deadline preposition is looked for.
_LEAD_CHARS = 80
# Patterns whose match is no period at all when it does not resolve (`21/30`).
_REAL_ONLY = (
    "counted",
    "counted_next",
    "between",
    "year_part",
    "year_part_code",
    "year_part_this",
    "year_part_next",
    "financial_year",
    "financial_years",
    "first_months",
)


@dataclass(frozen=True)
class Period:
    start: int  # offsets of the phrase in the text searched
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    kind: str  # "dated" (resolved), "vague" (anchor without a date), "past" (reported, unresolved),
    # "reported" (a resolved period before the document, `since 2014`, `last year`: never a deadline)
    rule: str = "date"  # the period pattern that found it (`date` for a full calendar date)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@cache
def _vocab(language: str = vocab.DEFAULT_LANGUAGE) -> dict[str, Any]:
    """Month names and the English anchors (dates.yaml) under the language's period grammar."""
    return {**vocab.load("dates"), **vocab.load("periods"), **vocab.load_for("periods", language)}


@cache
def _patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    v = _vocab(language)
    fields = {
        "m": months_pattern(),
        "preps": "|".join(sorted(map(re.escape, v["deadline_prepositions"]), key=len, reverse=True)),
        "parts": "|".join(v["year_parts"]),
        "codes": "|".join(map(re.escape, v["year_part_codes"])),
        "ordinals": "|".join(sorted({k for p in v["year_parts"].values() for k in p}, key=len, reverse=True)),
        "year": r"(?:19|20)\d{2}",
        "fy": r"(?:(?:19|20)\d{2}|\d{2})[/–-]\d{2}",
        "seasons": "|".join(sorted(map(re.escape, v["seasons"]), key=len, reverse=True)),
        "before": "|".join(sorted(map(re.escape, v["before_prepositions"]), key=len, reverse=True)),
        "units": "|".join(sorted(map(re.escape, v["count_units"]), key=len, reverse=True)),
    }
    return [
        (name, re.compile(template.format(**fields), re.I)) for name, template in v["period_patterns"].items()
    ]


@cache
def _screen(language: str) -> Screen:
    """Skips the :func:`_patterns` whose literals are absent (see :mod:`~pipeline.extract.prefilter`)."""
    return Screen([p for _, p in _patterns(language)])


@cache
def _vague_re(language: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _vocab(language)["vague_deadlines"]), re.I)


@cache
def _urgent_re(language: str) -> re.Pattern[str]:
    """Urgency with no date (`without delay`, `soon`, `dès que possible`)."""
    return re.compile("|".join(f"(?:{p})" for p in _vocab(language)["urgent_deadlines"]), re.I)


@cache
def _clause_re(language: str) -> re.Pattern[str]:
    """Where a clause ends: punctuation, or a conjunction or relative pronoun as a whole word."""
    words = "|".join(sorted(map(re.escape, _vocab(language)["clause_boundaries"]), key=len, reverse=True))
    return re.compile(rf"[,;:()\[\]–—]|\b(?:{words})\b", re.I)


@cache
def _tense_re(language: str, key: str) -> re.Pattern[str]:
    """The `past_markers` or `future_markers` of a clause (case-sensitive: `United` is no past)."""
    return re.compile("|".join(f"(?:{p})" for p in _vocab(language)[key]))


class _Clauses:
    """The clauses of one text, each judged once: is it one that reports the past (`which opened
    in March`, `as agreed in June`), a past verb and no future one between its boundaries?"""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        cuts = sorted({0, len(text)} | {i for m in _clause_re(language).finditer(text) for i in m.span()})
        self.cuts = cuts
        self.judged: dict[tuple[int, int], bool] = {}

    def past(self, p: Period) -> bool:
        """The phrase's clause, the phrase itself left out, reports the past."""
        lo = self.cuts[bisect.bisect_right(self.cuts, p.start) - 1]
        hi = self.cuts[bisect.bisect_left(self.cuts, p.end)] if p.end <= self.cuts[-1] else len(self.text)
        key = (lo, hi)
        if key not in self.judged:
            clause = self.text[lo:hi].replace(p.text, " ")
            past = _tense_re(self.language, "past_markers").search(clause)
            self.judged[key] = bool(past) and not _tense_re(self.language, "future_markers").search(clause)
        return self.judged[key]


@cache
def _past_re(language: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _vocab(language)["vague_periods"]), re.I)


_Span = tuple[dt.date | None, dt.date | None]
_NONE: _Span = (None, None)
# A period pattern's match, ``m.groupdict()``: each named group's text (None for a group that took no
# part; each resolver reads the groups its pattern always fills). Typed as typeshed types it.
_Groups = dict[str, Any]


def _between(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    y = int(g["y"])
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    return (dt.date(y, m1, 1), month_end(y, m2)) if m1 and m2 and m1 <= m2 else _NONE


def _part_months(g: _Groups, language: str) -> tuple[int, int] | tuple[None, None]:
    """The first and last month of a part of a year (`first half`, `troisième trimestre`)."""
    months: tuple[int, int] | tuple[None, None] = _vocab(language)["year_parts"][g["part"].lower()].get(
        g["ord"].lower(), (None, None)
    )
    return months


def _year_part(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    y = int(g["y"])
    lo, hi = _part_months(g, language)
    return (dt.date(y, lo, 1), month_end(y, hi)) if lo and hi else _NONE


def _year_part_code(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`Q2 2015`: the n-th of the parts a letter names (quarters, halves), in the year given."""
    v = _vocab(language)
    spans = sorted({tuple(m) for m in v["year_parts"][v["year_part_codes"][g["code"].lower()]].values()})
    n, y = int(g["n"]), int(g["y"])
    if n > len(spans):
        return _NONE
    lo, hi = spans[n - 1]
    return dt.date(y, lo, 1), month_end(y, hi)


def _year_part_this(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`by the end of the first half of the year` with no year: the document's, or the next one
    when that part has ended by the document's date."""
    lo, hi = _part_months(g, language)
    if doc_date is None or not lo or not hi:
        return _NONE
    y = doc_date.year if month_end(doc_date.year, hi) >= doc_date else doc_date.year + 1
    return dt.date(y, lo, 1), month_end(y, hi)


def _year_part_next(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`in the first half of next year`: that part of the year after the document's."""
    lo, hi = _part_months(g, language)
    if doc_date is None or not lo or not hi:
        return _NONE
    return dt.date(doc_date.year + 1, lo, 1), month_end(doc_date.year + 1, hi)


def _first_months(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    n = int(g["n"]) if g["n"].isdigit() else parse_words(g["n"], language)
    y = int(g["y"])
    return (dt.date(y, 1, 1), month_end(y, int(n))) if n and 1 <= n <= 12 else _NONE


def _financial_year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    g["y1"] = g.get("y1") or g.get("y4")
    y1 = int(g["y1"]) + (2000 if len(g["y1"]) == 2 else 0)
    if (y1 + 1) % 100 != int(g["y2"]) % 100:
        return _NONE
    mo, day = _vocab(language)["split_financial_year_start"]  # a year labelled by two calendar years
    first = dt.date(y1, mo, day)
    return first, dt.date(y1 + 1, mo, day) - dt.timedelta(days=1)


def _fy_containing(day: dt.date, language: str) -> int:
    """The first calendar year of the financial year that contains ``day``."""
    mo, d = _vocab(language)["financial_year_start"]
    return day.year if day >= dt.date(day.year, mo, d) else day.year - 1


def _fy_span(y1: int, language: str) -> _Span:
    mo, day = _vocab(language)["financial_year_start"]
    return dt.date(y1, mo, day), dt.date(y1 + 1, mo, day) - dt.timedelta(days=1)


def _financial_years(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`the financial years 2024/25 and 2025/26`: from the first one's start to the last one's end. A
    four-digit year alone is a budget year starting in it (`l'exercice budgétaire 2025`)."""
    spans = []
    for fy in re.finditer(r"(\d+)(?:[/–-](\d+))?", g["fys"]):
        a, b = fy.group(1), fy.group(2)
        y1 = int(a) + (2000 if len(a) == 2 else 0)
        if b and (y1 + 1) % 100 != int(b):
            return _NONE
        spans.append(_fy_span(y1, language))
    return (spans[0][0], spans[-1][1]) if spans else _NONE


def _financial_year_next(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    return _NONE if doc_date is None else _fy_span(_fy_containing(doc_date, language) + 1, language)


def _financial_year_this(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    return _NONE if doc_date is None else _fy_span(_fy_containing(doc_date, language), language)


def _financial_year_last(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    return _NONE if doc_date is None else _fy_span(_fy_containing(doc_date, language) - 1, language)


def _season_span(months: list[int], year: int) -> tuple[dt.date, dt.date]:
    """A season starting in ``year`` (winter runs into the next year)."""
    lo, hi = months
    return dt.date(year, lo, 1), month_end(year + (1 if hi < lo else 0), hi)


def _season(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`in the autumn` -> the autumn not yet over at the document's date, ending on its last day;
    `next summer` -> the first one not yet begun; `before the summer` -> the day before it begins."""
    v = _vocab(language)
    months = v["seasons"].get(g["s"].lower())
    if not months:
        return _NONE
    prep = (g.get("prep") or "").lower()
    before = prep in {b.lower() for b in v["before_prepositions"]} and not g.get("end")
    if g.get("y"):
        first, last = _season_span(months, int(g["y"]))
    elif doc_date is None:
        return _NONE
    else:
        spans = [_season_span(months, y) for y in range(doc_date.year - 1, doc_date.year + 2)]
        upcoming = before or bool(g.get("nxt"))
        first, last = next(s for s in spans if (s[0] > doc_date if upcoming else s[1] >= doc_date))
    if before:
        day = first - dt.timedelta(days=1)
        return day, day
    return first, last


def _since_year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    start = dt.date(int(g["y"]), 1, 1)
    return (start, doc_date) if doc_date is not None and doc_date >= start else (start, None)


def _next_month(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    if doc_date is None:
        return _NONE
    y, mo = (doc_date.year + 1, 1) if doc_date.month == 12 else (doc_date.year, doc_date.month + 1)
    return dt.date(y, mo, 1), month_end(y, mo)


def _this_month(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    if doc_date is None:
        return _NONE
    return dt.date(doc_date.year, doc_date.month, 1), month_end(doc_date.year, doc_date.month)


def _next_year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    if doc_date is None:
        return _NONE
    return dt.date(doc_date.year + 1, 1, 1), dt.date(doc_date.year + 1, 12, 31)


def _last_year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    return (dt.date(doc_date.year - 1, 1, 1), dt.date(doc_date.year - 1, 12, 31)) if doc_date else _NONE


def _this_year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    return _NONE if doc_date is None else (dt.date(doc_date.year, 1, 1), dt.date(doc_date.year, 12, 31))


def _since_year_start(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    return _NONE if doc_date is None else (dt.date(doc_date.year, 1, 1), doc_date)


def _before_month(g: _Groups, first: dt.date, last: dt.date, language: str) -> _Span:
    """Before a month (`before April 2025`), as before a season, the action ends the day before it
    begins; before its end (`before the end of March`), on its last day."""
    prep = (g.get("prep") or "").lower()
    if prep in {b.lower() for b in _vocab(language)["before_prepositions"]} and not g.get("end"):
        day = first - dt.timedelta(days=1)
        return day, day
    return first, last


def _month_year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    y, mo = int(g["y"]), month_number(g["m"])
    return _before_month(g, dt.date(y, mo, 1), month_end(y, mo), language) if mo else _NONE


def _year(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`in 2016` -> that year; `in 2023 and 2024`, `from 2009 to 2011` -> from the first to the end
    of the last."""
    y = int(g["y"])
    return dt.date(y, 1, 1), dt.date(int(g.get("y2") or y), 12, 31)


def _month(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    mo = month_number(g["m"])
    if doc_date is None or not mo:
        return _NONE
    y = doc_date.year if month_end(doc_date.year, mo) >= doc_date else doc_date.year + 1
    return _before_month(g, dt.date(y, mo, 1), month_end(y, mo), language)


def _counted(g: _Groups, doc_date: dt.date | None, language: str) -> _Span:
    """`in six months`, `within a month`: the span from the document's date to the day that many
    units later (a month on the same day of the month, or its last day when shorter)."""
    v = _vocab(language)
    word = g["n"].lower()
    n = 1.0 if word in v["count_one"] else (float(word) if word.isdigit() else parse_words(word, language))
    unit = v["count_units"].get(g["u"].lower())
    if doc_date is None or not n or n != int(n) or unit is None:
        return _NONE
    k = int(n)
    days = v["count_unit_days"].get(unit)
    if days:
        return doc_date, doc_date + dt.timedelta(days=k * days)
    months = k * (12 if unit == "year" else 1)
    y, mo = divmod(doc_date.month - 1 + months, 12)
    year, month = doc_date.year + y, mo + 1
    return doc_date, dt.date(year, month, min(doc_date.day, calendar.monthrange(year, month)[1]))


# Pattern name -> how its match resolves to (first day, last day), given the document's date.
_RESOLVERS: dict[str, Callable[[_Groups, dt.date | None, str], _Span]] = {
    "between": _between,
    "counted": _counted,
    "counted_next": _counted,
    "year_part": _year_part,
    "year_part_code": _year_part_code,
    "year_part_this": _year_part_this,
    "year_part_next": _year_part_next,
    "first_months": _first_months,
    "financial_year": _financial_year,
    "financial_years": _financial_years,
    "financial_year_next": _financial_year_next,
    "financial_year_this": _financial_year_this,
    "financial_year_last": _financial_year_last,
    "season": _season,
    "season_this": _season,
    "since_year": _since_year,
    "next_month": _next_month,
    "month_end": _this_month,
    "next_year": _next_year,
    "last_year": _last_year,
    "year_end": _this_year,
    "this_year": _this_year,
    "since_year_start": _since_year_start,
    "month_year": _month_year,
    "year_span": _year,
    "year": _year,
    "month": _month,
}


def _resolve(name: str, m: re.Match[str], doc_date: dt.date | None, language: str) -> _Span:
    g = m.groupdict()
    if name in ("day_month", "month_mid"):
        return _next_day(g, doc_date, name, language)
    resolver = _RESOLVERS.get(name)
    return resolver(g, doc_date, language) if resolver else _NONE


def _next_day(
    g: _Groups, doc_date: dt.date | None, name: str, language: str
) -> tuple[dt.date | None, dt.date | None]:
    """`by 31 July`, `mid-November`: that day in the document's year, or the next year's when the
    document is dated after it. A day that does not exist is no date (never moved to one that does)."""
    mo = month_number(g["m"])
    if doc_date is None or not mo:
        return None, None
    day = int(g["d"]) if name == "day_month" else int(_vocab(language)["mid_month_day"])
    for year in (doc_date.year, doc_date.year + 1):
        try:
            found = dt.date(year, mo, day)
        except ValueError:
            return None, None
        if found >= doc_date:
            return found, found
    return None, None


def find_periods(text: str, doc_date: dt.date | None, language: str = vocab.DEFAULT_LANGUAGE) -> list[Period]:
    """Every period or deadline phrase in ``text``, non-overlapping, in text order."""
    return list(periods_in(text, fold(text), doc_date, vocab.language_of(language)))


@lru_cache(maxsize=16384, typed=True)  # typed: a date and an equal Timestamp resolve differently
def periods_in(text: str, folded: str, doc_date: dt.date | None, language: str) -> tuple[Period, ...]:
    """:func:`find_periods` of a text already folded (``folded`` is its :func:`fold`) in a resolved
    language, memoised: a sentence's analysis reads it once for deadlines, funding and statistics."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    full_dates = find_dates(text)  # no digit, no date: it says so at once
    for start, end, opening, closing in _date_spans(text, full_dates, language):
        # a full date is a point (`by 31 March 2011`), two a span (`du 1er juin 2019 au 31 mai 2021`)
        taken.append((start, end))
        found.append(
            Period(
                start,
                end,
                text[start:end],
                opening,
                closing,
                "dated",
                "date" if opening == closing else "date_span",
            )
        )
    patterns = _patterns(language)
    for i in _screen(language).candidates(folded):
        name, pattern = patterns[i]
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            first, last = _resolve(name, m, doc_date, language)
            if last is None and name in _REAL_ONLY:
                continue  # not a real period (`21/30`, `between May and March 2010`)
            taken.append((m.start(), m.end()))
            kind = "reported" if name in REPORTED_PERIODS else ("dated" if last else "vague")
            found.append(Period(m.start(), m.end(), m.group(0), first, last, kind, name))
    for pattern, kind, rule in (
        (_vague_re(language), "vague", "anchor"),
        (_urgent_re(language), "vague", "urgent"),
        (_past_re(language), "past", "past"),
    ):
        needs = literal_test(pattern.pattern, pattern.flags)
        if needs is not None and not needs(folded):
            continue
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                found.append(Period(m.start(), m.end(), m.group(0), None, None, kind, rule))
    return tuple(sorted(found, key=lambda p: p.start))


def _date_spans(text: str, dates: list[FoundDate], language: str) -> list[tuple[int, int, dt.date, dt.date]]:
    """Each full date as a point, save two an opener and a link make one span, from the first to the
    second (`from 1 June 2019 to 31 May 2021`, `du 1er juin 2019 au 31 mai 2021`)."""
    v = vocab.load_for("periods", language)
    opener = phrase_pattern(v["date_span_openers"], r"(?<!\w)", r"\s+$")
    link = phrase_pattern(v["date_span_links"], r"\s*", r"\s*")
    out: list[tuple[int, int, dt.date, dt.date]] = []
    i = 0
    while i < len(dates):
        fd = dates[i]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if (
            nxt is not None
            and nxt.date > fd.date
            and link.fullmatch(text, fd.end, nxt.start)
            and opener.search(text, max(0, fd.start - 40), fd.start)
        ):
            out.append((fd.start, nxt.end, fd.date, nxt.date))
            i += 2
            continue
        out.append((fd.start, fd.end, fd.date, fd.date))
        i += 1
    return out


def _starts_with(phrase: str, preps: tuple[str, ...]) -> bool:
    return any(re.match(rf"{re.escape(p)}\b", phrase) for p in preps)


def _ends_with(before: str, preps: tuple[str, ...]) -> bool:
    """``before`` ends with one of ``preps`` as a whole word (`by`, not the end of `nearby`), or with
    one as a table's label (`By: end of 2014`)."""
    before = before.removesuffix(":").rstrip()
    return any(before.endswith(p) and not before[: -len(p)][-1:].isalnum() for p in preps)


def _bounds(p: Period, before: str, doc_date: dt.date | None, v: dict[str, Any]) -> bool:
    """A dated phrase bounds an action after a deadline preposition (`by 31 March`, `in 2016`) or a
    deadline's label (`end: December 2011`), or as a day named `on` / `le` that is not before the
    document (`will open on 1 March 2026`)."""
    point = p.first is not None and p.first == p.last
    preps = tuple(x.lower() for x in v["point_deadline_prepositions" if point else "deadline_prepositions"])
    if p.rule in SELF_BOUNDING or _ends_with(before, preps) or _starts_with(p.text.lower(), preps):
        return True
    labels = tuple(x.lower() for x in v["deadline_labels"])  # a plan's `(start: June 2011; end: ...)`
    if before.endswith(":") and _ends_with(before, labels):
        return True
    future = tuple(x.lower() for x in v.get("future_point_prepositions") or [])
    upcoming = point and doc_date is not None and p.last is not None and p.last >= doc_date
    return upcoming and _ends_with(before, future)


def find_deadline(
    text: str,
    doc_date: dt.date | None,
    language: str = vocab.DEFAULT_LANGUAGE,
    periods: Sequence[Period] | None = None,
) -> Period | None:
    """The phrase that bounds an action: the first resolvable one, else the first dateless anchor,
    else the first word of urgency.

    A date only bounds an action after a deadline preposition (`by 31 March`, `in 2016`); `the
    declarations of 2 November 2015` and `the agreement of November 2022` are references. A date
    before the document's date, or in a clause that reports the past, is never a deadline.
    ``periods``: the text's :func:`find_periods`, when its analysis has them already."""
    v = _vocab(language)
    clauses = _Clauses(text, language)
    candidates = []
    for p in find_periods(text, doc_date, language) if periods is None else periods:
        if p.kind in ("past", "reported"):
            continue
        if p.last is not None and doc_date is not None and p.last < doc_date:
            continue  # a date before the document bounds nothing still to do
        # the words right before it (a window: prepositions are short, and one slice per phrase of
        # the text up to it grew with the square of a long text)
        bounded = _bounds(p, text[max(0, p.start - _LEAD_CHARS) : p.start].rstrip().lower(), doc_date, v)
        if p.kind == "dated" and not bounded:
            continue  # `the agreement of November 2022` names a date; it bounds nothing
        if p.kind == "dated" and clauses.past(p):
            continue  # `the centre, which opened in March, ...` reports; it bounds nothing
        if p.kind == "dated":
            return p  # the first date that bounds the action
        candidates.append(p)
    # no date: an anchor (`by the next summit`); else urgency (`without delay`)
    anchors = [p for p in candidates if p.rule != "urgent"]
    return next(iter(anchors or candidates), None)
