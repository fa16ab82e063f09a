"""Walking the vocabulary files: which mappings are structure (the same keys in every language)
and which are tables of words (keys that are words or patterns of one language), and every entry."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

from pipeline.extract.phrases import phrase_regex
from pipeline.extract.prefilter import fold, required_literals
from pipeline.vocab import LANGUAGES, VOCAB_DIR, load

# The vocabulary families with a file per language: X.yaml (English) and X.<lang>.yaml.
FAMILIES = tuple(sorted(p.name.split(".")[0] for p in VOCAB_DIR.glob("*.fr.yaml")))
REGEX_CHARS = set(".^$*+?{}[]\\|()")
# A slot the code fills in before compiling (`{adv}`, `{year}`, `{preps}`): any short stretch here.
SLOT = re.compile(r"\{[a-z_]+\}")
SLOT_FILL = r"[^.;]{0,40}?"
# Values that are codes, not words of a text: role and enum names, party codes (`GB;FR`).
ISO_CODE = re.compile(r"[A-Z]{2}")
CODE = re.compile(r"[a-z]+(?:_[a-z]+)+|[A-Z]{2}(?:;[A-Z]{2})+")


def _word_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def is_word_table(mapping: dict) -> bool:
    """A mapping of words or patterns to values (theme keywords to weights, scale words to
    factors, multiplier phrases to [value, direction]): its keys belong to one language. A
    mapping holding a mapping or a list of words is structure: its keys name roles."""
    if mapping and all(isinstance(k, str) and ISO_CODE.fullmatch(k) for k in mapping):
        return True  # per-language data indexed by state code (`GB: [UK, Britain]`)
    if mapping and all(isinstance(v, dict) and v and is_word_table(v) for v in mapping.values()):
        return True  # word tables under words of the language (`half: {first: [1, 6]}`)
    return not any(isinstance(v, dict) or _word_list(v) for v in mapping.values())


def key_differences(english: Any, other: Any, path: str = "") -> list[str]:
    """Keys of structural mappings present in one file and not the other, as dotted paths."""
    if not (isinstance(english, dict) and isinstance(other, dict)):
        return []
    if path and is_word_table(english) and is_word_table(other):
        return []
    out = [f"{path}{k} (only in English)" for k in english if k not in other]
    out += [f"{path}{k} (only in the other language)" for k in other if k not in english]
    for k in english:
        if k in other:
            out += key_differences(english[k], other[k], f"{path}{k}.")
    return out


def entries(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (path, entry) of a vocabulary: strings in lists, top-level patterns, and the keys of
    word tables; numbers, role names and the values of word tables are not entries."""
    if isinstance(value, str):
        if value.strip() and not CODE.fullmatch(value):
            yield path, value
    elif isinstance(value, list):
        for v in value:
            yield from entries(v, path)
    elif isinstance(value, dict):
        if path and is_word_table(value):
            yield from ((path, str(k)) for k in value if not CODE.fullmatch(str(k)))
        else:
            for k, v in value.items():
                yield from entries(v, f"{path}.{k}" if path else str(k))


def vocabulary_files() -> list[str]:
    """Every file of the families, English first: ``commitments``, ``commitments.fr``, ..."""
    return [n for f in FAMILIES for n in (f, *(f"{f}.{lang}" for lang in LANGUAGES if lang != "en"))]


@cache
def pattern(entry: str) -> re.Pattern[str]:
    """An entry as it is searched for in a text, case-insensitively: a pattern when it is one
    (and compiles), else a phrase as the cue phrases are read (whole words, any spaces, either
    apostrophe), a `{slot}` word in it standing for an optional short stretch."""
    if REGEX_CHARS & set(SLOT.sub("", entry)):
        try:
            return re.compile(SLOT.sub(lambda _: SLOT_FILL, entry), re.IGNORECASE)
        except re.error:
            pass
    slots = {name: rf"(?:\s+{SLOT_FILL})?" for name in re.findall(r"\{([a-z_]+)\}", entry)}
    return re.compile(phrase_regex(entry, slots), re.IGNORECASE)


def texts_matching(entry: str, texts: list[str], enough: int = 2) -> int:
    """How many texts the entry occurs in, counting up to ``enough``; a literal phrase is looked
    for as a substring of the lower-cased text first (a text without it cannot match)."""
    found = 0
    literal = entry.lower() if not REGEX_CHARS & set(entry) else None
    for text in texts:
        if literal is not None and literal not in _lowered(text):
            continue
        if pattern(entry).search(text):
            found += 1
            if found >= enough:
                break
    return found


@cache
def _lowered(text: str) -> str:
    return text.lower()


def count_texts(entries: list[str], texts: list[str], enough: int = 2) -> dict[str, int]:
    """``texts_matching`` for many entries at once: every literal phrase is looked for in all the
    lower-cased texts in one Aho–Corasick pass per text, and its pattern searched only in the
    texts that hold it (the same texts, fewer substring tests: most entries are in none or one). A
    pattern is searched only in the texts holding one of the literals every match of it contains
    (found as the extractors' pre-filter finds them, in the texts folded as it folds them): a text
    without them cannot match."""
    literals = {e: e.lower() for e in entries if not REGEX_CHARS & set(e)}
    holders = _holders(set(literals.values()), [_lowered(text) for text in texts])
    needs = {e: _needed(e) for e in entries if e not in literals}
    needed = _holders({lit for lits in needs.values() if lits for lit in lits}, [fold(t) for t in texts])
    counts = {}
    for entry in entries:
        if entry in literals:
            candidates = holders.get(literals[entry], [])
        elif needs[entry] is None:
            counts[entry] = texts_matching(entry, texts, enough)
            continue
        else:
            candidates = sorted({i for lit in needs[entry] or () for i in needed.get(lit, [])})
        found = 0
        for i in candidates:
            if pattern(entry).search(texts[i]):
                found += 1
                if found >= enough:
                    break
        counts[entry] = found
    return counts


def _needed(entry: str) -> frozenset[str] | None:
    """Literals (folded) one of which every match of the entry's pattern contains; None when no
    literal is needed."""
    compiled = pattern(entry)
    required = required_literals(compiled.pattern, compiled.flags)
    return max(required, key=lambda c: (min(map(len, c)), -len(c))) if required else None


def _holders(literals: set[str], folded: list[str]) -> dict[str, list[int]]:
    """For each literal, the indices (ascending) of the texts of ``folded`` that hold it: one
    Aho–Corasick pass per text."""
    holders: dict[str, list[int]] = {}
    if not literals:
        return holders
    automaton = ahocorasick.Automaton()
    for literal in literals:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    for i, text in enumerate(folded):
        for literal in {found for _, found in automaton.iter(text)}:
            holders.setdefault(literal, []).append(i)
    return holders


def corpus_texts(folders: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for d in folders for p in sorted(d.glob("*.txt"))]


def loaded(name: str) -> Any:
    return load(name)
