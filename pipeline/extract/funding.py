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
from pipeline.contract import FX_NONE
from pipeline.extract.dates import find_periods
from pipeline.extract.ids import content_id, disambiguate
from pipeline.extract.money import Money, find_money, money_vocab, parallel_figure, restatement
from pipeline.extract.numbers import parse_words
from pipeline.extract.parties import (
    document_voice,
    named_parties,
    parties_after,
    party_codes,
    party_starts,
    subject_parties,
)
from pipeline.extract.phrases import phrase_pattern

TEXT_FX = "text"


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


def per_year_and_years(text: str, money: Money, language: str) -> tuple[bool, int, str | None]:
    """(per_year, years, the phrase) from the words right after the amount, or from the name of the
    money right before it (`une contribution annuelle de`, `an annual contribution of`)."""
    v = money_vocab(language)
    after = text[money.end : money.end + 80]
    m = phrase_pattern(v["per_year"]).search(after)
    if (not m or re.search(r"[.;:]", after[: m.start()])) and _annual_re(language).search(
        text[max(0, money.start - 40) : money.start]
    ):
        m = re.match(r"", after)  # the year is named before the amount: its duration follows it
    if not m or re.search(r"[.;:]", after[: m.start()]):
        # a bracketed parallel figure may stand before it (`€541 million (£480m) over three years`)
        spread = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?(?P<spread>{v['spread']})", re.I).match(after)
        return False, 1, spread.group("spread").strip() if spread else None
    years, phrase_end = 1, m.end()
    d = re.compile(r"[\s,]*" + v["duration"], re.I).match(after, m.end())
    if d:
        n = d.group("n")
        value = float(n) if n.isdigit() else parse_words(n, language)
        if value:
            years, phrase_end = int(value), d.end()
    return True, years, after[m.start() : phrase_end].strip()


@cache
def _annual_re(language: str) -> re.Pattern[str]:
    """The name of a sum paid every year, right before the amount (`une contribution annuelle de`)."""
    return re.compile(r"(?:" + "|".join(money_vocab(language)["per_year_before"]) + r")\s*$", re.I)


def kind_of(text: str, language: str = vocab.DEFAULT_LANGUAGE, money: Money | None = None) -> str:
    """`pledge` for new money promised, `disbursed` for money reported as spent: an amount its own
    clause places in the past (`up from £55 million last year`) is disbursed; otherwise a pledge
    cue in the sentence wins over a disbursement cue."""
    v = money_vocab(language)
    if money is not None and phrase_pattern(v["past_markers"]).search(_clause_around(text, money)):
        return "disbursed"
    if phrase_pattern(v["pledge_cues"]).search(text):
        return "pledge"
    if phrase_pattern(v["disbursed_cues"]).search(text):
        return "disbursed"
    return "pledge"


def _clause_around(text: str, money: Money) -> str:
    """The amount and the words of its clause around it (to the nearest comma, semicolon or stop)."""
    lo = max(text.rfind(sep, 0, money.start) for sep in (",", ";", ". ", "(")) + 1
    hi_candidates = [i for i in (text.find(sep, money.end) for sep in (",", ";", ". ", ")")) if i >= 0]
    return text[lo : min(hi_candidates, default=len(text))]


def is_not_funding(text: str, money: Money, language: str) -> bool:
    """The amount is no party's money for the cooperation: criminal assets seized, fees paid to
    smugglers (the vocabulary's `not_funding` phrases near the amount, within its clause)."""
    lo = max(text.rfind(";", 0, money.start), money.start - 60, 0)
    hi_stop = text.find(";", money.end)
    hi = min(money.end + 60, hi_stop if hi_stop >= 0 else len(text))
    window = text[lo:hi]
    return any(re.search(p, window, re.I) for p in money_vocab(language)["not_funding"])


@cache
def _giving_re(language: str) -> re.Pattern[str]:
    return phrase_pattern(money_vocab(language)["giving_verbs"])


@cache
def _passive_donor_re(language: str) -> re.Pattern[str]:
    markers = "|".join(money_vocab(language)["donor_markers"])
    return re.compile(rf"\b(?:{markers})\s+$", re.I)


def donor_and_recipient(text: str, money: Money, language: str = vocab.DEFAULT_LANGUAGE) -> tuple[str, str]:
    """The donor: a party named as the source (`financed by the United Kingdom`, `from France`);
    else the subject of the giving verb before the amount (`The UK will provide ...`); else the
    party named nearest before the amount (`a British contribution of ...`); else the first named
    after it. The recipient is the other party."""
    codes = party_codes()
    source = (
        _named_source(text, language)
        or _source_after(text, money, language)
        or _giver_to_receiver(text, money, language)
    )
    if source:
        donor = source
    else:
        verbs = [m for m in _giving_re(language).finditer(text, 0, money.start)]
        head = text[: verbs[-1].start()] if verbs else text[: money.start]
        before = subject_parties(head, language)
        after = named_parties(text[money.end :], language)
        # one government's statement gives its own money when no subject names the giver
        donor = before[-1] if before else (document_voice() or (after[0] if after else codes[0]))
    after = named_parties(text[money.end :], language)
    others = [c for c in after + codes if c != donor]
    return donor, others[0]


@cache
def receiving_re(language: str) -> re.Pattern[str]:
    """A verb whose subject gets the money (`receive`, `benefit from`, `bénéficier de`)."""
    return phrase_pattern(money_vocab(language).get("receiving_verbs") or ["(?!)"])


def _giver_to_receiver(text: str, money: Money, language: str) -> str | None:
    """`France will receive £10m`: the subject of a receiving verb right before the amount (no
    giving verb between them) gets the money, so the other party gave it."""
    received = [m.end() for m in receiving_re(language).finditer(text, 0, money.start)]
    given = [m.end() for m in _giving_re(language).finditer(text, 0, money.start)]
    if not received or (given and max(given) > max(received)):
        return None
    last = max(m.start() for m in receiving_re(language).finditer(text, 0, money.start))
    receivers = subject_parties(text[:last], language)
    others = [c for c in party_codes() if receivers and c != receivers[-1]]
    return others[0] if others else None


@cache
def _source_after_re(language: str) -> re.Pattern[str] | None:
    links = "|".join(money_vocab(language).get("source_after_amount") or [])
    return re.compile(rf"\s*(?:{links})\s*", re.I) if links else None


def _source_after(text: str, money: Money, language: str) -> str | None:
    """A party named right after the amount as where it comes from (`10 millions d'euros du
    Royaume-Uni`, `en provenance de la France`)."""
    link = _source_after_re(language)
    m = link.match(text, money.end) if link else None
    if not m:
        return None
    named = [code for code in party_codes() if m.end() in party_starts(text, code, language)]
    return named[0] if named else None


def _named_source(text: str, language: str) -> str | None:
    """A party named right after a source marker (`financed by`, `funded by`, `from`)."""
    found = parties_after(text, _passive_donor_re(language), language)
    return found[0] if found else None


def purpose_of(
    text: str, money: Money, skip: str | None = None, language: str = vocab.DEFAULT_LANGUAGE
) -> str:
    """What the money is for: the phrase after the amount that a purpose marker opens (`to help
    ...`, `for ...`), up to the end of its clause; else the words after the amount."""
    tail = text[money.end :]
    if skip and skip in tail:
        tail = tail[tail.index(skip) + len(skip) :]
    markers = money_vocab(language)["purpose_markers"]
    specific = [mk for mk in markers if " " in mk or len(mk) > 4]  # `to help`, `towards`, `afin de`
    m = phrase_pattern(specific).search(tail) or phrase_pattern(markers).search(tail)
    phrase = tail[m.start() :] if m else ""
    phrase = re.split(r"[;]|\.(?:\s|$)", phrase, maxsplit=1)[0].strip(" .;:,")
    if len(phrase.split()) >= 2:
        return phrase
    # a bare marker (`... for three years to:`) says nothing: the money's own name may (`a joint
    # intervention fund, including a British contribution of €5 million`)
    nouns = phrase_pattern(money_vocab(language)["purpose_nouns"])
    named = [m for m in nouns.finditer(text, 0, money.start)]
    if named:
        start = max(text.rfind(sep, 0, named[-1].start()) for sep in (",", ";", ":", " of ", " de ", "(")) + 1
        return re.sub(
            r"^(?:\s*(?:the|a|an|of|le|la|les|un|une|de|du|des)\s+)+", "", text[start : named[-1].end()]
        ).strip()
    return text.strip()


def extract_funding(
    doc_id: str,
    doc_date: dt.date | None,
    doc_text: str,
    segments: list[dict],
    language: str = vocab.DEFAULT_LANGUAGE,
) -> list[dict]:
    """One row per quantified amount a party gives or has given, in document order."""
    language = vocab.language_of(language)
    rows: list[dict] = []
    keys: list[str] = []
    for s in sorted(segments, key=lambda s: s["start"]):
        if s["kind"] not in ("sentence", "list_item"):
            continue
        text = s["text"]
        found = find_money(text, language)
        alts = set()
        for i, money in enumerate(found):
            if money in alts or is_not_funding(text, money, language):
                continue
            restated = restatement(text, money, found)
            if restated:
                alts.add(restated)  # the same sum in words and in digits is one row
            alt = parallel_figure(text, restated or money, found)
            if alt:
                alts.add(alt)
            rows.append(
                {
                    "doc_id": doc_id,
                    "text": text,
                    "char_start": s["start"],
                    "char_end": s["end"],
                    **_amount_fields(text, money, alt, doc_date, language),
                }
            )
            keys.append(content_id(doc_id, "f", "funding", text, i))
    for row, fid in zip(rows, disambiguate(keys), strict=True):
        row["funding_id"] = fid
    return rows


def _amount_fields(
    text: str, money: Money, alt: Money | None, doc_date: dt.date | None, language: str
) -> dict:
    """Everything a funding row says of one amount in its sentence: period, parties, kind, purpose,
    and the total in both currencies (the text's own parallel figure, else the shipped rate)."""
    per_year, years, duration_text = per_year_and_years(text, money, language)
    total = money.amount * years if per_year else money.amount
    periods = [p for p in find_periods(text, doc_date, language) if p.kind in ("dated", "past", "reported")]
    period = min(periods, key=lambda p: abs(p.start - money.end)) if periods else None
    donor, recipient = donor_and_recipient(text, money, language)
    if alt:
        alt_total = alt.amount * years if per_year else alt.amount
        converted, fx_source = {money.currency: total, alt.currency: alt_total}, TEXT_FX
    else:
        year = (
            (period.first or period.last).year
            if period and period.last
            else (doc_date.year if doc_date else None)
        )
        converted, fx_source = _convert(total, money.currency, year)
    return {
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
        "kind": kind_of(text, language, money),
        "purpose": purpose_of(text, money, duration_text, language),
        "amount_gbp": converted.get("GBP"),
        "amount_eur": converted.get("EUR"),
        "fx_source": fx_source,
    }


def _convert(total: float, currency: str, year: int | None) -> tuple[dict[str, float | None], str | None]:
    """The total in GBP and EUR and where the rate came from; an amount that cannot be converted
    keeps its converted amounts empty, and fx_source says why (never a guessed rate)."""
    if currency not in ("EUR", "GBP"):
        return {currency: total}, f"{FX_NONE}no exchange rate for {currency} in the shipped table"
    if year is None:
        return {currency: total}, f"{FX_NONE}no year to choose a rate by"
    rate, source = gbp_per_eur(year)
    if currency == "EUR":
        return {"EUR": total, "GBP": round(total * rate, 2)}, f"{source}, {year}"
    return {"GBP": total, "EUR": round(total / rate, 2)}, f"{source}, {year}"
