"""Which party a passage names: the UK, France, or both, in English or French.

Shared by commitments (actor) and funding (donor, recipient). Names per language are data in
``vocab/commitments.yaml`` / ``vocab/commitments.<lang>.yaml`` (`parties`); the codes are the
contract's ISO 3166 codes.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline import vocab
from pipeline.extract.cues import commitment_vocab


@cache
def _party_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """English names always count (French texts quote `UK`, `Home Office`); a language adds its own."""
    names: dict[str, list[str]] = {}
    for lang in dict.fromkeys([vocab.DEFAULT_LANGUAGE, language]):
        for code, aliases in commitment_vocab(lang)["parties"].items():
            names.setdefault(code, []).extend(aliases)
    return {
        code: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)")
        for code, aliases in names.items()
    }


def party_codes() -> list[str]:
    """The parties' codes in the contract's order (`GB`, `FR`)."""
    return list(commitment_vocab(vocab.DEFAULT_LANGUAGE)["parties"])


def parties_in(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[str]:
    return [code for code, p in _party_patterns(vocab.language_of(language)).items() if p.search(text)]


def named_parties(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[str]:
    """Party codes in the order they are first named in ``text``."""
    patterns = _party_patterns(vocab.language_of(language))
    hits = sorted((m.start(), code) for code, p in patterns.items() for m in p.finditer(text))
    out: list[str] = []
    for _, code in hits:
        if code not in out:
            out.append(code)
    return out


def joined(codes: list[str]) -> str:
    """Codes in the contract's order joined by `;` (`GB;FR`)."""
    order = party_codes()
    return ";".join(sorted(dict.fromkeys(codes), key=lambda c: order.index(c) if c in order else len(order)))


def party_starts(text: str, code: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[int]:
    """Where ``code``'s names start in ``text``."""
    pattern = _party_patterns(vocab.language_of(language)).get(code)
    return [m.start() for m in pattern.finditer(text)] if pattern else []


@cache
def _oblique_re(language: str) -> re.Pattern[str]:
    """A preposition before a party's name makes it a place or a partner, not the subject."""
    words = "|".join(commitment_vocab(language)["oblique_prepositions"])
    return re.compile(r"\b(?:" + words + r")\s+(?:(?:the|la|le|l'|l’|les)\s*)?$", re.I)


@cache
def _owner_re(language: str) -> re.Pattern[str]:
    """A subject naming a party as its owner (`The Government of the United Kingdom`, `Le
    Gouvernement du Royaume-Uni`, `The competent authorities of`, `Les autorités compétentes de`):
    the preposition before the name does not make it oblique."""
    v = commitment_vocab(language)
    owners = "|".join(v["party_owners"])
    links = "|".join(v["owner_links"])
    return re.compile(
        rf"(?:^|[,;:]|\b(?:and|et))\s*(?:(?:the|le|la|les|l'|l’)\s*)?(?:\w+\s+)?(?:{owners})(?:\s+\w+)?\s+(?:{links})\s*"
        r"(?:(?:the|la|le|l'|l’|les)\s*)?$",
        re.I,
    )


def subject_parties(window: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[str]:
    """Parties named in ``window`` other than after a preposition (`in the UK`, `to France`) unless
    they own the subject (`The Government of the United Kingdom`), in the order first named."""
    language = vocab.language_of(language)
    oblique, owner = _oblique_re(language), _owner_re(language)
    hits = sorted(
        (start, code)
        for code in parties_in(window, language)
        for start in party_starts(window, code, language)
        if not oblique.search(window[max(0, start - 25) : start]) or owner.search(window[:start])
    )
    return list(dict.fromkeys(code for _, code in hits))


def parties_after(
    text: str,
    marker: re.Pattern[str],
    language: str = vocab.DEFAULT_LANGUAGE,
    after: int = 0,
    reach: int = 30,
) -> list[str]:
    """Parties named right after ``marker`` (a pattern anchored at the name, within ``reach``
    characters before it), at or after position ``after``, in the order they are named: the agent
    of a passive (`borne by France`), the source of money (`financed by the United Kingdom`)."""
    language = vocab.language_of(language)
    hits = sorted(
        (start, code)
        for code in parties_in(text[after:], language)
        for start in party_starts(text, code, language)
        if start >= after and marker.search(text[max(after, start - reach) : start])
    )
    return list(dict.fromkeys(code for _, code in hits))
