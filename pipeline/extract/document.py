"""One document in, its three tables' rows out: the unit of work that can be cached by content."""

from __future__ import annotations

import datetime as dt
from typing import Any, SupportsInt

from pipeline import vocab
from pipeline.extract.analysis import Analyses
from pipeline.extract.commitments import extract_commitments, named_bodies
from pipeline.extract.funding import extract_funding
from pipeline.extract.parties import document_context, voice_of
from pipeline.extract.passages import readable_segments
from pipeline.extract.statistics import extract_statistics
from pipeline.text.metadata import (
    is_page_furniture,
    is_salutation,
    is_subject_line,
    letter_header_lines,
    read_metadata,
)


def target_segments(
    segments: list[dict[str, Any]],
    commitments: list[dict[str, Any]],
    language: str = vocab.DEFAULT_LANGUAGE,
    analyses: Analyses | None = None,
) -> set[int]:
    """List items that complete a committing lead-in, and passages committing with no cue of their
    own (a treaty's present of obligation: `Chaque Participant y affecte au moins deux
    enquêteurs`): their figures are targets, not reports (cues read from ``analyses``)."""
    analyses = analyses or Analyses(vocab.language_of(language))
    committed_starts = {c["char_start"] for c in commitments}
    by_seg = {s["seg"]: s for s in segments}
    out = set()
    for s in segments:
        if s["start"] not in committed_starts:
            continue
        lead = s.get("lead_in")
        if not analyses.of(s["text"]).cues or (
            s["kind"] == "list_item"
            and lead == lead
            and lead in by_seg
            and analyses.of(by_seg[lead]["text"]).cues
        ):
            out.add(s["seg"])
    return out


def extract_document(
    doc_id: str,
    doc_date: dt.date | None,
    text: str,
    segments: list[dict[str, Any]],
    language: str = vocab.DEFAULT_LANGUAGE,
    parties: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Commitments, funding and statistics rows of one document (segments: document_segments rows),
    read with the vocabularies of the document's language, knowing the document's parties (as its
    metadata reads them from the text unless ``parties`` gives them: a joint subject is all of
    them) and its voice. Each sentence is analysed once (:mod:`~pipeline.extract.analysis`) for
    the three extractors."""
    language = vocab.language_of(language)
    analyses = Analyses(language, doc_date)
    segments = readable_segments(
        [{**s, "lead_in": _int_or_none(s.get("lead_in"))} for s in segments], language, analyses
    )
    parties = parties or read_metadata(text, language=language).parties
    with document_context(parties, voice_of(_header(text), language, parties), named_bodies(text, language)):
        commitments = extract_commitments(doc_id, doc_date, text, segments, language, analyses)
        targets = target_segments(segments, commitments, language, analyses)
        return {
            "commitments": commitments,
            "funding": extract_funding(doc_id, doc_date, text, segments, language, analyses),
            "statistics": extract_statistics(doc_id, doc_date, text, segments, targets, language, analyses),
        }


def _header(text: str, lines: int = 4) -> list[str]:
    """The first non-empty lines: a title and its dateline, where a text says whose it is (a web
    capture's page furniture read as if absent), and a letter's salutation and subject line below
    its address block (`Dear Marjorie,`, `Objet : circulaire ...`: the text is its sender's)."""
    kept = [t for t in (t.strip() for t in text[:2000].splitlines()) if t and not is_page_furniture(t)]
    letter = [t for t in kept[lines : letter_header_lines()] if is_salutation(t) or is_subject_line(t)]
    return kept[:lines] + letter[:2]


def _int_or_none(value: SupportsInt | str | None) -> int | None:
    """A segment record's lead_in as an int: None when empty (None or NaN) or no number."""
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None
