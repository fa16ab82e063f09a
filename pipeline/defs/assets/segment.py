"""Stage 3, segment: sentences and list items with exact offsets, headings and lead-ins."""

import pandas as pd
from dagster import AssetIn, Output, asset

from pipeline.cache import DocumentCache
from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import WITHOUT_OFFSET_MAPS
from pipeline.stages.segment import STAGE, cache_version, segment_frame


@asset(
    group_name="segment",
    kinds={"pandas", "spacy"},
    code_version=cache_version(),
    ins={"normalised_documents": AssetIn(metadata=WITHOUT_OFFSET_MAPS)},
)
def document_segments(paths: PathsResource, normalised_documents: pd.DataFrame) -> Output[pd.DataFrame]:
    """Sentences, list items, headings and datelines of every document, one row each, with exact
    `start`/`end` offsets into the normalised text. A list item carries `lead_in`, the `seg` of the
    sentence it completes ("We will:"), and every segment the section `heading` it sits under.
    Sentences come from spaCy's rule-based sentencizer, mended by named rules. Per-document
    results are cached by the SHA-256 of the normalised text, its language and the code's version.
    Each document is split by its own language's rules (`normalised_documents.language`)."""
    cache = DocumentCache(paths.paths.cache_dir)
    out = segment_frame(normalised_documents, cache)
    cache.prune(STAGE, cache_version())
    return Output(
        out,
        metadata={
            "dagster/row_count": len(out),
            "list_items": int((out["kind"] == "list_item").sum()),
            **cache.metadata(STAGE),
        },
    )
