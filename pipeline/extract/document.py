"""One document in, its three tables' rows out: the unit of work that can be cached by content."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.commitments import extract_commitments, find_cues
from pipeline.extract.funding import extract_funding
from pipeline.extract.statistics import extract_statistics


def target_segments(segments: list[dict], commitments: list[dict]) -> set[int]:
    """List items that complete a committing lead-in: their figures are targets, not reports."""
    committed_starts = {c["char_start"] for c in commitments}
    by_seg = {s["seg"]: s for s in segments}
    out = set()
    for s in segments:
        lead = s.get("lead_in")
        if s["kind"] != "list_item" or lead is None or lead != lead or lead not in by_seg:
            continue
        if s["start"] in committed_starts and find_cues(by_seg[lead]["text"]):
            out.add(s["seg"])
    return out


def extract_document(
    doc_id: str, doc_date: dt.date | None, text: str, segments: list[dict]
) -> dict[str, list[dict]]:
    """Commitments, funding and statistics rows of one document (segments: document_segments rows)."""
    segments = [{**s, "lead_in": _int_or_none(s.get("lead_in"))} for s in segments]
    commitments = extract_commitments(doc_id, doc_date, text, segments)
    return {
        "commitments": commitments,
        "funding": extract_funding(doc_id, doc_date, text, segments),
        "statistics": extract_statistics(
            doc_id, doc_date, text, segments, target_segments(segments, commitments)
        ),
    }


def _int_or_none(value) -> int | None:
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None
