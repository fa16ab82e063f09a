"""Stage 3, segment: the document_segments frame, each document segmented once per text and code.

Pure of Dagster: the asset in ``pipeline.defs.assets.segment`` only calls ``segment_frame``.
"""

import sys
from collections.abc import Callable, Iterable
from typing import Any, cast

import pandas as pd

import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint, content_key, is_int
from pipeline.contract import DOCUMENT_SEGMENTS, integer_dtypes
from pipeline.text.normalise import ListMarker
from pipeline.text.segment import segment

# A segment's own fields: the stage table's columns but the document's key.
SEGMENT_FIELDS = [c for c in DOCUMENT_SEGMENTS.column_names if c != "sha256"]
STAGE = "segment"


def cache_version() -> str:
    """The asset's code_version and its cache's: a fingerprint of this module and of the
    segmentation rules and vocabularies it runs, so an edit to any of them is a new version."""
    return code_fingerprint(sys.modules[__name__], pipeline.text, pipeline.vocab)


def segment_one(payload: tuple[str, list[Any], str | None]) -> dict[str, list[Any]]:
    """One document's segments as columns (cheap to cache, cheap to concatenate)."""
    text, list_items, language = payload
    segs = segment(text, [ListMarker(*m) for m in list_items], language)
    return {f: [getattr(s, f) for s in segs] for f in SEGMENT_FIELDS}


_FIELD_CHECKS: dict[str, Callable[[object], bool]] = {
    "seg": is_int,
    "kind": lambda v: isinstance(v, str),
    "start": is_int,
    "end": is_int,
    "text": lambda v: isinstance(v, str),
    "paragraph": is_int,
    "heading": lambda v: v is None or isinstance(v, str),
    "list_marker": lambda v: v is None or isinstance(v, str),
    "lead_in": lambda v: v is None or is_int(v),
}


def valid_segments(value: object) -> bool:
    """A cached document's segments read back: one list per field, all as long, right types."""
    if not isinstance(value, dict) or set(value) != set(SEGMENT_FIELDS):
        return False
    columns = [value[f] for f in SEGMENT_FIELDS]
    if not all(isinstance(c, list) for c in columns) or len({len(c) for c in columns}) > 1:
        return False
    return all(all(_FIELD_CHECKS[f](v) for v in value[f]) for f in SEGMENT_FIELDS) and all(
        0 <= s <= e for s, e in zip(value["start"], value["end"], strict=True)
    )


def _language(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def segment_frame(normalised: pd.DataFrame, cache: DocumentCache | None = None) -> pd.DataFrame:
    """Every document's segments; with a cache, a document whose normalised text and list markers
    are unchanged (by SHA-256, same code) is read back instead of re-segmented."""
    # the normalised frame's text is a string column, its list_items a column of lists
    payloads = [
        (
            cast(str, rec.text),
            list(cast(Iterable[Any], rec.list_items)),
            _language(getattr(rec, "language", None)),
        )
        for rec in normalised.itertuples(index=False)
    ]
    if cache is None:
        parts = [segment_one(p) for p in payloads]
    else:
        items = [
            (content_key(text, repr(markers), lang), (text, markers, lang))
            for text, markers, lang in payloads
        ]
        parts = cache.map(STAGE, cache_version(), items, segment_one, valid_segments)
    columns: dict[str, list[Any]] = {"sha256": []}
    columns.update({f: [] for f in SEGMENT_FIELDS})
    for sha, part in zip(normalised["sha256"], parts, strict=True):
        columns["sha256"].extend([sha] * len(part["seg"]))
        for f in SEGMENT_FIELDS:
            columns[f].extend(part[f])
    frame = pd.DataFrame(columns, columns=DOCUMENT_SEGMENTS.column_names)
    return frame.astype(integer_dtypes(DOCUMENT_SEGMENTS))
