"""Stage 4, document metadata: title, date, place, type, parties, signatories per document."""

import pandas as pd
from dagster import AssetExecutionContext, AssetIn, Output, asset

import pipeline.documents
import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint
from pipeline.defs.assets.checks import warn_each
from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import COLUMNS_METADATA_KEY, WITHOUT_OFFSET_MAPS
from pipeline.documents import METADATA_STAGE, SOURCE_COLUMNS, build_documents, metadata_cache_version
from pipeline.publish.release import id_documents

# What the asset runs, hashed: editing any of it is a new code_version (never typed by hand).
CODE_VERSION = code_fingerprint(pipeline.documents, pipeline.text, pipeline.vocab)


@asset(
    group_name="metadata",
    kinds={"pandas"},
    code_version=CODE_VERSION,
    ins={
        "normalised_documents": AssetIn(metadata=WITHOUT_OFFSET_MAPS),
        # each file's format, pages and page metadata, not its text
        "raw_documents": AssetIn(metadata={COLUMNS_METADATA_KEY: SOURCE_COLUMNS}),
    },
)
def documents(
    context: AssetExecutionContext,
    paths: PathsResource,
    normalised_documents: pd.DataFrame,
    raw_manifest: pd.DataFrame,
    raw_documents: pd.DataFrame,
) -> Output[pd.DataFrame]:
    """The `documents` table of the dataset contract: one row per source document, with title,
    date, place, type, parties and signatories read from the text itself (a row in
    `raw/manifest.csv` overrides any of them), the raw file's SHA-256 and the normalised text
    that every `char_start`/`char_end` in the other tables indexes into. A date that cannot be
    read is left empty and flagged (`doc_date_source = missing`), never guessed. A document in
    the newest verified release keeps its `doc_id` (matched by SHA-256), whatever is added.
    A PDF's or web page's format and page count come from `raw_documents`, and a web page's own
    title, publication date and publisher from its metadata (`title_source`, `doc_date_source`
    = `page_metadata`)."""
    previous = previous_documents(context, paths)
    cache = DocumentCache(paths.paths.cache_dir)  # what each text says, read once per text and code
    out = build_documents(normalised_documents, raw_manifest, previous, cache, raw_documents)
    cache.prune(METADATA_STAGE, metadata_cache_version())
    undated = out.loc[out["doc_date"].isna(), "source_file"].tolist()
    no_date = [f"{name}: no date could be read from the text; doc_date left empty" for name in undated]
    warn_each(context.log, no_date, "the documents table (doc_date_source = missing)")
    return Output(
        out,
        metadata={
            "dagster/row_count": len(out),
            "undated": ", ".join(undated) or "none",
            "ids_kept_from_release": int(out["sha256"].isin(previous["sha256"]).sum())
            if previous is not None and "sha256" in previous.columns
            else 0,
            "languages": ", ".join(f"{k}: {v}" for k, v in sorted(out["language"].value_counts().items()))
            or "none",
            **cache.metadata(METADATA_STAGE),
        },
    )


def previous_documents(context: AssetExecutionContext, paths: PathsResource) -> pd.DataFrame | None:
    """The documents table of the newest release that verifies against its SHA256SUMS, if any
    (``pipeline.publish.release.id_documents``)."""
    try:
        version, documents, untrusted = id_documents(paths.paths.outputs_dir)
    except Exception as exc:  # an unreadable release never stops the run: ids are computed afresh
        context.log.warning(
            f"previous release not read ({type(exc).__name__}: {exc}); doc_ids computed afresh"
        )
        return None
    for name, problems in untrusted.items():
        context.log.warning(f"release {name} does not verify ({problems[:3]}): not read for doc_ids")
    if version is not None:
        context.log.info(f"doc_ids kept from {version}")
    return documents
