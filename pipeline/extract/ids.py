"""Stable row ids: built from content, never from row numbers.

An id depends only on the document's id, the table, the text of the segment the row comes from
and the row's position inside that segment, so it survives re-runs and the arrival of other
documents. Two rows that would still collide get `-2`, `-3`, ... in document order.
"""

from __future__ import annotations

import hashlib
from collections import Counter


def content_id(doc_id: str, prefix: str, table: str, segment_text: str, position: int) -> str:
    digest = hashlib.sha256(f"{table}\x1f{segment_text}\x1f{position}".encode()).hexdigest()[:8]
    return f"{doc_id}-{prefix}{digest}"


def disambiguate(ids: list[str]) -> list[str]:
    seen: Counter[str] = Counter()
    out = []
    for i in ids:
        seen[i] += 1
        out.append(i if seen[i] == 1 else f"{i}-{seen[i]}")
    return out
