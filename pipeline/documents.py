"""The `documents` table: metadata read from each text, manifest overrides on top."""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Any, Protocol, cast

import pandas as pd

import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint, content_key
from pipeline.contract import DOCUMENTS, conform
from pipeline.sources import MANIFEST_COLUMNS, check_manifest_cell
from pipeline.text.metadata import DocumentMetadata, make_doc_id, read_metadata

_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,200}")
_SHA = re.compile(r"[0-9a-f]{64}")
METADATA_STAGE = "metadata"
_METADATA_TYPES = {  # what a cached entry's fields may hold, or it is read again from the text
    "title": (str,),
    "title_source": (str,),
    "doc_date": (dt.date, type(None)),
    "doc_date_source": (str,),
    "published_date": (dt.date, type(None)),
    "place": (str, type(None)),
    "doc_type": (str,),
    "parties": (str,),
    "signatories": (str, type(None)),
    "source_url": (str, type(None)),
    "language": (str,),
}


def metadata_cache_version() -> str:
    """Changes with this module and the metadata rules and vocabularies (pipeline.text, pipeline.vocab)."""
    return code_fingerprint(sys.modules[__name__], pipeline.text, pipeline.vocab)


def read_one(payload: tuple[str, str, str | None]) -> dict[str, Any]:
    """What one text says about itself (pure: cacheable, and can run on a cluster)."""
    text, source_file, language = payload
    return read_metadata(text, source_file, language).__dict__.copy()


def valid_metadata(value: object) -> bool:
    """A cached metadata entry read back has exactly the fields of DocumentMetadata, typed."""
    return (
        isinstance(value, dict)
        and set(value) == set(DocumentMetadata.__dataclass_fields__) == set(_METADATA_TYPES)
        and all(
            isinstance(value[k], types) and not isinstance(value[k], dt.datetime)
            for k, types in _METADATA_TYPES.items()
        )
    )


# What raw_documents says about each file beyond its text (pipeline.formats): the documents stage
# reads only these columns of it.
SOURCE_COLUMNS = ["sha256", "source_format", "pages", "meta_title", "meta_date", "meta_publisher"]


class _NormalisedRow(Protocol):
    """A row of the normalised documents from ``itertuples`` (its ``language`` column is read with
    ``getattr``: frames from before languages were detected have none)."""

    text: str
    source_file: str
    sha256: str
    n_chars: int


def build_documents(
    normalised: pd.DataFrame,
    manifest: pd.DataFrame,
    previous: pd.DataFrame | None = None,
    cache: DocumentCache | None = None,
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per normalised document; ``previous`` (the last release's documents table) keeps
    every published document's doc_id, whatever files are added beside it. With a cache, what a
    text says about itself is read back when its text, file name and language are unchanged.
    ``sources`` (raw_documents' ``SOURCE_COLUMNS``) gives each file's format, a PDF's pages and a
    web page's own title, date and publisher; without it every document is a ``.txt``."""
    overrides = (
        {
            r["file"]: {k: v for k, v in r.items() if k != "file" and isinstance(v, str) and v}
            for r in manifest.to_dict("records")
        }
        if len(manifest)
        else {}
    )
    # the frame holds the normalised documents' columns (pandas-stubs types each field as any scalar)
    records = cast("list[_NormalisedRow]", list(normalised.itertuples(index=False)))
    payloads = [(rec.text, rec.source_file, _language(getattr(rec, "language", None))) for rec in records]
    if cache is None:
        metas = [read_one(p) for p in payloads]
    else:
        items = [(content_key(*p), p) for p in payloads]
        metas = cache.map(METADATA_STAGE, metadata_cache_version(), items, read_one, valid_metadata)
    by_sha = _source_rows(sources)
    rows = []
    for rec, meta in zip(records, metas, strict=True):
        meta = with_page_metadata(dict(meta), by_sha.get(rec.sha256, {}))
        if meta.get("source_url") and check_manifest_cell("source_url", meta["source_url"])[1]:
            meta["source_url"] = None  # a URL read from the text passes the manifest's rule, or is left out
        meta["license"] = None
        meta["completeness"] = None
        over = {
            k: v
            for k, v in overrides.get(rec.source_file, {}).items()
            if k in MANIFEST_COLUMNS and k != "sha256"  # the file's expected hash, not an override
        }
        for key, value in over.items():
            meta[key] = dt.date.fromisoformat(value) if key in ("doc_date", "published_date") else value
        if "doc_date" in over:
            meta["doc_date_source"] = "manifest"
        if "title" in over:
            meta["title_source"] = "manifest"
        rows.append(
            {
                **meta,
                "doc_id": make_doc_id(meta["doc_date"], meta["title"]),
                "source_file": rec.source_file,
                "sha256": rec.sha256,
                "n_chars": rec.n_chars,
                "text": rec.text,
            }
        )
    frame = pd.DataFrame(rows, columns=[*DOCUMENTS.column_names])
    return conform(assign_doc_ids(frame, published_ids(previous)), DOCUMENTS)


def _source_rows(sources: pd.DataFrame | None) -> dict[str, dict[str, Any]]:
    if sources is None or not len(sources):
        return {}
    present = [c for c in SOURCE_COLUMNS if c in sources.columns]
    records = cast("list[dict[str, Any]]", sources[present].to_dict("records"))  # keys: SOURCE_COLUMNS
    return {r["sha256"]: r for r in records}


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def with_page_metadata(meta: dict[str, Any], source: dict[str, Any]) -> dict[str, Any]:
    """What a text says about itself, completed by what its file says: its format and pages, and
    for a web page its own title (before the text's heading), publisher and publication date (the
    document's date too when the text states none). The manifest still overrides all of these."""
    pages = source.get("pages")
    meta["source_format"] = _text_or_none(source.get("source_format")) or "txt"
    meta["pages"] = None if pages is None or pd.isna(pages) else int(pages)
    meta["publisher"] = _text_or_none(source.get("meta_publisher"))
    title = _text_or_none(source.get("meta_title"))
    if title:
        meta["title"], meta["title_source"] = title, "page_metadata"
    date = _text_or_none(source.get("meta_date"))
    if date:
        published = dt.date.fromisoformat(date)
        meta["published_date"] = meta.get("published_date") or published
        if meta.get("doc_date_source") in ("filename", "missing"):
            meta["doc_date"], meta["doc_date_source"] = published, "page_metadata"
    return meta


def _language(value: object) -> str | None:
    return value if isinstance(value, str) else None


def published_ids(previous: pd.DataFrame | None) -> dict[str, str]:
    """sha256 -> doc_id of a previous release's documents; nothing when the table is not sound
    (missing columns, non-string or repeated ids, malformed hashes): it is never trusted blindly."""
    if previous is None or not len(previous) or not {"doc_id", "sha256"} <= set(previous.columns):
        return {}
    ids, shas = previous["doc_id"].tolist(), previous["sha256"].tolist()
    sound = (
        all(isinstance(i, str) and _ID.fullmatch(i) for i in ids)
        and all(isinstance(s, str) and _SHA.fullmatch(s) for s in shas)
        and len(set(ids)) == len(ids)
        and len(set(shas)) == len(shas)
    )
    return dict(zip(shas, ids, strict=True)) if sound else {}


def assign_doc_ids(frame: pd.DataFrame, published: dict[str, str] | None = None) -> pd.DataFrame:
    """A document published before keeps its doc_id (matched by the raw file's SHA-256). Any other
    takes its date-and-title id unless that id is taken — by a published document or by one before
    it in file-name order — in which case a hash suffix is added: an id never moves to another
    document when files are added beside it."""
    published = published or {}
    frame = frame.sort_values("source_file", kind="stable").copy()
    kept = {sha: published[sha] for sha in frame["sha256"] if sha in published}
    taken = set(published.values())
    ids = []
    for sha, base in zip(frame["sha256"], frame["doc_id"], strict=True):
        if sha in kept:
            ids.append(kept[sha])
            continue
        doc_id = base if base not in taken else f"{base}-{sha[:8]}"
        taken.add(doc_id)
        ids.append(doc_id)
    frame["doc_id"] = ids
    return frame
