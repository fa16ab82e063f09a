"""Stage 2, normalise: conversion artefacts repaired, offsets kept back to the raw text."""

import pandas as pd
from dagster import AssetExecutionContext, MetadataValue, Output, asset

from pipeline.cache import DocumentCache
from pipeline.defs.resources import PathsResource
from pipeline.stages.normalise import LANGUAGE_STAGE, STAGE, cache_version, normalise_frame


@asset(group_name="normalise", kinds={"pandas"}, code_version=cache_version())
def normalised_documents(
    context: AssetExecutionContext,
    paths: PathsResource,
    raw_documents: pd.DataFrame,
    raw_manifest: pd.DataFrame,
) -> Output[pd.DataFrame]:
    """Each document's text with conversion artefacts repaired by general rules — LaTeX currency
    signs (`$\\notin$` → €), HTML footnote marks, PDF line breaks inside sentences and ordinals,
    page-break whitespace, bullet glyphs and enumeration marks (lifted into `list_items`), stray
    `./.` endings, web-page chrome — one paragraph per line. `offset_anchors` maps every
    normalised character back to its raw offset. Per-document results are cached by the raw
    file's SHA-256 and the code's version, so only new or changed documents are normalised.
    `language` (ISO 639-1) is detected from the text (py3langid) unless the manifest gives it;
    the rules of that language apply here and in every later stage."""
    cache = DocumentCache(paths.paths.cache_dir)
    out = normalise_frame(raw_documents, cache, raw_manifest)
    cache.prune(STAGE, cache_version())
    cache.prune(LANGUAGE_STAGE, cache_version())
    kept = float((out["n_chars"] / out["raw_chars"]).min()) if len(out) else 1.0
    return Output(
        out,
        metadata={
            "dagster/row_count": len(out),
            "min_share_of_raw_chars_kept": kept,
            "chars": MetadataValue.int(int(out["n_chars"].sum()) if len(out) else 0),
            **cache.metadata(STAGE),
            "languages": ", ".join(f"{k}: {v}" for k, v in sorted(out["language"].value_counts().items()))
            or "none",
        },
    )
