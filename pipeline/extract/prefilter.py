"""Cheap literal pre-filters for the vocabularies' regular expressions.

Most keyword and cue patterns cannot match unless some plain word occurs in the text (`\\bports?\\b`
needs `port`). The literals are derived from the pattern itself (never listed by hand), so the
vocabulary stays the single source of truth and results are exactly those of running every
pattern: a pattern is only run when one of its required literals is present.

Every literal of every screen and test (cues, theme keywords, period patterns, money, boilerplate)
goes into one Aho–Corasick automaton (pyahocorasick), so a sentence is scanned once for all of
them, and the literals found are memoised per folded sentence: the commitments, funding and
statistics extractors all read the same sentences.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the stdlib's own regex parser (stable through Python 3.11+)
import threading
import unicodedata
from _sre import unicode_iscased  # what the regex compiler asks: does IGNORECASE widen this char?
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

import ahocorasick

# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter (found by testing every code
# point against each ASCII character): folding them keeps "literal in folded text" a sound test.
_IGNORECASE_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)
# Non-ASCII characters of these categories (currency signs, maths symbols, punctuation) have no
# case partners, so case-insensitive matching equates them with themselves only.
_CASELESS_CATEGORIES = ("Sc", "Sm", "Sk", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po")

LiteralTest = Callable[[str], bool]
# Literals this short (`e`, ` `, `to`) occur many times in every sentence: reporting each
# occurrence from the automaton cost more than looking for each of them once with `in`.
SHORT_LITERAL = 2


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The text the literals are looked for in: lower-cased, with the few non-ASCII characters
    that case-insensitive matching equates with ASCII letters mapped to them first."""
    return text.lower() if text.isascii() else text.translate(_IGNORECASE_TO_ASCII).lower()


class _LiteralScanner:
    """One automaton over every literal any screen or test needs; :meth:`found` is the set of them
    present in a folded text, exactly ``{lit for lit in literals if lit in folded}``."""

    def __init__(self) -> None:
        self._literals: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._short: tuple[str, ...] = ()  # looked for one by one: see SHORT_LITERAL
        self._lock = threading.Lock()

    def register(self, literals: Iterable[str]) -> None:
        new = set(literals) - self._literals
        if new:
            with self._lock:
                self._literals |= new
                self._automaton = None
                self.found.cache_clear()

    def _build(self) -> ahocorasick.Automaton:
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                long = sorted(lit for lit in self._literals if len(lit) > SHORT_LITERAL)
                for literal in long:
                    automaton.add_word(literal, literal)
                if long:
                    automaton.make_automaton()
                self._short = tuple(sorted(lit for lit in self._literals if len(lit) <= SHORT_LITERAL))
                self._automaton = automaton
            return self._automaton

    @lru_cache(maxsize=8192)  # noqa: B019 - one scanner for the process, never freed
    def found(self, folded: str) -> frozenset[str]:
        automaton = self._automaton or self._build()
        if not self._literals:
            return frozenset()
        present = {literal for _, literal in automaton.iter(folded)} if len(automaton) else set()
        present.update(literal for literal in self._short if literal in folded)
        return frozenset(present)


_SCANNER = _LiteralScanner()


def found_literals(folded: str) -> frozenset[str]:
    """Every registered literal present in ``folded`` (one pass, memoised per text)."""
    return _SCANNER.found(folded)


def _plain_char(code: int) -> str | None:
    """The folded form of a literal character, if literals containing it can be looked for."""
    if code < 128:
        return chr(code).lower()
    char = chr(code)
    if unicodedata.category(char) in _CASELESS_CATEGORIES:
        return char
    # Uncased characters (`©`): the regex compiler matches them only to themselves.
    return char if not unicode_iscased(code) and char.lower() == char else None


def _requirements(items: sre_parse.SubPattern) -> list[frozenset[str]]:
    """Sets of lower-case strings such that every match of ``items`` contains a member of each."""
    required: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            required.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        char = _plain_char(av) if op is sre_parse.LITERAL else None
        if char is not None:
            run.append(char)
            continue
        flush()
        if op is sre_parse.SUBPATTERN:
            required += _requirements(av[-1])
        elif op is sre_parse.BRANCH:
            best = [_best(_requirements(b)) for b in av[1]]
            branches = [b for b in best if b]
            if len(branches) == len(best):  # every branch requires a literal
                required.append(frozenset().union(*branches))
        elif op in _REPEATS and av[0] >= 1:
            required += _requirements(av[2])
        # anything else (classes, anchors, lookarounds, optional parts) requires no literal
    flush()
    return required


def _best(required: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: longest shortest member, then fewest members."""
    return max(required, key=lambda c: (min(map(len, c)), -len(c))) if required else None


def _present(literals: frozenset[str]) -> LiteralTest:
    _SCANNER.register(literals)
    if len(literals) == 1:
        (literal,) = literals
        return lambda folded: literal in found_literals(folded)
    return lambda folded: not literals.isdisjoint(found_literals(folded))


@cache
def literal_test(pattern: str, flags: int = 0) -> LiteralTest | None:
    """A test on :func:`fold` of a text that is False only when ``pattern`` cannot match the text
    (some literal the pattern needs is absent); None when the pattern needs no literal."""
    # Cheapest first: single literals before sets (both answered by the one memoised scan).
    required = sorted(set(required_literals(pattern, flags)), key=lambda c: (len(c), -min(map(len, c))))
    tests = [_present(r) for r in required]
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda folded: all(test(folded) for test in tests)


class Screen:
    """Which of many patterns may match a text, found with one pass over their literals instead of
    one test per pattern (theme keywords, cues, period patterns): the shared scan finds the
    literals present, and only the patterns they trigger are tested further."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        triggers: dict[str, list[int]] = {}
        self._always: list[int] = []
        self._tests: list[LiteralTest | None] = []
        for i, p in enumerate(patterns):
            required = required_literals(p.pattern, p.flags)
            self._tests.append(literal_test(p.pattern, p.flags) if len(required) > 1 else None)
            best = _best(required)
            if best is None:
                self._always.append(i)
            for literal in best or ():
                triggers.setdefault(literal, []).append(i)
        self._triggers = {literal: tuple(idx) for literal, idx in triggers.items()}
        self._trigger_set = frozenset(triggers)
        _SCANNER.register(self._trigger_set)

    def candidates(self, folded: str) -> list[int]:
        """Indices, ascending, of the patterns that may match the text whose fold is ``folded``."""
        hit = set(self._always)
        for literal in self._trigger_set.intersection(found_literals(folded)):
            hit.update(self._triggers[literal])
        tests = self._tests
        return sorted(i for i in hit if (test := tests[i]) is None or test(folded))


def required_literals(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """What :func:`literal_test` checks: every match contains a member of each set."""
    return _requirements(sre_parse.parse(pattern, flags))
