"""Passages no extractor should read (publication boilerplate, sentences cut off mid-way), and
the passage a row quotes.

Many published texts are partial captures of a page (the corpus manifest says so) or carry a
publisher's notices. Neither is a statement by the parties: a copyright notice is no commitment,
a print note's `30% recycled fibre` no statistic, and `... will be accompanied by [...]` no
complete undertaking. The words are data per language (``vocab/passages*.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from pipeline import vocab
from pipeline.extract.analysis import Analyses
from pipeline.extract.prefilter import fold, literal_test

LAST_WORD = re.compile(r"([^\W\d_]+)[\W\d_]*$")
SENTENCE_ENDS = (".", "!", "?", ":", ";", "»", "”", '"', ")")
ENDS_WITH_FIGURE = re.compile(r"\d[,\s]*$")
LIST_JOINER = re.compile(r"[;,]\s*([^\W\d_]+)$")  # `...; and` closing a list item is no cut


def _v(language: str) -> dict[str, Any]:
    return vocab.load_for("passages", language)


@cache
def _boilerplate_re(language: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _v(language)["boilerplate"]), re.I)


def is_boilerplate(text: str, language: str = vocab.DEFAULT_LANGUAGE, folded: str | None = None) -> bool:
    """Publication boilerplate (licence, enquiries, printed-on lines); ``folded``: the text's
    :func:`fold`, when its analysis has it."""
    pattern = _boilerplate_re(vocab.language_of(language))
    needs = literal_test(pattern.pattern, pattern.flags)  # the shared literal scan first
    return (needs is None or needs(fold(text) if folded is None else folded)) and bool(pattern.search(text))


def is_cut_off(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    """The passage stops mid-sentence: its last word (before any elision mark) cannot end one."""
    language = vocab.language_of(language)
    body = text.rstrip()
    marked = False
    for mark in _elision_marks(language):
        if body.endswith(mark):
            body, marked = body[: -len(mark)].rstrip(), True
            break
    if body.endswith(SENTENCE_ENDS) or (not marked and _joins_list(body, language)):
        return False
    if not marked and ENDS_WITH_FIGURE.search(body):  # `... interpellés en 2007,`: a figure ends the phrase
        return False
    m = _last_word(body)
    if m is None:
        return marked
    return m.group(1).lower() in _word_set(language, "dangling_words") or (marked and body.endswith(","))


def _last_word(body: str, tail: int = 160) -> re.Match[str] | None:
    """:data:`LAST_WORD` in ``body``, looked for in its tail first (searching the whole text tries
    every position); the whole is searched only when the tail may have cut the word."""
    m = LAST_WORD.search(body, max(0, len(body) - tail))
    return m if m is not None and m.start() > len(body) - tail else LAST_WORD.search(body)


@cache
def _elision_marks(language: str) -> tuple[str, ...]:
    return tuple(sorted(_v(language)["elision_marks"], key=len, reverse=True))


@cache
def _word_set(language: str, key: str) -> frozenset[str]:
    return frozenset(_v(language)[key])


def _joins_list(body: str, language: str) -> bool:
    m = LIST_JOINER.search(body)
    return m is not None and m.group(1).lower() in _word_set(language, "list_joiners")


def is_elision(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    """The passage is only an elision mark (`[...]`): where a capture left text out."""
    return text.strip() in _word_set(vocab.language_of(language), "elision_marks")


def readable_segments(
    segments: list[dict[str, Any]],
    language: str = vocab.DEFAULT_LANGUAGE,
    analyses: Analyses | None = None,
) -> list[dict[str, Any]]:
    """The segments extractors may take rows from, in document order: no boilerplate; no sentence
    cut off mid-way; no list item cut off before it says anything (a stub of fewer than
    `stub_max_words` + 1 words right before an elision or the end: `- le gouvernement britannique
    [...]`). A cut-off list item that names its measure is kept: its head comes first. ``analyses``:
    the document's (each text folded once for every reader)."""
    language = vocab.language_of(language)
    ordered = sorted(segments, key=lambda s: s["start"])
    out = []
    for i, s in enumerate(ordered):
        text = s["text"]
        if is_elision(text, language) or is_boilerplate(
            text, language, analyses.of(text).folded if analyses is not None else None
        ):
            continue
        if s["kind"] == "list_item":
            following = ordered[i + 1]["text"] if i + 1 < len(ordered) else None
            at_cut = following is None or is_elision(following, language)
            if at_cut and _is_stub(text, language):
                continue
        elif is_cut_off(text, language):
            continue
        out.append(s)
    return out


def _is_stub(text: str, language: str) -> bool:
    body = text.rstrip()
    if body.endswith((".", "!", "?", ";", ":")):
        return False
    return len(re.findall(r"\w+", body)) <= int(_v(language)["stub_max_words"])


MAX_PASSAGE_CHARS = 1000  # the genre's sentences run under 500 characters (the corpus: 442 at most)


def passage_around(segment: dict[str, Any], start: int, end: int) -> tuple[str, int, int]:
    """``(text, char_start, char_end)`` of the passage a row about the value at ``[start, end)``
    (offsets in the segment's text) quotes: the whole segment, or, in a segment longer than
    ``MAX_PASSAGE_CHARS``, a window of that length around the value. Each of a crafted sentence's
    thousands of amounts would otherwise quote all of it: output of the square of its length."""
    text = segment["text"]
    if len(text) <= MAX_PASSAGE_CHARS:
        return text, segment["start"], segment["end"]
    room = max(0, MAX_PASSAGE_CHARS - (end - start))
    lo = max(0, min(start - room // 2, len(text) - MAX_PASSAGE_CHARS))
    hi = min(len(text), max(lo + MAX_PASSAGE_CHARS, end))
    return text[lo:hi], segment["start"] + lo, segment["start"] + hi


def blank_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` (clipped to it) turned to spaces: what a rule must
    not read is hidden while every offset stays where it was."""
    chars = list(text)
    for a, b in spans:
        a, b = max(0, a), min(b, len(chars))
        chars[a:b] = " " * max(0, b - a)
    return "".join(chars)
