"""Vocabulary phrases as one regular expression, built once per list.

The literal phrases of a vocabulary list (`per year`, `plus de`) are escaped and tried longest
first, so `more than` wins over `more`; the joined alternation and the compiled pattern are cached,
since the same lists are read for every sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

# A typographic apostrophe and a straight one are the same character to a reader (`s'engagent`,
# `s’engagent`): a phrase's apostrophe matches either.
APOSTROPHES = "'’"
_SLOT = re.compile(r"\{(\w+)\}")


def _literal(word: str) -> str:
    return "".join(f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in word)


@cache
def _alternation(phrases: tuple[str, ...]) -> str:
    return "|".join(_literal(p) for p in sorted(phrases, key=len, reverse=True))


def phrase_alternation(phrases: Iterable[str]) -> str:
    """`a|b|c` of the escaped phrases, longest first (to put inside a larger pattern), each
    apostrophe matching either."""
    return _alternation(tuple(phrases))


@cache
def _pattern(phrases: tuple[str, ...], prefix: str, suffix: str) -> re.Pattern[str]:
    return re.compile(prefix + "(?:" + _alternation(phrases) + ")" + suffix, re.I)


def phrase_pattern(phrases: Iterable[str], prefix: str = r"\b", suffix: str = r"\b") -> re.Pattern[str]:
    """Any of the phrases as a whole word or words, case-insensitive."""
    return _pattern(tuple(phrases), prefix, suffix)


def _word(word: str, forms: Sequence[str], last: bool) -> tuple[str, bool]:
    """A phrase's word as a pattern, and whether it takes in the space after it: a word with
    other forms (`de` written `d'` before a vowel, `des`) matches any of them, and an elided form,
    ending in an apostrophe, is glued to the word after it (at the end of the phrase, to some word)."""
    if not forms:
        return _literal(word), False
    whole = "|".join(_literal(f) for f in (word, *forms) if f[-1] not in APOSTROPHES)
    elided = "|".join(_literal(f) for f in forms if f[-1] in APOSTROPHES)
    pattern = f"(?:{whole})" + (r"\b" if last else r"\s+")
    if elided:
        pattern += f"|(?:{elided})" + (r"(?=\w)" if last else "")
    return f"(?:{pattern})", True


@cache
def _written(
    phrase: str, slots: tuple[tuple[str, str], ...], forms: tuple[tuple[str, tuple[str, ...]], ...]
) -> str:
    fills, other_forms = dict(slots), dict(forms)
    tokens = phrase.split()
    out, glued = r"\b" if re.match(r"\w", phrase) else "", True
    for i, token in enumerate(tokens):
        if slot := _SLOT.fullmatch(token):
            out += fills[slot.group(1)]  # a slot brings its own leading space, and may be empty
            continue
        piece, ends_glued = _word(token, other_forms.get(token.lower(), ()), i == len(tokens) - 1)
        out += ("" if glued else r"\s+") + piece
        glued = ends_glued
    return out + (r"\b" if not glued and re.search(r"\w$", tokens[-1]) else "")


def phrase_regex(
    phrase: str, slots: Mapping[str, str] | None = None, forms: Mapping[str, Sequence[str]] | None = None
) -> str:
    """A phrase as a linguist writes it (`accepte de`, `s'engagent {adv} à`, `agree to`) as a
    pattern, to compile case-insensitively: whole words, any run of whitespace between them, an
    apostrophe matching ' and ’. ``slots`` fills a `{name}` word with a pattern that brings its own
    leading whitespace and may match nothing (an optional adverb); ``forms`` gives the other forms
    a word takes in the language, elided (`de`: `d'`, glued to the next word) or contracted (`des`)."""
    return _written(
        phrase,
        tuple(sorted((slots or {}).items())),
        tuple(sorted((k.lower(), tuple(v)) for k, v in (forms or {}).items())),
    )
