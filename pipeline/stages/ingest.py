"""Stage 1, ingest: the raw_documents and rejections frames from raw/ (pure of Dagster).

A document whose text, once normalised, equals an earlier one's is a duplicate too: the digest of
each normalised text is kept in a small cache of its own, and a text normalised for it goes to the
normalise stage's cache, so no text is normalised twice.
"""

import hashlib
import sys
import unicodedata
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.cache import DocumentCache, code_fingerprint, content_key
from pipeline.contract import RAW_DOCUMENTS, RAW_LISTING, REJECTIONS, integer_dtypes, records_frame
from pipeline.sources import Rejection, printable_name, raw_entries, read_manifest, read_raw_dir
from pipeline.stages.normalise import STAGE as NORMALISE_STAGE
from pipeline.stages.normalise import cache_version as normalise_cache_version
from pipeline.stages.normalise import document_languages, normalise_one, valid_normalised
from pipeline.text.normalise import normalise

DEDUPE_STAGE = "dedupe"


def ingest_frames(
    raw_dir: Path, cache: DocumentCache | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """raw/ read into the raw_documents, raw_manifest, rejections and raw_listing frames: every
    usable file, the manifest's rows, every entry (file, manifest row or cell) refused with its
    reason, and the listing they were all taken from (raw/ is listed once per run)."""
    entries = raw_entries(raw_dir)
    listing = records_frame(
        [{"source_file": printable_name(e.name), "kind": e.kind} for e in entries], RAW_LISTING
    )
    files, rejected = read_raw_dir(raw_dir, entries, cache)
    overrides, manifest_rejected = read_manifest(raw_dir)
    raw = records_frame([asdict(f) for f in files], RAW_DOCUMENTS).astype(integer_dtypes(RAW_DOCUMENTS))
    manifest = pd.DataFrame([{"file": k, **v} for k, v in sorted(overrides.items())])
    raw, duplicates = drop_normalised_duplicates(raw, manifest, cache)
    rejected = sorted(rejected + duplicates, key=lambda r: r.source_file) + manifest_rejected
    return raw, manifest, records_frame([asdict(r) for r in rejected], REJECTIONS), listing


# Quote and apostrophe variants a copy may differ by (curly, prime, modifier letter, guillemet-free).
_QUOTE_FOLD = str.maketrans({c: "'" for c in "‘’‚‛′ʼ`´"} | {c: '"' for c in "“”„‟″"})


def _folded(normalised_text: str) -> str:
    """The text as two copies of it agree on: Unicode NFC (a copy in NFD is the same text) and one
    straight quote and apostrophe for their curly and typographic variants."""
    return unicodedata.normalize("NFC", normalised_text).translate(_QUOTE_FOLD)


def _digest(normalised_text: str) -> dict[str, str]:
    return {"sha256": hashlib.sha256(_folded(normalised_text).encode("utf-8")).hexdigest()}


def _normalised_digest(payload: tuple[str, str]) -> dict[str, str]:
    text, language = payload
    return _digest(normalise(text, language).text)


def _valid_digest(value: object) -> bool:
    return isinstance(value, dict) and set(value) == {"sha256"} and isinstance(value["sha256"], str)


def drop_normalised_duplicates(
    raw: pd.DataFrame, manifest: pd.DataFrame, cache: DocumentCache | None = None
) -> tuple[pd.DataFrame, list[Rejection]]:
    """A document whose text, once normalised, equals an earlier one's (by file name) is a duplicate
    even when its bytes differ (line endings, trailing spaces, a BOM, UTF-16, Unicode NFD, curly
    quotes or apostrophes: ``_folded``): it is rejected by name. The digest of each normalised
    text is cached by raw SHA-256, language and the normalise
    stage's code version; a text normalised to find it is cached as the normalise stage's row."""
    if not len(raw):
        return raw, []
    languages = document_languages(raw, manifest, cache)
    payloads = list(zip(raw["text"], languages, strict=True))
    if cache is None:
        digests = [_normalised_digest(p) for p in payloads]
    else:
        keys = [content_key(sha, lang) for sha, lang in zip(raw["sha256"], languages, strict=True)]
        version = normalise_cache_version()
        digest_version = f"{code_fingerprint(sys.modules[__name__])}-{version}"  # _folded is here

        def normalised_texts(misses: list[tuple[str, tuple[str, str]]]) -> list[str]:
            """A digest missing is a text not normalised yet: normalised through the normalise
            stage's own cache, which that stage then reads instead of normalising it again."""
            rows: list[dict[str, Any]] = cache.map(
                NORMALISE_STAGE, version, misses, normalise_one, valid_normalised
            )
            return [row["text"] for row in rows]

        items = [(key, (key, payload)) for key, payload in zip(keys, payloads, strict=True)]
        digests = cache.map(
            DEDUPE_STAGE, digest_version, items, _digest, _valid_digest, prepare=normalised_texts
        )
        cache.prune(DEDUPE_STAGE, digest_version)
    first: dict[str, str] = {}
    keep: list[bool] = []
    rejected: list[Rejection] = []
    for name, digest in zip(raw["source_file"], (d["sha256"] for d in digests), strict=True):
        if digest in first:
            rejected.append(
                Rejection(
                    name,
                    "duplicate",
                    f"the same text as {first[digest]} once normalised (bytes, Unicode form or quote "
                    "marks differ)",
                )
            )
            keep.append(False)
        else:
            first[digest] = name
            keep.append(True)
    return raw[keep].reset_index(drop=True), rejected
