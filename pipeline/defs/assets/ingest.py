"""Stage 1, ingest: raw files in, with their hashes; unusable files rejected by name."""

from collections.abc import Iterator

import pandas as pd
from dagster import AssetExecutionContext, AssetOut, MetadataValue, Output, multi_asset

import pipeline.formats
import pipeline.sources
import pipeline.stages.ingest
import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint
from pipeline.defs.assets.checks import warn_each
from pipeline.defs.resources import PathsResource
from pipeline.publish.release import write_status
from pipeline.sources import printable_name
from pipeline.stages.ingest import DEDUPE_STAGE, ingest_frames
from pipeline.stages.normalise import STAGE as NORMALISE_STAGE

# What the asset runs, hashed: editing any of it is a new code_version (never typed by hand).
CODE_VERSION = code_fingerprint(
    pipeline.stages.ingest, pipeline.sources, pipeline.formats, pipeline.text, pipeline.vocab
)


@multi_asset(
    group_name="ingest",
    outs={
        "raw_listing": AssetOut(
            description="Every entry in `raw/` as this run listed it (once: a file arriving later waits for "
            "the next run), walked without following links or recursion, to a documented depth.",
            kinds={"pandas"},
            code_version=CODE_VERSION,
        ),
        "raw_documents": AssetOut(
            description="Every usable `.txt` file in `raw/`: its path, the SHA-256 of its bytes, its size "
            "and its decoded UTF-8 text. The bytes themselves are never changed.",
            kinds={"pandas"},
            code_version=CODE_VERSION,
        ),
        "raw_manifest": AssetOut(
            description="Metadata overrides from `raw/manifest.csv` (optional), one row per file it names: "
            "title, dates, place, type, parties, signatories, source URL, licence.",
            kinds={"pandas"},
            code_version=CODE_VERSION,
        ),
        "ingest_rejections": AssetOut(
            description="Every raw entry (or manifest row or cell) that could not be used, with the reason: "
            "empty, binary, not UTF-8 or UTF-16 with a BOM, a duplicate (same bytes, or the same text once "
            "normalised), too large, a symbolic link, hidden, not a regular file, a bad manifest cell, an "
            "unknown manifest column, a duplicate manifest row.",
            kinds={"pandas"},
            code_version=CODE_VERSION,
        ),
    },
)
def ingest(context: AssetExecutionContext, paths: PathsResource) -> Iterator[Output[pd.DataFrame]]:
    raw_dir = paths.paths.raw_dir
    cache = DocumentCache(paths.paths.cache_dir)
    raw, manifest, rejections, listing = ingest_frames(raw_dir, cache)
    rejected = [
        printable_name(f"rejected {r.source_file}: {r.reason} — {r.detail}") for r in rejections.itertuples()
    ]
    warn_each(context.log, rejected, "rejections.csv and the ingest_rejections metadata")
    write_status(paths.paths.outputs_dir, rejections=rejections)  # this step owns status/rejections.csv
    yield Output(listing, "raw_listing", metadata={"dagster/row_count": len(listing)})
    yield Output(
        raw,
        "raw_documents",
        metadata={
            "dagster/row_count": len(raw),
            "raw_dir": str(raw_dir),
            **{f"dedupe_{k}": v for k, v in cache.metadata(DEDUPE_STAGE).items()},
            # texts normalised here, to find duplicates, for the normalise stage to read back
            **{f"normalise_{k}": v for k, v in cache.metadata(NORMALISE_STAGE).items()},
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
