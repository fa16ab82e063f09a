"""Which party a passage names: any state, in English or French, as ISO 3166 alpha-2 codes.

Shared by commitments (actor) and funding (donor, recipient). States are read by
:mod:`pipeline.text.states` (CLDR's names through Babel, with adjectives and other names as data
in ``vocab/states.yaml``); a party's institutions and offices (`Home Office`, `préfet`, `Prime
Minister`) are data in ``vocab/commitments.yaml`` / ``vocab/commitments.<lang>.yaml``
(`parties`). An office that a state's adjective or name qualifies (`the Belgian Minister of the
Interior`, `the Prime Minister of Albania`, `le ministère de l'Intérieur belge`) is that state's.

A document's own parties (`GB;BE`) and voice (the one government speaking in a press release or
a statement to parliament) are set for the time its rows are read (:func:`document_context`):
a joint subject (`both countries`) is every party of the text, and a first person or an
unnamed subject in one government's statement is that government.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from pipeline import vocab
from pipeline.extract.cues import commitment_vocab
from pipeline.extract.phrases import phrase_alternation
from pipeline.text.metadata import is_heading_like
from pipeline.text.states import ADJECTIVE, NAME, Lexicon, Mention, state_forms

INSTITUTION = "institution"
OWNER_REACH = 120  # characters before a name where the subject that owns it may start
COMPOUND_JOINS = ("-", "–", "‑")  # `UK-France`, `franco-britannique`: one body of both


@dataclass(frozen=True)
class DocumentParties:
    """What the document says of its parties: all of them (contract order) and its voice."""

    parties: tuple[str, ...] = ()
    voice: str | None = None
    bodies: tuple[str, ...] = ()  # the international bodies the text names in full


_DOCUMENT: ContextVar[DocumentParties | None] = ContextVar("document_parties", default=None)


def _document() -> DocumentParties:
    return _DOCUMENT.get() or DocumentParties()


@contextmanager
def document_context(
    parties: str | None, voice: str | None = None, bodies: Sequence[str] = ()
) -> Iterator[None]:
    """Read the rows of a document whose parties are ``parties`` (`GB;BE`), whose voice, if one
    government speaks, is ``voice``, and which names the international ``bodies`` in full."""
    codes = tuple(c for c in (parties or "").split(";") if c)
    token = _DOCUMENT.set(DocumentParties(codes, voice or None, tuple(bodies)))
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def document_bodies() -> tuple[str, ...]:
    """The international bodies the document being read names in full (`Frontex`, `the European
    Commission`): its short names for them (`the Agency`, `la Commission`) stand for them."""
    return _document().bodies


def document_voice() -> str | None:
    """The government speaking in the document being read (None in a joint text)."""
    return _document().voice


def is_party(code: str) -> bool:
    """``code`` is a party of the document being read (any code is, outside a document)."""
    parties = _document().parties
    return not parties or code in parties


def joint_actor(language: str = vocab.DEFAULT_LANGUAGE, count: int | None = None) -> str:
    """Every party of the document being read (`GB;FR;DE;NL`); the UK and France by default.
    ``count``: how many a joint subject numbers (`the two ministers` in a text of three parties),
    the parties listed first (the principal ones) when fewer than all."""
    parties = _document().parties
    if count is not None and 1 < count < len(parties):
        parties = parties[:count]
    return joined(list(parties)) if len(parties) > 1 else commitment_vocab(language)["joint_actor"]


@cache
def _lexicon(language: str) -> Lexicon:
    """The language's states, with the parties' institutions of English (French texts quote `UK`,
    `Home Office`) and of the language."""
    forms = list(state_forms(language))
    for lang in dict.fromkeys([vocab.DEFAULT_LANGUAGE, language]):
        for code, aliases in commitment_vocab(lang)["parties"].items():
            forms += [(a, code, INSTITUTION) for a in aliases]
    return Lexicon(forms, [language])


@cache
def _link_re(language: str) -> re.Pattern[str]:
    """What joins an office to the state that owns it (`of the`, `de la`, `du`), or nothing (a
    French adjective follows its noun)."""
    v = commitment_vocab(language)
    links = "|".join(re.escape(w) for w in v["owner_links"])
    dets = "|".join(re.escape(w) for w in v["determiners"])
    return re.compile(rf"\s*(?:(?:{links})\s*(?:(?:{dets})\s*)?)?", re.I)


def _owned(text: str, mentions: list[Mention], k: int, language: str) -> bool:
    """An institution qualified by a state right before it (`Belgian Federal Police`) or right
    after it (`Prime Minister of Albania`, `ministère de l'Intérieur belge`)."""
    m = mentions[k]
    before = mentions[k - 1] if k else None
    if before is not None and before.kind in (NAME, ADJECTIVE):
        between = text[before.end : m.start]
        words = between.split()
        # a line's end parts a state from the next line's institution (`... with France` / `Home Office`)
        if "\n" not in between and len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words):
            return True
    after = mentions[k + 1] if k + 1 < len(mentions) else None
    if after is not None and after.kind in (NAME, ADJECTIVE):
        link = _link_re(language).fullmatch(text, m.end, after.start)
        return link is not None
    return False


def mentions(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[Mention]:
    """Every party named in ``text``, in order: states, and institutions no state qualifies."""
    language = vocab.language_of(language)
    found = _lexicon(language).find(text)
    return [m for k, m in enumerate(found) if m.kind != INSTITUTION or not _owned(text, found, k, language)]


def party_codes() -> list[str]:
    """The parties of the document being read in the contract's order, then the UK and France
    (the defaults, so that every party has another)."""
    base = list(commitment_vocab(vocab.DEFAULT_LANGUAGE)["parties"])
    return list(dict.fromkeys([*_document().parties, *base]))


def parties_in(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[str]:
    """Party codes named in ``text``, in the contract's order."""
    named = set(named_parties(text, language))
    order = _order()
    return sorted(named, key=lambda c: (order.index(c) if c in order else len(order), c))


def named_parties(text: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[str]:
    """Party codes in the order they are first named in ``text``."""
    return list(dict.fromkeys(m.code for m in mentions(text, language)))


def _order() -> list[str]:
    """The contract's order: the UK and France first (the default joint actor's order), then the
    document's other parties in the document's order."""
    base = str(commitment_vocab(vocab.DEFAULT_LANGUAGE)["joint_actor"]).split(";")
    return base + [c for c in _document().parties if c not in base]


def joined(codes: list[str]) -> str:
    """Codes in the contract's order joined by `;` (`GB;FR`, `GB;FR;DE;NL`)."""
    order = _order()
    unique = list(dict.fromkeys(codes))
    rank = {c: order.index(c) if c in order else len(order) + i for i, c in enumerate(unique)}
    return ";".join(sorted(unique, key=rank.__getitem__))


def leading_parties(text: str, language: str, found: Sequence[Mention] | None = None) -> str:
    """The parties named first in ``text`` as its subject (no preposition before them: `La France
    a déployé ...`, `Since June, the UK and France have ...`), joined; empty when its first party
    is no subject (`In France, the camps ...`). ``found``: the text's mentions, when known."""
    found = mentions(text, language) if found is None else found
    if not found:
        return ""
    first = subject_parties(text[: found[0].end], language)
    if not first:
        return ""
    joiners = phrase_alternation(commitment_vocab(language)["subject_joiners"])
    codes = [found[0].code]
    for prev, m in itertools.pairwise(found):
        if not re.fullmatch(rf"\s+(?:{joiners})\s+(?:\w+\s+)?", text[prev.end : m.start], re.I):
            break
        codes.append(m.code)
    return joined(list(dict.fromkeys(codes)))


def party_starts(
    text: str, code: str, language: str = vocab.DEFAULT_LANGUAGE, found: Sequence[Mention] | None = None
) -> list[int]:
    """Where ``code``'s names start in ``text`` (``found``: its :func:`mentions`, when known)."""
    return [m.start for m in (mentions(text, language) if found is None else found) if m.code == code]


@cache
def _oblique_re(language: str) -> re.Pattern[str]:
    """A preposition before a party's name makes it a place or a partner, not the subject."""
    v = commitment_vocab(language)
    words = "|".join(v["oblique_prepositions"])
    dets = "|".join(re.escape(w) for w in v["determiners"])
    return re.compile(rf"\b(?:{words})\s+(?:(?:{dets})\s*)?$", re.I)


@cache
def _owner_re(language: str) -> re.Pattern[str]:
    """A subject naming a party as its owner (`The Government of the United Kingdom`, `Le
    Gouvernement du Royaume-Uni`, `The competent authorities of`, `Les autorités compétentes de`):
    the preposition before the name does not make it oblique."""
    v = commitment_vocab(language)
    owners = "|".join(v["party_owners"])
    links = "|".join(v["owner_links"])
    dets = "|".join(re.escape(w) for w in v["determiners"])
    joins = "|".join(re.escape(w) for w in v["subject_joins"])
    return re.compile(
        rf"(?:^|[,;:]|\b(?:{joins}))\s*(?:(?:{dets})\s*)?(?:\w+\s+)?(?:{owners})(?:\s+\w+)?\s+(?:{links})\s*"
        rf"(?:(?:{dets})\s*)?$",
        re.I,
    )


def subject_parties(window: str, language: str = vocab.DEFAULT_LANGUAGE) -> list[str]:
    """Parties named in ``window`` other than after a preposition (`in the UK`, `to France`) unless
    they own the subject (`The Government of the United Kingdom`), in the order first named."""
    language = vocab.language_of(language)
    oblique, owner = _oblique_re(language), _owner_re(language)

    def subject(m: Mention) -> bool:
        before = window[max(0, m.start - 25) : m.start]
        # an owner phrase is short: searching a bounded stretch keeps long windows linear
        owner_from = max(0, m.start - OWNER_REACH)
        return not oblique.search(before) or bool(owner.search(window, owner_from, m.start))

    return _kept(window, mentions(window, language), subject)


def parties_after(
    text: str,
    marker: re.Pattern[str],
    language: str = vocab.DEFAULT_LANGUAGE,
    after: int = 0,
    reach: int = 30,
    found: Sequence[Mention] | None = None,
) -> list[str]:
    """Parties named right after ``marker`` (a pattern anchored at the name, within ``reach``
    characters before it), at or after position ``after``, in the order they are named: the agent
    of a passive (`borne by France`), the source of money (`financed by the United Kingdom`).
    ``found``: the text's :func:`mentions`, when its analysis has them already."""
    named = mentions(text, language) if found is None else found
    return _kept(
        text,
        [m for m in named if m.start >= after],
        lambda m: bool(marker.search(text[max(after, m.start - reach) : m.start])),
    )


def _kept(text: str, found: list[Mention], keep: Callable[[Mention], bool]) -> list[str]:
    """Codes of the mentions ``keep`` accepts, in the order first named; a state joined by a
    hyphen to an accepted one is accepted with it (`the UK-France Migration Committee`)."""
    codes: list[str] = []
    previous: Mention | None = None
    kept = False
    for m in found:
        kept = keep(m) or (kept and previous is not None and text[previous.end : m.start] in COMPOUND_JOINS)
        if kept:
            codes.append(m.code)
        previous = m
    return list(dict.fromkeys(codes))


@cache
def _voice_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The single-voice genres, and a joint word qualifying a genre noun (within the reach in words,
    either side: `Joint statement`, `Communiqué conjoint`), which makes the header joint."""
    v = commitment_vocab(language)
    genres = "|".join(re.escape(g) for g in v["single_voice_genres"])
    joint = "|".join(re.escape(w) for w in v["joint_genre_words"])
    nouns = "|".join(re.escape(w) for w in v["joint_genre_nouns"])
    gap = rf"(?:\W+[\w'’-]+){{0,{int(v['joint_genre_reach']) - 1}}}\W+"
    qualified = rf"(?<!\w)(?:(?:{joint}){gap}(?:{nouns})|(?:{nouns}){gap}(?:{joint}))(?!\w)"
    return re.compile(rf"(?<!\w)(?:{genres})(?!\w)", re.I), re.compile(qualified, re.I)


def voice_of(
    header: list[str], language: str = vocab.DEFAULT_LANGUAGE, parties: str | None = None
) -> str | None:
    """The one government speaking, when the header calls the text one government's genre (a press
    release, a written ministerial statement, not a joint one): the party of the first institution
    or office its header names (`Home Office`, `House of Commons`, `the UK's Border Security
    Commander`), one of the text's ``parties`` first when they are known, else the genre's own."""
    language = vocab.language_of(language)
    genre_re, joint_re = _voice_res(language)
    head = "\n".join(header)
    genre = genre_re.search(head)
    if joint_re.search(head):
        return None
    if genre is None:
        return _sole_issuer(head, language)
    own = commitment_vocab(language)["single_voice_genres"][_genre_key(genre.group(0), language)]
    possessive = _possessive_office_re(language)
    offices = [
        m.code
        for m in mentions(head, language)
        if m.kind == INSTITUTION
        or (m.kind == NAME and possessive.match(head, m.end))
        or (m.kind == ADJECTIVE and _office_after_re(language).match(head, m.end))  # `the French Minister`
    ]
    # an office of the text's parties before any other (the host's ministry the visitor met)
    own_offices = [c for c in offices if parties is None or c in parties.split(";")]
    return (own_offices or offices or [own])[0]


def _sole_issuer(head: str, language: str) -> str | None:
    """The state whose institution issues a text of no named genre: its masthead, the header's first
    line, names an institution of one state and no other state (`PRÉFECTURE DU PAS-DE-CALAIS`,
    `HOUSE OF LORDS`, `Direction centrale de la police aux frontières`) and is no sentence; a first
    line naming two states heads a joint text."""
    masthead = head.split("\n", 1)[0]
    if not is_heading_like(masthead):  # `Prime Minister Liz Truss and President Macron met ...`
        return None
    found = mentions(masthead, language)
    states = {m.code for m in found}
    # an institution of the state, or the state's own name standing alone (`RÉPUBLIQUE FRANÇAISE`)
    alone = [m for m in found if not (masthead[: m.start] + masthead[m.end :]).strip()]
    issued = bool(alone) or any(m.kind == INSTITUTION for m in found)
    return states.pop() if issued and len(states) == 1 else None


@cache
def _office_after_re(language: str) -> re.Pattern[str]:
    """A capitalised office right after a state's adjective (`the French Minister of the Interior`)."""
    offices = phrase_alternation(commitment_vocab(language)["offices_after_adjective"]) or "(?!)"
    return re.compile(rf"\s+(?-i:{offices})(?!\w)")


@cache
def _possessive_office_re(language: str) -> re.Pattern[str]:
    """A state's possessive before a capitalised office (`the UK's Border Security Commander`)."""
    suffixes = "|".join(re.escape(s) for s in commitment_vocab(language)["possessive_suffixes"]) or "(?!)"
    return re.compile(rf"(?:{suffixes})\s+(?-i:[A-Z])", re.I)


def _genre_key(found: str, language: str) -> str:
    genres: dict[str, str | None] = commitment_vocab(language)["single_voice_genres"]
    return next(g for g in genres if g.casefold() == found.casefold())


@cache
def _capital_subject_re(language: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A subject led by capitals (joined by links) before a lower-case word, one capital, and the
    state each capital stands for."""
    capitals = {c.casefold(): code for c, code in commitment_vocab(language)["capital_subjects"].items()}
    links = phrase_alternation(commitment_vocab(language)["adjective_links"])
    names = phrase_alternation(list(capitals))
    pattern = rf"\s*(?:{names})(?:\s*(?:{links})\s*(?:{names}))*\s+(?-i:(?=[^\W\d_A-ZÀ-Ý]))"
    return re.compile(pattern, re.I), re.compile(names, re.I), capitals


def capital_subject(window: str, language: str) -> list[str]:
    """The states whose capitals lead a subject and stand for their governments (`Brussels will
    open`, `Paris et Londres renforceront`), joined by links, right before a lower-case word."""
    subject, capital, capitals = _capital_subject_re(language)
    m = subject.match(window)
    if m is None:
        return []
    return list(dict.fromkeys(capitals[f.casefold()] for f in capital.findall(m.group(0))))
