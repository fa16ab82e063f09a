"""Amounts of money in every written form: `€62.7 million`, `£63m`, `€ 5 million`, `EUR 5m`,
`€22m`, `5 million euros`, and a parallel figure in brackets (`€5 million funding (£4m)`).

Symbols, codes, currency words and scales are data (``vocab/money.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline import vocab
from pipeline.extract.prefilter import fold, literal_test


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    amount: float
    currency: str


def _alt(items) -> str:
    return "|".join(re.escape(s) for s in sorted(items, key=len, reverse=True))


@cache
def _money_re() -> tuple[re.Pattern[str], dict[str, str], dict[str, int]]:
    v = vocab.load("money")
    by_token: dict[str, str] = {}
    for code, forms in v["currencies"].items():
        for tok in forms["symbols"] + forms["codes"] + forms["words"]:
            by_token[tok.lower()] = code
    prefixes = _alt([t for c in v["currencies"].values() for t in c["symbols"] + c["codes"]])
    words = _alt([t for c in v["currencies"].values() for t in c["words"] + c["codes"]])
    scales = _alt(v["scales"])
    number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    pattern = re.compile(
        rf"(?:(?P<pre>{prefixes})\s?(?P<n1>{number})(?:\s?(?P<s1>{scales})\b)?"
        rf"|(?<![\w.])(?P<n2>{number})\s?(?P<s2>{scales})?\s(?P<post>{words})\b)",
        re.I,
    )
    return pattern, by_token, {k.lower(): int(s) for k, s in v["scales"].items()}


def find_money(text: str) -> list[Money]:
    """Every amount of money in ``text``, in order."""
    return list(_money(text))


@lru_cache(maxsize=16384)
def _money(text: str) -> tuple[Money, ...]:
    """:func:`find_money`, memoised: themes, funding and statistics all read the same sentences."""
    pattern, by_token, scales = _money_re()
    needs = literal_test(pattern.pattern, pattern.flags)
    if needs is not None and not needs(fold(text)):
        return ()  # no currency sign, code or word
    out = []
    for m in pattern.finditer(text):
        token = (m.group("pre") or m.group("post")).lower()
        number = m.group("n1") or m.group("n2")
        scale = (m.group("s1") or m.group("s2") or "").lower()
        amount = float(number.replace(",", "")) * scales.get(scale, 1)
        out.append(Money(m.start(), m.end(), m.group(0), amount, by_token[token]))
    return tuple(out)


def parallel_figure(text: str, money: Money, found: list[Money]) -> Money | None:
    """A figure in another currency given in brackets right after ``money`` (`€5 million funding
    (£4m)`): the same sum, written twice."""
    for other in found:
        if other.start <= money.end or other.currency == money.currency:
            continue
        between = text[money.end : other.start]
        if len(between) <= 20 and between.rstrip().endswith("(") and not re.search(r"[.;)]", between):
            return other
    return None
