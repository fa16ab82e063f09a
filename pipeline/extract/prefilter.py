"""Cheap literal pre-filters for the vocabularies' regular expressions.

Most keyword and cue patterns cannot match unless some plain word occurs in the text (`\\bports?\\b`
needs `port`). Checking `"port" in folded_text` is far cheaper than running the regex, so a
pattern is only run when one of its required literals is present. The literals are derived from
the pattern itself (never listed by hand), so the vocabulary stays the single source of truth and
results are exactly those of running every pattern.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the stdlib's own regex parser (stable through Python 3.11+)
from functools import cache

# Non-ASCII characters that `re.IGNORECASE` matches to an ASCII letter (found by testing every code
# point against each ASCII character): folding them keeps "literal in folded text" a sound test.
_IGNORECASE_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT)


def fold(text: str) -> str:
    """The text the literals are looked for in: lower-cased, with the few non-ASCII characters
    that case-insensitive matching equates with ASCII letters mapped to them first."""
    return text.lower() if text.isascii() else text.translate(_IGNORECASE_TO_ASCII).lower()


def _required(items) -> frozenset[str] | None:
    """A set of lower-case strings one of which every match of ``items`` contains (None: unknown)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre_parse.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is sre_parse.SUBPATTERN:
            found = _required(av[-1])
        elif op is sre_parse.BRANCH:
            branches = [_required(b) for b in av[1]]
            found = frozenset().union(*branches) if all(branches) else None
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2])
        else:  # classes, anchors, lookarounds, optional parts: nothing required
            found = None
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


@cache
def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which is in :func:`fold` of any text ``pattern`` matches; None
    when the pattern requires no literal (then it must always be run)."""
    return _required(sre_parse.parse(pattern, flags))


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """False only when ``pattern`` certainly has no match in the text whose fold is ``folded``."""
    literals = required_literals(pattern.pattern, pattern.flags)
    return literals is None or any(lit in folded for lit in literals)
