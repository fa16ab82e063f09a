"""Evaluation: the tables about to be published, scored against the gold in the repository."""

from dagster import MetadataValue, Output, asset

from pipeline.cache import DocumentCache
from pipeline.evaluate import EXTRACTED, evaluate, render_markdown
from pipeline.resources import PathsResource


@asset(group_name="evaluate", kinds={"python"}, code_version="evaluate-2")
def evaluation(paths: PathsResource, validated_tables: dict) -> Output[dict]:
    """How well the extraction does on the annotated documents: precision, recall and F1 per table
    (commitments, funding, statistics), field accuracy on matched rows, every miss and false
    positive, scored with the annotation guideline's matching rules against the gold in
    `tests/fixtures/gold/seeds` (documents matched by SHA-256), with a naive baseline (keyword
    sentences; the `quantulum3` quantity parser) scored beside it. Extraction never reads gold."""
    cache = DocumentCache(paths.paths.cache_dir)
    report = evaluate(validated_tables["tables"], cache=cache)
    metadata = {
        **cache.metadata("baseline"),
        "summary": MetadataValue.md(render_markdown(report)),
        "documents_matched": report["documents_matched"],
    }
    for name in EXTRACTED:
        for measure in ("precision", "recall", "f1"):
            metadata[f"{name}_{measure}"] = MetadataValue.float(float(report["pipeline"][name][measure]))
    return Output(report, metadata=metadata)
