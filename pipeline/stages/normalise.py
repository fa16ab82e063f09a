"""Stage 2, normalise: the normalised_documents frame, each document normalised once per text and code.

Pure of Dagster: the asset in ``pipeline.defs.assets.normalise`` only calls ``normalise_frame`` and
describes its result.
"""

import sys
from collections.abc import Sequence
from typing import Any

import pandas as pd

import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint, content_key, is_int
from pipeline.contract import NORMALISED_DOCUMENTS, records_frame
from pipeline.text.language import detect_language
from pipeline.text.normalise import normalise, raw_offset

STAGE = "normalise"


def cache_version() -> str:
    """The asset's code_version and its cache's: a fingerprint of this module and of the
    text rules and vocabularies it runs, so an edit to any of them is a new version."""
    return code_fingerprint(sys.modules[__name__], pipeline.text, pipeline.vocab)


def normalise_one(payload: tuple[str, str]) -> dict[str, Any]:
    """Everything in a normalised row that depends only on the raw text and its language (so it
    is cacheable)."""
    raw_text, language = payload
    n = normalise(raw_text, language)
    return {
        "text": n.text,
        "n_chars": len(n.text),
        "raw_chars": len(raw_text),
        "offset_anchors": [[pos, raw] for pos, raw in n.anchors()],
        "list_items": [[m.pos, m.marker, m.kind] for m in n.list_items],
    }


def valid_normalised(value: object) -> bool:
    """A cached normalised row read back has exactly this shape, or it is recomputed."""
    if not isinstance(value, dict) or set(value) != {
        "text",
        "n_chars",
        "raw_chars",
        "offset_anchors",
        "list_items",
    }:
        return False
    text = value["text"]
    return (
        isinstance(text, str)
        and is_int(value["n_chars"])
        and value["n_chars"] == len(text)
        and is_int(value["raw_chars"])
        and isinstance(value["offset_anchors"], list)
        and all(
            isinstance(a, list) and len(a) == 2 and is_int(a[0]) and is_int(a[1]) and 0 <= a[0] <= len(text)
            for a in value["offset_anchors"]
        )
        and isinstance(value["list_items"], list)
        and all(
            isinstance(m, list)
            and len(m) == 3
            and is_int(m[0])
            and 0 <= m[0] <= len(text)
            and isinstance(m[1], str)
            and isinstance(m[2], str)
            for m in value["list_items"]
        )
    )


LANGUAGE_STAGE = "language"


def _detect(text: str) -> str:
    return detect_language(text)


def _valid_language(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 16


def document_languages(
    raw: pd.DataFrame, manifest: pd.DataFrame | None = None, cache: DocumentCache | None = None
) -> list[str]:
    """Each raw document's language: the manifest's `language` cell, else detected from the text
    (with a cache, detected once per raw SHA-256 and code version)."""
    given: dict[str, str] = {}
    if manifest is not None and len(manifest) and "language" in manifest.columns:
        given = {
            f: lang
            for f, lang in zip(manifest["file"], manifest["language"], strict=True)
            if isinstance(lang, str)
        }
    if not len(raw):
        return []
    names, texts = raw["source_file"].tolist(), raw["text"].tolist()
    todo = [i for i, name in enumerate(names) if not given.get(name)]
    if cache is None:
        detected = [detect_language(texts[i]) for i in todo]
    else:
        shas = raw["sha256"].tolist()
        items = [(content_key(LANGUAGE_STAGE, shas[i]), texts[i]) for i in todo]
        detected = cache.map(LANGUAGE_STAGE, cache_version(), items, _detect, _valid_language)
    found = dict(zip(todo, detected, strict=True))
    return [given.get(name) or found[i] for i, name in enumerate(names)]


def normalise_frame(
    raw: pd.DataFrame, cache: DocumentCache | None = None, manifest: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One normalised row per raw document, with its language (the manifest's, else detected);
    with a cache, unchanged documents (same raw SHA-256 and language, same code) are read back
    instead of recomputed."""
    languages = document_languages(raw, manifest, cache)
    payloads = list(zip(raw["text"], languages, strict=True)) if len(raw) else []
    if cache is None:
        parts = [normalise_one(p) for p in payloads]
    else:
        keys = [content_key(sha, lang) for sha, lang in zip(raw["sha256"], languages, strict=True)]
        parts = cache.map(
            STAGE, cache_version(), list(zip(keys, payloads, strict=True)), normalise_one, valid_normalised
        )
    raw_pages: pd.Series | list[list[int]] = (
        raw["page_starts"] if "page_starts" in raw.columns else [[]] * len(raw)
    )
    rows = [
        {
            "sha256": sha,
            "source_file": name,
            **part,
            "language": lang,
            "page_starts": normalised_page_starts(pages, part["offset_anchors"], part["n_chars"]),
        }
        for sha, name, part, lang, pages in zip(
            raw["sha256"], raw["source_file"], parts, languages, raw_pages, strict=True
        )
    ]
    return records_frame(rows, NORMALISED_DOCUMENTS)


def normalised_page_starts(
    raw_starts: Sequence[int], anchors: Sequence[Sequence[int]], n_chars: int
) -> list[int]:
    """Where each page begins in the normalised text: the first normalised character whose raw
    offset is at or past the page's raw start (normalising maps offsets in order, so a page's
    text stays between its start and the next page's)."""
    runs = [(int(a[0]), int(a[1])) for a in anchors]
    if not runs:
        return [0 for _ in raw_starts]
    starts = []
    for page_start in raw_starts:
        low, high = 0, n_chars
        while low < high:  # the first position whose raw offset is >= page_start
            middle = (low + high) // 2
            if raw_offset(runs, middle) >= page_start:
                high = middle
            else:
                low = middle + 1
        starts.append(low)
    return starts
