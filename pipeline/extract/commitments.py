"""Commitments: sentences and list items in which parties will do something from now on.

Follows the annotation guideline: a cue (`will`, `agree to`, `commit to`, `pledge`, ...) makes a
sentence a commitment unless it welcomes or reports; each list item completing a committing
lead-in ("We will:") is a commitment of its own, and so is each further committing sentence
inside a bullet. Cues, parties, themes and their keywords live in ``vocab/commitments.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pandas as pd

from pipeline import vocab
from pipeline.extract.dates import find_deadline
from pipeline.extract.ids import content_id, disambiguate
from pipeline.extract.money import find_money
from pipeline.extract.prefilter import Screen, fold

WORD = re.compile(r"\w+")
CLAUSE_BOUNDARY = re.compile(r"[,;:(]")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    modality: str


def _vocab() -> dict:
    return vocab.load("commitments")


@cache
def _cue_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(modality, re.compile(p, re.I)) for modality, ps in _vocab()["cues"].items() for p in ps]


@cache
def _cue_screen() -> Screen:
    """Skips cue patterns whose literals are absent (see :mod:`~pipeline.extract.prefilter`)."""
    return Screen([p for _, p in _cue_patterns()])


@cache
def _relative_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_vocab()["relative_pronouns"]) + r")\s+$", re.I)


@cache
def _exclusions() -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in _vocab()["not_commitment"]]


@cache
def _party_patterns() -> dict[str, re.Pattern[str]]:
    return {
        code: re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b")
        for code, aliases in _vocab()["parties"].items()
    }


@cache
def _theme_keywords() -> tuple[list[tuple[str, re.Pattern[str], float]], Screen]:
    """Every (theme, keyword pattern, weight) in vocabulary order, and a screen over the patterns."""
    keywords = [
        (theme, re.compile(p, re.I), float(w))
        for theme, words in _vocab()["themes"].items()
        for p, w in words.items()
    ]
    return keywords, Screen([p for _, p, _ in keywords])


def find_cues(text: str) -> list[Cue]:
    """Commitment cues in ``text``, in order, overlaps resolved in favour of the earlier one; a cue
    inside a relative clause about others (`migrants who agree to ...`) is not one."""
    return list(_cues(text))


@lru_cache(maxsize=16384)
def _cues(text: str) -> tuple[Cue, ...]:
    """:func:`find_cues`, memoised: every extractor asks for the cues of the same sentences."""
    patterns = _cue_patterns()
    found = sorted(
        (
            Cue(m.start(), m.end(), patterns[i][0])
            for i in _cue_screen().candidates(fold(text))
            for m in patterns[i][1].finditer(text)
        ),
        key=lambda c: (c.start, -c.end),
    )
    relative = _relative_re()
    out: list[Cue] = []
    for c in found:
        if relative.search(text[max(0, c.start - 12) : c.start]):
            continue
        if not out or c.start >= out[-1].end:
            out.append(c)
    return tuple(out)


def is_committing(text: str) -> bool:
    return bool(_cues(text)) and not _reports(text)


def _reports(text: str) -> bool:
    """A `not_commitment` rule applies: the sentence welcomes or reports."""
    return any(p.search(text) for p in _exclusions())


def parties_in(text: str) -> list[str]:
    return [code for code, p in _party_patterns().items() if p.search(text)]


def named_parties(text: str) -> list[str]:
    """Party codes in the order they are first named in ``text``."""
    hits = sorted((m.start(), code) for code, p in _party_patterns().items() for m in p.finditer(text))
    out: list[str] = []
    for _, code in hits:
        if code not in out:
            out.append(code)
    return out


def actor_of(text: str, cues: list[Cue], default: str) -> str:
    """Who acts: the parties named in the subject before each cue (from the clause boundary or the
    previous cue), joined; the default (joint, or the lead-in's actor) when none is named."""
    named: list[str] = []
    prev_end = 0
    for cue in cues:
        boundaries = [m.end() for m in CLAUSE_BOUNDARY.finditer(text, 0, cue.start)]
        window = text[max([prev_end, *boundaries]) : cue.end]
        named += [p for p in parties_in(window) if p not in named]
        prev_end = cue.end
    codes = list(_vocab()["parties"])
    if not named:
        return default
    if len(named) > 1:
        return ";".join(c for c in codes if c in named)
    return named[0]


def theme_of(text: str) -> str:
    """Primary theme: a sentence stating an amount of money is `funding`; otherwise the theme
    whose keywords weigh most (ties to the earlier theme in the vocabulary)."""
    if find_money(text):
        return "funding"
    best, best_score = _vocab()["default_theme"], 0.0
    keywords, screen = _theme_keywords()
    scores: dict[str, float] = {}
    for i in screen.candidates(fold(text)):  # the others count zero: a literal they need is absent
        theme, p, w = keywords[i]
        scores[theme] = scores.get(theme, 0) + w * len(p.findall(text))
    for theme in _vocab()["themes"]:
        score = scores.get(theme, 0)
        if score > best_score:
            best, best_score = theme, score
    return best


def _words(text: str) -> int:
    return len(WORD.findall(text))


def extract_commitments(
    doc_id: str, doc_date: dt.date | None, doc_text: str, segments: list[dict]
) -> list[dict]:
    """One row per committing sentence or list item of one document, in document order."""
    joint = _vocab()["joint_actor"]
    by_seg = {s["seg"]: s for s in segments}
    rows: list[dict] = []
    lead_in_info: dict[int, tuple[str, str]] = {}  # seg -> (modality, actor) of committing lead-ins
    for s in sorted(segments, key=lambda s: s["start"]):
        if s["kind"] not in ("sentence", "list_item"):
            continue
        text = s["text"]
        cues = find_cues(text)
        committing = bool(cues) and not _reports(text)
        lead = by_seg.get(s["lead_in"]) if s["kind"] == "list_item" and _present(s.get("lead_in")) else None
        inherited = lead_in_info.get(lead["seg"]) if lead is not None else None
        if committing:
            default = inherited[1] if inherited else joint
            actor = actor_of(text, cues, default)
            modality = cues[0].modality
        elif inherited:
            modality, actor = inherited
        else:
            continue
        if text.rstrip().endswith(":") and committing:
            lead_in_info[s["seg"]] = (modality, actor)
            if _words(text) < _vocab()["lead_in_min_words"]:
                continue
        deadline = find_deadline(text, doc_date)
        rows.append(
            {
                "doc_id": doc_id,
                "text": text,
                "char_start": s["start"],
                "char_end": s["end"],
                "actor": actor,
                "theme": theme_of(text),
                "modality": modality,
                "deadline_text": deadline.text if deadline else None,
                "deadline_date": deadline.last if deadline else None,
                "lead_in": lead["text"] if lead is not None else None,
            }
        )
    ids = disambiguate([content_id(doc_id, "c", "commitments", r["text"], 0) for r in rows])
    for seq, (row, cid) in enumerate(zip(rows, ids, strict=True), start=1):
        row["commitment_id"] = cid
        row["seq"] = seq
    return rows


def _present(value) -> bool:
    return value is not None and not pd.isna(value)
