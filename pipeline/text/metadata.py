"""Title, date, place, type, parties and signatories, read from a document's own text.

A file dropped into ``raw/`` needs no other step: everything here comes from the normalised
text, by rules over its first paragraphs (the header), its datelines and its signature block,
in English or French (the cues side by side in ``vocab/metadata.yaml``). Only what the text
does not say comes from the file name (``YYYY-MM-DD_short-name.txt``, the naming convention of
``raw/``): a title when the text has no heading, a date when it states none. A date that cannot
be read is reported as missing, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from typing import Any

from pipeline import vocab
from pipeline.text.dates import complete_date, find_dates, find_partial_dates, years_in
from pipeline.text.language import detect_language
from pipeline.text.normalise import ends_sentence
from pipeline.text.segment import classify_paragraph, paragraphs
from pipeline.text.states import ADJECTIVE, NAME, state_forms, state_mentions, states_in


@dataclass(frozen=True)
class DocumentMetadata:
    title: str
    title_source: str  # heading | filename | none
    doc_date: dt.date | None
    doc_date_source: str  # dateline | signature | title | header | published | filename | missing
    published_date: dt.date | None
    place: str | None
    doc_type: str
    parties: str
    signatories: str | None
    source_url: str | None
    language: str


_WORD = r"[A-ZÀ-Ý][\w'’\-]+"
_PLACE = rf"{_WORD}(?:\s(?:(?:sur|upon|de|la|le|en)\s)*{_WORD})*"
_URL = re.compile(r"https?://[^\s)\]>,;]+")
_FILENAME_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?=[_\-. ]|$)")
UNTITLED = "Untitled document"


@cache
def _cfg() -> dict[str, Any]:
    return vocab.load("metadata")


# --- countries --------------------------------------------------------------------------------


def countries_in(text: str) -> list[str]:
    """ISO codes of the states named in ``text`` (English or French names, adjectives and
    combining forms, read by :mod:`pipeline.text.states`), in order of first mention."""
    return states_in(text)


# --- small predicates -------------------------------------------------------------------------


def _starts_with_cue(text: str, cues: list[str]) -> bool:
    low = text.lower()
    return any(low.startswith(c) for c in cues)


def _is_published(para: str) -> bool:
    return _starts_with_cue(para, _cfg()["published_cues"])


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(vocab.load("segment")["abbreviations"])


def strip_footnote_marks(text: str) -> str:
    """`Home Secretary¹` -> `Home Secretary`: footnote marks after a word, not the word."""
    marks = re.escape(_cfg()["footnote_marks"])
    return re.sub(rf"(?<=[\w)”’.])[{marks}]+", "", text).strip()


def _has_sentence_break(text: str) -> bool:
    """A full stop inside the line that ends a sentence (not `M.`, `No.`, `Rt Hon.`)."""
    # a token is tried from its start only (the same matches): from inside a 100 KB token, `\S+`
    # ran to its end and back for every character
    for m in re.finditer(r"(?<!\S)(\S+)[.!?]\s+(?=[A-ZÀ-Ý])", text):
        token = m.group(1)
        if f"{token}." not in _abbreviations() and not re.fullmatch(r"[A-Z]|\S*\.\S*", token):
            return True
    return False


def _type_of(text: str) -> str | None:
    """The type whose word comes first in ``text`` (`Accord ... (ensemble une annexe)` is a treaty,
    `Annex 2 to the Agreement` an annex); at one position, the type listed first."""
    doc_types: list[list[str]] = _cfg()["doc_types"]  # [type, pattern] pairs
    found = [
        (m.start(), i)
        for i, (_, pattern) in enumerate(doc_types)
        for m in [re.search(pattern, text, re.I)]
        if m
    ]
    return doc_types[min(found)[1]][0] if found else None


def is_heading_like(para: str) -> bool:
    """A title: a line that is not a sentence — no final punctuation, no sentence inside it,
    not opening in lower case, and short (longer only when it names a document type)."""
    text = strip_footnote_marks(para)
    words = text.split()
    if not words or text[:1].islower() or ends_sentence(text) or _has_sentence_break(text):
        return False
    if len(words) <= _cfg()["title_max_words"]:
        return True
    return len(words) <= _cfg()["typed_title_max_words"] and _type_of(text) is not None


@cache
def _skip_line_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _cfg()["title_skip_lines"]), re.I)


def _is_label(para: str) -> bool:
    return bool(_skip_line_re().fullmatch(para.strip()))


@cache
def _furniture_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _cfg()["page_furniture"]), re.I)


def is_page_furniture(para: str) -> bool:
    """A web capture's cookie banner, skip link or breadcrumb (`Home > Immigration > Border
    control`): no part of the document, read as if absent."""
    return bool(_furniture_re().fullmatch(para.strip()))


# --- datelines --------------------------------------------------------------------------------


MAX_PLACE_CHARS = 200  # a place and the capitalised words before it; more is not a place name


@cache
def _place_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s,–—-])(?:à\s+)?({_PLACE})$")


def _place_before(text: str) -> str | None:
    """The place name that ends ``text`` (`… du Royaume-Uni Calais` -> `Calais`): the longest run
    of capitalised words before the date that names no country."""
    # only the end of the text can hold it: a search over the whole of an 80 KB line of capitalised
    # words tried the run from each of its words (quadratic)
    m = _place_at_end().search(text, max(0, len(text) - MAX_PLACE_CHARS))
    if not m:
        return None
    words = m.group(1).split()
    for i in range(len(words)):
        candidate = " ".join(words[i:])
        if not countries_in(candidate) and candidate not in _cfg()["not_places"]:
            return candidate if re.fullmatch(_PLACE, candidate) else None
    return None


def _dateline(para: str, below_title: bool = False) -> tuple[str | None, dt.date] | None:
    """`Paris, 20 September 2014` -> ("Paris", date); `20 July 2021` -> (None, date); `House of
    Commons, London, 22 October 2024` -> ("London", date): the place is the last part before it."""
    dates = find_dates(para)
    if dates:  # a reference after a dash or a bracket ends the dateline (`Paris, le 15 mars 2017 — NOR
        # : INTV…`, `Calais – mercredi 9 septembre 2015 (seul le prononcé fait foi)`)
        dash = re.search(r"\s[—–]\s|\s\(", para[dates[0].end :])
        para = para[: dates[0].end + dash.start()] if dash else para
    # a line below the title closed by its date may name who it is for before its place (`Presented
    # to the Home Secretary and the Irish Minister for Justice, Dublin, 14 February 2023`); a title
    # so closed is a one-line header, split elsewhere
    closed = below_title and bool(dates) and not para[dates[0].end :].strip(" .")
    limit = _cfg()["closed_dateline_max_words" if closed else "dateline_max_words"]
    # a date counts three words however it is written (`3 October 2002`, `the third day of October,
    # two thousand and two`)
    words = len(para[: dates[0].start].split()) + 3 + len(para[dates[0].end :].split()) if dates else 0
    if not dates or _is_published(para) or words > limit:
        return None
    before = para[: dates[0].start].strip(" ,–-")
    before = re.sub(r"(?i)(?<!\s)\s*\ble$", "", before).strip(" ,")  # a space run tried once
    before = _weekday_end_re().sub("", before).strip(" ,–—-")  # `Calais – Mardi 22 septembre 2009`
    if not before or _is_bare_date(para):
        return None, dates[0].date
    if _not_a_place_word(before):  # `Diffusé le 4 avril 2012`: a word of publication, no place
        return None, dates[0].date
    if re.fullmatch(_PLACE, before) and not countries_in(before):
        return before, dates[0].date
    # `House of Commons, London, 22 October 2024`, `Press release — Home Office — London, 2 December 2021`
    parts = [p.strip() for p in re.split(r",|\s[—–]\s", before)]
    if len(parts) > 1 and re.fullmatch(_PLACE, parts[-1]) and not countries_in(parts[-1]):
        return parts[-1], dates[0].date
    # `La Haye, ministère de la Justice, jeudi 5 octobre 2023`: the place, then the venue in it
    if (
        len(parts) > 1
        and re.fullmatch(_PLACE, parts[0])
        and not countries_in(parts[0])
        and parts[1][:1].islower()
    ):
        return parts[0], dates[0].date
    return None


def _opening_dateline(para: str) -> tuple[str, dt.date] | None:
    """A press release's dateline opening its first paragraph (`Hanoi, 11 October 2022 – The
    ministers met ...`): the place before the date, a dash after it."""
    dates = find_dates(para)
    if not dates or not re.match(r"\s*[–—-]\s", para[dates[0].end :]):
        return None
    before = para[: dates[0].start].strip(" ,")
    if before and re.fullmatch(_PLACE, before) and not countries_in(before):
        return before, dates[0].date
    return None


@cache
def _weekday_end_re() -> re.Pattern[str]:
    days = "|".join(map(re.escape, vocab.load("dates")["weekdays"]))
    return re.compile(rf"(?i)(?:^|(?<=[\s,–—-]))(?:{days})$")


@cache
def _weekday_re() -> re.Pattern[str]:
    days = "|".join(map(re.escape, vocab.load("dates")["weekdays"]))
    return re.compile(rf"(?i)^(?:(?:le|on|the|du)\s+)?(?:(?:{days}),?\s+)?(?:the\s+)?$")


def _is_bare_date(para: str) -> bool:
    """A line that is only a date (`6 juillet 2009`, `Monday 2 November 2015`)."""
    dates = find_dates(para)
    if len(dates) != 1:
        return False
    before, after = para[: dates[0].start].strip(" ,"), para[dates[0].end :].strip(" .,")
    return not after and bool(_weekday_re().match(before))


def _embedded_dateline(para: str) -> tuple[str, dt.date, int, int] | None:
    """A dateline inside a heading line (`Ministère … Calais, le 20 août 2015 FAIRE FACE …`,
    `… sur l'immigration, à Evian le 6 juillet 2009`): (place, date, start, end)."""
    for d in find_dates(para):
        lead = para[: d.start]
        m = re.search(r"(?i)(?:,\s*(?:le\s+)?|(?<!\s)\s+le\s+)$", lead)  # a space run tried once
        if not m:
            continue
        place = _place_before(lead[: m.start()].rstrip())
        if place:
            start = lead.rfind(place, 0, m.start() + 1)
            return place, d.date, max(start, 0), d.end
    return None


# --- title ------------------------------------------------------------------------------------


def _lead_paragraphs(paras: Sequence[str]) -> list[int]:
    """Indexes of the header paragraphs that can hold the title: labels, datelines and
    publication lines are skipped; so are markings of fewer than two words (`LIMITE`, `OFFICIAL`,
    `2004 No. 1862`) and rows of a table (`0.9 | 27/07/2009 | Agreed`), which do not count
    towards the header's length either."""
    out, counted = [], 0
    for i, p in enumerate(paras):
        if _is_marking(p):
            continue
        counted += 1
        if counted > _cfg()["header_paragraphs"]:
            break
        if _is_label(p) or _is_published(p) or _is_bare_date(p) or _is_dated_label(p):
            continue
        dl = _dateline(p)
        if dl is not None and (dl[0] or _is_bare_date(p)) and not _titled_dateline(p):
            continue
        out.append(i)
    return out


def _is_dated_label(para: str) -> bool:
    """A short line that a date closes, a field (`Review completed: 24/11/2006`, `Date de dépôt :
    08/11/2017`) or a step of procedure (`Laid before Parliament 12th July 2004`): no title, unlike
    a heading a date closes (`UK-France Summit 3rd March 2016`)."""
    dates = find_dates(para)
    if not dates or para[dates[-1].end :].strip(" .") or _type_of(para) is not None:
        return False
    before = para[: dates[-1].start]
    if _word_count(before) > _cfg()["dated_label_max_words"]:
        return False
    return before.rstrip().endswith(":") or _procedure_step_re().match(before) is not None


@cache
def _procedure_step_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, _cfg()['procedure_steps']))})\b", re.I)


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more, no number


def _word_count(text: str) -> int:
    return len(_LETTER_WORD.findall(text))


def _is_marking(para: str) -> bool:
    """A header's marking, no title: a classification or a subject heading of one word, a number
    (`2004 No. 1862`), a table's row."""
    return "|" in para or _word_count(para) < 2


def _titled_dateline(para: str) -> bool:
    """A dateline whose dash is followed by a title, not by the first sentence (`THE HAGUE, 7
    November 2019 – Joint statement by the interior ministers ...`)."""
    dates = find_dates(para)
    after = re.match(r"\s*[–—-]\s+(.+)$", para[dates[0].end :]) if dates else None
    return after is not None and is_heading_like(after.group(1)) and _type_of(after.group(1)) is not None


def _shared_share(title: str, subtitle: str) -> float:
    words = {w.casefold() for w in re.findall(r"\w+", title)}
    other = {w.casefold() for w in re.findall(r"\w+", subtitle)}
    return len(words & other) / len(words) if words else 0.0


@cache
def _title_field_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(map(re.escape, _cfg()['title_fields']))})\s*:\s*(?P<v>\S.+)", re.I)


def _title_field(paras: Sequence[str]) -> str | None:
    """The value of a header's title field (`Title: UK contribution to ...`)."""
    for p in paras[: _cfg()["letter_header_paragraphs"]]:
        m = _title_field_re().fullmatch(p.strip())
        if m and is_heading_like(m.group("v")):
            return m.group("v")
    return None


def _read_title(paras: Sequence[str]) -> tuple[str | None, tuple[str, dt.date] | None]:
    """(title, embedded dateline) from the text's own heading; (None, …) when it has none. A
    header's title field names it first."""
    named = _title_field(paras)
    if named:
        return _clean_title(named), None
    lead = _lead_paragraphs(paras)
    if not lead:
        return None, None
    first = paras[lead[0]]
    embedded = _embedded_dateline(first)
    if embedded:
        place, date, start, end = embedded
        place = _without_signature_cue(place)
        after, before = first[end:].strip(" –-:,"), first[:start].strip(" –-,")
        before = _signature_cue_end().sub("", before).strip(" –-,")  # `…, signé à Londres le …`
        if _continues_dateline(after):  # `… le 29 juillet 2025 et à Paris le 30 juillet 2025`
            date = max([date, *(d.date for d in find_dates(after))])  # signed last on the last date
            after = ""
        for part in (after, before, first):  # a footnote's call after the date (`(1)`) is no title
            if part and is_heading_like(part) and _LETTER_WORD.search(part):
                title = part if part is not first else first[:start] + first[end:]
                return _clean_title(title), (place, date)
        return None, (place, date)
    continued = _title_continued(paras, lead)
    if continued:
        return _clean_title(continued), None
    if not is_heading_like(first):
        return None, None
    title = first
    cfg = _cfg()
    if len(lead) > 1 and len(strip_footnote_marks(first).split()) <= cfg["merge_title_max_words"]:
        nxt = paras[lead[1]]
        adjacent_or_after_dates = all(
            _is_published(p) or _dateline(p) is not None for p in paras[lead[0] + 1 : lead[1]]
        )
        if (
            adjacent_or_after_dates
            and is_heading_like(nxt)
            and classify_paragraph(nxt) != "dateline"
            and _shared_share(first, nxt) < cfg["merge_max_shared_words"]
        ):
            title = f"{first} – {nxt}"
    return _clean_title(title), None


@cache
def _letter_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cfg = _cfg()
    labels = "|".join(map(re.escape, cfg["subject_labels"]))
    salutations = "|".join(map(re.escape, cfg["salutations"]))
    return (
        re.compile(rf"(?:{labels})\s*:\s*(?P<subject>\S.{{3,300}}?)\s*\.?", re.I),
        re.compile(rf"(?:{salutations})\b[^.!?\n]{{0,80}},", re.I),
    )


def letter_header_lines() -> int:
    """How far into a text a letter's salutation and subject line are looked for."""
    return int(_cfg()["letter_header_paragraphs"])


def is_subject_line(line: str) -> bool:
    """A letter's or a circular's subject line (`Objet : circulaire relative à ...`)."""
    return _letter_res()[0].fullmatch(line.strip()) is not None


def is_salutation(line: str) -> bool:
    """A letter's salutation (`Dear Marjorie,`, `Monsieur le Président,`)."""
    return _letter_res()[1].fullmatch(line.strip()) is not None


def _letter_subject(paras: Sequence[str]) -> str | None:
    """A letter's or a circular's subject: its subject line (`Objet : circulaire relative à ...`)
    or the heading in capitals right after its salutation (`Dear Marjorie,` / `JUXTAPOSED CONTROLS:
    ...`), with a capital first letter; None in a text that is no letter."""
    label = _letter_res()[0]
    head = paras[: _cfg()["letter_header_paragraphs"]]
    for i, para in enumerate(head):
        m = label.fullmatch(para.strip())
        if m:
            subject = m.group("subject")
            return subject[:1].upper() + subject[1:]
        after = head[i + 1].strip() if i + 1 < len(head) else ""
        if is_salutation(para) and is_heading_like(after) and _in_capitals(after):
            return after
    return None


def _title_continued(paras: Sequence[str], lead: list[int]) -> str | None:
    """A title whose first line ends with a colon and goes on on the next (`Annex to the Summit
    Declaration of 10 February 2026:` / `Joint Action Plan on ...`): both lines, one title."""
    first = paras[lead[0]].rstrip()
    if not first.endswith(":") or len(lead) < 2 or lead[1] != lead[0] + 1:
        return None
    nxt = paras[lead[1]]
    if is_heading_like(first[:-1]) and is_heading_like(nxt) and classify_paragraph(nxt) != "dateline":
        return f"{first} {nxt.strip()}"
    return None


@cache
def _signature_cues() -> str:
    return "|".join(map(re.escape, _cfg()["signature_cues"]))


@cache
def _signature_cue_re() -> re.Pattern[str]:
    """A signing word anywhere in a paragraph (`signed`, `fait à`, `adopté`)."""
    return re.compile(rf"(?i)\b(?:{_signature_cues()})\b")


@cache
def _signature_cue_end() -> re.Pattern[str]:
    """A signature cue ending a heading's title part, before its embedded place (`…, SIGNÉ À`)."""
    return re.compile(rf"(?i),?\s*(?:{_signature_cues()})(?:\s+(?:à|at|in))?\s*$")


def _without_signature_cue(place: str) -> str:
    """`SIGNÉ ÀLONDRES` -> `Londres`: the place of a signature clause, without its cue, and in the
    case a name takes when a heading is set in capitals."""
    bare = re.sub(
        rf"(?i)^(?:{_signature_cues()})\s*(?:(?:à|at|in)(?:\s+|(?=[A-ZÀ-Ý]{{2}})))?", "", place
    ).strip()
    if not bare:
        return place
    return bare.title() if bare.isupper() else bare


def _continues_dateline(text: str) -> bool:
    """The rest of a heading after its dateline goes on with another (`et à Paris le 30 juillet
    2025`, `and in Paris on 30 July`): a second place and date of signature, no title."""
    joins = "|".join(map(re.escape, _cfg()["dateline_joins"]))
    return bool(re.match(rf"(?i)(?:{joins})\b", text)) and bool(find_dates(text))


CAPITALS_SHARE = 0.8  # a heading whose letters are at least this share capitals is set in capitals
_LETTERS = re.compile(r"[^\W\d_]+")


def _in_capitals(text: str) -> bool:
    letters = "".join(_LETTERS.findall(text))
    return bool(letters) and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def recased(title: str, paras: Sequence[str]) -> str:
    """A heading set in capitals (`ACCORD ENTRE LE GOUVERNEMENT DE LA RÉPUBLIQUE FRANÇAISE ...`) in
    the case its words take in running text: each word as the body writes it inside a sentence (or a
    state's name as CLDR writes it), else in lower case; the first letter a capital. A heading in
    mixed case is kept as written."""
    letters = "".join(_LETTERS.findall(title))
    if len(letters) < 2 * len(title.split()) or not _in_capitals(title):
        # a heading whose opening words only are set in capitals (`SECOND ADDITIONAL PROTOCOL to the
        # Agreement ...`): those words recased, the rest kept
        head = re.match(r"(?:[^\W\d_]{2,}[\s,'’-]+){2,}?(?=[^\W\d_]*[a-zà-ÿ])", title)
        if head is None or not head.group(0).strip().isupper():
            return title
        others = [p for p in paras if p.strip() != title.strip()]
        return recased(head.group(0).rstrip(), others) + title[len(head.group(0).rstrip()) :]
    cased = {
        **_fixed_casing(title.casefold()),
        **_body_casing(tuple(p for p in paras if p.strip() != title.strip())),
    }
    out = _LETTERS.sub(lambda m: cased.get(m.group(0).casefold(), m.group(0).lower()), title)
    return out[:1].upper() + out[1:]


def _fixed_casing(folded_title: str) -> dict[str, str]:
    """Words whose case does not depend on the text: the names and (English) adjectives of states
    as CLDR and the states vocabulary write them (a name of several words only when the heading
    holds all of it: `Royaume-Uni de Grande-Bretagne et d'Irlande du Nord`), and the metadata
    vocabulary's `title_case_words` (month names, institutions)."""
    single, several = _state_casing()
    cased = {**{w.casefold(): w for w in _cfg()["title_case_words"]}, **single}
    for form, words in several:
        if form in folded_title:
            cased.update(words)
    return cased


@cache
def _state_casing() -> tuple[dict[str, str], tuple[tuple[str, dict[str, str]], ...]]:
    """The capitalised words of states' names and adjectives, read once: those of one-word forms,
    and each form of several words (case-folded) with its own."""
    single: dict[str, str] = {}
    several: list[tuple[str, dict[str, str]]] = []
    for language in vocab.LANGUAGES:
        for form, _, kind in state_forms(language):
            if kind not in (NAME, ADJECTIVE):
                continue
            words = {w.casefold(): w for w in _LETTERS.findall(form) if w[:1].isupper()}
            if " " in form:
                several.append((form.casefold(), words))
            else:
                single.update(words)
    return single, tuple(several)


def _body_casing(paras: tuple[str, ...]) -> dict[str, str]:
    """word (case-folded) -> how running text writes it: the commonest form inside a sentence, in
    paragraphs not set in capitals themselves."""
    seen: dict[str, dict[str, int]] = {}
    for para in paras:
        if sum(c.isupper() for c in para) > sum(c.islower() for c in para):
            continue  # another heading in capitals is no evidence of case
        for m in _LETTERS.finditer(para):
            if not _opens_sentence_at(para, m.start()):
                forms = seen.setdefault(m.group(0).casefold(), {})
                forms[m.group(0)] = forms.get(m.group(0), 0) + 1
    return {word: max(forms, key=lambda f: (forms[f], f.islower())) for word, forms in seen.items()}


SENTENCE_GAP_CHARS = 40  # how far back a word looks for what opens its sentence (a bounded look)


def _opens_sentence_at(para: str, at: int) -> bool:
    """The word at ``at`` opens its paragraph, a sentence (after `.`, `!`, `?` or `:` and a space)
    or a quotation (`«`, `“`, `"`, `(`): its capital says nothing of its case. Only the few
    characters before it are read, so a long paragraph stays linear."""
    window = para[max(0, at - SENTENCE_GAP_CHARS) : at]
    before = window.rstrip()
    if not before:
        return at <= SENTENCE_GAP_CHARS
    return before[-1] in '«“"(' or (before[-1] in ".!?:" and before != window)


def _clean_title(title: str) -> str:
    title = re.sub(rf"^{_cfg()['breadcrumb_prefix']}", "", title)  # the trail is page furniture
    title = _genre_prefix_re().sub("", title, count=1) or title  # `Fact sheet – <title>`
    return re.sub(r"\s+", " ", strip_footnote_marks(title)).strip(" .–-")


@cache
def _genre_prefix_re() -> re.Pattern[str]:
    """A page's genre label before a dash on its title's line (`Official Statistics – ...`)."""
    labels = "|".join(f"(?:{p})" for p in _cfg()["title_genre_prefixes"])
    return re.compile(rf"^\s*(?:{labels})\s*[–—-]\s+(?=\S)", re.I)


def title_from_filename(source_file: str | None) -> str | None:
    """`2016-10-10_rudd-cazeneuve-joint-press-statement.txt` -> `Rudd Cazeneuve Joint Press
    Statement`: the file name without its date prefix, language suffix and extension."""
    if not source_file:
        return None
    stem = PurePosixPath(source_file).name
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem)
    stem = _FILENAME_DATE.sub("", stem).strip("_-. ")
    languages = vocab.load("language")["candidates"]
    stem = re.sub(rf"[_\-](?:{'|'.join(languages)})$", "", stem, flags=re.I)
    words = [w for w in re.split(r"[\s_\-]+", stem) if w]
    if not words:
        return None
    cfg = _cfg()
    acronyms, lower = set(cfg["filename_acronyms"]), set(cfg["filename_lower_words"])
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in acronyms:
            out.append(low.upper())
        elif low in lower and i:
            out.append(low)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def date_from_filename(source_file: str | None) -> dt.date | None:
    """The ISO date prefix of a file name (`2015-07-02_…`), when it is a real date."""
    if not source_file:
        return None
    m = _FILENAME_DATE.match(PurePosixPath(source_file).name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# --- date and place ---------------------------------------------------------------------------


def _read_published(paras: Sequence[str]) -> dt.date | None:
    """`Published 20 July 2021`, `Publié le 4 mai 2019`, or the cue alone on its line and the date
    on the next (`Published` / `10 March 2023`, as web pages lay it out)."""
    for i, p in enumerate(paras):
        if _is_published(p) and len(p.split()) <= 10:
            dates = find_dates(p)
            if dates:
                return dates[0].date
            if i + 1 < len(paras) and len(p.split()) <= 3 and _is_bare_date(paras[i + 1]):
                return find_dates(paras[i + 1])[0].date
    return None


@cache
def _signature_opening_re() -> re.Pattern[str]:
    openings = sorted(_cfg()["signature_openings"], key=len, reverse=True)  # the longest first
    return re.compile(rf"\W*(?:{'|'.join(map(re.escape, openings))})\b", re.I)


def _reports_in_a_sentence(para: str) -> bool:
    """A header paragraph that is prose about other things, not the text's own signature line:
    several sentences, or a sentence whose signing word stands deep inside it (`... l'accord entre la
    France et la Belgique, signé à Tournai le ...`), not at its head (`Declaration signed by ...`)."""
    cue = _signature_cue_re().search(para)
    deep = cue is not None and len(para[: cue.start()].split()) > _cfg()["dateline_max_words"]
    return _has_sentence_break(para) or (ends_sentence(para) and deep)


def _signature(paras: Sequence[str]) -> tuple[dt.date, str | None] | None:
    """`Declaration signed … in London on 2 November 2010`, `Fait à Londres, le 20 août 2015`; a
    text signed on two dates is dated by the last signature, and placed where it was made. The
    signature block at the end is read before the header, whose recitals name earlier texts'
    signatures (`Recalling the Treaty signed at Le Touquet on 4 February 2003`)."""
    header = list(paras[: _cfg()["header_paragraphs"]])
    tail = list(paras[max(len(header), len(paras) - 8) :])
    # a sentence of the header reporting another text's signature (`a présenté un projet de loi
    # autorisant l'approbation de l'accord ..., signé à Tournai le 18 novembre 2009.`) dates nothing
    header = [p for p in header if not _reports_in_a_sentence(p)]
    # a closing formula above an annex (`Signed at Rabat on 18 October 2012 ...` / `Annex: budget`)
    body = [
        p for p in paras[len(header) : max(len(header), len(paras) - 8)] if _signature_opening_re().match(p)
    ]
    for p in tail + header + body[::-1]:
        signed = []
        for d in find_dates(p):
            lead = p[max(0, d.start - 120) : d.start]
            closes = re.search(r"(?i)\b(?:on|le|du|the)\s+$|,\s*$", lead)
            if closes and _signature_cue_re().search(lead):
                pm = re.search(rf"\b(?:in|at|à)\s+({_PLACE}),?\s+(?:on\s+|le\s+)?(?:the\s+)?$", lead)
                place = pm.group(1) if pm and not countries_in(pm.group(1)) else None
                signed.append((d.date, place))
        if signed:  # signed on two dates (`at London on 14 May and at Paris on 21 May`): the last
            return max(signed, key=lambda s: s[0])
    return None


def _answer_date(paras: Sequence[str]) -> dt.date | None:
    """The date a parliamentary question was answered: after the answer's cue, on its line or the
    next; the cue opens its line, or stands further on in a header line that dates the question
    first (`Question publiée au JO le : 17/02/2009 – Réponse publiée au JO le : 23/06/2009`)."""
    n = int(_cfg()["answer_date_lines"])
    header = int(_cfg()["header_paragraphs"])
    cue_re = re.compile("|".join(map(re.escape, _cfg()["answer_cues"])), re.I)
    for i, p in enumerate(paras):
        cue = cue_re.search(p)
        if cue is None or (cue.start() and i >= header):
            continue
        for k, line in enumerate(paras[i : i + n]):
            dates = [d.date for d in find_dates(line) if k or d.start >= cue.start()]
            if dates:
                return dates[0]
    return None


def _tie_year(source_file: str | None) -> int | None:
    d = date_from_filename(source_file)
    return d.year if d else None


def _partial_in(text: str, years: list[int], tie_year: int | None, need_weekday: bool) -> dt.date | None:
    for partial in find_partial_dates(text):
        if need_weekday and partial.weekday is None:
            continue
        date = complete_date(partial, years, tie_year)
        if date:
            return date
    return None


def _header_date(header: list[str], years: list[int], tie: int | None) -> tuple[dt.date, str] | None:
    """(date, `dateline` or `header`) from the header paragraphs that are not publication lines."""
    # publication lines (`Published 20 July 2021`, or `Published` / `10 March 2023`) date the page
    body = [
        p
        for i, p in enumerate(header)
        if not (_is_published(p) or (i and _is_published(header[i - 1]) and _is_bare_date(p)))
    ]
    for p in body:
        if _is_bare_date(p):
            return find_dates(p)[0].date, "dateline"
    for p in body:  # `visited Paris today (Thursday 2 July)`: the day name fixes the year
        dated = _partial_in(p, years, tie, need_weekday=True)
        if dated:
            return dated, "header"
    for p in body:
        dates = find_dates(p)
        if dates:
            return dates[0].date, "header"
    return None


def _read_date(
    paras: Sequence[str], title: str, embedded: tuple[str, dt.date] | None, source_file: str | None
) -> tuple[dt.date | None, str, str | None]:
    """(date, where it was read, place when the same line names one)."""
    header = list(paras[: _cfg()["header_paragraphs"]])
    if embedded:
        return embedded[1], "dateline", embedded[0]
    reply = _reply_dateline(paras, title)
    if reply:
        return reply[1], "dateline", reply[0]
    for i, p in enumerate(header):
        dl = _dateline(p, below_title=i > 0) or _opening_dateline(p)
        if dl and dl[0]:
            return dl[1], "dateline", dl[0]
    signed = _signature(paras)
    if signed:
        return signed[0], "signature", signed[1]
    answered = _answer_date(paras)
    if answered:
        return answered, "published", None
    years = years_in("\n".join(paras))
    tie = _tie_year(source_file)
    title_dates = find_dates(title)
    if title_dates:
        return title_dates[0].date, "title", None
    in_title = _partial_in(title, years, tie, need_weekday=False)
    if in_title:
        return in_title, "title", None
    in_header = _header_or_closing_date(header, paras, years, tie)
    if in_header:
        return in_header[0], in_header[1], None
    published = _read_published(paras)
    if published:
        return published, "published", None
    from_name = date_from_filename(source_file)
    if from_name:
        return from_name, "filename", None
    return None, "missing", None


def _reply_dateline(paras: Sequence[str], title: str) -> tuple[str, dt.date] | None:
    """An exchange of letters is concluded by the reply: its date and place are the latest of the
    datelines its letters open with (`London, 26 September 2002` ... `Brussels, 3 October 2002`)."""
    named = "\n".join([title, *paras[:1]])  # the title, or the heading it was not read from
    if not re.search(_cfg()["reply_concluded_genres"], named, re.I):
        return None
    datelines = [dl for dl in map(_dateline, paras) if dl and dl[0]]
    if len(datelines) < 2:
        return None
    place, date = max(datelines, key=lambda dl: dl[1])
    return (place, date) if place else None


@cache
def _place_phrase_res() -> list[re.Pattern[str]]:
    return [re.compile(p.replace("{place}", f"({_PLACE})")) for p in _cfg()["place_phrases"]]


def _meeting_place(paras: Sequence[str]) -> str | None:
    """`met in London`, `visited Paris`, `se sont entretenus aujourd'hui à Londres`."""
    for p in paras[: _cfg()["header_paragraphs"]]:
        for pattern in _place_phrase_res():
            for m in pattern.finditer(p):
                place = m.group(1)
                if not countries_in(place) and not _not_a_place_word(place):
                    return place
    return None


def _not_a_place_word(place: str) -> bool:
    """The capitalised words are no place: a month, a weekday, a word such as `Parliament`; an
    article opening a longer name (`The Hague`) is part of it."""
    words = place.split()
    not_places = _cfg()["not_places"]
    return (
        bool(words)
        and words[0] in not_places
        and (len(words) == 1 or words[0] not in _cfg()["place_articles"])
    )


def _parliament_place(paras: Sequence[str]) -> str | None:
    """Where a statement to a parliament or a parliamentary answer is made: the parliament's seat."""
    header = "\n".join(paras[: _cfg()["header_paragraphs"]])
    for place, pattern in _cfg()["parliament_places"]:
        if re.search(pattern, header, re.I):
            return str(place)
    return None


def _header_or_closing_date(
    header: list[str], paras: Sequence[str], years: list[int], tie: int | None
) -> tuple[dt.date, str] | None:
    """A header's dateline; else the datelines closing the text (a letter's `Paris, le 11 janvier
    2010`); else a date a header sentence mentions."""
    in_header = _header_date(header, years, tie)
    closing = _closing_date(paras)
    if closing and (in_header is None or in_header[1] == "header"):
        return closing, "dateline"
    return in_header


def _closing_date(paras: Sequence[str]) -> dt.date | None:
    """The date of the datelines or bare dates that close the text (its last lines: `9 October 2007`):
    the last, when two sign it (`Paris, le 4 janvier 2010` / `Paris, le 11 janvier 2010`); a date a
    header sentence mentions (`Par décret du 17 décembre 2009, vous avez été nommé`) dates less
    surely."""
    last = list(paras[-5:])
    dates = [
        dl[1]
        for i, p in enumerate(last[1:], start=1)
        if (dl := _dateline(p)) and (dl[0] or _is_bare_date(p)) and not _is_published(last[i - 1])
    ]
    return max(dates) if dates else None


def _closing_dateline(paras: Sequence[str]) -> str | None:
    """A dateline that closes the text (`London, 6 October 2014` as its last lines)."""
    for p in paras[-3:]:
        dl = _dateline(p)
        if dl and dl[0]:
            return dl[0]
    return None


def _signature_place(paras: Sequence[str]) -> str | None:
    """The place of a closing signature formula with no date (`Fait à Nouakchott, en trois
    exemplaires originaux`, `Done at London in duplicate`, `Signed in duplicate at Rabat on the
    twenty-fourth day of June`)."""
    for p in paras[-8:]:
        opening = _signature_opening_re().match(p)
        at = (
            re.match(rf"\s+({_PLACE})", p[opening.end() : opening.end() + MAX_PLACE_CHARS])
            if opening
            else None
        )
        if at and not countries_in(at.group(1)) and not _not_a_place_word(at.group(1)):
            return at.group(1)
    return None


def _english_place(place: str | None) -> str | None:
    """The place in English (`Londres` -> London), in its case (`THE HAGUE` -> The Hague), or the
    seat of the body a dateline names in its stead (`Home Office, 6 July 2009` -> London)."""
    if place is None or any(c.isdigit() for c in place):
        return None  # no place's name holds a figure (`UK20` is a code or a run-together line)
    place = place.title() if place.isupper() and len(place) > 3 else place
    exonyms: dict[str, str] = _cfg()["exonyms"]
    seats: dict[str, str] = _cfg()["seats"]
    return seats.get(place) or exonyms.get(place, place)


# --- type -------------------------------------------------------------------------------------


@cache
def _reported_re() -> re.Pattern[str]:
    cfg = _cfg()
    verbs = "|".join(map(re.escape, sorted(cfg["reporting_verbs"], key=len, reverse=True)))
    types = "|".join(f"(?:{p})" for _, p in cfg["doc_types"])
    gap = cfg["reporting_max_words_between"]
    return re.compile(rf"(?i)\b(?:{verbs})\b(?:\s+[\w’'-]+){{0,{gap}}}?\s+(?:{types})")


@cache
def _self_reference_re() -> re.Pattern[str]:
    cfg = _cfg()
    refs = "|".join(map(re.escape, cfg["self_references"]))
    types = "|".join(f"(?:{p})" for _, p in cfg["doc_types"])
    return re.compile(rf"(?i)(?<!\w)(?:{refs})\s+(?:joint\s+|commune?\s+|conjointe?\s+)?(?:{types})")


def _reported_type() -> str:
    reported: str = _cfg()["reported_type"]
    return reported


def _type_in_heading(text: str) -> str | None:
    if _reported_re().search(text):
        return _reported_type()
    return _type_of(text)


def _read_doc_type(title: str, paras: Sequence[str]) -> str:
    """The title's type word; else a short header line's (`Communiqué de presse commun`); else
    the body naming itself (`this declaration`); a text that reports a signing is an account of
    it. Never a type word the text merely mentions (`the Amiens agreement`)."""
    found = _type_in_heading(title)
    if found:
        return found
    header = list(paras[: _cfg()["header_paragraphs"]])
    for p in header:
        if is_heading_like(p) or _is_label(p):
            found = _type_in_heading(p)
            if found:
                return found
    for p in paras:
        m = _self_reference_re().search(p)
        if m:
            found = _type_of(m.group(0))
            if found:
                return found
    if any(_reported_re().search(p) for p in header):
        return _reported_type()
    return "other"


# --- parties and signatories ------------------------------------------------------------------


def _read_parties(title: str, paras: Sequence[str], signatories: list[tuple[str, str, str | None]]) -> str:
    """The states whose document it is. A title or a signatory naming a state beyond the UK and
    France names the parties: those it names (a state the body names in passing, as a host or a
    partner, is none), with the UK or France counted from the body only when the title names
    neither (the one whose parliament or seat the header names, if any). Otherwise the UK and
    France wherever the text names them (or an office of theirs), with any other state that is a
    main subject of the text (:func:`_main_subjects`)."""
    cfg = _cfg()
    principal = cfg["principal_parties"]
    whole = "\n".join(paras)
    in_body = [c for c in countries_in(whole) if c in principal] + _offices_in(whole)
    named = countries_in(_destination_re().sub(" ", title)) + _offices_in(title)
    named += [code for _, _, code in signatories if code]
    if any(c not in principal for c in named):
        # the title names only partners: the UK or France from the body, the one whose parliament
        # the header names when it names one (a statement to the Commons is the UK's, whatever
        # other state it mentions)
        seat = _cfg()["seat_parties"].get(_parliament_place(paras) or "")
        found = named if any(c in principal for c in named) else named + ([seat] if seat else in_body)
        named = named + ([seat] if seat else [])
    else:
        members = _meeting_members(paras)
        found = in_body + named + _main_subjects(paras[1:]) + members
        named = named + members
    found = _without_passing_principal(list(dict.fromkeys(found)), named, whole)
    order = cfg["party_order"]
    ranked = [c for c in order if c in found] + [c for c in found if c not in order]
    return ";".join(ranked)


def _without_passing_principal(found: list[str], named: list[str], body: str) -> list[str]:
    """In a text with a partner state among its parties, the UK or France that the body names far
    less often than the other (`passing_principal_share`), and neither title, signatory nor
    meeting names, is a state named in passing (a co-funder, a neighbour), no party."""
    principal = _cfg()["principal_parties"]
    if all(c in principal for c in found):
        return found
    counts = {c: 0 for c in principal}
    for m in state_mentions(body):
        if m.code in counts:
            counts[m.code] += 1
    for code in _offices_in(body):
        if code in counts:
            counts[code] += 1
    most = max(counts.values())
    share = float(_cfg()["passing_principal_share"])
    return [c for c in found if c not in principal or c in named or counts[c] >= share * most]


@cache
def _destination_re() -> re.Pattern[str]:
    """A destination's link and the name after it (up to four words, `the United Kingdom`), a
    proper name (`vers le littoral belge` names a place, no destination state)."""
    links = "|".join(re.escape(link) for link in _cfg()["destination_links"])
    name = r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*"
    return re.compile(rf"(?<!\w)(?:{links})\s*(?:the\s+)?{name}(?:\s+[\w'’-]+){{0,3}}", re.I)


@cache
def _members_re() -> re.Pattern[str]:
    return re.compile(_cfg()["member_openings"], re.I)


@cache
def _counterparts_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in _cfg()["counterpart_openings"])


def _meeting_members(paras: Sequence[str]) -> list[str]:
    """The states whose ministers the opening of the text says met (`The interior ministers of
    Belgium, France, Germany and the United Kingdom met in London`), or whose counterparts a
    minister met (`avec ses homologues britannique et néerlandais`): each is a party."""
    for p in paras[1 : _cfg()["header_paragraphs"]]:
        m = _members_re().search(p)
        if m:
            return countries_in(m.group("states"))
        for counterparts in _counterparts_res():
            c = counterparts.search(p[: int(_cfg()["opening_max_chars"])])
            if c and countries_in(c.group("states")):
                return countries_in(c.group("states"))
    return []


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=\S)")


def _main_subjects(paras: Sequence[str]) -> list[str]:
    """States beyond the UK and France that open sentences as their subject (`Belgium will ...`,
    `The Belgian police will ...`) at least ``main_subject_min`` times and at least half as often
    as the UK or France does: a party of the text, though no title names it."""
    cfg = _cfg()
    dets = {d.casefold() for d in cfg["subject_determiners"]}
    counts: dict[str, int] = {}
    for para in paras:
        for m in _SENTENCE_START.finditer(para):
            head = para[m.end() : m.end() + 80]
            opening = _opening_state(head, dets)
            if opening:
                counts[opening] = counts.get(opening, 0) + 1
    top = max((n for c, n in counts.items() if c in cfg["principal_parties"]), default=0)
    return [
        c
        for c, n in counts.items()
        if c not in cfg["principal_parties"] and n >= cfg["main_subject_min"] and 2 * n >= top
    ]


def _opening_state(head: str, determiners: set[str]) -> str | None:
    """The state a sentence opens with, after at most a determiner (`The Belgian ...`)."""
    mentions = state_mentions(head)
    if not mentions:
        return None
    before = head[: mentions[0].start].split()
    if len(before) > 1 or (before and before[0].casefold() not in determiners):
        return None
    return mentions[0].code


def _offices_in(text: str) -> list[str]:
    """Parties named by an office or a seat of government (`Home Secretary`, `Élysée`)."""
    return [
        code
        for office, code in _cfg()["party_offices"].items()
        if re.search(rf"(?<!\w){re.escape(office)}(?!\w)", text)
    ]


def _role_country(role: str, honorific: str | None) -> str | None:
    named = countries_in(role)
    if named:
        return named[-1]
    offices: dict[str, str] = _cfg()["offices"]
    for office, code in offices.items():
        if role.startswith(office) or f" {office}" in f" {role}":
            return code
    if honorific:
        honorifics: dict[str, str | None] = _cfg()["honorifics"]
        return honorifics.get(honorific)
    return None


def _split_person(chunk: str) -> tuple[str, str, str | None] | None:
    """`M. Bernard Cazeneuve, Minister of the Interior` -> (name, role, country)."""
    honorifics = sorted(_cfg()["honorifics"], key=len, reverse=True)
    hon_re = "|".join(re.escape(h) for h in honorifics)
    m = re.match(
        rf"\s*(?:(?P<hon>{hon_re})\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{1,3}}),\s*(?P<role>.+)",
        chunk,
    )
    if not m:
        return None
    role = strip_footnote_marks(m.group("role").strip(" ,.")).strip(" ,.")
    return m.group("name"), role, _role_country(role, m.group("hon"))


@cache
def _opening_re() -> re.Pattern[str]:
    cfg = _cfg()
    ands = "|".join(map(re.escape, cfg["opening_conjunctions"]))
    verbs = "|".join(map(re.escape, sorted(cfg["opening_verbs"], key=len, reverse=True)))
    return re.compile(rf"(?P<a>[^,]+,[^,]+),\s+(?:{ands})\s+(?P<b>[^,]+,[^,]+),\s+(?:{verbs})\b")


def _opening_signatories(paras: Sequence[str]) -> list[tuple[str, str, str | None]]:
    """`X, Home Secretary, and Y, French Minister of the Interior, met in London` at the start of
    a header paragraph: the two who met (a bounded prefix is read: the pattern stays linear)."""
    limit = int(_cfg()["opening_max_chars"])
    for p in paras[: _cfg()["header_paragraphs"]]:
        m = _opening_re().match(p[:limit])
        if m:
            people = [person for person in map(_split_person, (m.group("a"), m.group("b"))) if person]
            if len(people) == 2:
                return people
    return []


def _read_signatories(paras: Sequence[str]) -> list[tuple[str, str, str | None]]:
    people: list[tuple[str, str, str | None]] = []
    # signature blocks: `For the French Government:` / `Pour le Gouvernement de la République
    # française :` / name / role
    for i, p in enumerate(paras):
        m = re.match(r"(?:For|Pour) (?:the |le |la |l['’])?(.+?)\s*:$", p)
        if m and i + 1 < len(paras):
            name = paras[i + 1]
            role = paras[i + 2] if i + 2 < len(paras) and not re.match(r"(?:For|Pour) ", paras[i + 2]) else ""
            if re.fullmatch(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}", name):
                code = next(iter(countries_in(m.group(1))), None) or _role_country(role, None)
                people.append((name, role, code))
    if people:
        return people
    people = _opening_signatories(paras)
    if people:
        return people
    # `Joint declaration by M. X, Role, and Mrs Y, Role`
    for p in paras[:3]:
        m = re.search(r"\b(?:declaration|statement|communiqu[eé]|letter)\s+(?:signed\s+)?by\s+(.+)$", p, re.I)
        if not m:
            continue
        for chunk in re.split(r",\s+and\s+|\s+and\s+(?=(?:M\.|Mme|Mr|Mrs|Ms|Dr)\b)", m.group(1)):
            person = _split_person(chunk)
            if person:
                people.append(person)
        if people:
            break
    return people


def _read_source_url(paras: Sequence[str]) -> str | None:
    for p in paras:
        if _starts_with_cue(p, _cfg()["source_cues"]):
            m = _URL.search(p)
            if m:
                return m.group(0).rstrip(".")
    return None


# --- the whole record -------------------------------------------------------------------------


@cache
def _breadcrumb_trail_re() -> re.Pattern[str]:
    """A web page's breadcrumb trail, a whole line (`Accueil > Travaux parlementaires > Questions`)."""
    return re.compile(rf"{_cfg()['breadcrumb_prefix']}[^>›»\n]{{1,60}}")


def _below_masthead(paras: list[str]) -> list[str]:
    """The paragraphs that are no page furniture; on a web page whose header holds a breadcrumb
    trail (`Accueil > Travaux parlementaires > Questions`), those below it: above it stands the
    site's masthead (`Sénat — Un site au service des citoyens`), not the document."""
    trail = _breadcrumb_trail_re()
    crumbs = [i for i, p in enumerate(paras[: _cfg()["header_paragraphs"]]) if trail.fullmatch(p.strip())]
    return [p for p in paras[crumbs[0] + 1 if crumbs else 0 :] if not is_page_furniture(p)]


def read_metadata(text: str, source_file: str | None = None, language: str | None = None) -> DocumentMetadata:
    """Everything about the document that its text says; ``source_file`` (the name under
    ``raw/``) is the last resort for a title and a date the text does not give."""
    paras = _below_masthead([text[s:e] for s, e in paragraphs(text)])
    heading, embedded = _read_title(paras)
    subject = _letter_subject(paras) if not heading or _type_of(heading) is None else None
    if subject:
        title, title_source = recased(subject, paras), "heading"  # a letter's subject heads it
    elif heading:
        title, title_source = recased(heading, paras), "heading"
    else:
        from_name = title_from_filename(source_file)
        title, title_source = (from_name, "filename") if from_name else (UNTITLED, "none")
    doc_date, date_source, place = _read_date(paras, title if heading else "", embedded, source_file)
    people = _read_signatories(paras)
    signatories = "; ".join(f"{n} ({r}, {c})" if c else f"{n} ({r})" for n, r, c in people) or None
    return DocumentMetadata(
        title=title,
        title_source=title_source,
        doc_date=doc_date,
        doc_date_source=date_source,
        published_date=_read_published(paras),
        place=_english_place(
            place
            or _closing_dateline(paras)
            or _signature_place(paras)
            or _parliament_place(paras)
            or _meeting_place(paras)
        ),
        doc_type=_read_doc_type(title, paras),
        # a file name names parties too (`uk-albania-...`); so does the heading above a letter's subject
        parties=_read_parties(title if subject is None else f"{heading or ''}\n{title}", paras, people),
        signatories=signatories,
        source_url=_read_source_url(paras),
        language=language or detect_language(text),
    )


def slugify(text: str, max_words: int = 7, max_chars: int = 60) -> str:
    """ASCII, lower-case, hyphenated; dates and stop words dropped so the slug stays short. Words
    are letters and digits: any other character parts them, typographic ones too (`UK–France`
    and `l’accord` read like `UK-France` and `l'accord`, not `ukfrance`)."""
    folded = unicodedata.normalize("NFKD", text)
    parted = "".join(c if c.isascii() or unicodedata.category(c)[0] in "LNM" else " " for c in folded)
    ascii_text = parted.encode("ascii", "ignore").decode()
    for d in reversed(find_dates(ascii_text)):
        ascii_text = ascii_text[: d.start] + ascii_text[d.end :]
    stop = {"the", "of", "on", "and", "a", "an", "by", "for", "to", "in", "de", "la", "le", "et"}
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.lower()) if w not in stop]
    slug = "-".join(words[:max_words])[:max_chars].strip("-")
    return slug or "document"


def make_doc_id(doc_date: dt.date | None, title: str) -> str:
    return f"{doc_date.isoformat() if doc_date else 'undated'}-{slugify(title)}"
