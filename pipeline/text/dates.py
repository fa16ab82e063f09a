"""Calendar dates written out in prose (`2 November 2010`, `July 13 , 2010`, `3rd March 2016`).

Shared by document metadata and by the extractors, which resolve deadlines and periods on
top of these. Month and day names (English and French) come from ``vocab/dates.yaml``. A date
that does not exist (`31 February 2020`) is never found, and never moved to one that does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline import vocab
from pipeline.text.number_words import number_in_words


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    date: dt.date


def month_number(name: str) -> int | None:
    months: dict[str, int] = vocab.load("dates")["months"]
    return months.get(name.lower().rstrip("."))


@cache
def day_pattern() -> str:
    """A day of the month, an ordinal suffix of ``vocab/dates.yaml`` allowed (`1st`, `1er`);
    ``{n}`` in it names the group."""
    suffixes = sorted(map(re.escape, vocab.load("dates")["ordinal_suffixes"]), key=len, reverse=True)
    return r"(?P<{n}>[0-3]?\d)(?:" + "|".join(suffixes) + ")?"


@cache
def months_pattern() -> str:
    """An alternation of every month name in ``vocab/dates.yaml``, longest first."""
    return "|".join(sorted(map(re.escape, vocab.load("dates")["months"]), key=len, reverse=True))


@cache
def _date_re() -> re.Pattern[str]:
    months, day = months_pattern(), day_pattern()
    separators = "".join(vocab.load("dates")["numeric_date_separators"])
    # a month in capital Roman numerals, as European institutions date (`14.XI.2002`)
    roman = "(?-i:" + "|".join(sorted(vocab.load("dates")["roman_months"], key=len, reverse=True)) + ")"
    return re.compile(
        rf"\b(?:{day.format(n='d1')}\s+(?P<m1>{months})\.?,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<m2>{months})\.?\s+{day.format(n='d2')}\s*,?\s*(?P<y2>\d{{4}})"
        rf"|(?P<y3>\d{{4}})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
        # the day first, in digits (`4.7.2019`, `20/11/2015`), as British and French pages write it
        rf"|(?<![\d.,/])(?P<d4>[0-3]?\d)(?P<sep>[{re.escape(separators)}])(?P<m4>[01]?\d|{roman})(?P=sep)(?P<y4>(?:19|20)\d\d)(?![\d/]|\.\d))\b",
        re.I,
    )


def _month_digits(month: str) -> int:
    """A month in digits or in Roman numerals (`XI`)."""
    romans: list[str] = vocab.load("dates")["roman_months"]
    return romans.index(month) + 1 if month in romans else int(month)


def find_dates(text: str) -> list[FoundDate]:
    """Every full calendar date (day, month and year) in ``text``."""
    return list(_dates_in(text))


DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[FoundDate, ...]:
    """:func:`find_dates`, memoised: the metadata rules ask for the dates of the same header
    paragraphs several times."""
    found: list[FoundDate] = list(_worded_dates(text))
    if not DIGIT.search(text):
        return tuple(found)  # every other written date has a year in digits
    for m in _date_re().finditer(text):
        if m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        elif m.group("y4"):
            y, mo, d = int(m.group("y4")), _month_digits(m.group("m4")), int(m.group("d4"))
        else:
            y = int(m.group("y1") or m.group("y2"))
            mo = month_number(m.group("m1") or m.group("m2")) or 0
            d = int(m.group("d1") or m.group("d2"))
        try:
            found.append(FoundDate(m.start(), m.end(), dt.date(y, mo, d)))
        except ValueError:
            continue
    return tuple(sorted(found, key=lambda d: d.start))


@cache
def _worded_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cheap test for a worded year's opening, and a date written in words: a day (up to three
    words), a link, a month and a worded year (its opening and up to four words), perhaps led in
    (`of October in the year two thousand and twenty-five`)."""
    v = vocab.load("dates")
    openings = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in v["worded_year_openings"])
    links = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in v["worded_day_links"])
    articles = "|".join(map(re.escape, v["worded_day_articles"]))
    leads = "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in v["worded_year_leads"])
    word = r"[^\W\d_]+"
    return re.compile(rf"(?<!\w)(?:{openings})(?!\w)", re.I), re.compile(
        rf"(?<!\w)(?:(?:{articles})\s+)?(?P<day>{word}(?:[\s-]+{word}){{0,2}}?)\s+(?:(?:{links})\s+)?"
        rf"(?P<month>{months_pattern()})\s*,?\s+(?:(?:{leads})\s+)?(?P<year>(?:{openings})(?:[\s-]+{word}){{0,4}})",
        re.I,
    )


def _worded_dates(text: str) -> list[FoundDate]:
    """Dates whose day and year are written in words (`the third day of October two thousand and
    two`, `le vingt-trois novembre deux mille dix-huit`)."""
    opening, date_re = _worded_res()
    if opening.search(text) is None:
        return []
    found = []
    for m in date_re.finditer(text):
        day, month = _day_number(m.group("day")), month_number(m.group("month"))
        year = _worded_year(m.group("year"))
        if day is None or month is None or year is None:
            continue
        try:
            found.append(
                FoundDate(m.start("day") + day[1], m.start("year") + year[1], dt.date(year[0], month, day[0]))
            )
        except ValueError:
            continue
    return found


def _words_value(words: str) -> int | None:
    """Number words in English or French as an integer (`twenty three`, `vingt-trois`), else None:
    the month names around them are both languages', so are the numbers."""
    for language in ("en", "fr"):
        value = number_in_words(words, language)
        if value is not None:
            return int(value)
    return None


def _day_number(words: str) -> tuple[int, int] | None:
    """A day of the month in words, and where it starts in ``words``: the longest run of its last
    words that reads as an ordinal (`third`, `twenty-third`, `premier`) or a cardinal (`on the
    third` -> 3)."""
    ordinals: dict[str, int] = vocab.load("dates")["day_ordinals"]
    for m in re.finditer(r"[^\W\d_]+", words):
        parts = re.split(r"[\s-]+", words[m.start() :].lower().strip())
        if parts[-1] in ordinals:
            tens = _words_value(" ".join(parts[:-1])) if len(parts) > 1 else 0
            day = None if tens is None else tens + ordinals[parts[-1]]
        else:
            day = _words_value(words[m.start() :])
        if day is not None and 1 <= day <= 31:
            return day, m.start()
    return None


def _worded_year(words: str) -> tuple[int, int] | None:
    """A year in words and where it ends in ``words``: the longest run of its words that reads as a
    number in the calendar's range (`two thousand and two in London` -> 2002)."""
    low, high = vocab.load("dates")["year_range"]
    spans = [m.end() for m in re.finditer(r"[^\W\d_]+", words)]
    for end in reversed(spans):
        value = _words_value(words[:end])
        if value is not None and low <= value <= high:
            return value, end
    return None


@dataclass(frozen=True)
class PartialDate:
    """A day and month written without a year (`Monday 10 October`, `le 12 juillet`)."""

    start: int
    end: int
    day: int
    month: int
    weekday: int | None  # ISO weekday named beside it, if any


@cache
def _partial_re() -> re.Pattern[str]:
    cfg = vocab.load("dates")
    months, day = months_pattern(), day_pattern()
    days = "|".join(sorted(map(re.escape, cfg["weekdays"]), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<wd>{days}),?\s+(?:the\s+)?)?"
        rf"(?:{day.format(n='d1')}\s+(?:of\s+)?(?P<m1>{months})\b\.?|(?P<m2>{months})\.?\s+{day.format(n='d2')}\b)"
        r"(?!\s*,?\s*\d{4})(?!\s*\d)",
        re.I,
    )


def find_partial_dates(text: str) -> list[PartialDate]:
    """Every day-and-month written without a year, with the day name beside it when there is one."""
    found: list[PartialDate] = []
    if not DIGIT.search(text):  # every day is written in digits
        return found
    cfg = vocab.load("dates")
    for m in _partial_re().finditer(text):
        day = int(m.group("d1") or m.group("d2"))
        month = month_number(m.group("m1") or m.group("m2")) or 0
        if not _exists(2000, month, day):  # 2000 is a leap year: 29 February may exist
            continue
        weekday = cfg["weekdays"].get(m.group("wd").lower()) if m.group("wd") else None
        found.append(PartialDate(m.start(), m.end(), day, month, weekday))
    return found


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def years_in(text: str) -> list[int]:
    """Every four-digit year the text names, in order (repeats kept: frequency matters)."""
    low, high = vocab.load("dates")["year_range"]
    return [y for y in map(int, re.findall(r"(?<![\d,.])(\d{4})(?![\d,.]\d)", text)) if low <= y <= high]


def complete_date(partial: PartialDate, years: list[int], tie_year: int | None = None) -> dt.date | None:
    """The date a yearless day-and-month stands for, from the years its own text names.

    With a day name, the year must put that day on that weekday (the text's years first, then
    ``tie_year``); without one, the text's most frequent year, a tie broken by ``tie_year`` when
    it is among them, else the latest. No year that fits: ``None``, never a guess."""
    candidates = sorted(set(years), key=lambda y: (-years.count(y), -y))
    if partial.weekday is not None:
        pool = candidates + ([tie_year] if tie_year and tie_year not in candidates else [])
        for year in pool:
            exists = _exists(year, partial.month, partial.day)
            if exists and dt.date(year, partial.month, partial.day).isoweekday() == partial.weekday:
                return dt.date(year, partial.month, partial.day)
        return None
    if not candidates:
        return None
    top = [y for y in candidates if years.count(y) == years.count(candidates[0])]
    year = tie_year if tie_year in top else top[0]
    return dt.date(year, partial.month, partial.day) if _exists(year, partial.month, partial.day) else None
