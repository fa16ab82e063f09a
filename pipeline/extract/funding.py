"""Funding: one row per quantified amount of money a party gives or has given.

A parallel figure in another currency in the same phrase is the same row (`alt_amount`), hedged
or listed with a third currency; a restated total (`i.e. €8 million in total`) is the row's
`total_amount`; `per year for three years` or `for each of the years 2024/25 and 2025/26` makes
`per_year`, `years` and `total_amount`; `kind` is `pledge` for new money and `disbursed` for money
already spent (a past or perfect giving verb in the amount's clause); the donor is the giver by
grammatical role, never the beneficiary. Savings, costs, allowances and prices per person are no
funding (``vocab/money.yaml``). Conversions use the text's own parallel figure, else the shipped ECB
annual average rates (``vocab/exchange_rates.csv``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline import vocab
from pipeline.contract import FX_NONE
from pipeline.extract.analysis import Analyses, SentenceAnalysis
from pipeline.extract.budget import check_budget
from pipeline.extract.cues import ASIDE, commitment_vocab
from pipeline.extract.dates import Period
from pipeline.extract.ids import content_id, disambiguate
from pipeline.extract.money import (
    Money,
    find_money,
    money_vocab,
    parallel_figures,
    restated_sums,
    restatement,
    stated_total,
    summed_total,
)
from pipeline.extract.numbers import parse_words
from pipeline.extract.parties import (
    capital_subject,
    document_bodies,
    document_voice,
    is_party,
    joined,
    joint_actor,
    mentions,
    named_parties,
    parties_after,
    party_codes,
    party_starts,
    subject_parties,
)
from pipeline.extract.passages import blank_spans, passage_around
from pipeline.extract.phrases import phrase_alternation, phrase_pattern
from pipeline.extract.statistics import proposal_re
from pipeline.text.states import ADJECTIVE, Mention

TEXT_FX = "text"
CONVERTED_CURRENCIES = ("GBP", "EUR")  # every row's total is published in both (amount_gbp, amount_eur)


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
    money right before it (`une contribution annuelle de`, `an annual contribution of`), or a list of
    years it is given for (`for each of the financial years 2024/25 and 2025/26`)."""
    v = money_vocab(language)
    after = text[money.end : money.end + 80]
    m = phrase_pattern(v["per_year"]).search(after)
    # the rate is this amount's when no stop and no other figure (outside brackets) stands between
    between = re.sub(r"\([^()]*\)", "", after[: m.start()]) if m else ""
    start = m.start() if m and not re.search(r"[.;:]|\d", between) else None
    if start is None and _annual_re(language).search(text[max(0, money.start - 40) : money.start]):
        start = 0  # the year is named before the amount: its duration follows it
    if start is None:
        listed = _each_of_years(after, language)
        if listed:
            return True, listed[0], listed[1]
        # a bracketed parallel figure may stand before it (`€541 million (£480m) over three years`)
        spread = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?(?P<spread>{v['spread']})", re.I).match(after)
        return False, 1, spread.group("spread").strip() if spread else None
    years, phrase_end = 1, (m.end() if m and start == m.start() else start)
    d = _duration_re(language).match(after, phrase_end)
    if d:
        n = d.group("n")
        value = float(n) if n.isdigit() else parse_words(n, language)
        if value:
            years, phrase_end = int(value), d.end()
    rate_years = None if d else _rate_years(after[phrase_end:], language)
    if rate_years:
        return True, rate_years[0], after[start : phrase_end + rate_years[1]].strip()
    span = None if d else _year_span(text, language)
    if span:
        return True, span[0], span[1]
    return True, years, after[start:phrase_end].strip() or None


@cache
def _year_span_res(language: str) -> tuple[re.Pattern[str], ...]:
    year = r"(?:19|20)\d\d"
    return tuple(
        re.compile(
            r"\b"
            + re.escape(p).replace(r"\{y1\}", f"(?P<y1>{year})").replace(r"\{y2\}", f"(?P<y2>{year})")
            + r"\b",
            re.I,
        )
        for p in money_vocab(language)["year_spans"]
    )


def _year_span(text: str, language: str) -> tuple[int, str] | None:
    """(how many years, the phrase) when a yearly sum's sentence names its years as a span
    (`between 2019 and 2022`, `pour les années 2025 et 2026`), first and last year included."""
    for pattern in _year_span_res(language):
        m = pattern.search(text)
        if m and 0 < int(m.group("y2")) - int(m.group("y1")) < 20:
            return int(m.group("y2")) - int(m.group("y1")) + 1, m.group(0)
    return None


@cache
def _duration_re(language: str) -> re.Pattern[str]:
    """How long a yearly sum runs (`for three years`, `for the next four years`, `pendant trois ans`)."""
    v = money_vocab(language)
    duration = v["duration"].replace("(?P<n>", f"{v['duration_next']}?(?P<n>", 1)
    return re.compile(r"[\s,]*" + duration, re.I)


@cache
def _each_of_years_re(language: str) -> re.Pattern[str]:
    """`for each of the financial years 2024/25 and 2025/26`: the phrase and the years it lists (a
    bracketed parallel figure may stand before it: `£3 million (€3.4 million) in each of ...`)."""
    v = money_vocab(language)
    year = r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b"
    links = "|".join(re.escape(w) for w in v["year_list_links"])
    return re.compile(
        rf"(?:\s*\([^()]{{1,30}}\))?\s*(?P<phrase>{phrase_pattern(v['each_of_years']).pattern}\s*(?P<years>{year}(?:\s*(?:{links})\s*{year}){{0,20}}))",
        re.I,
    )


@cache
def _rate_years_re(language: str) -> re.Pattern[str]:
    """The years a yearly sum is paid in, listed right after its rate (`€2 million a year in 2025 and
    2026`, `1 M€ par an en 2025, 2026 et 2027`)."""
    v = money_vocab(language)
    year = r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b"
    links = "|".join(re.escape(w) for w in v["year_list_links"])
    leads = phrase_pattern(v["rate_year_leads"]).pattern
    return re.compile(rf"\s*{leads}\s*(?P<years>{year}(?:\s*(?:{links})\s*{year}){{1,20}})", re.I)


def _rate_years(after_rate: str, language: str) -> tuple[int, int] | None:
    """(how many years are listed, where the list ends) after a yearly rate."""
    m = _rate_years_re(language).match(after_rate)
    if not m:
        return None
    count = len(re.findall(r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b", m.group("years")))
    return (count, m.end()) if count > 1 else None


def _each_of_years(after: str, language: str) -> tuple[int, str] | None:
    """(how many years are listed, the phrase) when the amount is given for each of listed years."""
    m = _each_of_years_re(language).match(after)
    if not m:
        return None
    count = len(re.findall(r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b", m.group("years")))
    return (count, m.group("phrase").strip()) if count > 1 else None


@cache
def _annual_re(language: str) -> re.Pattern[str]:
    """The name of a sum paid every year, right before the amount (`une contribution annuelle de`)."""
    return re.compile(r"(?:" + "|".join(money_vocab(language)["per_year_before"]) + r")\s*$", re.I)


def kind_of(
    text: str,
    language: str = vocab.DEFAULT_LANGUAGE,
    money: Money | None = None,
    past_period: bool = False,
) -> str:
    """`pledge` for new money promised, `disbursed` for money reported as spent: an amount its own
    clause places in the past (`up from £55 million last year`, `were paid`, `had been spent`) is
    disbursed; otherwise a pledge cue in the sentence wins over a disbursement cue. With no cue at
    all, an amount dated wholly before the document (``past_period``: a data line `2017: £20
    million (...)` in a 2024 statement) was spent; else it is new money."""
    if money is not None:
        clause = _clause_around(text, money)
        if _spent_re(language).search(clause) or _past_marked(clause, text, money, language):
            return "disbursed"
        if _spent_after(text, money, language):
            return "disbursed"
    if _has(text, language, "pledge_cues"):
        return "pledge"
    if _has(text, language, "disbursed_cues") or _opens_in_the_past(text, language):
        return "disbursed"
    return "disbursed" if past_period else "pledge"


OPENING_MAX_WORDS = 6  # a fronted adverbial (`Depuis 2009,`, `Since 2015,`) is a few words before its comma


def _opens_in_the_past(text: str, language: str) -> bool:
    """The sentence opens with an adverbial of past time that names a year or a period (`Depuis
    2009, la contribution britannique s'élève à 15 M€`, `Since 2015, ...`): with no promising word,
    the sum it states was spent."""
    comma = text.find(",")
    opening = text[:comma] if comma > 0 else ""
    if not opening or len(opening.split()) > OPENING_MAX_WORDS or not re.search(r"\d", opening):
        return False
    return phrase_pattern(money_vocab(language)["past_markers"]).search(opening) is not None


def _past_marked(clause: str, text: str, money: Money, language: str) -> bool:
    """A marker of past time in the amount's clause (`last year`, `since`, `depuis`) places it in
    the past, unless a promising verb before the amount in that clause governs it and the marker
    only follows the amount (`La France versera 2 M€ au programme ... depuis Vintimille`)."""
    markers = list(phrase_pattern(money_vocab(language)["past_markers"]).finditer(clause))
    if not markers:
        return False
    offset = text.find(clause)
    head = text[max(offset, 0) : money.start] if offset >= 0 else ""
    promised = bool(head) and _has(head, language, "pledge_cues")
    amount_end = money.end - max(offset, 0)
    return not promised or any(m.start() < amount_end for m in markers)


def _spent_after(text: str, money: Money, language: str) -> bool:
    """The clause right after the amount's says it was spent: a participle set off after it
    (`Notre contribution de 12 M£, versée l'an dernier,`, `Our £12m contribution, paid last year,`)
    or the verb the amount set off between commas is the subject of (`sa contribution, soit 12,5
    M£, a été intégralement versée`)."""
    end = text.find(",", money.end, money.end + MAX_CLAUSE_CHARS)
    if end < 0 or re.search(r"[;.!?]", text[money.end : end]):
        return False
    stops = [i for i in (text.find(c, end + 1) for c in ",;.") if i >= 0]
    following = text[end + 1 : min(stops, default=len(text))]
    participle, perfect = _spent_after_res(language)
    if participle.match(following) and phrase_pattern(money_vocab(language)["past_markers"]).search(
        following
    ):
        return True
    return perfect.match(following) is not None


@cache
def _spent_after_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A spending participle opening a clause (`versée l'an dernier`), and a spending perfect opening
    one (`a été intégralement versée`)."""
    participles = phrase_alternation(money_vocab(language)["spent_participles"])
    return (
        re.compile(rf"\s*(?:{participles})(?:e|s|es)?\b", re.I),
        re.compile(rf"\s*{_spent_re(language).pattern}", re.I),
    )


@cache
def _spent_re(language: str) -> re.Pattern[str]:
    """A giving verb in the past or perfect (`were paid`, `had been spent`, `has provided`, `ont été
    versés`), perhaps after an adverb group (`a d'ores et déjà versé`, `has already been paid`): the
    money was spent."""
    v = money_vocab(language)
    aux = phrase_alternation(v["past_auxiliaries"])
    verbs = phrase_alternation(v["spent_participles"])
    return re.compile(rf"\b(?:{aux})\s+(?:[\w'’]+\s+){{0,3}}(?:{verbs})(?:e|s|es)?\b", re.I)


MAX_CLAUSE_CHARS = 400  # each side of an amount: a clause runs no further (and a crafted one stays linear)


def _clause_around(text: str, money: Money) -> str:
    """The amount and the words of its clause around it (to the nearest comma, semicolon or stop,
    and no further than ``MAX_CLAUSE_CHARS`` either side)."""
    floor = max(0, money.start - MAX_CLAUSE_CHARS)
    ceiling = min(len(text), money.end + MAX_CLAUSE_CHARS)
    lo = max([floor - 1, *(text.rfind(sep, floor, money.start) for sep in (",", ";", ". ", "("))]) + 1
    ends = [text.find(sep, money.end, ceiling) for sep in (",", ";", ". ", ")")]
    return text[lo : min([i for i in ends if i >= 0], default=ceiling)]


def is_not_funding(text: str, money: Money, language: str) -> bool:
    """The amount is no party's money for the cooperation: criminal assets seized, fees paid to
    smugglers (the vocabulary's `not_funding` phrases near the amount, within its clause), a saving,
    a cost, an allowance, a salary or a valuation (`not_funding_before`, `valuations` right before
    it: `is estimated at`), a rate per day or a price per person (`not_funding_after` right after
    it)."""
    lo = max(text.rfind(";", 0, money.start), money.start - 60, 0)
    hi_stop = text.find(";", money.end)
    hi = min(money.end + 60, hi_stop if hi_stop >= 0 else len(text))
    clause = _clause_around(text, money)
    head = clause[: max(0, clause.find(money.text))]  # a seizure before the amount in its clause
    window = text[lo:hi]
    v = money_vocab(language)
    if any(re.search(p, window, re.I) or re.search(p, head, re.I) for p in v["not_funding"]):
        return True
    before, after = _not_funding_around(language)
    if before.search(text[lo : money.start]) or after.match(text, money.end, hi):
        return True
    return (
        _criminal_subject(text, money, language)
        or measures_without_giving(text, language)
        or _measured_subject(text, money, language)
        # a recommendation's money (`Recommandation n° 2 : créer un fonds de 50 M€`) is proposed,
        # not given: no party has pledged it
        or proposal_re(language).match(text) is not None
    )


@cache
def _measured_subject_re(language: str) -> re.Pattern[str]:
    v = money_vocab(language)
    determiners = phrase_alternation(v["determiners"])
    nouns = phrase_alternation(v["measure_nouns"])
    verbs = phrase_alternation([*v["measure_verbs"], *v["measure_copulas"]])
    return re.compile(
        rf"(?:^|[,;:]\s)\s*(?:(?:{determiners})\s*)?(?:[^\W\d]+\s+){{0,3}}?(?:{nouns})(?!\w)[^;:]{{0,160}}?"
        rf"(?<!\w)(?:{verbs})(?!\w)(?:\s+[\w'’]+){{0,4}}\s*$",
        re.I,
    )


def _measured_subject(text: str, money: Money, language: str) -> bool:
    """A cost, a price, a budget or an allowance heads the subject of the verb that states the
    amount (`Le budget annuel de la police ... atteint 40 M€`, `The daily allowance paid to an officer
    is currently €92`): a measure, whatever giving word its subject carries."""
    return bool(_measured_subject_re(language).search(text[max(0, money.start - 220) : money.start]))


def _criminal_subject(text: str, money: Money, language: str) -> bool:
    """A criminal named before the sum and no party before it (`A smuggler can make £40,000`, `Un
    passeur demande entre 150 et 300 euros`): what crime asks or earns, no party's money."""
    head = text[: money.start]
    if not _vocab_re(language, "criminal_subjects").search(head):
        return False
    return not mentions(head, language)


@lru_cache(maxsize=64)  # a sentence's verdict, asked once per amount in it
def measures_without_giving(text: str, language: str) -> bool:
    """The sentence puts a figure on a cost, a price or earnings (`measure_nouns`, `measure_verbs`)
    and no word in it gives money: what it states is what something costs or earns, not a gift."""
    measures = ("measure_nouns", "measure_verbs", "average_words")
    if not any(_vocab_re(language, key).search(text) for key in measures):
        return False
    giving = ("giving_verbs", "disbursed_cues", "receiving_verbs", "giving_words")
    return not any(_vocab_re(language, key).search(text) for key in giving)


@cache
def _not_funding_around(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = money_vocab(language)
    before = "|".join([*v["not_funding_before"], *v["valuations"]]) or "(?!)"
    after = "|".join(v["not_funding_after"]) or "(?!)"
    return re.compile(rf"(?:{before})\s*$", re.I), re.compile(rf"\s*(?:{after})", re.I)


@cache
def _passive_donor_re(language: str) -> re.Pattern[str]:
    markers = "|".join(money_vocab(language)["donor_markers"])
    return re.compile(rf"\b(?:{markers})\s+$", re.I)


@cache
def _donor_marker_re(language: str) -> re.Pattern[str]:
    """A source marker anywhere (`from`, `financed by`), the body after it read by `_body_at`."""
    markers = "|".join(money_vocab(language)["donor_markers"])
    return re.compile(rf"\b(?:{markers})\s+", re.I)


def donor_and_recipient(
    text: str,
    money: Money,
    language: str = vocab.DEFAULT_LANGUAGE,
    previous: str | None = None,
    analysis: SentenceAnalysis | None = None,
) -> tuple[str, str]:
    """The donor is the giver, never the beneficiary: a party named as the source (`financed by the
    United Kingdom`, `from France`, `France will receive ...` makes the other party the giver); else
    the subject of the giving verb before the amount (`The UK will provide ...`, the first party of its
    clause: `France will match the British contribution`); else ``previous`` (the donor of the sentence
    before) for a pronoun subject (`It will also fund ...`); else the government that speaks (`I am
    announcing`, `The Government has provided`, `The Prime Minister announced`); else the party other
    than the one the money goes to, named after the amount (`£3m for French officers ... will be made
    available`). The recipient is the other party. ``analysis``: the text's (its parties), when
    the extractor has it."""
    codes = party_codes()
    named = analysis.mentions if analysis is not None else mentions(text, language)
    # a source named inside an amount's purpose is where the purpose's people come from, not the
    # money (`£10 million to the IOM for voluntary returns from Greece`, `..., and Italy €8 million`)
    amounts = analysis.money if analysis is not None else [money]
    purposes = _purpose_spans(text, tuple((a.start, a.end) for a in amounts), language)
    stop = _purpose_start(text, money.end, language)
    source_text = blank_spans(text[:stop], purposes)
    outside = [m for m in named if m.end <= stop and not any(a <= m.start < b for a, b in purposes)]
    donor = (
        _qualified_giver(text, money, language, outside)
        or _named_source(source_text, language, outside)
        or _body_source(source_text, language)
        or _source_after(text, money, language, named)
        or _giver_to_receiver(text, money, language)
    )
    following = min((a.start for a in amounts if a.start >= money.end), default=len(text))  # the next sum's
    after = named_parties(text[money.end : min(money.end + REACH, following)], language)
    if not donor and analysis is not None:
        donor = _coordinated_giver(text, money, language, analysis.money)
    donor = donor or _relative_giver(text, money, language)
    donor = donor or _subject_giver(text, money, language, previous)
    if not donor:
        others = [c for c in codes if after and c != after[0]]
        donor = others[0] if others else codes[0]
    others = [c for c in after + codes if c != donor]
    return donor, others[0]


def _subject_giver(text: str, money: Money, language: str, previous: str | None) -> str:
    """The giver a giving verb's subject names (a party, a capital, a body); else ``previous`` for a
    pronoun subject or a list row with no word before its amount; else the speaking government."""
    verbs = [start for start, _ in _spans(text, language, "giving_verbs") if start < money.start]
    head = text[max(0, (verbs[-1] if verbs else money.start) - REACH) : verbs[-1] if verbs else money.start]
    # `For 2026 alone, London will transfer ...`: the capital before its verb, read up to the amount
    clause = re.split(r"[,;:]", text[max(0, money.start - REACH) : money.start])[-1].lstrip()
    donor = (
        _subject_of(head, language)
        or joined(capital_subject(clause, language))
        or _giving_body(head, language)
    )
    if not donor and previous and _vocab_re(language, "anaphoric_subjects").search(head):
        donor = previous
    if not donor and previous and not re.search(r"[^\W\d_]", clause):
        donor = previous  # a row with no word before its amount (`- 2018 : 50,5 M€`): the list's giver
    if not donor and _vocab_re(language, "speaker_subjects").search(head):
        donor = money_vocab(language)["home_party"]
    # one government's statement gives its own money when no subject names the giver
    return donor or document_voice() or ""


def _qualified_giver(text: str, money: Money, language: str, named: Sequence[Mention]) -> str | None:
    """A sum a giving noun names, which a state's adjective qualifies right before it (`the British
    contribution of €31.4 million`, `la contribution britannique de 31,4 millions d'euros`): that
    state gives it."""
    near = [m for m in named if m.kind == ADJECTIVE and m.end <= money.start]
    if not near:
        return None
    adjective = near[-1]
    gap = text[adjective.end : money.start]
    links = phrase_pattern(money_vocab(language)["sum_links"], r"(?<!\w)", r"\s*$")
    if len(gap.split()) > MAX_QUALIFIED_GAP_WORDS or re.search(r"[,;:.()]", gap) or not links.search(gap):
        return None  # `will match the British contribution with €2 million`: another's sum
    if _article_before_gift(gap, language):
        return None  # `versera à la Croix-Rouge française une contribution de`: another noun's adjective
    around = text[max(0, adjective.start - QUALIFIED_NOUN_REACH) : money.start]
    return adjective.code if phrase_pattern(money_vocab(language)["giving_words"]).search(around) else None


def _article_before_gift(gap: str, language: str) -> bool:
    """A determiner opens a new noun phrase between an adjective and the giving noun after it."""
    v = money_vocab(language)
    gift = phrase_pattern(v["giving_words"]).search(gap)
    links = {w.casefold() for w in v["sum_links"]}
    dets = {w.casefold() for w in v["determiners"]} - links
    return gift is not None and any(w.casefold() in dets for w in re.findall(r"[\w'’]+", gap[: gift.start()]))


MAX_QUALIFIED_GAP_WORDS = 3  # `contribution of`, `de`: the noun or its link between adjective and sum
QUALIFIED_NOUN_REACH = 16  # the French noun before its adjective (`la contribution britannique`)


@lru_cache(maxsize=8)
def _purpose_spans(text: str, amounts: tuple[tuple[int, int], ...], language: str) -> list[tuple[int, int]]:
    """Where each amount's purpose runs, from its opener to the next amount, else the text's end:
    read once for a sentence's amounts (``amounts``: their (start, end)), each a row of its own."""
    starts = sorted(start for start, _ in amounts)
    spans = []
    for _, end in amounts:
        begin = _purpose_start(text, end, language)
        following = bisect.bisect_right(starts, begin)
        stop = starts[following] if following < len(starts) else len(text)
        if begin < stop:
            spans.append((begin, stop))
    return spans


def _purpose_start(text: str, after: int, language: str) -> int:
    """Where an amount's purpose opens after its end ``after`` (`for`, `towards`, `pour`), else the
    text's end."""
    m = phrase_pattern(money_vocab(language)["source_stops"]).search(text, after)
    return m.start() if m else len(text)


def _body_source(text: str, language: str) -> str | None:
    """A body that is no state named right after a source marker (`will receive €9 million from
    the European Union`, `financé par la Commission européenne`): its donor code."""
    return next(
        (b for m in _donor_marker_re(language).finditer(text) if (b := _body_at(text, m.end(), language))),
        None,
    )


def _giving_body(head: str, language: str) -> str | None:
    """A body that is no state opening the clause of the giving verb (`The European Union will
    provide ...`, `L'Union européenne contribuera ...`, or a short name of one the text names in
    full: `la Commission a versé`) gives the money: its donor code."""
    # an aside after the body is no clause of its own (`L'Union européenne, associée aux travaux, a confirmé`)
    clause = re.split(r"[,;:]", re.sub(ASIDE, " ", head))[-1].strip()
    found = _body_at(clause, 0, language)
    if found:
        return found
    shorts = commitment_vocab(language)["acting_body_short_names"]
    named = [b for b in document_bodies() if b in shorts and phrase_pattern(shorts[b]).match(clause)]
    if named:
        return named[0]
    # after a fronted adverbial with no comma (`Since 2023 the European Union has financed`): the
    # body right before the verb, only its auxiliaries or adverbs between them
    for code, names in (money_vocab(language).get("giving_bodies") or {}).items():
        last = list(phrase_pattern(names).finditer(clause))
        if last and len(clause[last[-1].end() :].split()) <= MAX_WORDS_BEFORE_VERB:
            return str(code)
    return None


MAX_WORDS_BEFORE_VERB = 3  # `has already`, `will also`: what may part a giving body from its verb


def _body_at(text: str, pos: int, language: str) -> str | None:
    """The donor code of the giving body (`giving_bodies`) named at ``pos`` in ``text``, if any."""
    for code, names in (money_vocab(language).get("giving_bodies") or {}).items():
        if phrase_pattern(names).match(text, pos):
            return str(code)
    return None


def _coordinated_giver(text: str, money: Money, language: str, amounts: Sequence[Money]) -> str | None:
    """A second amount coordinated with a first one has its own giver, the party that is the subject
    of the last clause between the two (`... £3 million, with France contributing €2 million`, `La
    France versera 3 M€ et l'Allemagne 2 M€`)."""
    before = [m for m in amounts if m.end <= money.start]
    if not before:
        return None
    clause = re.split(r"[,;:]", text[before[-1].end : money.start])[-1]
    named = subject_parties(clause, language)
    verbs = [start for start, _ in _spans(clause, language, "giving_verbs")]
    if not named and verbs:  # `with France contributing`: the party right before the giving verb
        named = named_parties(clause[: verbs[-1]], language)[-1:]
    return named[0] if named else None


RELATIVE_REACH = 60  # the subject and verb of a relative clause right after an amount lie this close
RELATIVE_MAX_WORDS = 5  # a subject (`the United Kingdom`) and its auxiliaries (`has`, `will have`)


def _relative_giver(text: str, money: Money, language: str) -> str | None:
    """`the £2.8 million the UK has spent since 2021`, `the €4 million that Belgium will provide`: the
    amount heads a relative clause whose subject, a party, gives it (before its giving verb, no comma)."""
    after = text[money.end : money.end + RELATIVE_REACH]
    verbs = [start for start, _ in _spans(after, language, "giving_verbs")]
    if not verbs or re.search(r"[,;:.()]", after[: verbs[0]]):
        return None
    pronouns = _vocab_re(language, "relative_pronouns").pattern
    m = re.match(rf"\s+(?:{pronouns}\s*)?", after, re.I)
    clause = after[m.end() if m else 0 : verbs[0]]
    if re.search(r"\d", clause) or len(clause.split()) > RELATIVE_MAX_WORDS:
        return None  # another amount, or more than a subject and its auxiliaries
    subject = subject_parties(clause, language)
    return subject[0] if subject and re.match(r"\s", after) else None


OWN_COST_REACH = 40  # how far after a spent amount its running cost is named (`on staff`, `à l'accueil`)
REACH = 600  # how far from the amount its parties and verbs are looked for (long lists stay linear)


@lru_cache(maxsize=4096)
def _spans(text: str, language: str, key: str) -> tuple[tuple[int, int], ...]:
    """Where the vocabulary list ``key``'s words stand in ``text``, found once per sentence."""
    return tuple((m.start(), m.end()) for m in _vocab_re(language, key).finditer(text))


@lru_cache(maxsize=4096)
def _has(text: str, language: str, key: str) -> bool:
    """Whether a word of the vocabulary list ``key`` stands in ``text`` (once per sentence)."""
    return bool(_vocab_re(language, key).search(text))


def _subject_of(head: str, language: str) -> str | None:
    """The party that is the subject of the clause before the giving verb: the first named in that
    clause, else the last named before it. An aside between commas names no subject (`Le
    Royaume-Uni s'est engagé, lors du sommet franco-britannique, à verser`)."""
    head = _aside_re(language).sub(lambda m: " " * len(m.group(0)), head)
    clause = re.split(r"[,;:]", head)[-1]
    in_clause = subject_parties(clause, language)
    if in_clause:
        return in_clause[0]
    before = subject_parties(head, language)
    return before[-1] if before else None


@cache
def _aside_re(language: str) -> re.Pattern[str]:
    """A short aside set off by commas that a preposition opens (`, lors du sommet de mars,`, `, at
    the summit,`); a clause a conjunction opens (`, and the United Kingdom will meet the cost,`) is none."""
    openers = phrase_alternation(money_vocab(language)["aside_openers"])
    return re.compile(rf",\s*(?:{openers})\s[^,;:.()]{{1,80}}?,", re.I)


@cache
def _vocab_re(language: str, key: str) -> re.Pattern[str]:
    """Any word of the vocabulary list ``key`` as a whole word."""
    return phrase_pattern(money_vocab(language).get(key) or ["(?!)"])


def receiving_re(language: str) -> re.Pattern[str]:
    """A verb whose subject gets the money (`receive`, `benefit from`, `bénéficier de`)."""
    return _vocab_re(language, "receiving_verbs")


def _giver_to_receiver(text: str, money: Money, language: str) -> str | None:
    """`France will receive £10m`: the subject of a receiving verb right before the amount (no
    giving verb between them) gets the money, so the other party gave it."""
    received = [end for _, end in _spans(text, language, "receiving_verbs") if end <= money.start]
    given = [end for _, end in _spans(text, language, "giving_verbs") if end <= money.start]
    if not received or (given and max(given) > max(received)):
        return None
    last = max(start for start, end in _spans(text, language, "receiving_verbs") if end <= money.start)
    receivers = subject_parties(text[:last], language)
    others = [c for c in party_codes() if receivers and c != receivers[-1]]
    return others[0] if others else None


@cache
def _source_after_re(language: str) -> re.Pattern[str] | None:
    links = "|".join(money_vocab(language).get("source_after_amount") or [])
    return re.compile(rf"\s*(?:{links})\s*", re.I) if links else None


def _source_after(text: str, money: Money, language: str, found: Sequence[Mention]) -> str | None:
    """A party named right after the amount as where it comes from (`10 millions d'euros du
    Royaume-Uni`, `en provenance de la France`); ``found``: the parties the text names."""
    link = _source_after_re(language)
    m = link.match(text, money.end) if link else None
    if not m:
        return None
    named = [code for code in party_codes() if m.end() in party_starts(text, code, language, found)]
    return named[0] if named else None


def _named_source(text: str, language: str, found: Sequence[Mention]) -> str | None:
    """A party named right after a source marker (`financed by`, `funded by`, `from`); ``found``:
    the parties the text names (its analysis's, read once for all its amounts)."""
    sources = parties_after(text, _passive_donor_re(language), language, found=found)
    return sources[0] if sources else None


def purpose_of(
    text: str, money: Money, skip: str | None = None, language: str = vocab.DEFAULT_LANGUAGE
) -> str:
    """What the money is for: the phrase after the amount that a purpose marker opens (`to help
    ...`, `for ...`), up to the end of its clause; else the money's own name; else the sentence
    (no further than ``REACH`` from the amount)."""
    tail = text[money.end : money.end + REACH]
    if skip and skip in tail:
        tail = tail[tail.index(skip) + len(skip) :]
    bracket = re.match(r"\s*\(([^()]{3,200})\)", tail)
    if bracket and not find_money(bracket.group(1), language):  # a bracket, not the sentence
        return bracket.group(1).strip()  # a data line: `2017: £20 million (fencing at Calais)`
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
    named = [m for m in nouns.finditer(text, max(0, money.start - REACH), money.start)]
    if named:
        v = money_vocab(language)
        seps = [",", ";", ":", "(", *(f" {w} " for w in v["purpose_noun_links"])]
        floor = max(0, money.start - REACH)
        start = max([floor - 1, *(text.rfind(sep, floor, named[-1].start()) for sep in seps)]) + 1
        return _leading_determiners(language).sub("", text[start : named[-1].end()]).strip()
    return text[max(0, money.start - REACH) : money.end + REACH].strip()  # the sentence, as far as REACH


@cache
def _leading_determiners(language: str) -> re.Pattern[str]:
    """Determiners and links opening a noun phrase (`the`, `a`, `of`; `la`, `une`, `de`)."""
    words = phrase_alternation(money_vocab(language)["determiners"])
    return re.compile(rf"^(?:\s*(?:{words})\s+)+", re.I)


def extract_funding(
    doc_id: str,
    doc_date: dt.date | None,
    doc_text: str,
    segments: list[dict[str, Any]],
    language: str = vocab.DEFAULT_LANGUAGE,
    analyses: Analyses | None = None,
) -> list[dict[str, Any]]:
    """One row per quantified amount a party gives or has given, in document order; each sentence
    read through its analysis in ``analyses`` (the document's, shared with the other extractors)."""
    language = vocab.language_of(language)
    analyses = analyses or Analyses(language, doc_date)
    rows: list[dict[str, Any]] = []
    keys: list[str] = []
    # the donor of the row before, or the one party leading the sentence before when it gave no row
    # (`Le Royaume-Uni s'est engagé à financer ... Il a versé 10 millions d'euros`), for a pronoun
    previous: str | None = None
    for s in sorted(segments, key=lambda s: s["start"]):
        check_budget()
        if s["kind"] not in ("sentence", "list_item") and not _gift_field(s["text"], language):
            continue
        text = s["text"]
        a = analyses.of(text)
        found = a.money
        previous = previous if found else _one_leading_party(a) or previous
        alts: set[Money] = set()
        excluded: Money | None = None  # the last amount that is no party's money
        for i, money in enumerate(found):
            if money in alts:
                continue
            if is_not_funding(text, money, language) or _coordinated_with(text, excluded, money, language):
                excluded = money
                continue
            restated = restatement(text, money, found)
            if restated:
                alts.add(restated)  # the same sum in words and in digits is one row
            figures = parallel_figures(text, restated or money, found, language)
            alts.update(figures)  # the same sum in other currencies is one row
            total = stated_total(text, figures[-1] if figures else restated or money, found, language)
            if total:
                alts.add(total)  # `i.e. €8 million in total` is this row's total, not a row
            fields = _amount_fields(a, money, figures[0] if figures else None, previous)
            if total and total.currency == money.currency and not summed_total(total, money, found):
                fields["total_amount"] = total.amount
            alts.update(restated_sums(text, money, fields["total_amount"], found, language))
            previous = fields["donor"]
            quoted, start, end = passage_around(s, money.start, money.end)
            for donor in _givers(text, money, fields, language):
                given = {**fields, "donor": donor}
                if given["recipient"] == donor:
                    given["recipient"] = fields["donor"]
                rows.append({"doc_id": doc_id, "text": quoted, "char_start": start, "char_end": end, **given})
                keys.append(content_id(doc_id, "f", "funding", quoted, i))
    for row, fid in zip(rows, disambiguate(keys), strict=True):
        row["funding_id"] = fid
    return rows


@cache
def _gift_field_re(language: str) -> re.Pattern[str]:
    words = phrase_alternation(money_vocab(language)["giving_words"])
    return re.compile(rf"^[^:;.]{{0,60}}\b(?:{words})\b[^:;.]{{0,20}}:\s*\S", re.I)


def _gift_field(line: str, language: str) -> bool:
    """A header's field naming a gift and giving its sum (`DFID contribution: £9.6 million over
    three years`): a line of data, read as a sentence though it has no verb."""
    return bool(_gift_field_re(language).match(line))


def _own_spending(text: str, money: Money, donor: str, language: str) -> bool:
    """A party spends the amount on itself (`Germany spent €2.3 million on ... its motorways`,
    `France spent €35 million on housing migrants ... across France`): a spending verb in the
    amount's clause and a purpose that is the spender's own or lies in its own state, so no party
    gives it for the cooperation."""
    clause = _clause_around(text, money)
    verbs = list(_vocab_re(language, "spending_verbs").finditer(clause))
    if not verbs:
        return False
    amount_end = clause.find(money.text) + len(money.text)
    if _vocab_re(language, "own_state_subjects").search(clause[: verbs[0].start()]):
        return True  # `L'État consacre 80 millions d'euros aux opérations`: the state's own budget
    if verbs[0].start() < amount_end and not _party_subject(clause[: verbs[0].start()], language):
        return True  # `The port of Dunkirk alone spends about €4 million`: no party spends it
    # what it is spent on follows both the amount and its verb (`the £2.8 million the UK has spent
    # since 2021 on ...`: the subject between them is the spender, not the purpose)
    after = clause[max(amount_end, verbs[0].end()) :]
    if any(re.search(p, after, re.I) for p in money_vocab(language)["own_purposes"]):
        return True
    if _vocab_re(language, "own_costs").search(text[money.end : money.end + OWN_COST_REACH]):
        return True  # `most of it on staff`, `à l'accueil des mineurs isolés`
    return donor in named_parties(after, language)


def _party_subject(head: str, language: str) -> bool:
    """The words before a spending verb name a party, the speaker, or a pronoun for a giver named
    before (`The UK has spent`, `we have spent`, `Il a consacré`, `London has spent`)."""
    if not head.strip():
        return True  # no subject in its clause: read from the sentence, as any giver is
    keys = ("speaker_subjects", "anaphoric_subjects")
    return bool(
        mentions(head, language)
        or capital_subject(head, language)
        or any(_has(head, language, k) for k in keys)
    )


def _one_leading_party(a: SentenceAnalysis) -> str | None:
    """The one party a sentence opens with as its subject, which a pronoun after it stands for."""
    return a.leading if a.leading and ";" not in a.leading else None


def _givers(text: str, money: Money, fields: dict[str, Any], language: str) -> list[str]:
    """Who gives ``money``, a row each: each of a joint subject's parties (`10 millions d'euros
    chacun`), else the row's donor; none when an outsider gives it to another outsider, or when a
    party spends it on itself."""
    if between_outsiders(fields["donor"], fields["recipient"]) or _own_spending(
        text, money, fields["donor"], language
    ):
        return []
    return _each_giver(text, money, language) or [fields["donor"]]


def between_outsiders(donor: str, recipient: str) -> bool:
    """Money one outsider gives another (`The EU paid €20 million to Greece` in a UK–France text):
    no party gives it, so it is no funding of the text's cooperation (guideline §Funding). Only a
    recipient named as states counts as known; a fund or a programme may be the parties' own."""
    states = recipient.split(";") if recipient else []
    if not donor or not states or not all(len(c) == 2 and c.isupper() for c in states):
        return False
    return not is_party(donor) and not any(is_party(c) for c in states)


def _coordinated_with(text: str, excluded: Money | None, money: Money, language: str) -> bool:
    """``money`` follows an amount that is no party's money in the same sentence with no giving verb
    between them (`migrants pay between US$2,000 and US$4,000`, `an engine costs €2,500 and a boat
    around €4,000`): the second bound or the elliptical second price shares the first's verdict;
    not a total after a rate (`€3,000 for each person, up to a total of €15 million`)."""
    if excluded is None:
        return False
    between = text[excluded.end : money.start]
    rate_total = phrase_alternation(money_vocab(language)["rate_totals"])
    if re.search(rf"(?:{rate_total})\s*$", between, re.I):  # `€3,000 for each person, up to a total of
        return False  # €15 million`: the total after a rate is given
    return not re.search(r"[.;:]", between) and not _vocab_re(language, "giving_verbs").search(between)


def _each_giver(text: str, money: Money, language: str) -> list[str]:
    """`Les deux pays financeront ... 10 millions d'euros chacun`, `€5 million each`: a sum that each
    of a joint subject gives is one row per giver (the parties the subject names, or every party of
    the text for a joint subject that names none); [] when the amount is no such share."""
    v = money_vocab(language)
    m = re.match(
        rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?=(?:{phrase_alternation(v['each_giver'])})(?!\w))",
        text[money.end :],
        re.I,
    )
    if m is None or phrase_pattern(v["per_year"], prefix="").match(text, money.end + m.end()):
        return []  # `€5 million each year` is a yearly sum
    head = re.split(r"[;:]", text[: money.start])[-1]
    named = subject_parties(head, language)
    if len(named) == 1:
        return []  # one giver: `each` shares the sum among the receivers (`£1 million each to three NGOs`)
    joint = "|".join(f"(?:{p})" for p in commitment_vocab(language)["joint_subjects"])
    givers = named or (joint_actor(language).split(";") if re.search(rf"\b(?:{joint})\b", head, re.I) else [])
    return list(dict.fromkeys(givers)) if len(givers) > 1 else []


def _amount_fields(
    a: SentenceAnalysis, money: Money, alt: Money | None, previous: str | None = None
) -> dict[str, Any]:
    """Everything a funding row says of one amount in its sentence (``a``: the sentence's analysis):
    period, parties, kind, purpose, and the total in both currencies (the text's own parallel
    figure, else the shipped rate)."""
    text, language, doc_date = a.text, a.language, a.doc_date
    per_year, years, duration_text = per_year_and_years(text, money, language)
    total = money.amount * years if per_year else money.amount
    periods = [p for p in a.periods if p.kind in ("dated", "past", "reported")]
    period: Period | _Label | None = min(periods, key=lambda p: abs(p.start - money.end)) if periods else None
    period = period or _year_label(text)
    donor, recipient = donor_and_recipient(text, money, language, previous, a)
    if alt and {money.currency, alt.currency} == set(CONVERTED_CURRENCIES):
        # the text gives the sum in both published currencies: its own figures, no rate
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
        "kind": kind_of(
            text, language, money, bool(period and doc_date and period.last and period.last < doc_date)
        ),
        "purpose": purpose_of(text, money, duration_text, language),
        "amount_gbp": converted.get("GBP"),
        "amount_eur": converted.get("EUR"),
        "fx_source": fx_source,
    }


@dataclass(frozen=True)
class _Label:
    """A year that heads a data line (`2017: £20 million (...)`), as a period."""

    text: str
    first: dt.date
    last: dt.date


_YEAR_LABEL = re.compile(r"^\s*(?P<label>(?P<y>(?:19|20)\d\d)(?:[/-](?P<y2>\d{2}|\d{4}))?)\s*[:–—]")


def _year_label(text: str) -> _Label | None:
    """The year label at the head of a line of a list of amounts by year: a calendar year, or a
    financial year (`2017/18:` runs from 1 April to 31 March)."""
    m = _YEAR_LABEL.match(text)
    if not m:
        return None
    year = int(m.group("y"))
    if m.group("y2"):
        return _Label(m.group("label"), dt.date(year, 4, 1), dt.date(year + 1, 3, 31))
    return _Label(m.group("label"), dt.date(year, 1, 1), dt.date(year, 12, 31))


def _convert(total: float, currency: str, year: int | None) -> tuple[dict[str, float], str]:
    """The total in GBP and EUR and where the rate came from; an amount that cannot be converted
    keeps its converted amounts empty, and fx_source says why (never a guessed rate)."""
    if currency not in CONVERTED_CURRENCIES:
        return {currency: total}, f"{FX_NONE}no exchange rate for {currency} in the shipped table"
    if year is None:
        return {currency: total}, f"{FX_NONE}no year to choose a rate by"
    rate, source = gbp_per_eur(year)
    if currency == "EUR":
        return {"EUR": total, "GBP": round(total * rate, 2)}, f"{source}, {year}"
    return {"GBP": total, "EUR": round(total / rate, 2)}, f"{source}, {year}"
