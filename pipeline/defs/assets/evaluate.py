"""Evaluation: the tables about to be published, scored against the gold shipped in gold/."""

import pandas as pd
from dagster import MetadataValue, Output, asset

import pipeline.baseline
import pipeline.evaluate
from pipeline.cache import DocumentCache, code_fingerprint
from pipeline.defs.assets.extract import CODE_VERSION as EXTRACT_VERSION
from pipeline.defs.resources import PathsResource
from pipeline.evaluate import EXTRACTED, evaluate, render_markdown

# What the asset runs, hashed: editing any of it is a new code_version (never typed by hand).
CODE_VERSION = code_fingerprint(pipeline.evaluate, pipeline.baseline)


@asset(group_name="evaluate", kinds={"python"}, code_version=CODE_VERSION)
def evaluation(
    paths: PathsResource,
    validated_documents: pd.DataFrame,
    validated_commitments: pd.DataFrame,
    validated_funding: pd.DataFrame,
    validated_statistics: pd.DataFrame,
) -> Output[dict]:
    """How well the extraction does on the annotated texts, per gold set (`gold/seeds`, `gold/dev`,
    `gold/dev-fr`, and the invented `gold/challenge`, `gold/challenge-fr` whose texts are run through
    the core stages in a temporary folder, never published; each reported apart, each saying whether
    it was used in development): precision, recall and F1 per table (commitments, funding,
    statistics), field accuracy on matched rows, every miss and false positive, scored with the
    annotation guideline's matching rules (documents matched by SHA-256), with a naive baseline
    (keyword sentences; the `quantulum3` quantity parser) beside it. These are the texts the rules
    were developed on, not a promise for new texts; published documents in no gold set are listed
    as not evaluated. Extraction never reads gold."""
    cache = DocumentCache(paths.paths.cache_dir)
    tables = {
        "documents": validated_documents,
        "commitments": validated_commitments,
        "funding": validated_funding,
        "statistics": validated_statistics,
    }
    # the challenge set's invented texts go through the same core stages, in a temporary folder
    report = evaluate(
        tables,
        gold_root=paths.paths.gold_dir,
        cache=cache,
        expectations_dir=paths.paths.expectations_dir,
        code_version=EXTRACT_VERSION,
    )
    metadata = {
        **cache.metadata("baseline"),
        "summary": MetadataValue.md(render_markdown(report)),
        "documents_evaluated": report["documents_evaluated"],
        "documents_not_evaluated": len(report["not_evaluated"]),
    }
    for set_name, result in report["sets"].items():
        for name in EXTRACTED:
            metadata[f"{set_name}/{name}_f1"] = MetadataValue.float(float(result["pipeline"][name]["f1"]))
    return Output(report, metadata=metadata)
