"""The Dagster code location: every stage's assets and checks, jobs, resources.

Thin by design: each stage module declares its own assets and checks; this file collects them.
"""

from __future__ import annotations

from dagster import (
    AssetSelection,
    Definitions,
    define_asset_job,
    in_process_executor,
    load_assets_from_modules,
)

from pipeline.assets import documents, evaluate, extract, ingest, normalise, publish, segment, validate
from pipeline.resources import PathsResource

STAGE_MODULES = [ingest, normalise, segment, documents, extract, validate, evaluate, publish]

all_assets = load_assets_from_modules(STAGE_MODULES)

publish_job = define_asset_job(
    "publish_job",
    selection=AssetSelection.all(),
    description="Materialise the whole graph, raw text to published release.",
)

defs = Definitions(
    assets=all_assets,
    jobs=[publish_job],
    resources={"paths": PathsResource()},
    executor=in_process_executor,
)
