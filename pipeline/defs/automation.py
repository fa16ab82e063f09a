"""Unattended runs: a daily schedule and a sensor on raw/ (state in the sensor's cursor).

Both start ``publish_job``; publishing is a no-op when the tables did not change, and the stage
cache (``pipeline.cache``) makes a run over unchanged documents cheap, so neither needs to decide
what to recompute: the graph recomputes from raw/, and a removed file's rows leave the release.
"""

from __future__ import annotations

from pathlib import Path

from dagster import (
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)

from pipeline.changes import Cursor, diff_states, published_covers, raw_state
from pipeline.defs.resources import PathsResource

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
    description="Watches raw/ by content hash (SHA-256 of each .txt file and the manifest); starts "
    "one publish run per set of added, changed or removed files, named in the run's tags.",
)
def raw_documents_sensor(context: SensorEvaluationContext, paths: PathsResource) -> SensorResult | SkipReason:
    result = evaluate_raw_changes(paths.paths.raw_dir, context.cursor, paths.paths.outputs_dir / "latest")
    if isinstance(result, SensorResult) and result.run_requests:  # it logs only when it acts
        context.log.info(f"raw/ changed: {result.run_requests[0].tags}")
    return result
