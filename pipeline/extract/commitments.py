"""Commitments: sentences and list items in which parties will do something from now on.

Follows the annotation guideline: a cue (`will`, `agree to`, `commit to`, `pledge`, ...) makes a
sentence a commitment unless it welcomes or reports; each list item completing a committing
lead-in ("We will:") is a commitment of its own, and so is each further committing sentence
inside a bullet. Cues, parties, themes and their keywords live in ``vocab/commitments.yaml``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

import pandas as pd

from pipeline import vocab
from pipeline.extract.analysis import Analyses, SentenceAnalysis
from pipeline.extract.budget import check_budget
from pipeline.extract.cues import ASIDE, Cue, commitment_vocab, find_cues, reports
from pipeline.extract.dates import Period, find_deadline
from pipeline.extract.funding import donor_and_recipient, kind_of, receiving_re
from pipeline.extract.ids import content_id, disambiguate
from pipeline.extract.money import parallel_figures
from pipeline.extract.numbers import parse_words
from pipeline.extract.parties import (
    COMPOUND_JOINS,
    capital_subject,
    document_bodies,
    document_voice,
    is_party,
    joined,
    joint_actor,
    mentions,
    parties_after,
    parties_in,
    subject_parties,
)
from pipeline.extract.passages import blank_spans
from pipeline.extract.phrases import phrase_alternation, phrase_pattern
from pipeline.extract.prefilter import Screen, fold
from pipeline.extract.statistics import counted_subject
from pipeline.text.normalise import table_cell_marks, table_cells
from pipeline.text.states import ADJECTIVE, NAME, Mention, region_of

WORD = re.compile(r"\w+")
CLAUSE_BOUNDARY = re.compile(r"[,;:(]")
CLAUSE_END = re.compile(r"[,;:()]")


@cache
def _theme_keywords(language: str) -> tuple[list[tuple[str, re.Pattern[str], float]], Screen]:
    """Every (theme, keyword pattern, weight) in vocabulary order, and a screen over the patterns."""
    keywords = [
        (theme, re.compile(p, re.I), float(w))
        for theme, words in commitment_vocab(language)["themes"].items()
        for p, w in words.items()
    ]
    return keywords, Screen([p for _, p, _ in keywords])


@cache
def vocab_alternation(language: str, key: str, prefix: str = r"\b", suffix: str = r"\b") -> re.Pattern[str]:
    """One pattern for the list ``key`` of the language's commitment vocabulary:
    ``anaphors`` (`this work`: a phrase pointing back for its subject), ``pointing_subjects``
    (`This will ...`), ``first_person_subjects``, ``joint_subjects`` (`both countries`), and
    ``agent_markers`` (a passive's `by`, matched at the end of the text before a party)."""
    return re.compile(prefix + "(?:" + "|".join(commitment_vocab(language)[key]) + ")" + suffix, re.I)


UNNAMED = ""  # no subject, speaker or committing lead-in names who acts


def actor_of(
    text: str,
    cues: Sequence[Cue],
    default: str,
    language: str = vocab.DEFAULT_LANGUAGE,
    analysis: SentenceAnalysis | None = None,
) -> str:
    """Who acts: the parties named in the subject before each cue (from the clause boundary or the
    previous cue), joined; a joint subject (`both countries`) is both; else the agent of a passive
    (`will be borne by France`); else the default (joint, or the lead-in's actor). ``analysis``:
    the text's, when the extractor has it (else it is made here)."""
    joint_re = vocab_alternation(language, "joint_subjects")
    named: list[str] = []
    prev_end = 0
    marks = _set_off_before_cues(text, _subject_commas_blanked(text, language, analysis), cues, language)
    joiner = vocab_alternation(language, "subject_joiners")
    for cue in cues:
        boundaries = [m.end() for m in CLAUSE_BOUNDARY.finditer(marks, 0, cue.start)]
        start = max([prev_end, *boundaries])
        if prev_end:  # a later verb's subject follows its `and` (`..., and Belgium will join it`); what
            # comes before is the earlier verb's object (`soutient la demande italienne ... et plaidera`);
            first = joiner.search(text, start, cue.start)  # its first `and`: the subject may join two
            start = first.end() if first else start
        window = (
            _reported_subject(text, cue, language)
            or text[start : cue.end + _adjective_after(text, cue.end, language)]
        )
        joint = joint_re.search(window)
        if joint:
            qualified = _qualifying_states(window, joint.end(), language)
            if qualified:
                return joined(qualified)
            return joint_actor(language, _numbered(joint.group(0), language))
        named += [
            p
            for p in subject_parties(window, language) or capital_subject(window, language)
            if p not in named
        ]
        voice = document_voice()
        if named and voice and voice not in named and _joined_speaker(window, language):
            named.append(voice)
        prev_end = cue.end
    if not named and cues and _person_and_speaker(text[: cues[0].start], language):
        return joint_actor(language)  # `Jean-Marc and I will write`: the speaker and the other party's
    if not named and cues:
        body = _body_subject(text[: cues[0].start], language)
        if body:
            return body
        named = _agents(text, cues[0].end, language, analysis)
    if not named:
        return default
    return joined(named)


def _reported_subject(text: str, cue: Cue, language: str) -> str | None:
    """The subject of what a speaker says a party would do (`The Home Secretary said that the UK
    and Belgium would hold ...`): the words between the cue's complementiser and the reported
    modal, when they name a party; the speaker only reports."""
    v = commitment_vocab(language)
    if not v["reported_modals"] or not phrase_pattern(v["complementisers"], r"\b", r"\s*$").search(
        text, cue.start, cue.end
    ):
        return None
    modal = phrase_pattern(v["reported_modals"]).search(text, cue.end)
    subject = text[cue.end : modal.start()] if modal else ""
    if len(subject.split()) > MAX_REPORTED_SUBJECT_WORDS or re.search(r"[;:]", subject):
        return None
    return subject if subject_parties(subject, language) or _body_subject(subject, language) else None


MAX_REPORTED_SUBJECT_WORDS = 12  # `the UK, France and the Kingdom of the Netherlands`


@cache
def _body_subject_re(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A subject that is an international body's name alone (a bracketed acronym may follow), with
    up to two adverbs before the verb, and the actor each name stands for."""
    bodies: dict[str, list[str]] = commitment_vocab(language)["acting_bodies"]
    names = {n.casefold(): actor for actor, ns in bodies.items() for n in ns}
    pattern = (
        rf"\s*(?P<name>{phrase_alternation(list(names))})(?:\s*\([^()]{{1,12}}\))?(?:\s+[\w-]+){{0,2}}\s*"
    )
    return re.compile(pattern, re.I), names


def _body_subject(before_cue: str, language: str) -> str | None:
    """`Europol will provide ...`, `Frontex déploiera ...`: the international body whose name alone
    is the subject of the committing verb acts in its own name; so does one the text named in full
    under its short name (`The Agency will train ...`, `La Commission proposera ...`)."""
    start = max([0, *(m.end() for m in re.finditer(r"[,;:]", before_cue))])
    full, short = _body_subject_re(language), _short_body_subject_re(language)
    for (subject, names), named_in_full in ((full, True), (short, False)):
        m = subject.fullmatch(before_cue, start)
        body = names.get(m.group("name").casefold()) if m else None
        if body and (named_in_full or body in document_bodies()):
            return body
    return None


@cache
def _short_body_subject_re(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """:func:`_body_subject_re` for the bodies' short names (`the Agency`, `la Commission`)."""
    shorts: dict[str, list[str]] = commitment_vocab(language)["acting_body_short_names"]
    names = {n.casefold(): actor for actor, ns in shorts.items() for n in ns}
    pattern = rf"\s*(?P<name>{phrase_alternation(list(names)) or '(?!)'})(?:\s+[\w-]+){{0,2}}\s*"
    return re.compile(pattern, re.I), names


def named_bodies(text: str, language: str) -> list[str]:
    """The international bodies (`acting_bodies`) ``text`` names in full and whose short name's head
    noun it uses for nothing else: each use is in the body's full name or in its short name (the
    UK Border Agency makes `the Agency` no name of Frontex)."""
    v = commitment_vocab(language)
    out = []
    for actor, names in v["acting_bodies"].items():
        shorts = v["acting_body_short_names"].get(actor, [])
        named = [(m.start(), m.end()) for m in phrase_pattern([*names, *shorts]).finditer(text)]
        if not shorts or not phrase_pattern(names).search(text):
            continue
        head = re.escape(re.split(r"[\s'’]", shorts[0])[-1])
        if all(any(a <= u.start() < b for a, b in named) for u in re.finditer(rf"\b{head}\b", text)):
            out.append(actor)
    return out


def _qualifying_states(window: str, end: int, language: str) -> list[str]:
    """The states whose adjectives, two or more joined by links, follow a joint subject (`les
    ministres néerlandais et belge`): the subject is those states', not every party's."""
    links = vocab_alternation(language, "adjective_links", "", "")
    codes: list[str] = []
    at = end
    for m in (m for m in mentions(window, language) if m.start >= end):
        gap = window[at : m.start].strip()
        if m.kind != ADJECTIVE or (gap and not (codes and links.fullmatch(gap))):
            break
        codes.append(m.code)
        at = m.end
    # one adjective qualifies a counterpart (`son homologue britannique`), not the joint subject
    return codes if len(codes) > 1 else []


def _numbered(subject: str, language: str) -> int | None:
    """How many a joint subject numbers (`les deux ministres` -> 2), None when it says no number."""
    for word in WORD.findall(subject):
        value = float(word) if word.isdigit() else parse_words(word, language)
        if value is not None and value == int(value):
            return int(value)
    return None


def _subject_commas_blanked(text: str, language: str, analysis: SentenceAnalysis | None) -> str:
    """``text`` with the commas that do not close a subject blanked: those of a parenthetical
    (`La Belgique, pour sa part, consacrera`) and those listing parties (`Le Royaume-Uni, la France
    et l'Allemagne soutiennent`)."""
    v = commitment_vocab(language)
    marks = phrase_pattern(v["incises"], r",\s*", r"\s*,").sub(_blank, text)
    found = analysis.mentions if analysis is not None else mentions(text, language)
    for prev, m in itertools.pairwise(found):
        if _listing_comma_re(language).fullmatch(text, prev.end, m.start):
            marks = marks[: prev.end] + " " * (m.start - prev.end) + marks[m.start :]
    return marks


def _set_off_before_cues(text: str, marks: str, cues: Sequence[Cue], language: str) -> str:
    """``marks`` with the commas blanked of a clause set off between a named subject and its verb
    (`Germany, which joined the meeting, will add`, `Le Royaume-Uni, qui préside le groupe,
    financera`): the subject before it is the verb's."""
    for cue in cues:
        m = _SET_OFF.search(marks, 0, cue.start)
        if m is None or m.end() != cue.start:
            continue
        start = max([0, *(b.end() for b in CLAUSE_BOUNDARY.finditer(marks, 0, m.start()))])
        subject = text[start : m.start()]
        # the party heads the subject, not a relative clause in it (`The attacks which hit France, ...`)
        if subject_parties(subject, language) and not vocab_alternation(language, "relative_pronouns").search(
            subject
        ):
            marks = marks[: m.start()] + " " + marks[m.start() + 1 : m.end(1)] + " " + marks[m.end(1) + 1 :]
    return marks


# a clause between commas right before a verb, no clause mark inside (`, which hosts the office, `)
_SET_OFF = re.compile(r",([^,;:()]{1,120}),\s*$")


@cache
def _listing_comma_re(language: str) -> re.Pattern[str]:
    """The comma (and determiner) between two parties listed in one subject (`, la France`)."""
    dets = phrase_alternation(commitment_vocab(language)["determiners"])
    return re.compile(rf",\s+(?:(?:{dets})(?:\s+|(?<=['’])))?")


def _joined_speaker(window: str, language: str) -> bool:
    """The speaker joined to a named subject (`The French Minister and I`, `mon homologue et moi`)."""
    return _joined_speaker_re(language).search(window) is not None


def _person_and_speaker(before: str, language: str) -> bool:
    """A person named by name joined to the speaker as the subject (`Jean-Marc and I`, `Yvette et
    moi`): in a text one government speaks, the leaders of both."""
    return document_voice() is not None and _person_and_speaker_re(language).search(before) is not None


@cache
def _person_and_speaker_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    joins, speakers = phrase_alternation(v["subject_joiners"]), phrase_alternation(v["joined_speakers"])
    name = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?"
    return re.compile(
        rf"(?:^|[,;:])\s*(?:[\w'’-]+\s+){{0,3}}?{name}\s+(?:{joins})\s+(?:{speakers})\s+(?:[\w'’-]+\s+){{0,2}}$"
    )


@cache
def _joined_speaker_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    joins = phrase_alternation(v["subject_joiners"])
    speakers = phrase_alternation(v["joined_speakers"])
    return re.compile(rf"(?<!\w)(?:(?:{joins})\s+(?:{speakers})|(?:{speakers})\s+(?:{joins}))(?!\w)", re.I)


@cache
def _determiners(language: str) -> frozenset[str]:
    return frozenset(d.casefold() for d in commitment_vocab(language)["determiners"])


def _adjective_after(text: str, at: int, language: str) -> int:
    """The length of a state's adjective right after a cue that ends on its subject's noun (`La
    partie belge organise ...`: the cue is `La partie`), which names who acts; 0 when none."""
    word = re.match(r"\s+[\w'’-]+", text[at : at + 40])
    last = re.search(r"[\w'’-]+\s*$", text[max(0, at - 30) : at])
    if word is None or (last is not None and last.group(0).strip().casefold() in _determiners(language)):
        return 0  # a cue ending on a determiner (`supports the`): the adjective opens its object
    found = mentions(word.group(0), language)
    return word.end() if found and found[0].kind == ADJECTIVE else 0


def _giver(a: SentenceAnalysis, cues: Sequence[Cue]) -> str | None:
    """`France will receive €12 million from the UK`: a subject that receives money (a receiving
    verb between the cue and the amount) does not act; the party giving it does."""
    money, language = a.money, a.language
    if not money or not cues or not receiving_re(language).search(a.text, cues[0].start, money[0].start):
        return None
    return donor_and_recipient(a.text, money[0], language, analysis=a)[0]


def _with_other_givers(a: SentenceAnalysis, actor: str) -> str:
    """`The UK will contribute £5 million and Italy €5 million`: each party giving an amount of the
    sentence acts, the subject of a gapped second clause too, when the actor is one of them; an
    amount reported as given (`..., et la Commission a alloué 4,5 M€`) adds no one."""
    if len(a.money) < 2 or not actor:
        return actor
    # the same sum in another currency (`31,4 millions de livres, soit environ 35 millions d'euros`)
    parallel = {p for m in a.money for p in parallel_figures(a.text, m, a.money, a.language)}
    promised = [m for m in a.money if m not in parallel and kind_of(a.text, a.language, m) == "pledge"]
    givers = [donor_and_recipient(a.text, m, a.language, analysis=a)[0] for m in promised]
    givers = [g for g in dict.fromkeys(givers) if g and ";" not in g]
    if len(givers) < 2 or not set(actor.split(";")) <= set(givers):
        return actor
    return joined(list(dict.fromkeys([*actor.split(";"), *givers])))


def _agents(text: str, after: int, language: str, a: SentenceAnalysis | None = None) -> list[str]:
    """Parties named as the agent of a passive after position ``after`` (`by the United Kingdom`);
    ``a``: the analysis of ``text`` (its parties), when ``text`` is a whole sentence."""
    agent = vocab_alternation(language, "agent_markers", suffix=r"(?:\s+|(?<=['’]))$")
    reach = int(commitment_vocab(language)["agent_reach"])
    return parties_after(text, agent, language, after, reach=reach, found=a.mentions if a else None)


def theme_scores(
    text: str, language: str = vocab.DEFAULT_LANGUAGE, folded: str | None = None
) -> dict[str, float]:
    """Each theme's keyword weight in ``text`` (themes without a keyword present are absent);
    ``folded``: the text's :func:`fold`, when its analysis has it."""
    return dict(_theme_scores(text, fold(text) if folded is None else folded, vocab.language_of(language)))


@lru_cache(maxsize=8192)
def _theme_scores(text: str, folded: str, language: str) -> tuple[tuple[str, float], ...]:
    """:func:`theme_scores`, memoised: a sentence is scored again as the context of the next, and
    a heading as the context of every passage under it."""
    keywords, screen = _theme_keywords(language)
    scores: dict[str, float] = {}
    for i in screen.candidates(folded):  # the others count zero: a literal they need is absent
        theme, p, w = keywords[i]
        hits = len(p.findall(text))
        if hits:
            scores[theme] = scores.get(theme, 0) + w * hits
    return tuple(scores.items())


def theme_of(
    text: str,
    context: tuple[str, ...] = (),
    language: str = vocab.DEFAULT_LANGUAGE,
    analyses: Analyses | None = None,
) -> str:
    """Primary theme: a sentence stating an amount of money is `funding`; otherwise the theme
    whose keywords weigh most in the sentence, with the passages it leans on (its lead-in, the
    sentence before it, its heading) weighing less; ties go to the earlier theme in the vocabulary.
    ``analyses``: the document's, which has the text's and its context's (else made here)."""
    v = commitment_vocab(language)
    a = (analyses or Analyses(language)).of(text)
    if a.money:
        return "funding"
    anaphor = vocab_alternation(language, "anaphors")
    leans = bool(anaphor.search(text))
    text = vocab_alternation(language, "self_references").sub(_blank, anaphor.sub(_blank, text))
    text = _adjuncts_blanked(_parties_blanked(text, a, language), language)
    main, relative, purpose = _main_and_relative(text, language, a.cues)
    whole = main == a.text  # nothing blanked: the main clause is the sentence, whose spans are read
    scores = theme_scores(main, language, a.folded if whole else None)
    for clause, key in ((relative, "relative_clause_weight"), (purpose, "purpose_clause_weight")):
        for theme, score in theme_scores(clause, language).items():
            scores[theme] = scores.get(theme, 0.0) + float(v[key]) * score
    action = _action_head(blank_spans(main, [(p.start, p.end) for p in a.periods]), language, a.cues)
    for theme, score in theme_scores(action, language).items():
        scores[theme] = scores.get(theme, 0.0) + float(v["action_weight"]) * score
    # a state named by a clause that takes people there (a return to Nigeria) is where, not with whom
    destination = any(scores.get(t, 0.0) > 0 for t in v["destination_themes"])
    for theme in () if destination else _other_state_themes(a, main, v["other_state_theme"]):
        scores[theme] = scores.get(theme, 0.0) + float(v["other_state_weight"])
    weight = float(v["context_weight"])
    own = max(scores.values(), default=0.0)
    if own < float(v["context_when_below"]) or (leans and own < float(v["anaphor_context_when_below"])):
        for ctx in context:
            folded = analyses.of(ctx).folded if analyses is not None else None
            for theme, score in theme_scores(ctx, language, folded).items():
                scores[theme] = scores.get(theme, 0.0) + weight * score
    best: str = v["default_theme"]
    best_score = 0.0
    for theme in v["themes"]:
        if scores.get(theme, 0.0) > best_score:
            best, best_score = theme, scores[theme]
    return best


def _parties_blanked(text: str, a: SentenceAnalysis, language: str) -> str:
    """``text`` (``a``'s, maybe blanked already) with the names and adjectives of the document's
    own parties blanked: a partner that is a party (`Belgium will ...` in a UK–Belgium text) is no
    keyword of international work, which the guideline keeps for other partner states."""
    own = joint_actor(language).split(";")
    for m in a.mentions:
        if m.kind in (NAME, ADJECTIVE) and m.code in own:
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
    return text


@cache
def _adjunct_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    reach = int(v["adjunct_reach"])
    return re.compile(
        rf"(?<!\w)(?:{phrase_alternation(v['adjunct_phrases'])})(?:\s*[^\s,;:.()]+){{0,{reach}}}", re.I
    )


def _adjuncts_blanked(text: str, language: str) -> str:
    """``text`` with its adjuncts blanked, the help an action gets (`with the support of Frontex`,
    `avec le concours de Frontex`) and the rule it follows (`conformément à sa législation`): no
    part of the action, whose theme the rest says."""
    return _adjunct_re(language).sub(_blank, text)


def _other_state_themes(a: SentenceAnalysis, main: str, by_region: dict[str, str]) -> set[str]:
    """The themes of the states the main clause names that are not parties of the document, by their
    region (``by_region``, `other` for the rest): a European state is one of the guideline's `other
    partner states` (`work with Italy`: international work), a state further afield a country of
    origin or transit (`with Morocco and Tunisia`: upstream work). Each theme counts once however
    many states are named."""
    kinds = (NAME, ADJECTIVE)
    return {
        by_region.get(region_of(m.code), by_region["other"])
        for m in a.mentions
        if m.kind in kinds and a.text[m.start : m.end] in main and not is_party(m.code)
    }


def _action_head(text: str, language: str, cues: Sequence[Cue] | None = None) -> str:
    """The first words after the first cue, or of a passage without one (a list item, `warn
    migrants ...`): the action undertaken (`will be paid for`, `à financer`), which says the theme
    more than the objects named after it. A name there is an
    object, not the action (`will provide Belgium with drones`): capitalised words are left out.
    ``cues``: the text's, when known."""
    cues = find_cues(text, language) if cues is None else cues
    # no cue (a list item completing a lead-in, `warn migrants ...`): its first words are the action;
    # a cue that is the verb itself (`informeront`) is the action's first word
    start, own = (cues[0].start, len(WORD.findall(text, cues[0].start, cues[0].end))) if cues else (0, 0)
    words = [m.group(0) for m in WORD.finditer(text, start)][
        : own + int(commitment_vocab(language)["action_words"])
    ]
    return " ".join(w for w in words if not w[:1].isupper())


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _main_and_relative(text: str, language: str, cues: Sequence[Cue] = ()) -> tuple[str, str, str]:
    """The sentence with its relative and purpose clauses blanked out, those relative clauses, and
    those purpose clauses (with a frame opening the sentence, `Building on ...,`, weighed alike): a
    keyword in `which smuggling networks have targeted` or in `in order to fight crime` describes
    something else than the main action. Such a clause runs from its opener
    to the next comma, semicolon or the end. A relative pronoun opening the sentence is a
    determiner (`That money will ...`); a clause holding the first cue is the committing clause
    itself (`told me that they will offer`, `agree to help`), save a relative one (`who ... will`)."""
    v = commitment_vocab(language)
    complementiser = phrase_pattern(v["complementisers"], "", "")
    cue = (cues[0].start, cues[0].end) if cues else (-1, -1)

    def relative_kept(m: re.Match[str], stop: int) -> bool:
        holds = m.start() < cue[1] and cue[0] < stop
        return not text[: m.start()].strip() or (holds and bool(complementiser.fullmatch(m.group(0))))

    relatives = _clauses(text, vocab_alternation(language, "relative_clause_openers"), relative_kept)
    main = blank_spans(text, relatives)

    def holds_cue(m: re.Match[str], stop: int) -> bool:
        return m.start() < cue[1] and cue[0] < stop

    # a frame opening the sentence (`Building on ...,`) says on what ground, not what is done
    frames = _clauses(main, vocab_alternation(language, "frame_openers", r"^\W*\b"), holds_cue)
    main = blank_spans(main, frames)
    purposes = _clauses(main, vocab_alternation(language, "purpose_clause_openers"), holds_cue)
    return (
        blank_spans(main, purposes),
        " ".join(text[a:b] for a, b in relatives),
        " ".join(text[a:b] for a, b in (*frames, *purposes)),
    )


def _clauses(
    text: str, opener: re.Pattern[str], kept: Callable[[re.Match[str], int], bool]
) -> list[tuple[int, int]]:
    """The (start, end) of each clause an ``opener`` begins, to the next comma, semicolon or the end,
    but those ``kept`` (given the opener and the clause's end) in the main clause."""
    spans: list[tuple[int, int]] = []
    at = 0
    for m in opener.finditer(text):
        if m.start() < at:
            continue
        end = CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if not kept(m, stop):
            spans.append((m.start(), stop))
            at = stop
    return spans


_BRACKETED = re.compile(r"\[[^\[\]]{0,200}\]")  # an editor's words in square brackets


def _withheld(text: str) -> bool:
    """A passage whose words are all withheld (`e. [text withheld];`) says nothing."""
    return not _words(_BRACKETED.sub(" ", text))


def _words(text: str) -> int:
    return len(WORD.findall(text))


def extract_commitments(
    doc_id: str,
    doc_date: dt.date | None,
    doc_text: str,
    segments: list[dict[str, Any]],
    language: str = vocab.DEFAULT_LANGUAGE,
    analyses: Analyses | None = None,
) -> list[dict[str, Any]]:
    """One row per committing sentence or list item of one document, in document order; each read
    through its analysis in ``analyses`` (the document's, shared with the other extractors)."""
    language = vocab.language_of(language)
    analyses = analyses or Analyses(language, doc_date)
    by_seg = {s["seg"]: s for s in segments}
    ordered = sorted(segments, key=lambda s: s["start"])
    rows: list[dict[str, Any]] = []
    lead_in_info: dict[int, tuple[str, str]] = {}  # seg -> (modality, actor) of committing lead-ins
    previous: dict[str, Any] | None = None
    last_committed: tuple[int, str, str] | None = None  # (seg, modality, actor) of the last one
    quotes, subjects, plans = QuoteSpeakers(language), LeadingSubjects(), PlanTables(language)
    operative = operative_start(ordered, language)
    for s in ordered:
        check_budget()
        planned = plans.row(s["text"])  # a short row may read as a heading
        if s["kind"] not in ("sentence", "list_item") and not planned:
            continue
        before, previous = previous, s
        if _withheld(text := s["text"]):
            continue
        a, treaty = analyses.of(text), _reads_as_treaty(s, operative, language)
        speaker, antecedent = quotes.speaker_of(text), subjects.antecedent(a)
        committing = _commits(a) and (treaty or not _refuses(a))
        lead = by_seg.get(s["lead_in"]) if s["kind"] == "list_item" and _present(s.get("lead_in")) else None
        inherited, agreed_item = _inherited(lead, lead_in_info, language, text, s.get("heading"))
        inherited, lead_partners = _joined_by_lead_partners(inherited, lead, analyses)
        if not committing and _announces_after(s, before, last_committed, language):
            lead_in_info[s["seg"]] = last_committed[1:]  # type: ignore[index]
        obligation = None  # a treaty's present of obligation, for a sentence with no cue
        if committing:
            default = inherited[1] if inherited else (speaker or UNNAMED)
            modality, actor = _cued(a, default, agreed_item, language)
        else:
            obligated = (treaty or agreed_item) and not a.cues
            obligation = present_obligation(text, language, a) if obligated else None
            uncued = planned or _uncued(a, inherited, obligation)
            if uncued is None:
                continue
            modality, actor = uncued
        if text.rstrip().endswith(":"):
            if committing or obligation is not None:  # `Les autorités françaises affectent la subvention :`
                lead_in_info[s["seg"]] = (modality, actor or _voice_and_partners(a) or joint_actor(language))
            # a lead-in that only opens its items, an agreed item's too (`Les Participants entendent :`)
            if _only_introduces(text, a.cues, language):
                continue
        theme = theme_of(text, _context(s, lead, before), language, analyses)
        actor = actor or lead_partners or _unnamed_actor(a, theme, rows, before, antecedent)
        deadline = (plans.deadline(doc_date) if planned else None) or _deadline(a, lead, doc_date, analyses)
        rows.append(_row(doc_id, s, actor, theme, modality, deadline, lead))
        if s["kind"] == "sentence":
            last_committed = (s["seg"], modality, actor)
    return _with_ids(doc_id, rows)


def _with_ids(doc_id: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with their ids (from their text, told apart when two are the same) and order."""
    ids = disambiguate([content_id(doc_id, "c", "commitments", r["text"], 0) for r in rows])
    for seq, (row, cid) in enumerate(zip(rows, ids, strict=True), start=1):
        row["commitment_id"] = cid
        row["seq"] = seq
    return rows


@cache
def _plan_only_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    dets = phrase_alternation(v["treaty_determiners"])
    nouns, links = phrase_alternation(v["plan_nouns"]), phrase_alternation(v["plan_links"])
    return re.compile(
        rf"^\s*(?:[\w-]+\s+(?=(?:{dets})\s|(?:{nouns})\b))?(?:(?:{dets})\s*(?:[\w-]+\s+){{0,2}}?)?(?:{nouns})(?:\s+[\w-]+){{0,2}}?"
        rf"(?:\s+(?:{links}))?\s*:\s*$",
        re.I,
    )


def _only_introduces(text: str, cues: Sequence[Cue], language: str) -> bool:
    """A committing lead-in that only introduces its items: too short (`We will:`), with nothing
    after its last cue but an infinitive's marker (`jointly pledge to:`), or naming only a plan there
    (`agreed on a joint action plan to:`, `will take the following actions:`), an aside before it
    left aside."""
    v = commitment_vocab(language)
    # an aside after the cue or its verb is no part of what it names (`fund, under this call, projects to:`)
    rest = re.sub(rf"^(\s*[\w-]+)?{ASIDE}", r"\1 ", text[cues[-1].end :]) if cues else text
    markers = {m.casefold() for m in v["item_infinitive_markers"]}
    said = [w for w in WORD.findall(rest) if w.casefold() not in markers]  # `jointly pledge to:` says no more
    too_short = _words(text) < v["lead_in_min_words"]
    return too_short or not said or _plan_only_re(language).match(rest) is not None


def _commits(a: SentenceAnalysis) -> bool:
    """A cued sentence that reports nothing, asks nothing, says neither what others should do nor
    what a party is urged to do, has no count of people as its subject, and is no party receiving
    money from an outsider (`Le Maroc recevra de l'Union européenne 10 M€`: no party gives it, so no
    party undertakes anything)."""
    if not a.cues or a.reports or _others_should(a) or _asks(a) or _urges_a_party(a) or counted_subject(a):
        return False
    giver = _giver(a, a.cues)
    return giver is None or any(is_party(c) for c in giver.split(";"))


@cache
def _urging_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    verbs, links = phrase_alternation(v["urging_verbs"]), phrase_alternation(v["urged_act_markers"])
    not_after = "".join(rf"(?<!\b{re.escape(m)}\s)" for m in v["urging_not_after"])
    urged = r"(?P<urged>(?:[\w'’,-]+\s+){1,14}?)"
    return re.compile(rf"(?<!\w){not_after}(?:{verbs})\s+{urged}(?:{links})(?:\s|(?<=['’]))", re.I)


def _urges_a_party(a: SentenceAnalysis) -> bool:
    """Someone urges or asks a party of the text to act (`I urge the Governments of the United Kingdom
    and France to agree ...`, `We have asked the Home Office to share ...`): what the party is asked to
    do is no undertaking of anyone; calling on an outsider (`call on the Council to adopt`) is the
    caller's act."""
    urged = _urging_re(a.language).search(a.text)
    return urged is not None and any(is_party(m.code) for m in mentions(urged.group("urged"), a.language))


@cache
def _negation_res(
    language: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Negations right before and right after a cue, the refusals that undertake to prevent, and a
    negation inside a cue that takes in its subject's pronouns."""
    v = commitment_vocab(language)
    before = phrase_alternation(v["negations_before_cue"]) or "(?!)"
    after = phrase_alternation(v["negations_after_cue"]) or "(?!)"  # French negates before the verb
    return (
        re.compile(rf"(?<!\w)(?:{before})\s*$", re.I),
        re.compile(rf"\s*(?:{after})(?!\w)", re.I),
        vocab_alternation(language, "preventing_refusals"),
        re.compile(rf"(?<!\w)(?:{before})(?:\s|(?<=['’]))", re.I),
    )


def _refuses(a: SentenceAnalysis) -> bool:
    """Every cue of the sentence is negated (`The Government will not fund ...`, `does not intend to`,
    `ne financera pas`): a refusal undertakes nothing. Refusing to let something happen (`will not
    allow`, `ne laissera pas`) undertakes to prevent it, and a prohibition with its condition (`will
    not be passed ... without the consent of`) binds; a treaty's prohibitions are read before this."""
    before, after, preventing, inside = _negation_res(a.language)
    if preventing.search(a.text):
        return False
    return all(
        before.search(a.text, max(0, c.start - 20), c.start)
        or after.match(a.text, c.end)
        or inside.search(a.text, c.start, c.end)  # `nous ne déploierons pas`: one cue from the pronoun
        for c in a.cues
    )


def _cued(a: SentenceAnalysis, default: str, agreed_item: bool, language: str) -> tuple[str, str | None]:
    """The (modality, actor) of a sentence with cues: the actor its subject names, else ``default``
    (a lead-in's or a quotation's), a first-person subject the document's voice; an item of a
    treaty's `agree as follows:` is agreed even when its verb is a future."""
    text, cues = a.text, a.cues
    invited = vocab_alternation(language, "request_passives", prefix=r"\s+").match(text, cues[0].end)
    # `Italy will be invited to join ...`: the invited is asked by the parties, who act
    actor = default if invited else _giver(a, cues) or actor_of(text, cues, default, language, a)
    actor = _with_other_givers(a, actor)
    first_person = vocab_alternation(language, "first_person_subjects")
    if not actor and first_person.search(text, 0, cues[0].end):  # `Nous créerons` is one cue
        actor = _voice_and_partners(a) or joint_actor(language)
    modality = "agree" if agreed_item and cues[0].modality == "will" else cues[0].modality
    return modality, actor


def _joined_by_lead_partners(
    inherited: tuple[str, str] | None, lead: dict[str, Any] | None, analyses: Analyses
) -> tuple[tuple[str, str] | None, str]:
    """A list item's (modality, actor) from its lead-in, and the speaker with the partners the
    lead-in names as acting with it (`Avec mon homologue britannique, j'ai arrêté un plan en cinq
    points :` the items are both's; empty when it names none), which replace an inherited actor
    that is the speaker alone or none."""
    with_partners = _voice_and_partners(analyses.of(lead["text"])) if lead is not None else ""
    partners = with_partners if ";" in with_partners else ""
    if partners and inherited is not None and inherited[1] in (UNNAMED, document_voice()):
        return (inherited[0], partners), partners
    return inherited, partners


def _voice_and_partners(a: SentenceAnalysis) -> str:
    """The government speaking, with the parties it says it acts with in a phrase set off by
    commas; empty when no single government speaks."""
    voice = document_voice()
    if not voice:
        return ""
    if a.cues and _joint_adverb_re(a.language).match(a.text, a.cues[0].end):
        return joint_actor(a.language)  # `We will jointly fund`, `we will work together`
    return joined([voice, *_set_off_partners(a, voice)])


@cache
def _joint_adverb_re(language: str) -> re.Pattern[str]:
    """A joint adverb right after the cue, or two words on, with no partner after it (`will
    jointly fund`, `will also work together in the Balkans`, not `together with Italy`)."""
    adverbs = phrase_alternation(commitment_vocab(language)["joint_adverbs"])
    partner = phrase_alternation(commitment_vocab(language)["comitative_prepositions"])
    return re.compile(rf"(?:\s+[\w'’-]+){{0,2}}\s+(?:{adverbs})(?!\w)(?!\s+(?:{partner})\b)", re.I)


def _set_off_partners(a: SentenceAnalysis, voice: str) -> list[str]:
    """The parties a speaker acts with, named in a comitative phrase set off by commas (`We will
    also launch, with Italy, a campaign`, `Together with Italy, we will fund`, `nous créerons, avec
    la police aux frontières britannique, une cellule`): the action is theirs too. A partner in the
    verb's own complement (`we will work with the French authorities`) is not."""
    set_off = _set_off_comitative_re(a.language)
    partners = []
    for m in a.mentions:
        opening = set_off[0].search(a.text, max(0, m.start - 60), m.start)
        if opening and set_off[1].match(a.text, m.end) and is_party(m.code) and m.code != voice:
            partners.append(m.code)
    return list(dict.fromkeys(partners))


@cache
def _set_off_comitative_re(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A comitative preposition opening the sentence or a comma's phrase, up to a party named
    within a few words; and the comma closing that phrase a few words after it."""
    prepositions = phrase_alternation(commitment_vocab(language)["comitative_prepositions"])
    return (
        re.compile(rf"(?:^|,)\s*(?:{prepositions})\s+(?:[\w'’-]+\s+){{0,5}}$", re.I),
        re.compile(r"(?:\s*[\w'’-]+){0,3}\s*,"),
    )


def _deadline(
    a: SentenceAnalysis, lead: dict[str, Any] | None, doc_date: dt.date | None, analyses: Analyses
) -> Period | None:
    """The phrase bounding the passage's action; for an item without one, its lead-in's (`the
    following measures, which will be carried out by the end of the year:` bounds each item's action)."""
    own = find_deadline(a.text, doc_date, a.language, a.periods)
    if own is not None or lead is None:
        return own
    b = analyses.of(lead["text"])
    return find_deadline(b.text, doc_date, b.language, b.periods)


def _others_should(a: SentenceAnalysis) -> bool:
    """A `should` (every cue of the sentence) whose subject names no party and is no first-person,
    pointing or joint subject, in the active voice: a view of what others ought to do (`children
    should claim asylum in the first safe country`), not a party's undertaking."""
    text, cues, language = a.text, a.cues, a.language
    if not cues or any(c.modality != "should" for c in cues):
        return False
    v = commitment_vocab(language)
    passive = phrase_alternation(v["passive_auxiliaries"])
    if re.match(rf"\s+(?:\w+\s+)?(?:{passive})\b", text[cues[0].end :], re.I):
        return False
    comp = phrase_alternation(v["complementisers"])
    starts = [m.end() for m in re.finditer(rf"[,;:(]|\b(?:{comp})(?!\w)", text[: cues[0].start], re.I)]
    subject = text[max([0, *starts]) : cues[0].start]
    if not subject.strip() or subject_parties(subject, language):  # `That should ...`: it points back
        return False
    return not any(
        vocab_alternation(language, key).search(subject)
        for key in ("first_person_subjects", "pointing_subjects", "joint_subjects")
    )


def _asks(a: SentenceAnalysis) -> bool:
    """A question, which commits to nothing: a direct one (`What will happen next?`), or an
    indirect one, an interrogative word opening the clause of the first cue (`has not explained how
    it will measure ...`, `demande quelles mesures le Gouvernement entend prendre`)."""
    text = a.text.rstrip()
    if text.endswith("?"):
        return True
    asking = vocab_alternation(a.language, "interrogatives")
    clause = CLAUSE_BOUNDARY.split(text[: a.cues[0].start])[-1] if a.cues else ""
    return bool(asking.search(clause))


def _inherited(
    lead: dict[str, Any] | None,
    lead_in_info: dict[int, tuple[str, str]],
    language: str,
    item: str | None = None,
    heading: str | None = None,
) -> tuple[tuple[str, str] | None, bool]:
    """The (modality, actor) a list item takes from its lead-in, and whether that lead-in is a
    treaty's `agree as follows:` (its items are agreed, each by the party its subject names).
    ``item``: the item's text, which may complete its lead-in's verb (`Ils décident : de ...`) or
    name its own actor in a table's lead cell (`| Lead: BE |`). ``heading``: the item's, when it
    has no lead-in (a heading naming action points leads the lines under it)."""
    if lead is None:  # a meeting's action log under its heading (`Actions` / `A14/1: GNIB to share ...`)
        doer = _infinitive_subject_re(language) if _is_action_log(heading, language) else None
        return (("will", UNNAMED) if item is not None and doer and doer.match(item) else None), False
    agreed = _is_agreement_lead(lead["text"], language)
    inherited = lead_in_info.get(lead["seg"])
    if inherited is None and agreed:
        inherited = ("agree", UNNAMED)
    elif inherited is None and _announces_plan(lead["text"], language):
        inherited = ("will", _plan_owner(lead["text"], language))
    elif inherited is None and item is not None:
        inherited = _completed_by_item(lead["text"], item, language)
    led = _lead_cell(item, language) if inherited and item is not None else None
    return (inherited[0], led) if inherited and led else inherited, agreed


def _is_action_log(heading: str | float | None, language: str) -> bool:
    """A heading naming a meeting's action points (`Actions`, `Action points`)."""
    if not _present(heading):
        return False
    return bool(
        phrase_pattern(commitment_vocab(language)["action_log_headings"], r"^\W*", r"\W*$").match(
            str(heading)
        )
    )


def _plan_owner(lead_in: str, language: str) -> str:
    """Whose plan a lead-in announces: its joint subject's parties (`Les deux ministres ont arrêté un
    plan d'action :`), else the parties its subject names, else nobody named."""
    if vocab_alternation(language, "joint_subjects").search(lead_in):
        return joint_actor(language)
    return joined(subject_parties(lead_in, language)) or UNNAMED


def _completed_by_item(lead_in: str, item: str, language: str) -> tuple[str, str] | None:
    """(modality, actor) of a colon-ended lead-in whose verb takes its complement's preposition
    from each item (`Ils décident : 1° de poursuivre ...`, `We agree: to ...`): the lead-in read on
    into the item has a cue across the join, which the item inherits; None when it has none."""
    head = lead_in.rstrip()
    if not head.endswith(":"):
        return None
    head = head[:-1].rstrip()
    read_on = f"{head} {item.lstrip()}"
    cues = [c for c in find_cues(read_on, language) if c.start < len(head) < c.end]
    if not cues or reports(read_on[: cues[0].end], language):
        return None
    return cues[0].modality, actor_of(
        head, [Cue(cues[0].start, len(head), cues[0].modality)], UNNAMED, language
    )


def _announces_after(
    s: dict[str, Any],
    before: dict[str, Any] | None,
    last_committed: tuple[int, str, str] | None,
    language: str,
) -> bool:
    """An uncued sentence announcing aims or tasks (`Its objectives are:`) right after a
    committing sentence of its section: its list items carry that sentence's undertaking (not
    across a heading: `II. INSTRUCTIONS` / `J'attends de vous ... les mesures suivantes :`)."""
    return (
        s["kind"] == "sentence"
        and last_committed is not None
        and before is not None
        and last_committed[0] == before["seg"]
        and before.get("heading") == s.get("heading")
        and _announces_aims(s["text"], language)
    )


def _uncued(
    a: SentenceAnalysis, inherited: tuple[str, str] | None, obligation: Cue | None
) -> tuple[str, str] | None:
    """(modality, actor) of a passage without a committing cue: a list item of a committing
    lead-in (actor: its own subject, a passive's agent, else the lead-in's), or a treaty's present
    of obligation; None when it commits to nothing."""
    text, language = a.text, a.language
    if a.reports:  # `La présente déclaration ne crée aucune obligation`, an item though it be
        return None
    if inherited and obligation is not None:  # `(b) the United Kingdom supplies ...`
        return inherited[0], actor_of(text, [obligation], inherited[1], language, a)
    who = (inherited[1] or document_voice() or "") if inherited else ""
    partners = _set_off_partners(a, who) if who and ";" not in who else []
    if inherited and partners:  # `— la création, avec le Royaume-Uni, d'un fonds commun` in France's text
        return inherited[0], joined([who, *partners])
    if inherited and (own := _infinitive_subject(a, inherited[0])):  # `Border Force to second ...`
        return inherited[0], own
    if inherited:
        head = re.split(r"[,;]", text, maxsplit=1)[0]  # `mise à disposition par le Royaume-Uni ...`
        acts = joined(_agents(head, 0, language)) or _item_giver(a, inherited[1]) or _bodies(a, inherited[1])
        return inherited[0], acts or inherited[1]
    if obligation is not None:
        # a passive's agent acts, not the parties its subject names (`Toute demande présentée sur le
        # territoire français ... est examinée par le Royaume-Uni`); the passive's cue is empty
        passive = obligation.start == obligation.end
        agents = joined(_agents(text, obligation.start, language, a)) if passive else ""
        actor = agents or actor_of(text, [obligation], UNNAMED, language, a)
        jointly = not actor and _agentless_passive(text, language) is not None
        return obligation.modality, joint_actor(language) if jointly else actor
    return None


def _infinitive_subject(a: SentenceAnalysis, modality: str) -> str:
    """Who an action item names before its infinitive (a meeting's action points: `Border Force to
    second a liaison officer ...`, `Home Office and DGEF to publish ...`): that subject, capitalised
    names, acts, not the lead-in's actor. Empty when the item opens with no such subject (`Launch a
    programme with Tunisia to train ...`) or names no one there."""
    pattern = _infinitive_subject_re(a.language)
    m = pattern.match(a.text) if pattern is not None else None
    if m is None:
        return ""
    return actor_of(a.text, [Cue(m.end(), m.end(), modality)], UNNAMED, a.language, a)


@cache
def _infinitive_subject_re(language: str) -> re.Pattern[str] | None:
    """Capitalised names (a name's words, an acronym), joined by the subject's joiners, then the
    infinitive's marker and a word; None in a language whose action items name no subject."""
    v = commitment_vocab(language)
    if not v["item_infinitive_markers"]:
        return None
    name = r"(?-i:[A-ZÀ-Ý][\w'’&.-]*)"
    joiners = phrase_alternation(v["subject_joiners"])
    markers = phrase_alternation(v["item_infinitive_markers"])
    links = phrase_alternation(v["owner_links"])  # `Department of Justice`, `Ministry of the Interior`
    dets = phrase_alternation(v["treaty_determiners"])
    label = r"(?:[\w./-]{1,12}\s*:\s*)?"  # an action's number in the log (`A14/1:`)
    return re.compile(
        rf"\s*{label}{name}(?:\s+(?:(?:{joiners}|{links})\s+(?:(?:{dets})\s+)?)?{name}){{0,5}}(?=\s+(?:{markers})\s+\w)",
        re.I,
    )


def _item_giver(a: SentenceAnalysis, joint: str) -> str:
    """The one party giving the amounts an item of a joint lead-in states (`de porter la contribution
    britannique ... à 5 millions de livres`, `pay £3 million to the French police`): the giver acts,
    never the beneficiary. Empty when the lead-in is one party's, or the item gives no amount or
    has several givers."""
    if not a.money or (joint and ";" not in joint):
        return ""
    givers = {donor_and_recipient(a.text, m, a.language, analysis=a)[0] for m in a.money}
    giver = givers.pop() if len(givers) == 1 else ""
    return giver if giver and ";" not in giver and is_party(giver) else ""


def _bodies(a: SentenceAnalysis, joint: str) -> str:
    """The parties whose forces an item of a joint lead-in names by their adjective (`deploy units
    of French riot police`, `staffed by British and French officers`, `des unités de police
    françaises`): those act, not every party; a place (`in northern France`, `French ports`) or a
    recipient (`to the French police`) does not. Empty when the lead-in is not joint or the item
    names none."""
    if joint and ";" not in joint:  # a lead-in of one party (an unnamed one's items are every party's)
        return ""
    v = commitment_vocab(a.language)
    recipient = re.compile(rf"(?<!\w)(?:{phrase_alternation(v['recipient_prepositions'])})(?!\w)", re.I)
    force = re.compile(rf"(?<!\w)(?:{'|'.join(v['state_forces'])})(?!\w)", re.I)
    # forces named in a relative clause describe a thing (`a zone in which French and British
    # officers work`): they do not do the item's action
    relative = re.search(rf"(?<!\w)(?:{phrase_alternation(v['relative_pronouns'])})(?!\w)", a.text, re.I)
    codes = []
    for m in (m for m in a.mentions if relative is None or m.start < relative.start()):
        before = " ".join(a.text[: m.start].split()[-3:])
        near = " ".join([before, *a.text[m.end :].split()[:5]])  # `British and French port crews`
        # a state's name qualifying the force right after it is its adjective (`two UK liaison officers`)
        attributive = m.kind == NAME and any(force.fullmatch(w) for w in WORD.findall(a.text, m.end)[:2])
        named = m.kind == ADJECTIVE or attributive
        # a recipient's preposition stands right before it, or before one word (`to the French
        # police`): an infinitive's `to` further back is none (`to work alongside British officers`)
        to = " ".join(before.split()[-2:])
        if named and is_party(m.code) and force.search(near) and not recipient.search(to):
            codes.append(m.code)
    return joined(codes) if codes else ""


def _unnamed_actor(
    analysis: SentenceAnalysis,
    theme: str,
    rows: list[dict[str, Any]],
    before: dict[str, Any] | None,
    antecedent: str = "",
) -> str:
    """Who acts when nothing in the sentence names it: the commitment right before, when the
    subject points back to it (`This will include ...`), or the party leading the sentence right
    before, a report perhaps, when a singular pronoun stands for it (`France has deployed ... It
    will ...`); else the government speaking, in one
    government's statement; else the theme's party (reception is done where migrants are); else
    every party (the theme's party only when it is one of the text's)."""
    text, language = analysis.text, analysis.language
    v = commitment_vocab(language)
    last_row = rows[-1] if rows else None
    if (
        last_row is not None
        and before is not None
        and last_row["char_start"] == before["start"]  # the commitment right before this one
        and vocab_alternation(language, "pointing_subjects", prefix=r"\s*").match(text)
        and not _impersonal(text, language)
    ):
        actor: str = last_row["actor"]
        return actor
    if antecedent:
        return antecedent  # `La France a déployé 120 gendarmes. Elle augmentera encore ces effectifs.`
    by_theme = v["unnamed_actor_by_theme"].get(theme)
    if by_theme and not is_party(by_theme):  # reception in a UK–Belgium text is no French act
        by_theme = None
    return _voice_with_partners(analysis) or by_theme or joint_actor(language)


def _voice_with_partners(a: SentenceAnalysis) -> str:
    """For a passage naming no subject: the government speaking, and the parties it acts with, named
    after a comitative preposition (`la signature avec le Royaume-Uni d'un accord`) or joined to
    another party in one compound (`un centre franco-britannique`); every party for a joint subject
    (`A joint board will ...`). Empty when no single government speaks. (A first-person subject
    is the speaker alone: `We will work with the French authorities` is the speaker's act.)"""
    voice = document_voice()
    if not voice:
        return ""
    text, found = a.text, a.mentions
    subject = text[: a.cues[0].start] if a.cues else text
    if vocab_alternation(a.language, "joint_genre_words").search(subject):  # `A joint board will ...`
        return joint_actor(a.language)
    comitative = vocab_alternation(a.language, "comitative_prepositions", suffix=r"\s+(?:[\w'’]+\s+)?$")
    codes = parties_after(text, comitative, a.language, reach=25, found=found)
    for prev, m in itertools.pairwise(found):
        if text[prev.end : m.start] in COMPOUND_JOINS:
            codes += [prev.code, m.code]
    partners = [c for c in dict.fromkeys(codes) if c != voice and is_party(c)]
    return joined([voice, *partners])


@cache
def _lead_cell_re(language: str) -> re.Pattern[str]:
    marks = re.escape(table_cell_marks())
    labels = phrase_alternation(commitment_vocab(language)["lead_cell_labels"])
    return re.compile(rf"[{marks}]\s*(?:{labels})\s*:\s*(?P<cell>[^{marks}]+)", re.I)


def _lead_cell(text: str, language: str) -> str | None:
    """The states a table row's lead cell names (`| Lead: BE, NL |`, `| Pilote : la France |`), by
    code or by name: an action plan's actor for that action."""
    m = _lead_cell_re(language).search(text)
    if m is None:
        return None
    cell = m.group("cell")
    codes = [c for c in re.findall(r"\b[A-Z]{2}\b", cell) if is_party(c)] + parties_in(cell, language)
    return joined(codes) if codes else None


def _row(
    doc_id: str,
    s: dict[str, Any],
    actor: str,
    theme: str,
    modality: str,
    deadline: Period | None,
    lead: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "text": s["text"],
        "char_start": s["start"],
        "char_end": s["end"],
        "actor": actor,
        "theme": theme,
        "modality": modality,
        "deadline_text": deadline.text if deadline else None,
        "deadline_date": deadline.last if deadline else None,
        "lead_in": lead["text"] if lead is not None else None,
    }


def _impersonal(text: str, language: str) -> bool:
    """The sentence opens with an impersonal pronoun that stands for no one (`Il est institué un
    comité mixte`, `It is agreed that ...`)."""
    return vocab_alternation(language, "impersonal_openings", prefix=r"\s*").match(text) is not None


def _pronoun_subject(a: SentenceAnalysis) -> bool:
    """A singular pronoun is the subject: opening the sentence (`Il versera ...`) or its clause after
    a fronted adverbial (`Pour les années 2021 et 2022, il versera ...`)."""
    pronoun = vocab_alternation(a.language, "singular_pronouns", prefix=r"\s*")
    if _impersonal(a.text, a.language):
        return False
    if pronoun.match(a.text):
        return True
    if not a.cues:  # a treaty's present (`À ce titre, elle verse ...`): the clause after the first comma
        first = CLAUSE_BOUNDARY.search(a.text)
        return first is not None and pronoun.match(a.text, first.end()) is not None
    head = a.text[: a.cues[0].start]
    commas = [m.end() for m in CLAUSE_BOUNDARY.finditer(head)]
    return bool(commas) and pronoun.match(head, commas[-1]) is not None


class PlanTables:
    """A plan's table of measures, read row by row: under a header row naming the measure, who carries
    it out and by when (`| Mesure | Responsable | Échéance |`), each row is an undertaking (`will`)
    of the parties its responsible cell names; its deadline cell dates it. Any line that is no row
    ends the table."""

    def __init__(self, language: str) -> None:
        self._language = language
        self._columns: dict[str, int] | None = None
        self._deadline_cell = ""

    def row(self, text: str) -> tuple[str, str] | None:
        """(modality, actor) of a plan table's row; None for any other line, a header row included."""
        cells = table_cells(text)
        header = _plan_columns(cells, self._language) if cells else None
        if header is not None or not cells:
            self._columns = header
            return None
        if self._columns is None or len(cells) <= max(self._columns.values()):
            return None
        who = cells[self._columns["responsible"]]
        self._deadline_cell = cells[self._columns["deadline"]]
        return "will", joined(parties_in(who, self._language)) or UNNAMED

    def deadline(self, doc_date: dt.date | None) -> Period | None:
        """The last row's deadline cell as a deadline: a bare date there (`30 juin 2018`, `fin 2018`)
        is read as the preposition of a deadline would introduce it (`d'ici`, `by`)."""
        by = vocab.load_for("periods", self._language)["plan_deadline_preposition"]
        found = find_deadline(f"{by} {self._deadline_cell}", doc_date, self._language)
        if found is None or not found.text.startswith(by):
            return found
        return dataclasses.replace(found, text=found.text[len(by) :].strip())


def _plan_columns(cells: list[str], language: str) -> dict[str, int] | None:
    """Which cell of a header row names each of a plan table's columns (measure, responsible,
    deadline); None unless it names all three."""
    labels = commitment_vocab(language)["plan_table_columns"]
    found = {}
    for column, words in labels.items():
        names = {w.casefold() for w in words}
        at = next((i for i, c in enumerate(cells) if c.casefold() in names), None)
        if at is not None:
            found[column] = at
    return found if len(found) == len(labels) else None


class LeadingSubjects:
    """The parties the sentence before led with, which a pronoun opening the next stands for, on
    through a chain of sentences opening with that pronoun (`Le Royaume-Uni s'est engagé ... Il a
    versé ... Il versera ...`); a sentence that does neither ends the chain."""

    def __init__(self) -> None:
        self._last = ""

    def antecedent(self, a: SentenceAnalysis) -> str:
        """What ``a``'s pronoun subject stands for (empty when its subject is no pronoun); then
        ``a``'s own subject, the chain's, or none, is kept for the next sentence."""
        found = self._last if _pronoun_subject(a) else ""
        self._last = a.leading or found
        return found


class QuoteSpeakers:
    """Who speaks in a quotation: `Home Secretary said:` followed by `"We will ..."` makes the
    quoted undertakings the speaker's party's, until the quotation closes."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.pending: str | None = None  # party of a `... said:` line, awaiting its quotation
        self.current: str | None = None  # party of the quotation under way

    def speaker_of(self, text: str) -> str | None:
        """The speaker's party for ``text`` (None outside a quotation), updating the state."""
        v = commitment_vocab(self.language)
        stripped = text.strip()
        # an introduction ends with its colon: only then is the (backtracking) pattern tried
        intro = _speech_intro_re(self.language).search(stripped) if stripped.endswith(":") else None
        if intro:
            who = intro.group("who")
            # `the two ministers said:` is a joint speaker: every party of the text
            joint = vocab_alternation(self.language, "joint_subjects").search(who) is not None
            named = joined(parties_in(who, self.language)) or (joint_actor(self.language) if joint else "")
            self.pending, self.current = named or None, None
            return None
        if stripped[:1] in v["quote_open"] and self.pending:
            self.current, self.pending = self.pending, None
        elif self.current is None:
            self.pending = None
        speaker = self.current
        if stripped[-1:] in v["quote_close"] or stripped[-2:-1] in v["quote_close"]:
            self.current = None
        return speaker


@cache
def _speech_intro_re(language: str) -> re.Pattern[str]:
    verbs = "|".join(commitment_vocab(language)["speech_verbs"])
    return re.compile(rf"^(?P<who>.{{1,160}}?)\s+(?:{verbs})\s*:$", re.I)


@cache
def _plan_re(language: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(commitment_vocab(language)["plan_lead_ins"]) + r")\b", re.I)


def _announces_plan(lead_in: str, language: str) -> bool:
    """A lead-in that announces a plan (`Cette réponse comporte trois volets :`), not one that
    reports what was done (`the following steps have been completed:`)."""
    past = _lead_in_res(language)[1]
    return (
        lead_in.rstrip().endswith(":")
        and bool(_plan_re(language).search(lead_in))
        and not past.search(lead_in)
    )


def _context(
    segment: dict[str, Any], lead: dict[str, Any] | None, before: dict[str, Any] | None
) -> tuple[str, ...]:
    """What a passage leans on for its subject: its lead-in, else the sentence before it in the
    same paragraph; and the heading it sits under."""
    out = []
    if lead is not None:
        out.append(lead["text"])
    elif before is not None and before.get("paragraph") == segment.get("paragraph"):
        out.append(before["text"])
    if _present(segment.get("heading")):
        out.append(segment["heading"])
    return tuple(out)


def _present(value: str | float | None) -> bool:
    """A segment record's cell holds a value (an empty one is None, or NaN once in a frame)."""
    return value is not None and not pd.isna(value)


@cache
def _lead_in_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of lead-ins: announcing aims (`Its objectives are:`), reporting the past (`have
    been completed:`), and a treaty's `agree as follows:`."""
    v = commitment_vocab(language)
    announcing, agreement = (
        re.compile(r"\b(?:" + "|".join(v[key]) + r")\b", re.I)
        for key in ("announcing_lead_ins", "agreement_lead_ins")
    )
    return announcing, re.compile("|".join(v["past_lead_ins"]), re.I), agreement


def _announces_aims(text: str, language: str) -> bool:
    """A colon-ended sentence without a cue naming aims, tasks or measures, reporting no past."""
    announcing, past, _ = _lead_in_res(language)
    return text.rstrip().endswith(":") and bool(announcing.search(text)) and not past.search(text)


def _is_agreement_lead(text: str, language: str) -> bool:
    """A treaty's lead-in of lettered provisions (`The Parties agree as follows:`)."""
    return text.rstrip().endswith(":") and bool(_lead_in_res(language)[2].search(text))


@cache
def _treaty_heading_re(language: str) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(commitment_vocab(language)["treaty_headings"]) + r")\s*", re.I)


@cache
def _article_citation_re(language: str) -> re.Pattern[str]:
    v = commitment_vocab(language)
    article = "|".join(v["article_references"])
    return re.compile(
        rf"^\s*(?:{phrase_alternation(v['article_citations'])})\s+(?:{article})[^,;:]{{0,80}},", re.I
    )


def _reads_as_treaty(segment: dict[str, Any], operative: int | None, language: str) -> bool:
    """A passage in a treaty's operative part, or a sentence opening by citing an instrument's
    article (`Under Article 5,`, `En vertu de l'article 5,`): it sets out what the instrument lays
    down, as the instrument's own articles do."""
    in_articles = operative is not None and int(segment["start"]) >= operative
    return in_articles or bool(_article_citation_re(language).match(segment["text"]))


def operative_start(segments: list[dict[str, Any]], language: str = vocab.DEFAULT_LANGUAGE) -> int | None:
    """Where a document's operative part starts, when it is an agreement, treaty or arrangement:
    its start if it is set out in articles (a heading `Article 3`), else the formula of agreement
    that opens it (`Sont convenus des dispositions suivantes :`, `have agreed as follows:`), what
    comes before being recitals and narrative. There a party's present indicative is an obligation.
    None for other documents, a court's decision among them (its articles are orders)."""
    language = vocab.language_of(language)
    heading = _treaty_heading_re(language)
    judicial = phrase_pattern(commitment_vocab(language)["judicial_markers"], r"\b", r"(?!\w)")
    if any(judicial.search(s["text"]) for s in segments):
        return None  # a court's decision: its articles are orders
    if any(s["kind"] == "heading" and heading.fullmatch(s["text"]) for s in segments):
        return min(int(s["start"]) for s in segments)
    formulae = [int(s["start"]) for s in segments if _is_agreement_lead(s["text"], language)]
    return min(formulae) if formulae else None


@cache
def _obligation_res(
    language: str,
) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A party (or `the Parties`, a committee) leading the sentence, then the word after it; a
    present passive with an agent; and the words after a subject that make no obligation."""
    v = commitment_vocab(language)
    party_names = phrase_alternation(n for ns in v["parties"].values() for n in ns)
    dets = phrase_alternation(v["treaty_determiners"])
    det = rf"(?:(?:{dets})(?:\s+|(?<=['’])))?"
    joiners = phrase_alternation(v["subject_joiners"])
    links = phrase_alternation(v["owner_links"])
    leads = []
    for names in (party_names, "|".join(v["treaty_subjects"])):  # a party's name first
        subject = rf"{det}(?:[\w'’-]+\s+){{0,3}}?(?:{names})\b"
        # a body's complements and a parenthetical after it (`Un comité de suivi, coprésidé par ...,
        # se réunit`, `A Migration Committee, co-chaired by ..., monitors`)
        rest = rf"(?:\s+(?:{links})\s*[\w'’-]+){{0,2}}(?:\s*,[^,;:]{{1,160}},)?"
        leads.append(
            re.compile(
                rf"^\s*(?:[^,;:]{{1,140}},\s*)?{subject}(?:\s+(?:{joiners})\s+{subject})?{rest}\s+(?P<verb>[\w'’-]+)",
                re.I,
            )
        )
    passive = re.compile("|".join(v["treaty_passives"]), re.I)
    past = "|".join(v["past_tense"])
    stops = frozenset(w.lower() for w in [*v["not_obligation_verbs"], *v["oblique_prepositions"]])
    return tuple(leads), re.compile(rf"(?:{past})", re.I), passive, stops


def _lists_states(text: str, verb: str, end: int, language: str) -> bool:
    """A joiner taken for the verb, right before a state's name, goes on with a list of names:
    `between the United Kingdom, France and Belgium concerning ...`, `in the English, French and
    Dutch languages`."""
    if verb.lower() not in {j.lower() for j in commitment_vocab(language)["subject_joiners"]}:
        return False
    found = mentions(text[end : end + 40], language)
    return bool(found) and found[0].start <= 4 and found[0].kind in (NAME, ADJECTIVE)


def present_obligation(
    text: str, language: str = vocab.DEFAULT_LANGUAGE, analysis: SentenceAnalysis | None = None
) -> Cue | None:
    """A treaty's present of obligation as a cue of modality `will`: a party leading the sentence
    with a verb that is no permission, past or negation (`France makes available ...`, `Le
    Royaume-Uni prend en charge ...`, any state by its name: `le Maroc délivre ...`), or a present
    passive whose agent is a party (`The costs are borne by the United Kingdom`). None when the
    sentence has neither. ``analysis``: the text's, when the extractor has it."""
    language = vocab.language_of(language)
    leads, past, passive, stops = _obligation_res(language)
    text = _article_citation_re(language).sub(_blank, text)  # `En vertu de l'article 5, l'Irlande ...`
    auxiliaries = {w.lower() for w in commitment_vocab(language)["treaty_passive_auxiliaries"]}
    for lead in leads:
        m = lead.match(text)
        if m:
            verb = m.group("verb")
            tasked = vocab_alternation(language, "obligation_predicates", prefix="", suffix=r"\b").match(
                text, m.start("verb")
            )
            if tasked:  # `La commission mixte est chargée de suivre ...`
                return Cue(tasked.start(), tasked.end(), "will")
            if verb.lower() in auxiliaries:
                break  # `L'officier français est affecté à ...`: a passive, read below
            if _no_obligation_verb(verb, stops, past):
                return None
            if _lists_states(text, verb, m.end("verb"), language):
                break  # a party joined to another state (`La France et la Belgique`): read as states
            return Cue(m.start("verb"), m.end("verb"), "will")
    state = _state_subject(text, language, analysis)
    if state is not None:
        return state
    pm = passive.search(text)
    if pm and (_agents(text, pm.start(), language, analysis) or _joint_after(text, pm.end(), language)):
        return Cue(pm.start(), pm.start(), "will")  # empty: the agent after it is the actor
    agentless = _agentless_passive(text, language)
    return Cue(agentless.end(), agentless.end(), "will") if agentless else None  # the Parties act


def _agentless_passive(text: str, language: str) -> re.Match[str] | None:
    """A treaty article's present passive naming no agent (`Les personnes non admises sont
    réacheminées ...`): an obligation of the Parties together."""
    return vocab_alternation(language, "treaty_agentless_passives", prefix="", suffix="").search(text)


def _state_subject(text: str, language: str, analysis: SentenceAnalysis | None) -> Cue | None:
    """A state leading the sentence by its name, any state (`le Maroc délivre ...`, `Ireland
    readmits ...`), with a verb that is no permission, past or negation: the obligation's verb."""
    found = analysis.mentions if analysis is not None else mentions(text, language)
    if not found or found[0].kind not in (NAME, ADJECTIVE):
        return None
    first = found[0]
    state = _last_coordinated(text, found, language)  # `Les autorités françaises et belges détachent`
    leading, trailing = _subject_res(language)
    if state.kind == NAME:
        verb = (
            re.match(r"\s+([\w'’-]+)", text[state.end :])
            if leading[0].fullmatch(text[: first.start])
            else None
        )
    elif leading[1].fullmatch(text[: first.start]):  # `La police fédérale belge renforce ...`
        verb = re.match(r"\s+([\w'’-]+)", text[state.end :])
    else:  # `The Belgian Federal Police make available ...`
        verb = trailing.match(text[state.end :]) if leading[0].fullmatch(text[: first.start]) else None
    if verb is None:
        return None
    _, past, _, stops = _obligation_res(language)
    word = verb.group(1)
    if _no_obligation_verb(word, stops, past):
        return None
    return Cue(state.end + verb.start(1), state.end + verb.end(1), "will")


def _no_obligation_verb(verb: str, stops: frozenset[str], past: re.Pattern[str]) -> bool:
    """A word after a treaty's subject that binds to nothing: a permission, a stance, a past, or a
    negation, elided before the verb too (`La partie française n'a pas donné suite`)."""
    elided = re.match(r"(\w+['’])\w", verb)
    return (
        verb.lower() in stops
        or bool(past.fullmatch(verb))
        or bool(elided and elided.group(1).lower() in stops)
    )


def _last_coordinated(text: str, found: Sequence[Mention], language: str) -> Mention:
    """The last of the states of the same kind that a subject joins to its first (`La France et la
    Belgique`, `The French and Belgian authorities`): the verb follows it. A state's name joined to
    an adjective qualifies the same noun as the adjective does (`The French and Netherlands port
    authorities`): it stands as an adjective."""
    joiners = phrase_alternation(commitment_vocab(language)["subject_joiners"])
    state = found[0]
    for nxt in found[1:]:
        gap = text[state.end : nxt.start]
        if not re.fullmatch(rf"\s*(?:,\s*|(?:{joiners})\s+)(?:\w+\s+)?", gap, re.I):
            break
        if nxt.kind != state.kind and not (state.kind == ADJECTIVE and nxt.kind == NAME):
            break
        state = dataclasses.replace(nxt, kind=state.kind)
    return state


@cache
def _subject_res(language: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], re.Pattern[str]]:
    """What may lead a state that is a subject: a determiner, or a determiner and a state's force
    named before its adjective (`La police fédérale belge`); and, after an adjective, the force it
    qualifies then the verb (`Belgian Federal Police make`)."""
    v = commitment_vocab(language)
    det = rf"\s*(?:(?:{phrase_alternation(v['treaty_determiners'])})(?:\s+|(?<=['’])))?"
    force = rf"(?:{'|'.join(v['state_forces'])})"
    words = r"(?:[\w'’-]+\s+){0,2}?"
    return (
        (re.compile(det, re.I), re.compile(rf"{det}{force}\s+{words}", re.I)),
        re.compile(rf"\s+{words}(?:{force}\s+)+([\w'’-]+)", re.I),
    )


def _joint_after(text: str, at: int, language: str) -> bool:
    """Both parties named right after ``at`` (`shared equally between the Participants`)."""
    return bool(vocab_alternation(language, "joint_subjects").match(text[at:].lstrip()))
