"""Stage 5, extract: commitments, funding and statistics from the segments (stub: empty tables)."""

import pandas as pd
from dagster import Output, asset

from pipeline.contract import COMMITMENTS, FUNDING, STATISTICS, empty_frame


@asset(group_name="extract", kinds={"pandas"}, code_version="0")
def commitments(document_segments: pd.DataFrame, documents: pd.DataFrame) -> Output[pd.DataFrame]:
    """Commitments (stub)."""
    return Output(empty_frame(COMMITMENTS))


@asset(group_name="extract", kinds={"pandas"}, code_version="0")
def funding(document_segments: pd.DataFrame, documents: pd.DataFrame) -> Output[pd.DataFrame]:
    """Funding (stub)."""
    return Output(empty_frame(FUNDING))


@asset(group_name="extract", kinds={"pandas"}, code_version="0")
def statistics(document_segments: pd.DataFrame, documents: pd.DataFrame) -> Output[pd.DataFrame]:
    """Statistics (stub)."""
    return Output(empty_frame(STATISTICS))
