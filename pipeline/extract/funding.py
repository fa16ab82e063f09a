"""Funding: one row per quantified amount of money a party gives or has given.

A parallel figure in another currency in the same phrase is the same row (`alt_amount`);
`per year for three years` makes `per_year`, `years` and `total_amount`; `kind` is `pledge` for
new money and `disbursed` for money already spent. Conversions use the text's own parallel figure,
else the shipped ECB annual average rates (``vocab/exchange_rates.csv``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache

from pipeline import vocab
from pipeline.extract.commitments import named_parties
from pipeline.extract.dates import find_periods
from pipeline.extract.ids import content_id, disambiguate
from pipeline.extract.money import Money, find_money, parallel_figure
from pipeline.extract.numbers import parse_words

TEXT_FX = "text"


def _vocab() -> dict:
    return vocab.load("money")


@cache
def _rates() -> tuple[list[int], dict[int, tuple[float, str]]]:
    rows = vocab.load_csv("exchange_rates")
    table = {int(r["year"]): (float(r["gbp_per_eur"]), r["source"]) for r in rows}
    return sorted(table), table


def gbp_per_eur(year: int) -> tuple[float, str]:
    """The annual average rate for ``year``; the nearest year in the table outside its range."""
    years, table = _rates()
    i = bisect.bisect_left(years, year)
    nearest = min(years[max(0, i - 1) : i + 1], key=lambda y: abs(y - year))
    return table[nearest]


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b", re.I
    )


def per_year_and_years(text: str, money: Money) -> tuple[bool, int, str | None]:
    """(per_year, years, the phrase) from the words right after the amount."""
    after = text[money.end : money.end + 80]
    m = _phrase_re(_vocab()["per_year"]).search(after)
    if not m or re.search(r"[.;:]", after[: m.start()]):
        return False, 1, None
    years, phrase_end = 1, m.end()
    d = re.compile(_vocab()["duration"], re.I).match(after, m.end() + 1) or re.compile(
        r"\s*" + _vocab()["duration"], re.I
    ).match(after, m.end())
    if d:
        n = d.group("n")
        value = float(n) if n.isdigit() else parse_words(n)
        if value:
            years, phrase_end = int(value), d.end()
    return True, years, after[m.start() : phrase_end].strip()


def kind_of(text: str) -> str:
    if _phrase_re(_vocab()["pledge_cues"]).search(text):
        return "pledge"
    if _phrase_re(_vocab()["disbursed_cues"]).search(text):
        return "disbursed"
    return "pledge"


def donor_and_recipient(text: str, money: Money) -> tuple[str, str]:
    """The donor is the party named nearest before the amount (the subject, or `a British
    contribution`), else the first named after it; the recipient the other party."""
    codes = list(vocab.load("commitments")["parties"])
    before = named_parties(text[: money.start])
    after = named_parties(text[money.end :])
    donor = before[-1] if before else (after[0] if after else codes[0])
    others = [c for c in after + codes if c != donor]
    return donor, others[0]


def purpose_of(text: str, money: Money, skip: str | None = None) -> str:
    """What the money is for: the words after the amount (and after its duration phrase)."""
    tail = text[money.end :]
    if skip and skip in tail:
        tail = tail[tail.index(skip) + len(skip) :]
    m = _phrase_re(_vocab()["purpose_markers"]).search(tail)
    return (tail[m.start() :] if m else tail).strip(" .;:,") or text.strip()


def extract_funding(doc_id: str, doc_date: dt.date | None, doc_text: str, segments: list[dict]) -> list[dict]:
    rows: list[dict] = []
    keys: list[str] = []
    for s in sorted(segments, key=lambda s: s["start"]):
        if s["kind"] not in ("sentence", "list_item"):
            continue
        text = s["text"]
        found = find_money(text)
        alts = set()
        for i, money in enumerate(found):
            if money in alts:
                continue
            alt = parallel_figure(text, money, found)
            if alt:
                alts.add(alt)
            per_year, years, duration_text = per_year_and_years(text, money)
            total = money.amount * years if per_year else money.amount
            periods = [p for p in find_periods(text, doc_date) if p.kind in ("dated", "past")]
            period = min(periods, key=lambda p: abs(p.start - money.end)) if periods else None
            donor, recipient = donor_and_recipient(text, money)
            if alt:
                alt_total = alt.amount * years if per_year else alt.amount
                converted = {money.currency: total, alt.currency: alt_total}
                fx_source = TEXT_FX
            else:
                year = (
                    (period.first or period.last).year
                    if period and period.last
                    else (doc_date.year if doc_date else None)
                )
                converted, fx_source = _convert(total, money.currency, year)
            rows.append(
                {
                    "doc_id": doc_id,
                    "text": text,
                    "char_start": s["start"],
                    "char_end": s["end"],
                    "amount": money.amount,
                    "currency": money.currency,
                    "alt_amount": alt.amount if alt else None,
                    "alt_currency": alt.currency if alt else None,
                    "per_year": per_year,
                    "years": years,
                    "total_amount": total,
                    "period_text": duration_text or (period.text if period else None),
                    "period_start": period.first if period and not duration_text else None,
                    "period_end": period.last if period and not duration_text else None,
                    "donor": donor,
                    "recipient": recipient,
                    "kind": kind_of(text),
                    "purpose": purpose_of(text, money, duration_text),
                    "amount_gbp": converted.get("GBP"),
                    "amount_eur": converted.get("EUR"),
                    "fx_source": fx_source,
                }
            )
            keys.append(content_id(doc_id, "f", "funding", text, i))
    for row, fid in zip(rows, disambiguate(keys), strict=True):
        row["funding_id"] = fid
    return rows


def _convert(total: float, currency: str, year: int | None) -> tuple[dict[str, float | None], str | None]:
    if currency not in ("EUR", "GBP") or year is None:
        return {currency: total}, None
    rate, source = gbp_per_eur(year)
    if currency == "EUR":
        return {"EUR": total, "GBP": round(total * rate, 2)}, f"{source}, {year}"
    return {"GBP": total, "EUR": round(total / rate, 2)}, f"{source}, {year}"
