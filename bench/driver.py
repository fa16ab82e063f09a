"""One measured run of the main job, in its own process: `python -m bench.driver OUT.json [--profile P]`.

The roots come from the PIPELINE_* environment variables and DAGSTER_HOME, as for `make data`.
Reports import time, run time, time per step (from the run's event log), time inside Great
Expectations suites, and the process's peak resident memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dagster import DagsterInstance

T0 = time.perf_counter()


def _time_suites() -> dict[str, float]:
    """Wrap the suite runner before the checks import it, to measure the share spent in GX."""
    spent = {"gx_s": 0.0}
    try:
        from pipeline.quality import suites
    except ImportError:
        return spent
    original = getattr(suites, "run_suite", None)
    if original is None:
        return spent

    def timed(*args: object, **kwargs: object) -> object:
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent["gx_s"] += time.perf_counter() - t

    suites.run_suite = timed
    return spent


def step_durations(instance: DagsterInstance, run_id: str) -> dict[str, float]:
    starts: dict[str, float] = {}
    durations: dict[str, float] = defaultdict(float)
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or not event.step_key:
            continue
        if event.event_type_value == "STEP_START":
            starts[event.step_key] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE") and event.step_key in starts:
            durations[event.step_key] += entry.timestamp - starts.pop(event.step_key)
    return dict(durations)


def main(argv: list[str]) -> int:
    """As `make data` runs: nothing when nothing changed (unless ``--force``), else the job, then
    the stamp of a good run (``pipeline.uptodate``)."""
    out = Path(argv[1])
    profile_path = Path(argv[argv.index("--profile") + 1]) if "--profile" in argv else None
    from pipeline.settings import default_paths
    from pipeline.uptodate import FileHashes, inputs_fingerprint, up_to_date

    paths = default_paths()
    hashes = FileHashes.for_paths(paths)
    fingerprint = inputs_fingerprint(paths, hashes=hashes)
    if "--force" not in argv and up_to_date(paths, fingerprint, hashes) is not None:
        report = {"success": True, "skipped": True, "import_s": 0.0, "steps_s": {}, "gx_s": 0.0}
        report["files_hashed"] = hashes.hashed
        report["run_s"] = time.perf_counter() - T0
        report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        out.write_text(json.dumps(report, indent=1), encoding="utf-8")
        return 0
    gx = _time_suites()
    from dagster import DagsterInstance

    import pipeline.definitions  # noqa: F401  (imported here so the import is timed apart)
    from pipeline.__main__ import publish_job_run, record_good_run

    imported = time.perf_counter()
    profiler = None
    if profile_path:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.005)
        profiler.start()
    instance = DagsterInstance.get()
    with publish_job_run(instance) as result:
        record_good_run(paths, fingerprint, result, hashes)
        success, run_id = result.success, result.run_id
    finished = time.perf_counter()
    if profiler:
        profiler.stop()
        profile_path.write_text(
            profiler.output_text(unicode=False, color=False, show_all=False), encoding="utf-8"
        )
    report = {
        "success": success,
        "import_s": imported - T0,
        "run_s": finished - imported,
        "steps_s": step_durations(instance, run_id),
        "gx_s": gx["gx_s"],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0 if success else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
