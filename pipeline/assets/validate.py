"""Stage 6, validate: the staged tables checked before anything is published (stub: pass-through)."""

import pandas as pd
from dagster import Output, asset


@asset(group_name="validate", kinds={"pandas"}, code_version="0")
def validated_tables(
    documents: pd.DataFrame, commitments: pd.DataFrame, funding: pd.DataFrame, statistics: pd.DataFrame
) -> Output[dict]:
    """The four tables exactly as they will be published: {"tables": {name: frame}, "quality": [...]}."""
    tables = {
        "documents": documents,
        "commitments": commitments,
        "funding": funding,
        "statistics": statistics,
    }
    return Output({"tables": tables, "quality": []})
