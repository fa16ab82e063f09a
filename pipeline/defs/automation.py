"""Unattended runs: a daily schedule and a sensor on raw/ (state in the sensor's cursor), and an
optional daily fetch of the manifest's missing sources before the publish run (off by default).

The first two start ``publish_job``; publishing is a no-op when the tables did not change, and the stage
cache (``pipeline.cache``) makes a run over unchanged documents cheap, so neither needs to decide
what to recompute: the graph recomputes from raw/, and a removed file's rows leave the release.
"""

from pathlib import Path

from dagster import (
    DefaultScheduleStatus,
    DefaultSensorStatus,
    Failure,
    OpExecutionContext,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    job,
    op,
    sensor,
)

from pipeline.changes import Cursor, diff_states, published_covers, raw_state
from pipeline.defs.resources import PathsResource
from pipeline.fetch import fetch_missing, report

JOB_NAME = "publish_job"
SENSOR_INTERVAL_SECONDS = 15

daily_publish_schedule = ScheduleDefinition(
    name="daily_publish",
    cron_schedule="0 6 * * *",
    execution_timezone="Europe/London",
    job_name=JOB_NAME,
    tags={"trigger": "schedule"},
    default_status=DefaultScheduleStatus.RUNNING,
    description="Every day at 06:00 London time, materialise the whole graph; the release is "
    "rewritten only if a table changed.",
)


def evaluate_raw_changes(
    raw_dir: Path, cursor_text: str | None, latest_dir: Path | None = None
) -> SensorResult | SkipReason:
    """One sensor tick: compare raw/ with the cursor and request one run for the change set. With
    no cursor yet, raw/ is compared with the release in ``latest_dir``: when that release already
    holds it, the cursor starts there and no run is requested."""
    if not raw_dir.is_dir():
        return SkipReason(f"{raw_dir} does not exist")
    previous = Cursor.loads(cursor_text)
    current = raw_state(raw_dir)
    if not cursor_text and latest_dir is not None and published_covers(current, latest_dir):
        return SensorResult(
            skip_reason=SkipReason(f"{raw_dir} matches the published release in {latest_dir.name}/"),
            cursor=Cursor(current, 0).dumps(),
        )
    changes = diff_states(previous.files, current)
    if not changes:
        return SkipReason(f"no change in {raw_dir} ({len(current)} files)")
    cursor = Cursor(current, previous.change_sets + 1)
    request = RunRequest(
        run_key=cursor.run_key(),
        job_name=JOB_NAME,
        tags={"trigger": "raw_sensor", **changes.tags()},
    )
    return SensorResult(run_requests=[request], cursor=cursor.dumps())


@sensor(
    name="raw_documents_sensor",
    job_name=JOB_NAME,
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    default_status=DefaultSensorStatus.RUNNING,
    description="Watches raw/ by content hash (SHA-256 of each .txt, .pdf and .html file and the "
    "manifest); starts one publish run per set of added, changed or removed files, named in the run's tags.",
)
def raw_documents_sensor(context: SensorEvaluationContext, paths: PathsResource) -> SensorResult | SkipReason:
    result = evaluate_raw_changes(paths.paths.raw_dir, context.cursor, paths.paths.outputs_dir / "latest")
    if isinstance(result, SensorResult) and result.run_requests:  # it logs only when it acts
        context.log.info(f"raw/ changed: {result.run_requests[0].tags}")
    return result


@op(description="Download every file raw/manifest.csv names with an http(s) source_url that raw/ lacks.")
def fetch_sources(context: OpExecutionContext, paths: PathsResource) -> None:
    outcomes = fetch_missing(paths.paths.raw_dir)
    for line in report(outcomes).splitlines():
        context.log.info(line)
    refused = [o for o in outcomes if o.status == "refused"]
    if refused:
        raise Failure(
            f"{len(refused)} manifest row(s) refused: " + "; ".join(f"{o.file}: {o.detail}" for o in refused),
        )


@job(description="`make fetch` as a job: fill raw/ from the manifest's source URLs, never overwriting.")
def fetch_job() -> None:
    fetch_sources()


fetch_sources_schedule = ScheduleDefinition(
    name="daily_fetch",
    cron_schedule="30 5 * * *",
    execution_timezone="Europe/London",
    job=fetch_job,
    tags={"trigger": "schedule"},
    default_status=DefaultScheduleStatus.STOPPED,
    description="Off by default (it needs the internet): every day at 05:30 London time, before the "
    "06:00 publish run, download the manifest's missing sources into raw/ (the raw/ sensor then "
    "starts a run for what arrived).",
)
