"""Statistics: figures the text reports about the world — counts, percentage changes and
multiplicative changes (`doubled` -> 2, unit `factor`).

Not statistics (guideline): dates, money, figures inside a commitment's target, list numbering,
names (`Dublin III`, `G6`) and fiscal-year labels. Comparisons give one row each (`28 networks in
2015 (14 in 2014)`). Units, qualifiers, direction words, multipliers, places and the grammar the
rules read (clause links, finite verbs, prepositions of time, factor phrases) are data in
``vocab/statistics.yaml`` and its French twin, key for key; number words are read with ``text2num``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline import vocab
from pipeline.extract.analysis import Analyses, SentenceAnalysis
from pipeline.extract.budget import check_budget
from pipeline.extract.dates import Period
from pipeline.extract.ids import content_id, disambiguate
from pipeline.extract.money import currency_after, find_money
from pipeline.extract.numbers import Figure, number_vocab, parse_words
from pipeline.extract.parties import subject_parties
from pipeline.extract.passages import passage_around
from pipeline.extract.phrases import phrase_alternation, phrase_pattern
from pipeline.extract.prefilter import literal_test
from pipeline.text.dates import month_number
from pipeline.text.normalise import label_row, table_caption, table_cell_marks, table_cells
from pipeline.text.states import state_mentions

TOKEN = re.compile(r"%|[\w'’-]+|[^\w\s]")
PUNCTUATION = re.compile(r"[^\w\s%]")
NEXT_WORD = re.compile(r"\s(?P<w>[^\W\d_A-Z][\w'’-]*)")  # the lower-case word after a position
NON_WORD = re.compile(r"\W")
# an elided article or preposition glued to the word after it (`d’agents`, `l’immigration`)
ELIDED = re.compile(r"[^\W\d_]{1,2}['’](?=\w)")


@dataclass(frozen=True)
class Stat:
    start: int
    end: int
    figure_text: str
    value: float
    unit: str
    qualifier: str
    direction: str
    metric: str


def _v(language: str = vocab.DEFAULT_LANGUAGE) -> dict[str, Any]:
    return vocab.load_for("statistics", language)


@cache
def _unit_nouns(language: str) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for unit, nouns in _v(language)["units"].items():
        for noun in nouns:
            # not the first part of a compound (`people-smuggling gangs` count gangs)
            out.append((re.compile(rf"(?:{phrase_alternation([noun])})(?!\w|-\w)", re.I), unit))
    return out


@cache
def _unit_noun_re(language: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Every unit noun in one pattern, a group each in vocabulary order (the first noun that matches
    at a position wins, as it would tried one by one), and the unit of each group."""
    nouns = _unit_nouns(language)
    pattern = "|".join(f"({p.pattern})" for p, _ in nouns)
    return re.compile(pattern, re.I), tuple(unit for _, unit in nouns)


@cache
def _qualifier_re(language: str) -> dict[str, re.Pattern[str]]:
    return {q: phrase_pattern(ws, suffix=r"\s*$") for q, ws in _v(language)["qualifiers"].items()}


@cache
def _any_qualifier(language: str) -> str:
    """An alternation of every qualifier phrase (`more than`, `almost`, ...), whatever its kind."""
    return phrase_alternation([w for ws in _v(language)["qualifiers"].values() for w in ws])


@cache
def _multiplier_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(_v(language)['multipliers'])})\b", re.I)


def _multipliers_in(text: str, folded: str, language: str) -> list[re.Match[str]]:
    """`doubled`, `twice as many`, ...: run only when the shared literal scan finds one's words in
    the folded text."""
    pattern = _multiplier_re(language)
    needs = literal_test(pattern.pattern, pattern.flags)
    if needs is not None and not needs(folded):
        return []
    infinitive = phrase_pattern(_v(language)["infinitive_markers"], r"(?<!\w)", r"\s*$")
    return [
        m for m in pattern.finditer(text) if not infinitive.search(text, max(0, m.start() - 8), m.start())
    ]


@cache
def _not_count_re(language: str) -> re.Pattern[str]:
    """A word right after a figure that says it counts no unit (`years`, `of whom`); matched at a
    position (``pattern.match(text, pos)``), so it needs no anchor."""
    return re.compile(rf"\s*(?:{phrase_alternation(_v(language)['not_counts'])})\b", re.I)


@cache
def _label_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(_v(language)['label_words'])})\.?\s*$", re.I)


@cache
def _determiner_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(_v(language)['determiners'])})\s+$", re.I)


@cache
def _comparison_re(language: str) -> re.Pattern[str]:
    openers = phrase_alternation(_v(language)["comparison_openers"])
    focus = phrase_alternation(_v(language)["focus_adverbs"])
    # a qualifier or a focusing adverb may stand between the opener and the figure (`compared with
    # more than 6,000`, `compared with just 50`)
    return re.compile(rf"(?:{openers})\s*(?:(?:{_any_qualifier(language)}|{focus})\s+)?$", re.I)


@cache
def _compared_with_re(language: str) -> re.Pattern[str]:
    """A comparison right before a figure (`par rapport à`, `compared with`)."""
    return re.compile(rf"\b(?:{phrase_alternation(_v(language)['metric']['comparisons'])})\s*$", re.I)


@cache
def _clause_split_re(language: str) -> re.Pattern[str]:
    """Where a clause ends: `;`, brackets, a comma, or a clause link (`and`, `et`) between spaces."""
    return re.compile(rf"[;()]|,\s|\s(?:{phrase_alternation(_v(language)['clause_links'])})\s", re.I)


@cache
def _finite_verb_re(language: str) -> re.Pattern[str]:
    """A finite verb: a clause after a commitment's cue that has one reports rather than commits."""
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(_v(language)['finite_verbs'])})(?!\w)", re.I)


def clauses(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _clause_split_re(language).finditer(text):
        cuts += [m.start(), m.end()]
    cuts.append(len(text))
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]


def _clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return 0, 0


def counted_subject(a: SentenceAnalysis) -> bool:
    """The sentence's first cue agrees and its subject is a number of people naming no party (`420
    people have agreed to leave Calais`, `420 personnes ont accepté de quitter Calais`): what they
    did is reported, so nobody undertakes it and the figure is a count, not a target."""
    if not a.cues or a.cues[0].modality != "agree":  # `300 officers will be deployed` is a target
        return False
    cue = a.cues[0].start
    start = _clause_start(a.text, cue, r"[,;:(]")
    counted = [f for f in a.figures if start <= f.start < cue and not f.is_year]
    units = [unit_after(a.text, f.end, a.language) for f in counted]
    if not any(u is not None and u[0] == "people" for u in units):
        return False  # `Les deux ministères conviennent de :` are parties
    return not subject_parties(a.text[start:cue], a.language)


@cache
def _figure_prepositions(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _v(language)["figure_prepositions"])


def _noun_at(nouns: re.Pattern[str], after: str, at: int, token: str) -> re.Match[str] | None:
    """A unit noun starting a word at ``at``, right after the elided article that starts the word's
    token (`une soixantaine d’agents`), or ending a compound (`people-smugglers`)."""
    noun = nouns.match(after, at) if at == 0 or NON_WORD.match(after, at - 1) else None
    elided = ELIDED.match(token)
    noun = noun or (nouns.match(after, at + elided.end()) if elided else None)
    # a compound's head is its last part (`people-smugglers`)
    return noun or (nouns.match(after, at + token.rindex("-") + 1) if "-" in token.strip("-") else None)


def unit_after(text: str, end: int, language: str = vocab.DEFAULT_LANGUAGE) -> tuple[str, int] | None:
    """The unit named by the first unit noun within a few words after a figure, and where it ends;
    with no noun, the unit a verb right after the figure implies (`1,300 are deployed`: officers)."""
    after = text[end:]
    ours = re.match(rf"\s+(?:{phrase_alternation(_v(language)['pronoun_partitives'])})(?!\w)", after, re.I)
    if ours:  # `1,200 of you are deployed`: what the verb after implies, else people
        return unit_after(text, end + ours.end(), language) or ("people", end + ours.end())
    percent = re.match(rf"\s?(?:{phrase_alternation(_v(language)['units']['percent'])})(?!\w)", after, re.I)
    if percent:
        return "percent", end + percent.end()
    second = _range_link_re(language).match(after)
    second_end = end + second.end() if second else _opened_range_end(text, end, language)
    if second_end:  # `from 900 [to 1,400 places]`: a range's first figure counts the noun of its second
        money = any(m.start < second_end <= m.end for m in find_money(text, language))
        return None if money else unit_after(text, second_end, language)  # `entre 150 et 300 euros`
    not_count = _not_count_re(language)
    nouns, units = _unit_noun_re(language)
    window = _v(language)["unit_window"]
    for words, m in enumerate(TOKEN.finditer(after)):
        tok, at = m.group(0), m.start()
        if PUNCTUATION.fullmatch(tok) and tok not in "-'’":
            break
        if not_count.match(after, at) or (not words and tok.lower() in _figure_prepositions(language)):
            return None
        noun = _noun_at(nouns, after, at, tok)
        if noun:
            assert noun.lastindex is not None  # every alternative of the pattern is a group
            return units[noun.lastindex - 1], end + noun.end()
        if words and _ends_noun_phrase(tok, language):
            break  # `48 boat consignments linked to smugglers`: the head counted is no unit's noun
        if tok.lower() in _clause_verbs(language) or tok.lower() in _unit_stops(language):
            break  # `and 78 died in the attempt`, `to 655 because the gangs`: no noun of the figure
        if words >= window:
            break
    verb = _verb_unit_re(language).match(after)
    if verb:
        assert verb.lastgroup is not None  # every verb alternative is a unit's named group
        return verb.lastgroup, end
    return None


@cache
def _unit_stops(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _v(language)["unit_stops"])


@cache
def _clause_verbs(language: str) -> frozenset[str]:
    """Verbs of dying and arriving that may follow a figure (one word each; a copula is left out:
    `14 are National Crime Agency officers` names its noun after it)."""
    v = _v(language)
    return frozenset(w.lower() for w in [*v["death_verbs"], *v["arrival_verbs"]] if " " not in w)


@cache
def _range_link_re(language: str) -> re.Pattern[str]:
    """A range's link and its second figure right after a figure (`[900] to 1,400`, `[900] à 1 400`)."""
    links = phrase_alternation(_v(language)["range_links"])
    return re.compile(rf"\s*(?:{links})\s+(?:(?:{_any_qualifier(language)})\s+)?\d(?:[\d.,\s]*\d)?", re.I)


@cache
def _opened_range_res(language: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Per range opener: its first figure right before a position, and its link and second figure
    right after it (`between [6,500] and 7,000`)."""
    qualifiers = _any_qualifier(language)
    return tuple(
        (
            re.compile(rf"\b{re.escape(opener)}\s+(?:(?:{qualifiers})\s+)?\d[\d.,\s]*$", re.I),
            re.compile(rf"\s*{re.escape(link)}\s+(?:(?:{qualifiers})\s+)?\d(?:[\d.,\s]*\d)?", re.I),
        )
        for opener, link in _v(language)["range_openers"].items()
    )


def _opened_range_end(text: str, end: int, language: str) -> int | None:
    """Where a range's second figure ends when an opener stands right before its first (`between
    6,500 [and 7,000]`, `entre 1 500 [et 2 000]`): the first counts the noun of the second."""
    before = text[max(0, end - 40) : end]
    for first, second in _opened_range_res(language):
        link = second.match(text, end) if first.search(before) else None
        if link:
            return link.end()
    return None


def _unit_of_subject(text: str, start: int, language: str, end: int | None = None) -> tuple[str, int] | None:
    """A figure with no noun that a change of its clause's subject leads from or to counts what the
    subject names: `the number of arrivals rose by 60% to more than 45,000`, `Attempts ... fell from
    1,200 in 2017 to 800 in 2018`, `risen from an average of 33`. Its unit ends where the figure
    does; a figure that ``end``s before a word that counts nothing of the subject is `other`
    (`sentenced to a total of 40 years`: a duration, not the men)."""
    label = _row_label(text, start, language)
    if label is not None:  # `Passeurs interpellés : 487`: a table's row written as a line
        label_text = text[label[0] : label[1]]
        unit = _first_unit_noun(label_text, language)
        if unit == "people" and _is_attempt(label_text, 0, len(label_text), language):
            unit = "attempts"  # `Crossings prevented by the French authorities: 23,000`
        if unit or any(_is_plural(w, language) for w in re.findall(r"[^\W\d_]+", label_text)):
            return unit or "other", start  # a count of what a plural names (`Patrouilles : 1 100`)
        return None
    clause_start = _clause_start(text, start, r"[.;:()]")
    before = text[clause_start:start]
    change = _v(language)["metric"]["change_links"]
    qualifiers = _any_qualifier(language)
    leads = phrase_alternation(_v(language)["figure_leads"])  # `from an average of 33`
    number_of = rf"\b(?:{phrase_alternation(_v(language)['metric']['number_of'])})\s+"
    head = re.search(number_of, before, re.I)
    copulas = phrase_alternation(_v(language)["metric"]["copulas"])
    adverbs = phrase_alternation(_v(language)["metric"]["change_adverbs"]) or "(?!)"  # `reaches now 52`
    if not re.search(
        rf"\b(?:{phrase_alternation(change)})\s+(?:(?:{adverbs})\s+)?(?:(?:{qualifiers})\s+)?(?:(?:{leads})\s+)?$",
        before,
        re.I,
    ) and not (  # `The number of migrants detected in 2015 was 39,000`
        head and re.search(rf"(?<!\w)(?:{copulas})\s+(?:(?:{qualifiers})\s+)?$", before, re.I)
    ):
        return None
    # a clause joined by a comma and a link names its own subject first (`..., and attempts from the
    # coast rose from 12 to 87`); one that names none (`et les garde-côtes en ont empêché 700`) counts
    # what the sentence's subject does
    links = phrase_alternation(_v(language)["clause_links"])
    unit = None
    openings = [rf"[.;:()]|,\s+(?:{links})\s", rf"[.;:()]|{_complementiser_marks(language)}", r"[.;:()]"]
    for opening in sorted({_clause_start(text, start, marks) for marks in openings}, reverse=True):
        own_head = re.search(number_of, text[opening:start], re.I)
        unit = _first_unit_noun(text[opening + (own_head.end() if own_head else 0) : start], language)
        if unit:
            break
    if unit is None and head is not None:  # `le nombre de points d'eau est passé de 3 à 30`
        counted = re.match(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}", before[head.end() :])  # `water points`
        words = counted.group(0).split() if counted else []
        if any(_is_nationals(w, language) for w in words):
            unit = "people"  # `the number of Albanians arriving`
        elif any(_is_plural(w, language) for w in words):
            unit = "other"
    if unit and end is not None and _not_count_re(language).match(text, end):
        if _length_re(language).match(text, end):
            return None  # `une zone de vingt kilomètres`: a distance is no count of anything
        return "other", start
    return (unit, start) if unit else None


def _first_unit_noun(subject: str, language: str) -> str | None:
    """The unit of the first unit noun of a subject; at one position, the vocabulary's order."""
    hits = [
        (m.start(), order, unit)
        for order, (pattern, unit) in enumerate(_unit_nouns(language))
        if unit != "percent"
        for m in [re.search(rf"(?<!\w){pattern.pattern}", subject, re.I)]
        if m
    ]
    return min(hits)[2] if hits else None


@cache
def _row_label_re(language: str) -> re.Pattern[str]:
    """A table row's label, ended by a colon or a cell mark (`Passeurs interpellés : 487`, `Arrests
    | 412 | 598`), then its cells before the figure, parted by a semicolon or a cell mark (`22 en
    2014 ; 31 en 2015`)."""
    qualifier = rf"(?:(?:{_any_qualifier(language)})\s+)?[+\-−]?"
    ends, cells = re.escape(":" + table_cell_marks()), re.escape(";" + table_cell_marks())
    cell = rf"{qualifier}\d[^{ends}{cells}.!?]*[{cells}]\s*"  # a cell before: a figure and its period
    # the row's earlier figure in brackets after its own (`8,420 (2019: 1,843)`): a cell of its period
    earlier = rf"{qualifier}\d[\d.,\s\u00a0\u202f]*%?\s*\(\s*[^():]{{1,30}}?\s*:\s*"
    # a range's opener before its first figure, or its first figure and link before its second
    # (`Personnes présentes : entre 350 et 450`)
    openers = _v(language)["range_openers"]
    opened = rf"(?:(?:{phrase_alternation(list(openers))})\s+)?"
    links = phrase_alternation([*openers.values(), *_v(language)["range_links"]])
    first = rf"(?:\d[\d.,\s\u00a0\u202f]*\s(?:{links})\s+)?"
    return re.compile(
        rf"\s*([^{ends};.!?]{{3,160}}?)\s*[{ends}]\s*(?:{cell})*(?:{earlier})?{opened}{first}{qualifier}",
        re.I,
    )


def _row_label(text: str, start: int, language: str) -> tuple[int, int] | None:
    """The label of a line that reads as a table's row, `<what is counted> : <figure>` or
    `<what is counted> | <figure> | <figure>` (a press kit's, a factsheet's or a report's table), or
    a further pair after a semicolon: the span before the colon or bar, when only a qualifier or a
    sign, or cells each led by a figure (`22 en 2014 ; 31 …`), sit between it and the figure (read
    in place: no copy)."""
    m = _row_label_re(language).fullmatch(text, 0, start)
    pair = text.rfind(";", 0, start)  # a further pair of the row (`...: 40,400; assisted returns: 4,600`)
    if m is None and pair > 0:
        m = _row_label_re(language).fullmatch(text, pair + 1, start)
        if m and _first_unit_noun(m.group(1), language) is None:
            return None  # its label must name what it counts (`out of hours: 0300 ...` is no count)
    return m.span(1) if m else None


@cache
def _length_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{phrase_alternation(_v(language)['lengths'])})(?!\w)", re.I)


@cache
def _own_procedure_re(language: str) -> re.Pattern[str]:
    v = _v(language)
    return re.compile(rf"(?<!\w)(?:{'|'.join([*v['own_procedure'], *v['not_reports']])})(?!\w)", re.I)


@cache
def _target_label_re(language: str) -> re.Pattern[str]:
    """A target's label right before a figure (`target: 600`, `objectif : 600`)."""
    labels = phrase_alternation(_v(language)["target_labels"])
    return re.compile(rf"(?<!\w)(?:{labels})\s*:\s*(?:(?:{_any_qualifier(language)})\s+)?$", re.I)


@cache
def proposal_re(language: str) -> re.Pattern[str]:
    """A sentence that opens with a proposal's label (`Recommandation n° 4 :`, `Recommendation 2:`)."""
    labels = phrase_alternation(_v(language)["proposal_labels"])
    return re.compile(rf"\s*(?:{labels})(?!\w)[^:.;]{{0,20}}:", re.I)


@cache
def _verb_unit_re(language: str) -> re.Pattern[str]:
    """`<figure> are deployed` counts officers: the figure's noun is implied by the verb."""
    aux = phrase_alternation(_v(language)["verb_units"]["auxiliaries"])
    groups = "|".join(
        rf"(?P<{unit}>{phrase_alternation(verbs)})"
        for unit, verbs in _v(language)["verb_units"].items()
        if unit != "auxiliaries"
    )
    adverbs = phrase_alternation(_v(language)["verb_unit_adverbs"])
    return re.compile(rf"\s+(?:{aux})\s+(?:(?:{adverbs})\s+)?(?:{groups})\b", re.I)


def qualifier_of(before: str, language: str = vocab.DEFAULT_LANGUAGE) -> str:
    for q, pattern in _qualifier_re(language).items():
        if pattern.search(before):
            return q
    return "exact"


@cache
def _qualifier_after_re(language: str) -> dict[str, re.Pattern[str]]:
    return {
        q: re.compile(rf"\s*(?:{phrase_alternation(ws)})(?!\w)", re.I)
        for q, ws in _v(language)["qualifiers_after"].items()
        if ws
    }


def _qualifier_after(text: str, positions: Sequence[int], language: str) -> str:
    """A qualifier written after the figure or its noun (`1 100 environ`, `1,000 or so`)."""
    for q, pattern in _qualifier_after_re(language).items():
        if any(pattern.match(text, pos) for pos in positions):
            return q
    return "exact"


def direction_of(
    text: str, start: int, end: int, unit_end: int, language: str = vocab.DEFAULT_LANGUAGE
) -> str:
    d = _v(language)["direction"]
    by_verb = _direction_by_verb(text, start, language)
    if by_verb:
        return by_verb
    sign = text[max(0, start - 2) : start].strip()[-1:]
    for direction, signs in _v(language)["direction_signs"].items():
        if sign and sign in signs:
            return str(direction)
    before = text[max(0, start - 40) : start]
    # a clause after a comma that holds a change's size, a percentage or a factor, speaks of that
    # figure (`160, up 25% on 2019`, `one million, more than four times ...`: the change is theirs;
    # `7,300, down from 11,000` is the 7,300's)
    after = text[end : max(unit_end, end) + 30]
    comma = after.find(",")
    rest = after[comma:] if comma >= 0 else ""
    if _states_a_change_size(rest, language):
        after = after[:comma]
    after_words = after.lower().split()[:4]
    near_after = text[end:unit_end].lower()
    clause_after = re.split(r"[;,.]", text[unit_end:], maxsplit=1)[0][:60]
    for direction in ("decrease", "increase"):
        qualifiers = _any_qualifier(language)
        if re.search(
            rf"\b(?:{phrase_alternation(d[direction + '_before'])})\s*(?:(?:{qualifiers})\s+)?$", before, re.I
        ):
            return direction
        words = set(re.findall(r"\w+", near_after)) | {
            w.strip(".,;") for w in after_words[: _v(language)["direction_words_after"]]
        }
        if words & set(d[direction + "_after"]):
            return direction
        phrases = d.get(direction + "_phrases_after") or []
        if phrases and re.search(rf"\b(?:{phrase_alternation(phrases)})\b", clause_after, re.I):
            return direction
    return "level"


def _states_a_change_size(text: str, language: str) -> bool:
    """``text`` holds a change's size: a percentage or a factor (`up 25%`, `more than four times`)."""
    factors = phrase_alternation(_v(language)["factor_after"])
    return bool(
        re.search(r"\d[\d.,\s\u00a0\u202f]*%", text)
        or _multiplier_re(language).search(text)
        or re.search(rf"(?<!\w)(?:{factors})(?!\w)", text, re.I)
    )


def _by_before(text: str, start: int, language: str) -> bool:
    """A figure right after `by` / `de` (a qualifier between): the size of a change."""
    v = _v(language)
    qualifiers = _any_qualifier(language)
    by = phrase_alternation(v["by_words"])
    window = text[max(0, start - 40) : start]
    m = re.search(rf"(?<!\w)(?P<by>{by})\s*(?:(?:{qualifiers})\s+)?$", window, re.I)
    # `moins de 5 %`: a `de` that ends a qualifier is no change's `by`
    return m is not None and qualifier_of(window[: m.end("by")], language) == "exact"


def _direction_by_verb(text: str, start: int, language: str) -> str | None:
    """`reduced the number of launches by 25%`, `a réduit ... de 25 %`: a figure right after `by`
    takes the direction of its clause's verb of change."""
    v = _v(language)
    if not _by_before(text, start, language):
        return None
    clause = text[_clause_start(text, start, r"[.;:]|,\s") : start]
    for direction in ("decrease", "increase"):
        if re.search(rf"(?<!\w)(?:{phrase_alternation(v[direction + '_verbs'])})(?!\w)", clause, re.I):
            return direction
    return None


def _excluded_spans(a: SentenceAnalysis) -> list[tuple[int, int]]:
    """Amounts of money and periods: no figure inside one is a statistic."""
    return [(m.start, m.end) for m in a.money] + [(p.start, p.end) for p in a.periods]


@cache
def _complementiser_marks(language: str) -> str:
    """A complementiser, as a mark that opens a clause with a subject of its own (`reported that`)."""
    return rf"(?<!\w)(?:{phrase_alternation(_v(language)['complementisers'])})(?:\s+|(?<=['’]))"


def _clause_start(text: str, pos: int, marks: str) -> int:
    """Where the clause holding ``pos`` starts: after the last mark before it, looked for in the
    last few hundred characters only (a metric keeps ten words; a whole-prefix search per figure
    would be quadratic on long text)."""
    low = max(0, pos - 400)
    return max([low, *(low + m.end() for m in re.finditer(marks, text[low:pos]))])


def _tail(text: str, start: int) -> str:
    """The words right before a position: end-anchored patterns (`Article 5`, `compared with`) need
    no more, and searching the whole prefix for each figure would be quadratic on long text."""
    return text[max(0, start - 80) : start]


@cache
def _day_range_re(language: str) -> re.Pattern[str]:
    links = phrase_alternation(_v(language)["day_range_links"])
    return re.compile(rf"\s*(?:{links})\s*(?=\d)", re.I)


def _first_day_of_dates(text: str, fig: Figure, periods: Sequence[Period], language: str) -> bool:
    """The first day of a span of dates whose second day opens a date (`from 6 to 8 February 2023`,
    `du 6 au 8 février`): a day, not a count."""
    link = _day_range_re(language).match(text, fig.end)
    if link is None or fig.is_word or not 1 <= fig.value <= 31:
        return False
    return any(p.start <= link.end() < p.end for p in periods)


def _year_as_date(text: str, fig: Figure, language: str) -> bool:
    """A year right after a preposition of time is a date even before a unit noun (`since the
    beginning of 2016 migrants have ...`); `more than 2000 places` stays a count."""
    if not fig.is_year:
        return False
    window = text[max(0, fig.start - 30) : fig.start]
    preps = phrase_alternation(_v(language)["year_prepositions"])
    m = re.search(rf"(?<!\w)(?P<p>{preps})\s+$", window, re.I)
    if m is not None and qualifier_of(window[: m.end("p")], language) == "exact":
        return True
    # `the 2025 returns pilot`: a determiner, the year, then the noun the year qualifies
    dets = phrase_alternation(_v(language)["year_modifier_determiners"]) or "(?!)"
    return (
        bool(re.search(rf"(?<!\w)(?:{dets})\s+$", window, re.I))
        and re.match(r"\s+[^\W\d_]", text[fig.end :]) is not None
    )


def _is_threshold(
    text: str, stat: Stat, found: Sequence[Stat], spans: list[tuple[int, int]], language: str
) -> bool:
    """`61 % des embarcations interceptées transportaient plus de 60 personnes`: a bound (`more than`,
    `less than`) in the clause of a share of things says which of them the share counts, no figure
    of its own."""
    if stat.qualifier not in ("more_than", "less_than"):
        return False
    cs, _ = _clause_of(spans, stat.start)
    lead = phrase_alternation(_v(language)["metric"]["lead_words"])
    return any(
        s.unit == "percent"
        and cs <= s.start < stat.start
        and re.match(rf"\s?%?\s*(?:{lead})\s", text[s.end : s.end + 12], re.I)
        for s in found
    )


def _money_share(text: str, fig: Figure, language: str) -> bool:
    """`60 % du coût de fonctionnement`, `half of the cost`: a share of a sum of money is how the money
    is split (funding), no figure about the world."""
    v = _v(language)
    percent = phrase_alternation(v["units"]["percent"])
    shares = phrase_alternation(v["money_shares"])
    return re.match(rf"\s?(?:{percent})\s+(?:{shares})(?!\w)", text[fig.end :], re.I) is not None


def find_statistics(
    text: str, doc_date: dt.date | None = None, language: str = vocab.DEFAULT_LANGUAGE
) -> list[tuple[Stat, Period | None, str | None]]:
    """Statistics in one sentence, with the period and place each is about."""
    return statistics_in(SentenceAnalysis(text, language, doc_date))


def statistics_in(
    a: SentenceAnalysis, previous: Stat | None = None
) -> list[tuple[Stat, Period | None, str | None]]:
    """:func:`find_statistics` of an analysed sentence: its figures, money, periods and cues as the
    analysis found them (once, for every extractor); ``previous``: the last statistic of the
    sentence before, which a partitive opening refers to (`Of these, over 200 were ...`)."""
    text, language = a.text, a.language
    figures = a.figures
    multipliers = _multipliers_in(text, a.folded, language)
    changes = _fraction_changes(text, language)
    glued = _glued_factors(text, language) + changes + _fraction_shares(text, changes, language)
    if not figures and not multipliers and not glued:  # nothing to state a statistic with
        return []
    if proposal_re(language).match(text) or _own_procedure_re(language).search(text):
        return []  # a recommendation's figures are its targets; a report's own making is no figure
    periods = list(a.periods)
    excluded = _excluded_spans(a)
    spans = clauses(text, language)
    cues = () if counted_subject(a) else a.cues
    finite_verb = _finite_verb_re(language)
    money_starts = tuple(m.start for m in a.money)

    def is_target(pos: int) -> bool:
        cs, ce = _clause_of(spans, pos)
        if any(cs <= c.start < ce for c in cues):
            return True
        return any(c.start < pos for c in cues) and not finite_verb.search(text[cs:ce])

    found = [
        _multiplier_stat(text, m, periods, language, money_starts)
        for m in multipliers
        if not is_target(m.start())
    ]
    found += [
        stat
        for stat in glued
        if not is_target(stat.start) and not any(f.start < stat.end and stat.start < f.end for f in found)
    ]
    ceiling = float(_v(language)["max_plausible_value"])
    ratios = _ratio_figures(text, figures, language)
    for fig in figures:
        if any(s < fig.end and fig.start < e for s, e in excluded) or is_target(fig.start) or fig in ratios:
            continue
        if _target_label_re(language).search(_tail(text, fig.start)):
            continue  # `(target: 600 persons)`: what is aimed at, not what happened
        if not (math.isfinite(fig.value) and fig.value <= ceiling):
            continue  # a misreading (`99999999999999999999999 migrants`), never a published value
        if (
            _year_as_date(text, fig, language)
            or _first_day_of_dates(text, fig, periods, language)
            or _money_share(text, fig, language)
            or currency_after(text, fig.end, language)
        ):
            continue
        stat = _figure_stat(text, fig, found, periods, language, money_starts, previous)
        if stat is not None and not _is_threshold(text, stat, found, spans, language):
            found.append(stat)
    found.sort(key=lambda s: s.start)
    return [(s, _period_for(s, periods, spans), _location_for(text, s, language)) for s in found]


def period_row(a: SentenceAnalysis, lead: str, language: str) -> list[Stat]:
    """A list item that is a table's row labelled by a period (`- August: 3,742`, `2019 : 1 200`)
    counts what its lead-in names (`Small boat arrivals by month, 2021:`): its first figure after
    the label, in the unit of the lead-in's first unit noun, with the lead-in's head as metric.
    Under a table's caption (`Tableau 1 – Tentatives détectées, par point de passage`), a row with
    any label does (`Calais (port) : 14 210`)."""
    row = re.fullmatch(r"\s*(?P<label>[^:;]{2,40}?)\s*:\s*(?P<rest>.+?)\s*[.;]?\s*", a.text)
    title = table_caption(lead)
    lead = lead if title is None else title
    unit = _first_unit_noun(lead, language)
    if row is None or unit is None or not (title is not None or _is_period_label(row.group("label"))):
        return []
    figure = next((f for f in a.figures if f.start >= row.start("rest") and not f.is_year), None)
    if figure is None:
        return []
    metric = re.split(r"\s+(?:by|par)\s+|[,(:]", lead, maxsplit=1)[0].strip()
    return [_cell_stat(a.text, row.start("rest"), figure, unit, metric, language)]


def _as_table_row(
    a: SentenceAnalysis,
    s: dict[str, Any],
    found: list[tuple[Stat, Period | None, str | None]],
    columns: list[str],
    lead: dict[str, Any] | None,
    language: str,
) -> list[tuple[Stat, Period | None, str | None]]:
    """A sentence's statistics read as a table's row where it is one: under a header's columns,
    period cells under the heading that names what they count (`2014 : 620 | 2015 : 1 130`), a
    label row under its lead-in (`- August: 3,742` under `Small boat arrivals by month:`) or any
    row under a caption; else ``found`` as the sentence gives it."""
    cells = table_cells(a.text)
    if columns and cells and _is_period_label(cells[0]):
        counted = (table_caption(lead["text"]) or lead["text"]) if lead is not None else ""
        found = [(stat, None, None) for stat in column_row(a, columns, language, counted)] or found
    if not found and len(cells) > 1 and s.get("heading"):
        found = [(stat, None, None) for stat in period_pairs(a, s["heading"], language)]
    if lead is not None and (not found or table_caption(lead["text"]) is not None):
        found = [(stat, None, None) for stat in period_row(a, lead["text"], language)] or found
    return found


def period_pairs(a: SentenceAnalysis, heading: str, language: str) -> list[Stat]:
    """A row of period-and-figure cells under the heading that names what they count (`Effectifs de
    forces mobiles engagés chaque jour` / `2014 : 620 | 2015 : 1 130`): each cell's figure, in the
    unit of the heading's first unit noun, with the heading (less a label before a dash) as metric."""
    cells, unit = table_cells(a.text), _first_unit_noun(heading, language)
    if len(cells) < 2 or unit is None:
        return []
    metric = re.split(r"\s[—–]\s", heading)[-1].strip()
    out = []
    for cell, (start, end) in zip(cells, _cell_spans(a.text, cells), strict=True):
        pair = re.fullmatch(r"(?P<label>[^:]{2,40}?)\s*:\s*(?P<rest>.+)", cell)
        if pair is None or not _is_period_label(pair.group("label")):
            return []
        rest = start + pair.start("rest")
        figure = _cell_figure(a, rest, end)
        if figure is None:
            return []
        out.append(_cell_stat(a.text, rest, figure, unit, metric, language))
    return out


def _cell_spans(text: str, cells: Sequence[str]) -> list[tuple[int, int]]:
    """Where each of a row's cells stands in its text, in order."""
    spans, position = [], 0
    for cell in cells:
        start = text.index(cell, position)
        position = start + len(cell)
        spans.append((start, position))
    return spans


def _cell_figure(a: SentenceAnalysis, start: int, end: int) -> Figure | None:
    """The first figure of a cell's span that is no year."""
    return next((f for f in a.figures if start <= f.start < end and not f.is_year), None)


def _header_cells(text: str) -> list[str]:
    """The cells of a table's header line: three or more, none holding a figure."""
    cells = table_cells(text)
    return cells if len(cells) >= 3 and not any(re.search(r"\d", c) for c in cells[1:]) else []


def column_row(a: SentenceAnalysis, columns: list[str], language: str, counted: str = "") -> list[Stat]:
    """A table's row labelled by a period (`2010 | 1 050 000 | 9 870`) under its header (`Année |
    Poids lourds contrôlés | Personnes découvertes`): each cell's figure counts what its column
    names, or, where its column names a place (`| Year | Calais | Dunkirk |`), what the table's
    caption or lead-in (``counted``) names."""
    cells = table_cells(a.text)
    if len(cells) != len(columns):
        return []
    out = []
    caption_unit = _first_unit_noun(counted, language)
    if caption_unit == "people" and _is_attempt(counted, 0, len(counted), language):
        caption_unit = "attempts"  # `Crossings prevented, by port`
    for (start, end), column in zip(_cell_spans(a.text, cells), columns, strict=True):
        figure = _cell_figure(a, start, end)
        plural = any(_is_plural(w, language) for w in re.findall(r"[^\W\d_]+", column))
        unit = _first_unit_noun(column, language) or caption_unit or ("other" if plural else None)
        if figure is not None and unit is not None:
            out.append(_cell_stat(a.text, start, figure, unit, column, language))
    return out


def _cell_stat(text: str, cell_start: int, figure: Figure, unit: str, metric: str, language: str) -> Stat:
    """A table cell's figure as a level of ``unit``, qualified by what stands before it in its cell."""
    qualifier = qualifier_of(text[cell_start : figure.start], language)
    return Stat(figure.start, figure.end, figure.text, figure.value, unit, qualifier, "level", metric)


def _is_period_label(label: str) -> bool:
    """Every word of the label names a month or a year (`August`, `mars 2019`, `2020`)."""
    words = re.findall(r"[^\W\d_]+|\d+", label)
    return bool(words) and all(month_number(w) or re.fullmatch(r"(?:19|20)\d\d", w) for w in words)


def _ratio_figures(text: str, figures: Sequence[Figure], language: str) -> set[Figure]:
    """The two figures of each ratio (`4 of every 10`, `one in three`, `un sur trois`): a smaller
    figure, a ratio link, then a larger one that is no year."""
    link = phrase_pattern(_v(language)["ratio_links"], r"\s+", r"\s+")
    out: set[Figure] = set()
    for first, second in itertools.pairwise(figures):
        if (
            link.fullmatch(text, first.end, second.start)
            and first.value < second.value
            and not second.is_year
        ):
            out.update((first, second))
    word_before = phrase_pattern(_v(language)["ratio_links"], r"(?<!\w)([\w-]+)\s+", r"\s+$")
    for fig in figures:  # `one in four`: a number word no figure reads (`one`, `un`) before the link
        word = word_before.search(text, max(0, fig.start - 40), fig.start)
        value = parse_words(word.group(1), language) if word else None
        if value is not None and value < fig.value and not fig.is_year:
            out.add(fig)
    return out


def _multiplier_stat(
    text: str, m: re.Match[str], periods: list[Period], language: str, money_starts: Sequence[int]
) -> Stat:
    """`doubled`, `twice as many`: a multiplicative change, unit `factor`."""
    value, direction = _v(language)["multipliers"][m.group(0).lower()]
    metric = _metric(text, m.end(), periods, language, money_starts)
    if metric.lower().endswith(m.group(0).lower()):  # nothing after `has doubled`: its subject
        metric = _subject_metric(text, m.start(), language) or metric
    qualifier = qualifier_of(text[max(0, m.start() - 30) : m.start()], language)  # `almost halved`
    phrase = _qualifier_phrase(text, m.start(), qualifier, language) + m.group(0)
    return Stat(m.start(), m.end(), phrase, float(value), "factor", qualifier, direction, metric)


@cache
def _glued_factor_re(language: str) -> re.Pattern[str] | None:
    """A number word glued to a factor suffix (`tenfold`, `a hundredfold`)."""
    v = _v(language)
    if not v["factor_suffix"]:
        return None
    words = phrase_alternation(number_vocab(language)["number_words"])
    articles = phrase_alternation(v["factor_articles"]) if v["factor_articles"] else None
    lead = rf"(?:(?:{articles})\s+)?" if articles else ""
    return re.compile(rf"(?<!\w){lead}(?P<n>{words})(?:{phrase_alternation(v['factor_suffix'])})(?!\w)", re.I)


@cache
def _fraction_change_re(language: str) -> re.Pattern[str]:
    v = _v(language)
    fractions = phrase_alternation(list(v["fraction_changes"]))
    hedges = phrase_alternation([p for phrases in v["qualifiers"].values() for p in phrases])
    by = phrase_alternation(v["by_words"])  # `fell by three quarters`, `grew by almost a half`
    return re.compile(rf"(?<!\w)(?:{by})\s*(?:(?P<q>{hedges})\s+)?(?P<f>{fractions})(?!\w)", re.I)


@cache
def _change_words(language: str) -> dict[str, frozenset[str]]:
    """The words of a fall or a rise that a by-word follows (`fell [by]`, `en recul [de]`)."""
    v = _v(language)
    by = {w.lower() for w in v["by_words"]}
    out = {}
    for direction in ("decrease", "increase"):
        phrases = [*v[f"{direction}_verbs"], *v["direction"][f"{direction}_before"]]
        # a particle (`made up by half`) is no change of its own
        words = (w.lower() for p in phrases for w in p.split())
        out[direction] = frozenset(w for w in words if w not in by and len(w) > 2)
    return out


def _fraction_changes(text: str, language: str) -> list[Stat]:
    """`crossings fell by three quarters`, `a diminué d'un tiers`: a change by a fraction in words is
    a percentage of the change (a fraction with no change before it is no figure)."""
    out = []
    for m in _fraction_change_re(language).finditer(text):
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[max(0, m.start() - 40) : m.start()])][-3:]
        direction = next((d for d, ws in _change_words(language).items() if ws & set(words)), None)
        if direction is None:
            continue
        value = float(_v(language)["fraction_changes"][m.group("f").lower()])
        metric = _subject_metric(text, m.start(), language) or "percent"
        hedged = m.group("q") or ""
        qualifier = next((q for q, ps in _v(language)["qualifiers"].items() if hedged.lower() in ps), "exact")
        out.append(
            Stat(m.start("f"), m.end("f"), m.group("f"), value, "percent", qualifier, direction, metric)
        )
    return out


@cache
def _fraction_share_res(language: str) -> dict[str, re.Pattern[str]]:
    v = _v(language)
    fractions = phrase_alternation(list(v["fraction_changes"]))
    links, ordinals = phrase_alternation(v["share_links"]), phrase_alternation(v["share_not_after"])
    denominators = phrase_alternation(list(v["one_in_values"]))
    return {
        "fraction": re.compile(rf"(?<!\w)(?P<f>{fractions})\s*(?:{links})(?:(?<=['’])|(?!\w))", re.I),
        # a part of a period: after an ordinal (`the first half of`), before a period (`half of the year`)
        "ordinal": re.compile(rf"(?<!\w)(?:{ordinals})\s*$", re.I),
        "period": re.compile(rf"\s*(?:{phrase_alternation(v['share_not_of'])})\b", re.I),
        # a by-word with no hedge is a measure (`made up by half of judges`), not a share
        "by": re.compile(rf"(?<!\w)(?:{phrase_alternation(v['by_words'])})\s*$", re.I),
        "determiner": re.compile(
            rf"(?<!\w)(?:{phrase_alternation(v['share_determiners']) or '(?!)'})\s*$", re.I
        ),
        "one_in": re.compile(
            rf"(?<!\w)(?:{phrase_alternation(v['one_in'])})\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{phrase_alternation(v['ratio_links'])})\s+(?P<n>{denominators})(?!\w)",
            re.I,
        ),
    }


def _fraction_shares(text: str, changes: Sequence[Stat], language: str) -> list[Stat]:
    """`roughly half of those attempts`, `plus de la moitié des personnes`, `one in five of those
    detected`, `un migrant interpellé sur quatre`: a share of a group in words is a percentage at its
    level; not a part of a period (`the first half of 2021`) nor a change already read (`fell by
    half`)."""
    v, res = _v(language), _fraction_share_res(language)
    found = []
    for m in res["fraction"].finditer(text):
        before = res["determiner"].sub("", text[max(0, m.start() - 30) : m.start()])
        hedged = qualifier_of(before, language) != "exact"  # `plus de la moitié`: `de` hedges
        if (
            any(c.start < m.end() and m.start() < c.end for c in changes)
            or res["ordinal"].search(before)
            or (res["by"].search(before) and not hedged)
            or res["period"].match(text, m.end())
        ):
            continue
        found.append((m.start("f"), m.end("f"), m.group("f"), v["fraction_changes"][m.group("f").lower()]))
    for m in res["one_in"].finditer(text):
        found.append((m.start(), m.end(), m.group(0), v["one_in_values"][m.group("n").lower()]))
    stats = []
    for start, end, phrase, value in found:
        qualifier = qualifier_of(res["determiner"].sub("", text[max(0, start - 30) : start]), language)
        metric = _metric(text, end, (), language) or _subject_metric(text, start, language) or "share"
        phrase = _qualifier_phrase(text, start, qualifier, language) + phrase
        stats.append(Stat(start, end, phrase, float(value), "percent", qualifier, "level", metric))
    return stats


def _glued_factors(text: str, language: str) -> list[Stat]:
    """`increased a hundredfold`: a factor whose number word and suffix are one word."""
    pattern = _glued_factor_re(language)
    out = []
    for m in pattern.finditer(text) if pattern else ():
        value = parse_words(m.group("n"), language)
        if value is not None:
            metric = _subject_metric(text, m.start(), language) or "factor"
            qualifier = qualifier_of(
                text[max(0, m.start() - 30) : m.start()], language
            )  # `more than sixfold`
            phrase = _qualifier_phrase(text, m.start(), qualifier, language) + m.group(0)
            out.append(Stat(m.start(), m.end(), phrase, value, "factor", qualifier, "increase", metric))
    return out


def _factor_of(text: str, fig: Figure, language: str) -> int | None:
    """Where the words of a factor written around a figure start (`multiplied by 2.5`, `three times
    higher`, `10-fold`), so that its subject ends there; None when the figure is no factor."""
    v = _v(language)
    before = re.search(
        rf"(?<!\w)(?:{phrase_alternation([*v['factor_before'], *v['factor_before_decrease']])})"
        rf"\s+(?:(?:{_any_qualifier(language)})\s+)?$",
        _tail(text, fig.start),
        re.I,
    )
    if before:  # the tail's offset, in the text
        return fig.start - len(_tail(text, fig.start)) + before.start()
    after = [*v["factor_after"], *v["factor_after_decrease"], *v["factor_suffix"]]
    m = re.compile(rf"\s?(?:{phrase_alternation(after)})(?!\w)", re.I).match(text, fig.end)
    return fig.start if m else None


def _counted_after_determiner(text: str, end: int, language: str) -> bool:
    """`the three drownings`: deaths and survivors are counted even after a determiner."""
    nouns = phrase_alternation(_v(language)["determiner_counted"])
    return re.match(rf"\s+(?:[\w'’-]+\s+)?(?:{nouns})(?!\w)", text[end : end + 60], re.I) is not None


def _elliptical(
    text: str, fig: Figure, found: list[Stat], periods: list[Period], language: str
) -> Stat | None:
    """`40 arrests in 2021 and more than 60 last year`: a figure with no noun of its own, after a
    clause link that follows another statistic and with only a period (or nothing, or an adverb of
    time: `so far this year`) after it, counts what that statistic counts."""
    # a percentage is written with its sign each time: a bare figure after one counts something else
    earlier = [s for s in found if s.end <= fig.start and s.unit not in ("factor", "percent")]
    if not earlier:
        return None
    prev = max(earlier, key=lambda s: s.start)
    links = phrase_alternation(_v(language)["ellipsis_links"])
    qualifiers = _any_qualifier(language)
    gap = text[prev.end : fig.start]
    # a short word may sit between the link and the figure (`et à plus de 60`), or the place the
    # figure is about (`and Poland 2,400`); a list of figures goes on after a comma too (`40 in
    # 2021, 55 in 2022 and 60 in 2023`)
    fillers = phrase_alternation(_v(language)["ellipsis_fillers"])
    name = r"(?-i:[A-ZÀ-Ý][\w'’-]*\s+){1,2}"
    between = rf"(?:(?:\w{{1,3}}\s+)?{name}|\w{{1,3}}\s+|(?:{fillers})\s+)?"
    linked = re.search(rf"(?:,|(?<!\w)(?:{links}))\s+{between}(?:(?:{qualifiers})\s+)?$", gap, re.I)
    if not linked and not _pronoun_of_count_re(language).search(gap):
        return None
    rest = text[fig.end :]
    tail = re.match(rf"\s+(?:{phrase_alternation(_v(language)['time_adverbs'])})(?!\w)", rest, re.I)
    rest = rest[tail.end() :] if tail else rest  # `and over 30,000 so far this year.`
    compared = re.match(rf"\s+(?:{phrase_alternation(_v(language)['comparative_tails'])})", rest, re.I)
    rest = " " + rest[compared.end() :].lstrip() if compared else rest  # `, 60 more than [in 2015]`
    place = _place_phrase_re(language).match(rest)
    rest = rest[place.end() :] if place else rest  # `and 214 in the United Kingdom`, `et 6 à Dunkerque`
    stripped = len(rest) - len(rest.lstrip())
    # the list goes on (`2,830 at Coquelles [and the remainder at Dunkirk]`)
    fractions = phrase_alternation(list(_v(language)["fraction_changes"]))  # `two [and a half] times`
    listed = re.match(rf"\s+(?:{links})\s+(?!(?:{fractions})(?!\w))", rest) is not None
    ends = not rest.strip(" .;,)") or rest.lstrip()[:1] in ".;,)" or listed
    inclusive = phrase_alternation(_v(language)["inclusive_links"])
    if re.search(rf"(?<!\w)(?:{inclusive})\s+(?:(?:{qualifiers})\s+)?$", gap, re.I) and (
        ends or (rest.split() or [""])[0].lower() in _figure_prepositions(language)
    ):
        return prev  # `including 465 on charter flights`: a part of the count before
    if (
        not ends
        and not any(p.start == len(text) - len(rest) + stripped for p in periods)
        and not _marked_year(rest, language)
        and not _own_verb_re(language).match(rest)
    ):
        return None
    return prev


@cache
def _pronoun_of_count_re(language: str) -> re.Pattern[str]:
    """A pronoun that stands for what the figure before counted, then its verb, right before a
    figure (`; l’Allemagne en a reçu [28 000]`)."""
    v = _v(language)
    pronouns = phrase_alternation(v["count_pronouns"]) or "(?!)"
    verbs = phrase_alternation(v["finite_verbs"])
    return re.compile(rf"(?<!\w)(?:{pronouns})\s+(?:{verbs})(?:\s+[^\W\d_]+)?\s+$", re.I)


@cache
def _own_verb_re(language: str) -> re.Pattern[str]:
    """An elliptical figure's own verb right after it (`[four] have died`, `[2,000] more were removed`)."""
    v = _v(language)
    more = phrase_alternation(v["ellipsis_after"])
    verbs = phrase_alternation(v["finite_verbs"])
    return re.compile(rf"\s+(?:(?:{more})\s+)?(?:(?:{verbs})|{v['past_verb_form']})(?!\w)", re.I)


@cache
def _place_phrase_re(language: str) -> re.Pattern[str]:
    """A place named right after an elliptical figure (`in the United Kingdom`, `à Dunkerque`): a
    place preposition, perhaps a determiner, and capitalised words, perhaps with the noun of the
    place's kind after them or, linked, before them (`in the Dunkirk area`, `dans la région de
    Lille`)."""
    v = _v(language)
    preps = phrase_alternation(v["place_prepositions"])
    dets = phrase_alternation(v["place_determiners"])
    nouns = phrase_alternation(v["place_nouns"]) or "(?!)"
    links = phrase_alternation(v["place_noun_links"]) or "(?!)"
    name = r"[^\W\d_a-z][\w'’-]*"
    return re.compile(
        rf"\s+(?:{preps})\s+(?:(?:{dets})\s*)?(?:(?:{nouns})\s+(?:{links})\s*)?"
        rf"{name}(?:[\s-]+{name})*(?:\s+(?:{nouns}))?(?!\w)"
    )


def _marked_year(rest: str, language: str) -> bool:
    """`et 8 466 en 2020¹.`: a year that a footnote mark ends (a report's note call, no part of the
    year) closes an elliptical figure as a period would."""
    preps = phrase_alternation(_v(language)["year_prepositions"])
    marks = re.escape(vocab.load("metadata")["footnote_marks"])  # the marks metadata strips from titles
    return re.fullmatch(rf"\s+(?:{preps})\s+(?:19|20)\d\d[{marks}]+\s*[.;,)]?\s*", rest, re.I) is not None


def _part_of(
    text: str, fig: Figure, found: Sequence[Stat], previous: Stat | None, language: str
) -> Stat | None:
    """`200 children ..., 60 of them`, `1,479 people ..., of whom 1,124 were prevented`, `les réseaux
    de passeurs, dont 15 ont été démantelés`: a part of what was just counted or named counts the
    same (the sentence's last figure, the sentence before's, or the noun right before the link)."""
    v = _v(language)
    after = re.match(rf"\s+(?:{phrase_alternation(v['partitive_after'])})(?!\w)", text[fig.end :], re.I)
    qualifiers = _any_qualifier(language)
    before = re.search(
        rf"(?P<head>[^,;:()]*),?\s+(?:{phrase_alternation(v['partitive_before'])})\s+(?:(?:{qualifiers})\s+)?$",
        _tail(text, fig.start),
        re.I,
    )
    if not after and not before:
        return None
    earlier = [s for s in found if s.end <= fig.start and s.unit not in ("factor", "percent")]
    if earlier:
        return earlier[-1]
    if before:
        head = before.group("head")
        complement = re.compile(rf"(?<!\w)(?:{phrase_alternation(v['metric']['lead_words'])})\s*$", re.I)
        nouns = [  # the head noun of the last noun phrase, not its complement (`réseaux de passeurs`)
            (m.start(), unit)
            for p, unit in _unit_nouns(language)
            if unit != "percent"
            for m in p.finditer(head)
            if (m.start() == 0 or not head[m.start() - 1].isalnum())
            and not complement.search(head[: m.start()])
        ]
        if nouns:
            noun_start, unit = max(nouns)
            metric = head[noun_start:].strip()
            return Stat(fig.start, fig.end, fig.text, fig.value, unit, "exact", "level", metric)
    return previous if after and previous is not None and previous.unit not in ("factor", "percent") else None


def _partitive(text: str, fig: Figure, previous: Stat | None, language: str) -> Stat | None:
    """`Of these, over 200 were accepted`: a figure with no noun of its own right after a
    sentence's partitive opening counts what the sentence before's last statistic counts."""
    if previous is None or previous.unit in ("factor", "percent"):
        return None
    v = _v(language)
    openers = phrase_alternation(v["partitive_openers"])
    comparing = phrase_alternation(v["comparison_sentence_openers"])
    qualifiers = _any_qualifier(language)
    # `Of these, 200 ...`, `Of those detained for return, 310 ...`, `That compares with fewer than 300`
    opening = re.fullmatch(
        rf"\s*(?:(?:{openers})(?:\s+[^\d,;:.]{{1,60}}?)?\s*,|(?:{comparing}))\s*(?:(?:{qualifiers})\s+)?",
        text[: fig.start],
        re.I,
    )
    return previous if opening else None


def _others(text: str, fig: Figure, found: list[Stat], previous: Stat | None, language: str) -> Stat | None:
    """`Some 400 others have returned`: a figure counting `others` counts what the count before it
    (in its sentence, else the sentence before) counts, when that one counts people."""
    if not phrase_pattern(_v(language)["others_words"], r"\s+", r"(?!\w)").match(text, fig.end):
        return None
    last = next((s for s in reversed(found) if s.end <= fig.start), previous)
    return last if last is not None and last.unit == "people" else None


def _is_attempt(text: str, start: int, unit_end: int, language: str) -> bool:
    """Crossings that did not happen count attempts (`prevented 2,300 crossings`)."""
    v = _v(language)
    if not re.search(
        rf"(?<!\w)(?:{phrase_alternation(v['attempt_nouns'])})(?!\w)", text[start:unit_end], re.I
    ):
        return False
    clause_start = _clause_start(text, start, r"[.;:]")
    clause_end = min([m.start() for m in re.finditer(r"[.;:]", text[unit_end:])] or [len(text) - unit_end])
    clause = text[clause_start : unit_end + clause_end]
    return re.search(rf"(?<!\w)(?:{phrase_alternation(v['attempt_verbs'])})(?!\w)", clause, re.I) is not None


def _counts_attempts(text: str, fig: Figure, unit: str, unit_end: int, language: str) -> bool:
    """Crossings that did not happen (`prevented 2,300 crossings`) and people intercepted count attempts."""
    return (unit in ("other", "people") and _is_attempt(text, fig.end, unit_end, language)) or (
        unit == "people" and _intercepted(text, fig.start, unit_end, language)
    )


def _intercepted(text: str, start: int, unit_end: int, language: str) -> bool:
    """People intercepted are intercepted crossings, which count attempts (guideline): the figure is
    the object of an interception verb (`intercepted nearly 310 people`, not people kept from an act:
    `stopped 870 people from boarding boats`) or the subject of its
    passive (`1 830 migrants ont été interceptés`), or people the subject names as detected before
    the figure's verb (`Clandestine entrants detected at Calais fell from 11,900 to 7,450`); people
    merely described as intercepted after the figure (`of the 2,800 adults intercepted on the
    beaches`) stay people, and so do people detected doing what took place (`13 people were
    detected crossing`: they came)."""
    active, passive, described, came, kept_from = _interception_res(language)
    return (
        (active.search(text[max(0, start - 60) : start]) is not None and not kept_from.match(text, unit_end))
        or passive.match(text, unit_end) is not None
        or described.search(text[:start]) is not None
    ) and came.search(text[max(0, start - 80) : unit_end + 60]) is None


@cache
def _interception_res(language: str) -> tuple[re.Pattern[str], ...]:
    """:func:`_intercepted`'s patterns: the verb before the figure, the passive after its noun, a
    noun of people with an interception participle in the subject, a detection of a movement, and
    what keeps the people an active verb stops from an act of theirs."""
    v = _v(language)
    people = phrase_alternation(v["units"]["people"])
    participles = phrase_alternation(v["interception_participles"])
    detected, moving = (phrase_alternation(v[k]) for k in ("detection_participles", "movement_participles"))
    # the verb's object is in its clause (`stopped at sea and 1,180`)
    links = phrase_alternation(v["clause_links"])
    return (
        re.compile(
            rf"(?<!\w)(?:{phrase_alternation(v['interception_verbs'])})(?:\s+(?!(?:{links})\b)[^\W\d]+){{0,3}}\s+$",
            re.I,
        ),
        re.compile(rf"\s+(?:{phrase_alternation(v['interception_passives'])})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{people})\s+(?:{participles})(?!\w)[^.;:]*$", re.I),
        re.compile(rf"(?<!\w)(?:{detected})\s+(?:{moving})(?!\w)", re.I),
        re.compile(r"\s+(?:" + "|".join(v["kept_from_doing"]) + ")", re.I),
    )


def _plural_after(text: str, fig: Figure, language: str) -> int | None:
    """`5,400 alerts`, `92 life jackets`: a figure in digits right before a lower-case plural noun
    that no unit names (one lower-case word that is no grammar word may stand before it) counts it
    as `other`; where the noun ends, or None."""
    if fig.is_word or fig.is_year:
        return None
    m = NEXT_WORD.match(text, fig.end)
    if m is None or not m.group("w").islower() or _not_count_re(language).match(text, fig.end):
        return None
    if _is_plural(m.group("w"), language):
        return m.end()
    second = NEXT_WORD.match(text, m.end())
    if (
        second is None
        or not second.group("w").islower()
        or m.group("w").lower() in _grammar_words(language)
        or _not_count_re(language).match(text, m.end())
    ):
        return None
    return second.end() if _is_plural(second.group("w"), language) else None


@cache
def _not_plural_words(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _v(language)["not_plural_words"])


def _compared_to(text: str, fig: Figure, found: Sequence[Stat], language: str) -> Stat | None:
    """`found 48 boat consignments in 2024, up from 19 in 2023`: a figure with no noun right after a
    comparison opener counts what the sentence's last count counts (not a percentage or a factor),
    before any noun of the clause's subject is read."""
    counts = [s for s in found if s.end <= fig.start and s.unit not in ("percent", "factor")]
    if not counts or not _comparison_re(language).search(_tail(text, fig.start)):
        return None
    # a new subject named between them (`65 teams ... and that the number of networks rose from 21`)
    # is what the figure counts
    if phrase_pattern(_v(language)["metric"]["number_of"], suffix=r"\s").search(
        text, counts[-1].end, fig.start
    ):
        return None
    return counts[-1]


def _ends_noun_phrase(tok: str, language: str) -> bool:
    """A lower-case plural noun that names no unit and is no grammar word heads the figure's noun
    phrase: a unit noun after it belongs to a complement (`consignments linked to smugglers`)."""
    return (
        tok.isalpha()
        and tok.islower()
        and tok.lower() not in _grammar_words(language)
        and _is_plural(tok, language)
    )


def _is_plural(word: str, language: str) -> bool:
    v = _v(language)
    word = word.lower()
    if word in _not_plural_words(language) or any(word.endswith(e) for e in v["not_plural_endings"]):
        return False
    return len(word) > 3 and any(word.endswith(e) for e in v["plural_endings"])


@cache
def _grammar_words(language: str) -> frozenset[str]:
    """Words that never modify a noun after a figure (`200 were accepted`, `30 in Calais`): the
    vocabulary's prepositions, verbs, links, determiners, qualifiers and fillers, word by word."""
    v = _v(language)
    lists = [
        v["year_prepositions"],
        v["finite_verbs"],
        v["clause_links"],
        v["determiners"],
        v["by_words"],
        v["not_plural_words"],
        v["ellipsis_links"],
        v["metric"]["verbs"],
        v["metric"]["drop_words"],
        v["metric"]["lead_words"],
        v["metric"]["change_links"],
        v["metric"]["change_adverbs"],
        v["metric"]["fall_rise_verbs"],
        v["verb_units"]["auxiliaries"],
        v["comparison_openers"],
        *v["qualifiers"].values(),
        *v["direction"].values(),
    ]
    return frozenset(w.lower() for words in lists for phrase in words for w in phrase.split())


def _labels_or_is_taken(text: str, fig: Figure, found: list[Stat], language: str) -> bool:
    """The figure labels (`Article 3`, `the three` counting nothing after it) or lies inside a
    statistic already found."""
    tail = _tail(text, fig.start)
    return bool(
        _label_re(language).search(tail)
        or (
            fig.is_word
            and _determiner_re(language).search(tail)
            and not _counted_after_determiner(text, fig.end, language)
        )
        or any(s.start <= fig.start < s.end for s in found)
    )


def _shared_unit(
    text: str,
    fig: Figure,
    found: list[Stat],
    periods: list[Period],
    language: str,
    money_starts: Sequence[int],
    previous: Stat | None,
) -> tuple[Stat | None, tuple[str, int] | None]:
    """For a figure with no noun of its own: the statistic whose noun it shares (elliptical,
    partitive, compared), or the unit of its clause's subject. A range's first figure counts its
    subject's noun before any figure it follows (`the number of boats fell from [708] to 655`);
    another figure is compared first (`up from [19] in 2023`)."""
    ellipsis = None if fig.is_year else _counted_before(text, fig, found, periods, language, previous)
    ranged = _range_link_re(language).match(text, fig.end)
    if ranged and any(fig.end <= start < ranged.end() for start in money_starts):
        return None, None  # `varie de [2 000] à 5 000 euros`: a range of money counts nothing
    subject_unit = None if ellipsis or not ranged else _unit_of_subject(text, fig.start, language, fig.end)
    if ellipsis is None and subject_unit is None and not fig.is_year:
        ellipsis = _compared_to(text, fig, found, language)
    if not (ellipsis or subject_unit):
        subject_unit = _unit_of_subject(text, fig.start, language, fig.end)
    return ellipsis, subject_unit


def _figure_stat(
    text: str,
    fig: Figure,
    found: list[Stat],
    periods: list[Period],
    language: str,
    money_starts: Sequence[int],
    previous: Stat | None = None,
) -> Stat | None:
    """The statistic a figure states, or None when it is a label, a reference or counts nothing
    (a figure with no unit of its own takes the unit of the one it is compared with, or of
    ``previous`` after a partitive opening; ``money_starts``: where the sentence's amounts start)."""
    if _labels_or_is_taken(text, fig, found, language):
        return None
    qualifier = qualifier_of(text[max(0, fig.start - 30) : fig.start], language)
    shaped = _factor_or_others(text, fig, found, periods, language, money_starts, previous, qualifier)
    if shaped is not None:
        return shaped
    unit = unit_after(text, fig.end, language)
    if unit is None and fig.is_year and _compared_with_re(language).search(_tail(text, fig.start)):
        return None  # `baissé de 30 % par rapport à 2015`: the year compared with is a date
    unit = _own_noun(text, fig, unit or _unnamed_noun_unit(text, fig, language), found, language)
    ellipsis, subject_unit = (
        (None, None) if unit else _shared_unit(text, fig, found, periods, language, money_starts, previous)
    )
    if unit is None and subject_unit is None:
        if fig.is_year:
            return None
        if ellipsis is None and (not _comparison_re(language).search(_tail(text, fig.start)) or not found):
            return None
        prev = ellipsis or found[-1]
        unit_name, unit_end, metric = (
            _elliptical_unit(text, fig.end, prev.unit, language),
            fig.end,
            prev.metric,
        )
    elif subject_unit:
        (unit_name, unit_end), metric = subject_unit, _subject_metric(text, fig.start, language)
    else:
        assert unit is not None  # the subject is only read for a figure with no unit of its own
        (unit_name, unit_end), metric = unit, _metric(text, fig.end, periods, language, money_starts)
        if unit_name == "percent" and _by_before(text, fig.start, language):  # `Departures fell by 18%`
            metric = _metric_head(text, fig.end, language) or _subject_metric(text, fig.start, language)
    if (unit or subject_unit) and _counts_attempts(text, fig, unit_name, unit_end, language):
        unit_name = "attempts"
    qualifier = qualifier if qualifier != "exact" else _qualifier_after(text, (fig.end, unit_end), language)
    direction = _figure_direction(text, fig, unit_end, ellipsis is not None, language)
    if len((metric or "").split()) < 2 and label_row(text):  # `Share of arrivals: 98%`, `160, up 25%`
        metric = text.split(":", 1)[0].strip(" -–—•")
    return Stat(
        fig.start,
        fig.end,
        _qualifier_phrase(text, fig.start, qualifier, language) + fig.text,
        fig.value,
        unit_name,
        qualifier,
        direction,
        metric or unit_name,
    )


def _own_noun(
    text: str, fig: Figure, unit: tuple[str, int] | None, found: list[Stat], language: str
) -> tuple[str, int] | None:
    """The unit of the noun after a figure, unless a verb parts them and a partitive opening says
    what the figure counts (`Of the 412 claims lodged, 97 were made by minors`)."""
    if unit is not None and _finite_verb_re(language).search(text, fig.end, unit[1]):
        return None if _share_of_opening(text, fig, found, language) else unit
    return unit


def _figure_direction(text: str, fig: Figure, unit_end: int, elliptical: bool, language: str) -> str:
    """The figure's direction; an elliptical figure with a verb of its own (`and a further 640
    returned`) counts another group, a level, not an addition."""
    if elliptical and _own_verb_re(language).match(text, fig.end):
        return "level"
    return direction_of(text, fig.start, fig.end, unit_end, language)


def _factor_or_others(
    text: str,
    fig: Figure,
    found: list[Stat],
    periods: list[Period],
    language: str,
    money_starts: Sequence[int],
    previous: Stat | None,
    qualifier: str,
) -> Stat | None:
    """A figure whose shape says what it counts: a factor (`three times higher`, `divisé par
    trois`), an average duration (`le délai moyen ... atteint 19 jours`), or `others` counted as the
    count before them (`Some 400 others have returned`)."""
    factor_start = None if fig.is_year else _factor_of(text, fig, language)
    if factor_start is not None:
        return _factor_stat(text, fig, factor_start, qualifier, language)
    duration = _average_duration(text, fig, qualifier, language)
    if duration is not None:
        return duration
    others = _others(text, fig, found, previous, language)
    if others is None:
        return None
    metric = _metric(text, fig.end, periods, language, money_starts) or others.unit  # what they did
    phrase = _qualifier_phrase(text, fig.start, qualifier, language) + fig.text
    direction = direction_of(text, fig.start, fig.end, fig.end, language)
    return Stat(fig.start, fig.end, phrase, fig.value, others.unit, qualifier, direction, metric)


@cache
def _average_duration_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    v = _v(language)
    return (
        phrase_pattern(v["average_durations"]),
        re.compile(rf"\s+(?:{phrase_alternation(v['duration_units'])})(?!\w)", re.I),
    )


def _average_duration(text: str, fig: Figure, qualifier: str, language: str) -> Stat | None:
    """A duration its clause names as an average (`Le délai moyen d'enregistrement atteint 19 jours`,
    `The average processing time fell from 41 to 26 days`): a statistic, though a duration counts
    nothing; the clause's other durations (`within 30 days`) stay none."""
    average, units = _average_duration_res(language)
    unit = units.match(text, fig.end)
    ranged = _range_link_re(language).match(text, fig.end)  # `de 41 à 26 jours`: the first bound
    if unit is None and ranged is not None:
        unit = units.match(text, ranged.end())
    subject = average.search(text, _clause_start(text, fig.start, r"[.;]"), fig.start)
    if unit is None or subject is None or fig.is_year:
        return None
    direction = direction_of(text, fig.start, fig.end, fig.end, language)
    return Stat(fig.start, fig.end, fig.text, fig.value, "other", qualifier, direction, subject.group(0))


def _factor_stat(text: str, fig: Figure, factor_start: int, qualifier: str, language: str) -> Stat:
    """A factor written around a figure: a rise, save a fraction or a divisor (`divided by three`)."""
    metric = _subject_metric(text, factor_start, language) or "factor"
    v = _v(language)
    falls = phrase_pattern(v["factor_before_decrease"], "", r"(?!\w)").match(text, factor_start) or re.match(
        rf"\s?(?:{phrase_alternation(v['factor_after_decrease'])})(?!\w)", text[fig.end :], re.I
    )
    direction = "decrease" if fig.value < 1 or falls else "increase"
    phrase = _qualifier_phrase(text, fig.start, qualifier, language) + fig.text
    return Stat(fig.start, fig.end, phrase, fig.value, "factor", qualifier, direction, metric)


def _counted_before(
    text: str, fig: Figure, found: list[Stat], periods: list[Period], language: str, previous: Stat | None
) -> Stat | None:
    """The statistic whose noun a figure with none of its own shares: an elliptical one (`and 60 in
    2022`), a partitive opening's (`Of these, 200 ...`), or what it is a part of (`60 of them`)."""
    return (
        _respective(text, fig, found, language)
        or _elliptical(text, fig, found, periods, language)
        or _partitive(text, fig, previous, language)
        or _share_of_opening(text, fig, found, language)
        or _part_of(text, fig, found, previous, language)
        or _figure_anaphor(text, fig, previous, language)
    )


@cache
def _respective_re(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Figures listed after a comparison opener (`compared with 64 and 11`), and what parts them."""
    v = _v(language)
    openers = phrase_alternation([o for o in v["comparison_openers"] if o.strip("()")])
    link = rf"\s*(?:,|(?:{phrase_alternation(v['list_links'])}))\s+"
    num = r"\d[\d.,\u00a0\u202f]*(?:\s\d{3})*"
    listed = re.compile(rf"(?<!\w)(?:{openers})\s+(?P<list>{num}(?:{link}{num})+)", re.I)
    return listed, re.compile(link, re.I)


def _respective(text: str, fig: Figure, found: list[Stat], language: str) -> Stat | None:
    """`87 smugglers arrested and 17 networks dismantled, compared with 64 and 11 in 2013`: figures
    listed after a comparison opener count, in order, what as many counts before it count."""
    listed, link = _respective_re(language)
    for m in listed.finditer(text):
        if not m.start("list") <= fig.start < m.end("list"):
            continue
        parts = link.split(m.group("list"))
        index = len(link.findall(text, m.start("list"), fig.start))
        counts = [s for s in found if s.end <= m.start() and s.unit not in ("factor", "percent")]
        if len(parts) < 2 or len(counts) < len(parts):
            return None
        return counts[len(counts) - len(parts) + index]
    return None


@cache
def _figure_anaphor_re(language: str) -> re.Pattern[str]:
    v = _v(language)
    names, verbs = phrase_alternation(v["figure_anaphors"]), phrase_alternation(v["anaphor_copulas"])
    return re.compile(rf"\b(?:{names})\s+(?:{verbs})\s+(?:(?:{_any_qualifier(language)})\s+)?$", re.I)


def _figure_anaphor(text: str, fig: Figure, previous: Stat | None, language: str) -> Stat | None:
    """`Last year alone the figure was 6,120`, `ce chiffre était de 6 120`: the figure an anaphoric
    name and its verb give counts what the sentence before counted (``previous``)."""
    before = text[max(0, fig.start - 80) : fig.start]
    return previous if previous is not None and _figure_anaphor_re(language).search(before) else None


def _share_of_opening(text: str, fig: Figure, found: list[Stat], language: str) -> Stat | None:
    """`Of the 2,000 children transferred, about 750 came to the UK`: a figure with no noun of its
    own right after a partitive opening that counts something counts the same."""
    openers = phrase_alternation(_v(language)["partitive_of_openers"])
    qualifiers = _any_qualifier(language)
    opening = re.fullmatch(
        rf"\s*(?:{openers})\s+[^;:]+?,\s*(?:(?:{qualifiers})\s+)?", text[: fig.start], re.I
    )
    if opening is None:
        return None
    inside = [s for s in found if s.end <= fig.start and s.unit not in ("factor", "percent")]
    return inside[0] if inside else None


def _unnamed_noun_unit(text: str, fig: Figure, language: str) -> tuple[str, int] | None:
    """The unit of a noun no unit names: persons (`90 of those who ...`), a state's people (`4,000
    Iraqis`), else any plural noun (`5,400 alerts`: `other`); and where the noun ends."""
    if fig.is_year:
        return None
    persons = re.match(
        rf"\s+(?:{phrase_alternation(_v(language)['persons_after'])})(?!\w)", text[fig.end :], re.I
    )
    if persons:  # `over 90 of those who reached the UK`: a relative pronoun of persons
        return "people", fig.end + persons.end()
    nationals = _nationals_after(text, fig, language)
    if nationals:
        return nationals
    plural_end = _plural_after(text, fig, language)
    return ("other", plural_end) if plural_end is not None else None


def _nationals_after(text: str, fig: Figure, language: str) -> tuple[str, int] | None:
    """`4,000 Iraqis`, `600 000 Marocains`: a figure right before a state's people (its demonym in
    the plural, or invariant before a verb or a stop) counts people."""
    m = re.match(r"\s([A-ZÀ-Ý][\w'’-]*)", text[fig.end :])
    if m is None:
        return None
    word, end = m.group(1), fig.end + m.end()
    endings = [e for e in _v(language)["plural_endings"] if word.lower().endswith(e)]
    if not _is_nationals(word, language):
        return None
    nxt = NEXT_WORD.match(text, end)
    plain_next = (
        nxt is None or nxt.group("w").lower() in _grammar_words(language) or not re.match(r"\s\w", text[end:])
    )
    return ("people", end) if endings or plain_next else None


def _is_nationals(word: str, language: str) -> bool:
    """A state's demonym, in the plural or invariant (`Iraqis`, `Marocains`, `Albanais`)."""
    endings = [e for e in _v(language)["plural_endings"] if word.lower().endswith(e)]
    return any(_is_demonym(f) for f in [word] + [word[: -len(e)] for e in endings])


def _is_demonym(word: str) -> bool:
    mentions = state_mentions(word)
    return bool(mentions) and mentions[0].start == 0 and mentions[0].end == len(word)


def _elliptical_unit(text: str, end: int, unit: str, language: str) -> str:
    """The unit of an elliptical figure, the count's before it unless its own verb says otherwise:
    stopped people are attempts (`of whom 1,124 were prevented`), attempts that arrived are people
    (`227 were prevented ... and 312 reached the United Kingdom`)."""
    if _own_clause_has(text, end, "death_verbs", language):
        return "people"  # `and 78 died in the attempt`: the dead are people, whatever the count before
    if unit == "people" and _own_clause_has(text, end, "attempt_verbs", language):
        return "attempts"
    if unit == "attempts" and _own_clause_has(text, end, "arrival_verbs", language):
        return "people"
    return unit


def _own_clause_has(text: str, end: int, verbs: str, language: str) -> bool:
    """The figure's own clause, after it, has one of the ``verbs`` of the vocabulary: the crossings
    were stopped (`attempt_verbs`: `were prevented from doing so`) or took place (`arrival_verbs`:
    `reached the United Kingdom`)."""
    clause = re.split(r"[.;:,]", text[end:], maxsplit=1)[0]
    return re.search(rf"(?<!\w)(?:{phrase_alternation(_v(language)[verbs])})(?!\w)", clause, re.I) is not None


def _qualifier_phrase(text: str, start: int, qualifier: str, language: str) -> str:
    if qualifier == "exact":
        return ""
    m = re.search(
        rf"\b(?:{phrase_alternation(_v(language)['qualifiers'][qualifier])})\s*$",
        text[max(0, start - 30) : start],
        re.I,
    )
    return m.group(0) if m else ""


def _metric(
    text: str,
    end: int,
    periods: Sequence[Period] = (),
    language: str = vocab.DEFAULT_LANGUAGE,
    money_starts: Sequence[int] | None = None,
) -> str:
    """What is counted, as a noun phrase: `the number of <X> has fallen by 30%` -> X; else the words
    after the figure to the end of its clause (`smuggling networks dismantled`), without direction
    words, auxiliaries and the period phrase (which has its own columns), at most ten words.
    ``money_starts``: where the text's amounts start, when its analysis has them."""
    v = _v(language)["metric"]
    clause_start = _clause_start(text, end, r"[.;:()–—]|,\s")
    head = _metric_head(text, end, language)
    if head:
        phrase = head
    else:
        starts = _money_starts(text, language) if money_starts is None else money_starts
        stop = min([*(s for s in starts if s >= end), len(text), end + 300])
        second = _range_link_re(language).match(text, end)
        start_at = second.end() if second and second.end() < stop else end  # `900 [to 1,400] places`
        phrase = re.split(r"[;()–—:]|[.,](?!\d)|\s-\s", text[start_at:stop], maxsplit=1)[0]
        parts = _clause_split_re(language).split(phrase, maxsplit=1)  # `40 arrests [and 60 ...]`
        # a range shares the noun of its second figure (`between 300 [and 400 people]`)
        phrase = parts[0] if len(parts) == 1 or re.search(r"[^\W\d]", parts[0]) else parts[1]
        for p in periods:
            if p.start >= end:
                phrase = phrase.replace(p.text, " ")
        phrase = re.sub(rf"^\s*(?:{phrase_alternation(v['number_of'])})\s+", "", phrase, flags=re.I)
    drop = {w.lower() for w in v["drop_words"]}
    words = [w for w in phrase.split() if re.search(r"[^\W\d]", w) and w.lower() not in drop]
    lead = {w.lower() for w in [*v["lead_words"], *_v(language)["determiners"]]}
    while words and words[0].lower() in lead:  # `10% of the boats` -> `boats`
        words.pop(0)
    elided = ELIDED.match(words[0]) if words else None
    if elided and elided.group(0).lower() in lead:  # `une soixantaine d’agents` -> `agents`
        words[0] = words[0][elided.end() :]
    if not head and (not words or phrase_pattern(v["comparisons"], prefix="").match(" ".join(words))):
        words = _subject_words(
            text[clause_start:end], drop | {w.lower() for w in [*v["verbs"], *v["fall_rise_verbs"]]}
        )
    return " ".join(words[:10]).strip(" -")


@lru_cache(maxsize=8)
def _money_starts(text: str, language: str) -> tuple[int, ...]:
    """Where amounts start in a sentence, found once for all its figures' metrics."""
    return tuple(m.start for m in find_money(text, language))


def _metric_head(text: str, end: int, language: str) -> str | None:
    """`the number of <X> has fallen by 30%`, `reduced the number of <X> by 25%`: X."""
    v = _v(language)["metric"]
    clause_start = _clause_start(text, end, r"[.;:()–—]|,\s")
    ends = phrase_alternation([*v["verbs"], *_v(language)["by_words"]])
    head = re.search(
        rf"\b(?:{phrase_alternation(v['number_of'])})\s+(?P<x>.+?)\s+(?:{ends})\b",
        text[clause_start:end],
        re.I,
    )
    return head.group("x") if head else None


def _subject_metric(text: str, start: int, language: str) -> str:
    """The metric of a figure that counts its clause's subject: the subject, less `the number of`."""
    v = _v(language)["metric"]
    label = _row_label(text, start, language)
    if label is not None:
        return " ".join(text[label[0] : label[1]].split()[:10])
    clause_start = _clause_start(text, start, rf"[.;:()]|,\s|{_complementiser_marks(language)}")
    # the subject opens with its last `the number of` (`told us that ... and that the number of networks`)
    heads = list(
        phrase_pattern(v["number_of"], prefix=r"(?<!\w)", suffix=r"\s+").finditer(text, clause_start, start)
    )
    before = text[heads[-1].end() : start] if heads else text[clause_start:start]
    verb = re.search(
        rf"(?<!\w)(?:{phrase_alternation([*_v(language)['finite_verbs'], *v['verbs']])})(?!\w)", before, re.I
    )
    if verb and verb.start() > 0:  # `returns has risen from` -> `returns`: the subject ends at its verb
        before = before[: verb.start()]
    drop = {
        w.lower()
        for w in [
            *v["drop_words"],
            *v["verbs"],
            *v["change_links"],
            *v["change_adverbs"],
            *v["fall_rise_verbs"],
            *_v(language)["by_words"],
            *_v(language)["decrease_verbs"],
            *_v(language)["increase_verbs"],
        ]
    }
    qualifiers = {w for ws in _v(language)["qualifiers"].values() for phrase in ws for w in phrase.split()}
    words = _subject_words(before, drop | qualifiers)
    # `The use of ...` -> `use of ...`; `and attempts from ...` -> `attempts from ...`
    leads = {w.lower() for w in [*_v(language)["determiners"], *_v(language)["clause_links"]]}
    while words and words[0].lower() in leads:
        words.pop(0)
    return " ".join(words[:10])


def _subject_words(before: str, drop: set[str]) -> list[str]:
    """`Clandestine entries are down 30%` -> the subject before its verb: `Clandestine entries`."""
    words = [w for w in re.findall(r"[\w'’-]+", before)]
    while words and (words[-1].lower() in drop or re.fullmatch(r"[\d.,]+", words[-1])):
        words.pop()
    return words


def _period_for(stat: Stat, periods: list[Period], spans: list[tuple[int, int]]) -> Period | None:
    usable = [
        p for p in periods if (p.kind in ("dated", "reported") and p.first != p.last) or p.kind == "past"
    ]
    if not usable:
        return None
    cs, ce = _clause_of(spans, stat.start)
    same = [p for p in usable if cs <= p.start < ce]
    before = [p for p in usable if p.end <= stat.start]  # `In 2022, the number ... rose to 45,000`
    pool = same or before or usable
    return min(pool, key=lambda p: abs(p.start - stat.start))


@cache
def _location_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(_v(language)['locations'])})\b")


@lru_cache(maxsize=8)
def _locations_in(text: str, language: str) -> tuple[tuple[int, str], ...]:
    """The places named in a sentence, found once for all its figures."""
    return tuple((m.start(), m.group(0)) for m in _location_re(language).finditer(text))


def _location_for(text: str, stat: Stat, language: str) -> str | None:
    """The first place named after the figure, else the sentence's first."""
    places = _locations_in(text, language)
    i = bisect.bisect_left(places, (stat.end, ""))
    return places[i][1] if i < len(places) else (places[0][1] if places else None)


def _is_recital(segment: dict[str, Any]) -> bool:
    """A treaty's recital (`Considérant que plus de 12 000 étrangers ... en 2007,`): a line of the
    preamble that ends with a comma reads as a heading, but it is a clause that reports."""
    return segment["kind"] == "heading" and str(segment["text"]).rstrip().endswith(",")


def extract_statistics(
    doc_id: str,
    doc_date: dt.date | None,
    doc_text: str,
    segments: list[dict[str, Any]],
    target_segs: AbstractSet[int] = frozenset(),
    language: str = vocab.DEFAULT_LANGUAGE,
    analyses: Analyses | None = None,
) -> list[dict[str, Any]]:
    """One row per figure. ``target_segs``: list items completing a commitment lead-in, whose
    figures are the commitment's targets rather than reports; each sentence read through its
    analysis in ``analyses`` (the document's, shared with the other extractors)."""
    language = vocab.language_of(language)
    analyses = analyses or Analyses(language, doc_date)
    rows: list[dict[str, Any]] = []
    keys: list[str] = []
    by_seg = {seg["seg"]: seg for seg in segments}
    previous: Stat | None = None  # the last statistic of the sentence before
    columns: list[str] = []  # the cells of the last table header (`Année | Poids lourds contrôlés | …`)
    for s in sorted(segments, key=lambda s: s["start"]):
        check_budget()
        columns = _header_cells(s["text"]) or columns
        if not (s["kind"] in ("sentence", "list_item") or _is_recital(s)) or s["seg"] in target_segs:
            previous = None
            continue
        a = analyses.of(s["text"])
        lead = by_seg.get(s.get("lead_in")) if s["kind"] == "list_item" else None
        found = _as_table_row(a, s, statistics_in(a, previous), columns, lead, language)
        previous = found[-1][0] if found else None
        for stat, period, place in found:
            quoted, start, end = passage_around(s, stat.start, stat.end)
            rows.append(
                {
                    "doc_id": doc_id,
                    "text": quoted,
                    "char_start": start,
                    "char_end": end,
                    "value": stat.value,
                    "unit": stat.unit,
                    "qualifier": stat.qualifier,
                    "metric": stat.metric,
                    "direction": stat.direction,
                    "period_text": period.text if period else None,
                    "period_start": period.first if period else None,
                    "period_end": period.last if period else None,
                    "location": place,
                    "figure_text": stat.figure_text,
                }
            )
            keys.append(content_id(doc_id, "s", "statistics", quoted, stat.start))
    for row, sid in zip(rows, disambiguate(keys), strict=True):
        row["statistic_id"] = sid
    return rows
