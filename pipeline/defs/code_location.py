"""The code location merged: every stage's assets and checks, jobs, automation, resources.

Thin by design: each stage module declares its own assets and checks; this file collects them and
adds, in one place, what every asset shares — owners, the `stage` tag, and the column schema and
column lineage of its table (``pipeline.defs.assets.metadata``, rendered from the contract and
``pipeline.lineage``): the one place schema metadata is attached at definition time.
"""

from __future__ import annotations

from dagster import (
    AssetsDefinition,
    AssetSelection,
    AssetSpec,
    Definitions,
    JobDefinition,
    define_asset_job,
    in_process_executor,
    load_asset_checks_from_modules,
    load_assets_from_modules,
)

from pipeline.contract import ASSET_TABLES
from pipeline.defs.assets import (
    checks,
    documents,
    evaluate,
    extract,
    ingest,
    normalise,
    publish,
    segment,
    validate,
)
from pipeline.defs.assets.metadata import OWNERS, definition_metadata
from pipeline.defs.automation import (
    daily_publish_schedule,
    fetch_job,
    fetch_sources_schedule,
    raw_documents_sensor,
)
from pipeline.defs.resources import PathsResource
from pipeline.defs.table_io import TableMetadataIOManager
from pipeline.memory import return_freed_memory

return_freed_memory()  # every process that loads the code location runs the stages

STAGE_MODULES = [ingest, normalise, segment, documents, extract, validate, evaluate, publish, checks]


def with_shared_attributes(spec: AssetSpec) -> AssetSpec:
    """Owners and stage tag on every asset; schema and lineage on every table asset."""
    name = spec.key.path[-1]
    extra = definition_metadata(name) if name in ASSET_TABLES else {}
    return spec.replace_attributes(
        owners=sorted({*spec.owners, *OWNERS}),
        tags={**spec.tags, "stage": spec.group_name or "default"},
        metadata={**spec.metadata, **extra},
    )


all_assets = [
    a.map_asset_specs(with_shared_attributes) if isinstance(a, AssetsDefinition) else a
    for a in load_assets_from_modules(STAGE_MODULES)
]
all_checks = load_asset_checks_from_modules(STAGE_MODULES)

publish_job = define_asset_job(
    "publish_job",
    selection=AssetSelection.all(),
    description="Materialise the whole graph, raw text to published release.",
    # Runs from the UI, the sensor and the schedule log at INFO: what happened, not Dagster's DEBUG trail.
    config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
)

defs = Definitions(
    assets=all_assets,
    asset_checks=all_checks,
    jobs=[publish_job, fetch_job],
    schedules=[daily_publish_schedule, fetch_sources_schedule],
    sensors=[raw_documents_sensor],
    resources={"paths": PathsResource(), "io_manager": TableMetadataIOManager()},
    executor=in_process_executor,
)


def resolved_publish_job() -> JobDefinition:
    """The publish job resolved against the code location, for ``dagster.reconstructable``:
    ``dagster.execute_job`` then runs it in this process without holding every step's output in
    memory, as ``execute_in_process`` does for its result object (dagster-io/dagster#9731)."""
    return defs.resolve_job_def("publish_job")
