"""Title, date, place, type, parties and signatories, read from a document's own text.

A file dropped into ``raw/`` needs no other step: everything here comes from the normalised
text, by rules over its first paragraphs (the header), its datelines and its signature block.
A date that cannot be read is reported as missing, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pipeline import vocab
from pipeline.text.dates import find_dates
from pipeline.text.language import detect_language
from pipeline.text.segment import classify_paragraph, paragraphs


@dataclass(frozen=True)
class DocumentMetadata:
    title: str
    title_source: str  # heading | filename
    doc_date: dt.date | None
    doc_date_source: str  # dateline | signature | title | header | published | missing
    published_date: dt.date | None
    place: str | None
    doc_type: str
    parties: str
    signatories: str | None
    source_url: str | None
    language: str


_PLACE = r"[A-Z][\w'’\-]+(?: (?:[A-Z][\w'’\-]+|sur|upon|de|la|le))*"
_URL = re.compile(r"https?://[^\s)\]>,;]+")


@cache
def _cfg() -> dict:
    return vocab.load("metadata")


@cache
def _country_re() -> re.Pattern[str]:
    names = sorted(
        ((name, code) for code, names in _cfg()["countries"].items() for name in names),
        key=lambda nc: len(nc[0]),
        reverse=True,
    )
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n, _ in names) + r")(?!\w)")


def _country_of(name: str) -> str | None:
    for code, names in _cfg()["countries"].items():
        if name in names:
            return code
    return None


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries named in ``text``, in order of first mention."""
    seen: list[str] = []
    for m in _country_re().finditer(text):
        code = _country_of(m.group(1))
        if code and code not in seen:
            seen.append(code)
    return seen


def _starts_with_cue(text: str, cues: list[str]) -> bool:
    low = text.lower()
    return any(low.startswith(c) for c in cues)


def _read_title(paras: list[str], kinds: list[str]) -> str:
    if not paras:
        return ""
    title = paras[0]
    # a short title line followed by a short heading (`UK-France Summit 3rd March 2016` / `Annex on
    # migration`) names the document together
    if len(paras) > 1 and kinds[1] == "heading" and len(title.split()) <= 8 and not _is_published(paras[1]):
        title = f"{title} – {paras[1]}"
    return title.rstrip(" .")


def _is_published(para: str) -> bool:
    return _starts_with_cue(para, _cfg()["published_cues"])


def _read_published(paras: list[str]) -> dt.date | None:
    for p in paras:
        if _is_published(p) and len(p.split()) <= 10:
            dates = find_dates(p)
            if dates:
                return dates[0].date
    return None


def _dateline(para: str) -> tuple[str | None, dt.date] | None:
    """`Paris, 20 September 2014` -> ("Paris", date); `20 July 2021` -> (None, date)."""
    dates = find_dates(para)
    if not dates or _is_published(para) or len(para.split()) > 8:
        return None
    before = para[: dates[0].start].strip(" ,–-")
    if not before:
        return None, dates[0].date
    if re.fullmatch(_PLACE, before) and not countries_in(before):
        return before, dates[0].date
    return None


def _read_date_and_place(
    paras: list[str], kinds: list[str], title: str
) -> tuple[dt.date | None, str, str | None]:
    header = paras[: _cfg()["header_paragraphs"]]
    place: str | None = None
    for p in header:
        dl = _dateline(p)
        if dl and dl[0]:
            return dl[1], "dateline", dl[0]
    cues = "|".join(map(re.escape, _cfg()["signature_cues"]))
    for p in header + paras[-8:]:
        for d in find_dates(p):
            lead = p[max(0, d.start - 120) : d.start]
            if re.search(rf"\b(?:{cues})\b", lead, re.I) and re.search(r"\b(?:on|le)\s+$", lead):
                pm = re.search(rf"\b(?:in|at)\s+({_PLACE})\s+on\s+$", lead)
                if pm and not countries_in(pm.group(1)):
                    place = pm.group(1)
                return d.date, "signature", place
    title_dates = find_dates(title)
    if title_dates:
        return title_dates[0].date, "title", place
    for p in header:
        if _is_published(p):
            continue
        dates = find_dates(p)
        if dates:
            lead = p[max(0, dates[0].start - 60) : dates[0].start]
            pm = re.search(rf"\b(?:in|at)\s+({_PLACE})\s+on\s+$", lead)
            return dates[0].date, "header", pm.group(1) if pm else None
    published = _read_published(paras)
    if published:
        return published, "published", None
    return None, "missing", None


def _read_doc_type(title: str, paras: list[str]) -> str:
    for text in (title, " ".join(paras[1:4])):
        for doc_type, pattern in _cfg()["doc_types"]:
            if re.search(pattern, text, re.I):
                return doc_type
    return "other"


def _read_parties(title: str, paras: list[str], signatories: list[tuple[str, str, str | None]]) -> str:
    found = countries_in(title)
    for p in paras[1:4]:
        for code in countries_in(p):
            if code not in found:
                found.append(code)
    for _, _, code in signatories:
        if code and code not in found:
            found.append(code)
    order = _cfg()["party_order"]
    ranked = [c for c in order if c in found] + [c for c in found if c not in order]
    return ";".join(ranked)


def _role_country(role: str, honorific: str | None) -> str | None:
    named = countries_in(role)
    if named:
        return named[-1]
    for office, code in _cfg()["offices"].items():
        if role.startswith(office) or f" {office}" in f" {role}":
            return code
    if honorific:
        return _cfg()["honorifics"].get(honorific)
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
    role = m.group("role").strip(" ,.")
    return m.group("name"), role, _role_country(role, m.group("hon"))


def _read_signatories(paras: list[str]) -> list[tuple[str, str, str | None]]:
    people: list[tuple[str, str, str | None]] = []
    # signature blocks: `For the French Government:` / name / role
    for i, p in enumerate(paras):
        m = re.match(r"For (?:the )?(.+):$", p)
        if m and i + 1 < len(paras):
            name = paras[i + 1]
            role = paras[i + 2] if i + 2 < len(paras) and not paras[i + 2].startswith("For ") else ""
            if re.fullmatch(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}", name):
                code = (countries_in(m.group(1)) or [None])[0] or _role_country(role, None)
                people.append((name, role, code))
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


def _read_source_url(paras: list[str]) -> str | None:
    for p in paras:
        if _starts_with_cue(p, _cfg()["source_cues"]):
            m = _URL.search(p)
            if m:
                return m.group(0).rstrip(".")
    return None


def read_metadata(text: str, source_file: str | None = None, language: str | None = None) -> DocumentMetadata:
    """Everything about the document that its text says; ``source_file`` (the name under ``raw/``)
    is the last resort for a title and a date the text does not give."""
    spans = paragraphs(text)
    paras = [text[s:e] for s, e in spans]
    kinds = [classify_paragraph(p) for p in paras]
    title = _read_title(paras, kinds)
    doc_date, source, place = _read_date_and_place(paras, kinds, title)
    people = _read_signatories(paras)
    signatories = "; ".join(f"{n} ({r}, {c})" if c else f"{n} ({r})" for n, r, c in people) or None
    return DocumentMetadata(
        title=title,
        title_source="heading",
        doc_date=doc_date,
        doc_date_source=source,
        published_date=_read_published(paras),
        place=place,
        doc_type=_read_doc_type(title, paras),
        parties=_read_parties(title, paras, people),
        signatories=signatories,
        source_url=_read_source_url(paras),
        language=language or detect_language(text),
    )


def slugify(text: str, max_words: int = 7, max_chars: int = 60) -> str:
    """ASCII, lower-case, hyphenated; dates and stop words dropped so the slug stays short."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    for d in reversed(find_dates(ascii_text)):
        ascii_text = ascii_text[: d.start] + ascii_text[d.end :]
    stop = {"the", "of", "on", "and", "a", "an", "by", "for", "to", "in", "de", "la", "le", "et"}
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text.lower()) if w not in stop]
    slug = "-".join(words[:max_words])[:max_chars].strip("-")
    return slug or "document"


def make_doc_id(doc_date: dt.date | None, title: str) -> str:
    return f"{doc_date.isoformat() if doc_date else 'undated'}-{slugify(title)}"
