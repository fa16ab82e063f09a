"""Cut normalised text into sentences and list items with exact offsets.

Sentences come from spaCy's rule-based ``sentencizer`` on a blank pipeline of the document's
language (``en`` or ``fr``: its tokenizer knows `M.`, `Mme.`, `« »`; no model download, ~7 MB/s).
A paragraph longer than spaCy's ``max_length`` is split in pieces. What it gets wrong on these
texts is mended by named rules below:
``merge_after_abbreviation`` and ``merge_lowercase_continuation``. List structure comes from
the markers the normaliser lifted out; each list item is tied to the lead-in sentence (ending
with ``:``) that it completes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from pipeline import vocab
from pipeline.text.language import detect_language
from pipeline.text.normalise import (
    ListMarker,
    ends_sentence,
    label_row,
    table_caption,
    table_cell_marks,
    table_cells,
)


@dataclass(frozen=True)
class Segment:
    seg: int  # position in the document, from 0
    kind: str  # heading | dateline | sentence | list_item
    start: int
    end: int
    text: str
    paragraph: int
    heading: str | None  # the section heading it sits under
    list_marker: str | None  # marker of the list paragraph it belongs to
    lead_in: int | None  # for a list item: seg of the lead-in sentence it completes

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def spacy_language(language: str | None) -> str:
    cfg = vocab.load("segment")
    supported: list[str] = cfg["spacy_languages"]
    default: str = cfg["spacy_default"]
    return language if language is not None and language in supported else default


@cache
def _nlp(language: str = "en") -> Any:
    import spacy

    nlp = spacy.blank(spacy_language(language))
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _sentence_marks() -> tuple[frozenset[str], str]:
    """The characters spaCy's sentencizer ends a sentence on, as a set and as a string."""
    from spacy.pipeline import Sentencizer

    marks = frozenset(Sentencizer.default_punct_chars)
    return marks, "".join(sorted(marks))


def _one_sentence(piece: str) -> bool:
    """No sentence mark but those that end the piece (before any final spaces): the sentencizer,
    which starts a sentence only after a token that is a mark, would return the piece whole."""
    marks, ending = _sentence_marks()
    return marks.isdisjoint(piece.rstrip().rstrip(ending))


@cache
def _abbreviations(language: str = "en") -> frozenset[str]:
    cfg = vocab.load("segment")
    return frozenset(cfg["abbreviations"]) | frozenset(cfg["abbreviations_by_language"].get(language, []))


@cache
def _date_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, vocab.load("dates")["months"]), key=len, reverse=True))
    return re.compile(
        rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})|(?:{months})\s+\d{{1,2}})\b.*\b\d{{4}}\b", re.I
    )


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the normaliser puts one paragraph on each line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


@cache
def _inline_article_heading() -> re.Pattern[str]:
    cfg = vocab.load("segment")
    separators = re.escape(cfg["inline_heading_separators"])
    return re.compile(
        rf"(?i:(?P<head>{cfg['inline_article_heading']}))\.?\s*[{separators}]\s*(?=[«\"“A-ZÀ-ÖØ-Þ])"
    )


def _split_article_headings(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, line) of each paragraph, a prose paragraph that opens with its article's number
    (`Article 2 – La direction ... renforce ...`) cut in two: the number, a heading, then the
    provisions; both keep the line they stand on."""
    out: list[tuple[int, int, int]] = []
    for line, (s, e) in enumerate(spans):
        m = _inline_article_heading().match(text, s, e)
        if m is None or m.end() >= e or classify_paragraph(text[s:e]) != "prose":
            out.append((s, e, line))
            continue
        out.extend([(s, m.end("head"), line), (m.end(), e, line)])
    return out


def classify_paragraph(text: str) -> str:
    """heading, dateline or prose."""
    cfg = vocab.load("segment")
    words = text.split()
    if len(words) <= cfg["dateline_max_words"] and _date_pattern().search(text):
        return "dateline"
    # a line closed by a comma or a semicolon goes on (a treaty's recital, a list's item): no heading
    continues = text.rstrip().endswith((",", ";"))
    if (
        not ends_sentence(text)
        and not continues
        and len(words) <= cfg["heading_max_words"]
        and not _table_row(text)
    ):
        return "heading"
    return "prose"


def _table_row(text: str) -> bool:
    """A line of a table written as text: a figure (or its sign) right after a cell mark."""
    return re.search(rf"[{re.escape(table_cell_marks())}]\s*[+\-−]?\d", text) is not None


def _classes(paras: Sequence[str]) -> tuple[list[str], set[int]]:
    """Each paragraph's class, and the paragraphs that are a table's rows: lines of cells or of a
    label and its figure right after a sentence ending with `:` or a table's caption (and the rows
    after them). Rows and their caption are prose, items of that lead-in however short (`Action 2 |
    Train staff | Lead: BE`, `2010: 9,800` under `Table: clandestine entrants detected`)."""
    classes = [classify_paragraph(p) for p in paras]
    labelled = [bool(label_row(p)) for p in paras]
    # a text's first paragraph with no sentence's end is its title up to the longest a title may be
    # (a treaty's names its parties in full): a heading, never a sentence to read commitments from
    title_words = vocab.load("metadata")["typed_title_max_words"]
    first = paras[0] if paras else ""
    short_enough = len(first.split()) <= title_words
    if (
        classes[:1] == ["prose"]
        and short_enough
        and not (labelled[0] or ends_sentence(first) or _table_row(first))
    ):
        classes[0] = "heading"
    # two label rows running are a table though no lead-in or caption heads them (`Filières démantelées : 61`)
    rows = {
        i
        for i in range(len(paras))
        if labelled[i] and any(labelled[j] for j in (i - 1, i + 1) if 0 <= j < len(paras))
    }
    for i in rows:
        classes[i] = "prose"
    for i in range(1, len(paras)):
        prev = paras[i - 1].rstrip()
        lead_in = classes[i - 1] == "prose" and prev.endswith(":") and not table_cells(prev)
        caption = table_caption(prev) is not None
        if (table_cells(paras[i]) or labelled[i]) and (i - 1 in rows or lead_in or caption):
            rows.add(i)
            classes[i] = "prose"
            classes[i - 1] = "prose" if caption else classes[i - 1]
    return classes, rows


def merge_after_abbreviation(
    spans: list[tuple[int, int]], text: str, language: str = "en"
) -> list[tuple[int, int]]:
    """Rule: a full stop after `Mr.`, `e.g.`, `No.`, `Mme.`, `art.` ... does not end the sentence."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            last = text[ps:pe].rsplit(None, 1)[-1] if text[ps:pe].strip() else ""
            if last in _abbreviations(language):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def merge_lowercase_continuation(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Rule: a "sentence" that starts in lower case continues the one before (`./.`, `etc.`)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and text[s:e][:1].islower() and not text[out[-1][0] : out[-1][1]].rstrip().endswith(":"):
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


def _strip(spans: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        chunk = text[s:e]
        ls = len(chunk) - len(chunk.lstrip())
        rs = len(chunk.rstrip())
        if rs > ls:
            out.append((s + ls, s + rs))
    return out


def pieces(text: str, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text`` of at most ``max_chars`` characters, cut after a sentence
    mark or else at a space where one is near the limit, so no piece exceeds spaCy's limit."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "))
        if cut < max_chars // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut >= max_chars // 2 else max_chars
        out.append((start, start + cut))
        start += cut
    out.append((start, len(text)))
    return out


def split_sentences(paras: Sequence[str], language: str = "en") -> list[list[tuple[int, int]]]:
    """Sentence spans (relative to each paragraph) for many paragraphs at once."""
    limit = vocab.load("segment")["max_piece_chars"]
    flat: list[str] = []
    owners: list[tuple[int, int]] = []  # (paragraph index, piece offset)
    for i, para in enumerate(paras):
        for s, e in pieces(para, limit) if len(para) > limit else [(0, len(para))]:
            flat.append(para[s:e])
            owners.append((i, s))
    raw_spans: list[list[tuple[int, int]]] = [[] for _ in paras]
    needed = []
    for k, piece in enumerate(flat):
        if _one_sentence(piece):  # the sentencizer would return it whole: it is spared the piece
            raw_spans[owners[k][0]].append((owners[k][1], owners[k][1] + len(piece)))
        else:
            needed.append(k)
    docs = _nlp(language).pipe((flat[k] for k in needed), batch_size=256)
    for k, doc in zip(needed, docs, strict=True):
        i, offset = owners[k]
        raw_spans[i].extend((offset + s.start_char, offset + s.end_char) for s in doc.sents)
    for spans in raw_spans:
        spans.sort()
    results = []
    for para, found in zip(paras, raw_spans, strict=True):
        spans = _strip(found, para)
        spans = merge_after_abbreviation(spans, para, language)
        spans = merge_lowercase_continuation(spans, para)
        results.append(spans)
    return results


def is_numbered_heading(marker: ListMarker, paragraph_class: str, lead_in: int | None) -> bool:
    """Rule: `2. Enhanced action at European level` — an enumerated line with no final
    punctuation that completes no lead-in is a section heading, not a list item."""
    return marker.kind != "bullet" and paragraph_class == "heading" and lead_in is None


@dataclass
class _Run:
    kind: str
    lead_in: int | None


def _continue_list(
    runs: list[_Run], marker: ListMarker, prev_last_seg: Segment | None, grouped: int | None = None
) -> int | None:
    """The lead-in a list paragraph completes: a new list after a sentence ending in `:` (or after
    headings grouping the items of ``grouped``, such a sentence before them), else the innermost
    open list of its marker's kind (a new one, with no lead-in, when none is open)."""
    if prev_last_seg is not None and prev_last_seg.text.endswith(":"):
        runs.append(_Run(marker.kind, prev_last_seg.seg))
    elif prev_last_seg is not None and prev_last_seg.kind == "heading" and grouped is not None:
        runs.append(_Run(marker.kind, grouped))
    else:
        while runs and runs[-1].kind != marker.kind:
            runs.pop()
        if not runs:
            runs.append(_Run(marker.kind, None))
    return runs[-1].lead_in


def _unmarked_item_lead(
    para: str,
    marker: ListMarker | None,
    prev: Segment | None,
    run: int | None,
    row: bool,
    open_lead: int | None,
) -> int | None:
    """The lead-in a paragraph with no list marker completes as an item: one ending with `;` right
    after a sentence ending with `:` (`Les ministres sont convenus de :` / `créer une brigade ... ;`),
    or after headings that group the items of such a lead-in (``open_lead``: `s'engagent à :` / `A.
    Prévenir les départs` / `mener une campagne ... ;`) when it opens in lower case, as the rest of a
    sentence does; and each paragraph after an item that ended with `;` (the last item ends with
    `.`); a table's ``row``: the lead-in or caption right before it, or the one the row before it
    completes."""
    if marker is not None or prev is None:
        return None
    body = para.rstrip()
    if row:
        return run if run is not None and prev.lead_in == run else prev.seg
    if run is not None and prev.lead_in == run and prev.text.rstrip().endswith(";"):
        return run
    if prev.kind != "heading" and prev.text.rstrip().endswith(":") and body.endswith(";"):
        return prev.seg
    if prev.kind == "heading" and open_lead is not None and body[:1].islower() and body.endswith(";"):
        return open_lead
    return None


def _open_lead(seg: Segment, open_lead: int | None) -> int | None:
    """The lead-in whose items may follow headings that group them: a sentence ending with `:`,
    kept through headings and its items, closed by any other sentence."""
    if seg.kind == "heading" or seg.lead_in is not None:
        return open_lead
    return seg.seg if seg.text.rstrip().endswith(":") else None


def _sentence_spans(
    text: str, paras: list[tuple[int, int]], classes: list[str], markers: dict[int, ListMarker], language: str
) -> dict[int, list[tuple[int, int]]]:
    """The sentences of each paragraph read as prose (a list item's too), by paragraph index."""
    prose_idx = [i for i, c in enumerate(classes) if c == "prose" or paras[i][0] in markers]
    spans = split_sentences([text[paras[i][0] : paras[i][1]] for i in prose_idx], language)
    return dict(zip(prose_idx, spans, strict=True))


def segment(text: str, list_items: Sequence[ListMarker], language: str | None = None) -> list[Segment]:
    """Every heading, dateline, sentence and list item of a normalised text, in order; sentences
    are split by the rules of ``language`` (ISO 639-1, detected when not given)."""
    language = spacy_language(language or detect_language(text))
    markers = {m.pos: m for m in list_items}
    split = _split_article_headings(text, paragraphs(text))
    paras = [(s, e) for s, e, _ in split]
    classes, rows = _classes([text[s:e] for s, e in paras])
    sentence_spans = _sentence_spans(text, paras, classes, markers, language)
    segments: list[Segment] = []
    heading: str | None = None
    runs: list[_Run] = []  # open lists, innermost last
    prev_last_seg: Segment | None = None  # last sentence of the previous paragraph
    unmarked: int | None = None  # the lead-in of a run of unmarked items (`convenus de :` / `créer ... ;`)
    open_lead: int | None = None  # a lead-in whose items headings may group (:func:`_open_lead`)
    for p, (ps, pe) in enumerate(paras):
        marker = markers.get(ps)
        unmarked = _unmarked_item_lead(text[ps:pe], marker, prev_last_seg, unmarked, p in rows, open_lead)
        if p not in sentence_spans:
            kind = classes[p]
            seg = Segment(len(segments), kind, ps, pe, text[ps:pe], split[p][2], heading, None, None)
            segments.append(seg)
            # a title too long for a heading (a treaty's) names no section of the sentences after it
            long_title = p == 0 and len(seg.text.split()) > vocab.load("segment")["heading_max_words"]
            if kind == "heading" and not long_title:
                heading = seg.text
                runs.clear()
            prev_last_seg, open_lead = seg, _open_lead(seg, open_lead)
            continue
        lead_in: int | None = unmarked
        if marker:
            grouped = open_lead if text[ps:pe].lstrip()[:1].islower() else None  # the marker is not in it
            lead_in = _continue_list(runs, marker, prev_last_seg, grouped)
            if is_numbered_heading(marker, classes[p], lead_in):
                seg = Segment(
                    len(segments), "heading", ps, pe, text[ps:pe], split[p][2], heading, marker.marker, None
                )
                segments.append(seg)
                heading = seg.text
                runs.clear()
                prev_last_seg, open_lead = seg, _open_lead(seg, open_lead)
                continue
        for i, (s, e) in enumerate(sentence_spans[p]):
            first_of_item = (marker is not None or unmarked is not None) and i == 0
            kind = "list_item" if first_of_item and lead_in is not None else "sentence"
            seg = Segment(
                seg=len(segments),
                kind=kind,
                start=ps + s,
                end=ps + e,
                text=text[ps + s : ps + e],
                paragraph=split[p][2],
                heading=heading,
                list_marker=marker.marker if marker else None,
                lead_in=lead_in if kind == "list_item" else None,
            )
            segments.append(seg)
            prev_last_seg, open_lead = seg, _open_lead(seg, open_lead)
    return segments
