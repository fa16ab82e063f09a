"""Passages no extractor should read: publication boilerplate and sentences cut off mid-way.

Many published texts are partial captures of a page (the corpus manifest says so) or carry a
publisher's notices. Neither is a statement by the parties: a copyright notice is no commitment,
a print note's `30% recycled fibre` no statistic, and `... will be accompanied by [...]` no
complete undertaking. The words are data per language (``vocab/passages*.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline import vocab

LAST_WORD = re.compile(r"([^\W\d_]+)[\W\d_]*$")
LIST_JOINER = re.compile(r"[;,]\s*([^\W\d_]+)$")  # `...; and` closing a list item is no cut


def _v(language: str) -> dict:
    return vocab.load_for("passages", language)


@cache
def _boilerplate_re(language: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _v(language)["boilerplate"]), re.I)


def is_boilerplate(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    return bool(_boilerplate_re(vocab.language_of(language)).search(text))


def is_cut_off(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    """The passage stops mid-sentence: its last word (before any elision mark) cannot end one."""
    v = _v(vocab.language_of(language))
    body = text.rstrip()
    marked = False
    for mark in sorted(v["elision_marks"], key=len, reverse=True):
        if body.endswith(mark):
            body, marked = body[: -len(mark)].rstrip(), True
            break
    if body.endswith((".", "!", "?", ":", ";", "»", "”", '"', ")")) or (not marked and _joins_list(body, v)):
        return False
    m = LAST_WORD.search(body)
    if m is None:
        return marked
    return m.group(1).lower() in set(v["dangling_words"]) or (marked and body.endswith(","))


def _joins_list(body: str, v: dict) -> bool:
    m = LIST_JOINER.search(body)
    return bool(m) and m.group(1).lower() in set(v["list_joiners"])


def is_readable(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> bool:
    """Neither boilerplate nor cut off: a passage extractors may take rows from."""
    return not is_boilerplate(text, language) and not is_cut_off(text, language)
