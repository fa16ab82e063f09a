"""Commitment cues (`will`, `agree to`, `s'engagent à`, ...) and the rules that unmake them.

Shared by every extractor: commitments are built on cues, and a figure inside a committing clause
is a target rather than a reported statistic. Cues per language live in
``vocab/commitments.yaml`` (English) and ``vocab/commitments.<lang>.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline import vocab
from pipeline.extract.phrases import phrase_regex
from pipeline.extract.prefilter import Screen, fold


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    modality: str


def commitment_vocab(language: str) -> dict[str, Any]:
    return vocab.load_for("commitments", language)


# A short aside between commas, of any words (`, de son côté,`, `, at the March summit,`): a cue reads
# past it, and so does a lead-in's object.
ASIDE = r"\s*,\s*[^,;:.()]{2,80}?\s*,"


@cache
def _cue_patterns(language: str, key: str = "cues") -> list[tuple[str, re.Pattern[str]]]:
    """The cue patterns under ``key``: `cues`, or `cues_when_alone` (cues that count only in a
    sentence with no other, as a treaty's subject in the present: `Les Parties coopèrent`), each
    modality's phrases (`cue_phrases`: `accepte de`, `agree to`) before its regular expressions;
    `{adv}` in either stands for an optional adverb of ``cue_adverbs`` (`s'engagent également à`)
    or a short aside between commas, of any words (`s'est engagé, de son côté, à`, `s'est engagé,
    lors de la rencontre du 29 août, à verser`, `agreed, at the March summit, to`)."""
    v = commitment_vocab(language)
    adverbs = "|".join(re.escape(a) for a in sorted(v.get("cue_adverbs") or [], key=len, reverse=True))
    adv = rf"(?:\s+(?:{adverbs})|{ASIDE})?" if adverbs else ""
    regexes = v.get(key) or {}
    phrases = (v.get("cue_phrases") or {}) if key == "cues" else {}
    forms = {word: other for word, *other in v.get("cue_word_forms") or []}
    return [
        (modality, re.compile(p, re.I))
        for modality in dict.fromkeys([*regexes, *phrases])
        for p in [
            *(phrase_regex(ph, {"adv": adv}, forms) for ph in phrases.get(modality) or []),
            *(r.replace("{adv}", adv) for r in regexes.get(modality) or []),
        ]
    ]


@cache
def _cue_screen(language: str, key: str = "cues") -> Screen:
    """Skips cue patterns whose literals are absent (see :mod:`~pipeline.extract.prefilter`)."""
    return Screen([p for _, p in _cue_patterns(language, key)])


@cache
def _relative_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    words = "|".join(v["relative_pronouns"])
    clitics = "|".join(re.escape(c) for c in v.get("relative_clitics", []))
    between = rf"(?:(?:{clitics})\s*)*" if clitics else ""
    return re.compile(r"\b(?:" + words + r")\s+" + between + "$", re.I)


@cache
def _exclusions(language: str) -> tuple[list[re.Pattern[str]], Screen]:
    patterns = [re.compile(p, re.I) for p in commitment_vocab(language)["not_commitment"]]
    return patterns, Screen(patterns)


def find_cues(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[Cue]:
    """Commitment cues in ``text``, in order, overlaps resolved in favour of the earlier one; a cue
    inside a relative clause about others (`migrants who agree to ...`) is not one."""
    return list(cues_in(text, fold(text), vocab.language_of(language)))


@lru_cache(maxsize=16384)
def cues_in(text: str, folded: str, language: str) -> tuple[Cue, ...]:
    """:func:`find_cues` of a text already folded (``folded`` is its :func:`fold`) in a resolved
    language, memoised; a sentence's analysis reads it once for every extractor. A cue that counts
    only alone (`Les Parties ...`) yields to any other (`Les Parties s'engagent à`)."""
    return _matching_cues(text, folded, language, "cues") or _matching_cues(
        text, folded, language, "cues_when_alone"
    )


def _matching_cues(text: str, folded: str, language: str, key: str) -> tuple[Cue, ...]:
    patterns = _cue_patterns(language, key)
    if not patterns:
        return ()
    found = sorted(
        (
            Cue(m.start(), m.end(), patterns[i][0])
            for i in _cue_screen(language, key).candidates(folded)
            for m in patterns[i][1].finditer(text)
        ),
        key=lambda c: (c.start, -c.end),
    )
    relative = _relative_re(language)
    out: list[Cue] = []
    for c in found:
        if relative.search(text[max(0, c.start - 24) : c.start]):
            continue
        if not out or c.start >= out[-1].end:
            out.append(c)
    return tuple(out)


def reports(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    """A `not_commitment` rule applies: the sentence welcomes, reports or describes."""
    return reports_in(text, fold(text), vocab.language_of(language))


def reports_in(text: str, folded: str, language: str) -> bool:
    """:func:`reports` of a text already folded, in a resolved language."""
    patterns, screen = _exclusions(language)
    return any(patterns[i].search(text) for i in screen.candidates(folded))


def is_committing(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    return bool(find_cues(text, language)) and not reports(text, language)
