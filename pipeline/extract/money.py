"""Amounts of money in every written form: `€62.7 million`, `£63m`, `€ 5 million`, `EUR 5m`,
`€22m`, `€35-million`, `5 million euros`, `5 millions d'euros`, `15 M€`, `2,5 millions de livres`,
in words before a scale (`dix millions d'euros`, `ten million pounds`), and a parallel figure in
brackets (`€5 million funding (£4m)`).

Symbols, codes, currency words, scales and number formats are data per language
(``vocab/money.yaml``, ``vocab/money.<lang>.yaml``). A figure that is no plausible amount (glued
to letters as in `€1e309`, not finite, not positive, or above the vocabulary's documented
ceiling) is not read as money at all: publishing `1.0 EUR` for it would be a wrong value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline import vocab
from pipeline.extract.numbers import number_vocab, parse_number, parse_words
from pipeline.extract.phrases import phrase_pattern
from pipeline.extract.prefilter import fold, literal_test


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    amount: float
    currency: str


def _alt(items: Iterable[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(items, key=len, reverse=True))


def money_vocab(language: str) -> dict[str, Any]:
    return vocab.load_for("money", language)


@cache
def _money_re(language: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    v = money_vocab(language)
    by_token: dict[str, str] = {}
    for code, forms in v["currencies"].items():
        for tok in forms["symbols"] + forms["codes"] + forms["words"]:
            by_token[tok.lower()] = code
    symbols = _alt([t for c in v["currencies"].values() for t in c["symbols"]])
    prefixes = _alt([t for c in v["currencies"].values() for t in c["symbols"] + c["codes"]])
    words = _alt([t for c in v["currencies"].values() for t in c["words"] + c["codes"]])
    scales = _alt(v["scales"])
    number = _amount_number(language)
    linker = v.get("scale_currency_linker") or ""
    end = r"(?![\w^])"  # a figure glued to letters (`1e309`, `5x`) or a power (`10^6`) is no amount
    spelled = _spelled_number(language)
    pattern = re.compile(
        rf"(?:(?P<pre>{prefixes})\s?(?P<n1>{number})(?:[\s-]?(?P<s1>{scales})\b|{end})"
        rf"|(?<![\w.,^])(?P<n2>{number})[\s-]?(?:(?P<s2>{scales})\s?)?(?:{linker})?\s?(?P<post>{words})\b"
        rf"|(?<![\w.,^])(?P<n3>{number})\s?(?:(?P<s3>{scales})\s?)?(?P<sym>{symbols})"
        rf"|(?<![\w'’-])(?P<n4>{spelled})[\s-](?P<s4>{scales})\s?(?:{linker})?\s?(?P<wpost>{words})\b)",
        re.I,
    )
    return pattern, by_token, {k.lower(): int(s) for k, s in v["scales"].items()}


def _amount_separators(language: str) -> list[str]:
    """Thousands separators of the language's figures, and the spaces an amount may group its
    digits with in any language (`£1 234 567` with a no-break, narrow or thin space)."""
    fmt = number_vocab(language)["number_format"]
    return list(dict.fromkeys([*fmt["thousands"], *money_vocab(language)["thousands_in_amounts"]]))


def _amount_number(language: str) -> str:
    """:func:`number_pattern` with the amount's own separators (`£1 234 567` reads whole)."""
    fmt = number_vocab(language)["number_format"]
    thousands = "[" + "".join(re.escape(t) for t in _amount_separators(language)) + "]"
    decimal = re.escape(fmt["decimal"])
    return rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?!\d)(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?"


def _parse_amount(number: str, language: str) -> float:
    for sep in _amount_separators(language):
        number = number.replace(sep, "")
    return parse_number(number, language)


def _spelled_number(language: str) -> str:
    """A number in words before a scale (`dix millions d'euros`, `ten million pounds`, `un
    milliard`): the language's number words, or its word for one (`un`, `one`, `a`)."""
    v = number_vocab(language)
    first = _alt(v["number_words"])
    tails = _alt([*v["number_words"], *v["number_word_tails"]])
    ones = _alt(money_vocab(language).get("one_words") or [])
    links = _alt(money_vocab(language).get("number_word_links") or []) or "(?!)"
    compound = rf"(?:{first})(?:[\s-]+(?:(?:{links})\s+)?(?:{tails}))*"
    return rf"{compound}|{ones}" if ones else compound


def _scale_after(text: str, end: int, scales: dict[str, int]) -> int | None:
    """A scale word written with a stray accent right after the figure (`62.7 míllion`)."""
    m = re.match(r"\s?(\w+)", text[end:])
    if not m:
        return None
    plain = "".join(c for c in unicodedata.normalize("NFKD", m.group(1)) if not unicodedata.combining(c))
    return scales.get(plain.lower()) if plain != m.group(1) else None


@cache
def currency_heads(language: str) -> frozenset[str]:
    """The head words of the names of the currencies every territory tenders today (CLDR through
    Babel, in ``language``: `dong`, `dinar`, `lek`), accents folded, less those that are common
    words too: a figure before one is a sum of money, never a count."""
    from babel import Locale
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    v = money_vocab(language)
    position = -1 if v["currency_name_head"] == "last" else 0
    names = Locale(language).currencies
    today = dt.date(2026, 1, 1)  # fixed: the list must not change with the day the pipeline runs
    codes = {c for t in get_global("territory_currencies") for c in get_territory_currencies(t, today)}
    heads = {_folded_word(names[c].split()[position]) for c in codes if c in names}
    return frozenset(heads - {_folded_word(w) for w in v["currency_heads_not_counted"]} - {""})


def currency_after(text: str, end: int, language: str) -> bool:
    """A figure ending at ``end`` is a sum in a currency of the world that the money rules do not
    read (`500 million dong`, `4 milliards de dinars`): money, never a count (guideline)."""
    m = _word_after_re(language).match(text, end, end + 40)
    if m is None:
        return False
    word, heads = _folded_word(m.group(1)), currency_heads(language)
    return word in heads or word[:-1] in heads  # the plural: `dinars`, `dongs`


@cache
def _word_after_re(language: str) -> re.Pattern[str]:
    """The word after a figure, past the language's link to a currency (`de `, `d'`: a pattern, as
    find_money reads it)."""
    linker = money_vocab(language)["scale_currency_linker"]
    link = rf"(?:(?:{linker})\s*)?" if linker else ""
    return re.compile(rf"\s+{link}([^\W\d_]+)", re.I)


def _folded_word(word: str) -> str:
    """A word in lower case, its accents and any character that is no letter dropped (`Dông` -> `dong`)."""
    plain = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in plain if c.isalpha() and c.isascii())


def find_money(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[Money]:
    """Every plausible amount of money in ``text``, in order."""
    return list(money_in(text, fold(text), vocab.language_of(language)))


@lru_cache(maxsize=16384)
def money_in(text: str, folded: str, language: str) -> tuple[Money, ...]:
    """:func:`find_money` of a text already folded (``folded`` is its :func:`fold`) in a resolved
    language, memoised: a sentence's analysis (:mod:`~pipeline.extract.analysis`) reads it once."""
    pattern, by_token, scales = _money_re(language)
    needs = literal_test(pattern.pattern, pattern.flags)
    if needs is not None and not needs(folded):
        return ()  # no currency sign, code or word
    ceiling = float(money_vocab(language)["max_plausible_amount"])
    out = []
    for m in pattern.finditer(text):
        token = (m.group("pre") or m.group("post") or m.group("sym") or m.group("wpost")).lower()
        number = m.group("n1") or m.group("n2") or m.group("n3")
        scale_word = (m.group("s1") or m.group("s2") or m.group("s3") or m.group("s4") or "").lower()
        scale = scales.get(scale_word) or _scale_after(text, m.end(), scales) or 1
        figure = _parse_amount(number, language) if number else _spelled_value(m.group("n4"), language)
        if figure is None:
            continue
        amount = figure * scale
        if not (math.isfinite(amount) and 0 < amount <= ceiling):
            continue
        out.append(Money(m.start(), m.end(), m.group(0), amount, by_token[token]))
    return tuple(sorted([*out, *_parts(text, out, scales, language)], key=lambda money: money.start))


def _parts(text: str, found: list[Money], scales: dict[str, int], language: str) -> list[Money]:
    """A part of an amount right after it, written with its scale and no currency of its own, in
    the amount's currency (`14 millions d'euros, dont 9 millions financés par ...`)."""
    starts = {money.start for money in found}
    out = []
    for money in found:
        part = _part_re(language).match(text, money.end)
        if part is None or part.start("n") in starts:
            continue  # none, or one with its own currency, read as an amount already
        value = _parse_amount(part.group("n"), language) * scales[part.group("s").lower()]
        if 0 < value < money.amount:
            out.append(
                Money(part.start("n"), part.end(), text[part.start("n") : part.end()], value, money.currency)
            )
    return out


@cache
def _part_re(language: str) -> re.Pattern[str]:
    """A part's link and its figure and scale right after an amount (`, dont 9 millions`, `, of
    which 9 million`)."""
    v = money_vocab(language)
    links = _alt(v["part_links"])
    return re.compile(
        rf"[\s,(]*(?:{links})\s+(?P<n>{_amount_number(language)})\s?(?P<s>{_alt(v['scales'])})\b",
        re.I,
    )


def _spelled_value(words: str, language: str) -> float | None:
    if words.lower() in {w.lower() for w in money_vocab(language).get("one_words") or []}:
        return 1.0
    return parse_words(words, language)


def restatement(text: str, money: Money, found: Sequence[Money]) -> Money | None:
    """The same sum in the same currency written again in brackets right after ``money`` (`dix
    millions d'euros (10 000 000 €)`): one amount, written in words and in digits."""
    following = [other for other in found if other.start > money.end][:1]  # only the next figure
    for other in following:
        if other.currency != money.currency or other.amount != money.amount:
            continue
        if re.fullmatch(r"\s*\(\s*", text[money.end : other.start]):
            return other
    return None


@cache
def _hedge_re(language: str) -> re.Pattern[str]:
    """A hedge word closing the text before a bracketed figure (`(approximately £8.6 million)`)."""
    hedges = _alt(money_vocab(language).get("parallel_hedges") or [])
    return re.compile(rf"(?:(?:{hedges})\s*)+$" if hedges else r"(?!)", re.I)


def parallel_figure(
    text: str, money: Money, found: Sequence[Money], language: str = vocab.DEFAULT_LANGUAGE
) -> Money | None:
    """A figure in another currency given in brackets right after ``money`` (`€5 million funding
    (£4m)`, `(approximately £8.6 million)`, `(environ 3,4 millions de livres)`): the same sum,
    written twice."""
    figures = parallel_figures(text, money, found, language)
    return figures[0] if figures else None


def parallel_figures(
    text: str, money: Money, found: Sequence[Money], language: str = vocab.DEFAULT_LANGUAGE
) -> list[Money]:
    """Every figure in the bracket after ``money`` that writes the same sum in another currency
    (`£5 million (€5.8 million, US$6.3 million)`), or set off by a comma and a hedge (`4 millions de
    livres, soit environ 5 millions d'euros`): the first is the row's alt_amount, the rest are the
    same money and no row."""
    hedge = _hedge_re(vocab.language_of(language))
    for i, other in enumerate(found):
        if other.start <= money.end or other.currency == money.currency:
            continue
        between = text[money.end : other.start]
        hedged = hedge.search(between)
        between = between[: hedged.start()] if hedged else between
        # right after it, or at the end of its clause with no other sum between (`£2 million a year ...
        # to maintain the equipment (around €2.9 million a year)`)
        alone = not any(money.end <= f.start < other.start for f in found if f is not other)
        reach = 20 if not alone else 160
        if len(between) <= reach and between.rstrip().endswith("(") and not re.search(r"[.;)]", between):
            close = text.find(")", other.end)
            close = close if close >= 0 else other.end
            return [other] + [f for f in found[i + 1 :] if f.start < close and f.currency != money.currency]
        if hedged and re.fullmatch(
            r"\s*,\s*", between
        ):  # `4 millions de livres, soit environ 5 millions d'euros,`
            return [other]
        return []
    return []


@cache
def _total_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    v = money_vocab(language)
    before = _alt(v.get("total_restatement_before") or []) or "(?!)"
    after = _alt(v.get("total_restatement_after") or []) or "(?!)"
    named = _alt(v.get("total_restatement_named") or []) or "(?!)"
    return (
        re.compile(rf"^[\s,;(–—-]*(?:{before})[\s,:]*$", re.I),
        re.compile(rf"\s*(?:{after})\b", re.I),
        re.compile(rf"^[\s,;(–—-]*(?:{named})[\s,:]*$", re.I),
    )


def stated_total(
    text: str, money: Money, found: Sequence[Money], language: str = vocab.DEFAULT_LANGUAGE
) -> Money | None:
    """The next figure when it restates the total of ``money``'s row (`€4 million per year over two
    years, i.e. €8 million in total`, `3 M€ par an pendant trois ans, soit 9 M€ au total`): a
    restating word before it and a total word after it, or a phrase naming the total before it
    (`a total of £423 million`), within the same sentence."""
    before, after, named = _total_res(vocab.language_of(language))
    for other in found:
        if other.start <= money.end:
            continue
        between = text[money.end : other.start]
        if len(between) > 80 or ";" in between:
            return None
        lead = between[between.rfind(",") + 1 :] if "," in between else between
        if (before.search(lead) and after.match(text, other.end)) or named.search(lead):
            return other
        return None
    return None


SAME_SUM_TOLERANCE = (
    0.01  # a restated sum is rounded (`£476 million over three years, or around £158.7 million a year`)
)
MAX_RESTATED_PERIODS = 12  # a restated yearly share divides the sum by a count of years no larger than this


def _same_sum(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SUM_TOLERANCE * max(abs(a), abs(b))


@cache
def _restating_lead_re(language: str) -> re.Pattern[str]:
    """A restating word, and perhaps a hedge, closing the text before a figure (`, or around`,
    `, soit environ`, `, i.e.`)."""
    v = money_vocab(language)
    before = _alt(v.get("total_restatement_before") or []) or "(?!)"
    hedges = _alt(v.get("parallel_hedges") or [])
    hedge = rf"(?:\s*(?:{hedges}))?" if hedges else ""
    return re.compile(rf"[,;(–—-]\s*(?:{before}){hedge}[\s,:]*$", re.I)


def restated_sums(
    text: str, money: Money, total: float, found: Sequence[Money], language: str = vocab.DEFAULT_LANGUAGE
) -> list[Money]:
    """Later figures of the sentence that restate ``money``'s sum on another basis after a restating
    word (`or`, `i.e.`, `soit`), with no total word needed: the whole sum (``total``: `£1 million a year
    for three years ..., or £3 million in total`, `soit 6 millions d'euros`) or its yearly share (`£476
    million over three years, or around £158.7 million a year`). The same money, so no row."""
    lead = _restating_lead_re(vocab.language_of(language))
    per_year = phrase_pattern(money_vocab(language)["per_year"])
    same: list[Money] = []
    for other in found:
        if other.start <= money.end or other.currency != money.currency:
            continue
        if ";" in text[money.end : other.start] or not lead.search(text[money.end : other.start]):
            continue
        if _same_sum(other.amount, total) and other.amount != money.amount:
            same.append(other)
        elif per_year.match(text[other.end :].lstrip()) and other.amount:
            n = round(money.amount / other.amount)
            if 2 <= n <= MAX_RESTATED_PERIODS and _same_sum(other.amount * n, money.amount):
                same.append(other)
    return same


def summed_total(total: Money, money: Money, found: Sequence[Money]) -> bool:
    """``total`` adds up the sentence's earlier sums in its currency (`France will contribute €10
    million and Italy €15 million, i.e. €25 million in total`): a summary of several rows, not the
    total of ``money``'s."""
    earlier = [m.amount for m in found if m.end <= total.start and m.currency == total.currency]
    return len(earlier) > 1 and total.amount != money.amount and _same_sum(sum(earlier), total.amount)
