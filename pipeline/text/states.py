"""States named in a text, read as ISO 3166 alpha-2 codes, in English and French.

The names are CLDR's territory names through Babel (a maintained source, in every language it
ships); ``vocab/states.yaml`` and ``vocab/states.<lang>.yaml`` add what CLDR lacks: other names,
adjectives (`Belgian`, `italiennes`), combining forms (`Franco-`), and which names need their
context (`Jordan Henderson`, `New Jersey`, `Turkey` opening a sentence about food). A form is
matched as written, with an initial capital or in capitals, never lower-cased, and only as whole
words: the text is cut into word and punctuation tokens once and looked up in a table keyed by a
name's first token, so the time grows with the text, whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale
from babel.core import get_global

from pipeline import vocab

TOKEN = re.compile(r"\w+|[^\w\s]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
SENTENCE_ENDS = frozenset(".!?:;•")
CURRENCY_SIGNS = frozenset("$£€¥")  # a token after one of these opens a sentence or an item
NAME = "name"
ADJECTIVE = "adjective"
PREFIX = "prefix"


@dataclass(frozen=True)
class Mention:
    """One naming of a state (or of a party's institution) in a text."""

    start: int
    end: int
    code: str
    kind: str  # name | adjective | prefix | a caller's own kind (`institution`)


@dataclass(frozen=True)
class _Entry:
    tokens: tuple[str, ...]
    code: str
    kind: str
    ambiguous: bool = False
    common: bool = False


Token = tuple[int, int, str]


def _tokens(text: str) -> list[Token]:
    return [(m.start(), m.end(), m.group(0).translate(APOSTROPHES)) for m in TOKEN.finditer(text)]


def _variants(form: str) -> set[str]:
    """A form as written, with an initial capital, and in capitals."""
    return {form, form[:1].upper() + form[1:], form.upper()}


def states_vocab(language: str) -> dict[str, Any]:
    return vocab.load_for("states", language)


def _cldr_names(language: str) -> dict[str, str]:
    """CLDR's territory names (code -> name) for the two-letter codes that are states; a name
    with a parenthesised variant (`Myanmar (Burma)`) gives both."""
    v = states_vocab(language)
    excluded = set(v["excluded_codes"])
    out: list[tuple[str, str]] = []
    for code, name in Locale(vocab.language_of(language)).territories.items():
        if len(code) != 2 or not code.isalpha() or code in excluded:
            continue
        out += [(n.strip(), code) for n in re.split(r"[()]", name) if n.strip()]
    return dict(out)


def state_forms(language: str) -> list[tuple[str, str, str]]:
    """Every (form, code, kind) of the language's states: CLDR names, aliases, adjectives and
    combining forms, less the names read as no state."""
    v = states_vocab(language)
    forms = [(name, code, NAME) for name, code in _cldr_names(language).items()]
    for key, kind in (("aliases", NAME), ("adjectives", ADJECTIVE), ("prefixes", PREFIX)):
        forms += [(f, code, kind) for code, fs in v[key].items() for f in fs]
    never = set(v["excluded_names"])
    return [f for f in forms if f[0] not in never]


@cache
def region_of(code: str) -> str:
    """The continent of a state by its time zones in CLDR (`Europe/Brussels` -> `Europe`, `Africa/Tunis`
    -> `Africa`), Europe for a European state with zones beyond it (Portugal's Azores, Spain's
    Canaries): a maintained source that tells a European partner from a country of origin or transit
    further afield; '' for a code CLDR gives no zone."""
    regions = [zone.split("/")[0] for zone in get_global("territory_zones").get(code, [])]
    return "Europe" if "Europe" in regions else (regions[0] if regions else "")


class Lexicon:
    """Forms -> codes, looked up token by token (longest form first)."""

    def __init__(self, forms: Iterable[tuple[str, str, str]], languages: Iterable[str]) -> None:
        ambiguous: set[str] = set()
        common: set[str] = set()
        self.people: set[str] = set()
        self.modifiers: set[str] = set()
        for lang in languages:
            v = states_vocab(lang)
            ambiguous |= set(v["ambiguous"])
            common |= set(v["common_words"])
            self.people |= {w.casefold() for w in v["people_nouns"]}
            self.modifiers |= {w.casefold() for w in v["people_noun_modifiers"]}
        self.table: dict[str, list[_Entry]] = {}
        seen: set[tuple[str, ...]] = set()
        for form, code, kind in forms:
            for variant in _variants(form):
                key = tuple(t for _, _, t in _tokens(variant))
                if key and key not in seen:
                    seen.add(key)
                    entry = _Entry(key, code, kind, form in ambiguous, form in common)
                    self.table.setdefault(key[0], []).append(entry)
        for entries in self.table.values():
            entries.sort(key=lambda e: len(e.tokens), reverse=True)

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order; a longer form wins over a shorter one inside it."""
        toks = _tokens(text)
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            entry = self._match(toks, i)
            if entry is None:
                i += 1
                continue
            j = i + len(entry.tokens)
            if self._counts(text, toks, i, j, entry):
                out.append(Mention(toks[i][0], toks[j - 1][1], entry.code, entry.kind))
            i = j
        return out

    def _match(self, toks: list[Token], i: int) -> _Entry | None:
        for entry in self.table.get(toks[i][2], ()):
            n = len(entry.tokens)
            if tuple(t for _, _, t in toks[i : i + n]) == entry.tokens:
                return entry
        return None

    def _counts(self, text: str, toks: list[Token], i: int, j: int, entry: _Entry) -> bool:
        """The context rules: a combining form needs its hyphen; an ambiguous name stands alone
        among capitalised words; a common word does not open a sentence; an adjective beside a
        noun for people names nationals."""
        after = toks[j][2] if j < len(toks) else ""
        if after in CURRENCY_SIGNS and toks[j][0] == toks[j - 1][1]:
            return False  # `US$6 million`, `HK$`: a currency, not the state
        if entry.kind == PREFIX:
            return after == "-"
        initial = _opens_sentence(text, toks, i)
        if entry.common and initial:
            return False
        if entry.ambiguous and (
            _capitalised(toks, j) or (_capitalised(toks, i - 1) and not _opens_sentence(text, toks, i - 1))
        ):
            return False
        if entry.kind == ADJECTIVE:
            k = j + 1 if after == "-" else j
            if k + 1 < len(toks) and toks[k][2].casefold() in self.modifiers:
                k += 1  # `French asylum seekers`: the noun after the modifier says whether it is people
            if _capitalised(toks, k) and _capitalised(toks, k + 1):
                return True  # a body's name, not its people (`the Dutch National Police`)
            beside = {toks[k][2].casefold() if k < len(toks) else "", toks[i - 1][2].casefold() if i else ""}
            return not beside & self.people
        return True


def _capitalised(toks: list[Token], k: int) -> bool:
    if k < 0 or k >= len(toks):
        return False
    word = toks[k][2]
    return word[:1].isupper() and word[:1].isalpha()


def _opens_sentence(text: str, toks: list[Token], i: int) -> bool:
    """The token opens a sentence, a line or an item (where any word takes a capital)."""
    if i == 0:
        return True
    prev = toks[i - 1]
    return prev[2] in SENTENCE_ENDS or "\n" in text[prev[1] : toks[i][0]] or prev[2] in "\"“«‘('"


@cache
def lexicon(languages: tuple[str, ...]) -> Lexicon:
    """The states of these languages together (document metadata reads English and French)."""
    return Lexicon((f for lang in languages for f in state_forms(lang)), languages)


def states_in(text: str, languages: tuple[str, ...] = vocab.LANGUAGES) -> list[str]:
    """ISO codes of the states named in ``text``, in order of first mention."""
    return list(dict.fromkeys(m.code for m in lexicon(languages).find(text)))


def state_mentions(text: str, languages: tuple[str, ...] = vocab.LANGUAGES) -> list[Mention]:
    """Every naming of a state in ``text``, in order."""
    return lexicon(languages).find(text)
