"""Evaluation: the tables about to be published, scored against the gold (stub)."""

from dagster import Output, asset


@asset(group_name="evaluate", kinds={"python"}, code_version="0")
def evaluation(validated_tables: dict) -> Output[dict]:
    """Precision, recall and F1 per table against the gold annotations (stub)."""
    return Output({})
