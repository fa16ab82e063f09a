"""Stage 1, ingest: raw files in, with their hashes; unusable files rejected by name."""

import hashlib
from dataclasses import asdict

import pandas as pd
from dagster import AssetExecutionContext, AssetOut, MetadataValue, Output, multi_asset

from pipeline.assets.normalise import cache_version as normalise_cache_version
from pipeline.assets.normalise import document_languages
from pipeline.cache import DocumentCache, content_key
from pipeline.contract import RAW_DOCUMENTS, REJECTIONS, records_frame
from pipeline.resources import PathsResource
from pipeline.sources import Rejection, read_manifest, read_raw_dir
from pipeline.text.normalise import normalise


@multi_asset(
    group_name="ingest",
    outs={
        "raw_documents": AssetOut(
            description="Every usable `.txt` file in `raw/`: its path, the SHA-256 of its bytes, its size "
            "and its decoded UTF-8 text. The bytes themselves are never changed.",
            kinds={"pandas"},
            code_version="1",
        ),
        "raw_manifest": AssetOut(
            description="Metadata overrides from `raw/manifest.csv` (optional), one row per file it names: "
            "title, dates, place, type, parties, signatories, source URL, licence.",
            kinds={"pandas"},
            code_version="1",
        ),
        "ingest_rejections": AssetOut(
            description="Every raw entry (or manifest row or cell) that could not be used, with the reason: "
            "empty, binary, not UTF-8 or UTF-16 with a BOM, a duplicate (same bytes, or the same text once "
            "normalised), too large, a symbolic link, hidden, not a regular file, a bad manifest cell, an "
            "unknown manifest column, a duplicate manifest row.",
            kinds={"pandas"},
            code_version="1",
        ),
    },
)
def ingest(context: AssetExecutionContext, paths: PathsResource):
    raw_dir = paths.paths.raw_dir
    files, rejected = read_raw_dir(raw_dir)
    overrides, manifest_rejected = read_manifest(raw_dir)
    raw = records_frame([asdict(f) for f in files], RAW_DOCUMENTS)
    manifest = pd.DataFrame([{"file": k, **v} for k, v in sorted(overrides.items())])
    cache = DocumentCache(paths.paths.cache_dir)
    raw, duplicates = drop_normalised_duplicates(raw, manifest, cache)
    rejected = sorted(rejected + duplicates, key=lambda r: r.source_file) + manifest_rejected
    for r in rejected:
        context.log.warning(f"rejected {r.source_file}: {r.reason} — {r.detail}")
    rejections = records_frame([asdict(r) for r in rejected], REJECTIONS)
    yield Output(
        raw,
        "raw_documents",
        metadata={
            "dagster/row_count": len(raw),
            "raw_dir": str(raw_dir),
            **{f"dedupe_{k}": v for k, v in cache.metadata(DEDUPE_STAGE).items()},
            "bytes": int(raw["n_bytes"].sum()) if len(raw) else 0,
        },
    )
    yield Output(manifest, "raw_manifest", metadata={"dagster/row_count": len(manifest)})
    yield Output(
        rejections,
        "ingest_rejections",
        metadata={
            "dagster/row_count": len(rejections),
            "rejected": MetadataValue.md(rejections.to_markdown(index=False) if len(rejections) else "none"),
        },
    )


DEDUPE_STAGE = "dedupe"


def _normalised_digest(payload: tuple[str, str]) -> dict[str, str]:
    text, language = payload
    return {"sha256": hashlib.sha256(normalise(text, language).text.encode("utf-8")).hexdigest()}


def _valid_digest(value: object) -> bool:
    return isinstance(value, dict) and set(value) == {"sha256"} and isinstance(value["sha256"], str)


def drop_normalised_duplicates(
    raw: pd.DataFrame, manifest: pd.DataFrame, cache: DocumentCache | None = None
) -> tuple[pd.DataFrame, list[Rejection]]:
    """A document whose text, once normalised, equals an earlier one's (by file name) is a duplicate
    even when its bytes differ (line endings, trailing spaces, a BOM, UTF-16): it is rejected by
    name. Only the digest of each normalised text is kept (cached by raw SHA-256, language and the
    normalise stage's code version), so the normalise stage's own work and counts are unchanged."""
    if not len(raw):
        return raw, []
    languages = document_languages(raw, manifest, cache)
    payloads = list(zip(raw["text"], languages, strict=True))
    if cache is None:
        digests = [_normalised_digest(p) for p in payloads]
    else:
        keys = [content_key(sha, lang) for sha, lang in zip(raw["sha256"], languages, strict=True)]
        version = normalise_cache_version()
        digests = cache.map(
            DEDUPE_STAGE, version, list(zip(keys, payloads, strict=True)), _normalised_digest, _valid_digest
        )
        cache.prune(DEDUPE_STAGE, version)
    first: dict[str, str] = {}
    keep: list[bool] = []
    rejected: list[Rejection] = []
    for name, digest in zip(raw["source_file"], (d["sha256"] for d in digests), strict=True):
        if digest in first:
            rejected.append(
                Rejection(
                    name, "duplicate", f"the same text as {first[digest]} once normalised (bytes differ)"
                )
            )
            keep.append(False)
        else:
            first[digest] = name
            keep.append(True)
    return raw[keep].reset_index(drop=True), rejected
