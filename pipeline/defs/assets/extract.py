"""Stage 5, extract: commitments, funding and statistics from the segments, to the contract.

The rules are pure code in ``pipeline/extract`` with their words in ``pipeline/vocab``; this
asset only calls them (once for all three tables, each document read back from the content-hash
cache when its id, date and text are unchanged), conforms the result to ``pipeline.contract``
and describes it.
"""

from collections.abc import Iterator
from typing import Any

import pandas as pd
from dagster import AssetIn, AssetOut, MetadataValue, Output, multi_asset

import pipeline.contract
import pipeline.extract
import pipeline.text
import pipeline.vocab
from pipeline.cache import DocumentCache, code_fingerprint
from pipeline.contract import COMMITMENTS, EXTRACTION_LEDGER, FUNDING, STATISTICS, Table
from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import COLUMNS_METADATA_KEY
from pipeline.extract.tables import STAGE, cache_version, extract_tables

# What the asset runs, hashed: editing any of it is a new code_version (never typed by hand).
CODE_VERSION = code_fingerprint(pipeline.extract, pipeline.contract, pipeline.text, pipeline.vocab)

COMMITMENTS_DOC = """The `commitments` table: one row per sentence or list item in which one or more parties
    will do something from now on (`will`, `agree to`, `commit to`, `pledge`, ...), following the
    annotation guideline. Each bullet that completes a committing lead-in ("We will:") is its own
    row and carries the lead-in. `actor` is `GB`, `FR` or `GB;FR` (joint by default), read from the
    subject; `theme` comes from the keyword vocabulary in `pipeline/vocab/commitments.yaml`;
    `deadline_date` is the last day the deadline phrase allows, resolved against the document's
    date (`by March 2011` -> 2011-03-31); a deadline with no date keeps only its text."""

FUNDING_DOC = """The `funding` table: one row per quantified amount of money that a party gives or has
    given (`€62.7 million`, `£63m`, `EUR 5m`). A parallel figure in another currency in the same
    phrase (`(£4m)`) is the same row, in `alt_amount`; `per year for three years` gives
    `per_year`, `years` and `total_amount`; `kind` is `pledge` or `disbursed`. `amount_gbp` and
    `amount_eur` use the text's own parallel figure when it gives one, else the ECB annual average
    EUR/GBP rate of the period's (or document's) year shipped in
    `pipeline/vocab/exchange_rates.csv`; `fx_source` says which."""

STATISTICS_DOC = """The `statistics` table: one row per figure a text reports about the world — counts of
    people, arrests, networks, places, officers; percentage changes (`85% fewer`); multiplicative
    changes (`doubled` -> 2, unit `factor`) — with its qualifier (`more than`), direction, period
    and place. Comparisons give one row each (`28 networks in 2015 (14 in 2014)`). Dates, money,
    figures inside a commitment's target, list numbers and names (`Dublin III`, `G6`) are left out."""


def _output(
    df: pd.DataFrame, table: Table, cache: DocumentCache, **extra: MetadataValue[Any]
) -> Output[pd.DataFrame]:
    return Output(
        df,
        output_name=table.name,
        metadata={
            "dagster/row_count": len(df),
            "documents": MetadataValue.int(int(df["doc_id"].nunique()) if len(df) else 0),
            **cache.metadata(STAGE),
            **extra,
        },
    )


def _out(description: str) -> AssetOut:
    return AssetOut(
        description=description,
        kinds={"pandas"},
        code_version=CODE_VERSION,
    )


@multi_asset(
    group_name="extract",
    outs={
        "commitments": _out(COMMITMENTS_DOC),
        "funding": _out(FUNDING_DOC),
        "statistics": _out(STATISTICS_DOC),
        "extraction_ledger": _out(EXTRACTION_LEDGER.description),
    },
    # where each page of a PDF begins in its normalised text, for every row's `page`
    ins={"normalised_documents": AssetIn(metadata={COLUMNS_METADATA_KEY: ["sha256", "page_starts"]})},
)
def extract(
    paths: PathsResource,
    document_segments: pd.DataFrame,
    documents: pd.DataFrame,
    normalised_documents: pd.DataFrame,
) -> Iterator[Output[pd.DataFrame]]:
    """Commitments, funding and statistics, extracted in one pass over the documents; a row of a
    PDF carries the page its passage starts on; the ledger says which documents ran past the time
    budget (the validate step holds them back by name)."""
    cache = DocumentCache(paths.paths.cache_dir)
    pages = dict(zip(normalised_documents["sha256"], normalised_documents["page_starts"], strict=True))
    extraction = extract_tables(documents, document_segments, cache, CODE_VERSION, pages)
    cache.prune(STAGE, cache_version(CODE_VERSION))
    tables = extraction.tables
    df = tables["commitments"]
    by_theme = df["theme"].value_counts().to_dict() if len(df) else {}
    yield _output(
        df,
        COMMITMENTS,
        cache,
        with_deadline_date=MetadataValue.int(int(df["deadline_date"].notna().sum()) if len(df) else 0),
        by_theme=MetadataValue.json({str(k): int(v) for k, v in by_theme.items()}),  # themes are str
    )
    df = tables["funding"]
    yield _output(
        df, FUNDING, cache, total_gbp=MetadataValue.float(float(df["amount_gbp"].sum()) if len(df) else 0.0)
    )
    yield _output(tables["statistics"], STATISTICS, cache)
    ledger = extraction.ledger
    yield _output(
        ledger,
        EXTRACTION_LEDGER,
        cache,
        over_budget=MetadataValue.int(int((~ledger["within_budget"].astype(bool)).sum())),
        slowest_seconds=MetadataValue.float(float(ledger["seconds"].max()) if len(ledger) else 0.0),
    )
